// let/const in code using eval or with: Envs with a dead zone, consts, per-iteration copies
function show(f) { try { console.log(f()); } catch (e) { console.log(e.name + ": " + e.message); } }
let top = "top";
show(function () { return eval("top"); });
show(function () { let x = 1; return eval("x + 1"); });
show(function () { return eval("y"); let y = 2; });
show(function () { const c = 1; eval("c = 2"); });
show(function () { let x = 1; { let x = 2; eval("x = 3"); } return x; });
show(function () { var fs = []; for (let i = 0; i < 3; i++) fs.push(function () { return eval("i"); }); return fs.map(function (f) { return f(); }).join(); });
show(function () { var fs = []; for (let k in {a: 1, b: 2}) fs.push(function () { return eval("k"); }); return fs.map(function (f) { return f(); }).join(); });
show(function () { let o = {p: 1}; with (o) { return p + top; } });
show(function () { let p = "let"; with ({}) { return p; } });
show(function () { with ({q: 1}) { let q = 2; return q; } });
show(function () { eval("var v = 1"); let w = v + 1; return w; });
show(function () { let z = 1; eval("let z = 5; z"); return z; });
eval("let e1 = 1; console.log(e1)");
console.log(typeof e1);
show(function () { switch (1) { case 1: let s = eval("1"); return s; } });
show(function () { return typeof tz; let tz; });
show(function () { eval(""); { function bf() { return "bf"; } } return bf(); });
console.log(this.top);
// expect: top
// expect: 2
// expect: ReferenceError: Cannot access 'y' before initialization
// expect: TypeError: Assignment to constant variable.
// expect: 1
// expect: 0,1,2
// expect: a,b
// expect: 1top
// expect: let
// expect: 2
// expect: 2
// expect: 1
// expect: 1
// expect: undefined
// expect: 1
// expect: ReferenceError: Cannot access 'tz' before initialization
// expect: bf
// expect: undefined
