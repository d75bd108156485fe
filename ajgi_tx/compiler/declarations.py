"""The declaration half of the scope pass (compiler/scope.py): what each
function body declares before any reference is bound. ES5 hoists
parameters, ``var`` names (anywhere in the body) and function declarations
to the function; ES2015 ``let``/``const``/``class`` and block functions are
scoped to their block (a *frame*); sloppy block functions also get a
function-scoped copy (Annex B.3.3). Early errors (redeclarations) are
raised here."""

from ajgi_tx.compiler.bindings import Binding, FunctionScope, ScopeError
from ajgi_tx.compiler.estree import (
    FUNCTION_NODE_TYPES as FUNCTION_TYPES, function_body_nodes, iter_children, pattern_names,
)


def is_strict(body):
    for stmt in body:
        if stmt.type != "ExpressionStatement" or stmt.directive is None:
            break
        if stmt.directive == "use strict":
            return True
    return False



def unlabel(stmt):
    while stmt.type == "LabeledStatement":
        stmt = stmt.body
    return stmt


def lexical_declarations(stmts, in_block):
    """(Identifier, kind, declaring node, initialised-after offset) for the
    lexical declarations of a statement list: ``let``/``const`` names,
    classes, and in a block (not a function body) function declarations."""
    out = []
    for stmt in stmts:
        stmt = unlabel(stmt)
        t = stmt.type
        if t == "VariableDeclaration" and stmt.kind in ("let", "const"):
            for d in stmt.declarations:
                for ident in pattern_names(d.id):
                    out.append((ident, stmt.kind, d, d.range[1]))
        elif t == "ClassDeclaration" and stmt.id is not None:
            out.append((stmt.id, "class", stmt, stmt.range[1]))
        elif t == "FunctionDeclaration" and in_block:
            out.append((stmt.id, "blockfn", stmt, 0))
    return out


def redeclared(node, other=None):
    """The early error, reported at the later of the two declarations (as node does)."""
    if other is not None and other.range[0] > node.range[0]:
        node = other
    return ScopeError(node, "Identifier '%s' has already been declared" % node.name)


def frame_declarations(node):
    """The lexical declarations a block-like node scopes, or () for none."""
    t = node.type
    if t == "BlockStatement":
        return lexical_declarations(node.body, True)
    if t == "SwitchStatement":
        out = []
        for case in node.cases:
            for decl in lexical_declarations(case.consequent, True):
                out.append(decl + (case,))
        return out
    if t == "ForStatement":
        init = node.init
        if init is not None and init.type == "VariableDeclaration" and init.kind != "var":
            return lexical_declarations([init], True)
        return ()
    if t == "FunctionDeclaration":  # `if (x) function f() {}`: as if in a block (B.3.4)
        return [(node.id, "blockfn", node, 0)]
    if t in ("ForInStatement", "ForOfStatement"):
        left = node.left
        if left.type == "VariableDeclaration" and left.kind != "var":
            # the right-hand side is evaluated with the names in TDZ (13.7.5.12)
            return [(ident, left.kind, left.declarations[0], node.right.range[1])
                    for ident in pattern_names(left.declarations[0].id)]
    return ()


def declare_body(info, scope, body_nodes):
    """Declaration pass over one function body (nested bodies excluded):
    its ``var`` names (anywhere), top-level function declarations, its own
    top-level lexical declarations, and the function-scoped copies of sloppy
    block functions (Annex B.3.3)."""
    lexical = {}
    for ident, kind, decl, end in lexical_declarations(body_nodes, False):
        name = ident.name
        if name in lexical or name in scope.bindings:  # a parameter or an earlier one
            raise redeclared(ident)
        b = Binding(name, kind, scope)
        b.decl_node, b.decl_end, b.ident = decl, end, ident
        scope.bindings[name] = b
        lexical[name] = b
        info.all_names.add(name)
    top = {id(unlabel(s)) for s in body_nodes}
    annexb = []
    stack = [(n, frozenset()) for n in reversed(body_nodes)]
    while stack:
        node, outer_lexical = stack.pop()
        t = node.type
        if t == "VariableDeclaration" and node.kind == "var":
            for d in node.declarations:
                for ident in pattern_names(d.id):
                    name = ident.name
                    if name in lexical:
                        raise redeclared(ident, lexical[name].ident)
                    if name not in scope.bindings:
                        scope.var_names.append(name)
                    scope.declare(name, "var")
        elif t == "FunctionDeclaration":
            if id(node) in top:
                if node.id.name in lexical:
                    raise redeclared(node.id, lexical[node.id.name].ident)
                scope.declare(node.id.name, "function")
                scope.function_decls.append(node)
            elif not scope.strict and node.id.name not in lexical \
                    and node.id.name not in scope.params and node.id.name not in outer_lexical:
                annexb.append(node)
            continue
        elif t in FUNCTION_TYPES or t.startswith("Class"):
            # class bodies are functions (methods), their heritage an expression
            if t.startswith("Class") and node.superClass is not None:
                stack.append((node.superClass, outer_lexical))
            continue
        elif t == "WithStatement":
            scope.has_with = True
        inner = outer_lexical
        names = frame_declarations(node)
        if names:  # (a block's own functions are what Annex B makes var-scoped)
            inner = outer_lexical | {d[0].name for d in names if d[1] != "blockfn"}
        children = list(iter_children(node))
        children.reverse()
        stack.extend((c, inner) for c in children)
    for fd in annexb:
        name = fd.id.name
        if name not in scope.bindings:
            scope.var_names.append(name)
        info.annexb[id(fd)] = scope.declare(name, "var")


def new_function_scope(info, parent, fn):
    scope = FunctionScope(fn, parent)
    info.scopes[id(fn)] = scope
    parent.children.append(scope)
    scope.strict = parent.strict or id(fn) in info.class_code or is_strict(function_body_nodes(fn))
    for p in fn.params:
        if p.type != "Identifier":
            scope.simple_params = False
        for ident in pattern_names(p):
            scope.params.append(ident.name)
            scope.declare(ident.name, "param")
    if fn.type == "FunctionExpression" and fn.id is not None:
        scope.self_binding = Binding(fn.id.name, "self", scope)
    declare_body(info, scope, function_body_nodes(fn))
    return scope
