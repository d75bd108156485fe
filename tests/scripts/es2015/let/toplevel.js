// top-level let/const/functions: not global-object properties, seen by functions
let a = 1;
const b = 2;
var c = 3;
console.log(this.a, this.b, this.c);
console.log(typeof globalThis_probe);
function read() { return a + b + c; }
console.log(read());
function write() { a = 10; }
write();
console.log(a, read());
var f = function () { return a * 2; };
console.log(f());
console.log(Object.keys(this).indexOf("a"), Object.keys(this).indexOf("c") >= 0);
// expect: undefined undefined 3
// expect: undefined
// expect: 6
// expect: 10 15
// expect: 20
// expect: -1 true
