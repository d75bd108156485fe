"""Pass 2: scopes and bindings (declare, then bind).

Input: the ESTree Program. Output: a :class:`ScopeInfo` side table
(compiler/bindings.py holds its types); the ESTree is not touched. After this pass the table's shape (scopes, bindings,
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

ES2015 lexical declarations (``let``, ``const``, ``class``, and function
declarations inside blocks) are bound per block: a block, ``switch`` or
loop head that declares any gets a *frame* (name -> Binding) on the same
stack as catch parameters. The Bindings still belong to the enclosing
FunctionScope (they become Python locals of that function, renamed by
names.py when two blocks or an outer name collide). For each reference the
pass also decides whether it needs a temporal-dead-zone check: not when
it provably runs after the declaration (same function, later in the text,
not across ``switch`` cases; or inside a function *expression* created
after it). Early errors (redeclarations) are raised here, most of them by
the declaration half (compiler/declarations.py).

A function containing a direct ``eval(...)`` or a ``with`` statement is
*dynamic*: names inside it may be created or shadowed at run time, so the
lowering keeps its variables in a run-time environment. Every function
enclosing a dynamic one is dynamic too, since eval'd code can see (and
assign) their variables.
"""

from ajgi_tx.compiler.bindings import (
    LEXICAL_KINDS, LOOP_TYPES, Binding, FunctionScope, ScopeError, ScopeInfo,
)
from ajgi_tx.compiler.declarations import (
    declare_body, frame_declarations, is_strict, lexical_declarations, new_function_scope,
    redeclared, unlabel,
)
from ajgi_tx.compiler.estree import (
    FUNCTION_NODE_TYPES as FUNCTION_TYPES, PATTERN_TYPES, function_body_nodes, iter_children,
    pattern_names,
)


def analyze_scopes(program):
    """Builds the :class:`ScopeInfo` for ``program`` (see module docstring);
    raises :class:`ScopeError` for an early error."""
    info = ScopeInfo()
    info.blockfns = {}  # id(block-level FunctionDeclaration) -> its lexical Binding
    info.annexb = {}  # id(sloppy block FunctionDeclaration) -> function-scoped var Binding
    root = FunctionScope(program, None)
    root.strict = is_strict(program.body)
    info.program_scope = root
    info.scopes[id(program)] = root
    declare_body(info, root, program.body)
    _bind_function(info, root, program.body, [])
    if _makes_global_code(root):
        # global code made from strings (indirect eval, new Function) sees
        # the top-level let/const: they live in an Env the realm publishes
        # (lower/lexical.py enter_function, runtime/host.py)
        root.dynamic = True
    _propagate_dynamic(root)
    return info


def _makes_global_code(root):
    """The script has top-level lexical bindings and names ``eval`` or
    ``Function`` (a ``constructor`` read reaching Function is not seen)."""
    return any(b.lexical for b in root.bindings.values()) and any(
        root.bindings.get(n) is not None and root.bindings[n].kind == "implicit"
        for n in ("eval", "Function"))


def _lookup(scope, frames, name, pos=None):
    """Resolves ``name`` from ``scope`` outwards; None when undeclared.
    ``frames`` are the block frames (catch parameters, lexical
    declarations) around the reference inside ``scope``; ``pos`` is the
    reference's source offset (None: not in parameter code)."""
    for frame in reversed(frames):
        b = frame.get(name)
        if b is not None:
            return b
    s = scope
    while s is not None:
        b = s.bindings.get(name)
        if b is not None and not _hidden_from_parameters(s, b, pos):
            return b
        if s.self_binding is not None and s.self_binding.name == name:
            return s.self_binding
        if name == "arguments" and s.parent is not None and not s.is_arrow:
            s.uses_arguments = True
            return s.declare("arguments", "arguments")
        # block frames of the enclosing function that contain this function
        for frame in reversed(getattr(s, "outer_catch", ())):
            b = frame.get(name)
            if b is not None:
                return b
        if pos is not None:
            pos = s.node.range[0]  # the outer function sees the reference where s stands
        s = s.parent
    return None


def _hidden_from_parameters(scope, b, pos):
    """True when ``b``, a body ``var`` or function declaration of
    ``scope``, is not visible at ``pos`` because ``pos`` lies in that
    function's parameter code: with parameter expressions (defaults,
    patterns) the body's variables live in an environment of their own,
    created after the parameters (ES2015 FunctionDeclarationInstantiation,
    step 28), so a default's closure sees the outer ``x``, not ``var x``."""
    if pos is None or scope.simple_params or scope.parent is None:
        return False
    if b.kind not in ("var", "function") or b.name in scope.params:
        return False
    return pos < scope.node.body.range[0]


def _initialised_before(scope, b, ident):
    """True when the reference ``ident`` (in ``scope``) to lexical ``b``
    provably runs after ``b``'s initialisation: in the same function later
    in the text, or in a function *expression* written after it (created
    after it, so called after it); never across switch cases (a jump to a
    later case skips the declaration)."""
    if b.kind == "blockfn":
        return True  # initialised at block entry
    if scope is b.scope:
        pos = ident.range[0]
    else:
        s = scope
        while s.parent is not b.scope:
            s = s.parent
        if s.node.type == "FunctionDeclaration":
            return False  # hoisted: may be called before
        pos = s.node.range[0]
    if pos < b.decl_end:
        return False
    return b.case_range is None or b.case_range[0] <= pos < b.case_range[1]


def _record_ref(info, scope, catch_stack, ident, write, value_node=None, init=False):
    name = ident.name
    info.all_names.add(name)
    b = _lookup(scope, catch_stack, name, ident.range[0])
    if b is None:
        root = scope
        while root.parent is not None:
            root = root.parent
        b = root.declare(name, "implicit")
    info.refs[id(ident)] = b
    if b.kind in LEXICAL_KINDS and not init and not _initialised_before(scope, b, ident):
        info.tdz_refs.add(id(ident))
        b.tdz = True
    if b.scope is not scope:
        b.captured = True
        if write:
            b.assigned_inner = True
        s = scope
        while s is not None and s is not b.scope:
            s.free_names.add(name)
            s.free_bindings.add(b)
            s = s.parent
    if write:
        b.assigned = True
        if b.is_global:
            scope.globals_assigned.add(name)
        elif b.scope is not scope:
            scope.nonlocals.add(b)
        if value_node is not None and value_node.type in ("FunctionExpression",
                                                          "ArrowFunctionExpression"):
            b.function_nodes.append(value_node)
        else:
            b.other_assignment = True
    return b


def _open_frame(info, scope, node, frames, in_loop):
    """The frame of a block-like node with lexical declarations (None when
    it has none); checks the block's early errors."""
    decls = frame_declarations(node)
    if not decls:
        return None
    frame = {}
    is_loop = node.type in LOOP_TYPES
    for entry in decls:
        ident, kind, decl, end = entry[:4]
        name = ident.name
        old = frame.get(name)
        if old is not None:
            if not (kind == "blockfn" and old.kind == "blockfn" and not scope.strict):
                raise redeclared(ident)
            # sloppy duplicates (B.3.3.4): one binding, the last function wins
            old.decl_node = decl
            old.function_nodes.append(decl)
            info.blockfns[id(decl)] = old
            continue
        b = Binding(name, kind, scope)
        b.decl_node, b.decl_end, b.frame_node, b.ident = decl, end, node, ident
        b.reentered = in_loop
        b.loop_head = is_loop
        if len(entry) > 4:
            b.case_range = tuple(entry[4].range)
        if kind == "blockfn":
            b.function_nodes.append(decl)
            b.annexb_var = info.annexb.get(id(decl))
            info.blockfns[id(decl)] = b
        frame[name] = b
        scope.lexical_bindings.append(b)
        info.all_names.add(name)
    info.frames[id(node)] = frame
    return frames + [frame]


def _check_statement_position(body):
    """``while (x) function f() {}``: a function declaration (labelled or
    not) is no loop or ``with`` body; only ``if`` has Annex B's allowance."""
    fd = unlabel(body)
    if fd.type == "FunctionDeclaration":
        raise ScopeError(fd, "In non-strict mode code, functions can only be declared at top level, "
                             "inside a block, or as the body of an if statement.")


def _check_var_name(frames, ident):
    """``var x`` inside a block (or loop head) that declares ``x`` lexically."""
    for frame in frames:
        b = frame.get(ident.name)
        if b is not None and b.kind in LEXICAL_KINDS:
            raise redeclared(ident, b.ident)


def _bind_pattern(info, scope, frames, target, work, in_loop, init):
    """A binding or assignment target: its names are written, its default
    values and computed keys are expressions evaluated in place."""
    if target.type == "Identifier":
        _record_ref(info, scope, frames, target, write=True, init=init)
        return
    for ident in pattern_names(target):
        if scope.strict and ident.name in ("eval", "arguments"):
            # esprima checks `eval = 1` but not the names inside a pattern
            # (`({ eval } = {})`): the same early error (ES2015 12.14.5.1)
            raise ScopeError(ident, "Unexpected eval or arguments in strict mode")
        _record_ref(info, scope, frames, ident, write=True, init=init)
    stack = [target]
    while stack:
        node = stack.pop()
        t = node.type
        if t == "ObjectPattern":
            for p in node.properties:
                if p.type == "Property":
                    if p.computed:
                        work.append((p.key, frames, in_loop))
                    stack.append(p.value)
                else:
                    stack.append(p)
        elif t == "ArrayPattern":
            stack.extend(e for e in node.elements if e is not None)
        elif t == "AssignmentPattern":
            work.append((node.right, frames, in_loop))
            stack.append(node.left)
        elif t == "RestElement":
            stack.append(node.argument)
        elif t != "Identifier":
            work.append((node, frames, in_loop))  # a member target of an assignment pattern


def _bind_function(info, scope, body_nodes, catch_stack):
    """Binding pass over one function body; recurses into nested functions
    (function nesting is shallow; expression nesting is walked iteratively)."""
    for fd in scope.function_decls:
        b = scope.bindings[fd.id.name]
        b.function_nodes.append(fd)
    # explicit stack of (node, frames, in a loop of this function)
    work = [(n, catch_stack, False) for n in reversed(body_nodes)]
    while work:
        node, cstack, in_loop = work.pop()
        t = node.type
        if t == "Identifier":
            _record_ref(info, scope, cstack, node, write=False)
            continue
        if t == "FunctionDeclaration" and id(node) not in info.blockfns \
                and node not in scope.function_decls:
            cstack = _open_frame(info, scope, node, cstack, in_loop)
        if t in FUNCTION_TYPES:
            child = new_function_scope(info, scope, node)
            child.outer_catch = list(cstack)
            if node.type == "FunctionDeclaration":
                for frame in cstack:
                    for cb in frame.values():
                        if cb.kind == "catch":
                            cb.hoisted_reader = True
                block_binding = info.blockfns.get(id(node))
                if block_binding is not None and block_binding.annexb_var is not None:
                    _record_write(scope, block_binding.annexb_var, node)
            if node.type == "FunctionDeclaration":
                info.all_names.add(node.id.name)
            elif node.id is not None:
                info.all_names.add(node.id.name)
            patterns = []
            for p in node.params:
                for ident in pattern_names(p):
                    info.all_names.add(ident.name)
                if p.type != "Identifier":
                    patterns.append(p)  # defaults, computed keys: code of the function
            _bind_function(info, child, patterns + function_body_nodes(node)
                           if node.body.type == "BlockStatement" else patterns + [node.body], [])
            continue
        if t in PATTERN_TYPES:  # a parameter pattern (the others are bound where they stand)
            _bind_pattern(info, scope, cstack, node, work, in_loop, init=True)
            continue
        if t == "ThisExpression":
            s = scope
            while s.is_arrow:  # an arrow's `this` is its enclosing function's
                s = s.parent
            s.uses_this = True
            continue
        if t == "MemberExpression":
            work.append((node.object, cstack, in_loop))
            if node.computed:
                work.append((node.property, cstack, in_loop))
            continue
        if t in ("Property", "MethodDefinition"):
            if node.computed:
                work.append((node.key, cstack, in_loop))
            work.append((node.value, cstack, in_loop))
            continue
        if t in ("ClassDeclaration", "ClassExpression"):
            # the class name inside the class is a binding of its own
            # (immutable; a declaration's outer one may be reassigned)
            if t == "ClassDeclaration":
                # a lexical binding (kind "class"), initialised once the class is evaluated
                _record_ref(info, scope, cstack, node.id, write=True, init=True)
            inner = cstack
            if node.id is not None:
                info.all_names.add(node.id.name)
                cb = Binding(node.id.name, "classself", scope)
                scope.catch_bindings.append(cb)
                info.catch[id(node)] = cb
                inner = cstack + [{node.id.name: cb}]
            for element in node.body.body:
                info.class_code.add(id(element.value))
                work.append((element, inner, in_loop))
            if node.superClass is not None:
                work.append((node.superClass, inner, in_loop))
            continue
        if t == "MetaProperty":
            s = scope
            while s.is_arrow:  # an arrow's new.target is its enclosing function's
                s = s.parent
            s.uses_new_target = True
            continue
        if t in ("LabeledStatement",):
            work.append((node.body, cstack, in_loop))
            continue
        if t in ("BreakStatement", "ContinueStatement"):
            continue
        if t == "VariableDeclaration":
            if node.kind == "var":
                for d in node.declarations:
                    for ident in pattern_names(d.id):
                        _check_var_name(cstack, ident)
            for d in reversed(node.declarations):
                work.append((d, cstack, in_loop))
            continue
        if t == "VariableDeclarator":
            if node.init is not None:
                if node.id.type == "Identifier":
                    _record_ref(info, scope, cstack, node.id, write=True, value_node=node.init,
                                init=True)
                else:
                    _bind_pattern(info, scope, cstack, node.id, work, in_loop, init=True)
                work.append((node.init, cstack, in_loop))
            else:
                for ident in pattern_names(node.id):
                    info.all_names.add(ident.name)
                    info.refs[id(ident)] = _lookup(scope, cstack, ident.name)
            continue
        if t == "AssignmentExpression" and node.left.type == "Identifier":
            _record_ref(info, scope, cstack, node.left, write=True,
                        value_node=node.right if node.operator == "=" else None)
            work.append((node.right, cstack, in_loop))
            continue
        if t == "AssignmentExpression" and node.left.type in ("ObjectPattern", "ArrayPattern"):
            work.append((node.right, cstack, in_loop))
            _bind_pattern(info, scope, cstack, node.left, work, in_loop, init=False)
            continue
        if t == "UpdateExpression" and node.argument.type == "Identifier":
            _record_ref(info, scope, cstack, node.argument, write=True)
            continue
        if t in ("ForInStatement", "ForOfStatement"):
            _check_statement_position(node.body)
            inner = _open_frame(info, scope, node, cstack, in_loop) or cstack
            left = node.left
            if left.type == "VariableDeclaration":
                decl = left.declarations[0]
                if left.kind == "var":
                    for ident in pattern_names(decl.id):
                        _check_var_name(cstack, ident)
                _bind_pattern(info, scope, inner, decl.id, work, True, init=left.kind != "var")
                if decl.init is not None:
                    work.append((decl.init, cstack, in_loop))
            else:
                _bind_pattern(info, scope, inner, left, work, True, init=False)
            work.append((node.body, inner, True))
            work.append((node.right, inner, in_loop))
            continue
        if t == "ForStatement":
            _check_statement_position(node.body)
        if t in ("BlockStatement", "SwitchStatement", "ForStatement"):
            inner = _open_frame(info, scope, node, cstack, in_loop) or cstack
            loop = in_loop or t == "ForStatement"
            if t == "SwitchStatement":
                for case in reversed(node.cases):
                    work.append((case, inner, in_loop))
                work.append((node.discriminant, cstack, in_loop))
                continue
            for c in reversed(list(iter_children(node))):
                work.append((c, inner, loop))
            continue
        if t in LOOP_TYPES or t == "WithStatement":
            _check_statement_position(node.body)
        if t in LOOP_TYPES:
            for c in reversed(list(iter_children(node))):
                work.append((c, cstack, True))
            continue
        if t == "CatchClause" and node.param.type != "Identifier":
            # catch ({a, b}): the exception in a hidden catch binding, the
            # pattern's names catch bindings of the same block
            cb = Binding("\0catch", "catch", scope)
            scope.catch_bindings.append(cb)
            info.catch[id(node)] = cb
            frame = {"\0catch": cb}
            for ident in pattern_names(node.param):
                info.all_names.add(ident.name)
                for lident, _, _, _ in lexical_declarations(node.body.body, True):
                    if lident.name == ident.name:
                        raise redeclared(lident)
                pb = Binding(ident.name, "catch", scope)
                scope.catch_bindings.append(pb)
                frame[ident.name] = pb
            inner = cstack + [frame]
            _bind_pattern(info, scope, inner, node.param, work, in_loop, init=True)
            work.append((node.body, inner, in_loop))
            continue
        if t == "CatchClause":
            name = node.param.name
            info.all_names.add(name)
            for ident, _, _, _ in lexical_declarations(node.body.body, True):
                if ident.name == name:
                    raise redeclared(ident)
            cb = Binding(name, "catch", scope)
            scope.catch_bindings.append(cb)
            info.catch[id(node)] = cb
            info.refs[id(node.param)] = cb
            inner = cstack + [{name: cb}]
            work.append((node.body, inner, in_loop))
            continue
        if t == "CallExpression" and node.callee.type == "Identifier" and node.callee.name == "eval":
            scope.has_direct_eval = True
        if t == "UnaryExpression" and node.operator == "delete" and node.argument.type == "Identifier":
            _record_ref(info, scope, cstack, node.argument, write=False)
            continue
        children = list(iter_children(node))
        for c in reversed(children):
            work.append((c, cstack, in_loop))
    if scope.has_direct_eval and scope.parent is not None and "arguments" not in scope.bindings \
            and not scope.is_arrow:
        # eval code can name `arguments` (eval("arguments")): the function
        # makes the object and keeps it in its Env like any variable
        scope.uses_arguments = True
        scope.declare("arguments", "arguments")


def _record_write(scope, b, value_node):
    """The Annex B.3.3 copy of a sloppy block function into its
    function-scoped variable, made where the declaration is evaluated."""
    b.assigned = True
    if b.is_global:
        scope.globals_assigned.add(b.name)
    b.function_nodes.append(value_node)



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
            f = s
            while f.is_arrow:  # eval code in an arrow sees its enclosing function's `this`
                f = f.parent
            f.uses_this = True
        if s.has_direct_eval or s.has_with or any(c.dynamic for c in s.children):
            s.dynamic = True
