"""Classes, methods, super and new.target: compile errors, generated shape
and blocking calls (delay()) in every new construct, run by the CLI."""

import pytest

from ajgi_tx.compiler import compile_source
from ajgi_tx.errors import CompileError
from tests.helpers import run_js
from tests.unit.es_expr_helpers import run_agi


@pytest.mark.parametrize("src,col", [
    ("function f() { return super.x; }", 23),
    ("var o = {m() { function g() { return super.x; } }};", 38),
    ("class A { constructor() { super(); } }", 27),
    ("var o = {m() { super(); }};", 16),
])
def test_super_outside_its_places_is_a_syntax_error(src, col):
    with pytest.raises(CompileError) as info:
        compile_source(src, "t.js")
    e = info.value
    assert (e.kind, e.col) == ("SyntaxError", col)
    assert e.message == "'super' keyword unexpected here"


def test_methods_get_no_prototype_and_a_home_only_when_they_use_super():
    py = compile_source("var o = {a() { return 1; }, b() { return super.b; }};", "t.js").python_source()
    assert py.count("_ajgi_home=") == 1
    assert "_ajgi_method(" in py and "_ajgi_set_homes(" in py


def test_a_class_without_super_property_reads_has_no_home_parameters():
    py = compile_source("class A { m() { return 1; } static s() {} }", "t.js").python_source()
    assert "_ajgi_home=" not in py


def test_plain_object_literals_stay_dict_displays():
    py = compile_source("var a = 1; var o = {a, b: 2, m() {}};", "t.js").python_source()
    assert "_ajgi_obj(_ajgi_OP, {'a': a, 'b': 2.0, 'm':" in py
    assert "_ajgi_obj_literal" not in py


def test_class_binding_before_its_declaration_is_a_reference_error():
    assert run_js("try { new K(); } catch (e) { console.log(e.name + ': ' + e.message); }\nclass K {}") \
        == ["ReferenceError: Cannot access 'K' before initialization"]
    assert run_js("function f() { return K; }\ntry { f(); } catch (e) { console.log(e.name); }\n"
                  "class K {}\nconsole.log(f() === K);") == ["ReferenceError", "true"]


def test_class_code_is_strict():
    assert run_js("class A { m() { undeclared_x = 1; } }\n"
                  "try { new A().m(); } catch (e) { console.log(e.name); }") == ["ReferenceError"]


BLOCKING = """
function slow(v) { delay(1); return v; }
class Base {
  constructor(x) { this.x = slow(x); }
  m() { return slow("m" + this.x); }
  static s() { return slow("s"); }
  get g() { return slow("g" + this.x); }
}
class Derived extends Base {
  constructor(x) { super(slow(x) + 1); this.y = slow(2); }
  m() { return "D" + super.m(); }
}
class Quiet extends Base {}
var b = new Base(1);
console.log(b.x, b.m(), Base.s(), b.g);
var d = new Derived(1);
console.log(d.x, d.y, d.m(), d.g, d instanceof Base);
console.log(new Quiet(5).x);
var o = {[slow("k")]: slow(1), m() { return slow("om"); }, get a() { return slow("oa"); }};
console.log(o.k, o.m(), o.a);
function NT() { return slow(new.target === NT); }
console.log(new NT() instanceof NT, NT());
class Keyed { [slow("ck")]() { return slow("ckv"); } }
console.log(new Keyed().ck());
"""


def test_blocking_calls_in_constructors_methods_accessors_and_keys_are_awaited(tmp_path):
    assert compile_source(BLOCKING, "t.js").is_async
    out, err = run_agi(tmp_path, BLOCKING)
    assert err == ""
    assert out == ["1 m1 s g1", "2 2 Dm2 g2 true", "5", "1 om oa", "true false", "ckv"]


def test_a_class_whose_constructor_blocks_is_awaited_through_a_variable(tmp_path):
    src = ("class A { constructor() { delay(1); this.v = 'ready'; } }\n"
           "var K = [A][0];\nconsole.log(new K().v);")
    assert run_agi(tmp_path, src) == (["ready"], "")


def test_symbol_keys_stay_symbols_and_name_functions_in_brackets():
    from runtime.classes import function_name_of_key, property_key
    from runtime.symbols import JSSymbol

    s = JSSymbol("it")
    assert property_key(s) is s
    assert property_key(1.0) == "1"
    assert function_name_of_key(s) == "[it]"
    assert function_name_of_key(s, "get") == "get [it]"
    assert function_name_of_key(JSSymbol()) == ""


def test_super_call_in_a_plain_function_constructed_parent_and_returned_objects():
    assert run_js("function P(v) { this.v = v; }\nclass C extends P { constructor() { super(4); } }\n"
                  "var c = new C(); console.log(c.v, c instanceof P, c.constructor === C);") == ["4 true true"]
