"""The ES2015 selection rule (``run_test262.py --rule es2015``, see README.md).

The rule's verdicts are checked on a small test262-shaped tree (always run);
its size at the pinned test262 revision only with ``AJGI_TEST262_DIR`` (slow:
the whole tree is read and most candidates parsed).
"""

import os
import sys

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

import run_test262 as t262  # noqa: E402

ROOT = os.environ.get("AJGI_TEST262_DIR")
PINNED = "be13516fb6441b950ba8a3df97eb34062c186972"


def _test(root, rel, frontmatter, body):
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("/*---\n%s\n---*/\n%s\n" % (frontmatter, body), encoding="utf-8")


def test_rule_on_a_small_tree(tmp_path):
    (tmp_path / "harness").mkdir()
    (tmp_path / "harness" / "compareArray.js").write_text("/*---\n---*/\nvar x;\n", encoding="utf-8")
    (tmp_path / "harness" / "isConstructor.js").write_text(
        "/*---\nfeatures: [Reflect.construct]\n---*/\nfunction isConstructor() {}\n", encoding="utf-8")
    lang = "test/language/statements/"
    cases = {
        # selected
        lang + "let/tagged.js": ("esid: x\nfeatures: [let]", "let a = 1;"),
        lang + "class/untagged.js": ("esid: x", "class A {}"),
        lang + "class/strict.js": ("esid: x\nflags: [onlyStrict]\nfeatures: [class]", "class A {}"),
        "test/built-ins/Array/prototype/map/sym.js": ("esid: x\nfeatures: [Symbol]", "Symbol();"),
        lang + "let/neg.js": ("esid: x\nfeatures: [let]\nnegative:\n  phase: parse\n  type: SyntaxError",
                              "let let = 1;"),
        lang + "let/esprima-gap.js": ("esid: x\nfeatures: [let]", "var o = { \\u0062reak: 1 };"),
        # left out
        lang + "let/es5.js": ("es5id: 12.1-1", "var a;"),
        lang + "let/gen-tag.js": ("esid: x\nfeatures: [let, generators]", "let a;"),
        lang + "let/gen-syntax.js": ("esid: x\nfeatures: [let]", "function* g() { yield 1; }"),
        lang + "let/reflect.js": ("esid: x\nfeatures: [let]", "Reflect.ownKeys({});"),
        lang + "let/species.js": ("esid: x", "Array[Symbol.species];"),
        lang + "let/module.js": ("esid: x\nflags: [module]\nfeatures: [let]", "let a;"),
        lang + "let/inc.js": ("esid: x\nfeatures: [let]\nincludes: [isConstructor.js]", "let a;"),
        lang + "let/neg-async.js": ("esid: x\nfeatures: [let]\nnegative:\n  phase: parse\n  type: SyntaxError",
                                    "async function f() { let await; }"),
        lang + "let/bigint.js": ("esid: x\nfeatures: [let]", "let a = 1n;"),
        lang + "while/untagged-elsewhere.js": ("esid: x", "while (false) {}"),
        "test/language/expressions/object/__proto__-dup.js": ("esid: x", "({ __proto__: null });"),
    }
    for rel, (fm, body) in cases.items():
        _test(tmp_path, rel, fm, body)
    explain = {}
    selected = dict(t262.select_tests(str(tmp_path), "es2015", (), skip_file=None, explain=explain))
    assert sorted(selected) == sorted(rel for rel in cases if rel.endswith((
        "tagged.js", "untagged.js", "strict.js", "sym.js", "neg.js", "esprima-gap.js"))
        and "elsewhere" not in rel)
    assert t262.modes_for(selected[lang + "class/strict.js"], ["sloppy"]) == ["strict"]
    reasons = {r for r in explain}
    assert {"feature: generators", "syntax: generator", "global: Reflect", "symbol: Symbol.species",
            "flag: module", "include: isConstructor.js", "untagged: Annex B __proto__"} <= reasons, reasons
    assert any(r.startswith("syntax (negative test): async") for r in reasons), reasons
    assert any(r.startswith("syntax (esprima cannot parse): 1n") for r in reasons), reasons


def test_es5_tests_skipped_for_es2015_syntax_move_to_the_es2015_selection(tmp_path):
    (tmp_path / "harness").mkdir()
    _test(tmp_path, "test/built-ins/Date/S15.9.3.1_A4_T0.js", "info: x", "var f = () => 1;")
    skip = tmp_path / "skip.txt"
    skip.write_text("test/built-ins/Date/S15.9.3.1_A4_T0.js  # uses ES2015 syntax: arrow functions\n")
    es2015 = [rel for rel, _ in t262.select_tests(str(tmp_path), "es2015", (), skip_file=str(skip))]
    assert es2015 == ["test/built-ins/Date/S15.9.3.1_A4_T0.js"]
    assert [rel for rel, _ in t262.select_tests(str(tmp_path), "es5")] == es2015


@pytest.mark.slow
@pytest.mark.skipif(not ROOT or not os.path.isdir(os.path.join(ROOT or "", "harness")),
                    reason="AJGI_TEST262_DIR does not point to a test262 checkout")
def test_selection_size_at_the_pinned_revision():
    if t262.test262_commit(ROOT) != PINNED:
        pytest.skip("sizes are recorded for test262 %s only" % PINNED[:12])
    sel = [rel for rel, _ in t262.select_tests(ROOT, "es2015")]
    # README.md: 5933 at be13516f. The band absorbs small rule refinements;
    # a larger move is a rule change to write down there.
    assert 5800 <= len(sel) <= 6100, len(sel)
    per = {}
    for rel in sel:
        key = "/".join(rel.split("/")[:4])
        per[key] = per.get(key, 0) + 1
    assert 500 <= per["test/language/statements/class"] <= 750
    assert 500 <= per["test/language/statements/for-of"] <= 600
    assert 100 <= per["test/built-ins/Map/prototype"] + per.get("test/built-ins/Map/Symbol.species", 0) <= 160
    assert not set(sel) & {rel for rel, _ in t262.select_tests(ROOT, "es5")} - {
        p for p, r in t262.read_skip_file(t262.DEFAULT_SKIP_FILE).items() if r.startswith(t262.ES2015_SYNTAX_SKIP)}
