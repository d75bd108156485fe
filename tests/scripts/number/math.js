// Math (ES5.1 15.8)
function show(x) { return (x === 0 && 1 / x < 0) ? "-0" : String(x); }
function all(list) { var out = []; for (var i = 0; i < list.length; i++) out.push(show(list[i])); return out.join(" "); }
console.log(all([Math.round(-0.5), Math.round(2.5), Math.round(0.49999999999999994), Math.round(-2.5), Math.round(-0)]));
console.log(all([Math.max(), Math.min(), Math.max(1, NaN, 3), Math.max(-0, 0), Math.min(0, -0), Math.max("3", 2)]));
console.log(all([Math.pow(1, Infinity), Math.pow(NaN, 0), Math.pow(-8, 1 / 3), Math.pow(-0, -1), Math.pow(-10, 309)]));
console.log(all([Math.pow(2, 10), Math.pow(2, -2), Math.pow(4, 0.5), Math.pow(-Infinity, 3), Math.pow(-0, 3)]));
console.log(all([Math.atan2(0, -0), Math.atan2(-0, -0), Math.atan2(-0, 0), Math.atan2(1, 1), Math.atan2(-Infinity, -Infinity)]));
console.log(all([Math.ceil(-0.5), Math.ceil(1.1), Math.floor(-0.5), Math.floor(-0), Math.abs(-0), Math.abs("-2")]));
console.log(all([Math.exp(1000), Math.exp(1), Math.log(0), Math.log(-1), Math.sqrt(-0), Math.sqrt(2), Math.acos(2)]));
console.log(all([Math.sin(-0), Math.cos(Infinity), Math.tan(-0), Math.atan(Infinity), Math.asin(1), Math.cos(0)]));
console.log(Math.E, Math.LN10, Math.LN2, Math.LOG2E, Math.LOG10E, Math.PI, Math.SQRT1_2, Math.SQRT2);
Math.PI = 3;
console.log(Math.PI, Object.prototype.toString.call(Math), typeof Math, Math.max.length, Math.random.length);
var r = Math.random();
console.log(r >= 0 && r < 1, typeof r);
// expect: -0 3 0 -2 -0
// expect: -Infinity Infinity NaN 0 -0 3
// expect: NaN 1 NaN -Infinity -Infinity
// expect: 1024 0.25 2 -Infinity -0
// expect: 3.141592653589793 -3.141592653589793 -0 0.7853981633974483 -2.356194490192345
// expect: -0 2 -1 -0 0 2
// expect: Infinity 2.718281828459045 -Infinity NaN -0 1.4142135623730951 NaN
// expect: -0 NaN -0 1.5707963267948966 1.5707963267948966 1
// expect: 2.718281828459045 2.302585092994046 0.6931471805599453 1.4426950408889634 0.4342944819032518 3.141592653589793 0.7071067811865476 1.4142135623730951
// expect: 3.141592653589793 [object Math] object 2 0
// expect: true number
