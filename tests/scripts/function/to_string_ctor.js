// Function.prototype.toString and the Function constructor (ES5.1 15.3.1-15.3.4.2)
function attempt(f) {
  try { return String(f()); } catch (e) { return e.name + ": " + e.message; }
}
console.log(Function.prototype.toString.call(Math.max));
console.log(Function.prototype.toString.call(Object));
console.log(Function.prototype.toString.call(Function.prototype));
console.log((function () {}).bind().toString());
console.log(attempt(function () { Function.prototype.toString.call({}); }));
var add = new Function("a", "b", "return a + b");
console.log(add(1, 2) + " " + add.length);
console.log(Function("a,b", "return a * b")(3, 4));
console.log(Function("return 7")());
console.log(new Function("a,b", "return a+b").toString().split("\n").join("|"));
console.log(Function().toString().split("\n").join("|"));
console.log(Function.length + " " + (Function.prototype.constructor === Function) + " " + typeof Function.prototype);
console.log(Function.prototype() === undefined);
// expect: function max() { [native code] }
// expect: function Object() { [native code] }
// expect: function () { [native code] }
// expect: function () { [native code] }
// expect: TypeError: Function.prototype.toString requires that 'this' be a Function
// expect: 3 2
// expect: 12
// expect: 7
// expect: function anonymous(a,b|) {|return a+b|}
// expect: function anonymous(|) {||}
// expect: 1 true function
// expect: true
