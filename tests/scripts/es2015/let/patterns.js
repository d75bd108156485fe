// let/const with destructuring (lower/patterns.py storing through lexical.init_stmt),
// per-iteration bindings of for-of/for-in heads, the TDZ of a pattern's names
var fs = [];
for (const x of [1, 2, 3]) fs.push(() => x);
console.log(fs.map(f => f()).join());
let [a, {b, c = 5}] = [1, {b: 2}];
const {d} = {d: 4};
console.log(a, b, c, d);
var gs = [];
for (let [k, v] of [[1, 2], [3, 4]]) gs.push(function () { return k + v; });
console.log(gs[0](), gs[1]());
for (let [p] in {ab: 1, cd: 2}) gs.push(() => p);
console.log(gs[2](), gs[3]());
try { const [u = w, w] = [undefined, 1]; } catch (e) { console.log(e.name); }
try { const {q} = {q: 1}; q = 2; } catch (e) { console.log(e.name); }
// expect: 1,2,3
// expect: 1 2 5 4
// expect: 3 7
// expect: a c
// expect: ReferenceError
// expect: TypeError
