// defineProperty on a mapped arguments object (ES5.1 10.6 [[DefineOwnProperty]])
(function (a) {
  Object.defineProperty(arguments, "0", { value: 5 });
  console.log(a);
  a = 7;
  console.log(arguments[0]);
  Object.defineProperty(arguments, "0", { writable: false });
  a = 9;
  console.log(arguments[0] + " " + a);
})(1);
(function (a, b) {
  Object.defineProperty(arguments, "1", { get: function () { return "G"; } });
  b = "changed";
  console.log(arguments[1] + " " + b);
  Object.freeze(arguments);
  a = "A2";
  console.log(arguments[0] + " " + a + " " + Object.isFrozen(arguments));
})("a", "b");
(function (a) {
  Object.defineProperty(arguments, "0", { value: 5, writable: false });
  console.log(a);
  a = 6;
  console.log(arguments[0]);
  console.log(Object.prototype.toString.call(arguments) + " " + Object.keys(arguments).join(","));
})(1, 2);
// expect: 5
// expect: 7
// expect: 7 9
// expect: G changed
// expect: a A2 true
// expect: 5
// expect: 5
// expect: [object Arguments] 0,1
