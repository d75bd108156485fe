// Class declarations in functions with a direct eval live in the function's environment.
function f() { eval("1"); class A { m() { return 1; } } return new A().m() + eval("typeof A").length; }
console.log(f());
function g(o) { with (o) { class W { static k() { return "w"; } } return W.k(); } }
console.log(g({}));
// expect: 9
// expect: w
