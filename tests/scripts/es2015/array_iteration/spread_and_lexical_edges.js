// Spread of a pristine array copies its elements when the spread is
// evaluated; holes read through the prototype; let/const patterns captured
// by closures keep one binding per iteration on the direct-read path.
function list() { return Array.prototype.slice.call(arguments).join("|"); }
var a = [1, 2, 3];
console.log(list(...a, (a.push(4), "after")), a.length);
var b = [5, 6];
console.log([...b, (b[0] = "changed", 7)].join(), b.join());
Array.prototype[1] = "P";
console.log(list(...[0, , 2]), [...[, ,]].join("/"));
delete Array.prototype[1];
console.log(list(...[0, , 2]), [...[]].length, list(...new Array(2)));
var sparse = []; sparse[5] = "s";
console.log([...sparse].length, [...sparse][5]);
var fns = [];
for (let i = 0; i < 3; i++) { const [x, y = i * 10] = [i]; fns.push(() => x + ":" + y); }
console.log(fns.map(f => f()).join());
var gs = [];
for (const [k, v] of [["a", 1], ["b", 2]]) gs.push(() => k + v);
console.log(gs.map(g => g()).join());
function params([p, q], ...[r, s]) { return [p, q, r, s].join(); }
console.log(params([1, 2], 3, 4), params("xy", 5));
let [u, w] = "hi";
console.log(u, w);
// expect: 1|2|3|after 4
// expect: 5,6,7 changed,6
// expect: 0|P|2 /P
// expect: 0||2 0 |
// expect: 6 s
// expect: 0:0,1:10,2:20
// expect: a1,b2
// expect: 1,2,3,4 x,y,5,
// expect: h i
