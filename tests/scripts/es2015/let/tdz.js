// the temporal dead zone: reads, writes and typeof before the declaration
function show(f) { try { console.log(f()); } catch (e) { console.log(e.name + ": " + e.message); } }
show(function () { x; let x = 1; });
show(function () { x = 2; let x; });
show(function () { return typeof y; let y; });
show(function () { return typeof undeclaredName; });
show(function () { let z = z; });
show(function () { let a = 1, b = a + 1; return b; });
show(function () { const k = k + 1; });
function early() { return later; }
show(early);
let later = "ready";
show(early);
show(function () { { f(); let v = 1; function f() { return v; } } });
show(function () { { let v = 1; function f() { return v; } return f(); } });
show(function () { var r = []; for (var i = 0; i < 2; i++) { if (i) r.push(w); let w = i; } return r; });
show(function () { switch (1) { case 0: let s = "s"; case 1: return s; } });
show(function () { switch (0) { case 0: let s = "s"; return s; } });
show(function () { for (let q in q) {} });
show(function () { let g = function () { return g; }; return typeof g(); });
show(function () { var fn = function () { return t; }; let t = "after"; return fn(); });
show(function () { var fn = function () { return t2; }; fn(); let t2 = 1; });
show(function () { let n = 0; n += 5; n++; return n; });
show(function () { m += 1; let m = 0; });
// expect: ReferenceError: Cannot access 'x' before initialization
// expect: ReferenceError: Cannot access 'x' before initialization
// expect: ReferenceError: Cannot access 'y' before initialization
// expect: undefined
// expect: ReferenceError: Cannot access 'z' before initialization
// expect: 2
// expect: ReferenceError: Cannot access 'k' before initialization
// expect: ReferenceError: Cannot access 'later' before initialization
// expect: ready
// expect: ReferenceError: Cannot access 'v' before initialization
// expect: 1
// expect: ReferenceError: Cannot access 'w' before initialization
// expect: ReferenceError: Cannot access 's' before initialization
// expect: s
// expect: ReferenceError: Cannot access 'q' before initialization
// expect: function
// expect: after
// expect: ReferenceError: Cannot access 't2' before initialization
// expect: 6
// expect: ReferenceError: Cannot access 'm' before initialization
