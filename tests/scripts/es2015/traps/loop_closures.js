// Closures over per-iteration bindings: each iteration of for(let...),
// for (let k in o) and for (const x of a) has its own binding.
var fs = [];
for (let i = 0; i < 3; i++) fs.push(function () { return i; });
console.log(fs.map(function (f) { return f(); }).join(","));
fs = [];
for (var v = 0; v < 3; v++) fs.push(function () { return v; });
console.log(fs.map(function (f) { return f(); }).join(","));
fs = [];
for (let i = 0; i < 3; i++) { fs.push(function () { return i; }); i++; }
console.log(fs.map(function (f) { return f(); }).join(","));
fs = [];
// The increment runs on the copy: a closure made in the test sees the new iteration's value.
for (let i = 0; fs.push(function () { return i; }), i < 2; i++) {}
console.log(fs.map(function (f) { return f(); }).join(","));
fs = [];
for (let k in { a: 1, b: 2, c: 3 }) fs.push(function () { return k; });
console.log(fs.map(function (f) { return f(); }).join(","));
fs = [];
for (const x of [10, 20, 30]) fs.push(function () { return x; });
console.log(fs.map(function (f) { return f(); }).join(","));
fs = [];
for (let i = 0; i < 3; i++) { let sq = i * i; fs.push(function () { return sq; }); }
console.log(fs.map(function (f) { return f(); }).join(","));
fs = [];
let n = 0;
while (n < 3) { let m = n; fs.push(function () { return m; }); n++; }
console.log(fs.map(function (f) { return f(); }).join(","));
// A closure that assigns the loop variable changes that iteration's copy only.
fs = [];
var bumps = [];
for (let i = 0; i < 3; i++) { bumps.push(function () { i += 10; return i; }); fs.push(function () { return i; }); }
console.log(bumps[1](), fs[1](), fs[0](), fs[2]());
// expect: 0,1,2
// expect: 3,3,3
// expect: 1,3
// expect: 0,1,2
// expect: a,b,c
// expect: 10,20,30
// expect: 0,1,4
// expect: 0,1,2
// expect: 11 11 0 2
