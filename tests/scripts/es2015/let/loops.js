// a fresh binding per iteration when closures capture the loop's let
function values(fs) { return fs.map(function (f) { return f(); }).join(","); }
var fs = [];
for (let i = 0; i < 3; i++) fs.push(function () { return i; });
console.log(values(fs));
fs = [];
for (var j = 0; j < 3; j++) fs.push(function () { return j; });
console.log(values(fs));
fs = [];
for (let i = 0; i < 6; i++) { if (i % 2) continue; fs.push(function () { return i; }); }
console.log(values(fs));
fs = [];
for (let i = 0; i < 3; i++) { fs.push(function () { return i; }); i++; }
console.log(values(fs));
fs = [];
// closures that write: each iteration's own variable, copied into the next
for (let i = 0; i < 3; i++) { fs.push(function () { return ++i; }); }
console.log(values(fs), values(fs));
fs = [];
for (let k in {a: 1, b: 2, c: 3}) fs.push(function () { return k; });
console.log(values(fs));
fs = [];
for (const k in {x: 1, y: 2}) fs.push(function () { return k; });
console.log(values(fs));
fs = [];
var n = 0;
while (n < 3) { let m = n * 10; fs.push(function () { return m; }); n++; }
console.log(values(fs));
fs = [];
do { let m = n; fs.push(function () { return m; }); n--; } while (n > 0);
console.log(values(fs));
fs = [];
outer: for (let a = 0; a < 3; a++) {
    for (let b = 0; b < 3; b++) {
        if (b > a) continue outer;
        fs.push(function () { return a + "" + b; });
        if (a == 2) break outer;
    }
}
console.log(values(fs));
function ret() { for (let i = 0; i < 5; i++) { if (i == 2) return function () { return i; }; } }
console.log(ret()());
var sum = 0;
for (let i = 0; i < 1000; i++) { let sq = i * i; sum += sq; }
console.log(sum, typeof i);
fs = [];
for (let i = 0, inc = function () { return i; }; i < 2; i++) fs.push(inc);
console.log(values(fs));
fs = [];
for (let i = 0; i < 2; i++) { let i2 = i; fs.push(function () { return i2 + i; }); }
console.log(values(fs));
// expect: 0,1,2
// expect: 3,3,3
// expect: 0,2,4
// expect: 1,3
// expect: 1,2,3 2,3,4
// expect: a,b,c
// expect: x,y
// expect: 0,10,20
// expect: 3,2,1
// expect: 00,10,11,20
// expect: 2
// expect: 332833500 undefined
// expect: 0,0
// expect: 0,2
