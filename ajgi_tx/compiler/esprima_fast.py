"""Loads esprima with a fast ``esprima.character`` module.

esprima-python's ``character`` module builds sets of every Unicode
identifier character at import time by walking all 1.1 million code points
(about 0.7 s on every process start). This module registers an equivalent
``esprima.character`` (same names, same answers: membership by Unicode
category, as esprima computes it) whose checks classify a character on
demand, so importing the parser costs milliseconds.
"""

import sys
import types
import unicodedata

_ID_START_CATEGORIES = frozenset(("Lu", "Ll", "Lt", "Lm", "Lo", "Nl"))
_ID_PART_EXTRA_CATEGORIES = frozenset(("Mn", "Mc", "Nd", "Pc"))
_OTHER_ID_START = frozenset((
    "\u1885", "\u1886", "\u2118", "\u212E", "\u309B", "\u309C", "\u08B3", "\u0AF9", "\u13F8",
    "\u9FCD", "\uAB60", "\U00010CC0", "\U000108E0", "\U0002B820", "\u1C80", "\U000104DB",
    "\U0001E922", "\U0001EE00", "\U0001EE06", "\U0001EE0A",
))
_OTHER_ID_CONTINUE = frozenset((
    "\xB7", "\u0387", "\u1369", "\u136A", "\u136B", "\u136C", "\u136D", "\u136E", "\u136F",
    "\u1370", "\u1371", "\u19DA", "\u08E3", "\uA69E", "\U00011730", "\u08D4", "\u1DFB", "\uA8C5",
    "\U00011450", "\U0001EE03", "\U0001EE0B",
))


class _Membership:
    """A read-only "set" answering ``ch in self`` with a predicate."""

    def __init__(self, predicate):
        self._predicate = predicate
        self._cache = {}

    def __contains__(self, ch):
        r = self._cache.get(ch)
        if r is None:
            r = self._cache[ch] = bool(ch) and len(ch) == 1 and self._predicate(ch)
        return r


def _id_start(ch):
    return ch in "$_\\" or unicodedata.category(ch) in _ID_START_CATEGORIES or ch in _OTHER_ID_START


def _id_part(ch):
    return (_id_start(ch) or unicodedata.category(ch) in _ID_PART_EXTRA_CATEGORIES
            or ch in "\u200c\u200d" or ch in _OTHER_ID_CONTINUE)


def _build_character_module():
    m = types.ModuleType("esprima.character")
    m.IDENTIFIER_START = _Membership(_id_start)
    m.IDENTIFIER_PART = _Membership(_id_part)
    m.WHITE_SPACE = frozenset(("\x09", "\x0B", "\x0C", "\x20", "\xA0", "\u1680", "\u180E",
                               "\u2000", "\u2001", "\u2002", "\u2003", "\u2004", "\u2005",
                               "\u2006", "\u2007", "\u2008", "\u2009", "\u200A", "\u202F",
                               "\u205F", "\u3000", "\uFEFF"))
    m.LINE_TERMINATOR = frozenset(("\x0A", "\x0D", "\u2028", "\u2029"))
    m.DECIMAL_CONV = {c: n for n, c in enumerate("0123456789")}
    m.OCTAL_CONV = {c: n for n, c in enumerate("01234567")}
    m.HEX_CONV = {c: n for n, c in enumerate("0123456789abcdef")}
    for n, c in enumerate("ABCDEF", 10):
        m.HEX_CONV[c] = n
    m.DECIMAL_DIGIT = frozenset(m.DECIMAL_CONV)
    m.OCTAL_DIGIT = frozenset(m.OCTAL_CONV)
    m.HEX_DIGIT = frozenset(m.HEX_CONV)

    class Character:
        @staticmethod
        def fromCodePoint(code):
            return chr(code)

        @staticmethod
        def isWhiteSpace(ch):
            return ch in m.WHITE_SPACE

        @staticmethod
        def isLineTerminator(ch):
            return ch in m.LINE_TERMINATOR

        @staticmethod
        def isIdentifierStart(ch):
            return ch in m.IDENTIFIER_START

        @staticmethod
        def isIdentifierPart(ch):
            return ch in m.IDENTIFIER_PART

        @staticmethod
        def isDecimalDigit(ch):
            return ch in m.DECIMAL_DIGIT

        @staticmethod
        def isHexDigit(ch):
            return ch in m.HEX_DIGIT

        @staticmethod
        def isOctalDigit(ch):
            return ch in m.OCTAL_DIGIT

    m.Character = Character
    return m


def load():
    """Imports and returns esprima with the fast character module."""
    if "esprima.character" not in sys.modules:
        sys.modules["esprima.character"] = _build_character_module()
    import esprima
    import esprima.scanner

    return esprima
