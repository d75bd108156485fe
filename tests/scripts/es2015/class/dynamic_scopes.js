// Class declarations in functions with a direct eval live in the function's environment.
function f() { eval("1"); class A { m() { return 1; } } return new A().m() + eval("typeof A").length; }
console.log(f());
function g(o) { with (o) { class W { static k() { return "w"; } } return W.k(); } }
console.log(g({}));
console.log(eval('class C {}'), eval('1; class D {}'), eval('class E { m() { return 3; } }; new E().m()'));
function h() { return eval('class G { m() { return 4; } }; new G().m()'); }
console.log(h());
// expect: 9
// expect: w
// expect: undefined 1 3
// expect: 4
