// RegExp.prototype.flags (ES2015 21.2.5.3: a generic getter reading each flag
// property in turn), the sticky accessor, and annex B's RegExp.prototype.compile.
var flagsGet = Object.getOwnPropertyDescriptor(RegExp.prototype, "flags").get;
var stickyDesc = Object.getOwnPropertyDescriptor(RegExp.prototype, "sticky");
console.log(typeof flagsGet, typeof stickyDesc.get, stickyDesc.set, stickyDesc.enumerable, stickyDesc.configurable);
console.log(/x/gim.flags, /x/.flags === "", /x/ymg.flags, RegExp.prototype.flags === "", RegExp.prototype.sticky);
console.log(flagsGet.call({ global: 1, sticky: "x", multiline: 0, ignoreCase: {} }));
var order = [];
var spy = {};
["hasIndices", "global", "ignoreCase", "multiline", "dotAll", "unicode", "unicodeSets", "sticky"].forEach(function (k) {
  Object.defineProperty(spy, k, { get: function () { order.push(k); return false; } });
});
flagsGet.call(spy);
console.log(order.filter(function (k) { return /^(global|ignoreCase|multiline|unicode|sticky)$/.test(k); }).join());
[undefined, null, 1, "g", true].forEach(function (v) {
  try { flagsGet.call(v); console.log("no error"); } catch (e) { console.log(e.constructor.name); }
});
try { stickyDesc.get.call({}); } catch (e) { console.log(e.constructor.name); }
var r = /x/g;
r.lastIndex = 3;
var same = r.compile("b+", "y");
console.log(same === r, r.source, r.global, r.sticky, r.lastIndex, r.flags, String(r), r.exec("abb"));
r.lastIndex = 1;
console.log(r.exec("abb")[0], r.lastIndex);
console.log(String(r.compile()), String(r.compile(/q/i)), r.ignoreCase);
try { r.compile(/q/, "g"); } catch (e) { console.log(e.constructor.name); }
try { r.compile("(", ""); } catch (e) { console.log(e.constructor.name, String(r)); }
try { RegExp.prototype.compile.call({}, "a"); } catch (e) { console.log(e.constructor.name); }
var log = [];
try {
  r.compile({ toString: function () { log.push("p"); return "a"; } }, { toString: function () { log.push("f"); throw new RangeError("f"); } });
} catch (e) { console.log(e.constructor.name, log.join(), String(r)); }
// expect: function function undefined false true
// expect: gim true gmy true undefined
// expect: giy
// expect: global,ignoreCase,multiline,unicode,sticky
// expect: TypeError
// expect: TypeError
// expect: TypeError
// expect: TypeError
// expect: TypeError
// expect: TypeError
// expect: true b+ false true 0 y /b+/y null
// expect: bb 3
// expect: /(?:)/ /q/i true
// expect: TypeError
// expect: SyntaxError /q/i
// expect: TypeError
// expect: RangeError p,f /q/i
