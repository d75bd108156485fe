// Function.prototype.toString of a compiled function returns its source text (15.3.4.2)
function named(a, b) { return a + b; }
console.log(named.toString());
var expr = function (x) {
  return x * 2;
};
console.log(expr.toString().split("\n").join("|"));
console.log(String(function () {}));
// expect: function named(a, b) { return a + b; }
// expect: function (x) {|  return x * 2;|}
// expect: function () {}
