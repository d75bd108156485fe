// super.x = v, super[k] = v, compound assignment and ++/-- on super
// properties: the home object's prototype is searched, a setter there
// runs with `this`, anything else lands on `this` (never the prototype).
var log = [];
class A {
  set x(v) { log.push("A.x=" + v + " on " + this.tag); this._x = v; }
  get x() { return this._x === undefined ? 10 : this._x; }
}
A.prototype.shared = 1;
A.prototype.num = 5;
class B extends A {
  constructor() { super(); this.tag = "b"; super.made = "in ctor"; }
  m() {
    super.x = 5;
    var r1 = (super.x += 1);
    super["sh" + "ared"] = 2;
    super.fresh = 3;
    var k = "count";
    super[k] = 0;
    var a = super[k]++, b = ++super[k], c = super.count--;
    var d = super.num++, e = --super.num;
    return [r1, a, b, c, this.count, d, e, this.num, A.prototype.num, this._x, this.shared, A.prototype.shared,
            this.hasOwnProperty("fresh"), A.prototype.hasOwnProperty("fresh"), this.made].join(",");
  }
  arrow() { var f = () => { super.viaArrow = "yes"; return this.viaArrow; }; return f(); }
}
var b = new B();
console.log(b.m());
console.log(b.arrow(), log.join(" | "));
var order = [];
function k(n) { order.push("key " + n); return n; }
function v(n) { order.push("value " + n); return n; }
class C extends A { t() { super[k("p")] = v(1); super[k("q")] += v(2); return order.join(", "); } }
console.log(new C().t());
var proto = { set greet(v) { this.greeting = "hello " + v; } };
var obj = { __proto__: proto, hi() { super.greet = "you"; super.other = 1; return this.greeting + " " + this.other; } };
console.log(obj.hi(), proto.hasOwnProperty("other"));
class RO {}
Object.defineProperty(RO.prototype, "ro", { value: 1 });
Object.defineProperty(RO.prototype, "getOnly", { get() { return 1; } });
class D extends RO {
  m1() { super.ro = 2; }
  m2() { super.getOnly = 2; }
  m3() { Object.freeze(this); super.z = 1; }
  m4() { Object.defineProperty(this, "own", { get() { return 3; }, configurable: true }); super.own = 1; }
}
["m1", "m2", "m3", "m4"].forEach(function (m) {
  try { new D()[m](); console.log(m, "no error"); } catch (e) { console.log(m, e.constructor.name); }
});
var sloppy = { __proto__: { get g() { return 1; } }, m() { super.g = 2; return "ignored"; } };
console.log(sloppy.m());
class E extends A { constructor() { try { super.early = 1; } catch (e) { console.log(e.constructor.name); } super(); } }
new E();
class Del { m() { var k = "x"; try { delete super[k]; } catch (e) { console.log(e.constructor.name, e.message); } } }
new Del().m();
// expect: 6,NaN,NaN,NaN,NaN,5,4,4,5,6,2,1,true,false,in ctor
// expect: yes A.x=5 on b | A.x=6 on b
// expect: key p, value 1, key q, value 2
// expect: hello you 1 false
// expect: m1 TypeError
// expect: m2 TypeError
// expect: m3 TypeError
// expect: m4 TypeError
// expect: ignored
// expect: ReferenceError
// expect: ReferenceError Unsupported reference to 'super'
