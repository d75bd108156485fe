"""ES2015 methods compiled code calls directly while their prototype is
pristine (compiler/lower/intrinsics.py): names only Array.prototype has
(find, fill...), only String.prototype has (startsWith, padStart...), and
names both have (includes, indexOf, slice...), whose guard picks the
built-in by the receiver's type."""

import ast

from ajgi_tx.compiler import compile_source
from ajgi_tx.compiler.lower import intrinsics


def _python(src):
    return ast.unparse(compile_source(src, "t.js").module)


def test_es2015_methods_of_one_prototype_are_called_directly():
    code = _python("function f(a, s) { return [a.find(g), a.fill(0), a.copyWithin(0, 1),"
                   " s.startsWith('x'), s.padStart(3), s.repeat(2), s.codePointAt(0)]; }")
    for helper in ("Array_find", "Array_fill", "Array_copyWithin", "String_startsWith",
                   "String_padStart", "String_repeat", "String_codePointAt"):
        assert "_ajgi_" + helper in code, helper


def test_a_name_both_prototypes_have_is_called_directly_on_either():
    assert {"includes", "indexOf", "lastIndexOf", "slice", "concat"} <= intrinsics.STRING_OR_ARRAY_METHODS
    code = _python("function f(x) { return x.includes(1); }")
    assert "_ajgi_String_includes if _ajgi_type(x) is _ajgi_str else _ajgi_Array_includes" in code
    assert "_ajgi_getn(x, 'includes')" in code  # the generic read stays as the fallback
