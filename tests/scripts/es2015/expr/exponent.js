// ** and **= (ES2016 12.6): Number::exponentiate, as Math.pow; a
// parenthesised unary base is valid (esprima 4.0.1 refused it).
console.log((-2) ** 2, 2 ** -1, (-8) ** (1/3), 2 ** 3 ** 2, 1 ** NaN, (-1) ** Infinity, 10 ** 400, (-10) ** 401);
console.log(((-2)) ** 3, (+"3") ** 2, (typeof 1).length ** 2, (-0) ** -1, 0 ** -1, (-0) ** -2);
var a = 2; a **= 3; console.log(a);
var o = {v: "3"}; o.v **= 2; console.log(o.v, typeof o.v);
var arr = [2]; arr[0] **= 10; console.log(arr[0]);
console.log("2" ** "3", null ** 0, undefined ** 0, [] ** 2, ({valueOf: function () { return 3; }}) ** 2);
var order = []; function v(n, r) { order.push(n); return r; }
console.log(v("a", 2) ** v("b", 3), order.join());
var p = {valueOf: function () { order.push("p"); return 2; }}, q = {valueOf: function () { order.push("q"); return 2; }};
order = []; console.log(p ** q, order.join());
console.log(0o17, 0O17, 0b101, 0B11, 0o17 + 0b1, 0b11111111111111111111111111111111111111111111111111111);
function sq(x) { return x ** 2; } var s = 0; for (var i = 0; i < 10; i++) s += sq(i); console.log(s);
try { eval("-2 ** 2"); } catch (e) { console.log(e.name); }
try { eval("typeof 2 ** 2"); } catch (e) { console.log(e.name); }
console.log(eval("(-3) ** 3"));
// expect: 4 0.5 NaN 512 NaN NaN Infinity -Infinity
// expect: -8 9 36 -Infinity Infinity Infinity
// expect: 8
// expect: 9 number
// expect: 1024
// expect: 8 1 1 0 9
// expect: 8 a,b
// expect: 4 p,q
// expect: 15 15 5 3 16 9007199254740991
// expect: 285
// expect: SyntaxError
// expect: SyntaxError
// expect: -27
