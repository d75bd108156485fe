var o = JSON.parse('{"b":1,"a":[1,2,{"c":"x"}],"1":true}');
console.log(JSON.stringify(o));
console.log(JSON.stringify(o, null, 2));
console.log(JSON.stringify(o, ["a", "b"]));
console.log(JSON.stringify(JSON.parse('[1,2,3]', function (k, v) { return typeof v === "number" ? v * 10 : v; })));
try { JSON.parse("[1,]"); } catch (e) { console.log(e.name + ": " + e.message); }
try { JSON.parse('{"a":1,}'); } catch (e) { console.log(e.name + ": " + e.message); }
var c = {}; c.self = c;
try { JSON.stringify(c); } catch (e) { console.log(e.name); }
console.log(JSON.stringify({d: new Date(0), u: undefined, n: NaN, s: "\u0001\n\"\ud800"}));
console.log(JSON.stringify({toJSON: function (k) { return "key:" + k; }}));
console.log(Object.prototype.toString.call(JSON));
// expect: {"1":true,"b":1,"a":[1,2,{"c":"x"}]}
// expect: {
// expect:   "1": true,
// expect:   "b": 1,
// expect:   "a": [
// expect:     1,
// expect:     2,
// expect:     {
// expect:       "c": "x"
// expect:     }
// expect:   ]
// expect: }
// expect: {"a":[1,2,{}],"b":1}
// expect: [10,20,30]
// expect: SyntaxError: Unexpected token ']', "[1,]" is not valid JSON
// expect: SyntaxError: Expected double-quoted property name in JSON at position 7
// expect: TypeError
// expect: {"d":"1970-01-01T00:00:00.000Z","n":null,"s":"\u0001\n\"\ud800"}
// expect: "key:"
// expect: [object JSON]
