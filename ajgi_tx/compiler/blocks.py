"""Pass 6: Python AST -> Python AST with no more than CPython's nested blocks.

CPython refuses a function with more than 20 statically nested blocks
("too many statically nested blocks"): every loop counts one, a ``try``
with its handlers two. JS has no such limit (node runs 100 nested ``for``
loops), so a statement that would nest deeper than :data:`HOIST_DEPTH`
blocks is moved into a nested function of its own, called in its place::

    while True:                       while True:
        ... (10 blocks deep)              ...
        while True:                           def _ajgi_blk1():
            if c: break                           nonlocal i
            if d: return x                        while True:
            i = i + 1.0                               if c: break
            if e: continue  # outer                   if d: return (x,)
                                                      i = i + 1.0
                                                      if e: return 2
                                              _ajgi_r = _ajgi_blk1()
                                              if _ajgi_r is not None:
                                                  if _ajgi_r == 2: continue
                                                  return _ajgi_r[0]

The moved statement keeps its meaning: names the enclosing function binds
are ``nonlocal`` (``global`` where it declares them so), a ``return`` hands
its value out in a 1-tuple, a ``break``/``continue`` that leaves the moved
statement returns 1/2 and is repeated by the caller. Async code stays
async (``await _ajgi_blk1()``). Real scripts never nest this deep, so
their code is unchanged; only the hoisted statement pays a call.
"""

import ast

# Weighted block depth at which a statement is hoisted: loops weigh 1, try
# 2 (its body and its handlers are separate blocks), so the deepest code
# stays well under CPython's 20 even with the lowering's own helpers.
HOIST_DEPTH = 12
_LOOPS = (ast.While, ast.For, ast.AsyncFor)
_FUNCS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)
BREAK, CONTINUE = 1, 2


def _weight(stmt):
    if isinstance(stmt, _LOOPS):
        return 1
    if isinstance(stmt, ast.Try):
        return 2
    if isinstance(stmt, (ast.With, ast.AsyncWith)):
        return 1
    return 0


def _child_bodies(stmt):
    """Statement lists directly inside ``stmt`` (not inside nested defs)."""
    for field in ("body", "orelse", "finalbody"):
        body = getattr(stmt, field, None)
        if isinstance(body, list):
            yield body
    for h in getattr(stmt, "handlers", ()) or ():
        yield h.body


def _own_nodes(root_stmts):
    """Every node of these statements, not entering nested function bodies
    (a nested def's name and defaults belong here, its body does not)."""
    stack = list(root_stmts)
    while stack:
        node = stack.pop()
        yield node
        if isinstance(node, _FUNCS):
            stack.extend(node.args.defaults)
            stack.extend(d for d in node.args.kw_defaults if d is not None)
            continue
        stack.extend(ast.iter_child_nodes(node))


def _nested_defs(stmts):
    """The defs in these statements' blocks, not those inside another def.
    A def is a statement, so only statement lists are looked at: walking
    every expression node too (as :func:`_own_nodes` does) made this pass a
    fifth of the compile time of every script, deep or not."""
    stack = list(stmts)
    while stack:
        stmt = stack.pop()
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
            yield stmt
            continue
        for body in _child_bodies(stmt):
            stack.extend(body)


def _bound_names(stmts):
    """Names these statements bind in their function (stores, defs,
    ``except ... as``), nested function bodies excluded."""
    out = set()
    for node in _own_nodes(stmts):
        if isinstance(node, ast.Name) and isinstance(node.ctx, (ast.Store, ast.Del)):
            out.add(node.id)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            out.add(node.name)
        elif isinstance(node, ast.ExceptHandler) and node.name:
            out.add(node.name)
    return out


def _declared(stmts, kind):
    out = set()
    for node in _own_nodes(stmts):
        if isinstance(node, kind):
            out.update(node.names)
    return out


class _Hoister:
    def __init__(self):
        self.count = 0

    def function(self, fn_body, params):
        """Hoists too-deep statements out of one function body (in place)."""
        found = []
        self._scan(fn_body, 0, found)
        if found:
            globals_ = _declared(fn_body, ast.Global)
            nonlocals = _declared(fn_body, ast.Nonlocal)
            for body, index in reversed(found):  # later first: indices stay valid
                stmt = body[index]
                outside = set(params) | _bound_names(
                    [s for s in _all_stmts_except(fn_body, stmt)])
                body[index:index + 1] = self._hoist(stmt, body, globals_, nonlocals | outside)
        # nested functions (the hoisted ones included) are functions too
        for node in _nested_defs(fn_body):
            a = node.args
            self.function(node.body, [x.arg for x in a.posonlyargs + a.args + a.kwonlyargs]
                          + [x.arg for x in (a.vararg, a.kwarg) if x is not None])

    def _scan(self, body, depth, found):
        for i, stmt in enumerate(body):
            w = _weight(stmt)
            if w and depth + w > HOIST_DEPTH:
                found.append((body, i))
                continue
            for inner in _child_bodies(stmt):
                self._scan(inner, depth + w, found)

    def _hoist(self, stmt, body, globals_, outer_names):
        self.count += 1
        name = "_ajgi_blk%d" % self.count
        result = "_ajgi_r%d" % self.count
        inner = [stmt]
        exits = set()
        _rewrite_exits(inner, isinstance(stmt, _LOOPS), exits)
        bound = _bound_names(inner)
        decls = []
        g = sorted(bound & globals_)
        n = sorted((bound & outer_names) - globals_)
        if g:
            decls.append(ast.Global(names=g))
        if n:
            decls.append(ast.Nonlocal(names=n))
        is_async = any(isinstance(x, (ast.Await, ast.AsyncFor, ast.AsyncWith)) for x in _own_nodes(inner))
        cls = ast.AsyncFunctionDef if is_async else ast.FunctionDef
        args = ast.arguments(posonlyargs=[], args=[], vararg=None, kwonlyargs=[], kw_defaults=[],
                             kwarg=None, defaults=[])
        fdef = cls(name=name, args=args, body=decls + inner, decorator_list=[], returns=None)
        call = ast.Call(func=ast.Name(id=name, ctx=ast.Load()), args=[], keywords=[])
        if is_async:
            call = ast.Await(value=call)
        out = [fdef]
        if not exits:
            out.append(ast.Expr(value=call))
        else:
            out.append(ast.Assign(targets=[ast.Name(id=result, ctx=ast.Store())], value=call))
            r = ast.Name(id=result, ctx=ast.Load())
            handle = []
            for code, jump in ((BREAK, ast.Break), (CONTINUE, ast.Continue)):
                if code in exits:
                    handle.append(ast.If(test=ast.Compare(left=r, ops=[ast.Eq()],
                                                          comparators=[ast.Constant(code)]),
                                         body=[jump()], orelse=[]))
            if "return" in exits:
                handle.append(ast.Return(value=ast.Subscript(value=r, slice=ast.Constant(0),
                                                             ctx=ast.Load())))
            out.append(ast.If(test=ast.Compare(left=r, ops=[ast.IsNot()],
                                               comparators=[ast.Constant(None)]),
                              body=handle, orelse=[]))
        for node in [fdef] + decls + out[1:]:
            for sub in ast.walk(node) if node is not fdef else [fdef]:
                ast.copy_location(sub, stmt)
        return out


def _all_stmts_except(fn_body, skip):
    """The function body with ``skip`` left out (for what else binds names)."""
    out = []
    stack = list(fn_body)
    while stack:
        s = stack.pop()
        if s is skip:
            continue
        if _child_bodies_any(s):
            shell = [x for x in _shallow_parts(s)]
            out.extend(shell)
            for inner in _child_bodies(s):
                stack.extend(inner)
        else:
            out.append(s)
    return out


def _child_bodies_any(stmt):
    return _weight(stmt) or isinstance(stmt, ast.If)


def _shallow_parts(stmt):
    """The expressions and handler names of a compound statement, without
    its nested statement lists."""
    parts = []
    for field in ("test", "target", "iter"):
        v = getattr(stmt, field, None)
        if v is not None:
            parts.append(v)
    for h in getattr(stmt, "handlers", ()) or ():
        if h.name:
            parts.append(ast.Name(id=h.name, ctx=ast.Store()))
    return parts


def _rewrite_exits(stmts, in_loop, exits):
    """Turns the returns of the hoisted code into ``return (value,)`` and
    its breaks/continues that leave it into ``return 1`` / ``return 2``."""
    for i, s in enumerate(stmts):
        if isinstance(s, ast.Return):
            value = s.value if s.value is not None else ast.Constant(None)
            stmts[i] = ast.copy_location(ast.Return(value=ast.Tuple(elts=[value], ctx=ast.Load())), s)
            exits.add("return")
        elif isinstance(s, (ast.Break, ast.Continue)) and not in_loop:
            code = BREAK if isinstance(s, ast.Break) else CONTINUE
            stmts[i] = ast.copy_location(ast.Return(value=ast.Constant(code)), s)
            exits.add(code)
        elif isinstance(s, _FUNCS):
            continue
        else:
            loop = in_loop or isinstance(s, _LOOPS)
            for field in ("body", "orelse"):
                body = getattr(s, field, None)
                if isinstance(body, list):
                    # a loop's else runs after the loop: its jumps are outer ones
                    _rewrite_exits(body, loop if field == "body" or not isinstance(s, _LOOPS)
                                   else in_loop, exits)
            if isinstance(s, ast.Try):
                _rewrite_exits(s.finalbody, in_loop, exits)
                for h in s.handlers:
                    _rewrite_exits(h.body, in_loop, exits)


def hoist_deep_blocks(module):
    """Rewrites ``module`` in place (see module docstring); returns it."""
    hoister = _Hoister()
    for node in module.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            a = node.args
            hoister.function(node.body, [x.arg for x in a.posonlyargs + a.args + a.kwonlyargs]
                             + [x.arg for x in (a.vararg, a.kwarg) if x is not None])
    return module
