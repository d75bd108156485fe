"""Captures reset at each iteration of a quantified atom (ES5.1 15.10.2.5,
RepeatMatcher steps 1 and 4): runtime/builtins/regexp_reset.py and the RESET
and EMPTY modes of the translator.

Expected values are what node 20 prints for the same exec calls.
"""

import re

import pytest

from runtime.builtins.regexp import regexp_create, regexp_proto_exec
from runtime.builtins.regexp_reset import ResetMatch, ResetPattern
from runtime.builtins.regexp_translate import RegExpSyntaxError, compile_pattern, min_match_width, translate
from runtime.values import null, undefined


U = undefined

# (source, flags, input, node's exec result as (array, index) or None)
NODE_EXEC = [
    ('(?:a(b)?)+', '', 'aba', (['aba', U], 0)),
    ('((a)|b)+', '', 'ab', (['ab', 'b', U], 0)),
    ('(z)((a+)?(b+)?(c))*', '', 'zaacbbbcac', (['zaacbbbcac', 'z', 'ac', 'a', U, 'c'], 0)),
    ('(a*)*', '', 'b', (['', U], 0)),
    ('(a*)*', '', 'aab', (['aa', 'aa'], 0)),
    ('(a*)+', '', 'b', (['', ''], 0)),
    ('(a*)?', '', 'b', (['', U], 0)),
    ('(?:(a)|b\\1)+', '', 'aba', (['aba', 'a'], 0)),
    ('(?:(a)|b\\1)+', '', 'abba', (['abba', 'a'], 0)),
    ('(?:x|(a*))*', '', 'x', (['x', U], 0)),
    ('(?:x(a*)|y)+', '', 'xy', (['xy', U], 0)),
    ('(?:(\\d*)x)+', '', 'x', (['x', ''], 0)),
    ('(a*)*', '', '', (['', U], 0)),
    ('(?:(a)|b)*', '', '', (['', U], 0)),
    ('(?:(a*)|b)+', '', '', (['', ''], 0)),
    ('(?:(?=.(b))a|b)+', '', 'ab', (['ab', U], 0)),
    ('(?:(?!(a))b)+', '', 'bb', (['bb', U], 0)),
    ('((a)|(b))+', '', 'abab', (['abab', 'b', U, 'b'], 0)),
    ('(?:(\\w+)=(\\w*);?)+', '', 'a=1;b=;c=3', (['a=1;b=;c=3', 'c', '3'], 0)),
    ('((\\d+)\\.)+(\\d+)', '', '1.22.333', (['1.22.333', '22.', '22', '333'], 0)),
    ('(?:(a)|(b))+', '', 'aab', (['aab', U, 'b'], 0)),
    ('(?:(a)\\1|b)*', '', 'aab', (['aab', U], 0)),
    ('^(?:(\\w)|(-))*$', '', 'ab-', (['ab-', U, '-'], 0)),
    ('(\\w)*', '', 'abc', (['abc', 'c'], 0)),
    ('(?:(a)(?:(b)|c)*)+', '', 'abcab c', (['abcab', 'a', 'b'], 0)),
    ('(?:(a)|b)+?c', '', 'abc', (['abc', U], 0)),
    ('(.)(?:(\\1)|x)+', '', 'aaxa', (['aaxa', 'a', 'a'], 0)),
    ('((a)|b)*?c', '', 'abc', (['abc', 'b', U], 0)),
    ('(?:(a)|b)+', 'i', 'AbA', (['AbA', 'A'], 0)),
    ('(?:(a)\\1|b)+', 'i', 'aAb', (['aAb', U], 0)),
    ('(?:(?=(a))a|b)*', '', 'ab', (['ab', U], 0)),
    ('(?=(a))*a', '', 'a', (['a', U], 0)),
    ('(?:(?=(a))|b)+', '', 'ba', (['b', U], 0)),
    ('(?:(\\d+)(?:,|$))+', '', '1,22,333', (['1,22,333', '333'], 0)),
    ('(?:(x)|(y)|(z))*?$', '', 'xyz', (['xyz', U, U, 'z'], 0)),
    ('(?:(a)|b){2}', '', 'ab', (['ab', U], 0)),
    ('(?:(a)|b){2,3}', '', 'aba', (['aba', 'a'], 0)),
    ('(?:(a*)|b){2}', '', 'bb', (['', ''], 0)),
    ('(?:(a)|b)*(\\1)', '', 'ab', (['ab', U, ''], 0)),
    ('((a)|b)+\\2', '', 'ab', (['ab', 'b', U], 0)),
    ('(?:(?:(a)|b)c)+', '', 'acbc', (['acbc', U], 0)),
    ('(?:(a)|)+', '', 'aa', (['aa', 'a'], 0)),
    ('(a|)+', '', 'aab', (['aa', 'a'], 0)),
    ('(?:(b)|a*)*', '', 'aab', (['aab', 'b'], 0)),
    ('(?:(\\s*)(\\w*))*', '', '  ab cd', (['  ab cd', ' ', 'cd'], 0)),
    ('^(?:(\\w+)(?:\\s+|$))*$', '', 'one two three', (['one two three', 'three'], 0)),
    ('(?:(a)|b)*', 'm', 'b\na', (['b', U], 0)),
    ('(?:(a)|b){2}', '', '', None),
    ('(?:(a*)|b){2}', '', '', (['', ''], 0)),
    ('(?:(a*)(b*))+', '', '', (['', '', ''], 0)),
    ('x|(?:(a)|b)*', '', '', (['', U], 0)),
    ('(?:(a)|b)+', '', 'xxab', (['ab', U], 2)),
    ('(?:(a)|b)+', '', 'xyz', None),
]


@pytest.mark.parametrize("source,flags,s,expected", NODE_EXEC)
def test_exec_against_node(realm, source, flags, s, expected):
    m = regexp_proto_exec(regexp_create(realm, source, flags), s)
    got = None if m is null else (list(m.elems), int(m.props["index"]))
    assert got == expected


@pytest.mark.parametrize("source", ["a+", "(a)(b)", "(?:ab)+", "(a)|b*", "(?=(a))b", "a{2}(b)", "\\1(a)"])
def test_patterns_without_groups_in_quantified_atoms_stay_on_re(source):
    assert isinstance(compile_pattern(source, ""), re.Pattern)


@pytest.mark.parametrize("source", ["(a)*", "(?:(a)|b)+", "(?:x(?:(a))?)", "(?=(a))*", "((a)){2}"])
def test_groups_in_quantified_atoms_use_the_reset_matcher(source):
    p = compile_pattern(source, "gi")
    assert isinstance(p, ResetPattern)
    assert p.groups == re.compile(p.pattern).groups  # the JS group count
    assert translate(source, "gi") == (p.pattern, 0)


def test_reset_pattern_keeps_plain_min_width():
    assert min_match_width(compile_pattern("(?:(a)|bc)+d", "")) == 2
    assert min_match_width(compile_pattern("(a)*", "")) == 0


def test_reset_match_interface():
    p = compile_pattern("(?:(a)|(b))+", "")
    m = p.search("xaby", 1)
    assert isinstance(m, ResetMatch)
    assert (m.start(), m.end(), m.span(), m.group(), m.group(0)) == (1, 3, (1, 3), "ab", "ab")
    assert m.groups() == (None, "b") and m.groups(U) == (U, "b")
    assert m.group(1) is None and m.group(2) == "b"
    assert p.match("xab") is None and p.match("xab", 1).group() == "ab"
    assert [x.groups() for x in p.finditer("ab-ba")] == [(None, "b"), ("a", None)]
    assert p.sub("<\\\\>", "ab-ba") == "<\\>-<\\>"
    assert p.search("xyz") is None


def test_empty_input_runs_each_quantifier_its_minimum():
    p = compile_pattern("(?:(a*)|b){2}(?:(c*))*", "")
    assert p.search("").groups() == ("", None)
    assert p.match("").group() == ""
    assert [m.span() for m in p.finditer("")] == [(0, 0)]
    assert p.sub("x", "") == "x"


def test_many_groups_in_a_quantified_atom(realm):
    source = "(?:" + "".join("(%d)" % (i % 10) for i in range(1, 121)) + "|x)+\\100"
    s = "".join(str(i % 10) for i in range(1, 121))
    # the "x" iteration resets group 100: \\100 then matches ""
    m = regexp_proto_exec(regexp_create(realm, source, ""), s + "x")
    assert m.elems[0] == s + "x" and m.elems[100] is U and m.elems[120] is U and len(m.elems) == 121
    m = regexp_proto_exec(regexp_create(realm, source, ""), s + "0")
    assert m.elems[0] == s + "0" and m.elems[100] == "0" and m.elems[120] == "0"


def test_reset_mode_keeps_syntax_errors():
    with pytest.raises(RegExpSyntaxError) as info:
        compile_pattern("(a)*(", "")
    assert info.value.message == "Invalid regular expression: /(a)*(/: Unterminated group"
