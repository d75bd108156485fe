"""The module registry: what every ``<root>/<Module>/init.agi`` registers at
startup (ArozOS src/mod/modules/module.go), and the globals that read it.

Example (what the server's boot and its list route do)::

    reg = ModuleRegistry()
    reg.register_json('{"Name": "Notes", "IconPath": "img/icon.png"}', "Notes")
    reg.register_ext_icon(".pxs", "Pixel Studio/img/file_icon.png")
    reg.sort()
    reg.list_json()      # '[{"Name":"Notes","Desc":"", ... "IconPath":"Notes/img/icon.png", ...}]'

A module is ArozOS's ``ModuleInfo``: the JSON ``registerModule`` receives is
decoded as Go's ``json.Unmarshal`` decodes it into that struct (field names
matched exactly, else case-insensitively; unknown keys ignored; a value of
the wrong type fails the whole registration), after the relative paths of
``IconPath``, ``StartDir``, ``LaunchFWDir`` and ``LaunchEmb`` are joined to
the module's folder, as ArozOS's ``registerModule`` does. The list is
written as Go's ``json.Marshal`` writes the struct: fields in declaration
order, HTML-safe strings, ``null`` for a missing list.

Scripts read it as plain data (never live host objects): ``LOADED_MODULES``
and ``USER_MODULES`` are arrays of module names, ``appdata.getModuleList()``
an array of module objects.
"""

import json
import math
import posixpath

from runtime.agi.core import go_json_string
from runtime.agi.users import INTERFACE_MODULE
from runtime.realm import current_realm
from runtime.values import js_string

# ModuleInfo's fields in declaration order, with their Go types.
FIELDS = (
    ("Name", "string"), ("Desc", "string"), ("Group", "string"), ("IconPath", "string"),
    ("Version", "string"), ("StartDir", "string"), ("SupportFW", "bool"),
    ("LaunchFWDir", "string"), ("SupportEmb", "bool"), ("LaunchEmb", "string"),
    ("InitFWSize", "[]int"), ("InitEmbSize", "[]int"), ("SupportedExt", "[]string"),
)
_FIELD_TYPES = dict(FIELDS)
_FOLDED = {name.lower(): name for name, _ in FIELDS}
_ZERO = {"string": "", "bool": False, "[]int": None, "[]string": None}
# the fields registerModule joins to the module's folder when relative
PATH_FIELDS = ("IconPath", "StartDir", "LaunchFWDir", "LaunchEmb")
_JSON_TYPE = {str: "string", bool: "bool", list: "array", dict: "object"}


# ArozOS adds a module of these groups (lower-cased) to its UniversalModules,
# which every user may open
UNIVERSAL_GROUPS = ("utilities", "system tools")


class RegistrationError(ValueError):
    """A ``registerModule`` argument ArozOS would refuse (bad JSON or a
    value of the wrong type); the message is the Go decoder's."""


def _go_type_name(value):
    if value is None:
        return "null"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return "number"
    return _JSON_TYPE.get(type(value), "value")


def _type_error(value, field, gotype):
    return RegistrationError("json: cannot unmarshal %s into Go struct field ModuleInfo.%s of type %s"
                             % (_go_type_name(value), field, gotype))


def _decode_field(field, gotype, value):
    """``value`` (parsed JSON) as Go decodes it into a field of ``gotype``;
    ``RegistrationError`` when Go refuses it."""
    if gotype == "string":
        if not isinstance(value, str):
            raise _type_error(value, field, gotype)
        return value
    if gotype == "bool":
        if not isinstance(value, bool):
            raise _type_error(value, field, gotype)
        return value
    if not isinstance(value, list):
        raise _type_error(value, field, gotype)
    out = []
    for item in value:
        if item is None:  # Go leaves an element's zero value for null
            out.append(0 if gotype == "[]int" else "")
        elif gotype == "[]int":
            # ArozOS re-encodes the JSON before decoding it into the struct, so
            # 440.0 arrives as 440 and is accepted; 440.5 is not an int
            if (isinstance(item, bool) or not isinstance(item, (int, float))
                    or (isinstance(item, float) and (not math.isfinite(item) or not item.is_integer()))
                    or not -2 ** 63 <= item < 2 ** 63):
                raise _type_error(item, field, "int")
            out.append(int(item))
        else:
            if not isinstance(item, str):
                raise _type_error(item, field, "string")
            out.append(item)
    return out


def join_module_path(module_dir, value):
    """A path field as ArozOS's ``registerModule`` rewrites it: relative and
    not already below the module's folder -> joined to it (Go's
    ``filepath.Join``, which also cleans ``./`` and ``..``)."""
    if not value or value.startswith("/") or value.startswith(module_dir + "/"):
        return value
    return posixpath.normpath(module_dir + "/" + value)


def decode_module(text, module_dir=None):
    """The module (a dict of every ModuleInfo field) ``registerModule(text)``
    registers, or ``RegistrationError``. ``module_dir``: the folder of the
    calling ``init.agi`` (its relative paths are joined to it)."""
    try:
        tree = json.loads(text)
    except ValueError as e:
        raise RegistrationError("invalid JSON: %s" % e) from None
    if tree is not None and not isinstance(tree, dict):
        raise RegistrationError("json: cannot unmarshal %s into Go value of type map[string]interface {}"
                                % _go_type_name(tree))
    tree = tree or {}
    if module_dir:
        for field in PATH_FIELDS:
            if isinstance(tree.get(field), str):
                tree[field] = join_module_path(module_dir, tree[field])
    module = {name: _ZERO[gotype] for name, gotype in FIELDS}
    error = None
    # ArozOS decodes the re-encoded map: keys in sorted order; a later key
    # matching the same field (case-insensitively) overwrites an earlier one
    for key in sorted(tree):
        field = key if key in _FIELD_TYPES else _FOLDED.get(key.lower())
        if field is None or tree[key] is None:
            continue  # unknown keys are ignored, null leaves the zero value
        try:
            module[field] = _decode_field(field, _FIELD_TYPES[field], tree[key])
        except RegistrationError as e:
            error = error or e  # Go decodes the rest, then reports the first
    if error is not None:
        raise error
    return module


def _go_value(v):
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, str):
        return go_json_string(v)
    return "[" + ",".join(_go_value(x) for x in v) + "]"


def module_json(module):
    """One module as Go's ``json.Marshal(ModuleInfo)`` writes it."""
    return "{" + ",".join('"%s":%s' % (name, _go_value(module[name])) for name, _ in FIELDS) + "}"


class ModuleRegistry:
    """The modules and extension icons registered by the ``init.agi`` files.
    One per server process (each worker boots its own, from the same files)."""

    def __init__(self):
        self.modules = []
        self.ext_icons = {}   # lower-case extension without the dot -> icon path
        self.nightly = []     # addNightlyTask paths (kept, never run: ArozOS runs none either)
        self.booted = False   # True once every init.agi has run

    def register_json(self, text, module_dir=None):
        """Adds the module of ``registerModule(text)``; ``RegistrationError``
        when ArozOS would refuse it."""
        self.modules.append(decode_module(text, module_dir))

    def register_ext_icon(self, ext, icon_path):
        """``registerExtensionIcon``: ``.PXS`` and ``pxs`` name the same entry."""
        ext = ext.lower()
        if ext.startswith("."):
            ext = ext[1:]
        self.ext_icons[ext] = icon_path

    def sort(self):
        """By name, as ArozOS sorts its list at the end of its startup
        (Go compares the UTF-8 bytes: code point order)."""
        self.modules.sort(key=lambda m: m["Name"])

    def names(self):
        return [m["Name"] for m in self.modules]

    def find(self, name):
        """The module named exactly ``name`` (the last one registered), or None."""
        found = None
        for m in self.modules:
            if m["Name"] == name:
                found = m
        return found

    def list_json(self, modules=None):
        """The JSON ``/system/modules/list`` answers."""
        return "[" + ",".join(module_json(m) for m in (self.modules if modules is None else modules)) + "]"

    def ext_icons_json(self):
        """The JSON ``/system/modules/exticons`` answers (keys sorted, as Go's map encoding)."""
        return "{" + ",".join("%s:%s" % (go_json_string(k), go_json_string(v))
                              for k, v in sorted(self.ext_icons.items())) + "}"

    def user_modules(self, ctx):
        """The modules the script's user may open (all of them in a boot
        script, which runs as no user)."""
        return self.modules_for(getattr(ctx, "user", None))

    def modules_for(self, user):
        """The modules ``user`` (a runtime.agi.users.User; None: no user,
        every module) may open, in list order: ArozOS's
        GetModuleAccessPermission, names compared ignoring case. An admin
        opens all; anyone opens the modules of their ``modules`` list, the
        "universal" ones (registered in the group ``Utilities`` or ``System
        Tools``) and their groups' interface module (``Desktop``)."""
        if user is None or user.admin:
            return list(self.modules)
        universal = {m["Name"].lower() for m in self.modules
                     if m["Group"].lower() in UNIVERSAL_GROUPS}
        return [m for m in self.modules
                if user.can_open_module(m["Name"]) or m["Name"].lower() in universal
                or m["Name"].lower() == INTERFACE_MODULE.lower()]


EMPTY = ModuleRegistry()


def registry_of(ctx):
    """The registry a script's context reads (an empty one when the host
    gave none, e.g. ``python -m ajgi_tx run``)."""
    reg = getattr(ctx, "modules", None)
    return EMPTY if reg is None else reg


def _names_array(realm, names):
    return realm.new_array([js_string(n) for n in names])


def module_list_value(ctx):
    """``appdata.getModuleList()``: the user's modules as plain JS objects
    (a JSON parse of the list text, as ArozOS's wrapper does)."""
    from runtime.builtins.json import parse_json_text

    reg = registry_of(ctx)
    return parse_json_text(js_string(reg.list_json(reg.user_modules(ctx))))


def _define_names(name):
    """Defines ``LOADED_MODULES`` or ``USER_MODULES`` in the running realm:
    a fresh array of names (a script may change its copy, nobody else's)."""
    realm = current_realm()
    ctx = realm.agi_ctx
    reg = registry_of(ctx)
    if name == "LOADED_MODULES":
        names = reg.names()
    else:
        names = [m["Name"] for m in reg.user_modules(ctx)]
    realm.define_value(realm.global_object, name, _names_array(realm, names))


MODULE_GLOBALS = ("LOADED_MODULES", "USER_MODULES")
BOOT_MODULE_GLOBALS = ("LOADED_MODULES",)


def install(ctx, names=MODULE_GLOBALS):
    """Offers the registry's globals to ``ctx.realm`` (made on first use)."""
    ctx.realm.defer_globals(names, _define_names)

