function show(v) { try { console.log(JSON.stringify(v)); } catch (e) { console.log(e.name + ": " + e.message.split("\n")[0]); } }
show({b: 1, a: [1, "x", true, null, undefined, function () {}], c: undefined, d: function () {}, e: {}});
show({"10": 1, "2": 2, a: 3, "01": 4, "4294967295": 5, "4294967294": 6, "-1": 7});
show([-0, 0, 1.5, -1.5, 1e21, 1e-7, 123456789012345680000, NaN, Infinity, -Infinity, 2e-323, 9007199254740993]);
show(["\ud800", "\udc00x", "a\ud83d", "\x7f\u00ff", "\x00\x1f\"\\/"]);
// lone halves side by side in the output never pair: each string is quoted on its own
show(["a\ud800", "\udc00b"]); show({"k\ud800": "\udc00v", "\udc00": ["\ud800"]});
var pair = JSON.stringify(["\ud83d\ude00\ud800"]); console.log(pair.length, pair.slice(4), pair.charCodeAt(2) === 0xd83d);
var o = {x: 1}; Object.defineProperty(o, "hidden", {value: 2, enumerable: false}); o.y = 3; show(o);
var g = {a: 1}; Object.defineProperty(g, "acc", {get: function () { return "got"; }, enumerable: true}); g.z = 2; show(g);
var arr = [1, , 3]; show(arr);
var sp = []; sp[5] = 1; show(sp);
var big = []; big[100] = "x"; big.length = 102; show(big.length);
function P() { this.a = 1; } P.prototype.toJSON = function () { return "P!"; }; show({p: new P(), q: [new P()]});
var withOwn = {a: 1, toJSON: function (k) { return "own:" + k; }}; show([withOwn, {n: withOwn}]);
Object.prototype.toJSON = function (k) { return "OP:" + k; }; show({a: {b: 1}}); show([1, [2]]); delete Object.prototype.toJSON;
Array.prototype.toJSON = function () { return "AP"; }; show({a: [1]}); delete Array.prototype.toJSON;
Function.prototype.toJSON = function () { return "FP"; }; show({f: function () {}}); show([function () {}]); delete Function.prototype.toJSON;
Array.prototype[1] = "holey"; show([0, , 2]); delete Array.prototype[1];
var cyc = {a: [1]}; cyc.a.push(cyc); show(cyc);
var shared = {s: 1}; show([shared, shared, {t: shared}]);
show(new Date(0)); show({d: new Date(0)}); show([new String("s"), new Number(3), new Boolean(false)]);
show((function () { return arguments; })(1, 2));
show({"": 1, "key with \"quote\"": "\n", "\u00e9": "\u00e9"});
show(undefined); show(function () {}); show(null); show("top"); show(3); show(true);
var deep = []; for (var i = 0; i < 50; i++) deep = [deep, {k: i}]; show(deep);
var frozen = Object.freeze({a: 1, b: [2]}); show(frozen);
var nested = {a: {b: {c: {d: [1, {e: "f"}]}}}}; show(nested);
var ob = Object.create(null); ob.x = 1; show(ob);
var wo = Object.create({inherited: 1}); wo.own = 2; show(wo);
var ai = [1, 2]; ai.extra = "no"; show(ai);
show(JSON.parse('{"a":[1,2,{"b":null}],"c":"\\u00e9\\ud83d","d":-0,"e":1e400,"f":12345678901234567890}'));
var p2 = JSON.parse('[{"x":1},[],{},null,"s",true]'); show(p2); console.log(p2[0] instanceof Object, Array.isArray(p2[1]), p2.length);
console.log(1 / JSON.parse("-0"), JSON.parse(" 5 "), JSON.parse('"\\ud800"').length, JSON.parse('"\ud83d\ude00"').length);
show(JSON.parse('{"__proto__": 1, "a": 2, "a": 3, "1": 0}'));
// expect: {"b":1,"a":[1,"x",true,null,null,null],"e":{}}
// expect: {"2":2,"10":1,"4294967294":6,"a":3,"01":4,"4294967295":5,"-1":7}
// expect: [0,0,1.5,-1.5,1e+21,1e-7,123456789012345680000,null,null,null,2e-323,9007199254740992]
// expect: ["\ud800","\udc00x","a\ud83d","ÿ","\u0000\u001f\"\\/"]
// expect: ["a\ud800","\udc00b"]
// expect: {"k\ud800":"\udc00v","\udc00":["\ud800"]}
// expect: 12 \ud800"] true
// expect: {"x":1,"y":3}
// expect: {"a":1,"acc":"got","z":2}
// expect: [1,null,3]
// expect: [null,null,null,null,null,1]
// expect: 102
// expect: {"p":"P!","q":["P!"]}
// expect: ["own:0",{"n":"own:n"}]
// expect: "OP:"
// expect: "OP:"
// expect: {"a":"AP"}
// expect: {"f":"FP"}
// expect: ["FP"]
// expect: [0,"holey",2]
// expect: TypeError: Converting circular structure to JSON
// expect: [{"s":1},{"s":1},{"t":{"s":1}}]
// expect: "1970-01-01T00:00:00.000Z"
// expect: {"d":"1970-01-01T00:00:00.000Z"}
// expect: ["s",3,false]
// expect: {"0":1,"1":2}
// expect: {"":1,"key with \"quote\"":"\n","é":"é"}
// expect: undefined
// expect: undefined
// expect: null
// expect: "top"
// expect: 3
// expect: true
// expect: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[],{"k":0}],{"k":1}],{"k":2}],{"k":3}],{"k":4}],{"k":5}],{"k":6}],{"k":7}],{"k":8}],{"k":9}],{"k":10}],{"k":11}],{"k":12}],{"k":13}],{"k":14}],{"k":15}],{"k":16}],{"k":17}],{"k":18}],{"k":19}],{"k":20}],{"k":21}],{"k":22}],{"k":23}],{"k":24}],{"k":25}],{"k":26}],{"k":27}],{"k":28}],{"k":29}],{"k":30}],{"k":31}],{"k":32}],{"k":33}],{"k":34}],{"k":35}],{"k":36}],{"k":37}],{"k":38}],{"k":39}],{"k":40}],{"k":41}],{"k":42}],{"k":43}],{"k":44}],{"k":45}],{"k":46}],{"k":47}],{"k":48}],{"k":49}]
// expect: {"a":1,"b":[2]}
// expect: {"a":{"b":{"c":{"d":[1,{"e":"f"}]}}}}
// expect: {"x":1}
// expect: {"own":2}
// expect: [1,2]
// expect: {"a":[1,2,{"b":null}],"c":"é\ud83d","d":0,"e":null,"f":12345678901234567000}
// expect: [{"x":1},[],{},null,"s",true]
// expect: true true 6
// expect: -Infinity 5 1 2
// expect: {"1":0,"__proto__":1,"a":3}
