// Temporal dead zone: reads before the declaration throw ReferenceError,
// typeof included; a closure called before the declaration line too.
function show(f) {
  try { console.log("ok", f()); } catch (e) { console.log(e.name + ": " + e.message); }
}
show(function () { x; let x = 1; return x; });
show(function () { return typeof y; let y; });
show(function () { return typeof undeclaredAnywhere; });
show(function () { const c = c + 1; return c; });
show(function () {
  function early() { return z; }
  var r = early.length;
  let z = 5;
  return early() + r;
});
show(function () {
  function early() { return z; }
  var r = early();
  let z = 5;
  return r;
});
show(function () {
  switch (1) {
    case 0: let s = "zero";
    case 1: return s;
  }
});
show(function () {
  switch (2) {
    case 1: let s = "one";
    default: s = "assigned"; return s;
  }
});
show(function () { let a = 1; { a; let a = 2; } return a; });
show(function () { let b = b; return b; });
show(function () { for (let i = i; ;) { return i; } });
show(function () { let [p = q, q = 1] = []; return p; });
show(function () { let u; return u; });
show(function () { const k = 1; k = 2; return k; });
show(function () { const k = 1; try { k++; } catch (e) { return e.name + " " + k; } });
// expect: ReferenceError: Cannot access 'x' before initialization
// expect: ReferenceError: Cannot access 'y' before initialization
// expect: ok undefined
// expect: ReferenceError: Cannot access 'c' before initialization
// expect: ok 5
// expect: ReferenceError: Cannot access 'z' before initialization
// expect: ReferenceError: Cannot access 's' before initialization
// expect: ReferenceError: Cannot access 's' before initialization
// expect: ReferenceError: Cannot access 'a' before initialization
// expect: ReferenceError: Cannot access 'b' before initialization
// expect: ReferenceError: Cannot access 'i' before initialization
// expect: ReferenceError: Cannot access 'q' before initialization
// expect: ok undefined
// expect: TypeError: Assignment to constant variable.
// expect: ok TypeError 1
