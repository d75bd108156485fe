// String.fromCharCode with two and more codes (runtime/builtins/string.py):
// floats in [0, 65536) become units directly, anything else goes through
// ToUint16, every argument converted once, left to right.
function units(s) {
  var r = [];
  for (var i = 0; i < s.length; i++) r.push(s.charCodeAt(i));
  return r.join(",");
}
var log = [];
function v(n) { return {valueOf: function () { log.push(n); return n; }}; }
var vals = [0, -0, 65.9, 0xd83d, 0xde00, 65535, 65535.5, 65536, 65536 + 66, -1, -0.5, 1e10, NaN, Infinity,
            -Infinity, "66", "x", null, undefined, true, v(67)];
var out = [];
for (var i = 0; i < vals.length; i++) {
  out.push(units(String.fromCharCode(vals[i], 72)), units(String.fromCharCode(72, vals[i])),
           units(String.fromCharCode(vals[i], vals[i], vals[i])));
}
console.log(out.join(" "));
console.log(String.fromCharCode(0xd83d, 0xde00) === "\ud83d\ude00", String.fromCharCode(72, 105, 33, 32, 0x263a),
            units(String.fromCharCode.apply(null, [1, 2, 3, 4, 5, 6, 7, 8])));
log = [];
console.log(units(String.fromCharCode(v(1), 2, v(3), v(4))), log.join(" "));
try {
  String.fromCharCode(v(5), {valueOf: function () { throw new Error("stop"); }}, v(6));
} catch (e) {
  console.log(e.message, log.join(" "));
}
// names and literals as codes: units inline when every code is a float in
// [0, 65536) (compiler/lower/intrinsics.py), else the built-in, in order
var H = 0xd83d, L = 0xde00, x = 65;
function two(a, b) { return String.fromCharCode(a, b); }
function four(a, b, c) { var n = a * 1; return String.fromCharCode(n, 66, b, c); }
log = [];
console.log(String.fromCharCode(H, L) === "\ud83d\ude00", String.fromCharCode(x, 66), two(72, 105), units(two(65.9, -0)),
            units(two(65536 + 65, -1)), units(two(65536 + 65, 66)), units(two("67", null)), units(two(NaN, Infinity)), four(67, 68, 69),
            units(four(undefined, v(70), v(71))), units(String.fromCharCode(x, 65536, 1.5)), log.join(" "));
var S = String;
String = {fromCharCode: function (a, b) { return "obj" + a + b; }};
console.log(two(1, 2), S.fromCharCode(72, 73));
String = S;
// expect: 0,72 72,0 0,0,0 0,72 72,0 0,0,0 65,72 72,65 65,65,65 55357,72 72,55357 55357,55357,55357 56832,72 72,56832 56832,56832,56832 65535,72 72,65535 65535,65535,65535 65535,72 72,65535 65535,65535,65535 0,72 72,0 0,0,0 66,72 72,66 66,66,66 65535,72 72,65535 65535,65535,65535 0,72 72,0 0,0,0 58368,72 72,58368 58368,58368,58368 0,72 72,0 0,0,0 0,72 72,0 0,0,0 0,72 72,0 0,0,0 66,72 72,66 66,66,66 0,72 72,0 0,0,0 0,72 72,0 0,0,0 0,72 72,0 0,0,0 1,72 72,1 1,1,1 67,72 72,67 67,67,67
// expect: true Hi! ☺ 1,2,3,4,5,6,7,8
// expect: 1,2,3,4 1 3 4
// expect: stop 1 3 4 5
// expect: true AB Hi 65,0 65,65535 65,66 67,0 0,0 CBDE 0,66,70,71 65,0,1 70 71
// expect: obj12 HI
