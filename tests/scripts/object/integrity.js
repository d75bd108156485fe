// seal / freeze / preventExtensions and their predicates (ES5.1 15.2.3.8-15.2.3.13)
function attempt(f) {
  try { return String(f()); } catch (e) { return e.name + ": " + e.message; }
}
var o = Object.seal({ a: 1 });
o.a = 2; o.b = 3;
console.log(delete o.a);
console.log(o.a + " " + o.b + " " + Object.isSealed(o) + " " + Object.isFrozen(o));
var f = Object.freeze({ a: 1, get g() { return 9; } });
f.a = 5;
console.log(f.a + " " + f.g + " " + Object.isFrozen(f) + " " + Object.isExtensible(f));
console.log(attempt(function () { "use strict"; f.a = 2; }).split(":")[0]);
console.log(attempt(function () { "use strict"; f.nope = 2; }).split(":")[0]);
var pe = Object.preventExtensions({ x: 1 });
pe.y = 1;
console.log(pe.y + " " + Object.isExtensible(pe) + " " + Object.isSealed(pe));
console.log([Object.isFrozen({}), Object.isFrozen(Object.preventExtensions({})),
  Object.isSealed(Object.preventExtensions({ a: 1 })), Object.isFrozen(Object.seal({ a: 1 })),
  Object.isFrozen(Object.seal({}))].join(","));
console.log([Object.freeze(1), Object.isFrozen(1), Object.isSealed("s"), Object.isExtensible(true)].join(","));
var s = new String("ab");
console.log(Object.isFrozen(Object.freeze(s)) + " " + s.length);
// expect: false
// expect: 2 undefined true false
// expect: 1 9 true false
// expect: TypeError
// expect: TypeError
// expect: undefined false false
// expect: false,true,false,false,true
// expect: 1,true,true,false
// expect: true 2
