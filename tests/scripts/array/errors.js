var fs = [
  function () { [1].forEach(5); },
  function () { [1].forEach({}); },
  function () { [1].map("abc"); },
  function () { [1].filter([1, 2]); },
  function () { [1].every(); },
  function () { [1].some(null); },
  function () { Array.prototype.forEach.call(null, function (x) {}); },
  function () { Array.prototype.map.call(undefined, function (x) {}); },
  function () { [].reduce(function (a, b) { return a; }); },
  function () { [, , ].reduceRight(function (a, b) { return a; }); },
  function () { [3, 1].sort(5); },
  function () { new Array(1.5); },
  function () { new Array(-1); },
  function () { Array(4294967296); },
  function () { Array.prototype.join.call(null); },
  function () { Array.prototype.sort.call(undefined); },
  function () { [1].forEach(new Date(0)); },
  function () { Object.freeze([1]).push(2); },
  function () { [].forEach(Math); },
  function () { [].forEach(true); },
  function () { function F() {} [].forEach(new F()); },
  function () { var a = []; a.length = -1; }
];
for (var i = 0; i < fs.length; i++) {
  try { fs[i](); console.log("no error"); } catch (e) { console.log(e.name + ": " + e.message); }
}
console.log([1, 2, 3].splice(1).join(), [1, 2, 3].splice(1, undefined).length, [1, 2, 1].lastIndexOf(1, undefined));
console.log([].reduce(function (a, b) { return a; }, undefined));
var cyc = [1]; cyc.push(cyc); console.log(cyc.join(), String(cyc));
// expect: TypeError: 5 is not a function
// expect: TypeError: #<Object> is not a function
// expect: TypeError: abc is not a function
// expect: TypeError: [object Array] is not a function
// expect: TypeError: undefined is not a function
// expect: TypeError: null is not a function
// expect: TypeError: Array.prototype.forEach called on null or undefined
// expect: TypeError: Array.prototype.map called on null or undefined
// expect: TypeError: Reduce of empty array with no initial value
// expect: TypeError: Reduce of empty array with no initial value
// expect: TypeError: The comparison function must be either a function or undefined
// expect: RangeError: Invalid array length
// expect: RangeError: Invalid array length
// expect: RangeError: Invalid array length
// expect: TypeError: Cannot convert undefined or null to object
// expect: TypeError: Cannot convert undefined or null to object
// expect: TypeError: [object Date] is not a function
// expect: TypeError: Cannot add property 1, object is not extensible
// expect: TypeError: #<Object> is not a function
// expect: TypeError: true is not a function
// expect: TypeError: #<F> is not a function
// expect: RangeError: Invalid array length
// expect: 2,3 0 0
// expect: undefined
// expect: 1, 1,
