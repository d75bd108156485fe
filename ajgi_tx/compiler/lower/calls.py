"""Calls: ``f(x)``, ``o.m(x)`` (``this`` is ``o``), ``new F(x)``, direct
``eval`` and ``super(...)``.

Every call takes its receiver first (``undefined`` for a plain call)::

    f(x)     ->  f(_ajgi_undef, x)
    o.m(x)   ->  <o.m>(o, x)

and goes through :func:`expressions.wrap_call`, which awaits it in an async
function when the callee may block. A method of a pristine built-in
(``s.charAt(i)``, ``a.push(v)``) is called or inlined by intrinsics.py; a
literal regex's ``test`` and ``exec`` have their own paths
(regexp_literals.py, regexp_matches.py); ``parseInt`` of decimal digits is
inline (parse_int.py); a numeric kernel calls itself directly (kernels.py).
"""

from ajgi_tx.compiler.lower import kernels
from ajgi_tx.compiler.lower.classes import lower_super_call
from ajgi_tx.compiler.lower.dynamic import dyn_call, is_dynamic_ref, lower_direct_eval
from ajgi_tx.compiler.lower.expressions import call_args, wrap_call
from ajgi_tx.compiler.lower.intrinsics import pristine_call
from ajgi_tx.compiler.lower.members import method_read
from ajgi_tx.compiler.lower.parse_int import is_decimal_parse, lower_decimal_parse
from ajgi_tx.compiler.lower.regexp_literals import is_literal_test, lower_literal_test
from ajgi_tx.compiler.lower.regexp_matches import unboxed_exec


def lower_call(lx, node):
    b = lx.b
    callee = node.callee
    if callee.type == "Identifier" and callee.name == "eval":
        binding = lx.scopes.binding(callee)
        if binding is not None and binding.is_global and binding.kind == "implicit":
            return wrap_call(lx, node, lower_direct_eval(lx, node))
    if callee.type == "Super":
        return lower_super_call(lx, node)
    if callee.type == "MemberExpression":
        if is_literal_test(callee, node.arguments):
            call = lower_literal_test(lx, callee, node.arguments)
            b.at(node)
            return wrap_call(lx, node, call)

        func, receiver, fast = method_read(lx, callee)
        fast = unboxed_exec(lx, node, fast)
        args = call_args(lx, node)
        b.at(node)
        if fast is not None:
            return wrap_call(lx, node, pristine_call(lx, fast, receiver, args, func))
        return wrap_call(lx, node, b.call(func, [receiver] + args))
    if callee.type == "Identifier":
        binding = lx.scopes.binding(callee)
        if binding is not None and is_dynamic_ref(lx, binding):
            args = call_args(lx, node)
            b.at(node)
            return wrap_call(lx, node, dyn_call(lx, node, callee.name, args))
        if is_decimal_parse(lx, node):
            return wrap_call(lx, node, lower_decimal_parse(lx, node, lx.expr(callee)))
        if binding is not None and getattr(lx, "kernels", None):
            inner = kernels.self_call(lx, node, binding)
            if inner is not None:
                return inner
            func = lx.expr(callee)
            args = call_args(lx, node)
            b.at(node)
            entry = kernels.entry_call(lx, node, binding, func, args)
            if entry is not None:
                return wrap_call(lx, node, entry)
            return wrap_call(lx, node, b.call(func, [b.rt("undef")] + args))
    func = lx.expr(callee)
    args = call_args(lx, node)
    b.at(node)
    return wrap_call(lx, node, b.call(func, [b.rt("undef")] + args))


def lower_new(lx, node):
    b = lx.b
    func = lx.expr(node.callee)
    args = call_args(lx, node)
    b.at(node)
    return wrap_call(lx, node, b.rt_call("new", func, *args))
