// parseInt, parseFloat, isNaN, isFinite, NaN/Infinity/undefined (ES5.1 15.1.1, 15.1.2)
function show(x) { return (x === 0 && 1 / x < 0) ? "-0" : String(x); }
function all(list) { var out = []; for (var i = 0; i < list.length; i++) out.push(show(list[i])); return out.join(" "); }
console.log(parseInt("123456789012345678901234567890") === 1.2345678901234568e+29);
console.log(all([parseInt("  -0x1F"), parseInt("0x"), parseInt("-0"), parseInt("08"), parseInt("1e3"), parseInt("12abc")]));
console.log(all([parseInt("ff", 16), parseInt("0xff", 16), parseInt("0xff", 10), parseInt("z", 36), parseInt("10", 37)]));
console.log(all([parseInt("10", 1), parseInt("10", 0), parseInt("11", 4294967298), parseInt("9007199254740993")]));
console.log(all([parseInt(""), parseInt(null), parseInt(1e21), parseInt(0.0000005), parseInt("zzzzzzzzzzzzzzzz", 36)]));
console.log(all([parseInt("\u00a0\u2028 42"), parseInt("123", 2), parseInt("777777777777777777777777", 8)]));
console.log(all([parseFloat("Infinityx"), parseFloat("-Infinity"), parseFloat("infinity"), parseFloat("1.5e")]));
console.log(all([parseFloat("1.e5"), parseFloat(".5"), parseFloat(".e5"), parseFloat("-.5e-3x"), parseFloat("1e400")]));
console.log(all([parseFloat("-0"), parseFloat("  3.14abc"), parseFloat("0x10"), parseFloat(""), parseFloat("1e+")]));
console.log(isNaN("abc"), isNaN(""), isNaN(undefined), isNaN(null), isFinite("12"), isFinite(Infinity), isFinite("1e400"));
NaN = 1; Infinity = 2; undefined = 3;
console.log(NaN, Infinity, undefined, typeof undefined);
console.log(parseInt.length, parseFloat.length, isNaN.length);
// expect: true
// expect: -31 NaN -0 8 1 12
// expect: 255 255 0 35 NaN
// expect: NaN 10 3 9007199254740992
// expect: NaN NaN 1 5 7.958661109946401e+24
// expect: 42 1 4.722366482869645e+21
// expect: Infinity -Infinity NaN 1.5
// expect: 100000 0.5 NaN -0.0005 Infinity
// expect: -0 3.14 0 NaN 1
// expect: true false true false true false false
// expect: NaN Infinity undefined undefined
// expect: 2 1 1
