"""``serve`` settings from a TOML file and ``AJGI_*`` environment variables.

Precedence, highest first: command line > environment > file > defaults
(ajgi_tx/config.py). Every :class:`ServerConfig` field can come from each:

* file (``--config FILE.toml``, or ``$AJGI_CONFIG``): top-level keys named
  as the fields, ``-`` or ``_`` alike (``max-body = 2097152``); lists for
  the comma-separated options (``allowed-origins = ["https://a.example"]``);
* environment: ``AJGI_`` + the field in capitals (``AJGI_PORT=9000``,
  ``AJGI_DEV=1``, ``AJGI_ALLOWED_ORIGINS=a,b``);
* command line: the ``serve`` options.

Example::

    config = build(args)          # args: the parsed `serve` command line
    print(render(config))         # what `serve --print-config` prints

A bad value or an unknown key raises :class:`ConfigError` whose message names
where it came from (file and key, or variable).
"""

import dataclasses
import os
import tomllib

from ajgi_tx.config import ServerConfig

ENV_PREFIX = "AJGI_"
CONFIG_ENV = "AJGI_CONFIG"
_TRUE = ("1", "true", "yes", "on")
_FALSE = ("0", "false", "no", "off", "")


class ConfigError(ValueError):
    pass


def _fields():
    return {f.name: f for f in dataclasses.fields(ServerConfig)}


def _default(f):
    return f.default if f.default is not dataclasses.MISSING else None


def coerce(name, value, where):
    """``value`` (from TOML or a string of the environment) as field ``name`` wants it."""
    kind = type(_default(_fields()[name]))
    try:
        if kind is bool:
            if isinstance(value, bool):
                return value
            text = str(value).strip().lower()
            if text in _TRUE:
                return True
            if text in _FALSE:
                return False
            raise ValueError("expected true or false")
        if kind is tuple:
            if isinstance(value, (list, tuple)):
                return tuple(str(v) for v in value)
            return tuple(v.strip() for v in str(value).split(",") if v.strip())
        if kind is int:
            if isinstance(value, bool) or (isinstance(value, float) and not value.is_integer()):
                raise ValueError("expected an integer")
            return int(value)
        if kind is float:
            if isinstance(value, bool):
                raise ValueError("expected a number")
            return float(value)
        if not isinstance(value, str):
            raise ValueError("expected a string")
        return value
    except ValueError as e:
        raise ConfigError("%s: %s: bad value %r (%s)" % (where, name, value, e)) from None


def from_file(path):
    """The settings of a TOML file (a dict of field -> value)."""
    try:
        with open(path, "rb") as f:
            data = tomllib.load(f)
    except OSError as e:
        raise ConfigError("%s: cannot read the config file: %s" % (path, e.strerror)) from None
    except tomllib.TOMLDecodeError as e:
        raise ConfigError("%s: not valid TOML: %s" % (path, e)) from None
    fields = _fields()
    out = {}
    for key, value in data.items():
        name = key.replace("-", "_")
        if name not in fields:
            raise ConfigError("%s: unknown setting %r" % (path, key))
        out[name] = coerce(name, value, path)
    return out


def from_env(environ=None):
    """The settings of ``AJGI_*`` variables (unknown ones are not settings
    of ``serve`` and are ignored: AJGI_CACHE_DIR is also read by the cache)."""
    environ = os.environ if environ is None else environ
    out = {}
    for name in _fields():
        var = ENV_PREFIX + name.upper()
        if var in environ:
            out[name] = coerce(name, environ[var], "environment variable " + var)
    return out


def from_cli(args):
    """The settings given on the command line (options left at None are not)."""
    out = {}
    for name in _fields():
        v = getattr(args, name, None)
        if v is not None:
            out[name] = v
    return out


def merged(args, environ=None):
    """The dict of settings after precedence: CLI > env > file > defaults."""
    environ = os.environ if environ is None else environ
    path = getattr(args, "config", None) or environ.get(CONFIG_ENV, "")
    kw = from_file(path) if path else {}
    kw.update(from_env(environ))
    kw.update(from_cli(args))
    return kw


def build(args, environ=None):
    """The effective :class:`ServerConfig`. The script root has no default:
    serving the current directory by accident would publish it."""
    kw = merged(args, environ)
    if not kw.get("root"):
        raise ConfigError("the script root is required: --root DIR (or root in the --config file, "
                          "or AJGI_ROOT)")
    return ServerConfig(**kw)


def render(config):
    """The configuration as TOML (loadable again with ``--config``); the
    admin token is masked."""
    lines = ["# effective ajgi_tx serve configuration (CLI > AJGI_* env > --config file > defaults)"]
    for name in _fields():
        value = getattr(config, name)
        if name == "admin_token" and value:
            value = "********"
        lines.append("%s = %s" % (name.replace("_", "-"), _toml(value)))
    return "\n".join(lines)


def _toml(value):
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, tuple):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'
