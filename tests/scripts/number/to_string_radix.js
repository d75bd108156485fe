// Number.prototype.toString(radix) and ToString(Number) (ES5.1 15.7.4.2, 9.8.1)
function attempt(f) {
  try { return String(f()); } catch (e) { return e.name + ": " + e.message; }
}
console.log((0.5).toString(2), (255).toString(16), (-255).toString(36), (3.75).toString(2));
console.log((0.1).toString(3));
console.log((1e21).toString(16), (1e21).toString(36), (Math.PI).toString(36));
console.log((1 / 3).toString(2));
console.log((-0).toString(2), NaN.toString(2), (-Infinity).toString(16));
console.log(String(1e21), String(1e-7), String(123456789012345680000), String(5e-324));
console.log(String(0.1 + 0.2), String(1 / 3), String(-1e-7), String(1.7976931348623157e308));
console.log(String(Math.pow(2, 60)), String(-Math.pow(2, 64)), String(0.000001), String(1.5e-7));
console.log(attempt(function () { return (1).toString(1); }));
console.log(attempt(function () { return (1).toString(37); }));
console.log(attempt(function () { return Number.prototype.toString.call("1"); }));
console.log((255).toString("16"), new Number(255).toString(2), (10).toString(undefined));
console.log(typeof Number("12"), Number(" 0x1F "), Number(""), Number("1e"), Number(), typeof new Number(1));
console.log(Number.MAX_VALUE, Number.MIN_VALUE, Number.NaN, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY);
Number.MAX_VALUE = 1;
console.log(Number.MAX_VALUE === 1.7976931348623157e308, delete Number.NaN);
console.log(new Number(5) + 1, new Number(5) == 5, new Number(5) === 5, Number.prototype.valueOf());
// expect: 0.1 ff -73 11.11
// expect: 0.0022002200220022002200220022002201
// expect: 3635c9adc5dea00000 5v1j4f4ds7c000 3.53i5ab8p5f
// expect: 0.010101010101010101010101010101010101010101010101010101
// expect: 0 NaN -Infinity
// expect: 1e+21 1e-7 123456789012345680000 5e-324
// expect: 0.30000000000000004 0.3333333333333333 -1e-7 1.7976931348623157e+308
// expect: 1152921504606847000 -18446744073709552000 0.000001 1.5e-7
// expect: RangeError: toString() radix argument must be between 2 and 36
// expect: RangeError: toString() radix argument must be between 2 and 36
// expect: TypeError: Number.prototype.toString requires that 'this' be a Number
// expect: ff 11111111 10
// expect: number 31 0 NaN 0 object
// expect: 1.7976931348623157e+308 5e-324 NaN -Infinity Infinity
// expect: true false
// expect: 6 true false 0
