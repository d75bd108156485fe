// A block function declared in a loop body is a new function object per
// iteration: closures keep their iteration's (recursion included), the
// Annex B var copy holds the last one.
var fs = [];
for (var i = 0; i < 2; i++) { function f() {} fs.push(function () { return f; }); }
console.log(fs[0]() === fs[1](), fs[1]() === f);
var gs = [];
for (let j = 0; j < 3; j++) { function fact(n) { return n <= 1 ? 1 : n * fact(n - 1) + j * 0; } gs.push(() => fact(j + 2)); }
console.log(gs.map(g => g()).join(), typeof fact, fact(3));
var hs = [];
for (let k = 0; k < 2; k++) { { function inner() { return k; } hs.push(inner); } }
console.log(hs[0](), hs[1](), hs[0] === hs[1]);
var w = 0;
while (w < 2) { function named() { return w; } if (w === 0) var first = function () { return named; }; w++; }
console.log(first() === named, named());
function strictLoop() {
  "use strict";
  var out = [];
  for (var n = 0; n < 2; n++) { function s() { return n; } out.push(() => s); }
  return [out[0]() === out[1](), typeof s].join();
}
console.log(strictLoop());
// expect: false true
// expect: 2,6,24 function 6
// expect: 0 1 false
// expect: false 2
// expect: false,undefined
