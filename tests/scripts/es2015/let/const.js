// const: assignment is a TypeError at run time (after the value is computed)
function show(f) { try { console.log(f()); } catch (e) { console.log(e.name + ": " + e.message); } }
const c = 1;
show(function () { c = 2; });
show(function () { c += 1; });
show(function () { c++; });
show(function () { --c; });
show(function () { var log = []; try { c = (log.push("rhs"), 3); } catch (e) { log.push(e.name); } return log.join(); });
show(function () { "use strict"; c = 4; });
show(function () { const d = 5; d = 6; });
show(function () { const o = {}; o.p = 1; return o.p; });
show(function () { for (const k in {a: 1, b: 2}) { console.log(k); } return "done"; });
show(function () { for (const i = 0; i < 1;) { return i; } });
show(function () { for (const i = 0; i < 2; i++) {} });
console.log(c);
// expect: TypeError: Assignment to constant variable.
// expect: TypeError: Assignment to constant variable.
// expect: TypeError: Assignment to constant variable.
// expect: TypeError: Assignment to constant variable.
// expect: rhs,TypeError
// expect: TypeError: Assignment to constant variable.
// expect: TypeError: Assignment to constant variable.
// expect: 1
// expect: a
// expect: b
// expect: done
// expect: 0
// expect: TypeError: Assignment to constant variable.
// expect: 1
