// Object constructor and Object.prototype methods (ES5.1 15.2.1, 15.2.2, 15.2.4)
function attempt(f) {
  try { return String(f()); } catch (e) { return e.name + ": " + e.message; }
}
var ts = Object.prototype.toString;
console.log([ts.call(null), ts.call(undefined), ts.call(1), ts.call(""), ts.call(true), ts.call([]),
  ts.call(ts), ts.call(Math), ts.call(new Error("x")), ts.call({})].join(" "));
console.log((function () { return ts.call(arguments); })());
console.log(Object.prototype.toLocaleString.call(1));
console.log(attempt(function () { Object.prototype.toLocaleString.call(null); }));
console.log(Object.prototype.valueOf.call(1) instanceof Number);
var o = { x: 1 };
var c = Object.create(o);
console.log(o.hasOwnProperty("x") + " " + c.hasOwnProperty("x") + " " + [1].hasOwnProperty(0) +
  " " + [].hasOwnProperty("length") + " " + "ab".hasOwnProperty(1));
console.log(o.isPrototypeOf(c) + " " + c.isPrototypeOf(o) + " " + Object.prototype.isPrototypeOf(c) +
  " " + o.isPrototypeOf(o) + " " + Object.prototype.isPrototypeOf.call(null, 1));
console.log({}.propertyIsEnumerable("x") + " " + [].propertyIsEnumerable("length") + " " +
  [1].propertyIsEnumerable(0) + " " + c.propertyIsEnumerable("x"));
console.log(attempt(function () { Object.prototype.hasOwnProperty.call(null, "x"); }));
console.log([new Object(1) instanceof Number, typeof Object("s"), Object(null) instanceof Object,
  typeof new Object(), Object(o) === o, new Object(o) === o].join(","));
console.log(Object.prototype.constructor === Object);
console.log([Object.length, Object.prototype.hasOwnProperty.length, Object.defineProperty.length,
  Object.create.length, Object.getOwnPropertyDescriptor.length].join(","));
// expect: [object Null] [object Undefined] [object Number] [object String] [object Boolean] [object Array] [object Function] [object Math] [object Error] [object Object]
// expect: [object Arguments]
// expect: 1
// expect: TypeError: Object.prototype.toLocaleString called on null or undefined
// expect: true
// expect: true false true true true
// expect: true false true false false
// expect: false false true false
// expect: TypeError: Cannot convert undefined or null to object
// expect: true,object,true,object,true,true
// expect: true
// expect: 1,1,3,2,2
