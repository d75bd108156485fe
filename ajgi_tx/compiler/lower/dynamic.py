"""Code whose names are only known at run time: ``eval`` and ``with``.

Direct ``eval(src)`` compiles ``src`` at run time through the same
pipeline (and cache) and runs it against the global object (ES5.1 15.1.2.1
for indirect eval; direct eval inside a function also sees the global
scope here: the caller's locals are not visible yet, see the issue note).
"""

from ajgi_tx.compiler.lower.expressions import _call_args


def lower_direct_eval(lx, node):
    b = lx.b
    args = _call_args(lx, node)
    b.at(node)
    return b.rt_call("eval", b.rt("realm"), b.const(lx.fn.strict), *args)


def lower_with(lx, node):
    lx.unsupported(node, "the with statement")
