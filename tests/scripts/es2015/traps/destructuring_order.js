// Destructuring evaluates in source order: getters, defaults (only for
// undefined), computed keys, iterator steps, and closes iterators early.
var log = [];
function src() {
  return {
    get a() { log.push("get a"); return undefined; },
    get b() { log.push("get b"); return 2; },
  };
}
function dflt(name, v) { log.push("default " + name); return v; }
function key(k) { log.push("key " + k); return k; }
var { a = dflt("a", 1), [key("b")]: b = dflt("b", 9) } = src();
console.log(a, b, log.join("; "));
log = [];
var it = {};
it[Symbol.iterator] = function () {
  var i = 0;
  return {
    next: function () { i++; log.push("next " + i); return { value: i === 2 ? undefined : i, done: i > 3 }; },
    return: function () { log.push("return"); return {}; },
  };
};
var [x, y = dflt("y", "Y")] = it;
console.log(x, y, log.join("; "));
log = [];
var [p, , ...rest] = it;
console.log(p, rest.length, log.join("; "));
log = [];
var target = {};
[target.first, target.second = dflt("second", 0)] = [key("v1")];
console.log(target.first, target.second, log.join("; "));
log = [];
function params({ a, b } = { a: dflt("param", 5), b: 6 }, [c] = [a + b]) { return a + b + c; }
console.log(params(), log.join("; "));
var { length } = "hello", [ch1, ch2] = "h\ud83d\ude00i";
console.log(length, ch2.length, ch1);
try { var { z } = null; } catch (e) { console.log(e.name); }
try { var [w] = {}; } catch (e) { console.log(e.name); }
var swap1 = 1, swap2 = 2;
[swap1, swap2] = [swap2, swap1];
console.log(swap1, swap2);
// expect: 1 2 get a; default a; key b; get b
// expect: 1 Y next 1; next 2; default y; return
// expect: 1 1 next 1; next 2; next 3; next 4
// expect: v1 0 key v1; default second
// expect: 22 default param
// expect: 5 2 h
// expect: TypeError
// expect: TypeError
// expect: 2 1
