"""The shapes compiler/lower/bitwise.py and members.inline_get_index emit:
bitwise operators on Python ints behind a float-and-range test, the runtime
operator as the fallback; a string's code unit read inline. The values at
every edge of the guards are in tests/scripts/number/bitwise_inline.js and
tests/scripts/string/index_inline.js (node's expectations)."""

import re

from tests.helpers import python_one_line as _py, run_js


def test_a_literal_operand_is_converted_at_compile_time():
    py = _py("function f(x) { return [x & 15, x | 0, x >> 36, x >>> 0, x << 3, -1 >>> x, x & 0xFFFFFFFF]; }")
    assert ("_ajgi_FLOATS[_ajgi_trunc(x) & 15] if _ajgi_type(x) is _ajgi_float and "
            "-2147483649.0 < x < 2147483648.0 else _ajgi_bit_and(x, 15.0)") in py
    assert "_ajgi_float(_ajgi_trunc(x)) if" in py  # x | 0 is ToInt32(x)
    assert "_ajgi_float(_ajgi_trunc(x) >> 4)" in py  # the count is ToUint32(36) & 31
    # >>> accepts the uint32 range too
    assert ("_ajgi_float(_ajgi_trunc(x) & 4294967295) if _ajgi_type(x) is _ajgi_float and "
            "-2147483649.0 < x < 4294967296.0 else _ajgi_shr(x, 0.0)") in py
    # << keeps the low 32 bits, sign-extended
    assert "_ajgi_float((_ajgi_trunc(x) << 3 & 4294967295 ^ 2147483648) - 2147483648)" in py
    assert "_ajgi_float(4294967295 >> (_ajgi_trunc(x) & 31))" in py
    assert "_ajgi_float(_ajgi_trunc(x) & -1)" in py  # ToInt32(0xFFFFFFFF)


def test_two_literals_fold_and_number_locals_need_no_type_test():
    py = _py("function f(n) { var a = n * 2; return [1 << 4, -1 >>> 0, ~5, a ^ a, ~a]; }")
    assert "[16.0, 4294967295.0, -6.0," in py
    assert ("_ajgi_float(_ajgi_trunc(a) ^ _ajgi_trunc(a)) if -2147483649.0 < a < 2147483648.0 and "
            "-2147483649.0 < a < 2147483648.0 else _ajgi_bit_xor(a, a)") in py
    assert "_ajgi_float(~_ajgi_trunc(a)) if -2147483649.0 < a < 2147483648.0 else _ajgi_bit_not(a)" in py


def test_both_operands_are_evaluated_before_the_test_can_fail():
    # two bound operands: the left one's binding rides on the right one's first test
    py = _py("function f(p, q) { return p.x & q.y; }")
    assert "else _ajgi_bit_and(_ajgi_t" in py
    out = run_js("""
        var log = [];
        function obj(name, v) { return {valueOf: function () { log.push("valueOf " + name); return v; }}; }
        var o = {get x() { log.push("x"); return obj("x", 6); }}, p = {get y() { log.push("y"); return 3; }};
        var q = {get y() { log.push("y2"); return obj("y2", 12); }};
        console.log(o.x & p.y, (p.y << 1) | o.x, o.x ^ q.y, log.join(" "));
    """)
    assert out == ["2 6 10 x y valueOf x y x valueOf x x y2 valueOf x valueOf y2"]


def test_string_index_read_inline_with_the_generic_read_behind():
    py = _py("function f(s, n) { return s[n & 7] + s[n * 1]; }")
    # a masked index needs no sign or integrality test, a product does
    assert re.search(r"else (_ajgi_t\d+)\[_ajgi_trunc\((_ajgi_t\d+)\)\] if _ajgi_t\d+ is _ajgi_str "
                     r"and \2 < _ajgi_len\(\1\) else _ajgi_getm\(\1, \2\)", py)
    assert re.search(r"else (_ajgi_t\d+)\[_ajgi_trunc\((_ajgi_t\d+)\)\] if _ajgi_t\d+ is _ajgi_str "
                     r"and 0.0 <= \2 < _ajgi_len\(\1\) and \2.is_integer\(\) else _ajgi_getm\(\1, \2\)", py)
    out = run_js("""
        String.prototype[9] = "p";
        function f(s, n) { return s[n & 15] + "," + s[n * 1] + "," + s[n - 0.5]; }
        console.log(f("abcdef", 2), f("abc", 9), f("abc", -1), f("abc", 1.5));
    """)
    assert out == ["c,c,undefined p,p,undefined undefined,undefined,undefined b,undefined,b"]


def test_an_operator_on_another_ones_int_skips_the_float_round_trip():
    """``(x >> 4) & 15``: the inner int goes straight into the outer operator
    (an int32 is in range), the runtime operators nest in the fallback;
    ``>>>`` yields a uint32, which is tested as a float again.
    tests/scripts/number/bitwise_chains.js has the values (node's)."""
    py = _py("function f(x) { return [(x >> 4) & 15, ((x & 1023) >> 1) | 3, (x >>> 0) & 7]; }")
    assert ("_ajgi_FLOATS[_ajgi_trunc(x) >> 4 & 15] if _ajgi_type(x) is _ajgi_float and "
            "-2147483649.0 < x < 2147483648.0 else _ajgi_bit_and(_ajgi_sar(x, 4.0), 15.0)") in py
    assert "_ajgi_float((_ajgi_trunc(x) & 1023) >> 1 | 3) if" in py
    assert "_ajgi_bit_or(_ajgi_sar(_ajgi_bit_and(x, 1023.0), 1.0), 3.0)" in py
    assert "_ajgi_FLOATS[_ajgi_trunc(_ajgi_t1) & 7] if" in py  # (x >>> 0) & 7 tests the uint32 again


def test_a_small_mask_takes_its_float_from_the_table():
    """``x & m`` for a mask 0..1023 (either side) is in 0..m: FLOATS[int]
    rather than float(int); a larger or negative mask, and the other
    operators, call float()."""
    py = _py("function f(x, y) { return [x & 1023, 63 & x, x & 1024, x & -2, x | 7, (y >> 10) & 1023]; }")
    assert "_ajgi_FLOATS[_ajgi_trunc(x) & 1023] if" in py
    assert "_ajgi_FLOATS[63 & _ajgi_trunc(x)] if" in py
    assert "_ajgi_float(_ajgi_trunc(x) & 1024) if" in py
    assert "_ajgi_float(_ajgi_trunc(x) & -2) if" in py
    assert "_ajgi_float(_ajgi_trunc(x) | 7) if" in py
    assert "_ajgi_FLOATS[_ajgi_trunc(y) >> 10 & 1023] if" in py
    out = run_js("""
        function f(x) { return [x & 1023, 1023 & x, x & 0, (x >> 3) & 1023, x & 1024].join(); }
        console.log(f(-1), f(4294967295.5), f(-2147483648), f(1023.9), f(-0), f("77"), f(NaN), f(2e10));
    """)
    assert out == ["1023,1023,0,1023,1024 1023,1023,0,1023,1024 0,0,0,0,0 1023,1023,0,127,0 "
                   "0,0,0,0,0 77,77,0,9,0 0,0,0,0,0 0,0,0,256,0"]
