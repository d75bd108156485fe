// Array.prototype[Symbol.iterator] replaced: array destructuring (simple,
// swap through a literal, with defaults and holes), for-of and spread all
// call the script's iterator from then on.
function f(p) { var [x, y] = p; return x + "/" + y; }
function swap(a, b) { [a, b] = [b, a]; return a + "," + b; }
function defaults(p) { var [x = "dx", , z = "dz"] = p; return x + z; }
function regexGroups(s) { var [, first, second] = /(\w)(\w)/.exec(s); return first + second; }
console.log(f([1, 2]), swap(1, 2), defaults([1, 2, 3]), regexGroups("ab"));
var original = Array.prototype[Symbol.iterator];
var calls = 0;
Array.prototype[Symbol.iterator] = function () {
  calls++;
  var self = this, i = 0;
  return { next: function () { i++; return i > self.length ? { done: true } : { value: "<" + self[i - 1] + ">", done: false }; } };
};
console.log(f([1, 2]), swap(1, 2), defaults([1, 2, 3]), regexGroups("ab"), calls);
var seen = [];
for (var v of [7, 8]) seen.push(v);
console.log(seen.join(" "), [...[1, 2]].join(" "), Math.max.apply(null, [3]), calls);
function spreadCall() { return Array.prototype.slice.call(arguments).join(" "); }
console.log(spreadCall(...[4, 5]), calls);
Array.prototype[Symbol.iterator] = original;
console.log(f([1, 2]), swap(1, 2), calls);
// expect: 1/2 2,1 4 ab
// expect: <1>/<2> <2>,<1> <1><3> <a><b> 4
// expect: <7> <8> <1> <2> 3 6
// expect: <4> <5> 7
// expect: 1/2 2,1 7
