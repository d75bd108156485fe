// === and !== with a side known to hold a str (lower/expressions.py
// _strict_eq): a concatenation is compared with ==; a guarded intrinsic
// (String.fromCharCode, a conditional) compares its fast branch's str with
// == and its other branch by the helper. The left side runs before the
// guard's test, a replaced String or fromCharCode takes the slow branch.
var log = [];
function d(v) { log.push("d"); return v; }
var o = {toString: function () { return "ab"; }};
var real = String.fromCharCode;
console.log(d("ab") === String.fromCharCode(97, 98), d(o) === String.fromCharCode(97, 98),
            d(6) === String.fromCharCode(97, 98), String.fromCharCode(97, 98) !== d("ab"),
            String.fromCharCode(97, 98) === d(o), String.fromCharCode(97.5, -65438) === "ab");
function swap() { log.push("swap"); String.fromCharCode = function () { return 7; }; return 7; }
console.log(swap() === String.fromCharCode(97, 98), log.join(" "));
String.fromCharCode = real;
var S = String;
function rebind() { String = {fromCharCode: function () { log.push("fake"); return "zz"; }}; return "zz"; }
console.log(rebind() === String.fromCharCode(1, 2), String.fromCharCode(1, 2) === rebind(), log.join(" "));
String = S;
var x = 3, s = "a" + x;
console.log(s === (x > 2 ? "a3" : 4), (x > 5 ? "a3" : s) === "a3", (x > 5 ? "a3" : 3) === x,
            "a" + x === o, o !== "x" + x, s + "" === "a3");
// the left side is read before a conditional's test that assigns it
var x = "a"; function f(){ x = "b"; return true; }
console.log(x === (f() ? "a" : 1), x);
function g() { var y = "a"; function h() { y = "b"; return 1; } return [y === (h() ? "a" : 2), y]; }
console.log(g().join());
x = "a"; var o = {get p() { x = "c"; return true; }};
console.log(x === (o.p ? "a" : 1), (o.p ? "c" : 1) === x);
// expect: true false false false false true
// expect: true d d d d d swap
// expect: true true d d d d d swap fake fake
// expect: true true true false true true
// expect: true b
// expect: true,b
// expect: true true
