"""Constructors for Python ``ast`` nodes that carry JS locations.

Every node the lowering builds goes through :class:`Builder`, which stamps
it with the JS line/column of the ESTree node being lowered, so Python
tracebacks and code-object positions *are* JS positions (our source map).
``rt(name)`` refers to a runtime helper (``_ajgi_<name>`` in the ABI).
"""

import ast

from ajgi_tx.compiler.names import RESERVED_PREFIX


def rt_name(name):
    return RESERVED_PREFIX + name


class Builder:
    """Creates located Python AST nodes; ``at(js_node)`` moves the cursor."""

    def __init__(self):
        self.line = 1
        self.col = 0
        self.end_line = 1
        self.end_col = 0
        self.used_helpers = set()
        # Python name of a local -> the one runtime type it can hold
        # (lower/literal_types.py), or None; the Lowerer points it at the
        # function being lowered
        self.known_type = lambda name: None

    def at(self, node):
        loc = node.loc
        if loc is not None:
            self.line = loc.start.line
            self.col = loc.start.column
            self.end_line = loc.end.line
            self.end_col = loc.end.column
            if self.end_line < self.line or (self.end_line == self.line and self.end_col < self.col):
                self.end_line, self.end_col = self.line, self.col
        return self

    def loc(self, node):
        node.lineno = self.line
        node.col_offset = self.col
        node.end_lineno = self.end_line
        node.end_col_offset = self.end_col
        return node

    # -- expressions -----------------------------------------------------
    def const(self, value):
        return self.loc(ast.Constant(value=value))

    def name(self, ident, store=False):
        return self.loc(ast.Name(id=ident, ctx=ast.Store() if store else ast.Load()))

    def rt(self, helper):
        """A load of runtime helper ``helper`` (recorded: compile_source checks
        every recorded name against the runtime ABI)."""
        self.used_helpers.add(helper)
        return self.name(rt_name(helper))

    def call(self, func, args, keywords=()):
        return self.loc(ast.Call(func=func, args=list(args), keywords=list(keywords)))

    def rt_call(self, helper, *args):
        return self.call(self.rt(helper), args)

    def attr(self, value, attr):
        return self.loc(ast.Attribute(value=value, attr=attr, ctx=ast.Load()))

    def subscript(self, value, index):
        return self.loc(ast.Subscript(value=value, slice=index, ctx=ast.Load()))

    def binop(self, left, op, right):
        return self.loc(ast.BinOp(left=left, op=op, right=right))

    def compare(self, left, ops, comparators):
        return self.loc(ast.Compare(left=left, ops=list(ops), comparators=list(comparators)))

    def is_(self, a, b):
        return self.compare(a, [ast.Is()], [b])

    def is_not(self, a, b):
        return self.compare(a, [ast.IsNot()], [b])

    def boolop(self, op, values):
        if isinstance(op, ast.And):
            # a test known to hold (type_is of a local of known type) is left out
            values = [v for v in values if not (isinstance(v, ast.Constant) and v.value is True)]
            if len(values) < 2:
                return values[0] if values else self.const(True)
        return self.loc(ast.BoolOp(op=op, values=list(values)))

    def not_(self, v):
        return self.loc(ast.UnaryOp(op=ast.Not(), operand=v))

    def ifexp(self, test, body, orelse):
        return self.loc(ast.IfExp(test=test, body=body, orelse=orelse))

    def walrus(self, ident, value):
        return self.loc(ast.NamedExpr(target=self.name(ident, store=True), value=value))

    def tuple(self, elts):
        return self.loc(ast.Tuple(elts=list(elts), ctx=ast.Load()))

    def list(self, elts):
        return self.loc(ast.List(elts=list(elts), ctx=ast.Load()))

    def dict(self, keys, values):
        return self.loc(ast.Dict(keys=list(keys), values=list(values)))

    def await_(self, value):
        return self.loc(ast.Await(value=value))

    def type_is(self, value, type_helper):
        """``_ajgi_type(value) is _ajgi_<type_helper>``, or ``True`` when
        ``value`` is a local known to hold that type."""
        if isinstance(value, ast.Name) and self.known_type(value.id) == type_helper:
            return self.const(True)
        return self.is_(self.rt_call("type", value), self.rt(type_helper))

    def arg(self, ident):
        """A located function parameter."""
        return self.loc(ast.arg(arg=ident, annotation=None))

    # -- statements ------------------------------------------------------
    def expr_stmt(self, value):
        return self.loc(ast.Expr(value=value))

    def assign(self, ident, value):
        return self.loc(ast.Assign(targets=[self.name(ident, store=True)], value=value))

    def if_(self, test, body, orelse=()):
        return self.loc(ast.If(test=test, body=list(body) or [self.pass_()], orelse=list(orelse)))

    def while_(self, test, body, orelse=()):
        return self.loc(ast.While(test=test, body=list(body) or [self.pass_()], orelse=list(orelse)))

    def pass_(self):
        return self.loc(ast.Pass())

    def break_(self):
        return self.loc(ast.Break())

    def continue_(self):
        return self.loc(ast.Continue())

    def return_(self, value):
        return self.loc(ast.Return(value=value))

    def raise_(self, exc):
        return self.loc(ast.Raise(exc=exc, cause=None))
