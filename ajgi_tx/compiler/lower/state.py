"""Lowering state: the Lowerer (one per compilation) and the per-function
and per-jump records it keeps while it walks the ESTree. Every attribute
the handlers use is declared here."""

import contextlib

from ajgi_tx.errors import CompileError
from ajgi_tx.compiler.pyast import Builder

# Statements whose completion value ES2015 turns from empty into undefined
# (UpdateEmpty(..., undefined)); for-of does so itself (lower/iteration.py).
UPDATE_EMPTY = frozenset(("IfStatement", "WhileStatement", "DoWhileStatement", "ForStatement",
                          "ForInStatement", "SwitchStatement", "WithStatement", "TryStatement"))


class JumpTarget:
    """A loop, switch or labeled statement, always lowered to one Python
    loop, so that ``break``/``continue`` are Python jumps where possible."""

    def __init__(self, kind, labels, node):
        self.kind = kind  # "loop" | "switch" | "block"
        self.labels = set(labels)
        self.node = node
        self.break_id = None
        self.continue_id = None
        self.escapes = []  # (target, "break"|"continue") jumps leaving this loop
        self.has_continue = False


class FunctionContext:
    """Per-Python-function lowering state."""

    def __init__(self, scope, node, is_async):
        self.scope = scope
        self.node = node
        self.is_async = is_async
        self.temp_count = 0
        self.jumps = []
        self.uses_jump_var = False
        self.strict = scope.strict
        self.env_var = None  # Python name of the innermost run-time Env (dynamic code)
        self.parent_env = None  # env var of the enclosing code at the def
        self.with_depth = 0
        self.outer_with = False  # defined inside a with body: free names are dynamic
        self.block_envs = set()  # env variables of with/catch blocks (reassigned per entry)
        self.depth = 0
        self.with_count = 0  # with blocks so far (their Env variables' numbers)
        self.catch_count = 0  # catch blocks with an Env so far
        self.jump_ids = 0  # jump-variable codes handed out (labeled break/continue)
        self.use_args = False  # the def takes *_ajgi_args (it makes `arguments`)
        self.lexical_envs = {}  # id(let/const Binding of eval/with code) -> its Env variable
        self.lexical_count = 0  # block Envs made so far (their variables' numbers)
        self.lexical_saved = []  # env_var of the code around each open block Env
        self.extras = None  # lower/classes.py FunctionExtras: method, accessor, class constructor
        self.outer = None  # the FunctionContext of the enclosing function (arrows: super, new.target)
        self.assigns_outer_this = False  # an arrow calling super(): `nonlocal this` (lower/classes.py)
        self.known_types = {}  # Python name of a local -> its only type (lower/literal_types.py)
        self.string_tables = {}  # Python name of a local -> its fixed strings (lower/string_tables.py)


class Lowerer:
    """State shared by all handlers for one compilation."""

    def __init__(self, program, scopes, effects, filename, source, names, options=None, numeric=(),
                 statements=None, expressions=None, counters=frozenset(), int_counters=frozenset()):
        self.statements = statements  # node.type -> handler (lower/__init__.py)
        self.expressions = expressions
        self.numeric = numeric
        self.counters = counters  # numeric Bindings holding only indices (numeric.analyze_counters)
        self.int_counters = int_counters  # of them, those held as Python ints (lower/ints.py)
        self.program = program
        self.scopes = scopes
        self.effects = effects
        self.filename = filename
        self.source = source
        self.names = names
        self.b = Builder()
        self.b.known_type = lambda name: self.fn.known_types.get(name) if self.fn else None
        self.fn = None
        self.pre = []  # statements that must run before the current statement
        self.leaves = None  # id(JS node) -> lowered value standing for it (lower/speculate.py)
        self.element_region = False  # lowering a region's copies (lower/element_reads.py)
        # the item of an index loop standing for its body's first ``a[k]``
        # read (lower/array_loops.py): a LoopItem, or None
        self.loop_item = None
        self.element_facts = {}  # (id(JS node), use) -> its facts (lower/element_reads.py)
        self.fn_count = 0
        self.fn_names = {}  # id(anonymous function node) -> its inferred name (functions.py)
        self.call_spreads = set()  # id(SpreadElement) of call/new arguments (iteration.py)
        self.options = options or {}
        self.checkpoints = self.options.get("checkpoints", True)

    # -- errors ------------------------------------------------------------
    def unsupported(self, node, what):
        loc = node.loc
        raise CompileError(what, self.filename, loc.start.line if loc else 0,
                           (loc.start.column + 1) if loc else 0, self.source, kind="unsupported")

    def syntax_error(self, node, what):
        loc = node.loc
        raise CompileError(what, self.filename, loc.start.line if loc else 0,
                           (loc.start.column + 1) if loc else 0, self.source)

    # -- temporaries and pre-statements --------------------------------------
    def temp(self):
        self.fn.temp_count += 1
        return "_ajgi_t%d" % self.fn.temp_count

    @contextlib.contextmanager
    def capture(self):
        """Collects pre-statements emitted while lowering one expression."""
        saved = self.pre
        self.pre = []
        box = self.pre
        try:
            yield box
        finally:
            self.pre = saved

    # -- dispatch ----------------------------------------------------------
    def stmt(self, node):
        """Lowers one statement to a list of Python statements."""
        handler = self.statements.get(node.type)
        if handler is None:
            self.unsupported(node, node.type)
        self.b.at(node)
        with self.capture() as pre:
            out = handler(self, node)
        if node.type in UPDATE_EMPTY and self.completion_code():
            # eval code: a control statement's completion value is undefined
            # unless its body produces one (ES2015 UpdateEmpty(stmt, undefined)),
            # so `eval("1; if (true) {}")` is undefined, not 1
            pre = [self.b.assign("_ajgi_cv", self.b.rt("undef"))] + pre
        return pre + out if pre else out

    def completion_code(self):
        """True while lowering eval code's top level, which tracks the
        completion value in ``_ajgi_cv``."""
        return bool(self.options.get("completion")) and self.fn.node.type == "Program"

    def stmts(self, nodes):
        from ajgi_tx.compiler.lower.speculate import speculated_run

        out = []
        i = 0
        while i < len(nodes):
            run = speculated_run(self, nodes, i)
            if run is not None:
                count, lowered = run
                out.extend(lowered)
                i += count
                continue
            out.extend(self.stmt(nodes[i]))
            i += 1
        return out

    def expr(self, node):
        """Lowers an expression whose value is used."""
        if self.leaves is not None and id(node) in self.leaves:
            return self.leaves[id(node)]
        handler = self.expressions.get(node.type)
        if handler is None:
            self.unsupported(node, node.type)
        self.b.at(node)
        r = handler(self, node)
        return r

    def expr_discard(self, node):
        """Lowers an expression evaluated for its effects only; returns a
        list of statements (assignments and updates become plain ones)."""
        from ajgi_tx.compiler.lower.targets import lower_discarded

        return lower_discarded(self, node)
