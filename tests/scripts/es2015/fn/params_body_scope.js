// With parameter expressions the body's `var`s and function declarations live in an
// environment of their own (ES2015 9.2.12 step 28): code in the parameters, closures
// included, sees the outer variable of that name, never the body's.
var x = "outside";
var probeParams, probeBody;
function f(_ = probeParams = function () { return x; }) {
  var x = "inside";
  probeBody = function () { return x; };
}
f();
console.log(probeParams(), probeBody());
var y = 1;
function g(a = y) { var y = 2; return [a, y].join(); }
console.log(g(), g(5));
var h = "outer h";
function k(a = h) { function h() {} return [a, typeof h].join(); }
console.log(k());
var arrowProbe;
var arrow = (a = arrowProbe = () => x) => { var x = "arrow inside"; return x; };
console.log(arrow(), arrowProbe());
var o = { m(a = () => x) { var x = "method inside"; return a() + "/" + x; } };
console.log(o.m());
class C { static s(a = () => x) { var x = "static inside"; return a() + "/" + x; } }
console.log(C.s());
// a simple parameter list keeps one environment
function simple(a) { var x = "simple inside"; return (function () { return x; })(); }
console.log(simple());
// expect: outside inside
// expect: 1,2 5,2
// expect: outer h,function
// expect: arrow inside outside
// expect: outside/method inside
// expect: outside/static inside
// expect: simple inside
