// Arrow functions (ES2015 14.2): bodies, lexical this/arguments, no [[Construct]], name/length
function attempt(f) {
  try { return String(f()); } catch (e) { return e.name + ": " + e.message; }
}
var add = (a, b) => a + b;
var sq = x => x * x;
var none = () => { return "block"; };
var obj = () => ({ k: 1 });
console.log(add(1, 2), sq(4), none(), obj().k);
console.log(add.name, add.length, sq.length, typeof add.prototype, add.hasOwnProperty("prototype"));
console.log(attempt(function () { return new add(1, 2); }));
var counter = {
  n: 0,
  start: function () {
    [1, 2, 3].forEach(v => { this.n += v; });
    return this.n;
  },
  nested: function () { return (() => () => this.n)()(); }
};
console.log(counter.start(), counter.nested());
function outer() { var f = () => arguments.length + ":" + arguments[0]; return f("ignored"); }
console.log(outer("a", "b"));
function strictThis() { "use strict"; return (() => this)(); }
console.log(strictThis() === undefined, (() => typeof this)());
var bound = add.bind(null, 10);
console.log(bound(5), (x => x).call({}, "call"), (function () { return (() => this.v).call({ v: 2 }); }).call({ v: 1 }));
var fns = [];
for (var i = 0; i < 3; i++) fns.push(() => i);
console.log(fns.map(f => f()).join());
var named = { m: () => 1, f: function () {} };
var later;
later = () => 2;
console.log(named.m.name, named.f.name, later.name, (() => 1).name === "");
console.log(typeof (() => 1), Object.prototype.toString.call(() => 1), (a => a) instanceof Function);
var compose = (f, g) => x => f(g(x));
console.log(compose(sq, x => x + 1)(2));
console.log([3, 1, 2].sort((a, b) => a - b).join(), [1, 2, 3].reduce((s, v) => s + v, 0));
console.log(attempt(() => { throw new RangeError("inside"); }));
// expect: 3 16 block 1
// expect: add 2 1 undefined false
// expect: TypeError: add is not a constructor
// expect: 6 6
// expect: 2:a
// expect: true object
// expect: 15 call 1
// expect: 3,3,3
// expect: m f later true
// expect: function [object Function] true
// expect: 9
// expect: 1,2,3 6
// expect: RangeError: inside
