"""Consecutive speculated statements under one guard (compiler/lower/
speculate.py speculated_run): which runs merge. Their results, merged or
not, against node: tests/scripts/object/speculated_runs.js."""

import re

import pytest

from ajgi_tx.compiler import compile_source


def merged_stores(body):
    """The stores of merged runs: ``o.props[k] = _ajgi_tN = <value>`` (or
    ``_ajgi_tM[k] = ...`` where o's table is bound to a temp)."""
    py = compile_source("function f(p, q, k) { var t = 0, u = 0; %s return t; }" % body,
                        "t.js").python_source()
    return re.findall(r"(?:\w+\.props|_ajgi_t\d+)\[[^\]]+\] = _ajgi_t\d+ =", py)


def test_a_later_statement_reads_the_stored_value():
    assert len(merged_stores("p.x = (p.x + p.y) % 7; t = (t + p.x) % 5;")) == 1
    assert len(merged_stores("p.x = p.x + 1; p.y = p.y + p.x; t = t + p.y;")) == 2


@pytest.mark.parametrize("body", [
    "p.x = p.x + 1; t = q.x + 1;",       # q may be p
    "p[k] = p[k] + 1; t = p.x + 1;",     # k may be "x"
    "p.x = p.x + 1; t = p[k] + 1;",
    "t = t + 1; t = t.x + 1;",           # a stored local as a receiver
    "k = k + 1; t = p[k] + 1;",          # or as a key
    "p.x = p.x + 1;",                    # one statement: speculated alone
])
def test_runs_that_could_read_a_stale_value_do_not_merge(body):
    assert merged_stores(body) == []


def first_guard(body):
    """The test of the first ``if`` of ``f``, a run's guard, without the
    white space the printer breaks lines with."""
    py = compile_source("function f(p, q, k) { var t = 0, u = 0; %s return t; }" % body,
                        "t.js").python_source()
    start = re.search(r"\n        if \(?_ajgi_type\(p\)", py).start()
    return re.sub(r"\s+", "", py[start:].split(":\n", 1)[0])


def test_an_if_of_stores_joins_the_run():
    # the comparison reads the stored float; a float stored in the `if`
    # goes to the property's temp, a constant is stored as it is
    body = "p.s = (p.s * 3 + 1) % 11; if (p.s > 5) { p.seen = true; p.h = p.h + 1; } t = (t + p.s + p.h) % 7;"
    py = compile_source("function f(p, q, k) { var t = 0, u = 0; %s return t; }" % body,
                        "t.js").python_source()
    # (p's table bound once in the guard: speculate._guarded)
    table = re.search(r"'seen'in\((_ajgi_t\d+):=p\.props\)", first_guard(body)).group(1)
    stored = re.search(r"%s\['s'\] = (_ajgi_t\d+) =" % table, py).group(1)
    assert "if %s > 5.0:" % stored in py
    assert re.search(r"%s\['h'\] = (_ajgi_t\d+) = \1 \+ 1\.0" % table, py)
    assert "%s['seen'] = True" % table in py
    assert "%s.get('h')" % table in first_guard(body)


@pytest.mark.parametrize("body", [
    "p.a = p.a + 1; if (p.a > 1) { p.f = 'x'; } t = t + p.f;",    # holds a string now
    "p.a = p.a + 1; if (p.a > 1) { p.g = p.a * 2; } t = t + p.g;",  # stored in the if only
])
def test_a_property_the_if_may_leave_unknown_ends_the_run(body):
    guard = first_guard(body)
    assert "get('a'" in guard and "get('f'" not in guard and "get('g'" not in guard
