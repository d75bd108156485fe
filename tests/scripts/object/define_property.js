// Object.defineProperty / getOwnPropertyDescriptor (ES5.1 15.2.3.3, 15.2.3.6, 8.12.9)
function show(d) {
  if (d === undefined) return "undefined";
  var out = [];
  for (var k in d) out.push(k + "=" + (typeof d[k] === "function" ? "fn" : String(d[k])));
  return "{" + out.join(",") + "}";
}
function attempt(f) {
  try { return String(f()); } catch (e) { return e.name + ": " + e.message; }
}
var o = {};
Object.defineProperty(o, "x", { value: 1 });
console.log(show(Object.getOwnPropertyDescriptor(o, "x")));
console.log(Object.keys(o).length + " " + Object.getOwnPropertyNames(o).join(","));
o.x = 2;
console.log(o.x);
console.log(attempt(function () { Object.defineProperty(o, "x", { value: 2 }); }));
console.log(attempt(function () { Object.defineProperty(o, "x", { value: 1, writable: false }); return "same ok"; }));
console.log(attempt(function () { "use strict"; o.x = 5; }).split(":")[0]);
var p = { y: 1 };
Object.defineProperty(p, "y", { get: function () { return 42; } });
console.log(show(Object.getOwnPropertyDescriptor(p, "y")) + " " + p.y);
Object.defineProperty(p, "y", { value: 7 });
console.log(show(Object.getOwnPropertyDescriptor(p, "y")));
var log = [];
var q = Object.defineProperty({}, "z", {
  get: function () { return this.v * 2; },
  set: function (v) { log.push(v); this.v = v; },
  enumerable: true
});
q.z = 21;
console.log(q.z + " " + log.join(",") + " " + Object.keys(q).join(","));
console.log(attempt(function () { Object.defineProperty({}, "a", { get: 1 }); }));
console.log(attempt(function () { Object.defineProperty({}, "a", { get: function () {}, value: 1 }); }));
console.log(attempt(function () { Object.defineProperty(1, "a", {}); }));
console.log(attempt(function () { Object.defineProperty({}, "a", 1); }));
var z = Object.defineProperty({}, "n", { value: -0 });
console.log(attempt(function () { Object.defineProperty(z, "n", { value: 0 }); }));
var nan = Object.defineProperty({}, "n", { value: NaN });
console.log(attempt(function () { Object.defineProperty(nan, "n", { value: NaN }); return "nan ok"; }));
var w = Object.defineProperty({}, "n", { value: 1, writable: true });
Object.defineProperty(w, "n", { value: 2 });
Object.defineProperty(w, "n", { writable: false });
console.log(show(Object.getOwnPropertyDescriptor(w, "n")));
console.log(attempt(function () { Object.defineProperty(w, "n", { writable: true }); }));
console.log(show(Object.getOwnPropertyDescriptor({}, "x")));
console.log(show(Object.getOwnPropertyDescriptor("ab", 1)));
console.log(show(Object.getOwnPropertyDescriptor(Object.prototype, "toString")));
// expect: {value=1,writable=false,enumerable=false,configurable=false}
// expect: 0 x
// expect: 1
// expect: TypeError: Cannot redefine property: x
// expect: same ok
// expect: TypeError
// expect: {get=fn,set=undefined,enumerable=true,configurable=true} 42
// expect: {value=7,writable=false,enumerable=true,configurable=true}
// expect: 42 21 z,v
// expect: TypeError: Getter must be a function: 1
// expect: TypeError: Invalid property descriptor. Cannot both specify accessors and a value or writable attribute, #<Object>
// expect: TypeError: Object.defineProperty called on non-object
// expect: TypeError: Property description must be an object: 1
// expect: TypeError: Cannot redefine property: n
// expect: nan ok
// expect: {value=2,writable=false,enumerable=false,configurable=false}
// expect: TypeError: Cannot redefine property: n
// expect: undefined
// expect: {value=b,writable=false,enumerable=true,configurable=false}
// expect: {value=fn,writable=true,enumerable=false,configurable=true}
