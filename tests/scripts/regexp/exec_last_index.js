// exec on a global or sticky RegExp: the common case (lastIndex an integral
// number within the string, writable) and every other lastIndex
function j(v) { return JSON.stringify(v); }
var r = /(a)|(b)/g, out = [], m;
while ((m = r.exec("xaby")) !== null) out.push(m.index + ":" + m[0] + ":" + m[1] + ":" + m[2] + ":" + r.lastIndex + ":" + m.input);
console.log(out.join(" "), r.lastIndex);
r = /a/y; out = [];
while ((m = r.exec("aab")) !== null) out.push(m.index, r.lastIndex);
console.log(j(out), r.lastIndex);
r = /a/g; r.lastIndex = 1.7;
console.log(j(r.exec("aaa")), r.lastIndex);
r.lastIndex = -2;
console.log(r.exec("ba").index, r.lastIndex);
r.lastIndex = 3;
console.log(r.exec("aa"), r.lastIndex);
r.lastIndex = 2;
console.log(r.exec("aa"), r.lastIndex);
r.lastIndex = NaN;
console.log(r.exec("a").index, r.lastIndex);
r.lastIndex = Infinity;
console.log(r.exec("a"), r.lastIndex);
var reads = 0;
r.lastIndex = { valueOf: function () { reads++; return 1; } };
console.log(r.exec("aa").index, r.lastIndex, reads);
r.lastIndex = "1";
console.log(r.exec("aa").index, r.lastIndex);
var nonGlobal = /a/;
nonGlobal.lastIndex = { valueOf: function () { reads++; return 5; } };
console.log(nonGlobal.exec("ba").index, typeof nonGlobal.lastIndex, reads);
r = /a/g;
Object.defineProperty(r, "lastIndex", { writable: false });
try { r.exec("a"); } catch (e) { console.log(e.name); }
console.log(r.lastIndex);
r = /a/g;
r.lastIndex = 0;
console.log(r.exec({ toString: function () { return "ba"; } }).index, r.lastIndex);
// expect: 1:a:a:undefined:2:xaby 2:b:undefined:b:3:xaby 0
// expect: [0,1,1,2] 0
// expect: ["a"] 2
// expect: 1 2
// expect: null 0
// expect: null 0
// expect: 0 1
// expect: null 0
// expect: 1 2 1
// expect: 1 2
// expect: 1 object 2
// expect: TypeError
// expect: 0
// expect: 1 2
