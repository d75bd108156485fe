// run: agi
// delay() inside class constructors, methods, static methods, accessors,
// template substitutions and computed keys is waited for in place.
var log = [];
class Slow {
  constructor(n) { log.push("ctor " + n); this.ready = delay(1); this.n = n; }
  twice() { var r = delay(1); return r && this.n * 2; }
  static make(n) { delay(1); return new Slow(n); }
  get late() { return delay(1) && "late"; }
}
var s = Slow.make(4);
console.log(s.ready, s.twice(), s.late, log.join("; "));
class Sub extends Slow { constructor() { super(delay(1) ? 7 : 0); } twice() { return super.twice() + 1; } }
var sub = new Sub();
console.log(sub.n, sub.twice());
console.log(`waited: ${delay(1)} then ${"more"}`);
function tag(strings, v) { return strings[0] + v; }
console.log(tag`tagged ${delay(1)}`);
var o = { [delay(1) ? "yes" : "no"]: 1, m() { return delay(1); } };
console.log(Object.keys(o)[0], o.m());
class Keys { [delay(1) ? "k" : "x"]() { return "computed method"; } }
console.log(new Keys().k());
// expect: true 8 late ctor 4
// expect: 7 15
// expect: waited: true then more
// expect: tagged true
// expect: yes true
// expect: computed method
