// for-of and spread over built-in iterables, and over Array.prototype[Symbol.iterator] when a script replaces it.
for (var x of [1, 2]) console.log(x);
for (var c of "a\ud83d\ude00") console.log(c.length);
(function () { for (var a of arguments) console.log("arg", a); })(3, 4);
var saved = Array.prototype[Symbol.iterator];
Array.prototype[Symbol.iterator] = function () { var i = 0; return {next: function () { return i < 2 ? {value: "patched" + i++, done: false} : {done: true}; }}; };
for (var y of [9]) console.log(y);
Array.prototype[Symbol.iterator] = saved;
for (var z of [5]) console.log(z);
var spread = [..."ab", ...[1, 2]]; console.log(spread.join());
try { for (var q of {}) ; } catch (e) { console.log(e.name, e.message); }
// expect: 1
// expect: 2
// expect: 1
// expect: 2
// expect: arg 3
// expect: arg 4
// expect: patched0
// expect: patched1
// expect: 5
// expect: a,b,1,2
// expect: TypeError {} is not iterable
