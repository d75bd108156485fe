"""L-values: assignment, compound assignment, ``++``/``--`` and ``delete``.

A target is an identifier, a named member (``o.x``, ``o["x"]``) or a
computed member (``o[k]``). :class:`Target` evaluates the object and key
once, in spec order, and offers ``load``/``store``::

    o.n += f()        ->  _ajgi_putn((_t1 := o), 'n', <add>(_ajgi_getn(_t1, 'n'), f(...)))
    x++   (as stmt)   ->  x = x + 1.0 if _ajgi_type(x) is _ajgi_float else _ajgi_inc(x)
    a[i++] (value)    ->  ((_t2 := _ajgi_tonum(i)), (i := _t2 + 1.0))[0]
"""

import ast

from ajgi_tx.compiler.lower import element_reads, ints
from ajgi_tx.compiler.lower.expressions import _unchanged_by, binary, bind, mark_num
from ajgi_tx.compiler.lower.members import generic_read, member_key
from ajgi_tx.compiler.lower.speculate import speculated

_NON_WRITABLE_GLOBALS = ("undefined", "NaN", "Infinity")


class Target:
    def __init__(self, lx, node):
        self.lx = lx
        self.node = node
        if node.type == "Identifier":
            self.kind = "name"
            self.binding = lx.scopes.binding(node)
            bd = self.binding
            from ajgi_tx.compiler.lower.dynamic import is_dynamic_ref

            if is_dynamic_ref(lx, bd):
                # the reference is resolved before the right-hand side runs
                self.kind = "dyn"
                self.record = lx.temp()
                self.load_first = False  # set for postfix ++/-- used as a value
                return
            self.slow = bd.is_global and (bd.slow_global or (bd.kind == "implicit" and (
                node.name in _NON_WRITABLE_GLOBALS or lx.fn.strict)))
        elif node.type == "MemberExpression" and node.object.type == "Super":
            # super.x = v: stored on the home object's prototype with this
            # as the receiver (lower/classes.py)
            from ajgi_tx.compiler.lower.classes import super_reference

            self.kind = "super"
            self.parts = [bind(lx, e) for e in super_reference(lx, node)]
            self.used_first = False
        elif node.type == "MemberExpression":
            obj = lx.expr(node.object)
            named, key = member_key(lx, node)
            self.kind = "named" if named else "computed"
            self.obj_first, self.obj = bind(lx, obj)
            if not named and not isinstance(key, ast.Constant):
                key = _checked_key(lx, self.obj, key)
            self.key_first, self.key = bind(lx, key)
            self.used_first = False
        else:
            lx.syntax_error(node, "Invalid left-hand side in assignment")

    def _record(self, for_load=False):
        """The environment record holding the name, resolved by whichever
        use Python evaluates first: the store call (its arguments come
        before the value that loads), or the load of a postfix update."""
        b = self.lx.b
        if for_load == self.load_first:
            from ajgi_tx.compiler.lower.dynamic import env_expr

            return b.walrus(self.record, b.rt_call("dresolve", env_expr(self.lx),
                                                    b.const(self.node.name)))
        return b.name(self.record)

    def _super_parts(self):
        """Home object, this, key of a super reference: the walrus forms
        on first use only."""
        first = not self.used_first
        self.used_first = True
        return [f if first else again for f, again in self.parts]

    def _obj_key(self):
        """Object/key expressions: the walrus forms on first use only."""
        if not self.used_first:
            self.used_first = True
            return self.obj_first, self.key_first
        return self.obj, self.key

    def load(self):
        """The current value, for a compound assignment: the store call is
        evaluated first and binds the object/key temporaries, so the load
        reads them plainly."""
        b = self.lx.b
        if self.kind == "dyn":
            return b.rt_call("dget_at", self._record(for_load=True), b.const(self.node.name))
        if self.kind == "name":
            from ajgi_tx.compiler.lower.expressions import lower_identifier

            return lower_identifier(self.lx, self.node)
        if self.kind == "super":
            return b.rt_call("super_get", *[again for _, again in self.parts])
        return generic_read(self.lx, self.kind == "named", self.obj, self.key)

    def store_expr(self, value):
        """An expression storing ``value`` and yielding it."""
        b = self.lx.b
        if self.kind == "dyn":
            return b.rt_call("dput_at", self._record(), b.const(self.node.name), value,
                             b.const(self.lx.fn.strict))
        if self.kind == "name":
            if self.binding.kind == "classself":
                # a class's own name inside the class is immutable, and class
                # code is strict: the assignment is a TypeError (ES2015 14.5.14)
                return b.rt_call("const_assign", b.name(self.binding.py_name),
                                 b.const(self.node.name), value)
            if self.binding.lexical:
                from ajgi_tx.compiler.lower import lexical

                return lexical.store_expr(self.lx, self.node, self.binding, value)
            if self.slow:
                return b.rt_call("sgput" if self.lx.fn.strict else "gput", b.rt("G"),
                                 b.const(self.node.name), value)
            if self.binding in self.lx.int_counters:
                stored = b.walrus(self.binding.py_name, ints.store_value(self.lx, self.binding, value))
                return mark_num(ints.as_float(self.lx, stored))
            return b.walrus(self.binding.py_name, value)
        if self.kind == "super":
            return b.rt_call("super_set", *self._super_parts(), value, b.const(self.lx.fn.strict))
        o, k = self._obj_key()
        helper = "putn" if self.kind == "named" else "putm"
        if self.lx.fn.strict:
            helper = "s" + helper
        return b.rt_call(helper, o, k, value)

    def store_stmt(self, value):
        """Statements storing ``value`` (a list)."""
        b = self.lx.b
        if self.kind == "name" and self.binding.kind == "classself":
            return [b.expr_stmt(self.store_expr(value))]
        if self.kind == "name" and self.binding.lexical:
            from ajgi_tx.compiler.lower import lexical

            return lexical.store_stmt(self.lx, self.node, self.binding, value)
        if self.kind == "name" and not self.slow:
            if self.binding in self.lx.int_counters:
                value = ints.store_value(self.lx, self.binding, value)
            return [b.assign(self.binding.py_name, value)]
        if self.kind in ("named", "computed") and not self.lx.fn.strict and not self.used_first:
            return self._inline_put(value)
        return [b.expr_stmt(self.store_expr(value))]

    def _inline_put(self, value):
        """``o.key = v`` / ``o[k] = v`` as a statement: an existing own data
        property of a plain object without read-only/accessor properties is
        stored directly; everything else goes through ``_ajgi_putn`` /
        ``_ajgi_putm``. Object, key (already ToString'd for computed
        members) and value are evaluated first, in JS order."""
        b = self.lx.b
        self.used_first = True
        if self.obj_first is self.obj and _unchanged_by(self.obj, value):
            # a function's own var the value cannot reassign: no copy needed
            o_t, pre = self.obj.id, []
        else:
            o_t = self.lx.temp()
            pre = [b.assign(o_t, self.obj_first)]
        v_t = self.lx.temp()
        k = self.key
        if self.kind == "computed" and not isinstance(self.key_first, ast.Constant):
            k_t = self.lx.temp()
            pre.append(b.assign(k_t, self.key_first))  # binds the key temp the load reads
            k = b.name(k_t)
        pre.append(b.assign(v_t, value))
        o = b.name(o_t)
        props = b.attr(o, "props")
        test = b.boolop(ast.And(), [b.type_is(o, "JSObject"), b.not_(b.attr(o, "special")),
                                    b.compare(k, [ast.In()], [props])])
        store = b.loc(ast.Assign(targets=[b.loc(ast.Subscript(value=b.attr(o, "props"), slice=k,
                                                              ctx=ast.Store()))], value=b.name(v_t)))
        slow = b.expr_stmt(b.rt_call("putn" if self.kind == "named" else "putm", o, k, b.name(v_t)))
        return pre + [b.if_(test, [store], [slow])]


def _checked_key(lx, obj, key):
    """The property key of a computed target: the base must be coercible
    before the key's ToString runs (11.2.1 steps 5-6). A string key of an
    object needs neither, so only other cases call ``_ajgi_ckey``::

        (k if _ajgi_type(k := key) is _ajgi_str and o is not _ajgi_undef
            and o is not _ajgi_null else _ajgi_ckey(o, k))
    """
    from ajgi_tx.compiler.lower.expressions import is_num

    b = lx.b
    if is_num(key):
        return b.rt_call("ckey", obj, key)
    kf, ka = bind(lx, key)
    test = b.boolop(ast.And(), [b.type_is(kf, "str"), b.is_not(obj, b.rt("undef")),
                                b.is_not(obj, b.rt("null"))])
    return b.ifexp(test, ka, b.rt_call("ckey", obj, ka))


def _in_place_add(lx, node, target):
    """``x += v`` as a statement on a plain local: Python's in-place ``+=``
    (which appends to a string without copying it when nothing else holds
    it) when both are strings or x is a number-only local."""
    from ajgi_tx.compiler.lower.expressions import is_num, is_str, mark_str
    from ajgi_tx.compiler.lower.strings import can_grow, mark_short, number_to_str

    b = lx.b
    if target.kind != "name" or target.slow:
        return None
    bd = target.binding
    if bd.is_global or bd.assigned_inner:
        return None
    if bd.kind == "param" and bd.scope.uses_arguments:
        return None
    if bd.lexical:
        from ajgi_tx.compiler.lower import lexical

        if not lexical.plain_local(lx, bd, node.left):
            return None
    right = lx.expr(node.right)
    b.at(node)
    for n in ast.walk(right):
        if isinstance(n, ast.NamedExpr) and n.target.id == bd.py_name:
            return target.store_stmt(binary(lx, "+", target.load(), right))
    aug = lambda v: b.loc(ast.AugAssign(target=b.name(bd.py_name, store=True), op=ast.Add(), value=v))  # noqa
    if bd in lx.int_counters:
        return [aug(ints.store_value(lx, bd, right))]
    if bd in lx.numeric and is_num(right):
        return [aug(right)]
    if is_num(right):  # string += number: append its ToString in place
        load = target.load()
        if isinstance(load, ast.Name) and b.known_type(load.id) == "str":
            return [aug(number_to_str(lx, right))]
        t = lx.temp()
        first = b.assign(t, right)
        slow = target.store_stmt(binary(lx, "+", target.load(), b.name(t)))
        return [first] + _when_str(lx, target, [aug(number_to_str(lx, b.name(t)))], slow)
    # a piece as long as the string (s += s) can double it: the sum's
    # length is checked after the append (runtime/limits.py)
    check = b.if_(b.compare(b.rt_call("len", target.load()), [ast.Gt()], [b.rt("strmax")]),
                  [b.expr_stmt(b.rt_call("strlong"))])
    if is_str(right):
        fast = [aug(right), check] if can_grow(right) else [aug(right)]
        return _when_str(lx, target, fast, target.store_stmt(binary(lx, "+", target.load(), right)))
    t = lx.temp()
    if isinstance(right, ast.IfExp) and is_str(right.body) and not can_grow(right.body):
        # s += String.fromCharCode(c): while the built-in is pristine the
        # value is a one-unit str, appended with no type test of it and no
        # length check; the other branch (any call) is the general case
        load = target.load()
        if isinstance(load, ast.Name) and b.known_type(load.id) == "str":
            short = [aug(right.body)]  # no test of the target: no temp for the piece
            return [b.if_(right.test, short, _append_checked(lx, target, t, right.orelse, aug, check))]
        piece = mark_short(mark_str(b.name(t)))
        short = [b.assign(t, right.body),
                 *_when_str(lx, target, [aug(b.name(t))],
                            target.store_stmt(binary(lx, "+", target.load(), piece)))]
        return [b.if_(right.test, short, _append_checked(lx, target, t, right.orelse, aug, check))]
    return _append_checked(lx, target, t, right, aug, check)


def _when_str(lx, target, fast, slow):
    """``fast`` when the target holds a string, else ``slow``: no test at
    all for a local that always holds one (lower/string_locals.py)."""
    b = lx.b
    test = b.type_is(target.load(), "str")
    if isinstance(test, ast.Constant) and test.value is True:
        return fast
    return [b.if_(test, fast, slow)]


def _append_checked(lx, target, t, right, aug, check):
    """``t = right``, then Python's in-place append when both are strings,
    followed by the length check (the value may be as long as the string)."""
    b = lx.b
    load = target.load()
    if isinstance(load, ast.Name) and b.known_type(load.id) == "str":
        test = b.type_is(b.name(t), "str")
    else:
        test = b.compare(b.rt_call("type", target.load()), [ast.Is(), ast.Is()],
                         [b.rt("str"), b.rt_call("type", b.name(t))])
    slow = target.store_stmt(binary(lx, "+", target.load(), b.name(t)))
    return [b.assign(t, right), b.if_(test, [aug(b.name(t)), check], slow)]


def lower_assignment(lx, node, discard=False):
    b = lx.b
    if node.left.type in ("ArrayPattern", "ObjectPattern"):
        from ajgi_tx.compiler.lower.patterns import (
            destructure, destructure_expression, source_text,
        )

        value = lx.expr(node.right)
        b.at(node)
        if discard:
            return destructure(lx, node.left, value, what=source_text(lx, node.right))
        return destructure_expression(lx, node.left, value)
    target = Target(lx, node.left)
    if discard and node.operator == "+=":
        stmts = _in_place_add(lx, node, target)
        if stmts is not None:
            return stmts
    if node.operator == "=":
        value = lx.expr(node.right)
    else:
        old = target.load()
        right = lx.expr(node.right)
        b.at(node)
        from ajgi_tx.compiler.lower.expressions import js_is_number

        value = binary(lx, node.operator[:-1], old, right, numeric=js_is_number(node.right))
    b.at(node)
    if discard:
        return target.store_stmt(value)
    return target.store_expr(value)


def _update_value(lx, old, op):
    from ajgi_tx.compiler.lower.expressions import is_num, mark_num

    b = lx.b
    if is_num(old):
        new = mark_num(b.binop(old, ast.Add() if op == "++" else ast.Sub(), b.const(1.0)))
        return ints.arith(lx, "+", old, b.const(1.0), new) if op == "++" else new
    f, a = bind(lx, old)
    pyop = ast.Add() if op == "++" else ast.Sub()
    return b.ifexp(b.type_is(f, "float"), b.binop(a, pyop, b.const(1.0)),
                   b.rt_call("inc" if op == "++" else "dec", a))


def lower_update(lx, node, discard=False):
    b = lx.b
    target = Target(lx, node.argument)
    op = node.operator
    if target.kind in ("name", "dyn"):
        if discard or node.prefix:
            value = _update_value(lx, target.load(), op)
            b.at(node)
            return target.store_stmt(value) if discard else target.store_expr(value)
        if target.kind == "name" and target.binding in lx.int_counters:
            # i++ as a value: the old value as a float, then the int store
            old = target.load()
            b.at(node)
            new = target.store_expr(_update_value(lx, target.load(), op))
            return b.subscript(b.tuple([old, new]), b.const(0))
        t = lx.temp()
        b.at(node)
        if target.kind == "dyn":
            target.load_first = True
        old = b.walrus(t, b.rt_call("tonum", target.load()))
        pyop = ast.Add() if op == "++" else ast.Sub()
        new = target.store_expr(b.binop(b.name(t), pyop, b.const(1.0)))
        return b.subscript(b.tuple([old, new]), b.const(0))
    if target.kind == "super":
        b.at(node)
        call = b.rt_call("super_update", *target._super_parts(), b.const(1.0 if op == "++" else -1.0),
                         b.const(bool(node.prefix)), b.const(lx.fn.strict))
        return [b.expr_stmt(call)] if discard else call
    o, k = target._obj_key()
    helper = ("pre" if node.prefix or discard else "post") + ("inc" if op == "++" else "dec") + \
        ("_n" if target.kind == "named" else "_m")
    b.at(node)
    call = b.rt_call(helper, o, k, b.const(lx.fn.strict))
    return [b.expr_stmt(call)] if discard else call


def lower_delete(lx, node):
    b = lx.b
    arg = node.argument
    if arg.type == "MemberExpression" and arg.object.type == "Super":
        from ajgi_tx.compiler.lower.classes import super_reference

        parts = super_reference(lx, arg)  # evaluated (this, then the key), then refused
        b.at(node)
        return b.rt_call("super_delete", *parts)
    if arg.type == "MemberExpression":
        obj = lx.expr(arg.object)
        named, key = member_key(lx, arg)
        b.at(node)
        return b.rt_call("delete_member", obj, key, b.const(lx.fn.strict))
    if arg.type == "Identifier":
        binding = lx.scopes.binding(arg)
        from ajgi_tx.compiler.lower.dynamic import is_dynamic_ref, env_expr

        if binding is not None and is_dynamic_ref(lx, binding):
            return b.rt_call("ddelete", env_expr(lx), b.const(arg.name))
        if binding is not None and binding.is_global and binding.kind == "implicit":
            return b.rt_call("delete_name", b.rt("G"), b.const(arg.name))
        return b.const(False)
    value = lx.expr(arg)
    b.at(node)
    return b.subscript(b.tuple([value, b.const(True)]), b.const(1))


def lower_discarded(lx, node):
    """Statement form of an expression whose value is unused."""
    b = lx.b
    b.at(node)
    t = node.type
    if t == "AssignmentExpression":
        if node.left.type in ("ArrayPattern", "ObjectPattern"):
            return lower_assignment(lx, node, discard=True)
        regioned = element_reads.statement(lx, node, lambda: lower_assignment(lx, node, discard=True))
        if regioned is not None:
            return regioned
        return speculated(lx, node, lower_assignment(lx, node, discard=True))
    if t == "UpdateExpression":
        return speculated(lx, node, lower_update(lx, node, discard=True))
    if t == "SequenceExpression":
        out = []
        for e in node.expressions:
            out.extend(lower_discarded(lx, e))
        return out
    value = lx.expr(node)
    b.at(node)
    if isinstance(value, ast.IfExp) and hasattr(value.body, "_ajgi_unused_result"):
        value.body = value.body._ajgi_unused_result  # an inline push (intrinsics._inline_push)
    return [b.expr_stmt(value)]

