console.log(1 + "2", "3" * "4", 1 + true, null + 1, undefined + 1, [] + {}, [1,2] + [3]);
console.log(1 == "1", null == undefined, null == 0, NaN == NaN, "" == 0, "0" == false, [] == false);
console.log(1 === 1.0, "a" === "a", null === undefined, typeof null, typeof undefined, typeof function(){});
console.log(5 % 3, -5 % 3, 5 % -3, 5.5 % 2, 1 / 0, -1 / 0, 0 / 0);
console.log(7 >> 1, -7 >> 1, -7 >>> 1, 1 << 31, 1 << 32, ~5, 5 & 3, 5 | 3, 5 ^ 3);
console.log("b" > "a", "B" > "a", 2 > "10", "2" > "10", null >= 0, undefined >= 0);
var x = 5; x += (x = 10); console.log(x);
var o = {n: 1}; o.n += 5; o["n"] *= 2; console.log(o.n);
var arr = [1, 2, 3]; var i = 0; arr[i++] += 10; console.log(arr.join(), i);
var y = 1; var z = y++ + ++y; console.log(y, z);
console.log(typeof notDeclared, typeof Math, void 0, (1, 2, 3));
console.log(!!"", !!"0", !!NaN, !!{}, !![], !!0, !!-0);
console.log(1 && 2, 0 && 2, 0 || "x", "" || null, NaN || 5, NaN && 5);
console.log("x" in {x: 1}, "y" in {x: 1}, 0 in [1], [] instanceof Array, {} instanceof Array);
var d = {a: 1}; console.log(delete d.a, "a" in d, delete d.zz);
console.log(0.1 * 3, 1e21, 1e-7, 123456789012345680000, String(-0), 1/-0, 2e-7 * 1e7);
console.log(9007199254740993, 0.000001, 1.5e300 * 1e10, -1e21);
console.log(4294967296 | 0, 2147483648 | 0, -2147483649 | 0, 3.7 | 0, -3.7 | 0);
var s = "a"; s += 1; s += null; console.log(s);
console.log(+"", +" 12 ", +"0x1A", +"1e3", +"abc", +[], +[5], +{}, +true);
// expect: 12 12 2 1 NaN [object Object] 1,23
// expect: true true false false true true true
// expect: true true false object undefined function
// expect: 2 -2 2 1.5 Infinity -Infinity NaN
// expect: 3 -4 2147483644 -2147483648 1 -6 1 7 6
// expect: true false false true true false
// expect: 15
// expect: 12
// expect: 11,2,3 1
// expect: 3 4
// expect: undefined object undefined 3
// expect: false true false true true false false
// expect: 2 0 x null 5 NaN
// expect: true false true true false
// expect: true false true
// expect: 0.30000000000000004 1e+21 1e-7 123456789012345680000 0 -Infinity 2
// expect: 9007199254740992 0.000001 Infinity -1e+21
// expect: 0 -2147483648 2147483647 3 -3
// expect: a1null
// expect: 0 12 26 1000 NaN 0 5 NaN 1
