// JSON.parse through the C decoder's hooks (runtime/builtins/json_decode.py): prototypes, key
// order (index keys first, duplicates keep their first place, __proto__ an own key), -0, code
// units, null and arrays in objects of plain values and in arrays, lists longer than a chunk.
function d(v) {
  if (v === null) return "null";
  if (Array.isArray(v))
    return (Object.getPrototypeOf(v) === Array.prototype ? "" : "!") + "[" + v.map(d).join(",") + "]";
  if (typeof v === "object")
    return (Object.getPrototypeOf(v) === Object.prototype ? "" : "!") + "{" +
      Object.keys(v).map(function (k) { return JSON.stringify(k) + ":" + d(v[k]); }).join(",") + "}";
  if (typeof v === "number") return v === 0 && 1 / v < 0 ? "-0" : String(v);
  if (typeof v === "string")  // code units, each escaped past ASCII
    return JSON.stringify(v).replace(/[^ -~]/g, function (c) { return "\\u" + (0x10000 + c.charCodeAt(0)).toString(16).slice(1); });
  return String(v);
}
var texts = [
  '[{"id":0,"name":"user0","active":true,"tags":["t0","g0"],"score":0},{"id":1,"name":"u","active":false,"tags":[],"score":null}]',
  '{"a":1,"b":"x","c":null,"d":false}',
  '{"a":1.5,"b":"x","d":true}',
  '{"a":{"b":null,"c":[null,[1,null,[]],{"d":null}]},"e":[[],[[null]]],"f":[{}]}',
  '{"b":1,"a":2,"1":3,"0":4,"b":5,"__proto__":{"x":null},"-0":-0,"01":6,"4294967295":7,"4294967294":8}',
  '[-0,0,-0.0,1e400,-1e-400,1E2,0.1,123456789012345678901234567890]',
  '["\\ud800","\\ud83d\\ude00","\\udc00x","\u00e9","\\u00e9",{"\\u0062":[null,"\\ud800"]}]',
  '{"k":["\\u0041",{"\\u0062":null,"c":[[null]]}],"\\ud800":null}',
  'null', '1', '-0', '"s"', 'true', '[]', '{}', ' [ null , { } ] ',
  '{"a":[' + new Array(5001).join('null,') + '[1],{"b":null}]}',
  '[' + new Array(5001).join('{"x":[null]},') + 'null]',
];
texts.forEach(function (t) {
  var s = d(JSON.parse(t));
  console.log(s.length > 300 ? s.length + " " + s.slice(0, 60) + " ... " + s.slice(-60) : s);
});
// expect: [{"id":0,"name":"user0","active":true,"tags":["t0","g0"],"score":0},{"id":1,"name":"u","active":false,"tags":[],"score":null}]
// expect: {"a":1,"b":"x","c":null,"d":false}
// expect: {"a":1.5,"b":"x","d":true}
// expect: {"a":{"b":null,"c":[null,[1,null,[]],{"d":null}]},"e":[[],[[null]]],"f":[{}]}
// expect: {"0":4,"1":3,"4294967294":8,"b":5,"a":2,"__proto__":{"x":null},"-0":-0,"01":6,"4294967295":7}
// expect: [-0,0,-0,Infinity,-0,100,0.1,1.2345678901234568e+29]
// expect: ["\ud800","\ud83d\ude00","\udc00x","\u00e9","\u00e9",{"b":[null,"\ud800"]}]
// expect: {"k":["A",{"b":null,"c":[[null]]}],"\ud800":null}
// expect: null
// expect: 1
// expect: -0
// expect: "s"
// expect: true
// expect: []
// expect: {}
// expect: [null,{}]
// expect: 25022 {"a":[null,null,null,null,null,null,null,null,null,null,null ... ull,null,null,null,null,null,null,null,null,[1],{"b":null}]}
// expect: 65006 [{"x":[null]},{"x":[null]},{"x":[null]},{"x":[null]},{"x":[n ... ]},{"x":[null]},{"x":[null]},{"x":[null]},{"x":[null]},null]
