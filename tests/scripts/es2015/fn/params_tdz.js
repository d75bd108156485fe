// Parameters are initialized left to right (ES2015 9.2.12): a default reading a parameter at or
// after its own position throws ReferenceError; closures in defaults read them later
function attempt(f) { try { return String(f()); } catch (e) { return e.name + ": " + e.message; } }
function later(a = b, b) { return a; }
function self(a = a) { return a; }
function ok(a, b = a, c = () => d, d = 4) { return [b, c()].join(); }
console.log(attempt(function () { return later(); }), attempt(function () { return later(undefined, 1); }), attempt(function () { return later(2, 1); }));
console.log(attempt(function () { return self(); }), ok(1));
var arrow = (x = y, y = 1) => x;
console.log(attempt(function () { return arrow(); }));
// expect: ReferenceError: Cannot access 'b' before initialization ReferenceError: Cannot access 'b' before initialization 2
// expect: ReferenceError: Cannot access 'a' before initialization 1,4
// expect: ReferenceError: Cannot access 'y' before initialization
