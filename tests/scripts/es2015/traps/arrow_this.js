// Arrow functions take this/arguments from the enclosing function, in
// callbacks of built-ins too; they are not constructors.
var counter = {
  n: 0,
  add: function (list) { list.forEach(x => { this.n += x; }); return this.n; },
  addPlain: function (list) { list.forEach(function (x) { this.n += x; }); return this.n; },
  later: function () { return [1, 2].map(() => this === counter); },
};
console.log(counter.add([1, 2, 3]));
try { console.log(counter.addPlain([1])); } catch (e) { console.log(e.name); }
console.log(counter.later().join(","));
function outer() { return (() => arguments.length + ":" + arguments[0])(); }
console.log(outer("a", "b"));
var obj = { name: "o", greet: function () { return "x".replace(/x/, () => this.name); } };
console.log(obj.greet());
console.log(JSON.parse("[1,2]", (k, v) => (typeof v === "number" ? v * 2 : v)).join(","));
var arrow = () => 1;
try { new arrow(); } catch (e) { console.log(e.name + ": " + e.message); }
console.log(typeof arrow.prototype, arrow.name, (a => a).length, ((a, b) => a).length);
var sorted = [3, 1, 2].sort((a, b) => a - b);
console.log(sorted.join(","));
var self = { v: 7, get: function () { var f = () => () => this.v; return f()(); } };
console.log(self.get());
console.log((() => { return { a: 1 }; })().a, (() => ({ b: 2 }))().b);
var bound = (() => this).call({ other: true });
console.log(bound === this);
// expect: 6
// expect: 6
// expect: true,true
// expect: 2:a
// expect: o
// expect: 2,4
// expect: TypeError: arrow is not a constructor
// expect: undefined arrow 1 2
// expect: 1,2,3
// expect: 7
// expect: 1 2
// expect: true
