// Symbol-keyed properties through the whole property model.
var a = Symbol("a"), b = Symbol("b");
var o = {};
o[b] = "B"; o.z = 1; o[a] = "A"; o[3] = 3; o.y = 2; o[1] = 1;
console.log(Object.keys(o).join(), Object.getOwnPropertyNames(o).join());
console.log(Object.getOwnPropertySymbols(o).map(String).join());
var seen = []; for (var k in o) seen.push(k); console.log(seen.join());
console.log(JSON.stringify(o), o[a], o[b], a in o, o.hasOwnProperty(b), o.propertyIsEnumerable(a));
console.log(delete o[a], a in o, o[a], Object.getOwnPropertySymbols(o).length);
Object.defineProperty(o, a, {value: 7, writable: false, enumerable: false, configurable: true});
var d = Object.getOwnPropertyDescriptor(o, a);
console.log(d.value, d.writable, d.enumerable, d.configurable, o.propertyIsEnumerable(a));
o[a] = 8; console.log(o[a]);
(function () { "use strict"; try { o[a] = 9; } catch (e) { console.log(e.name); } })();
Object.defineProperty(o, b, {get: function () { return "got " + typeof this; }, configurable: true});
console.log(o[b]);
// inherited symbol keys, accessors on prototypes, primitives as receivers
var p = {}; p[a] = "from proto"; var c = Object.create(p);
console.log(c[a], a in c, c.hasOwnProperty(a), Object.getOwnPropertySymbols(c).length);
Object.defineProperty(Number.prototype, b, {get: function () { return typeof this; }, configurable: true});
console.log((5)[b], "str"[a], true[a]);
String.prototype[a] = "on String.prototype"; console.log("xy"[a]);
// functions and arrays take symbol keys too
function f() {} f[a] = 1; var arr = [1, 2]; arr[a] = "sym"; arr[b] = "sym2";
console.log(f[a], arr[a], arr.length, Object.keys(arr).join(), JSON.stringify(arr), Object.getOwnPropertySymbols(arr).length);
// freeze and seal include symbol keys
var fr = {}; fr[a] = 1; Object.freeze(fr); fr[a] = 2;
console.log(fr[a], Object.getOwnPropertyDescriptor(fr, a).writable, Object.isFrozen(fr));
// the global object
var g = this, before = Object.getOwnPropertySymbols(g).length; g[a] = "global sym";
console.log(g[a], a in g, Object.getOwnPropertySymbols(g).length - before, Object.keys(g).every(function (k) { return typeof k === "string"; }));
console.log(delete g[a], a in g, Object.getOwnPropertySymbols(g).length - before);
// symbol keys in error messages
try { undefined[a]; } catch (e) { console.log(e.name); }
try { a in 5; } catch (e) { console.log(e.name); }
// ToPropertyKey of an object whose toString returns a symbol
var keyObj = {toString: function () { return a; }};
var q = {}; q[keyObj] = "via object"; console.log(q[a], Object.keys(q).length);
// expect: 1,3,z,y 1,3,z,y
// expect: Symbol(b),Symbol(a)
// expect: 1,3,z,y
// expect: {"1":1,"3":3,"z":1,"y":2} A B true true true
// expect: true false undefined 1
// expect: 7 false false true false
// expect: 7
// expect: TypeError
// expect: got object
// expect: from proto true false 0
// expect: object undefined undefined
// expect: on String.prototype
// expect: 1 sym 2 0,1 [1,2] 2
// expect: 1 false true
// expect: global sym true 1 true
// expect: true false 0
// expect: TypeError
// expect: TypeError
// expect: via object 0
