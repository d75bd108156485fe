"""Which AGI libraries ``requirelib(name)`` provides (ArozOS RegisterLib).

A library is a module ``runtime.agi.lib_<x>`` with ``install(ctx)``: it
defines the library's global object in the script's realm and returns
True. Modules are imported on first use, so a script that needs no
library loads none of them.
"""

import importlib

from runtime.values import JSObject

LIBRARIES = {
    "appdata": "runtime.agi.lib_appdata",
    "filelib": "runtime.agi.lib_filelib",
    "sqlite": "runtime.agi.lib_sqlite",
    "ziplib": "runtime.agi.lib_ziplib",
    "imagelib": "runtime.agi.lib_imagelib",
    "http": "runtime.agi.lib_http",
    "iot": "runtime.agi.lib_iot",
}


def install_library(ctx, name):
    """True once library ``name`` is defined; None when it is not provided."""
    module = LIBRARIES.get(name)
    if module is None:
        return None
    return importlib.import_module(module).install(ctx)


def define_library(ctx, global_name, table):
    """Defines the global ``global_name`` as a plain object whose
    properties are the host functions of ``table`` ({name: (fn, length)}),
    enumerable and writable like the properties ArozOS assigns in JS."""
    realm = ctx.realm
    obj = JSObject(realm.ObjectPrototype)
    for name, (fn, length) in table.items():
        obj.props[name] = realm.native(fn, name, length)
    from runtime import properties

    properties.put_prop(realm.global_object, global_name, obj)
    return obj
