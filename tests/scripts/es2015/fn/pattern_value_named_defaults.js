// An assignment pattern used as a value (`x = [a = class x {}] = v`) whose default is a
// named class or function expression: the class's own name is bound only inside the
// class, and lives in the code evaluating the pattern (a compiler crash once: the name
// was declared the enclosing function's, which never binds it).
var x, a, b, c, r, v = [];
r = x = [a = class x { who() { return x; } static own() { return typeof x; } }] = v;
console.log(r === v, x === v, typeof a, a.name, new a().who() === a, a.own());
r = x = { b = class x {}, c = function x() { return x; } } = {};
console.log(typeof b, b.name, c.name, c() === c, x === r);
x = [a = class y extends Array {}, b = class z { static k() { return z.name; } }] = [undefined];
console.log(a.name, new a().length, b.k(), Array.isArray(x));

function inFunction() {
  var x, d, e, v = [];
  var out = (x = [d = class x { static self() { return x; } }] = v);
  var out2 = (x = { e = class x {} } = { e: undefined });
  return [out === v, d.name, d.self() === d, e.name, typeof x].join(" ");
}
console.log(inFunction());

var arrowExpr = (v) => (x = [a = class x {}, ...b] = v);
console.log(arrowExpr([undefined, 1, 2]).length, a.name, b.join());
var arrowBlock = (v) => {
  let x, p;
  const res = (x = { p = class x { m() { return x.name; } } } = v);
  return [res === v, new p().m(), p.name].join(" ");
};
console.log(arrowBlock({}));

// fresh class per evaluation; nested patterns used as values
var seen = [];
for (var i = 0; i < 3; i++) {
  var k;
  x = [k = class x { static n() { return x === k; } }] = [];
  seen.push(k.n());
}
console.log(seen.join(), seen.length);
var m, n;
x = [m = class x {}] = [n = class x {}] = [];
console.log(m.name, n.name, m === n);
class Holder {
  static make() { var x, h; x = [h = class x {}] = []; return h.name; }
}
console.log(Holder.make());
// expect: true true function x true function
// expect: function x x true true
// expect: y 0 z true
// expect: true x true x object
// expect: 3 x 1,2
// expect: true x x
// expect: true,true,true 3
// expect: x x false
// expect: x
