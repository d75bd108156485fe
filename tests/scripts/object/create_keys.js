// Object.create, keys, getOwnPropertyNames, getPrototypeOf, defineProperties
function attempt(f) {
  try { return String(f()); } catch (e) { return e.name + ": " + e.message; }
}
var base = { x: 1 };
var o = Object.create(base, {
  y: { value: 2, enumerable: true },
  z: { get: function () { return 3; } }
});
console.log(o.x + " " + o.y + " " + o.z + " " + Object.keys(o).join(","));
console.log(Object.getPrototypeOf(o) === base);
console.log(Object.getPrototypeOf(Object.create(null)) === null);
console.log(attempt(function () { Object.create(1); }));
console.log(attempt(function () { Object.create({}, { a: 1 }); }));
var k = { b: 1, a: 2, 1: 3, 0: 4 };
console.log(Object.keys(k).join(","));
console.log(Object.keys("ab").join(",") + " " + Object.getOwnPropertyNames("ab").join(","));
console.log(attempt(function () { Object.keys(null); }));
var dp = {};
Object.defineProperties(dp, { a: { value: 1, enumerable: true }, b: { value: 2 } });
console.log(Object.keys(dp).join(",") + " " + Object.getOwnPropertyNames(dp).join(","));
var bad = {};
console.log(attempt(function () { Object.defineProperties(bad, { a: { value: 1 }, b: { get: 1 } }); }));
console.log(Object.getOwnPropertyNames(bad).length);
console.log(Object.getPrototypeOf("s") === String.prototype);
console.log(Object.getPrototypeOf(Object) === Function.prototype);
console.log(Object.getPrototypeOf(Function.prototype) === Object.prototype);
// expect: 1 2 3 y
// expect: true
// expect: true
// expect: TypeError: Object prototype may only be an Object or null: 1
// expect: TypeError: Property description must be an object: 1
// expect: 0,1,b,a
// expect: 0,1 0,1,length
// expect: TypeError: Cannot convert undefined or null to object
// expect: a a,b
// expect: TypeError: Getter must be a function: 1
// expect: 0
// expect: true
// expect: true
// expect: true
