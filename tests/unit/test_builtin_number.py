"""Number and Boolean built-ins (ES5.1 15.6, 15.7); expected values are what node 20 prints."""

import math

import pytest

from runtime.builtins import number as N
from runtime.builtins import boolean as B
from runtime.errors import JSThrow
from runtime.numconv import number_to_string
from runtime.conversions import to_string
from runtime.calls import construct
from runtime.properties import get_prop
from runtime.values import JSPrimitiveWrapper, null, undefined


# Only the modules under test (and Error, for thrown errors): other built-ins
# are written concurrently and must not break these tests.


pytestmark = pytest.mark.usefixtures("realm")  # the shared fixture (tests/unit/conftest.py)


def g(realm, name):
    return get_prop(realm.global_object, name)


def thrown(fn, *args):
    with pytest.raises(JSThrow) as ei:
        fn(*args)
    e = ei.value.value
    return "%s: %s" % (get_prop(e, "name"), get_prop(e, "message"))


def is_neg_zero(x):
    return x == 0 and math.copysign(1.0, x) < 0


# -- ToString(Number) --------------------------------------------------------

TO_STRING_CASES = [
    (1e21, "1e+21"), (1e-7, "1e-7"),
    (5e-324, "5e-324"), (0.1 + 0.2, "0.30000000000000004"), (1 / 3, "0.3333333333333333"),
    (-1e-7, "-1e-7"), (1.7976931348623157e308, "1.7976931348623157e+308"), (1e20, "100000000000000000000"),
    (0.000001, "0.000001"), (1.5e-6, "0.0000015"), (-0.0, "0"), (math.inf, "Infinity"),
    (-math.inf, "-Infinity"), (math.nan, "NaN"), (123.456, "123.456"), (1e100, "1e+100"),
    (2.0 ** 53, "9007199254740992"), (-1.5, "-1.5"), (100.0, "100"), (1.2e-10, "1.2e-10"),
]

# Integers in [2**53, 1e21) print their shortest digits padded with zeros.
LARGE_INT_CASES = [
    (123456789012345680000.0, "123456789012345680000"), (2.0 ** 60, "1152921504606847000"), (2.0 ** 64, "18446744073709552000"),
    (123456789012345678901.0, "123456789012345680000"), (-(2.0 ** 62), "-4611686018427388000"),
]


@pytest.mark.parametrize("x, expected", TO_STRING_CASES)
def test_numconv_number_to_string(x, expected):
    assert number_to_string(x) == expected


@pytest.mark.parametrize("x, expected", LARGE_INT_CASES)
def test_numconv_large_integers(x, expected):
    assert number_to_string(x) == expected


@pytest.mark.parametrize("x, expected", TO_STRING_CASES + LARGE_INT_CASES)
def test_number_toString_radix10(x, expected):
    assert N.number_proto_toString(x) == expected
    assert N.number_proto_toString(x, 10.0) == expected


# -- constructor ----------------------------------------------------------------

def test_number_call_and_construct(realm):
    Number = g(realm, "Number")
    assert Number(undefined) == 0.0
    assert Number(undefined, "  12  ") == 12.0
    assert math.isnan(Number(undefined, undefined))
    assert Number(undefined, null) == 0.0
    assert Number(undefined, True) == 1.0
    assert Number(undefined, "0x1f") == 31.0
    w = construct(Number, "5")
    assert isinstance(w, JSPrimitiveWrapper) and w.cls == "Number" and w.value == 5.0
    assert w.proto is realm.NumberPrototype
    assert construct(Number).value == 0.0
    assert get_prop(realm.NumberPrototype, "constructor") is Number
    assert realm.NumberPrototype.value == 0.0 and realm.NumberPrototype.cls == "Number"


def test_number_constants(realm):
    Number = g(realm, "Number")
    assert get_prop(Number, "MAX_VALUE") == 1.7976931348623157e308
    assert get_prop(Number, "MIN_VALUE") == 5e-324
    assert math.isnan(get_prop(Number, "NaN"))
    assert get_prop(Number, "NEGATIVE_INFINITY") == -math.inf
    assert get_prop(Number, "POSITIVE_INFINITY") == math.inf
    for k in ("MAX_VALUE", "MIN_VALUE", "NaN", "NEGATIVE_INFINITY", "POSITIVE_INFINITY"):
        assert Number.attrs[k] == 0
    assert get_prop(Number, "length") == 1.0


def test_wrapper_this_and_type_errors(realm):
    w = construct(g(realm, "Number"), 255.0)
    assert N.number_proto_toString(w, 16.0) == "ff"
    assert N.number_proto_valueOf(w) == 255.0
    assert thrown(N.number_proto_toString, "x") == "TypeError: Number.prototype.toString requires that 'this' be a Number"
    assert thrown(N.number_proto_valueOf, {}) == "TypeError: Number.prototype.valueOf requires that 'this' be a Number"
    assert thrown(N.number_proto_toFixed, True, 1.0) == "TypeError: Number.prototype.toFixed requires that 'this' be a Number"
    assert thrown(N.number_proto_toLocaleString, undefined) == \
        "TypeError: Number.prototype.toLocaleString requires that 'this' be a Number"
    b = construct(g(realm, "Boolean"), True)
    assert thrown(N.number_proto_valueOf, b) == "TypeError: Number.prototype.valueOf requires that 'this' be a Number"


# -- toString(radix) ------------------------------------------------------------

@pytest.mark.parametrize("x, radix, expected", [
    (0.5, 2, "0.1"), (255.0, 16, "ff"), (-255.0, 36, "-73"), (3.75, 2, "11.11"),
    (0.1, 3, "0.0022002200220022002200220022002201"), (1e21, 16, "3635c9adc5dea00000"),
    (1 / 3, 2, "0.010101010101010101010101010101010101010101010101010101"), (-0.0, 2, "0"),
    (2.0 ** 60 + 1, 7, "2031000661631341064200"), (math.pi, 36, "3.53i5ab8p5f"),
    (1e-7, 2, "0.0000000000000000000000011010110101111111001010011010101111001010111101001"),
    (35.0, 36, "z"), (0.0, 16, "0"), (math.nan, 2, "NaN"), (math.inf, 16, "Infinity"),
    (-math.inf, 36, "-Infinity"), (1e21, 36, "5v1j4f4ds7c000"), (1e21, 7, "5135235413265003022600000"),
    (255.5, 16, "ff.8"), (-0.75, 8, "-0.6"),
])
def test_toString_radix(x, radix, expected):
    assert N.number_proto_toString(x, float(radix)) == expected


def test_toString_radix_errors_and_conversion():
    assert thrown(N.number_proto_toString, 1.0, 1.0) == "RangeError: toString() radix argument must be between 2 and 36"
    assert thrown(N.number_proto_toString, 1.0, 37.0) == "RangeError: toString() radix argument must be between 2 and 36"
    assert thrown(N.number_proto_toString, 1.0, math.nan).startswith("RangeError")
    assert N.number_proto_toString(255.0, "16") == "ff"
    assert N.number_proto_toString(255.0, 16.9) == "ff"
    assert N.number_proto_toString(10.0, undefined) == "10"


# -- toFixed / toExponential / toPrecision ------------------------------------

@pytest.mark.parametrize("x, f, expected", [
    (1.005, 2, "1.00"), (2.5, 0, "3"), (1.45, 1, "1.4"), (1e21, 2, "1e+21"), (-1.5, 0, "-2"),
    (-0.0, 2, "0.00"), (-1e-10, 2, "-0.00"), (0.5, 0, "1"), (1.5, 0, "2"), (123.456, 1, "123.5"),
    (0.000001, 3, "0.000"), (1e20, 2, "100000000000000000000.00"), (0.1, 20, "0.10000000000000000555"),
    (99.995, 2, "100.00"), (4.35, 1, "4.3"), (-2.5, 0, "-3"), (1.2e20, 0, "120000000000000000000"),
    (math.nan, 2, "NaN"), (math.inf, 1, "Infinity"), (-math.inf, 0, "-Infinity"), (10.0, undefined, "10"),
    (2.0 ** 60, 0, "1152921504606846976"), (-1e21, 1, "-1e+21"), (0.1, 100, None),
])
def test_toFixed(x, f, expected):
    got = N.number_proto_toFixed(x, f if f is undefined else float(f))
    if expected is None:
        assert got == "0.1000000000000000055511151231257827021181583404541015625" + "0" * 45
    else:
        assert got == expected


def test_toFixed_range():
    assert thrown(N.number_proto_toFixed, 1.0, 101.0) == "RangeError: toFixed() digits argument must be between 0 and 100"
    assert thrown(N.number_proto_toFixed, 1.0, -1.0).startswith("RangeError")
    # The range check comes before the NaN check.
    assert thrown(N.number_proto_toFixed, math.nan, 200.0).startswith("RangeError")


@pytest.mark.parametrize("x, f, expected", [
    (123.0, undefined, "1.23e+2"), (0.0, undefined, "0e+0"), (0.0, 2, "0.00e+0"), (0.125, 1, "1.3e-1"),
    (1.25, 1, "1.3e+0"), (-1.5, 0, "-2e+0"), (1e21, 3, "1.000e+21"), (5e-324, undefined, "5e-324"),
    (5e-324, 2, "4.94e-324"), (123456.0, 2, "1.23e+5"), (0.00001, undefined, "1e-5"), (-0.0, 1, "0.0e+0"),
    (math.nan, 200, "NaN"), (math.inf, undefined, "Infinity"), (1.7976931348623157e308, 20, "1.79769313486231570815e+308"),
    (9.999, 2, "1.00e+1"),
])
def test_toExponential(x, f, expected):
    assert N.number_proto_toExponential(x, f if f is undefined else float(f)) == expected


def test_toExponential_range():
    assert thrown(N.number_proto_toExponential, 1.0, -1.0) == "RangeError: toExponential() argument must be between 0 and 100"
    assert thrown(N.number_proto_toExponential, 1.0, 101.0).startswith("RangeError")


@pytest.mark.parametrize("x, p, expected", [
    (123.456, 4, "123.5"), (0.00001, 1, "0.00001"), (1e21, 3, "1.00e+21"), (1.25, 2, "1.3"),
    (0.0, 3, "0.00"), (1e-7, 2, "1.0e-7"), (123456.0, 2, "1.2e+5"), (2.5, 1, "3"), (-0.0, 1, "0"),
    (123.0, 3, "123"), (123.0, 2, "1.2e+2"), (0.000001234, 2, "0.0000012"), (0.0000001234, 2, "1.2e-7"),
    (-123.456, 6, "-123.456"), (1.0, 21, "1.00000000000000000000"), (99.99, 3, "100"), (99.99, 2, "1.0e+2"),
    (math.nan, 0, "NaN"), (-math.inf, 200, "-Infinity"), (123.456, undefined, "123.456"),
])
def test_toPrecision(x, p, expected):
    assert N.number_proto_toPrecision(x, p if p is undefined else float(p)) == expected


def test_toPrecision_range():
    assert thrown(N.number_proto_toPrecision, 1.0, 0.0) == "RangeError: toPrecision() argument must be between 1 and 100"
    assert thrown(N.number_proto_toPrecision, 1.0, 101.0).startswith("RangeError")


@pytest.mark.parametrize("x, expected", [
    (1234.5678, "1,234.568"), (1.0005, "1.001"), (1e21, "1,000,000,000,000,000,000,000"), (-0.0, "-0"),
    (math.inf, "\u221e"), (-math.inf, "-\u221e"), (math.nan, "NaN"), (0.0005, "0.001"), (0.00049, "0"),
    (-1234567.891, "-1,234,567.891"), (100.0, "100"), (0.1, "0.1"), (999.9999, "1,000"),
])
def test_toLocaleString(x, expected):
    assert N.number_proto_toLocaleString(x) == expected


# -- Boolean ----------------------------------------------------------------------

def test_boolean(realm):
    Boolean = g(realm, "Boolean")
    assert Boolean(undefined) is False
    assert Boolean(undefined, "") is False
    assert Boolean(undefined, "0") is True
    assert Boolean(undefined, math.nan) is False
    assert Boolean(undefined, realm.new_object()) is True
    w = construct(Boolean, 0.0)
    assert isinstance(w, JSPrimitiveWrapper) and w.cls == "Boolean" and w.value is False
    assert construct(Boolean).value is False
    assert w.proto is realm.BooleanPrototype
    assert realm.BooleanPrototype.value is False and realm.BooleanPrototype.cls == "Boolean"
    assert get_prop(realm.BooleanPrototype, "constructor") is Boolean
    assert B.boolean_proto_toString(True) == "true"
    assert B.boolean_proto_toString(construct(Boolean, 1.0)) == "true"
    assert B.boolean_proto_valueOf(realm.BooleanPrototype) is False
    assert to_string(construct(Boolean, "")) == "false"
    assert thrown(B.boolean_proto_toString, "x") == "TypeError: Boolean.prototype.toString requires that 'this' be a Boolean"
    assert thrown(B.boolean_proto_valueOf, 1.0) == "TypeError: Boolean.prototype.valueOf requires that 'this' be a Boolean"


def test_to_string_of_number_wrapper(realm):
    assert to_string(construct(g(realm, "Number"), 1.5)) == "1.5"
