// Spread in calls, new and array literals (ES2015 12.3.6.1, 12.2.5.2)
function args() { return arguments.length + ":" + Array.prototype.join.call(arguments, ","); }
var a = [1, 2, 3];
console.log(args(...a), args(0, ...a, 4), args(...[], ...a, ...[]), args(..."hi"));
console.log(Math.max(...a), Math.min(...[4, -1], 9));
var o = { base: 10, add: function (x, y) { return this.base + x + y; } };
console.log(o.add(...[1, 2]), o["add"](...[3, 4]));
function P(x, y) { this.sum = x + y; }
console.log(new P(...[20, 22]).sum, new Date(...[2020, 0, 15]).getDate());
var holes = [1, , 3];
console.log([...holes].length, 1 in [...holes], [...holes][1]);
console.log([0, ...a, 4].join(), [..."ab", ...a].length, [...[]].length);
var live = [1, 2];
var copy = [...live, live.push(3)];
console.log(copy.join(), live.join());
function count() { return arguments.length; }
console.log(count(...new Array(3)));
var order = [];
function l(v) { order.push(v); return [v]; }
args(...l("a"), l("b"), ...l("c"));
console.log(order.join());
function attempt(f) { try { return String(f()); } catch (e) { return e.name + ": " + e.message; } }
console.log(attempt(function () { return [...undefined]; }));
console.log(attempt(function () { var n = 5; return [...n]; }));
console.log(attempt(function () { var obj = {}; return args(...obj); }));
console.log(String.fromCharCode(...[104, 105]));
// expect: 3:1,2,3 5:0,1,2,3,4 3:1,2,3 2:h,i
// expect: 3 -1
// expect: 13 17
// expect: 42 15
// expect: 3 true undefined
// expect: 0,1,2,3,4 5 0
// expect: 1,2,3 1,2,3
// expect: 3
// expect: a,b,c
// expect: TypeError: undefined is not iterable
// expect: TypeError: n is not iterable
// expect: TypeError: Spread syntax requires ...iterable[Symbol.iterator] to be a function
// expect: hi
