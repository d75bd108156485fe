// Default, destructured and rest parameters in functions that use eval or with: the parameters
// live in the function's run-time environment
function f(a, b = eval("a + 1"), {c} = {c: 3}, ...r) { return [a, b, c, r.length, eval("c")].join(); }
console.log(f(1), f(1, 5, {c: 7}, 8, 9));
function g(x = 1) { eval("var y = x * 2"); return y; }
console.log(g(), g(4));
function h([p, q]) { with ({q: "w"}) { return p + q; } }
console.log(h([1, 2]));
var probe;
function k(a = 2, b = function () { return a; }) { var a; eval(""); return [a, b()].join(); }
console.log(k());
// expect: 1,2,3,0,3 1,5,7,2,7
// expect: 2 8
// expect: 1w
// expect: 2,2
