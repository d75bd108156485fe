// An own Symbol.iterator on one array (assigned) is used by destructuring,
// for-of and spread of that array; other arrays keep iterating normally.
function f(p) { var [x, y] = p; return x + "/" + y; }
var a = [1, 2];
console.log(f(a));
a[Symbol.iterator] = function () {
  var i = 0;
  return { next: function () { i++; return { value: "own" + i, done: i > 2 }; } };
};
console.log(f(a), f([3, 4]));
var seen = [];
for (var v of a) seen.push(v);
console.log(seen.join(), [...a].join(), String.prototype.concat.call("", ...a));
// expect: 1/2
// expect: own1/own2 3/4
// expect: own1,own2 own1,own2 own1own2
