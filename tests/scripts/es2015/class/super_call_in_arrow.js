// super(...) called from an arrow function inside a derived constructor.
// xfail: super() in an arrow function is refused as unsupported (lower/classes.py: it would have to set the constructor's `this` from a nested def)
class A { constructor(v) { this.v = v; } }
class B extends A { constructor() { var init = () => super(7); init(); this.w = this.v + 1; } }
var b = new B();
console.log(b.v, b.w);
// expect: 7 8
