"""``/source/flags.test(s)``: a regex literal tested at once.

Each evaluation of a literal makes a new RegExp object (ES5.1 7.8.5), but
when the literal is only the receiver of ``test`` and ``test`` is read from
the pristine RegExp.prototype, nothing else can see that object: its
lastIndex is 0, so the match is a search from 0 whatever the flags, and
whatever ``lastIndex`` the test leaves on it is lost. The call is lowered
to the runtime's ``regexp_literal_test`` with the site (realm, source and
flags), which matches a string argument without making the object, and
makes it and runs the built-in test otherwise (ToString of another value,
an ``exec`` replaced meanwhile). When the guard fails the generic call
runs: the object is made and its ``test`` read, before the argument is
evaluated as JS's order requires::

    /a/.test(s)  ->  (_ajgi_regexp_literal_test
                      if _ajgi_pristine_RegExpPrototype is not None and (t := (_ajgi_realm, ('a', '')))
                      else _ajgi_getn((t := _ajgi_regexp(_ajgi_realm, 'a', '')), 'test'))(t, s)
"""

import ast

from ajgi_tx.compiler.lower.members import generic_read


def is_literal_test(callee, arguments):
    """``/re/.test(one argument)``."""
    obj = callee.object
    return (obj.type == "Literal" and getattr(obj, "regex", None) is not None and not callee.computed
            and callee.property.type == "Identifier" and callee.property.name == "test"
            and len(arguments) == 1 and arguments[0].type != "SpreadElement")


def lower_literal_test(lx, callee, arguments):
    """The call expression for :func:`is_literal_test`'s calls."""
    b = lx.b
    create = lx.expr(callee.object)  # _ajgi_regexp(_ajgi_realm, source, flags); checks the literal
    source, flags = create.args[1], create.args[2]
    t = lx.temp()
    b.at(callee)
    site = b.tuple([b.rt("realm"), b.tuple([source, flags])])
    guard = b.boolop(ast.And(), [b.is_not(b.rt("pristine_RegExpPrototype"), b.const(None)), b.walrus(t, site)])
    generic = generic_read(lx, True, b.walrus(t, create), b.const("test"))
    func = b.ifexp(guard, b.rt("regexp_literal_test"), generic)
    arg = lx.expr(arguments[0])
    return b.call(func, [b.name(t), arg])
