// Function.prototype.call / apply / bind (ES5.1 15.3.4.3-15.3.4.5)
function attempt(f) {
  try { return String(f()); } catch (e) { return e.name + ": " + e.message; }
}
function f(a, b, c) { return this.v + ":" + a + "," + b + "," + c; }
var t = { v: "T" };
console.log(f.call(t, 1, 2, 3));
console.log(f.apply(t, [1, 2]));
console.log(f.apply(t, { length: 3, 0: "a", 2: "c" }));
console.log(attempt(function () { f.apply(t, 1); }));
console.log(Math.max.apply(null, [1, 5, 3]) + " " + Math.max.apply(null, null));
function count() { return arguments.length; }
console.log(count.apply(null, [1, , 3]) + " " + count.call() + " " + count.apply());
var b = f.bind(t, 1);
console.log(b(2, 3) + " " + b.length + " " + b.name + " " + typeof b.prototype);
var bb = b.bind(null, 2);
console.log(bb(3) + " " + bb.length + " " + bb.name);
console.log(Math.max.bind(null, 1, 2, 3, 4).length);
function C(a, b) { this.a = a; this.b = b; }
var B = C.bind(null, 1);
var o = new B(2);
console.log(o.a + " " + o.b + " " + (o instanceof C) + " " + (o instanceof B));
console.log(attempt(function () { Function.prototype.bind.call(1); }));
console.log(attempt(function () { return new (Math.max.bind(null))(); }).slice(0, 10));
console.log([f.call.length, f.apply.length, f.bind.length].join(","));
// expect: T:1,2,3
// expect: T:1,2,undefined
// expect: T:a,undefined,c
// expect: TypeError: CreateListFromArrayLike called on non-object
// expect: 5 -Infinity
// expect: 3 0 0
// expect: T:1,2,3 2 bound f undefined
// expect: T:1,2,3 1 bound bound f
// expect: 0
// expect: 1 2 true true
// expect: TypeError: Bind must be called on a function
// expect: TypeError:
// expect: 1,2,1
