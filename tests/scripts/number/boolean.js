// Boolean (ES5.1 15.6)
function attempt(f) {
  try { return String(f()); } catch (e) { return e.name + ": " + e.message; }
}
console.log(Boolean(), Boolean(""), Boolean("0"), Boolean(NaN), Boolean({}), Boolean(-0));
var b = new Boolean(false);
console.log(typeof b, b ? "truthy" : "falsy", b.valueOf(), b.toString(), String(b), b == false);
console.log(true.toString(), false.valueOf(), Boolean.prototype.valueOf(), Boolean.prototype.toString());
console.log(attempt(function () { return Boolean.prototype.toString.call("x"); }));
console.log(attempt(function () { return Boolean.prototype.valueOf.call(1); }));
console.log(Boolean.length, Boolean.prototype.constructor === Boolean, Object.prototype.toString.call(b));
// expect: false false true false true false
// expect: object truthy false false false true
// expect: true false false false
// expect: TypeError: Boolean.prototype.toString requires that 'this' be a Boolean
// expect: TypeError: Boolean.prototype.valueOf requires that 'this' be a Boolean
// expect: 1 true [object Boolean]
