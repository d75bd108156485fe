"""Running compiled scripts: realm set-up, execution, uncaught errors.

Example::

    from ajgi_tx.runner import run_source
    run_source('console.log(1 + 1)', 'two.js')      # prints 2

``run_source`` raises :class:`ajgi_tx.errors.CompileError` for scripts that
do not compile and :class:`ajgi_tx.errors.ScriptError` for an uncaught JS
exception (with the JS name, message and stack).
"""

import functools
import types

from ajgi_tx.errors import CompileError, ScriptError
from runtime.errors import throw_syntax_error
from runtime.builtins.error import stack_bottom
from runtime.host import attach_compiler, execute, new_realm
from runtime.realm import REALM
from runtime.uncaught import describe_uncaught



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


class DynamicCompiler:
    """The compiler service the runtime's realms use for eval and ``new
    Function`` (runtime.host.Compiler): through the cache, an in-process LRU
    even when no cache directory is configured."""

    def compile_dynamic(self, source, filename, options):
        """A compile error is thrown as a JS SyntaxError, as eval code must."""
        from ajgi_tx import cache

        try:
            return cache.compile_text_cached(source, filename, cache.configured_cache_dir(), options,
                                             write_source=False)
        except CompileError as e:
            throw_syntax_error(e.message)


COMPILER = DynamicCompiler()


class OffLoopCompiler(DynamicCompiler):
    """The server's compiler service: a text not in the in-process LRU is
    compiled in the compile thread (ajgi_tx/compile_thread.py) while the
    script's greenlet waits (runtime.sched.settle), so a script that evals a
    large text does not stop every other connection for the compile; its
    CPU is still charged to the script. Outside a script runner (nothing to
    suspend) it compiles in place, as DynamicCompiler does."""

    def compile_dynamic(self, source, filename, options):
        from ajgi_tx import cache
        from ajgi_tx.compile_thread import compile_for_script
        from runtime.agi import fairness
        from runtime.sched import settle

        cache_dir = cache.configured_cache_dir()
        hit = cache.text_cached(source, filename, cache_dir, options)
        if hit is not None:
            return hit
        if fairness.script_runner() is None:
            return super().compile_dynamic(source, filename, options)
        try:
            script = settle(compile_for_script(functools.partial(
                cache.compile_text, source, filename, cache_dir, options, write_source=False)), "eval")
        except CompileError as e:
            throw_syntax_error(e.message)
        cache.remember_text(source, filename, cache_dir, options, script)
        return script


OFF_LOOP_COMPILER = OffLoopCompiler()


def create_realm(write=None):
    """A fresh realm with console, eval and the compiler attached."""
    realm = new_realm(write)
    attach_compiler(realm, COMPILER)
    return realm


def uncaught(exc):
    """Converts an exception that escaped a script into a ScriptError. Runs
    script code (the thrown value's getters): see runtime.uncaught."""
    u = describe_uncaught(exc)
    return ScriptError(u.name, u.message, u.stack, u.value, u.location)


@stack_bottom  # error stacks stop here: no JS frame lies below
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
