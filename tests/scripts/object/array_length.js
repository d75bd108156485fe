// Array [[DefineOwnProperty]] (ES5.1 15.4.5.1)
function attempt(f) {
  try { return String(f()); } catch (e) { return e.name + ": " + e.message; }
}
var a = [1, 2, 3, 4];
Object.defineProperty(a, "1", { value: 1, configurable: false });
console.log(attempt(function () { Object.defineProperty(a, "length", { value: 0, writable: false }); }));
console.log(a.length + " " + a.join(","));
var d = Object.getOwnPropertyDescriptor(a, "length");
console.log(d.value + " " + d.writable + " " + d.enumerable + " " + d.configurable);
var b = [1, 2, 3];
Object.defineProperty(b, "length", { value: "2" });
console.log(b.join(","));
console.log(attempt(function () { Object.defineProperty(b, "length", { value: 1.5 }); }));
console.log(attempt(function () { Object.defineProperty(b, "length", { value: -1 }); }));
Object.defineProperty(b, "length", { writable: false });
console.log(attempt(function () { Object.defineProperty(b, "length", { value: 10 }); }));
console.log(attempt(function () { Object.defineProperty(b, "5", { value: 10 }); }));
b[7] = 1;
console.log(b.length);
var c = [];
Object.defineProperty(c, "3", { value: "x", enumerable: true, writable: true, configurable: true });
console.log(c.length + " " + Object.keys(c).join(","));
var e = [1];
Object.defineProperty(e, "0", { get: function () { return 5; } });
console.log(e[0] + " " + e.length);
var f = [1, , 3];
console.log(Object.keys(f).join(",") + " " + Object.getOwnPropertyNames(f).join(","));
var s = Object.seal([1, 2]);
s.length = 0;
console.log(s.length + " " + Object.isSealed(s));
var fr = Object.freeze([1, 2]);
console.log(attempt(function () { fr.push(3); }).split(":")[0]);
console.log(fr.length + " " + Object.isFrozen(fr));
// expect: TypeError: Cannot delete property '1' of [object Array]
// expect: 2 1,1
// expect: 2 false false false
// expect: 1,2
// expect: RangeError: Invalid array length
// expect: RangeError: Invalid array length
// expect: TypeError: Cannot redefine property: length
// expect: TypeError: Cannot define property 5, object is not extensible
// expect: 2
// expect: 4 3
// expect: 5 1
// expect: 0,2 0,2,length
// expect: 2 true
// expect: TypeError
// expect: 2 true
