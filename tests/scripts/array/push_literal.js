// a.push(<a value whose evaluation runs no script code>): an object or
// array literal, a number string, a local (compiler/lower/intrinsics.py
// _inline_push_of_value: every test before the value, the value once)
var out = [];
function loop(n, change) {
  var a = [], k = 0;
  for (var i = 0; i < n; i++) {
    if (i === 2) change(a);
    a.push({id: i, name: "n" + (i % 10), k: k, tags: [i, "t" + i]});
  }
  return a;
}
function show(a) { return JSON.stringify(a) + " len=" + a.length; }
var saved = Array.prototype.push;
var log = "";
// push replaced by a function mid-loop
out.push(show(loop(4, function () { Array.prototype.push = function (v) { log += "mine" + v.id; return 0; }; })), log);
Array.prototype.push = saved; log = "";
// push replaced by a getter: the method is read before the value is made
function getterLoop() {
  var a = [], k = 0;
  Object.defineProperty(Array.prototype, "push", {get: function () { k++; return saved; }, configurable: true});
  for (var i = 0; i < 3; i++) a.push({k: k});
  delete Array.prototype.push;
  Array.prototype.push = saved;
  return JSON.stringify(a);
}
out.push(getterLoop());
// own push on the array
out.push(show(loop(4, function (a) { a.push = function (v) { log += "own" + v.id; return -1; }; })), log);
log = "";
// frozen, sealed, non-extensible arrays; a non-writable length
["freeze", "seal", "preventExtensions"].forEach(function (m) {
  try { loop(4, function (a) { Object[m](a); }); out.push(m + " pushed"); } catch (e) { out.push(m + " " + e.name); }
});
try { loop(4, function (a) { Object.defineProperty(a, "length", {writable: false}); }); } catch (e) { out.push("length " + e.name); }
// a setter for the next index on Array.prototype or Object.prototype
out.push(show(loop(4, function () { Object.defineProperty(Array.prototype, "3", {set: function (v) { log += "AP3=" + v.id; }, configurable: true}); })), log);
delete Array.prototype[3]; log = "";
out.push(show(loop(4, function () { Object.defineProperty(Object.prototype, "2", {set: function (v) { log += "OP2=" + v.id; }, configurable: true}); })), log);
delete Object.prototype[2]; log = "";
// a read-only index on Array.prototype defined by an index property
try { loop(4, function () { Object.defineProperty(Array.prototype, "2", {value: "ro", writable: false, configurable: true}); }); } catch (e) { out.push("ro " + e.name); }
delete Array.prototype[2];
// another prototype for the array
out.push(show(loop(4, function (a) { Object.setPrototypeOf(a, {push: function (v) { log += "P" + v.id; }}); })), log);
log = "";
// literals with __proto__, duplicate and computed keys, getters
function literals() {
  var a = [], p = {inherited: 1}, key = "c";
  for (var i = 0; i < 2; i++) {
    a.push({__proto__: p, x: i});
    a.push({d: 1, d: i, e: 2});
    a.push({[key + i]: i});
    a.push({get g() { return i; }});
    a.push("s" + i);
    a.push(i);
  }
  return [a.length, a[0].inherited, Object.getPrototypeOf(a[0]) === p, JSON.stringify(a[1]), JSON.stringify(a[2]), a[3].g, a[4], a[5]].join();
}
out.push(literals());
// the receiver is not an array
function others() {
  var o = {push: Array.prototype.push, length: 0}, r = [];
  for (var i = 0; i < 2; i++) o.push({i: i});
  r.push(o.length, JSON.stringify(o[1]));
  var s = "str";
  try { s.push({}); } catch (e) { r.push(e.name); }
  return r.join();
}
out.push(others());
console.log(out.join("\n"));
// expect: [{"id":0,"name":"n0","k":0,"tags":[0,"t0"]},{"id":1,"name":"n1","k":0,"tags":[1,"t1"]}] len=2
// expect: mine2mine3
// expect: [{"k":1},{"k":2},{"k":3}]
// expect: [{"id":0,"name":"n0","k":0,"tags":[0,"t0"]},{"id":1,"name":"n1","k":0,"tags":[1,"t1"]}] len=2
// expect: own2own3
// expect: freeze TypeError
// expect: seal TypeError
// expect: preventExtensions TypeError
// expect: length TypeError
// expect: [{"id":0,"name":"n0","k":0,"tags":[0,"t0"]},{"id":1,"name":"n1","k":0,"tags":[1,"t1"]},{"id":2,"name":"n2","k":0,"tags":[2,"t2"]},null] len=4
// expect: AP3=3
// expect: [{"id":0,"name":"n0","k":0,"tags":[0,"t0"]},{"id":1,"name":"n1","k":0,"tags":[1,"t1"]},null,{"id":3,"name":"n3","k":0,"tags":[3,"t3"]}] len=4
// expect: OP2=2
// expect: ro TypeError
// expect: [{"id":0,"name":"n0","k":0,"tags":[0,"t0"]},{"id":1,"name":"n1","k":0,"tags":[1,"t1"]}] len=2
// expect: P2P3
// expect: 12,1,true,{"d":0,"e":2},{"c0":0},2,s0,0
// expect: 2,{"i":1},TypeError
