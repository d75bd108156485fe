// Array and String iterators: %IteratorPrototype%, live ArrayIterator, code points, arguments, toStringTag.
var a = [1, , 3];
var it = a[Symbol.iterator]();
console.log(Object.prototype.toString.call(it), typeof it.next, it[Symbol.iterator]() === it);
var r; while (!(r = it.next()).done) console.log(r.value);
console.log(JSON.stringify(it.next()));
console.log(Array.prototype.values === Array.prototype[Symbol.iterator], Array.prototype.values.name, Array.prototype[Symbol.iterator].name);
var e = ["a", "b"].entries(); console.log(JSON.stringify(e.next()), JSON.stringify(e.next()), JSON.stringify(e.next()));
var k = ["a", "b"].keys(); console.log(k.next().value, k.next().value, k.next().done);
var grow = [1]; var gi = grow.values(); console.log(gi.next().value); grow.push(2); console.log(gi.next().value, gi.next().done); grow.push(3); console.log(gi.next().done);
var si = "a\ud83d\ude00b"[Symbol.iterator](); console.log(si.next().value.length, si.next().value.length, si.next().value, si.next().done);
console.log(Object.prototype.toString.call(si), String.prototype[Symbol.iterator].name);
(function () { var ai = arguments[Symbol.iterator](); console.log(ai.next().value, arguments[Symbol.iterator] === [].values, Object.keys(arguments).join()); })(7, 8);
var IP = Object.getPrototypeOf(Object.getPrototypeOf([].values()));
console.log(IP === Object.getPrototypeOf(Object.getPrototypeOf(""[Symbol.iterator]())), IP[Symbol.iterator].name, Object.getOwnPropertyNames(IP).length);
var AIP = Object.getPrototypeOf([].values());
console.log(Object.getOwnPropertyNames(AIP).join(), AIP[Symbol.toStringTag], AIP.next.length);
try { AIP.next.call({}); } catch (e) { console.log(e.name); }
var al = {length: 2, 0: "x", 1: "y"}; var ali = Array.prototype.values.call(al); console.log(ali.next().value, ali.next().value, ali.next().done);
// expect: [object Array Iterator] function true
// expect: 1
// expect: undefined
// expect: 3
// expect: {"done":true}
// expect: true values values
// expect: {"value":[0,"a"],"done":false} {"value":[1,"b"],"done":false} {"done":true}
// expect: 0 1 true
// expect: 1
// expect: 2 true
// expect: true
// expect: 1 2 b true
// expect: [object String Iterator] [Symbol.iterator]
// expect: 7 true 0,1
// expect: true [Symbol.iterator] 0
// expect: next Array Iterator 0
// expect: TypeError
// expect: x y true
