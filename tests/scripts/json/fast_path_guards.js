// JSON.parse: each kind of decoded list element that must be converted
// (null, a nested list, a string with a \u escape) placed after elements
// that need nothing, so a look-only first pass that stopped short would
// leave a raw Python value behind.
function show(v) { console.log(JSON.stringify(v)); }
var p = JSON.parse('["a","b",{"x":1},null]'); show(p); console.log(p[3] === null, typeof p[3]);
p = JSON.parse('["a",true,1.5,[["z"],null]]'); show(p); console.log(Array.isArray(p[3][0]), p[3][1] === null);
p = JSON.parse('{"k":["a","\\u00e9","\\ud83d\\ude00"],"n":[1,2,null]}'); show(p.n); console.log(p.k[0], p.k[1], p.k.length); console.log(p.k[2].length, p.n[2] === null);
p = JSON.parse('[{"a":null,"b":[],"c":[null]},[]]'); show(p); console.log(p[0].a === null, Array.isArray(p[0].b), p[0].c[0] === null);
var big = []; for (var i = 0; i < 5000; i++) big.push("s" + i); big.push(null); big.push([1]);
p = JSON.parse(JSON.stringify(big)); console.log(p.length, p[5000] === null, Array.isArray(p[5001]), p[4999]);
console.log(JSON.parse("[]").length, JSON.parse("null") === null, JSON.parse('"x"'), JSON.parse("[null]")[0] === null);
// JSON.stringify: objects and arrays with other prototypes between plain
// ones; a toJSON on such a prototype must be seen although the plain
// prototype was checked just before.
var P = {toJSON: function () { return "P"; }};
var Q = {inherited: 1};
show([{a: 1}, Object.create(Q), {b: 2}, Object.create(P), {c: 3}]);
var A = []; A.toJSON = function () { return "A"; };
var arrP = []; Object.setPrototypeOf(arrP, A);
var arrQ = [1]; Object.setPrototypeOf(arrQ, Object.create(Array.prototype));
show([[1], arrQ, [2], arrP, [3]]);
show({x: [1], y: Object.create(Q), z: {w: Object.create(P)}});
// expect: ["a","b",{"x":1},null]
// expect: true object
// expect: ["a",true,1.5,[["z"],null]]
// expect: true true
// expect: [1,2,null]
// expect: a é 3
// expect: 2 true
// expect: [{"a":null,"b":[],"c":[null]},[]]
// expect: true true true
// expect: 5002 true true s4999
// expect: 0 true x true
// expect: [{"a":1},{},{"b":2},"P",{"c":3}]
// expect: [[1],[1],[2],"A",[3]]
// expect: {"x":[1],"y":{},"z":{"w":"P"}}
