"""Host globals every script gets: ``console`` and ``eval``.

The embedding (CLI runner or AGI server) passes a ``write(level, text)``
callback; ``console.log(a, b)`` writes ``ToString(a) + " " + ToString(b)``,
as otto (ArozOS's engine) prints.
"""

from runtime.conversions import to_string
from runtime.realm import current_realm
from runtime.values import JSObject, WC, undefined


def install_console(realm, write):
    """Offers ``console.log/info/warn/error/debug`` calling ``write(level,
    text)``, made when the script first names ``console``."""
    realm.defer_globals(("console",), lambda name: define_console(realm, write))


def define_console(realm, write):
    console = JSObject(realm.ObjectPrototype)

    def make(level):
        def console_method(this, *args):
            write(level, " ".join(to_string(a) for a in args))
            return undefined
        return console_method

    realm.define_methods(console, {
        "log": (make("log"), 0), "info": (make("info"), 0), "warn": (make("warn"), 0),
        "error": (make("error"), 0), "debug": (make("debug"), 0),
    })
    realm.define_value(realm.global_object, "console", console, WC)
    return console


def global_eval(this, x=undefined, *_):
    """Indirect ``eval`` (15.1.2.1): global scope, non-strict."""
    if type(x) is not str:
        return x
    return current_realm().eval_hook(x, False)


def install_eval(realm):
    """Offers the global ``eval``, made when first named (a script naming
    ``eval`` asks for every global anyway: it can reach them all)."""
    realm.defer_globals(("eval",), lambda name: define_eval(realm))


def define_eval(realm):
    realm.define_methods(realm.global_object, {"eval": (global_eval, 1)})
    # direct eval is only a call of *this* function object (abi.deval)
    realm.eval_function = realm.global_object.props["eval"]
