"""Running compiled scripts: realm set-up, execution, uncaught errors.

Example::

    from ajgi_tx.runner import run_source
    run_source('console.log(1 + 1)', 'two.js')      # prints 2

``run_source`` raises :class:`ajgi_tx.errors.CompileError` for scripts that
do not compile and :class:`ajgi_tx.errors.ScriptError` for an uncaught JS
exception (with the JS name, message and stack).
"""

import asyncio
import sys
import types

from ajgi_tx.errors import ScriptError
from runtime import abi, sched
from runtime.errors import JSThrow
from runtime.realm import REALM, Realm
from runtime.host import install_console, install_eval
from runtime.values import py_string

_eval_count = [0]


def compile_cached(source, filename):
    """Compiles through the cache when one is configured (see ajgi_tx.cache):
    ``ajgi_tx.cache.configure(dir)`` or $AJGI_CACHE_DIR; otherwise in memory."""
    from ajgi_tx import cache

    cache_dir = cache.configured_cache_dir()
    if cache_dir is None:
        from ajgi_tx.compiler import compile_source

        return compile_source(source, filename)
    return cache.compile_text_cached(source, filename, cache_dir)


def compile_dynamic(source, filename, options):
    """Compiles eval / ``new Function`` text through the cache (an
    in-process LRU even when no cache directory is configured)."""
    from ajgi_tx import cache

    return cache.compile_text_cached(source, filename, cache.configured_cache_dir(), options,
                                     write_source=False)


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
    realm.eval_function = realm.global_object.props["eval"]
    realm.eval_hook = lambda src, strict: eval_code(realm, src, strict)
    realm.direct_eval_hook = lambda src, env, this, strict: direct_eval(realm, src, env, this, strict)
    realm.function_hook = lambda params, body: make_function_from_strings(realm, params, body)
    return realm


def execute(compiled, realm):
    """Runs a compiled script's top level in ``realm``; returns its result
    (a coroutine when the top level is async)."""
    sched.register_source(compiled.filename, compiled.source)
    g = realm.global_object.props
    exec(compiled.code, g)
    main = g.pop("_ajgi_main")
    return main(realm.global_object)


def eval_code(realm, source, strict):
    """Compiles and runs eval code in ``realm``; returns its completion value."""
    from ajgi_tx.errors import CompileError
    from runtime.errors import throw_syntax_error

    _eval_count[0] += 1
    try:
        compiled = compile_dynamic(source, "<eval>", {"completion": True})
        if compiled.strict:
            # strict eval code gets its own variable environment (10.4.2 step 3)
            compiled = compile_dynamic(source, "<eval>", {"completion": True, "env": True})
    except CompileError as e:
        throw_syntax_error(e.message)
    if compiled.strict:
        from runtime.envs import Env

        return _run_module(compiled, realm, realm.global_object, Env(None))
    return execute(compiled, realm)


def direct_eval(realm, source, env, this, strict):
    """Direct eval (10.4.2): runs in the caller's environment ``env`` (None
    at global level) with the caller's ``this``; strict code gets its own
    variable environment."""
    from ajgi_tx.errors import CompileError
    from runtime.errors import throw_syntax_error
    from runtime.envs import Env

    options = {"completion": True, "env": True, "strict": strict}
    try:
        compiled = compile_dynamic(source, "<eval>", options)
    except CompileError as e:
        throw_syntax_error(e.message)
    if strict or compiled.strict:
        env = Env(env)
    return _run_module(compiled, realm, this, env)


def _run_module(compiled, realm, this, env):
    """Runs env-mode eval code with ``this`` and variable environment ``env``."""
    sched.register_source(compiled.filename, compiled.source)
    g = realm.global_object.props
    exec(compiled.code, g)
    main = g.pop("_ajgi_main")
    return main(this, env)


def make_function_from_strings(realm, params, body):
    """``new Function(p1, p2, body)`` (15.3.2.1)."""
    from ajgi_tx.errors import CompileError
    from runtime.errors import throw_syntax_error

    src = "(function anonymous(%s\n) {\n%s\n})" % (",".join(params), body)
    try:
        compiled = compile_dynamic(src, "<function>", {"completion": True})
    except CompileError as e:
        throw_syntax_error(e.message)
    return execute(compiled, realm)


def uncaught(exc):
    """Converts an exception that escaped a script into a ScriptError."""
    from runtime.ops import get_prop, to_string, describe_thrown
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
