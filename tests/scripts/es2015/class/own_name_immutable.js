// Inside a class its own name is an immutable binding (ES2015 14.5.14 step 4), and class
// code is strict: assigning it is a TypeError, however the assignment is written; the
// outer binding of a class declaration stays assignable.
function attempt(f) { try { f(); return "no error"; } catch (e) { return e.constructor.name; } }
class C {
  static plain() { return attempt(() => { C = 1; }); }
  static compound() { return attempt(() => { C += 1; }); }
  static pattern() { return attempt(() => { [C] = [1]; }); }
  static objectPattern() { return attempt(() => { ({ a: C } = { a: 1 }); }); }
  static value() { return attempt(() => { var v = (C = 2); }); }
}
console.log(C.plain(), C.compound(), C.pattern(), C.objectPattern(), C.value(), typeof C);
var D = class E { m() { return attempt(() => { E = null; }) + " " + typeof E; } };
console.log(new D().m());
C = 5;
console.log(C);
// expect: TypeError TypeError TypeError TypeError TypeError function
// expect: TypeError function
// expect: 5
