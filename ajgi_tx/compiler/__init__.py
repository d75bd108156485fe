"""The compiler: ES5.1 script text -> Python code object.

The pipeline is :func:`analyze` (the analysis passes, in order, each one
module with one entry function, results gathered in one :class:`Analysis`
record) followed by lowering and emission in :func:`compile_source`::

    program = parse.parse_program(source, filename, strict)  # ESTree, ES5 gate
    scopes  = scope.analyze_scopes(program)                   # side table: bindings
    lazy    = needs.analyze_needs(program, scopes)            # globals the realm must install
    names   = names.assign_names(scopes, reshaped)            # Binding -> Python name / slow_global
    effects = effects.analyze_effects(program, scopes, lazy)  # side table: async functions
    numbers = numeric.analyze_numeric(program, scopes)        # number-only locals
    counters = numeric.analyze_counters(program, scopes, numbers)  # of them, the index counters
    ints    = int_counters.analyze_int_counters(program, scopes, counters, numbers)  # of those, kept as ints
    module  = lower.lower_program(program, analysis...)       # Python ast.Module
    module  = blocks.hoist_deep_blocks(module)                # CPython's nesting limit
    code    = emit.to_code(module, filename)                  # code object

The code object defines ``_ajgi_main(this)`` (``async def`` when the top
level may block); :mod:`ajgi_tx.runner` executes it with the global
object's dict as its globals. See docs/architecture.md.
"""

import gc
import sys
import typing

COMPILER_VERSION = "22"

# The passes are imported on first use (load_passes): running a script from
# the compile cache needs COMPILER_VERSION only, and importing the passes
# (esprima, the lowering) costs ~25 ms of every `python -m ajgi_tx run`.


def load_passes():
    """Imports every pass (a forking AOT build does it once, up front)."""
    from ajgi_tx.compiler import blocks, effects, emit, names, needs, numeric, parse, scope  # noqa: F401
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
        import hashlib

        from ajgi_tx.compiler import emit

        from runtime.abi import ABI_FINGERPRINT

        # the source's hash ties a dumped or cached module to the JS it came from
        digest = hashlib.sha256(self.source.encode("utf-8", "surrogatepass")).hexdigest()[:16]
        header = "# ajgi_tx compiled %s (compiler %s, runtime ABI %s, source sha256 %s)\n" % (
            self.filename, COMPILER_VERSION, ABI_FINGERPRINT, digest)
        return emit.to_source(self.module, header)


class Analysis(typing.NamedTuple):
    """Everything the analysis passes found out about one script (a named
    tuple, not a dataclass: the cached-run path imports this module and
    must stay cheap)."""

    program: object  # ESTree Program (never mutated after parse)
    scopes: object  # scope.ScopeInfo (Bindings named by names.assign_names)
    lazy_globals: tuple  # needs.analyze_needs: globals the module installs on load
    names: object  # names.NameAllocator: fresh Python names for the lowering
    effects: object  # effects.EffectInfo: async functions, call modes
    numeric: frozenset  # numeric.analyze_numeric: number-only Bindings
    counters: frozenset  # numeric.analyze_counters: numeric Bindings that only count up from 0
    int_counters: frozenset  # int_counters.analyze_int_counters: counters kept as Python ints

    @property
    def is_async(self):
        return self.effects.is_async(self.program)


def analyze(source, filename="<script>", options=None):
    """The analysis passes, in order; returns an :class:`Analysis`."""
    from ajgi_tx.compiler import effects, int_counters, names, needs, numeric, parse, scope

    program = parse.parse_program(source, filename, bool((options or {}).get("strict")))
    try:
        scopes = scope.analyze_scopes(program)
    except scope.ScopeError as e:  # an early error: a JS SyntaxError at its node
        from ajgi_tx.compiler.estree import position
        from ajgi_tx.errors import CompileError

        line, col = position(e.node)
        raise CompileError(e.message, filename, line, col + 1, source) from None
    lazy = needs.analyze_needs(program, scopes)
    alloc = names.assign_names(scopes, globals_reshaped=needs.may_reshape_globals(program, lazy))
    eff = effects.analyze_effects(program, scopes, lazy)
    nums = numeric.analyze_numeric(program, scopes)
    counters = numeric.analyze_counters(program, scopes, nums)
    return Analysis(program, scopes, lazy, alloc, eff, nums, counters,
                    int_counters.analyze_int_counters(program, scopes, counters, nums))


def compile_source(source, filename="<script>", options=None):
    """Compiles ES5.1 ``source``; raises ``ajgi_tx.errors.CompileError``."""
    from ajgi_tx.compiler import blocks, emit
    from ajgi_tx.compiler.lower import lower_program

    if sys.getrecursionlimit() < 20000:
        sys.setrecursionlimit(20000)
    # The passes allocate hundreds of thousands of short-lived nodes and no
    # cycles worth collecting: the cyclic GC would only rescan them
    # (measured: it made a 2,000-line compile up to 50% slower).
    enabled = gc.isenabled()
    gc.disable()
    try:
        a = analyze(source, filename, options)
        try:
            module, helpers = lower_program(a, filename, source, options)
            _check_abi(helpers)
            blocks.hoist_deep_blocks(module)
            code = emit.to_code(module, filename)
        except (RecursionError, MemoryError, SystemError):
            # Nesting the parser accepted (a 10,000-deep member chain) can
            # still be too deep for the recursive lowering or for CPython's
            # compiler: a clean error at the deepest point, like node's
            # "nests too deeply to parse".
            raise _too_deep(a.program, filename, source) from None
        result = CompiledScript(filename, source, code, module, a.is_async, helpers,
                                a.scopes.program_scope.strict)
        a.scopes.release()
        return result
    finally:
        if enabled:
            gc.enable()


def _check_abi(helpers):
    """Every helper the lowering used must be a runtime ABI export: a
    compiler that emits a name the runtime lacks fails here, at compile
    time, not with a NameError in some request."""
    from runtime.abi import check_helpers

    missing = check_helpers(helpers)
    if missing:
        raise RuntimeError("compiler emitted helpers missing from runtime/abi.py: %s"
                           % ", ".join(missing))


def _too_deep(program, filename, source):
    from ajgi_tx.compiler.estree import deepest, position
    from ajgi_tx.errors import CompileError

    line, col = position(deepest(program))
    return CompileError("script nests too deeply to compile", filename, line, col + 1, source)
