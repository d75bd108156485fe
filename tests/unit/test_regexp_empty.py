"""runtime/builtins/regexp_empty.py: a quantified non-capturing group that
can match empty becomes a repetition whose iterations past the minimum
cannot (behaviour against node: tests/scripts/regexp/empty_iterations.js)."""

import pytest

from runtime.builtins.regexp_empty import rewrite


@pytest.mark.parametrize("source, expected", [
    # the minimum's iterations as they were, then the non-empty matches
    ("(?:a*|b)+", "(?:a*|b){1}(?:a+|b)*"),
    ("(?:a*|b)*", "(?:a+|b)*"),
    ("(?:a*|b){2,5}", "(?:a*|b){2}(?:a+|b){0,3}"),
    ("(?:a*|b)*?", "(?:a+|b)*?"),
    # in the order the matcher tries them: a greedy term consuming first, a lazy one last
    ("(?:a*b?)+", "(?:a*b?){1}(?:a+b?|b{1})*"),
    ("(?:a*?b?)*", "(?:b{1}|a+?b?)*"),
    # a lookahead alternative only ever matches empty: past the minimum it never counts
    ("(?:(?=a)|b)*", "(?:b)*"),
    ("(?:(?=a))*", "(?:)"),
    ("(?:(?=a))+", "(?:(?=a)){1}"),
])
def test_rewrites(source, expected):
    assert rewrite(source) == expected


@pytest.mark.parametrize("source", [
    "(?:a|b)+",          # cannot match empty: nothing to do
    "(?:a*|b){3}",       # no iteration past the minimum
    "(a*|b)+",           # a capture (not a group this module rewrites)
    "(?:(a*)|b)+",       # a capture inside
    "(?:\\1|b)+",        # a backreference
    "(?:\\01|b)+",       # a legacy octal escape
    "(?:(?:a*){2}|b)+",  # an inner minimum that may match empty
    "(?:a*|b",           # not a whole term
])
def test_leaves_alone(source):
    assert rewrite(source) is None
