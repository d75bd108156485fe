// toFixed, toExponential, toPrecision, toLocaleString (ES5.1 15.7.4.3-15.7.4.7)
function attempt(f) {
  try { return String(f()); } catch (e) { return e.name + ": " + e.message; }
}
console.log((1.005).toFixed(2), (2.5).toFixed(0), (1.45).toFixed(1), (1e21).toFixed(2), (-1.5).toFixed(0));
console.log((-0).toFixed(2), (-1e-10).toFixed(2), (0.1).toFixed(20), (99.995).toFixed(2), (123.456).toFixed());
console.log((Math.pow(2, 60)).toFixed(0), NaN.toFixed(2), (1.2e20).toFixed(1));
console.log(attempt(function () { return (1).toFixed(101); }), attempt(function () { return NaN.toFixed(-1); }));
console.log((123).toExponential(), (0).toExponential(), (0).toExponential(2), (0.125).toExponential(1));
console.log((1.25).toExponential(1), (5e-324).toExponential(2), (9.999).toExponential(2), NaN.toExponential(500));
console.log(attempt(function () { return (1).toExponential(-1); }));
console.log((123.456).toPrecision(4), (0.00001).toPrecision(1), (1e21).toPrecision(3), (1.25).toPrecision(2));
console.log((0).toPrecision(3), (1e-7).toPrecision(2), (123456).toPrecision(2), (2.5).toPrecision(1));
console.log((99.99).toPrecision(3), (99.99).toPrecision(2), (0.000001234).toPrecision(2), (123.456).toPrecision());
console.log(attempt(function () { return (1).toPrecision(0); }), Infinity.toPrecision(0));
console.log((1234.5678).toLocaleString(), (1e21).toLocaleString(), (-0).toLocaleString(), (0.0005).toLocaleString());
console.log(attempt(function () { return Number.prototype.toFixed.call({}, 1); }));
var values = [0.5, 1.5, 2.675, 1e-5, 123.456, 98765.4321, 1 / 3, 2 / 3, 1e15 + 0.3];
for (var i = 0; i < values.length; i++) {
  var v = values[i];
  console.log(v.toFixed(3), v.toExponential(4), v.toPrecision(5), v.toString(7));
}
// expect: 1.00 3 1.4 1e+21 -2
// expect: 0.00 -0.00 0.10000000000000000555 100.00 123
// expect: 1152921504606846976 NaN 120000000000000000000.0
// expect: RangeError: toFixed() digits argument must be between 0 and 100 RangeError: toFixed() digits argument must be between 0 and 100
// expect: 1.23e+2 0e+0 0.00e+0 1.3e-1
// expect: 1.3e+0 4.94e-324 1.00e+1 NaN
// expect: RangeError: toExponential() argument must be between 0 and 100
// expect: 123.5 0.00001 1.00e+21 1.3
// expect: 0.00 1.0e-7 1.2e+5 3
// expect: 100 1.0e+2 0.0000012 123.456
// expect: RangeError: toPrecision() argument must be between 1 and 100 Infinity
// expect: 1,234.568 1,000,000,000,000,000,000,000 -0 0.001
// expect: TypeError: Number.prototype.toFixed requires that 'this' be a Number
// expect: 0.500 5.0000e-1 0.50000 0.3333333333333333334
// expect: 1.500 1.5000e+0 1.5000 1.3333333333333333334
// expect: 2.675 2.6750e+0 2.6750 2.450345034503450345
// expect: 0.000 1.0000e-5 0.000010000 0.0000011143516050460505614
// expect: 123.456 1.2346e+2 123.46 234.312256641535441
// expect: 98765.432 9.8765e+4 98765 560642.3011320634044
// expect: 0.333 3.3333e-1 0.33333 0.2222222222222222222
// expect: 0.667 6.6667e-1 0.66667 0.4444444444444444444
// expect: 1000000000000000.250 1.0000e+15 1.0000e+15 420430421136212506.2
