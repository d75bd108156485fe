// Destructuring assignment used as a value (ES2015 12.14.5.2): the right-hand side is the result,
// defaults that assign other variables, at top level and in functions
var x = 0; var a, b; var result; var vals = [];
result = [ a = x += 1, b = x *= 2 ] = vals;
console.log(a, b, x, result === vals);
var flag1 = false, flag2 = false, _;
result = [ _ = flag1 = true, _ = flag2 = true ] = [14];
console.log(flag1, flag2);
function inner() { var p, q, n = 0; var r = [p = n++, q = () => { var z = 1; return z; }] = []; return [p, q(), n, r.length].join(); }
console.log(inner());
var xFn, fn, result, vals = {};
result = { xFn = function x() { return x; }, fn = function() {} } = vals;
console.log(xFn.name, fn.name, result === vals, xFn() === xFn);
function inner() { var a, r = [a = function self() { return typeof self; }] = []; return a() + r.length; }
console.log(inner());
// expect: 1 2 2 true
// expect: false true
// expect: function0
// expect: x fn true true
// expect: function0
