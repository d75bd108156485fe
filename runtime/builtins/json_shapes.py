"""Functions writing the JSON text of the objects of one shape.

JSON.stringify's fast path (``json_fast.py``) meets the same keys in the
same order again and again (the records of a list). For such a shape it
makes a function that writes an object's members as one f-string: the
quoted keys are constants between the values, and each value is converted
inline, so an object costs one call, one unpacking of its values and one
string build instead of a loop with a key lookup, a concatenation and an
append per member.
"""

# A member's text: the type its value had when the encoder was made is
# tested first; then strings and numbers are written here, objects and
# arrays by the walk's functions, and any other type through the table K
# (what the walk cannot write here raises there).
_FIRST = {"S": "q({v}) if (t := type({v})) is S and len({v}) <= BIG",
          "F": "nc[{v}] if (t := type({v})) is F",
          "B": '("true" if {v} else "false") if (t := type({v})) is B',
          "O": "obj({v}) if (t := type({v})) is O",
          "A": "arr({v}) if (t := type({v})) is A"}
_REST = ("q({v}) if t is S and len({v}) <= BIG else nc[{v}] if t is F "
         "else obj({v}) if t is O else arr({v}) if t is A else K[t]({v})")


def make_encoder(keys, quoted_keys, kinds, namespace):
    """``encode(props, obj, arr)``: the text of an object whose ``props``
    has ``keys`` (quoted in ``quoted_keys``: '"k":'), in that order, or None
    when its keys are others. The caller picks the encoder by the number of
    keys only, so the encoder checks the keys themselves: reading them by
    unpacking and comparing costs less than a tuple of them as a dict key.
    ``kinds``: per member, the letter of _FIRST for the type to test first,
    or None. ``namespace`` binds the other names."""
    if not quoted_keys:
        return _empty
    names = ["v%d" % i for i in range(len(quoted_keys))]
    ks = ["k%d" % i for i in range(len(quoted_keys))]
    # The key texts are written as plain literals (repr) next to the
    # f-strings of the values: Python joins them into one f-string.
    parts = []
    for i, (qk, kind, name) in enumerate(zip(quoted_keys, kinds, names)):
        value = (_FIRST[kind or "S"] + " else " + _REST).format(v=name)
        parts.append("%r f'{%s}'" % (("," if i else "{") + qk, value))
    source = ("def encode(d, obj, arr):\n"
              "    %s, = d\n"
              "    if %s:\n"
              "        return None\n"
              "    %s\n"
              "    return %s '}'\n") % (
        ", ".join(ks), " or ".join("%s != %r" % (k, key) for k, key in zip(ks, keys)),
        "; ".join("%s = d[%s]" % (v, k) for v, k in zip(names, ks)), " ".join(parts))
    ns = dict(namespace)
    exec(compile(source, "<json shape>", "exec"), ns)
    return ns["encode"]


def _empty(d, obj, arr):
    return "{}"
