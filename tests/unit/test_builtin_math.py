"""The Math object (ES5.1 15.8); expected values are what node 20 prints."""

import math

import pytest

from runtime.builtins import math as M
from runtime.properties import get_prop
from runtime.values import null, undefined

NAN = math.nan
INF = math.inf


pytestmark = pytest.mark.usefixtures("realm")  # the shared fixture (tests/unit/conftest.py)


def js(x):
    """A float as node's console.log shows it, telling -0 apart."""
    if x == 0:
        return "-0" if math.copysign(1.0, x) < 0 else "0"
    return repr(x)


def same(a, b):
    return js(a) == js(b) if not (a != a or b != b) else (a != a and b != b)


def call(name, *args):
    return getattr(M, "math_" + name)(undefined, *args)


# (function, args, node's result)
CASES = [
    ("round", (-0.5,), -0.0), ("round", (2.5,), 3.0), ("round", (0.49999999999999994,), 0.0),
    ("round", (-2.5,), -2.0), ("round", (-2.6,), -3.0), ("round", (4503599627370495.5,), 4503599627370496.0),
    ("round", (-0.0,), -0.0), ("round", (0.5,), 1.0), ("round", (-1e-300,), -0.0), ("round", (NAN,), NAN),
    ("round", (INF,), INF),
    ("max", (), -INF), ("min", (), INF), ("max", (1.0, NAN, 3.0), NAN), ("max", (-0.0, 0.0), 0.0),
    ("max", (0.0, -0.0), 0.0), ("min", (0.0, -0.0), -0.0), ("min", (-0.0, 0.0), -0.0), ("max", ("3", 2.0), 3.0),
    ("min", (null, 1.0), 0.0), ("max", (1.0, 2.0, 5.0, 4.0), 5.0), ("min", (undefined, 1.0), NAN),
    ("pow", (1.0, INF), NAN), ("pow", (NAN, 0.0), 1.0), ("pow", (NAN, -0.0), 1.0), ("pow", (1.0, NAN), NAN),
    ("pow", (-8.0, 1 / 3), NAN), ("pow", (0.0, -1.0), INF), ("pow", (-0.0, -1.0), -INF), ("pow", (-0.0, -2.0), INF),
    ("pow", (-0.0, 3.0), -0.0), ("pow", (-INF, 3.0), -INF), ("pow", (-INF, -3.0), -0.0), ("pow", (-INF, 2.0), INF),
    ("pow", (-10.0, 309.0), -INF), ("pow", (10.0, 309.0), INF), ("pow", (2.0, -1075.0), 0.0),
    ("pow", (-1.0, -INF), NAN), ("pow", (0.5, -INF), INF), ("pow", (2.0, 10.0), 1024.0), ("pow", (-2.0, 3.0), -8.0),
    ("pow", (4.0, 0.5), 2.0), ("pow", (2.0, -2.0), 0.25),
    ("atan2", (0.0, -0.0), math.pi), ("atan2", (-0.0, -0.0), -math.pi), ("atan2", (-0.0, 0.0), -0.0),
    ("atan2", (0.0, 0.0), 0.0), ("atan2", (1.0, 0.0), 1.5707963267948966), ("atan2", (INF, INF), 0.7853981633974483),
    ("atan2", (-INF, -INF), -2.356194490192345), ("atan2", (1.0, -INF), math.pi), ("atan2", (-1.0, -INF), -math.pi),
    ("atan2", (1.0, 1.0), 0.7853981633974483), ("atan2", (-1.0, -1.0), -2.356194490192345),
    ("atan2", (NAN, 1.0), NAN),
    ("ceil", (-0.5,), -0.0), ("ceil", (1.1,), 2.0), ("ceil", (-1e-320,), -0.0), ("ceil", (-0.0,), -0.0),
    ("floor", (-0.5,), -1.0), ("floor", (-0.0,), -0.0), ("floor", (1e300,), 1e300), ("floor", (INF,), INF),
    ("exp", (1000.0,), INF), ("exp", (-1000.0,), 0.0), ("exp", (1.0,), 2.718281828459045), ("exp", (-INF,), 0.0),
    ("log", (0.0,), -INF), ("log", (-0.0,), -INF), ("log", (-1.0,), NAN), ("log", (10.0,), 2.302585092994046),
    ("log", (INF,), INF),
    ("sqrt", (-0.0,), -0.0), ("sqrt", (-1.0,), NAN), ("sqrt", (2.0,), 1.4142135623730951), ("sqrt", (INF,), INF),
    ("acos", (2.0,), NAN), ("acos", (1.0,), 0.0), ("asin", (-0.0,), -0.0), ("asin", (1.5,), NAN),
    ("sin", (-0.0,), -0.0), ("tan", (-0.0,), -0.0), ("cos", (INF,), NAN), ("sin", (-INF,), NAN),
    ("atan", (INF,), 1.5707963267948966), ("atan", (-0.0,), -0.0),
    ("abs", (-0.0,), 0.0), ("abs", ("-2",), 2.0), ("abs", (), NAN), ("abs", (-INF,), INF),
]


@pytest.mark.parametrize("name, args, expected", CASES)
def test_math_cases(name, args, expected):
    got = call(name, *args)
    assert type(got) is float
    assert same(got, expected), (got, expected)


def test_constants(realm):
    m = get_prop(realm.global_object, "Math")
    assert m.cls == "Math"
    expected = {"E": 2.718281828459045, "LN10": 2.302585092994046, "LN2": 0.6931471805599453,
                "LOG2E": 1.4426950408889634, "LOG10E": 0.4342944819032518, "PI": 3.141592653589793,
                "SQRT1_2": 0.7071067811865476, "SQRT2": 1.4142135623730951}
    for k, v in expected.items():
        assert get_prop(m, k) == v
        assert m.attrs[k] == 0
    assert realm.global_object.attrs["Math"] == 1 | 4  # writable, configurable


def test_function_lengths(realm):
    m = get_prop(realm.global_object, "Math")
    lengths = {"abs": 1, "atan2": 2, "max": 2, "min": 2, "pow": 2, "random": 0, "round": 1, "floor": 1}
    for k, n in lengths.items():
        assert get_prop(get_prop(m, k), "length") == float(n)


def test_random():
    seen = set()
    for _ in range(200):
        r = call("random")
        assert type(r) is float and 0.0 <= r < 1.0
        seen.add(r)
    assert len(seen) > 150


def test_max_converts_every_argument(realm):
    # valueOf of every argument runs even after a NaN (15.8.2.11 step 1).
    calls = []
    o1 = realm.new_object()
    o2 = realm.new_object()

    def value_of_1(this, *_):
        calls.append(1)
        return NAN

    def value_of_2(this, *_):
        calls.append(2)
        return 1.0

    realm.define_methods(o1, {"valueOf": (value_of_1, 0)})
    realm.define_methods(o2, {"valueOf": (value_of_2, 0)})
    assert math.isnan(call("max", o1, o2))
    assert calls == [1, 2]


def test_no_python_exceptions_escape():
    specials = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 1e308, -1e308, 5e-324, INF, -INF, NAN, 710.0, -745.5]
    for name in ("abs", "acos", "asin", "atan", "ceil", "cos", "exp", "floor", "log", "round", "sin", "sqrt", "tan"):
        for x in specials:
            assert type(call(name, x)) is float
    for name in ("atan2", "pow", "max", "min"):
        for x in specials:
            for y in specials:
                assert type(call(name, x, y)) is float
