// for-of / for-in heads declaring several let/const names through a
// pattern, in code with a `with` (the bindings live in run-time Envs): each
// iteration's Env holds every name, and closures keep their iteration's.
with ({}) {}
var fns = [];
for (const { a, b, ...r } of [{ a: 1, b: 2, c: 3 }, { a: 4, b: 5 }]) {
  console.log(a, b, JSON.stringify(r));
  fns.push(() => a + b);
}
for (let [c, d = c * 10] of [[3], [4, 5]]) console.log(c, d);
for (const [k, v] in { ab: 1 }) console.log(k, v);
console.log(fns.map(f => f()).join());
// expect: 1 2 {"c":3}
// expect: 4 5 {}
// expect: 3 30
// expect: 4 5
// expect: a b
// expect: 3,9
