"""Running compiled scripts: realm set-up, execution, uncaught errors.

Example::

    from ajgi_tx.runner import run_source
    run_source('console.log(1 + 1)', 'two.js')      # prints 2

``run_source`` raises :class:`ajgi_tx.errors.CompileError` for scripts that
do not compile and :class:`ajgi_tx.errors.ScriptError` for an uncaught JS
exception (with the JS name, message and stack).
"""

import sys
import types

from ajgi_tx.errors import ScriptError
from runtime import abi, sched
from runtime.errors import JSThrow
from runtime.realm import REALM, Realm
from runtime.host import install_console, install_eval
from runtime.values import py_string



def compile_cached(source, filename):
    """Compiles through the cache when one is configured (see ajgi_tx.cache):
    ``ajgi_tx.cache.configure(dir)`` or $AJGI_CACHE_DIR; otherwise in memory."""
    from ajgi_tx import cache

    cache_dir = cache.configured_cache_dir()
    if cache_dir is None:
        from ajgi_tx.compiler import compile_source

        return compile_source(source, filename)
    # no readable .py beside the entry: astor costs more than the compile
    # itself for small scripts (`python -m ajgi_tx.compile` writes them)
    return cache.compile_text_cached(source, filename, cache_dir, write_source=False)


def compile_dynamic(source, filename, options):
    """Compiles eval / ``new Function`` text through the cache (an
    in-process LRU even when no cache directory is configured); a compile
    error is thrown as a JS SyntaxError, as eval code must."""
    from ajgi_tx import cache
    from ajgi_tx.errors import CompileError
    from runtime.errors import throw_syntax_error

    try:
        return cache.compile_text_cached(source, filename, cache.configured_cache_dir(), options,
                                         write_source=False)
    except CompileError as e:
        throw_syntax_error(e.message)


def create_realm(write=None):
    """A fresh realm with console, eval and the compiler hooks installed."""
    realm = Realm(lazy=True)  # Math, JSON, Date arrive when compiled code asks
    abi.bind_realm(realm)
    if write is None:
        def write(level, text):
            stream = sys.stdout if level in ("log", "info", "debug") else sys.stderr
            stream.write(py_string(text) + "\n")
    install_console(realm, write)
    install_eval(realm)
    realm.eval_hook = lambda src, strict: eval_code(realm, src, strict)
    realm.direct_eval_hook = lambda src, env, this, strict: direct_eval(realm, src, env, this, strict)
    realm.function_hook = lambda params, body: make_function_from_strings(realm, params, body)
    return realm


def execute(compiled, realm, this=None, env=None):
    """Runs a compiled script's top level in ``realm``; returns its result
    (a coroutine when the top level is async). ``this`` defaults to the
    global object; ``env`` is the variable environment of env-mode eval
    code (compiled with ``options["env"]``)."""
    sched.register_source(compiled.filename, compiled.source)
    g = realm.global_object.props
    exec(compiled.code, g)
    main = g.pop("_ajgi_main")
    if this is None:
        this = realm.global_object
    return main(this) if env is None else main(this, env)


def eval_code(realm, source, strict):
    """Indirect eval (15.1.2.1): global scope; returns the completion value."""
    compiled = compile_dynamic(source, "<eval>", {"completion": True})
    if compiled.strict:
        # strict eval code gets its own variable environment (10.4.2 step 3);
        # strictness is only known once parsed, hence the second (cached) compile
        from runtime.envs import Env

        compiled = compile_dynamic(source, "<eval>", {"completion": True, "env": True})
        return execute(compiled, realm, realm.global_object, Env(None))
    return execute(compiled, realm)


def direct_eval(realm, source, env, this, strict):
    """Direct eval (10.4.2): runs in the caller's environment ``env`` (None
    at global level) with the caller's ``this``; strict code gets its own
    variable environment."""
    from runtime.envs import Env

    compiled = compile_dynamic(source, "<eval>", {"completion": True, "env": True, "strict": strict})
    if strict or compiled.strict:
        env = Env(env)
    return execute(compiled, realm, this, env)


def make_function_from_strings(realm, params, body):
    """``new Function(p1, p2, body)`` (15.3.2.1)."""
    src = "(function anonymous(%s\n) {\n%s\n})" % (",".join(params), body)
    return execute(compile_dynamic(src, "<function>", {"completion": True}), realm)


def uncaught(exc):
    """Converts an exception that escaped a script into a ScriptError."""
    from runtime.conversions import to_string, describe_thrown
    from runtime.properties import get_prop
    from runtime.values import JSObject

    value = exc.value if isinstance(exc, JSThrow) else abi.js_error_value(exc)
    name, message, stack, location = "", "", "", None
    if isinstance(value, JSObject) and value.cls == "Error":
        try:
            name = to_string(get_prop(value, "name"))
            message = to_string(get_prop(value, "message"))
            st = value.props.get("stack")
            stack = st if isinstance(st, str) else ""
        except Exception:  # a hostile getter must not hide the error
            name = "Error"
        from runtime.builtins.error import error_frames_position

        location = error_frames_position(value)
    else:
        message = describe_thrown(value)
    return ScriptError(name, message, stack, value, location)


def run_compiled(compiled, realm):
    """Runs ``compiled`` to completion in ``realm`` (async tops run on an
    event loop); raises ScriptError for an uncaught exception."""
    token = REALM.set(realm)
    try:
        result = execute(compiled, realm)
        if type(result) is types.CoroutineType:
            import asyncio  # only scripts that block need a loop (~20 ms to import)

            result = asyncio.run(_run_async(result, realm))
        return result
    except Exception as exc:  # every JS-visible failure becomes a ScriptError
        raise uncaught(exc) from None
    finally:
        REALM.reset(token)


async def _run_async(coro, realm):
    REALM.set(realm)
    return await coro


def run_source(source, filename="<script>", write=None):
    """Compiles and runs ``source`` as a classic script in a fresh realm."""
    compiled = compile_cached(source, filename)
    realm = create_realm(write)
    return run_compiled(compiled, realm)
