// closures in a for head's test, two loop bindings, closures writing a let, shadowing in the dead zone
var fs = [];
for (let i = 0; fs.push(function () { return i; }), i < 2; i++) {}
console.log(fs.map(function (f) { return f(); }).join());
fs = [];
for (let i = 0, j = 10; i < 2; i++, j--) fs.push(function () { return i + ":" + j; });
console.log(fs.map(function (f) { return f(); }).join());
function r() { let x = 1; function inc() { x++; } inc(); inc(); return x; }
console.log(r());
let s = "";
try { let t = 1; { let t = t + 1; } } catch (e) { console.log(e.message); }
// expect: 0,1,2
// expect: 0:10,1:9
// expect: 3
// expect: Cannot access 't' before initialization
