// Classes (ES2015 14.5): methods, accessors, statics, computed names, extends (incl.
// null, Array, Error), super calls and properties, new.target, TDZ, the inner name.
class A {
  constructor(x) { this.x = x; }
  get double() { return this.x * 2; }
  set double(v) { this.x = v / 2; }
  m() { return "A.m " + this.x; }
  static s() { return "A.s " + this.name; }
  ["comp" + 1]() { return "computed"; }
}
var a = new A(3);
console.log(a.x, a.double, a.m(), A.s(), a.comp1(), typeof A, A.name, A.length);
a.double = 10; console.log(a.x);
console.log(Object.keys(A.prototype).length, A.prototype.constructor === A, Object.getOwnPropertyNames(A.prototype).join());
try { A(1); } catch (e) { console.log(e.name + ": " + e.message); }
class B extends A {
  constructor(x, y) { super(x); this.y = y; }
  m() { return "B+" + super.m(); }
  static s() { return "B+" + super.s(); }
}
var bb = new B(1, 2);
console.log(bb.x, bb.y, bb.m(), B.s(), bb instanceof A, bb instanceof B, Object.getPrototypeOf(B) === A);
class C extends B {}
var c = new C(5, 6); console.log(c.x, c.y, c.m(), C.name, C.length);
class D extends A { constructor() { try { this.x = 1; } catch (e) { console.log(e.name); } super(9); } }
console.log(new D().x);
class E extends Array {}
var e = new E(); e.push(1, 2, 3); console.log(e.length, Array.isArray(e), e instanceof E, e instanceof Array, e.join("-"));
class MyErr extends Error { constructor(m) { super(m); this.name = "MyErr"; } }
try { throw new MyErr("bad"); } catch (err) { console.log(err instanceof MyErr, err instanceof Error, err.message, String(err), typeof err.stack); }
function F() { return new.target === F; } console.log(new F() instanceof F, F());
class G { constructor() { this.t = new.target === G; } } console.log(new G().t);
class H extends G {} console.log(new H().t);
var Ex = class Named { who() { return Named.name; } }; console.log(Ex.name, new Ex().who());
class N extends null { constructor() { return Object.create(N.prototype); } } console.log(Object.getPrototypeOf(N.prototype));
try { class X extends 3 {} } catch (er) { console.log(er.message); }
class R { constructor() { return {r: 1}; } } console.log(new R().r);
try { T; } catch (er) { console.log(er.name); }
class T {}
class Counter { static create() { return new this(); } constructor() { this.n = 0; } inc() { this.n++; return this; } }
console.log(Counter.create().inc().inc().n);
var desc = Object.getOwnPropertyDescriptor(Counter, "prototype"); console.log(desc.writable, desc.enumerable, desc.configurable);
var md = Object.getOwnPropertyDescriptor(Counter.prototype, "inc"); console.log(md.writable, md.enumerable, md.configurable);
class Strict { m() { return this; } } console.log(new Strict().m.call(undefined), (function () { return typeof this; }).call(undefined));
class Twice extends Object { constructor() { super(); try { super(); } catch (e) { console.log(e.name); } } } new Twice();
class NoSuper extends Object { constructor() {} } try { new NoSuper(); } catch (e) { console.log(e.name); }
class BadRet extends Object { constructor() { super(); return 1; } } try { new BadRet(); } catch (e) { console.log(e.name); }
console.log(new E(3).length);
class Acc { static get sv() { return "static getter"; } } console.log(Acc.sv);
var key = "dyn"; class CK { static [key + "S"]() { return 1; } get [key]() { return 2; } } console.log(CK.dynS(), new CK().dyn, CK.dynS.name);
var Outer = class Inner { static self() { return Inner; } }; console.log(Outer.self() === Outer, typeof Inner);
class Rebind {} var Saved = Rebind; Rebind = 1; console.log(typeof Saved, Rebind);
function Old(v) { this.v = v; } Old.prototype.get = function () { return this.v; };
class New extends Old { constructor() { super(7); } get() { return super.get() * 2; } } console.log(new New().get());
class Sup { static who() { return "sup"; } } class Sub extends Sup { static who() { return "sub<" + super.who(); } } console.log(Sub.who());
class ToS { toString() { return "custom"; } } console.log(`${new ToS()}`, String(new ToS()));
console.log(typeof class {}, (class { static x() { return 1; } }).x());
// expect: 3 6 A.m 3 A.s A computed function A 1
// expect: 5
// expect: 0 true constructor,double,m,comp1
// expect: TypeError: Class constructor A cannot be invoked without 'new'
// expect: 1 2 B+A.m 1 B+A.s B true true true
// expect: 5 6 B+A.m 5 C 0
// expect: ReferenceError
// expect: 9
// expect: 3 true true true 1-2-3
// expect: true true bad MyErr: bad string
// expect: true false
// expect: true
// expect: false
// expect: Named Named
// expect: null
// expect: Class extends value 3 is not a constructor or null
// expect: 1
// expect: ReferenceError
// expect: 2
// expect: false false false
// expect: true false true
// expect: undefined object
// expect: ReferenceError
// expect: ReferenceError
// expect: TypeError
// expect: 3
// expect: static getter
// expect: 1 2 dynS
// expect: true undefined
// expect: function 1
// expect: 14
// expect: sub<sup
// expect: custom custom
// expect: function 1
