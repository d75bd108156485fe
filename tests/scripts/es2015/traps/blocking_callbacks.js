// run: agi
// Callbacks that block, passed to the ES2015 built-ins: Array.from's map
// function, Map/Set.prototype.forEach, find/findIndex; a let loop whose
// closures block.
var out = Array.from([1, 2, 3], function (x) { return delay(1) && x * 2; });
console.log(out.join(","));
var seen = [];
new Map([["a", 1], ["b", 2]]).forEach(function (v, k) { delay(1); seen.push(k + v); });
new Set(["x"]).forEach(function (v) { seen.push(v + delay(1)); });
console.log(seen.join(","));
console.log([5, 6, 7].find(function (v) { return delay(1) && v > 5; }), [5, 6].findIndex(v => delay(1) && v === 6));
var fs = [];
for (let i = 0; i < 3; i++) fs.push(() => delay(1) && i);
console.log(fs.map(f => f()).join(","));
// expect: 2,4,6
// expect: a1,b2,xtrue
// expect: 6 1
// expect: 0,1,2
