// Object spread {...o} and rest properties {a, ...r} (ES2018
// CopyDataProperties): own enumerable properties, strings then symbols,
// getters read in order, defined as data (no setter runs), rest leaves
// out the keys already read.
var sym = Symbol("s");
var log = [];
var src = { b: 2, a: 1, 2: "two", 1: "one", [sym]: "sym" };
Object.defineProperty(src, "hidden", { value: "h", enumerable: false });
Object.defineProperty(src, "g", { get() { log.push("get g"); return "G"; }, enumerable: true });
var copy = { first: 0, ...src, a: "override" };
console.log(JSON.stringify(copy), copy[sym], "hidden" in copy, log.join());
console.log(Object.keys(copy).join(), Object.getOwnPropertyDescriptor(copy, "g").value);
console.log(JSON.stringify({ a: 1, ...{ a: 2 } }), JSON.stringify({ ...{ a: 2 }, a: 1 }));
console.log(JSON.stringify({ ...null, ...undefined, ...5, ...true, ..."hi", ...[7, 8] }));
Object.defineProperty(Object.prototype, "trap", { set(v) { log.push("setter ran"); }, configurable: true });
var withTrap = { ...{ trap: 1 } };
console.log(withTrap.hasOwnProperty("trap"), log.indexOf("setter ran"));
delete Object.prototype.trap;
var inherited = Object.create({ inh: 1 });
inherited.own = 2;
console.log(JSON.stringify({ ...inherited }));
var proto = { ...JSON.parse('{"__proto__": 5}') };
console.log(Object.getPrototypeOf(proto) === Object.prototype, proto.hasOwnProperty("__proto__"));
var { a, b, ...rest } = src;
console.log(a, b, JSON.stringify(rest), rest[sym], "hidden" in rest);
let { 1: one, ["b"]: bee, ...others } = { 1: 1, b: 2, c: 3, d: 4 };
console.log(one, bee, JSON.stringify(others));
const { x: { y, ...innerRest }, ...outerRest } = { x: { y: 1, z: 2 }, w: 3 };
console.log(y, JSON.stringify(innerRest), JSON.stringify(outerRest));
function params({ id, ...fields }, [first, ...more]) { return id + ":" + JSON.stringify(fields) + ":" + first + more.length; }
console.log(params({ id: 7, name: "n", tags: 2 }, [1, 2, 3]));
var arrow = ({ k, ...r }) => Object.keys(r).join("+");
console.log(arrow({ k: 1, p: 2, q: 3 }));
var target = {}, plainRest;
({ a: target.a, ...target.rest } = { a: 1, b: 2 });
({ c: plainRest, ...plainRest } = { c: 3, d: 4 });
console.log(JSON.stringify(target), JSON.stringify(plainRest));
var order = [];
var watched = { get p() { order.push("p"); return 1; }, get q() { order.push("q"); return 2; } };
var { q, ...pr } = watched;
console.log(q, JSON.stringify(pr), order.join());
for (const { id, ...restOf } of [{ id: 1, v: "a" }, { id: 2, v: "b" }]) console.log(id, JSON.stringify(restOf));
try { throw { message: "m", code: 9 }; } catch ({ message, ...details }) { console.log(message, JSON.stringify(details)); }
var { length, ...chars } = "hi";
console.log(length, JSON.stringify(chars));
var arrRest = [5, 6];
var { 0: zero, ...restArr } = arrRest;
console.log(zero, JSON.stringify(restArr), Array.isArray(restArr));
try { var { ...none } = null; } catch (e) { console.log(e.constructor.name); }
var k = "dyn";
var { [k]: dynVal, ...noDyn } = { dyn: 1, other: 2 };
console.log(dynVal, JSON.stringify(noDyn));
function f() { eval(""); var {a, ...r} = {a:1,b:2}; return a + JSON.stringify(r); }
console.log(f());
with ({}) { var {q, ...w} = {q: 1, z: 2}; }
console.log(q, JSON.stringify(w));
var s = {...{a: 1}}; var t = {...s, ["k" + 1]: 2, get g() { return 3; }, m() { return super.toString === Object.prototype.toString; }};
console.log(JSON.stringify(t), t.m());
// expect: {"1":"one","2":"two","first":0,"b":2,"a":"override","g":"G"} sym false get g
// expect: 1,2,first,b,a,g G
// expect: {"a":2} {"a":1}
// expect: {"0":7,"1":8}
// expect: true -1
// expect: {"own":2}
// expect: true true
// expect: 1 2 {"1":"one","2":"two","g":"G"} sym false
// expect: 1 2 {"c":3,"d":4}
// expect: 1 {"z":2} {"w":3}
// expect: 7:{"name":"n","tags":2}:12
// expect: p+q
// expect: {"a":1,"rest":{"b":2}} {"d":4}
// expect: 2 {"p":1} q,p
// expect: 1 {"v":"a"}
// expect: 2 {"v":"b"}
// expect: m {"code":9}
// expect: 2 {"0":"h","1":"i"}
// expect: 5 {"1":6} false
// expect: TypeError
// expect: 1 {"other":2}
// expect: 1{"b":2}
// expect: 1 {"z":2}
// expect: {"a":1,"k1":2,"g":3} true
