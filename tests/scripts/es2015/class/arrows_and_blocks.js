// Arrows see their enclosing method's super and function's new.target;
// class declarations are block-scoped (lexical, TDZ), one class per loop iteration.
class A { get dbl() { return this.x * 2; } }
class B extends A {
  constructor() { super(); this.x = 5; this.nt = (() => new.target === B)(); }
  m() { return () => super.dbl + this.x; }
}
var b = new B();
console.log(b.m()(), b.nt);
function F() { return (() => new.target)(); }
console.log(new F() === undefined, F() === undefined);
var o = { toString() { return [1].map(() => super.toString === Object.prototype.toString).join(); } };
console.log(String(o));
{ class C {} var c1 = C; }
try { C; } catch (e) { console.log(e.name, typeof c1); }
try { new D(); } catch (e) { console.log(e.message); }
class D {}
var ks = [];
for (let i = 0; i < 3; i++) { class K { v() { return i; } } ks.push(K); }
console.log(ks.map(K => new K().v()).join(), ks[0] === ks[1]);
let [x, {y}] = [1, {y: `t${1 + 1}`}];
console.log(x, y, 2 ** 10);
// expect: 15 true
// expect: false true
// expect: true
// expect: ReferenceError function
// expect: Cannot access 'D' before initialization
// expect: 0,1,2 false
// expect: 1 t2 1024
