"""What the runtime needs from its embedding, and the globals it backs.

The runtime never imports the embedding (``ajgi_tx``): the host hands its
services over when it makes a realm. They are

* a **compiler** (:class:`Compiler`): ``compile_dynamic(source, filename,
  options)`` turns eval / ``new Function`` text into a compiled unit (an
  object with ``filename``, ``source``, ``code`` and ``strict``), throwing a
  JS SyntaxError for text that does not compile;
* a ``write(level, text)`` callback for ``console.log/info/warn/error``
  (``console.log(a, b)`` writes ``ToString(a) + " " + ToString(b)``, as otto,
  ArozOS's engine, prints).

Example (what ``ajgi_tx.runner.create_realm`` does)::

    realm = new_realm(write)              # console, eval, the ABI
    attach_compiler(realm, compiler)      # eval and new Function work now
    result = execute(compiled, realm)     # runs a compiled top level

A host that makes the realm before it knows the compiler (the AGI server
builds the realm, then runs the script) attaches it later; until then
``eval`` throws an EvalError.
"""

import hashlib
import sys
from typing import Protocol

from runtime import abi, sched
from runtime.envs import Env
from runtime.errors import throw_error
from runtime.conversions import to_display_string, to_string
from runtime.realm import Realm, current_realm
from runtime.values import JSObject, WC, py_string, undefined


class Compiler(Protocol):
    """The compiler service a host attaches to a realm."""

    def compile_dynamic(self, source, filename, options):
        """The compiled unit of eval code ``source`` (``options``: the
        compiler's, e.g. ``{"completion": True, "env": True}``); throws a
        JS SyntaxError when it does not compile."""


# -- realms ------------------------------------------------------------------------

# Each JS call is a Python call (two with a getter or a callback built-in in
# between): Python's default limit of 1,000 frames would end JS recursion
# well before 1,000 calls. The compiler used to raise the limit as a side
# effect, so a script run from a warm compile cache (no compiler imported)
# recursed 16 times less deep than a fresh compile. The runtime raises it
# itself, when a realm is made. (Recursion past it is a JS RangeError.)
PYTHON_RECURSION_LIMIT = 20000


def new_realm(write=None):
    """A fresh realm with console and eval, bound to the ABI; ``write``
    defaults to stdout (log/info/debug) and stderr (warn/error)."""
    if sys.getrecursionlimit() < PYTHON_RECURSION_LIMIT:
        sys.setrecursionlimit(PYTHON_RECURSION_LIMIT)
    realm = Realm(lazy=True)  # Math, JSON, Date arrive when compiled code asks
    abi.bind_realm(realm)
    if write is None:
        write = _write_std
    install_console(realm, write)
    install_eval(realm)
    realm.eval_hook = realm.direct_eval_hook = realm.function_hook = _no_compiler
    return realm


def _write_std(level, text):
    stream = sys.stdout if level in ("log", "info", "debug") else sys.stderr
    stream.write(py_string(text) + "\n")


def _no_compiler(*_):
    throw_error("EvalError", "code generation from strings is not available")


def attach_compiler(realm, compiler):
    """Makes ``eval`` and ``new Function`` of ``realm`` compile with
    ``compiler`` (a :class:`Compiler`)."""
    realm.eval_hook = lambda src, strict: eval_code(realm, compiler, src, strict)
    realm.direct_eval_hook = lambda src, env, this, strict: direct_eval(
        realm, compiler, src, env, this, strict)
    realm.function_hook = lambda params, body: function_from_strings(realm, compiler, params, body)


def execute(compiled, realm, this=None, env=None):
    """Runs a compiled unit's top level in ``realm``; returns its result (a
    coroutine when the top level is async). ``this`` defaults to the global
    object; ``env`` is the variable environment of env-mode eval code
    (compiled with ``options["env"]``)."""
    sched.register_source(compiled.filename, compiled.source)
    g = realm.global_object.props
    exec(compiled.code, g)
    main = g.pop("_ajgi_main")
    if this is None:
        this = realm.global_object
    return main(this) if env is None else main(this, env)


def release_realm(realm):
    """Breaks the reference cycles that keep a finished script's objects
    alive: the global object's dict is also the globals of every compiled
    function (``f.__globals__``) and holds the global object itself, so a
    realm is one big cycle that only the cyclic GC would free, perhaps many
    requests later. Emptied, the script's data (everything reachable only
    from its globals) is freed the moment the host drops the realm. The
    realm must not run code afterwards."""
    g = realm.global_object
    g.props.clear()
    g.attrs = None
    realm.eval_hook = realm.direct_eval_hook = realm.function_hook = _no_compiler
    realm.eval_function = None
    realm.global_lexicals = None
    realm.agi_ctx = None


# -- names of dynamic units --------------------------------------------------------------

def dynamic_name(kind, source):
    """The file name of eval / ``new Function`` text: ``<eval:1f2e...>``,
    from a hash of the text. ``Function.prototype.toString`` and error
    messages find a function's text by its code's file name
    (:func:`runtime.sched.source_of`): had every eval'd text the name
    "<eval>", one request would be shown another's code. Equal texts share a
    name (and the compile cache); different texts never do (64 bits)."""
    digest = hashlib.blake2b(source.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()
    return "<%s:%s>" % (kind, digest)


# -- eval and new Function ------------------------------------------------------------------

def eval_code(realm, compiler, source, strict):
    """Indirect eval (15.1.2.1): global scope; returns the completion value.
    The script's top-level let/const (``realm.global_lexicals``, when the
    script published them) are seen as by a direct eval at the top level."""
    name = dynamic_name("eval", source)
    lexicals = realm.global_lexicals
    if lexicals is not None:
        compiled = compiler.compile_dynamic(source, name, {"completion": True, "env": True})
        return execute(compiled, realm, realm.global_object,
                       Env(lexicals) if compiled.strict else lexicals)
    compiled = compiler.compile_dynamic(source, name, {"completion": True})
    if compiled.strict:
        # strict eval code gets its own variable environment (10.4.2 step 3);
        # strictness is only known once parsed, hence the second (cached) compile
        compiled = compiler.compile_dynamic(source, name, {"completion": True, "env": True})
        return execute(compiled, realm, realm.global_object, Env(None))
    return execute(compiled, realm)


def direct_eval(realm, compiler, source, env, this, strict):
    """Direct eval (10.4.2): runs in the caller's environment ``env`` (None
    at global level) with the caller's ``this``; strict code gets its own
    variable environment."""
    compiled = compiler.compile_dynamic(source, dynamic_name("eval", source),
                                        {"completion": True, "env": True, "strict": strict})
    if strict or compiled.strict:
        env = Env(env)
    return execute(compiled, realm, this, env)


def function_from_strings(realm, compiler, params, body):
    """``new Function(p1, p2, body)`` (15.3.2.1)."""
    src = "(function anonymous(%s\n) {\n%s\n})" % (",".join(params), body)
    lexicals = realm.global_lexicals
    if lexicals is not None:  # the function's scope is the script's top level
        compiled = compiler.compile_dynamic(src, dynamic_name("function", src),
                                            {"completion": True, "env": True})
        return execute(compiled, realm, realm.global_object, lexicals)
    return execute(compiler.compile_dynamic(src, dynamic_name("function", src), {"completion": True}),
                   realm)


# -- console and the global eval ----------------------------------------------------------


def install_console(realm, write):
    """Offers ``console.log/info/warn/error/debug`` calling ``write(level,
    text)``, made when the script first names ``console``."""
    realm.defer_globals(("console",), lambda name: define_console(realm, write))


def define_console(realm, write):
    console = JSObject(realm.ObjectPrototype)

    def make(level):
        def console_method(this, *args):
            write(level, " ".join(to_display_string(a) for a in args))
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
