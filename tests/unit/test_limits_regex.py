"""runtime.limits: a backtracking regular expression is stopped by the CPU
ticker with a JS RangeError instead of freezing the process (issue 9)."""

import signal
import time

import pytest

from runtime import limits
from tests.helpers import run_js

EVIL = 'var s = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" + "b";\n'


@pytest.fixture
def ticker():
    """A CPU ticker calling limits.on_tick every 5 ms, as the server's
    fairness ticker does (restored afterwards); regex timeout 0.2 s."""
    old = signal.signal(signal.SIGVTALRM, lambda signum, frame: limits.on_tick())
    signal.setitimer(signal.ITIMER_VIRTUAL, 0.005, 0.005)
    limits.configure(regex_timeout=0.2)
    yield
    signal.setitimer(signal.ITIMER_VIRTUAL, 0, 0)
    signal.signal(signal.SIGVTALRM, old)
    limits.configure(reset=True)


@pytest.mark.parametrize("call", [
    "/^(a|a)*$/.test(s)",
    "/^(a|a)*$/.exec(s)",
    "/^(a|a)*$/g.exec(s)",  # exec from lastIndex (regexp_exec_match's inlined watch)
    "(function () { var m, r = /^(a|a)*$/g; while ((m = r.exec(s)) !== null) m[0]; })()",  # a match variable (regexp_exec_unboxed's)
    "/^(a|a)*$/gy.test(s)",  # a literal's test (regexp_literal_test's inlined watch)
    "var r = /^(a|a)*$/g; r.lastIndex = 0; r.test(s)",
    "s.match(/^(a|a)*$/g)",
    "s.replace(/^(a|a)*$/g, 'x')",
    "s.replace(/^(a|a)*$/, function (m) { return m; })",
    "s.search(/^(a|a)*$/)",
    "s.split(/^(a|a)*$/)",
    "/^((a)|a)*$/.test(s)",   # a capture inside a quantifier: runs on the regex module
])
def test_backtracking_regex_throws_range_error(ticker, call):
    t = time.monotonic()
    out = run_js(EVIL + "try { %s; console.log('finished'); } catch (e) { console.log(String(e)); }" % call)
    assert out == ["RangeError: Regular expression too slow (stopped after 200 ms)"]
    assert time.monotonic() - t < 5


def test_uncaught_regex_timeout_names_the_place(ticker):
    from ajgi_tx.errors import ScriptError
    with pytest.raises(ScriptError) as e:
        run_js(EVIL + "var ok = 1;\nvar r = /^(a|a)*$/.test(s);", filename="evil.js")
    err = e.value
    assert err.name == "RangeError" and "Regular expression too slow" in str(err)
    assert err.location[:2] == ("evil.js", 3)
    assert "evil.js:3" in err.stack
    assert "Traceback" not in err.stack and "RegexTooSlow" not in err.stack


def test_fast_regexes_are_not_disturbed(ticker):
    # many short matches add up to far more than the timeout: only one
    # match's own time counts
    out = run_js("var n = 0, t = Date.now(); while (Date.now() - t < 500) "
                 "{ if (/^(a|b)+c$/.test('ababababc')) n++; } console.log(n > 0);")
    assert out == ["true"]


def test_the_watch_is_cleared_after_each_match():
    assert run_js("console.log(/a+/.test('caaat'), 'x,y'.split(/,/).length)") == ["true 2"]
    assert limits._watch[0] == 0.0


def test_finding_every_match_of_a_long_string_gets_time_for_its_length(ticker):
    # 2 M units: a global match/replace over all of it takes longer than the
    # 0.2 s per-match timeout on a loaded machine, and is legitimate
    out = run_js("var s = new Array(1000001).join('ab');\n"
                 "console.log(s.match(/a/g).length, s.replace(/b/g, 'c').length,"
                 " s.replace(/b/g, '$&').length)")
    assert out == ["1000000 2000000 2000000"]
