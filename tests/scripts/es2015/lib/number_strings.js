// ES2015 ToNumber reads 0b/0o integers in strings (0x as before); parseInt
// and parseFloat do not. Math has @@toStringTag "Math".
var strs = ['0b11', '0B11', '0o17', '0O17', '0x1F', '-0b1', '+0o7', '0b2', '0o8', ' 0b101 ', '0b', '0o', '0b1.1', '0b' + new Array(60).join('1'), '0o' + new Array(400).join('7')];
console.log(strs.map(function (s) { return String(Number(s)); }).join(' '));
console.log(+'0b10', '0o10' * 1, '0b10' - 0, parseInt('0b11'), parseFloat('0o7'), isNaN('0b1'), Number('0x'));
var d = Object.getOwnPropertyDescriptor(Math, Symbol.toStringTag);
console.log(d.value, d.writable, d.enumerable, d.configurable, Object.prototype.toString.call(Math), Object.keys(Math).length);
// expect: 3 3 15 15 31 NaN NaN NaN NaN 5 NaN NaN NaN 576460752303423500 Infinity
// expect: 2 8 2 0 0 false NaN
// expect: Math false false true [object Math] 0
