"""The users file (``serve --users FILE.toml``): the accounts scripts run as.

Example::

    [[user]]
    name = "alice"
    admin = true                 # default false
    groups = ["administrator"]   # default ["administrator"] for an admin, else ["default"]
    modules = ["*"]              # modules the user may open; default ["*"] for an admin, else []
                                 # (anyone opens Desktop and the Utilities / System Tools modules)
    quota = -1                   # storage quota in bytes, -1 = unlimited (the default)
    icon = ""                    # USERICON (a data URL); default ""

    [[user]]
    name = "bob"
    modules = ["Music", "Photo"]
    quota = 1073741824

Every mistake is a :class:`ConfigError` naming the file and the line:
``users.toml:9: user "bob": admin: expected true or false``. The server's
``username`` (``--username``) is the user of requests no trusted proxy
names; with a file it must be one of its users.
"""

import ipaddress
import re
import tomllib

from ajgi_tx.config_file import ConfigError
from runtime.agi.users import UNLIMITED, Directory, User, valid_name

KEYS = ("name", "admin", "groups", "modules", "quota", "icon")
_HEADER = re.compile(r"^\s*\[\[\s*user\s*\]\]\s*(#.*)?$")
_TABLE = re.compile(r"^\s*\[")


def _key_line(lines, start, end, key):
    """The 1-based line of ``key = ...`` in lines[start:end], else None."""
    pattern = re.compile(r"""^\s*(%s|"%s"|'%s')\s*=""" % ((re.escape(key),) * 3))
    for i in range(start, end):
        if pattern.match(lines[i]):
            return i + 1
    return None


class _Entry:
    """One ``[[user]]`` table and where it is in the file."""

    def __init__(self, path, data, lines, start, end):
        self.path, self.data, self.lines, self.start, self.end = path, data, lines, start, end

    def error(self, message, key=None):
        line = _key_line(self.lines, self.start, self.end, key) if key else None
        if line is None:
            line = self.start + 1 if self.start < len(self.lines) else None
        where = "%s:%d" % (self.path, line) if line else self.path
        name = self.data.get("name")
        who = 'user "%s": ' % name if isinstance(name, str) and name else ""
        return ConfigError("%s: %s%s" % (where, who, message))


def _entries(path, data, text):
    """The ``[[user]]`` tables with their line ranges."""
    lines = text.splitlines()
    headers = [i for i, line in enumerate(lines) if _HEADER.match(line)]
    users = data.get("user")
    if not isinstance(users, list) or not users or not all(isinstance(u, dict) for u in users):
        raise ConfigError("%s: no users: the file needs [[user]] tables (name = \"...\")" % path)
    out = []
    for n, entry in enumerate(users):
        if n < len(headers):  # written as [[user]] tables: each ends at the next table
            start = headers[n]
            end = next((i for i in range(start + 1, len(lines)) if _TABLE.match(lines[i])), len(lines))
        else:  # an inline array: no line of its own
            start, end = len(lines), len(lines)
        out.append(_Entry(path, entry, lines, start, end))
    return out


def _string_list(entry, key, default):
    value = entry.data.get(key, default)
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise entry.error("%s: expected a list of names" % key, key)
    return tuple(value)


def _user(entry):
    d = entry.data
    for key in d:
        if key not in KEYS:
            raise entry.error("unknown key %r (known: %s)" % (key, ", ".join(KEYS)), key)
    name = d.get("name")
    if name is None:
        raise entry.error('name is missing')
    if not valid_name(name):
        raise entry.error("name: %r is no valid user name (1 to 64 of A-Z a-z 0-9 _ @ . + -)"
                          % (name,), "name")
    admin = d.get("admin", False)
    if not isinstance(admin, bool):
        raise entry.error("admin: expected true or false", "admin")
    groups = _string_list(entry, "groups", ["administrator"] if admin else ["default"])
    if not groups:
        raise entry.error("groups: a user needs at least one group", "groups")
    modules = _string_list(entry, "modules", ["*"] if admin else [])
    quota = d.get("quota", UNLIMITED)
    if isinstance(quota, bool) or not isinstance(quota, int) or quota < UNLIMITED:
        raise entry.error("quota: expected a number of bytes (-1: unlimited)", "quota")
    icon = d.get("icon", "")
    if not isinstance(icon, str):
        raise entry.error("icon: expected a string", "icon")
    return User(name=name, groups=groups, admin=admin, modules=modules, quota=quota, icon=icon)


def load(path, default):
    """The :class:`Directory` of the users file ``path``; ``default`` (the
    server's ``username``) must be one of its users."""
    try:
        with open(path, "rb") as f:
            raw = f.read()
    except OSError as e:
        raise ConfigError("%s: cannot read the users file: %s" % (path, e.strerror)) from None
    text = raw.decode("utf-8", "replace")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise ConfigError("%s: not valid TOML: %s" % (path, e)) from None
    lines = text.splitlines()
    for key in data:
        if key != "user":
            line = _key_line(lines, 0, len(lines), key)
            raise ConfigError("%s%s: unknown setting %r (the file holds [[user]] tables only)"
                              % (path, ":%d" % line if line else "", key))
    users = {}
    for entry in _entries(path, data, text):
        user = _user(entry)
        if user.name in users:
            raise entry.error("a second user of this name", "name")
        users[user.name] = user
    if default not in users:
        raise ConfigError("%s: the default user %r (--username) is not in the file"
                          % (path, default))
    return Directory(users, default)


def directory(config):
    """The accounts of ``config``: its users file, else the single user
    ``config.username``."""
    if config.users_file:
        return load(config.users_file, config.username)
    if not valid_name(config.username):
        raise ConfigError("username: %r is no valid user name" % (config.username,))
    return Directory.single(config.username)


def parse_networks(cidrs):
    """The ``trusted_proxies`` as networks; ConfigError names a bad one."""
    out = []
    for text in cidrs:
        try:
            out.append(ipaddress.ip_network(text.strip(), strict=False))
        except ValueError:
            raise ConfigError("trusted-proxies: %r is no address or CIDR" % (text,)) from None
    return tuple(out)
