// for (var i = S; i < n; i++) a.push(<a value that runs no script code>):
// the push's tests made once after the first iteration, the rest of the
// range appended straight to the list, a literal's object written out
// (compiler/lower/count_loops.py _hoisted): what every kind of bound,
// array and prototype gives, and what the objects made so are.
var out = [];
function build(n) {
  var a = [];
  for (var i = 0; i < n; i++) a.push({id: i, sq: i * i, name: "n" + (i % 3), on: false});
  return JSON.stringify(a) + " i=" + i + " len=" + a.length;
}
out.push(build(3), build(0), build(-1), build(1), build(2.5), build(NaN), build("2"), build(null));
var steps = 0;
out.push(build({valueOf: function () { return ++steps < 3 ? 5 : 0; }}), "steps=" + steps);
function from2(n) {
  var a = [];
  for (var i = 2; i < n; i++) a.push([i, "v" + i]);
  return JSON.stringify(a) + " i=" + i;
}
out.push(from2(5), from2(1), from2(2));
function nested() {
  var a = [];
  for (var j = 0; j < 4; j++) for (var i = 0; i < j; i++) a.push({j: j, i: i});
  return JSON.stringify(a) + " j=" + j + " i=" + i;
}
out.push(nested());
function numbers(n) {
  var a = [0.5];
  for (var i = 0; i < n; i++) a.push(i % 4);
  return a.join() + " i=" + i;
}
out.push(numbers(6));
// the array as the loop finds it: frozen, non-extensible, a read-only
// length, its own push, sparse, another prototype
function onto(a, n) {
  try {
    for (var i = 0; i < n; i++) a.push({i: i});
    return "ok len=" + a.length + " i=" + i;
  } catch (e) {
    return e.name + " len=" + a.length + " i=" + i;
  }
}
out.push(onto(Object.freeze([]), 3), onto(Object.preventExtensions([1]), 3));
var ro = [1, 2];
Object.defineProperty(ro, "length", {writable: false});
out.push(onto(ro, 3));
var own = [], ownLog = "";
own.push = function (v) { ownLog += "own" + v.i; return 0; };
out.push(onto(own, 3), ownLog);
var sparse = [];
sparse[100000] = "far";
out.push(onto(sparse, 3), sparse[100001].i + "," + sparse[100003].i);
var proto = [], protoLog = "";
Object.setPrototypeOf(proto, {push: function (v) { protoLog += "P" + v.i; }});
out.push(onto(proto, 3), protoLog);
// a setter on Array.prototype for an index the loop reaches
var setterLog = "";
Object.defineProperty(Array.prototype, "2", {set: function (v) { setterLog += "AP2=" + v.i; }, configurable: true});
var withSetter = [];
out.push(onto(withSetter, 4), setterLog, JSON.stringify(withSetter));
delete Array.prototype[2];
// Array.prototype.push replaced before the loop
var saved = Array.prototype.push, mine = "";
Array.prototype.push = function (v) { mine += "m" + v.i; return 0; };
var replaced = onto([], 3);
Array.prototype.push = saved;
out.push(replaced, mine);
// the objects the loop made are plain objects like any literal's
function made() {
  var a = [];
  for (var i = 0; i < 3; i++) a.push({id: i, name: "x" + i});
  var o = a[2], d = Object.getOwnPropertyDescriptor(o, "id");
  var r = [Object.getPrototypeOf(o) === Object.prototype, Object.isExtensible(o), Object.isFrozen(o),
           Object.prototype.toString.call(o), o instanceof Object, Object.keys(o).join("+"),
           d.value, d.writable, d.enumerable, d.configurable, o.hasOwnProperty("name"), String(o)];
  o.extra = 1;
  delete o.id;
  Object.defineProperty(o, "ro", {value: 7});
  r.push(JSON.stringify(o), o.ro);
  Object.freeze(a[1]);
  a[1].id = 99;
  r.push(a[1].id, Object.isFrozen(a[1]), Object.isFrozen(a[0]));
  return r.join(" ");
}
out.push(made());
for (var k = 0; k < out.length; k++) console.log(out[k]);
// expect: [{"id":0,"sq":0,"name":"n0","on":false},{"id":1,"sq":1,"name":"n1","on":false},{"id":2,"sq":4,"name":"n2","on":false}] i=3 len=3
// expect: [] i=0 len=0
// expect: [] i=0 len=0
// expect: [{"id":0,"sq":0,"name":"n0","on":false}] i=1 len=1
// expect: [{"id":0,"sq":0,"name":"n0","on":false},{"id":1,"sq":1,"name":"n1","on":false},{"id":2,"sq":4,"name":"n2","on":false}] i=3 len=3
// expect: [] i=0 len=0
// expect: [{"id":0,"sq":0,"name":"n0","on":false},{"id":1,"sq":1,"name":"n1","on":false}] i=2 len=2
// expect: [] i=0 len=0
// expect: [{"id":0,"sq":0,"name":"n0","on":false},{"id":1,"sq":1,"name":"n1","on":false}] i=2 len=2
// expect: steps=3
// expect: [[2,"v2"],[3,"v3"],[4,"v4"]] i=5
// expect: [] i=2
// expect: [] i=2
// expect: [{"j":1,"i":0},{"j":2,"i":0},{"j":2,"i":1},{"j":3,"i":0},{"j":3,"i":1},{"j":3,"i":2}] j=4 i=3
// expect: 0.5,0,1,2,3,0,1 i=6
// expect: TypeError len=0 i=0
// expect: TypeError len=1 i=0
// expect: TypeError len=2 i=0
// expect: ok len=0 i=3
// expect: own0own1own2
// expect: ok len=100004 i=3
// expect: 0,2
// expect: ok len=0 i=3
// expect: P0P1P2
// expect: ok len=4 i=4
// expect: AP2=2
// expect: [{"i":0},{"i":1},null,{"i":3}]
// expect: ok len=0 i=3
// expect: m0m1m2
// expect: true true false [object Object] true id+name 2 true true true true [object Object] {"name":"x2","extra":1} 7 1 true false
