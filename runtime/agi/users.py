"""Users: who a script runs as, and the script functions that ask about it
(ArozOS src/mod/agi/agi.user.go).

The model is plain data: a :class:`User` per account, a :class:`Directory`
of them (the users file, ``ajgi_tx/users_file.py``, or the single user of
``--username``). A script never sees these objects: every global made from
them is a fresh JS value (strings, numbers, arrays of plain objects)::

    USERNAME  USERICON  USERQUOTA_TOTAL  USERQUOTA_USED  USER_VROOTS
    userIsAdmin()  getUserPermissionGroup()  pathCanWrite(vpath)
    userExists(name)  createUser(...)  editUser(...)  removeUser(name)   // admin only
    decodeVirtualPath()  decodeAbsoluteVirtualPath()  encodeRealPath()  // deprecated

Refusals answer as ArozOS does: its ``RaiseError`` only logs, so a
non-admin calling an admin-only function gets ``false`` and one log line
(``Permission Denied: userExists require admin permission``), not an
exception. Accounts are defined by the users file only: ``createUser`` and
``removeUser`` never change it (they answer ``false`` with a log line
saying so, after the same checks ArozOS makes).
"""

import dataclasses
import json
import logging
import os
import re

from runtime import conversions
from runtime.values import JSObject, js_string, null, undefined

log = logging.getLogger("ajgi_tx.agi")

# what a user name may be: it names the user's folders under the data directory
NAME_RE = re.compile(r"^[A-Za-z0-9_@.+-]{1,64}$")
UNLIMITED = -1  # ArozOS's quota of the administrator group
INTERFACE_MODULE = "Desktop"  # every group's DefaultInterfaceModule


def valid_name(name):
    return isinstance(name, str) and bool(NAME_RE.match(name)) and name not in (".", "..")


@dataclasses.dataclass(frozen=True)
class User:
    """One account. ``groups`` are permission group names; ``admin`` makes
    every group of the user an administrator group (ArozOS: a user is an
    admin when one of its groups is); ``modules`` the module names the
    user may open (``"*"``: all); ``quota`` bytes (-1: unlimited); ``icon``
    what ``USERICON`` holds (ArozOS: the profile picture as a data URL)."""

    name: str
    groups: tuple = ("administrator",)
    admin: bool = True
    modules: tuple = ("*",)
    quota: int = UNLIMITED
    icon: str = ""

    def can_open_module(self, module):
        """Whether the user's own groups grant ``module`` (admin, or in
        ``modules``, case-insensitive); the modules everyone may open are
        added by ModuleRegistry.modules_for (ArozOS GetModuleAccessPermission)."""
        if self.admin or "*" in self.modules:
            return True
        return module.lower() in (m.lower() for m in self.modules)


def default_user(name):
    """The single user of ``--username``: an administrator, as before users
    existed (every script could do everything)."""
    return User(name=name)


class Directory:
    """The accounts this server knows: ``users`` by name, and ``default``,
    the one a request runs as when nothing names another."""

    def __init__(self, users, default):
        self.users = dict(users)
        if default not in self.users:
            raise ValueError("default user %r is not in the directory" % default)
        self.default = default

    @classmethod
    def single(cls, name):
        return cls({name: default_user(name)}, name)

    def get(self, name):
        return self.users.get(name)

    def __contains__(self, name):
        return name in self.users


# -- the virtual roots every user has (runtime/agi/lib_vpath.py) ---------------------

# (UUID, Name) as ArozOS's base storage pool names them (src/storage.go)
ROOTS = (("user", "User"), ("tmp", "tmp"))


def vroots():
    """USER_VROOTS as plain records: the fields of ArozOS's
    FileSystemHandler a script reads, without its host ``Path`` (the vpath
    root stands in for it) nor live objects."""
    return [{"Name": name, "UUID": uuid, "Path": uuid + ":/", "Hierarchy": "user",
             "ReadOnly": False, "RequireBuffer": False, "Parentuid": "", "InitiationTime": 0,
             "Filesystem": "ext4", "Closed": False} for uuid, name in ROOTS]


def storage_pool():
    """LOADED_STORAGES as plain data: ArozOS sets it to its base storage
    pool (``UserHandler.GetStoragePool()``, a ``StoragePool`` struct: an
    object, not an array), owned by ``system``; its ``Storages`` here are
    the roots every user has."""
    return {"Owner": "system", "OtherPermission": "readonly", "Storages": vroots()}


def permission_groups(user):
    """What ArozOS's GetUserPermissionGroup answers, field order kept (Go
    marshals struct fields in declaration order)."""
    return [{"Name": g, "IsAdmin": user.admin, "DefaultInterfaceModule": INTERFACE_MODULE,
             "DefaultStorageQuota": user.quota, "AccessibleModules": list(user.modules),
             "StoragePool": {"Owner": g, "OtherPermission": "readonly", "Storages": []},
             "CanCreateCronJob": user.admin} for g in user.groups]


def go_json(value):
    """JSON as Go's json.Marshal writes it: compact, HTML characters escaped."""
    text = json.dumps(value, separators=(",", ":"), ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def can_write(vpath):
    """ArozOS CanWrite for this server's roots: a vpath of ``user:/`` or
    ``tmp:/`` (both read-write); anything else, ``..`` included, is not."""
    from runtime.agi.lib_vpath import PathRefused, split_vpath

    try:
        split_vpath(vpath)
    except PathRefused:
        return False
    return True


def used_bytes(ctx):
    """Bytes in the user's ``user:/`` folder, as the usage ledger keeps
    them (:mod:`runtime.agi.quota_usage`; walked in an I/O thread when
    stale)."""
    from runtime.agi.offload import off_loop
    from runtime.agi.quota import Quota

    try:
        return off_loop(Quota.of(ctx).used)
    except OSError:  # the data directory unwritable: nothing counted
        return 0


def folder_bytes(base):
    """Bytes of the files below folder ``base`` (links not followed), every
    entry counted: the usage ledger calls it in an I/O thread, only when its
    figure is stale."""
    total, stack = 0, [base]
    while stack:
        try:
            entries = os.scandir(stack.pop())
        except OSError:
            continue
        with entries:
            for e in entries:
                try:
                    if e.is_dir(follow_symlinks=False):
                        stack.append(e.path)
                    elif e.is_file(follow_symlinks=False):
                        total += e.stat(follow_symlinks=False).st_size
                except OSError:
                    pass
    return total


# -- JS values -----------------------------------------------------------------------

def to_js(realm, v):
    """A fresh JS value of plain Python data (dict, list, str, bool, number)."""
    if isinstance(v, dict):
        obj = JSObject(realm.ObjectPrototype)
        for k, x in v.items():
            obj.props[js_string(k)] = to_js(realm, x)
        return obj
    if isinstance(v, (list, tuple)):
        return realm.new_array([to_js(realm, x) for x in v])
    if isinstance(v, bool):
        return v
    if isinstance(v, (int, float)):
        return float(v)
    if v is None:
        return null
    return js_string(v)


# -- the script functions ---------------------------------------------------------------

def _ctx():
    from runtime.agi.core import agi_context

    return agi_context()


def _raise_error(ctx, message):
    """ArozOS's Gateway.RaiseError: a log line, nothing thrown."""
    log.warning("[AGI][%s] Runtime Error %s", ctx.execution_id, message)


def userIsAdmin(this, *_):
    """userIsAdmin(): true when one of the user's groups is an admin group."""
    return _ctx().user.admin


def getUserPermissionGroup(this, *_):
    """getUserPermissionGroup(): a JSON string of the user's groups."""
    return js_string(go_json(permission_groups(_ctx().user)))


def pathCanWrite(this, vpath=undefined, *_):
    """pathCanWrite(vpath): true for a writable root of the user."""
    return can_write(conversions.to_string(vpath))


def _admin_name_argument(ctx, fname, arg):
    """The checks ArozOS makes first: admin (else the Permission Denied
    line), then a defined user name. Returns the name, or None once the
    refusal is logged."""
    if not ctx.user.admin:
        _raise_error(ctx, "Permission Denied: %s require admin permission" % fname)
        return None
    name = conversions.to_string(arg)
    if name == "undefined":
        _raise_error(ctx, "username is undefined")
        return None
    return name


def userExists(this, name=undefined, *_):
    """userExists(name): admin only; whether the account exists."""
    ctx = _ctx()
    if not ctx.user.admin:
        _raise_error(ctx, "Permission Denied: userExists require admin permission")
        return False
    text = conversions.to_string(name)
    if text == "undefined":
        _raise_error(ctx, "username is undefined")
        return null
    return text in ctx.users


def createUser(this, name=undefined, password=undefined, group=undefined, *_):
    """createUser(name, password, group): admin only; accounts come from the
    users file, so after ArozOS's checks it answers false."""
    ctx = _ctx()
    username = _admin_name_argument(ctx, "createUser", name)
    if username is None:
        return False
    for what, arg in (("password", password), ("defaultGroup", group)):
        if conversions.to_string(arg) == "undefined":
            _raise_error(ctx, "%s is undefined" % what)
            return False
    if username in ctx.users:
        _raise_error(ctx, "Username already exists")
        return False
    _raise_error(ctx, "User creation failed: accounts are defined in the users file (--users)")
    return False


def editUser(this, *_):
    """editUser(): admin only; ArozOS answers false for everyone."""
    ctx = _ctx()
    if not ctx.user.admin:
        _raise_error(ctx, "Permission Denied: editUser require admin permission")
    return False


def removeUser(this, name=undefined, *_):
    """removeUser(name): admin only; answers false (the users file is not
    changed by scripts)."""
    ctx = _ctx()
    username = _admin_name_argument(ctx, "removeUser", name)
    if username is None:
        return False
    if username not in ctx.users:
        _raise_error(ctx, "%s not exists" % username)
        return False
    _raise_error(ctx, "User removal failed: accounts are defined in the users file (--users)")
    return False


def _deprecated(fname):
    def deprecated_fn(this, *_):
        log.warning("[AGI][%s] Call to deprecated function %s", _ctx().execution_id, fname)
        return False

    deprecated_fn.__name__ = fname
    return deprecated_fn


FUNCTIONS = {
    "userIsAdmin": (userIsAdmin, 0), "getUserPermissionGroup": (getUserPermissionGroup, 0),
    "pathCanWrite": (pathCanWrite, 1), "userExists": (userExists, 1),
    "createUser": (createUser, 3), "editUser": (editUser, 0), "removeUser": (removeUser, 1),
    "decodeVirtualPath": (_deprecated("decodeVirtualPath"), 0),
    "decodeAbsoluteVirtualPath": (_deprecated("decodeAbsoluteVirtualPath"), 0),
    "encodeRealPath": (_deprecated("encodeRealPath"), 0),
}
VALUES = ("USERICON", "USERQUOTA_TOTAL", "USERQUOTA_USED", "USER_VROOTS")
USER_GLOBALS = tuple(FUNCTIONS) + VALUES  # one tuple shared by every realm
STORAGE_GLOBALS = ("LOADED_STORAGES",)  # no user needed: boot scripts have it too


def _value(ctx, name):
    if name == "LOADED_STORAGES":
        return storage_pool()
    user = ctx.user
    if name == "USERICON":
        return user.icon
    if name == "USERQUOTA_TOTAL":
        return user.quota
    if name == "USERQUOTA_USED":
        return used_bytes(ctx)
    return vroots()


def _define(name):
    from runtime.realm import current_realm
    from runtime.values import WC

    realm = current_realm()
    if name in FUNCTIONS:
        realm.define_methods(realm.global_object, {name: FUNCTIONS[name]})
    else:
        realm.define_value(realm.global_object, name, to_js(realm, _value(realm.agi_ctx, name)), WC)


def install(ctx):
    """Offers the user globals in ``ctx.realm``, each made when first named
    (``USERNAME`` is a core global, defined by runtime.agi.core)."""
    ctx.realm.defer_globals(USER_GLOBALS, _define)


def install_storages(ctx):
    """Offers ``LOADED_STORAGES`` (ArozOS's injectStandardLibs sets it for
    every script, boot scripts included)."""
    ctx.realm.defer_globals(STORAGE_GLOBALS, _define)
