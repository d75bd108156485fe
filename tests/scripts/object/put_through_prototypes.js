// [[Put]] of a property a prototype has: read-only String object indices
// and length, setters, plain data (shadowed) and nothing at all.
var o = Object.create(new String("abc"));
o[0] = "x"; o.length = 7; o[5] = "y";
console.log(o[0], o.length, o[5], Object.keys(o).join());
var p = Object.create(String.prototype);
p.length = 3;
console.log(p.length, p.hasOwnProperty("length"));
var log = [];
var base = {set v(x) { log.push("set " + x); }, get v() { return "got"; }};
var mid = Object.create(base);
var leaf = Object.create(mid);
leaf.v = 1;
console.log(log.join(), leaf.v, leaf.hasOwnProperty("v"));
var frozen = Object.freeze({k: 1});
var child = Object.create(frozen);
child.k = 2; child.z = 3;
console.log(child.k, child.z, child.hasOwnProperty("k"));
var plain = Object.create({d: 1});
plain.d = 5;
console.log(plain.d, plain.hasOwnProperty("d"), ({}).q = 4);
// expect: a 3 y 5
// expect: 0 false
// expect: set 1 got false
// expect: 1 3 false
// expect: 5 true 4
