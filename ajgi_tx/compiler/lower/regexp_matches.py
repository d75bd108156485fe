"""Lowering of match variables (compiler/regexp_matches.py).

The exec call stored into a match variable calls, while the pristine-exec
guard holds, ``_ajgi_RegExp_exec_unboxed[K]`` (K the largest index read
from the variable) in place of ``_ajgi_RegExp_exec``: the ``re.Match`` of
a pattern with at least K captures, or null, or the array. Each index
read tests what the variable holds::

    m[9]  ->  ((_ajgi_undef if (t := m[9]) is None else t) if _ajgi_type(m) is _ajgi_Match
               else <the ordinary read>)

so a value from anywhere else (a replaced exec, a non-RegExp receiver,
undefined before the first store) is read as JS reads it.
"""

import ast
import copy

from ajgi_tx.compiler.pyast import rt_name


def match_sites(lx):
    """The program's :class:`~ajgi_tx.compiler.regexp_matches.MatchSites`,
    found on first use (only a script that calls ``exec`` is searched)."""
    sites = getattr(lx, "regexp_match_sites", None)
    if sites is None:
        from ajgi_tx.compiler import regexp_matches

        sites = regexp_matches.NONE
        if ".exec" in lx.source:
            sites = regexp_matches.analyze_matches(lx.program, lx.scopes)
        lx.regexp_match_sites = sites
    return sites


_EXEC = rt_name("RegExp_exec")


def unboxed_exec(lx, node, fast):
    """``fast`` (intrinsics.method_guard's) for exec call ``node``, with the
    unboxed helper when its result goes to a match variable."""
    if fast is None or node.callee.property.type != "Identifier" or node.callee.property.name != "exec":
        return fast
    guard, helper, inline = fast
    largest = match_sites(lx).calls.get(id(node))
    if getattr(helper, "id", None) != _EXEC or largest is None:
        return fast
    return guard, lx.b.subscript(lx.b.rt("RegExp_exec_unboxed"), lx.b.const(largest)), inline


def match_read(lx, node, obj, read):
    """``read`` (the ordinary lowering of ``m[k]``), preceded by the read of
    the ``re.Match`` when ``node`` reads a match variable ``obj``."""
    if id(node) not in match_sites(lx).reads or not isinstance(obj, ast.Name):
        return read
    b = lx.b
    k = int(node.property.value)
    # the match or a capture, inline (every re.Match the variable can hold has capture k)
    t = lx.temp()
    item = b.ifexp(b.is_(b.walrus(t, b.subscript(b.name(obj.id), b.const(k))), b.const(None)),
                   b.rt("undef"), b.name(t))
    return b.ifexp(b.type_is(b.name(obj.id), "Match"), item, read)
