"""The runtime ABI (runtime/abi.py): every helper the compiler can emit is
exported, and the fingerprint names the table."""

import glob
import os
import re

import pytest

from runtime import abi

HERE = os.path.dirname(__file__)
COMPILER = os.path.join(HERE, "..", "..", "ajgi_tx", "compiler")
_RT = re.compile(r"""\brt(?:_call)?\(\s*["']([A-Za-z_0-9]+)["']""")


def _literal_helper_names():
    """Names written literally in the compiler's source (``rt("add")``)."""
    names = set()
    for path in glob.glob(os.path.join(COMPILER, "**", "*.py"), recursive=True):
        with open(path, encoding="utf-8") as f:
            names.update(_RT.findall(f.read()))
    return names


def _table_helper_names():
    """Names the lowering builds from its tables at compile time."""
    from ajgi_tx.compiler.lower import expressions, intrinsics

    names = {"%s_%s" % (kind, name) for name, kind in intrinsics.METHOD_KINDS.items()}
    names.update(entry for _, entry in intrinsics._RECEIVERS.values())
    names.update("Math_" + name for name in intrinsics.math.METHODS)
    names.update(core for core, _ in intrinsics._MATH_INLINE.values())
    names.update(expressions._SIMPLE_HELPERS.values())
    names.update(h for _, h in expressions._ARITH.values())
    names.update(h for _, h in expressions._CMP.values())
    names.update(expressions._CONST_GLOBALS.values())
    for op in ("pre", "post"):
        for d in ("inc", "dec"):
            names.update((op + d + "_n", op + d + "_m"))
    names.update(("putn", "putm", "sputn", "sputm"))
    return names


# Constructs whose helper names are computed: member stores and updates in
# both modes, and a call of every pristine method.
def _computed_helpers_script():
    from ajgi_tx.compiler.lower import intrinsics

    calls = "".join("function m%d(x) { return x.%s(1); }\n" % (i, name)
                    for i, name in enumerate(sorted(intrinsics.METHOD_KINDS)))
    updates = "var o = {}, k = 'a';\no.a = 1; o[k] = 2; o.a++; ++o.a; o.a--; --o.a; o[k]++; ++o[k]; o[k]--; --o[k];\n"
    strict = "function s(o, k) { 'use strict'; o.a = 1; o[k] = 2; o.a++; --o[k]; return o[k]++ + --o.a; }\n"
    math = "function q(x) { return Math.sqrt(x) + Math.abs(x) + Math.floor(x); }\n"
    return calls + updates + strict + math + "String.fromCharCode(65); 'x'.charAt(0);\n"


def _corpus():
    root = os.path.join(HERE, "..")
    paths = glob.glob(os.path.join(root, "scripts", "**", "*.js"), recursive=True)
    paths += [p for p in glob.glob(os.path.join(root, "golden", "*", "*.js"))
              if os.sep + "unsupported" + os.sep not in p]
    for p in sorted(paths):
        with open(p, encoding="utf-8") as f:
            yield p, f.read()
    yield "computed.js", _computed_helpers_script()


def _used_helper_names():
    """What the emitter recorded (pyast.Builder.used_helpers) over a corpus."""
    from ajgi_tx.compiler import compile_source
    from ajgi_tx.errors import CompileError

    names = set()
    for path, source in _corpus():
        try:
            names.update(compile_source(source, path).helpers)
        except CompileError:
            pass  # scripts that expect a SyntaxError
    return names


def test_every_emitted_helper_is_exported():
    literal = _literal_helper_names()
    assert len(literal) > 40  # the scan itself works
    assert abi.check_helpers(literal) == []
    assert abi.check_helpers(_table_helper_names()) == []


def test_every_helper_the_emitter_records_is_exported():
    used = _used_helper_names()
    # the corpus reaches the computed names: pristine methods, updates
    assert {"Array_push", "String_charAt", "sputm", "postinc_m", "predec_n"} <= used
    assert abi.check_helpers(used) == []


def test_compile_refuses_a_helper_the_abi_lacks(monkeypatch):
    from ajgi_tx.compiler import compile_source

    src = "function f() {} f();"
    assert "fn" in compile_source(src, "t.js").helpers
    exports = dict(abi.EXPORTS)
    del exports["fn"]
    monkeypatch.setattr(abi, "EXPORTS", exports)
    with pytest.raises(RuntimeError, match="missing from runtime/abi.py: fn"):
        compile_source(src, "t.js")


def test_bind_realm_provides_every_per_realm_name():
    from ajgi_tx.runner import create_realm

    g = create_realm().global_object.props
    assert all("_ajgi_" + n in g for n in abi.PER_REALM)


def test_helpers_are_reserved_names():
    assert all(k.startswith("_ajgi_") for k in abi.HELPERS)


def test_fingerprint_follows_names_and_signatures():
    fp = abi.fingerprint(abi.EXPORTS, abi.PER_REALM)
    assert fp == abi.ABI_FINGERPRINT and len(fp) == 16
    renamed = dict(abi.EXPORTS)
    renamed["add2"] = renamed.pop("add")
    assert abi.fingerprint(renamed, abi.PER_REALM) != fp
    resigned = dict(abi.EXPORTS, add=lambda a, b, c: a)
    assert abi.fingerprint(resigned, abi.PER_REALM) != fp
    assert abi.fingerprint(abi.EXPORTS, abi.PER_REALM + ("x",)) != fp


def test_no_opaque_export_names():
    # the names compiled code shows must explain themselves
    for opaque in ("M", "AM", "NS", "FS", "PA", "PS", "PR", "Acc", "CHR", "fcc"):
        assert opaque not in abi.EXPORTS


def test_compiled_source_names_its_abi():
    from ajgi_tx.compiler import COMPILER_VERSION, compile_source

    text = compile_source("var x = 1;", "x.js").python_source()
    assert "(compiler %s, runtime ABI %s, source sha256 " % (COMPILER_VERSION, abi.ABI_FINGERPRINT) \
        in text.splitlines()[0]
