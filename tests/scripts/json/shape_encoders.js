// JSON.stringify writes an object whose shape (keys in order) it has met
// many times with a function made for the shape (runtime/builtins/
// json_shapes.py), and an array of 16 or more strings with one join. Every
// value such a function cannot write (undefined, a function, a long string)
// or that needs the general path (toJSON, a getter, a hole, a cycle) must
// still come out as node writes it.
function show(v) { console.log(JSON.stringify(v)); }
function rec(i, v) { return {id: i, name: "n" + i, v: v}; }
// A shape of its own for each case, met often enough to get its function:
// a value its function cannot write must be written by the loop instead.
var cases = 0;
function fresh(v, warmValue) {
    var key = "k" + cases++, warm = [];
    for (var i = 0; i < 70; i++) { var w = {id: i}; w[key] = warmValue === undefined ? i : warmValue; warm.push(w); }
    JSON.stringify(warm);
    var o = {id: -1}; o[key] = v; return o;
}
var list = [];
for (var i = 0; i < 150; i++) list.push(rec(i * 1.5, i % 2 === 0));
var s = JSON.stringify(list);
console.log(s.length, s.slice(0, 70));
console.log(JSON.stringify(list) === s, s.slice(-40));
show(rec(1, null)); show(rec(2, -0)); show(rec(3, NaN)); show(rec(4, -Infinity)); show(rec(5, 1e21));
show(rec(6, "\ud800 \"q\" \\ \n \t"));
var pair = JSON.stringify(rec(6, "\ud83d\ude00\udc00")); console.log(pair.length, pair.charCodeAt(25).toString(16), pair.charCodeAt(26).toString(16), pair.slice(27));
show(rec(7, [1, "a", [], {}, null, undefined]));
show(fresh(undefined)); show(fresh(function () {})); show([fresh(undefined), rec(11, true)]);
var f = function () {}; f.toJSON = function () { return "F"; }; show(fresh(f));
show(fresh({toJSON: function () { return "T"; }}));
var long = new Array(70001).join("x");
s = JSON.stringify(fresh(long)); console.log(s.length, s.slice(0, 30));
s = JSON.stringify(fresh(long, "short")); console.log(s.length, s.slice(0, 30));
show(fresh(undefined, "short")); show(fresh(true, [])); show(fresh([], true)); show(fresh({}, null));
s = JSON.stringify(fresh([long, {a: long}])); console.log(s.length, s.slice(0, 30));
show(fresh([1, , 3]));
show(fresh(Symbol("s")));
show(fresh(new String("w"))); show(fresh(new Number(3)));
show([rec(8, undefined), rec(9, function () {})]);
var g = rec(16, 1);
Object.defineProperty(g, "v", {get: function () { return "got"; }, enumerable: true}); show(g);
var c = rec(17, null); c.v = c;
try { JSON.stringify(c); } catch (e) { console.log(e.name); }
show(rec(18, [rec(19, "a"), {}, rec(20, rec(21, false))]));
Object.prototype.toJSON = function () { return "O"; }; show([rec(22, 1)]); delete Object.prototype.toJSON;
var sym = rec(24, 1); sym[Symbol("k")] = 2; show(sym);
show({1: "a", id: 1, name: "x", v: 2}); show({id: 1, name: "x", v: 2, 0: "z"});
var h = rec(27, 1); Object.defineProperty(h, "name", {enumerable: false}); show(h);
show(list.slice(0, 2));
// shapes whose index-like or symbol key the loop met with undefined only
var odd = [], k = Symbol("k");
for (i = 0; i < 70; i++) { var x = {a: i, 5: undefined}; var y = {b: i}; y[k] = undefined; odd.push(x, y); }
s = JSON.stringify(odd); console.log(s.length, s.slice(0, 40));
x = {a: 1, 5: 2}; show([x, {a: 1, 5: undefined}]); y = {b: 1}; y[k] = 2; show([y, odd[1]]);
// arrays of strings
var strs = []; for (i = 0; i < 20; i++) strs.push("s" + i + (i === 3 ? "\"\\\u0001" : "") + (i === 5 ? "\udc00" : ""));
show(strs);
show(strs.concat([1])); show(strs.concat([long]).join("").length); console.log(JSON.stringify(strs.concat([long])).length);
var holey = strs.slice(); holey[25] = "z"; show(holey);
show(strs.concat([undefined, function () {}, null, true]));
// short arrays of strings: pairs, one, three; escapes, surrogates, long
// strings, other types, holes, a toJSON on an array
show(["t0", "g0"]); show(["a\"\\\n", "\ud800x\udc00"]); console.log(JSON.stringify(["\ud83d\ude00", "\udc00\ud800"]) === '["\ud83d\ude00","\\udc00\\ud800"]');
show(["one"]); show(["a", "b", "c\u0002"]); show(["a", 1]); show(["a", undefined]); show(["a", null]);
show(["a", ["b", "c"]]); show([1, "a"]); show(["a", {}]); show(["a", function () {}]);
show(["a", , "c"]); var sp = ["a", "b"]; sp.length = 3; show(sp);
console.log(JSON.stringify([long, "b"]).length, JSON.stringify(["a", long]).length);
console.log(JSON.stringify([long.slice(0, 40000), long.slice(0, 40000)]).length);
var tj = ["a", "b"]; tj.toJSON = function () { return "tj"; }; show([tj, ["c", "d"]]);
var gt = ["a", "b"]; Object.defineProperty(gt, 1, {get: function () { return "got"; }}); show(gt);
Array.prototype.toJSON = function () { return "AP"; }; show({p: ["a", "b"]}); delete Array.prototype.toJSON;
var pairs = []; for (i = 0; i < 100; i++) pairs.push({id: i, tags: ["t" + (i % 5), i % 50 === 49 ? i : "g"]});
s = JSON.stringify(pairs); console.log(s.length, s.slice(0, 60), s.slice(-70));
// shapes of as many keys, the same keys in other orders, taking turns
var ab = []; for (i = 0; i < 300; i++) ab.push(i % 3 === 0 ? {a: i, b: "x"} : i % 3 === 1 ? {b: i, a: "y"} : {c: i, a: i});
s = JSON.stringify(ab); console.log(s.length, s.slice(0, 60), s.slice(-60));
ab = []; for (i = 0; i < 300; i++) { var o2 = i % 2 ? {a: i, b: "x"} : {b: i, a: "y"}; if (i % 50 === 7) o2.a = undefined; ab.push(o2); }
s = JSON.stringify(ab); console.log(s.length, s.slice(0, 60), s.slice(-60), s.indexOf('{"b":"x"}'), s.indexOf('{"b":14}'));
// expect: 5328 [{"id":0,"name":"n0","v":true},{"id":1.5,"name":"n1.5","v":false},{"id
// expect: true ,{"id":223.5,"name":"n223.5","v":false}]
// expect: {"id":1,"name":"n1","v":null}
// expect: {"id":2,"name":"n2","v":0}
// expect: {"id":3,"name":"n3","v":null}
// expect: {"id":4,"name":"n4","v":null}
// expect: {"id":5,"name":"n5","v":1e+21}
// expect: {"id":6,"name":"n6","v":"\ud800 \"q\" \\ \n \t"}
// expect: 35 d83d de00 \udc00"}
// expect: {"id":7,"name":"n7","v":[1,"a",[],{},null,null]}
// expect: {"id":-1}
// expect: {"id":-1}
// expect: [{"id":-1},{"id":11,"name":"n11","v":true}]
// expect: {"id":-1,"k3":"F"}
// expect: {"id":-1,"k4":"T"}
// expect: 70017 {"id":-1,"k5":"xxxxxxxxxxxxxxx
// expect: 70017 {"id":-1,"k6":"xxxxxxxxxxxxxxx
// expect: {"id":-1}
// expect: {"id":-1,"k8":true}
// expect: {"id":-1,"k9":[]}
// expect: {"id":-1,"k10":{}}
// expect: 140029 {"id":-1,"k11":["xxxxxxxxxxxxx
// expect: {"id":-1,"k12":[1,null,3]}
// expect: {"id":-1}
// expect: {"id":-1,"k14":"w"}
// expect: {"id":-1,"k15":3}
// expect: [{"id":8,"name":"n8"},{"id":9,"name":"n9"}]
// expect: {"id":16,"name":"n16","v":"got"}
// expect: TypeError
// expect: {"id":18,"name":"n18","v":[{"id":19,"name":"n19","v":"a"},{},{"id":20,"name":"n20","v":{"id":21,"name":"n21","v":false}}]}
// expect: "O"
// expect: {"id":24,"name":"n24","v":1}
// expect: {"1":"a","id":1,"name":"x","v":2}
// expect: {"0":"z","id":1,"name":"x","v":2}
// expect: {"id":27,"v":1}
// expect: [{"id":0,"name":"n0","v":true},{"id":1.5,"name":"n1.5","v":false}]
// expect: 1241 [{"a":0},{"b":0},{"a":1},{"b":1},{"a":2}
// expect: [{"5":2,"a":1},{"a":1}]
// expect: [{"b":1},{"b":0}]
// expect: ["s0","s1","s2","s3\"\\\u0001","s4","s5\udc00","s6","s7","s8","s9","s10","s11","s12","s13","s14","s15","s16","s17","s18","s19"]
// expect: ["s0","s1","s2","s3\"\\\u0001","s4","s5\udc00","s6","s7","s8","s9","s10","s11","s12","s13","s14","s15","s16","s17","s18","s19",1]
// expect: 70054
// expect: 70130
// expect: ["s0","s1","s2","s3\"\\\u0001","s4","s5\udc00","s6","s7","s8","s9","s10","s11","s12","s13","s14","s15","s16","s17","s18","s19",null,null,null,null,null,"z"]
// expect: ["s0","s1","s2","s3\"\\\u0001","s4","s5\udc00","s6","s7","s8","s9","s10","s11","s12","s13","s14","s15","s16","s17","s18","s19",null,null,null,true]
// expect: ["t0","g0"]
// expect: ["a\"\\\n","\ud800x\udc00"]
// expect: true
// expect: ["one"]
// expect: ["a","b","c\u0002"]
// expect: ["a",1]
// expect: ["a",null]
// expect: ["a",null]
// expect: ["a",["b","c"]]
// expect: [1,"a"]
// expect: ["a",{}]
// expect: ["a",null]
// expect: ["a",null,"c"]
// expect: ["a","b",null]
// expect: 70008 70008
// expect: 80007
// expect: ["tj",["c","d"]]
// expect: ["a","got"]
// expect: {"p":"AP"}
// expect: 2789 [{"id":0,"tags":["t0","g"]},{"id":1,"tags":["t1","g"]},{"id" s":["t2","g"]},{"id":98,"tags":["t3","g"]},{"id":99,"tags":["t4",99]}]
// expect: 5255 [{"a":0,"b":"x"},{"b":1,"a":"y"},{"c":2,"a":2},{"a":3,"b":"x :296},{"a":297,"b":"x"},{"b":298,"a":"y"},{"c":299,"a":299}]
// expect: 5246 [{"b":0,"a":"y"},{"a":1,"b":"x"},{"b":2,"a":"y"},{"a":3,"b": :"y"},{"a":297,"b":"x"},{"b":298,"a":"y"},{"a":299,"b":"x"}] 113 -1
