"""A small fixed test262 sample through the real runner (optional, slow).

Skipped unless ``AJGI_TEST262_DIR`` points to a test262 checkout (with
``test/`` and ``harness/``); see tests/conformance/README.md. The full run is
``python tests/conformance/run_test262.py --test262 DIR``; this only guards
the runner itself and a handful of ES5 areas that already pass.
"""

import os
import sys

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

import run_test262 as t262  # noqa: E402

ROOT = os.environ.get("AJGI_TEST262_DIR")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not ROOT or not os.path.isdir(os.path.join(ROOT or "", "harness")),
                       reason="AJGI_TEST262_DIR does not point to a test262 checkout"),
]

# One or two files per area: plain asserts, propertyHelper.js includes,
# a parse-phase negative test, a noStrict test, a Sputnik-named test.
SAMPLE = [
    "test/built-ins/Array/prototype/indexOf/15.4.4.14-1-1.js",
    "test/built-ins/Array/prototype/forEach/15.4.4.18-7-c-ii-1.js",
    "test/built-ins/Object/defineProperty/15.2.3.6-4-1.js",
    "test/built-ins/Object/keys/15.2.3.14-2-1.js",
    "test/built-ins/String/prototype/charAt/S15.5.4.4_A1_T1.js",
    "test/built-ins/Math/abs/S15.8.2.1_A1.js",
    "test/language/expressions/addition/S11.6.1_A1.js",
    "test/language/statements/for-in/S12.6.4_A1.js",
    "test/language/statements/labeled/value-await-non-module.js",
    "test/language/types/number/S8.5_A1.js",
]


def _existing(paths):
    return [p for p in paths if os.path.exists(os.path.join(ROOT, p))]


def test_selection_rule_counts():
    sel = dict(t262.select_tests(ROOT, "es5", ["built-ins/Array/prototype/indexOf/"]))
    assert len(sel) > 100
    assert all(not m.get("features") for m in sel.values())


@pytest.mark.parametrize("rel", SAMPLE)
def test_sample(rel):
    if not _existing([rel]):
        pytest.skip("not in this test262 version: %s" % rel)
    with open(os.path.join(ROOT, rel), encoding="utf-8") as fh:
        meta = t262.parse_frontmatter(fh.read())
    [(status, category, error, _ms)] = t262.run_all(ROOT, [(rel, meta, "sloppy")], 1, 20.0)
    assert (status, category) == ("pass", "pass"), error


def test_negative_parse_is_recognised(tmp_path):
    # A test262-shaped tree with one parse-negative and one failing test.
    (tmp_path / "harness").mkdir()
    for name in ("assert.js", "sta.js"):
        with open(os.path.join(ROOT, "harness", name), encoding="utf-8") as fh:
            (tmp_path / "harness" / name).write_text(fh.read(), encoding="utf-8")
    d = tmp_path / "test" / "language"
    d.mkdir(parents=True)
    (d / "neg.js").write_text("/*---\nes5id: x\nnegative:\n  phase: parse\n  type: SyntaxError\n---*/\n"
                              "$DONOTEVALUATE();\nvar = 1;\n", encoding="utf-8")
    (d / "bad.js").write_text("/*---\nes5id: y\n---*/\nassert.sameValue(1, 2, 'one');\n", encoding="utf-8")
    tests = [(rel, m, "sloppy") for rel, m in t262.select_tests(str(tmp_path), "es5id")]
    res = dict((t[0], r) for t, r in zip(tests, t262.run_all(str(tmp_path), tests, 1, 20.0)))
    assert res["test/language/neg.js"][:2] == ("pass", "pass")
    assert res["test/language/bad.js"][:2] == ("fail", "uncaught")
    assert "Test262Error: one Expected SameValue(«1», «2») to be true" in res["test/language/bad.js"][2]
