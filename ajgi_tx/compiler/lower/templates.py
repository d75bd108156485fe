"""Template literals (ES2015 12.2.9) and tagged templates (12.3.7).

An untagged template is one string concatenation; each substitution is
converted with ToString (not the ``+`` operator's ToPrimitive-default: an
object's ``toString`` wins over its ``valueOf``) right after it is
evaluated::

    `a${x}b`   ->  f'a{(t if type(t := x) is str else _ajgi_tostring(t))}b'

A tagged template calls its tag with the site's strings object first and
the substitution values after; a member tag is a method call (``this`` is
its object)::

    tag`a${x}`  ->  tag(undefined, _ajgi_template(realm, SITE, ('a', ''), ('a', '')), x)

The strings object is frozen, carries a frozen ``raw`` array, and is made
once per site and realm (runtime/templates.py): every evaluation of the
site gets the same object, as in node (ES2017+ per-site semantics).

The strings are cooked here from the raw text rather than taken from
esprima, whose cooked values are wrong for U+2028/U+2029 (turned into
``\\n``) and for invalid escapes (``\\unicode``: a SyntaxError untagged, an
undefined cooked string in a tagged template, ES2018); its raw strings keep
CR and CRLF, which the spec normalises to LF.
"""

from ajgi_tx.compiler.lower.expressions import wrap_call
from ajgi_tx.compiler.lower.strings import concat, string_piece
from runtime.values import js_string

_SIMPLE_ESCAPES = {"b": "\b", "t": "\t", "n": "\n", "v": "\v", "f": "\f", "r": "\r",
                   '"': '"', "'": "'", "\\": "\\", "`": "`", "$": "$"}
_LINE_TERMINATORS = "\n\r\u2028\u2029"
_HEX = "0123456789abcdefABCDEF"


def normalise_raw(raw):
    """The template raw value (TRV): CR LF and CR read as LF (11.8.6.1)."""
    return raw.replace("\r\n", "\n").replace("\r", "\n")


def cook(raw):
    """The template value (TV) of normalised raw text, or None when it holds
    an escape that is not valid in a template (``\\u{110000}``, ``\\xZ``,
    ``\\1``)."""
    if "\\" not in raw:
        return raw
    out = []
    i, n = 0, len(raw)
    while i < n:
        c = raw[i]
        if c != "\\":
            out.append(c)
            i += 1
            continue
        i += 1
        if i >= n:
            return None
        c = raw[i]
        i += 1
        if c in _SIMPLE_ESCAPES:
            out.append(_SIMPLE_ESCAPES[c])
        elif c in _LINE_TERMINATORS:
            pass  # a line continuation adds nothing (CR LF was normalised already)
        elif c == "0":
            if i < n and raw[i].isdigit():
                return None
            out.append("\0")
        elif c.isdigit():
            return None
        elif c == "x":
            h = raw[i:i + 2]
            if len(h) < 2 or any(d not in _HEX for d in h):
                return None
            out.append(chr(int(h, 16)))
            i += 2
        elif c == "u":
            if raw.startswith("{", i):
                end = raw.find("}", i)
                digits = raw[i + 1:end] if end > 0 else ""
                if not digits or any(d not in _HEX for d in digits) or int(digits, 16) > 0x10FFFF:
                    return None
                out.append(chr(int(digits, 16)))
                i = end + 1
            else:
                h = raw[i:i + 4]
                if len(h) < 4 or any(d not in _HEX for d in h):
                    return None
                out.append(chr(int(h, 16)))
                i += 4
        else:
            out.append(c)
    return "".join(out)


def _strings(lx, quasi, tagged):
    """(cooked, raw) lists of the quasi's strings, in JS code units."""
    cooked, raws = [], []
    for q in quasi.quasis:
        raw = normalise_raw(q.value.raw)
        c = cook(raw)
        if c is None and not tagged:
            lx.syntax_error(quasi, "Invalid escape sequence in template")
        cooked.append(None if c is None else js_string(c))
        raws.append(js_string(raw))
    return cooked, raws


def lower_template(lx, node):
    cooked, _ = _strings(lx, node, tagged=False)
    pieces = [lx.b.const(cooked[0])]
    for expr, text in zip(node.expressions, cooked[1:]):
        pieces.append(string_piece(lx, lx.expr(expr), "tostring"))  # ToString (12.2.9.5)
        pieces.append(lx.b.const(text))
    lx.b.at(node)
    return concat(lx, pieces)


def lower_tagged_template(lx, node):
    b = lx.b
    tag = node.tag
    if tag.type == "MemberExpression":
        from ajgi_tx.compiler.lower.members import method_read

        func, receiver, _fast = method_read(lx, tag)
    else:
        func, receiver = lx.expr(tag), b.rt("undef")
    cooked, raws = _strings(lx, node.quasi, tagged=True)
    b.at(node)
    # nested sites (tag`a``b`) share their start: the end tells them apart
    site = (lx.filename,) + (tuple(node.range) if node.range else (id(node),))
    strings = b.rt_call("template", b.rt("realm"), b.const(site),
                        b.const(tuple(cooked)), b.const(tuple(raws)))
    # Python evaluates the callee (and the receiver bound inside it) before
    # the arguments: the tag is read before the substitutions (12.3.7.1)
    values = [lx.expr(e) for e in node.quasi.expressions]
    b.at(node)
    return wrap_call(lx, node, b.call(func, [receiver, strings] + values))
