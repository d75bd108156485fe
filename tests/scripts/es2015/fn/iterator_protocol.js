// The iteration protocol (ES2015 7.4) through for-of, spread and array patterns: next/done/value,
// IteratorClose on break, return and throw, Symbol.iterator replaced on Array.prototype
function range(n, log) {
  var o = {};
  o[Symbol.iterator] = function () {
    var i = 0;
    log.push("iter");
    return {
      next: function () { log.push("next"); i++; return { done: i > n, value: i }; },
      return: function () { log.push("return"); return {}; }
    };
  };
  return o;
}
var log = [];
var out = [];
for (var v of range(3, log)) out.push(v);
console.log(out.join(), log.join());
log = [];
for (var v of range(3, log)) { if (v === 2) break; }
console.log(log.join());
log = [];
try { for (var v of range(3, log)) throw new Error("x"); } catch (e) { console.log(e.message, log.join()); }
log = [];
var [a, b] = range(5, log);
console.log(a, b, log.join());
log = [];
var [c, ...rest] = range(3, log);
console.log(c, rest.join(), log.join());
log = [];
console.log([...range(2, log)].join(), Math.max(...range(4, [])), log.join());
function ret() { for (var v of range(3, log)) return v; }
log = [];
console.log(ret(), log.join());
var s = Symbol("s");
var o2 = {}; o2[Symbol.iterator] = 5;
try { for (var q of o2); } catch (e) { console.log(e.message); }
Array.prototype[Symbol.iterator] = function () { var d = false; return { next: function () { var r = { done: d, value: "patched" }; d = true; return r; } }; };
for (var z of [1, 2, 3]) console.log(z);
var badResult = {};
badResult[Symbol.iterator] = function () { return { next: function () { return 1; } }; };
try { for (var br of badResult); } catch (e) { console.log(e.name + ": " + e.message); }
var badIter = {};
badIter[Symbol.iterator] = function () { return 1; };
try { [...badIter]; } catch (e) { console.log(e.name + ": " + e.message); }
var throwingReturn = {};
throwingReturn[Symbol.iterator] = function () {
  return { next: function () { return { done: false, value: 1 }; },
           return: function () { throw new Error("from return"); } };
};
try { for (var tr of throwingReturn) break; } catch (e) { console.log("break:", e.message); }
try { for (var tr of throwingReturn) throw new Error("body"); } catch (e) { console.log("throw:", e.message); }
// expect: 1,2,3 iter,next,next,next,next
// expect: iter,next,next,return
// expect: x iter,next,return
// expect: 1 2 iter,next,next,return
// expect: 1 2,3 iter,next,next,next,next
// expect: 1,2 4 iter,next,next,next
// expect: 1 iter,next,return
// expect: o2 is not iterable
// expect: patched
// expect: TypeError: Iterator result 1 is not an object
// expect: TypeError: Result of the Symbol.iterator method is not an object
// expect: break: from return
// expect: throw: body
