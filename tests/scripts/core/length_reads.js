// o.length on every kind of receiver (inline fast path for arrays and strings).
var a = [1, 2, 3], s = "h\u00e9llo", o = {length: 7}, f = function (x, y) {};
var sp = []; sp[100000000] = 1;
console.log(a.length, s.length, o.length, f.length, sp.length, "\ud83d\ude00".length);
var g = {}; Object.defineProperty(g, "length", {get: function () { return "got"; }});
var h = Object.create([1, 2]);
console.log(g.length, [].length, new String("abc").length, (function () { return arguments.length; })(1, 2), h.length);
a.length = 1; a[4] = 0;
console.log(a.length, String(a));
var n = 0; for (var i = 0; i < a.length; i++) n += i; console.log(n);
try { null.length; } catch (e) { console.log(e.name); }
try { var u; u.length; } catch (e) { console.log(e.name); }
console.log((5).length, true.length);
// expect: 3 5 7 2 100000001 2
// expect: got 0 3 2 2
// expect: 5 1,,,,0
// expect: 10
// expect: TypeError
// expect: TypeError
// expect: undefined undefined
