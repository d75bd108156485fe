// An own Symbol.iterator given with Object.defineProperty (a getter, even).
function f(p) { var [x, y] = p; return x + "/" + y; }
var a = [1, 2];
console.log(f(a));
var gets = 0;
Object.defineProperty(a, Symbol.iterator, { get: function () {
  gets++;
  return function () { var i = 0; return { next: function () { i++; return { value: i * 10, done: i > 2 }; } }; };
} });
console.log(f(a), f([3, 4]), gets);
for (var v of a) console.log(v);
console.log([...a].join(), gets);
// expect: 1/2
// expect: 10/20 3/4 1
// expect: 10
// expect: 20
// expect: 10,20 3
