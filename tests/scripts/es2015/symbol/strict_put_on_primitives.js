// Strict-mode writes to a primitive base (a symbol, string, number, boolean): only an inherited setter takes them.
"use strict";
function err(f) { try { f(); return "ok"; } catch (e) { return e.name + ": " + e.message; } }
console.log(err(function () { var s = Symbol("66"); s.a = 0; }));
console.log(err(function () { "str".a = 0; }));
console.log(err(function () { (5).x = 0; }));
console.log(err(function () { true[1] = 0; }));
console.log(err(function () { "str".length = 0; }));
console.log(err(function () { "str"[0] = "x"; }));
console.log(err(function () { "str"[5] = "x"; }));
Object.defineProperty(Number.prototype, "setme", {set: function (v) { console.log("setter", typeof this, v); }, configurable: true});
console.log(err(function () { (5).setme = 1; }));
Object.defineProperty(Number.prototype, "ro", {value: 1, writable: false, configurable: true});
console.log(err(function () { (5).ro = 2; }));
// expect: TypeError: Cannot create property 'a' on symbol 'Symbol(66)'
// expect: TypeError: Cannot create property 'a' on string 'str'
// expect: TypeError: Cannot create property 'x' on number '5'
// expect: TypeError: Cannot create property '1' on boolean 'true'
// expect: TypeError: Cannot assign to read only property 'length' of string 'str'
// expect: TypeError: Cannot assign to read only property '0' of string 'str'
// expect: TypeError: Cannot create property '5' on string 'str'
// expect: setter number 1
// expect: ok
// expect: TypeError: Cannot assign to read only property 'ro' of number '5'
