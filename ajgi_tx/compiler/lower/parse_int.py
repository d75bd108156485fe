"""``parseInt(s)`` / ``parseInt(s, 10)`` of a string of ASCII digits, inline.

Scripts parse the digits a regular expression captured
(``parseInt(m[9], 10)``); the built-in's first test takes exactly that
case (runtime/builtins/globals.py ``global_parseInt``), but reaching it
costs a call. While the global ``parseInt`` is still the realm's
built-in (``_ajgi_pristine_parseInt``, set when it is installed; an
identity test, so assigning the global ends it), the same test and result
run inline::

    parseInt(s, 10)  ->  (_ajgi_float(_ajgi_int(t))
                          if ((f := parseInt) is _ajgi_pristine_parseInt) & (_ajgi_type(t := s) is _ajgi_str)
                             and t.isdigit() and t.isascii() and _ajgi_len(t) <= 15
                          else f(_ajgi_undef, t, 10.0))

JS reads the function before it evaluates the argument, and the fallback
must call the function it read: ``&`` (not ``and``) evaluates both sides
whatever the first gives. Up to 15 digits the value is exact.
"""

import ast


def is_decimal_parse(lx, node):
    """``parseInt(x)`` or ``parseInt(x, 10)`` naming the global."""
    callee, args = node.callee, node.arguments
    if callee.type != "Identifier" or callee.name != "parseInt" or not 1 <= len(args) <= 2:
        return False
    if any(a.type == "SpreadElement" for a in args):
        return False
    if len(args) == 2 and not (args[1].type == "Literal" and args[1].value == 10 and type(args[1].value) in (int, float)):
        return False
    binding = lx.scopes.binding(callee)
    return binding is None or binding.is_global


def lower_decimal_parse(lx, node, func):
    """The call for :func:`is_decimal_parse`'s ``node``; ``func`` reads the global."""
    b = lx.b
    f, t = lx.temp(), lx.temp()
    arg = lx.expr(node.arguments[0])
    radix = [lx.expr(node.arguments[1])] if len(node.arguments) == 2 else []
    b.at(node)
    both = b.binop(b.is_(b.walrus(f, func), b.rt("pristine_parseInt")), ast.BitAnd(),
                   b.is_(b.rt_call("type", b.walrus(t, arg)), b.rt("str")))
    digits = [b.call(b.attr(b.name(t), "isdigit"), []), b.call(b.attr(b.name(t), "isascii"), []),
              b.compare(b.rt_call("len", b.name(t)), [ast.LtE()], [b.const(15)])]
    fast = b.rt_call("float", b.rt_call("int", b.name(t)))
    generic = b.call(b.name(f), [b.rt("undef"), b.name(t)] + radix)
    return b.ifexp(b.boolop(ast.And(), [both] + digits), fast, generic)
