"""Global variables that compiled code cannot keep in the module dict as
plain Python globals: ``var`` declarations at top level (10.5), names that
are no Python identifier, strict assignments, ``typeof``/``delete`` of a
name, and the lazy globals a module installs when it is loaded."""

from runtime import conversions, properties
from runtime.values import Accessor, W, E, undefined

_type = type


def declare_globals(g, names):
    """``var`` at top level: creates missing global properties (10.5)."""
    props = g.props
    for n in names:
        key = properties.global_storage_key(n)
        if key not in props:
            props[key] = undefined
            if g.attrs is None:
                g.attrs = {}
            g.attrs[key] = W | E  # var bindings cannot be deleted


def gget(g, name):
    """Reads a global that is no Python identifier (``$``)."""
    d = properties.get_own_property(g, name)
    if d is None:
        if properties.has_property(g, name):
            return properties.get_prop(g, name)
        from runtime.errors import throw_reference_error

        throw_reference_error("%s is not defined" % name)
    if _type(d[0]) is Accessor:
        return properties.get_prop(g, name)
    return d[0]


def gput(g, name, value):
    """Assigns a global through [[Put]] (respects read-only globals)."""
    properties.put_prop(g, name, value)
    return value


def sgput(g, name, value):
    """Strict-mode global assignment: ReferenceError when undeclared."""
    if not properties.has_property(g, name):
        from runtime.errors import throw_reference_error

        throw_reference_error("%s is not defined" % name)
    properties.put_prop(g, name, value, True)
    return value


def typeof_global(g, name):
    """``typeof name`` for a global that may not exist (11.4.3 step 2)."""
    if not properties.has_property(g, name):
        return "undefined"
    return conversions.typeof(properties.get_prop(g, name))


def delete_name(g, name):
    """``delete name`` of a global (11.4.1): implicit globals only."""
    return properties.delete_prop(g, name)


def ensure(realm, names):
    """Installs the lazy globals a module can reach (compiler/needs.py)."""
    realm.ensure(names)
