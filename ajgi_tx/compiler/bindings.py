"""The scope pass's side table (compiler/scope.py builds it): the
:class:`Binding` of each JS variable, the :class:`FunctionScope` of each
function body and the Program, and the :class:`ScopeInfo` that maps nodes
to them; also the early error the pass raises."""

LOOP_TYPES = ("WhileStatement", "DoWhileStatement", "ForStatement", "ForInStatement",
              "ForOfStatement")
LEXICAL_KINDS = ("let", "const", "class", "blockfn")


class ScopeError(Exception):
    """An early error found by the scope pass (``Identifier 'x' has already
    been declared``); the compiler turns it into a CompileError at ``node``."""

    def __init__(self, node, message):
        Exception.__init__(self, message)
        self.node = node
        self.message = message


class Binding:
    """One declared (or implicitly global) JS variable."""

    __slots__ = ("name", "kind", "scope", "py_name", "captured", "assigned_inner",
                 "assigned", "function_nodes", "other_assignment", "slow_global",
                 "hoisted_reader", "decl_node", "decl_end", "case_range", "reentered",
                 "loop_head", "tdz", "annexb_var", "frame_node", "ident")

    def __init__(self, name, kind, scope):
        self.name = name
        self.kind = kind  # var | param | function | catch | self | arguments | global | implicit
        self.scope = scope
        self.py_name = None
        self.captured = False  # read or written by a nested function
        self.assigned_inner = False  # written by a nested function (needs nonlocal)
        self.assigned = False  # written by anything except its declaration
        self.function_nodes = []  # function nodes whose value this binding holds
        self.other_assignment = False  # assigned a value that is not a known function
        self.slow_global = False  # global whose name is no usable Python name
        # catch parameter read by a function declaration inside its block
        # (hoisted out of it, so it cannot take the block's Env along)
        self.hoisted_reader = False
        # lexical bindings (LEXICAL_KINDS) only:
        self.decl_node = None  # the declaring node (declarator, class, function)
        self.decl_end = 0  # source offset after which the binding is initialised
        self.case_range = None  # (start, end) of its switch case: jumps can skip it
        self.reentered = False  # its block can run more than once per function call
        self.loop_head = False  # `for (let ...)` / `for (let k in ...)` binding
        self.tdz = False  # some reference needs the temporal-dead-zone check
        self.annexb_var = None  # sloppy block function: its function-scoped copy
        self.frame_node = None  # the block / switch / loop declaring it (None: function)
        self.ident = None  # its declaring Identifier

    @property
    def lexical(self):
        return self.kind in LEXICAL_KINDS

    @property
    def boxed(self):
        """A lexical binding that closures capture and whose block can run
        more than once per call (a loop body, a loop head): each entry
        (each iteration) needs a binding of its own, which a shared Python
        cell cannot be, so it is a one-element list made at block entry
        and handed to closures at their creation (lower/lexical.py)."""
        return self.captured and (self.reentered or self.loop_head) and not (
            self.kind == "blockfn" and self.scope.dynamic)  # eval/with code: stored in the Envs

    @property
    def per_entry(self):
        """A catch parameter that closures capture lives in an Env made
        each time its block runs: a loop's closures each keep their own
        exception, as JS's per-entry catch scope gives them (12.14)."""
        return self.kind == "catch" and self.captured and not self.hoisted_reader

    @property
    def is_global(self):
        return self.scope.parent is None and self.kind in ("var", "function", "global", "implicit")

    def __repr__(self):
        return "Binding(%s %s)" % (self.kind, self.name)


class FunctionScope:
    """The scope of a function body, or of the whole Program."""

    def __init__(self, node, parent):
        self.node = node
        self.parent = parent
        self.bindings = {}
        self.params = []
        self.var_names = []  # declared vars (not params/functions), in order
        self.function_decls = []  # FunctionDeclaration nodes, in source order
        self.catch_bindings = []
        self.self_binding = None  # named function expression's own name
        self.children = []
        self.uses_arguments = False
        self.uses_this = False
        self.has_direct_eval = False
        self.has_with = False
        self.dynamic = False
        self.strict = False
        self.uses_new_target = False  # reads new.target (lower/classes.py)
        self.globals_assigned = set()  # global names this function writes
        self.nonlocals = set()  # outer Bindings this function writes
        # an arrow function: `this` and `arguments` are its enclosing function's
        self.is_arrow = node.type == "ArrowFunctionExpression"
        self.simple_params = True  # no pattern, default or rest parameter
        self.lexical_bindings = []  # block-level lexical Bindings (not in `bindings`)
        self.free_names = set()  # names referenced in this subtree bound outside it
        self.free_bindings = set()  # those Bindings

    @property
    def is_program(self):
        return self.parent is None

    def declare(self, name, kind):
        b = self.bindings.get(name)
        if b is None:
            b = Binding(name, kind, self)
            self.bindings[name] = b
        elif kind == "function" and b.kind in ("var", "global"):
            b.kind = "function"
        return b


class ScopeInfo:
    """Side table produced by :func:`analyze_scopes`."""

    def __init__(self):
        self.scopes = {}  # id(function or program node) -> FunctionScope
        self.refs = {}  # id(Identifier node) -> Binding
        self.catch = {}  # id(CatchClause node) -> Binding
        self.program_scope = None
        self.all_names = set()  # every identifier name in the program
        self.frames = {}  # id(block/switch/loop node) -> {name: lexical Binding}
        self.tdz_refs = set()  # id(Identifier) whose read or write needs the TDZ check
        self.class_code = set()  # id(method FunctionExpression) of classes: strict code

    def scope_of(self, node):
        return self.scopes[id(node)]

    def release(self):
        """Breaks the table's reference cycles (scope <-> child scope,
        scope <-> binding) once compiling is done, so that reference
        counting frees the tables and the ESTree they hold at once. Left to
        the cyclic GC, a 2,000-line script's ~80,000 objects made one
        70 ms pause at some later request."""
        for b in list(self.refs.values()) + list(self.catch.values()):
            b.scope = None
        for sc in self.scopes.values():
            for b in list(sc.bindings.values()) + list(sc.catch_bindings) + sc.lexical_bindings:
                b.scope = None
            if isinstance(sc.self_binding, Binding):
                sc.self_binding.scope = None
            sc.parent = None
            sc.children = []
            sc.bindings = {}
        self.scopes = {}
        self.refs = {}
        self.catch = {}
        self.frames = {}
        self.program_scope = None

    def binding(self, ident):
        return self.refs.get(id(ident))

