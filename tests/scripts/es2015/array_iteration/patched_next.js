// %ArrayIteratorPrototype%.next replaced: every array iteration sees it.
function f(p) { var [x, y] = p; return x + "/" + y; }
function swap(a, b) { [a, b] = [b, a]; return a + "," + b; }
console.log(f([1, 2]), swap("a", "b"));
var AIP = Object.getPrototypeOf([][Symbol.iterator]());
var next = AIP.next;
var steps = 0;
AIP.next = function () { steps++; var r = next.call(this); if (!r.done) r.value = r.value + "!"; return r; };
console.log(f([1, 2]), swap("a", "b"), steps);
var out = [];
for (var v of ["p", "q"]) out.push(v);
console.log(out.join(" "), [..."xy".split("")].join(" "), steps);
function g() { var [a] = arguments; return a; }
console.log(g("arg"), steps);
// expect: 1/2 b,a
// expect: 1!/2! b!,a! 4
// expect: p! q! x! y! 10
// expect: arg! 11
