// super(...) called from an arrow function inside a derived constructor:
// it sets the constructor's `this`, seen by the constructor and by every
// arrow; a second call, or `this` before it, is a ReferenceError.
class A { constructor(v) { this.v = v; } }
class B extends A { constructor() { var init = () => super(7); init(); this.w = this.v + 1; } }
var b = new B();
console.log(b.v, b.w);
class C extends A {
  constructor(...args) {
    var seen = [];
    var outer = () => { var inner = () => super(...args); var r = inner(); seen.push(r === this); };
    try { this.x = 1; } catch (e) { seen.push(e.constructor.name); }
    outer();
    try { outer(); } catch (e) { seen.push(e.constructor.name); }
    this.seen = seen.join(" ");
  }
}
var c = new C(3, 4);
console.log(c.v, c.seen, c instanceof C, c instanceof A);
class D extends A {
  constructor(flag) {
    var make = () => (super(flag ? "yes" : "no"), this);
    var self = make();
    console.log(self === this, this.v);
  }
}
new D(true);
class E extends A { constructor() { var never = () => super(0); } }
try { new E(); } catch (e) { console.log(e.constructor.name); }
class F extends A { constructor() { return (() => { super(5); return undefined; })(); } }
console.log(new F().v);
// expect: 7 8
// expect: 3 ReferenceError true ReferenceError true true
// expect: true yes
// expect: ReferenceError
// expect: 5
