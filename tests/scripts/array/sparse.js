var a = [];
a[4294967294] = 1;
console.log(a.length, a.lastIndexOf(1), a.slice(4294967290).length, a.slice(4294967290)[4]);
console.log([].concat(a).length);
try { a.concat([2]); } catch (e) { console.log(e.name + ': ' + e.message); }
var b = []; b[4294967294] = 'x';
console.log(b.splice(4294967290, 10).length, b.length);
var c = []; c[4294967294] = 1;
console.log(c.pop(), c.length);
var d = []; d[4294967294] = 1;
try { d.push(5); } catch (e) { console.log(e.name + ': ' + e.message); }
var o = {length: 4294967295};
console.log(Array.prototype.push.call(o, 'a', 'b'), o.length, o[4294967295], o[4294967296]);
var h = [1, , 3];
console.log(h.length, 1 in h, h.indexOf(undefined), h.map(function (x) { return x * 2; }).length);
var e = new Array(5);
console.log(e.length, e.join('-'), 0 in e);
e[2] = 'm';
console.log(e.filter(function () { return true; }).join(), e.some(function (x) { return x === undefined; }));
var s = [];
s[10] = 'ten'; s[3] = 'three';
var seen = [];
s.forEach(function (v, i) { seen.push(i + ':' + v); });
console.log(seen.join(' '), s.length);
s.length = 4;
console.log(s.join(), s.length);
// expect: 4294967295 4294967294 5 1
// expect: 4294967295
// expect: RangeError: Invalid array length
// expect: 5 4294967290
// expect: 1 4294967294
// expect: RangeError: Invalid array length
// expect: 4294967297 4294967297 a b
// expect: 3 false -1 3
// expect: 5 ---- false
// expect: m false
// expect: 3:three 10:ten 11
// expect: ,,,three 4
