var x = "global";
function f() { var x = "local"; return eval("x"); }
console.log(f(), eval("x"), (0, eval)("x"));
function g() { eval("var y = 5"); return y; }
console.log(g(), typeof y);
var o = {a: 1, b: 2};
with (o) { console.log(a + b); a = 10; }
console.log(o.a);
function h(p) { with ({p: "shadow"}) { return p; } }
console.log(h("param"));
console.log(eval("1 + 2; 3 * 4"), eval("if (true) 'yes'; else 'no'"));
var F = new Function("a", "b", "return a * b");
console.log(F(3, 4), F.length);
function k() { var z = 1; eval("z++"); return z; }
console.log(k());
function m() { eval("function inner() { return 'inner!' }"); return inner(); }
console.log(m());
with ({f: function () { return this.tag; }, tag: "T"}) { console.log(f()); }
try { eval("var = 1"); } catch (e) { console.log(e.name); }
// expect: local global global
// expect: 5 undefined
// expect: 3
// expect: 10
// expect: shadow
// expect: 12 yes
// expect: 12 2
// expect: 2
// expect: inner!
// expect: T
// expect: SyntaxError
