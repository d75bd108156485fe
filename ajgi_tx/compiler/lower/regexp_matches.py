"""Lowering of match variables (compiler/regexp_matches.py).

The exec call stored into a match variable calls, while the pristine-exec
guard holds, ``_ajgi_RegExp_exec_unboxed`` (the ``re.Match`` or null) in
place of ``_ajgi_RegExp_exec``; each index read tests what the variable
holds::

    m[9]  ->  (_ajgi_match_item(m, 9) if _ajgi_type(m) is _ajgi_Match else <the ordinary read>)

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
    if getattr(helper, "id", None) != _EXEC or id(node) not in match_sites(lx).calls:
        return fast
    return guard, lx.b.rt("RegExp_exec_unboxed"), inline


def match_read(lx, node, obj, read):
    """``read`` (the ordinary lowering of ``m[k]``), preceded by the read of
    the ``re.Match`` when ``node`` reads a match variable ``obj``."""
    if id(node) not in match_sites(lx).reads or not isinstance(obj, ast.Name):
        return read
    b = lx.b
    k = int(node.property.value)
    is_match = b.type_is(b.name(obj.id), "Match")
    # the match or a capture, inline; past the captures (or not a Match) the helper or the ordinary read
    t = lx.temp()
    item = b.ifexp(b.is_(b.walrus(t, b.subscript(b.name(obj.id), b.const(k))), b.const(None)),
                   b.rt("undef"), b.name(t))
    within = b.compare(b.attr(b.attr(b.name(obj.id), "re"), "groups"), [ast.GtE()], [b.const(k)])
    rest = b.ifexp(is_match, b.rt_call("match_item", b.name(obj.id), b.const(k)), read)
    return b.ifexp(b.boolop(ast.And(), [copy.deepcopy(is_match), within]), item, rest)
