"""Pass 2: scopes and bindings (declare, then bind).

Input: the ESTree Program. Output: a :class:`ScopeInfo` side table; the
ESTree is not touched. After this pass the table's shape (scopes, bindings,
references) is fixed; only ``names.assign_names`` writes to it later, the
Python name of each Binding (``py_name``, ``slow_global``). The other
passes and the lowering only read it.

For every function (and the Program) it first *declares* everything ES5
hoists to the function (parameters, ``var`` names anywhere in the body,
function declarations, also inside blocks, ``arguments`` when referenced),
then *binds* every identifier reference to a :class:`Binding` by walking
the static scope chain: catch parameters (scoped to their catch block),
the function's own bindings, the self name of a named function expression,
the enclosing functions, and finally the global scope, where names that
were never declared become implicit globals.

Example::

    var a = 1;                      a      -> Binding(global var)
    function f(x) {                 f      -> Binding(global function)
        try { g(x) }                x      -> Binding(param of f)
        catch (e) { return e }      g      -> Binding(implicit global)
    }                               e      -> Binding(catch of f)

A function containing a direct ``eval(...)`` or a ``with`` statement is
*dynamic*: names inside it may be created or shadowed at run time, so the
lowering keeps its variables in a run-time environment. Every function
enclosing a dynamic one is dynamic too, since eval'd code can see (and
assign) their variables.
"""

from ajgi_tx.compiler.estree import iter_children

FUNCTION_TYPES = ("FunctionDeclaration", "FunctionExpression")


class Binding:
    """One declared (or implicitly global) JS variable."""

    __slots__ = ("name", "kind", "scope", "py_name", "captured", "assigned_inner",
                 "assigned", "function_nodes", "other_assignment", "slow_global",
                 "hoisted_reader")

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
            for b in list(sc.bindings.values()) + list(sc.catch_bindings):
                b.scope = None
            if isinstance(sc.self_binding, Binding):
                sc.self_binding.scope = None
            sc.parent = None
            sc.children = []
            sc.bindings = {}
        self.scopes = {}
        self.refs = {}
        self.catch = {}
        self.program_scope = None

    def binding(self, ident):
        return self.refs.get(id(ident))


def _is_strict(body):
    for stmt in body:
        if stmt.type != "ExpressionStatement" or stmt.directive is None:
            break
        if stmt.directive == "use strict":
            return True
    return False


def analyze_scopes(program):
    """Builds the :class:`ScopeInfo` for ``program`` (see module docstring)."""
    info = ScopeInfo()
    root = FunctionScope(program, None)
    root.strict = _is_strict(program.body)
    info.program_scope = root
    info.scopes[id(program)] = root
    _declare(info, root, program.body)
    _bind_function(info, root, program.body, [])
    _propagate_dynamic(root)
    return info


def _declare(info, scope, body_nodes):
    """Declaration pass over one function body (nested bodies excluded)."""
    stack = list(reversed(body_nodes))
    while stack:
        node = stack.pop()
        t = node.type
        if t == "VariableDeclaration":
            for d in node.declarations:
                name = d.id.name
                if name not in scope.bindings:
                    scope.var_names.append(name)
                scope.declare(name, "var")
        elif t == "FunctionDeclaration":
            scope.declare(node.id.name, "function")
            scope.function_decls.append(node)
            continue
        elif t == "FunctionExpression":
            continue
        elif t == "ClassDeclaration":
            scope.declare(node.id.name, "class")
        elif t == "WithStatement":
            scope.has_with = True
        children = list(iter_children(node))
        children.reverse()
        stack.extend(children)


def _new_function_scope(info, parent, fn):
    scope = FunctionScope(fn, parent)
    info.scopes[id(fn)] = scope
    parent.children.append(scope)
    scope.strict = parent.strict or id(fn) in info.class_code or _is_strict(fn.body.body)
    for p in fn.params:
        scope.params.append(p.name)
        scope.declare(p.name, "param")
    if fn.type == "FunctionExpression" and fn.id is not None:
        scope.self_binding = Binding(fn.id.name, "self", scope)
    _declare(info, scope, fn.body.body)
    return scope


def _lookup(scope, catch_stack, name):
    """Resolves ``name`` from ``scope`` outwards; None when undeclared."""
    for cb in reversed(catch_stack):
        if cb.name == name:
            return cb
    s = scope
    while s is not None:
        b = s.bindings.get(name)
        if b is not None:
            return b
        if s.self_binding is not None and s.self_binding.name == name:
            return s.self_binding
        if name == "arguments" and s.parent is not None:
            s.uses_arguments = True
            return s.declare("arguments", "arguments")
        # catch scopes of the enclosing function that contain this function
        for cb in reversed(getattr(s, "outer_catch", ())):
            if cb.name == name:
                return cb
        s = s.parent
    return None


def _record_ref(info, scope, catch_stack, ident, write, value_node=None):
    name = ident.name
    info.all_names.add(name)
    b = _lookup(scope, catch_stack, name)
    if b is None:
        root = scope
        while root.parent is not None:
            root = root.parent
        b = root.declare(name, "implicit")
    info.refs[id(ident)] = b
    if b.scope is not scope:
        b.captured = True
        if write:
            b.assigned_inner = True
    if write:
        b.assigned = True
        if b.is_global:
            scope.globals_assigned.add(name)
        elif b.scope is not scope:
            scope.nonlocals.add(b)
        if value_node is not None and value_node.type == "FunctionExpression":
            b.function_nodes.append(value_node)
        else:
            b.other_assignment = True
    return b


def _bind_function(info, scope, body_nodes, catch_stack):
    """Binding pass over one function body; recurses into nested functions
    (function nesting is shallow; expression nesting is walked iteratively)."""
    for fd in scope.function_decls:
        b = scope.bindings[fd.id.name]
        b.function_nodes.append(fd)
    # explicit stack of (node, catch_stack) with exit markers for catch scopes
    work = [(n, catch_stack) for n in reversed(body_nodes)]
    while work:
        node, cstack = work.pop()
        t = node.type
        if t == "Identifier":
            _record_ref(info, scope, cstack, node, write=False)
            continue
        if t in FUNCTION_TYPES:
            child = _new_function_scope(info, scope, node)
            child.outer_catch = list(cstack)
            if node.type == "FunctionDeclaration":
                for cb in cstack:
                    cb.hoisted_reader = True
            if node.type == "FunctionDeclaration":
                info.all_names.add(node.id.name)
            elif node.id is not None:
                info.all_names.add(node.id.name)
            for p in node.params:
                info.all_names.add(p.name)
            _bind_function(info, child, node.body.body, [])
            continue
        if t == "ThisExpression":
            scope.uses_this = True
            continue
        if t == "MemberExpression":
            work.append((node.object, cstack))
            if node.computed:
                work.append((node.property, cstack))
            continue
        if t in ("Property", "MethodDefinition"):
            if node.computed:
                work.append((node.key, cstack))
            work.append((node.value, cstack))
            continue
        if t in ("ClassDeclaration", "ClassExpression"):
            # the class name inside the class is a binding of its own
            # (immutable; a declaration's outer one may be reassigned)
            if t == "ClassDeclaration":
                _record_ref(info, scope, cstack, node.id, write=True)
            inner = cstack
            if node.id is not None:
                info.all_names.add(node.id.name)
                cb = Binding(node.id.name, "classself", scope)
                scope.catch_bindings.append(cb)
                info.catch[id(node)] = cb
                inner = cstack + [cb]
            for element in node.body.body:
                info.class_code.add(id(element.value))
                work.append((element, inner))
            if node.superClass is not None:
                work.append((node.superClass, inner))
            continue
        if t == "MetaProperty":
            scope.uses_new_target = True
            continue
        if t in ("LabeledStatement",):
            work.append((node.body, cstack))
            continue
        if t in ("BreakStatement", "ContinueStatement"):
            continue
        if t == "VariableDeclarator":
            if node.init is not None:
                _record_ref(info, scope, cstack, node.id, write=True, value_node=node.init)
                work.append((node.init, cstack))
            else:
                info.all_names.add(node.id.name)
                b = _lookup(scope, cstack, node.id.name)
                info.refs[id(node.id)] = b
            continue
        if t == "AssignmentExpression" and node.left.type == "Identifier":
            _record_ref(info, scope, cstack, node.left, write=True,
                        value_node=node.right if node.operator == "=" else None)
            work.append((node.right, cstack))
            continue
        if t == "UpdateExpression" and node.argument.type == "Identifier":
            _record_ref(info, scope, cstack, node.argument, write=True)
            continue
        if t == "ForInStatement":
            left = node.left
            if left.type == "VariableDeclaration":
                ident = left.declarations[0].id
                _record_ref(info, scope, cstack, ident, write=True)
                if left.declarations[0].init is not None:
                    work.append((left.declarations[0].init, cstack))
            elif left.type == "Identifier":
                _record_ref(info, scope, cstack, left, write=True)
            else:
                work.append((left, cstack))
            work.append((node.body, cstack))
            work.append((node.right, cstack))
            continue
        if t == "CatchClause":
            name = node.param.name
            info.all_names.add(name)
            cb = Binding(name, "catch", scope)
            scope.catch_bindings.append(cb)
            info.catch[id(node)] = cb
            info.refs[id(node.param)] = cb
            inner = cstack + [cb]
            work.append((node.body, inner))
            continue
        if t == "CallExpression" and node.callee.type == "Identifier" and node.callee.name == "eval":
            scope.has_direct_eval = True
        if t == "UnaryExpression" and node.operator == "delete" and node.argument.type == "Identifier":
            _record_ref(info, scope, cstack, node.argument, write=False)
            continue
        children = list(iter_children(node))
        for c in reversed(children):
            work.append((c, cstack))
    if scope.has_direct_eval and scope.parent is not None and "arguments" not in scope.bindings:
        # eval code can name `arguments` (eval("arguments")): the function
        # makes the object and keeps it in its Env like any variable
        scope.uses_arguments = True
        scope.declare("arguments", "arguments")


def _propagate_dynamic(root):
    """Marks dynamic functions (direct eval / with) and all their ancestors.
    A function with a direct eval also "uses this": eval code sees it."""
    order = []
    stack = [root]
    while stack:
        s = stack.pop()
        order.append(s)
        stack.extend(s.children)
    for s in reversed(order):
        if s.has_direct_eval:
            s.uses_this = True
        if s.has_direct_eval or s.has_with or any(c.dynamic for c in s.children):
            s.dynamic = True
