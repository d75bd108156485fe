"""The compiler: ES5.1 script text -> Python code object.

The pipeline, in order (each pass is one module with one entry function)::

    program = parse.parse_program(source, filename)          # ESTree, ES5 gate
    scopes  = scope.analyze_scopes(program)                   # side table: bindings
    names   = names.assign_names(scopes)                      # Binding -> Python name
    effects = effects.analyze_effects(program, scopes)        # side table: async functions
    module  = lower.lower_program(program, scopes, effects,...)  # Python ast.Module
    code    = emit.to_code(module, filename)                  # code object

The code object defines ``_ajgi_main(this)`` (``async def`` when the top
level may block); :mod:`ajgi_tx.runner` executes it with the global
object's dict as its globals. See docs/architecture.md.
"""

import gc
import sys

COMPILER_VERSION = "10"

# The passes are imported on first use (load_passes): running a script from
# the compile cache needs COMPILER_VERSION only, and importing the passes
# (esprima, the lowering) costs ~25 ms of every `python -m ajgi_tx run`.


def load_passes():
    """Imports every pass (a forking AOT build does it once, up front)."""
    from ajgi_tx.compiler import effects, emit, names, needs, numeric, parse, scope  # noqa: F401
    from ajgi_tx.compiler.lower import lower_program  # noqa: F401


class CompiledScript:
    """The result of compiling one script."""

    def __init__(self, filename, source, code, module, is_async, helpers, strict=False):
        self.strict = strict
        self.filename = filename
        self.source = source
        self.code = code
        self.module = module
        self.is_async = is_async
        self.helpers = helpers

    def python_source(self):
        """Readable Python source (astor), for the cache and ``--dump py``."""
        from ajgi_tx.compiler import emit

        header = "# ajgi_tx compiled %s (compiler %s)\n" % (self.filename, COMPILER_VERSION)
        return emit.to_source(self.module, header)


def analyze(source, filename="<script>", options=None):
    """Runs the analysis passes; returns (program, scopes, names, effects)."""
    from ajgi_tx.compiler import effects, names, parse, scope

    program = parse.parse_program(source, filename, bool((options or {}).get("strict")))
    scopes = scope.analyze_scopes(program)
    alloc = names.assign_names(scopes)
    eff = effects.analyze_effects(program, scopes)
    return program, scopes, alloc, eff


def compile_source(source, filename="<script>", options=None):
    """Compiles ES5.1 ``source``; raises ``ajgi_tx.errors.CompileError``."""
    if sys.getrecursionlimit() < 20000:
        sys.setrecursionlimit(20000)
    # The passes allocate hundreds of thousands of short-lived nodes and no
    # cycles worth collecting: the cyclic GC would only rescan them
    # (measured: it made a 2,000-line compile up to 50% slower).
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _compile(source, filename, options)
    finally:
        if enabled:
            gc.enable()


def _too_deep(program, filename, source):
    from ajgi_tx.compiler.estree import deepest, position
    from ajgi_tx.errors import CompileError

    line, col = position(deepest(program))
    return CompileError("script nests too deeply to compile", filename, line, col + 1, source)


def _compile(source, filename, options):
    from ajgi_tx.compiler import blocks, emit, needs, numeric
    from ajgi_tx.compiler.lower import lower_program

    program, scopes, alloc, eff = analyze(source, filename, options)
    nums = numeric.analyze_numeric(program, scopes)
    lazy = needs.analyze_needs(program, scopes)
    if needs.may_reshape_globals(program, lazy):
        for b in scopes.program_scope.bindings.values():
            if b.is_global:
                b.slow_global = True
    try:
        module, helpers = lower_program(program, scopes, eff, filename, source, alloc, options, nums,
                                        lazy)
        blocks.hoist_deep_blocks(module)
        code = emit.to_code(module, filename)
    except (RecursionError, MemoryError):
        # Nesting the parser accepted (a 10,000-deep member chain) can
        # still be too deep for the recursive lowering or for CPython's
        # compiler: a clean error at the deepest point, like node's
        # "nests too deeply to parse".
        raise _too_deep(program, filename, source) from None
    result = CompiledScript(filename, source, code, module, eff.is_async(program), helpers,
                            scopes.program_scope.strict)
    scopes.release()
    return result
