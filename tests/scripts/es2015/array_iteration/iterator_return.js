// A return method on %ArrayIteratorPrototype% (or %IteratorPrototype%) is
// called when a pattern stops before the array's end (IteratorClose).
function f(p) { var [x] = p; return x; }
function swap(a, b) { [a] = [b, a]; return a; }
console.log(f([1, 2]), swap(1, 2));
var AIP = Object.getPrototypeOf([][Symbol.iterator]());
var closed = 0;
Object.getPrototypeOf(AIP).return = function () { closed++; return {}; };
console.log(f([1, 2]), swap(1, 2), closed);
var all = [];
for (var v of [1, 2, 3]) { all.push(v); if (v === 2) break; }
console.log(all.join(), closed, f([9]), closed);
// expect: 1 2
// expect: 1 2 2
// expect: 1,2 3 9 4
