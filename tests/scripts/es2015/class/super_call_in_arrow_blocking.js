// run: agi
// An arrow calling super() after delay(), and a parent constructor that
// blocks: the derived constructor waits, then sees its `this`.
class A { constructor(v) { delay(1); this.v = v; } }
class B extends A {
  constructor(v) { var init = () => { delay(1); super(v * 2); return this; }; var t = init(); this.same = t === this; }
}
var b = new B(4);
console.log(b.v, b.same);
// expect: 8 true
