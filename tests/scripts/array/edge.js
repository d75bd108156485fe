function show(v) { if (Array.isArray(v)) { var s=[]; for (var i=0;i<v.length;i++) s.push(i in v ? show(v[i]) : '_'); return '[' + s.join(',') + ']'; } if (typeof v === 'string') return JSON.stringify(v); if (v === null) return 'null'; if (typeof v === 'object') { var ks = Object.keys(v); return '{' + ks.map(function(k){ return k + ':' + show(v[k]) }).join(',') + '}'; } return String(v); }
var a = [1, 2, 3, 4, 5];
var r = a.map(function (v, i, o) { if (i === 1) { o.length = 3; } return v * 10; });
console.log(show(r), show(a));
a = [1, 2, 3];
r = a.filter(function (v, i, o) { if (i === 0) o.push(99); return true; });
console.log(show(r), show(a));
a = [3, 2, 1];
try { a.sort(function (x, y) { if (x === 1) throw new Error("boom"); return x - y; }); } catch (e) { console.log(e.message, show(a)); }
var o = {}; Object.defineProperty(o, 'length', {get: function () { console.log('len read'); return 2; }});
o[0] = 'a'; o[1] = 'b';
console.log(Array.prototype.join.call(o), Array.prototype.slice.call(o).length);
var g = [1, 2, 3]; Object.defineProperty(g, 1, {get: function () { return 'G'; }, enumerable: true, configurable: true});
console.log(g.join(), g.indexOf('G'), show(g.slice(1)), show(g.concat([4])), g.map(function (x) { return x + '!'; }).join());
g.reverse(); console.log(show(g));
var f = Object.freeze([3, 1, 2]);
try { f.sort(); } catch (e) { console.log(e.name); }
try { f.reverse(); } catch (e) { console.log(e.name); }
try { f.shift(); } catch (e) { console.log(e.name); }
try { f.unshift(0); } catch (e) { console.log(e.name); }
try { f.splice(0, 1); } catch (e) { console.log(e.name); }
console.log(show(f));
var ne = [1, 2]; Object.preventExtensions(ne);
console.log(ne.reverse().join(), ne.pop(), ne.length);
try { ne.push(3); } catch (e) { console.log(e.name + ': ' + e.message); }
var h = [1, , 3]; Object.preventExtensions(h);
try { h.reverse(); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(show(h));
Object.prototype[1] = 'OP';
console.log([0, , 2].join(), show([0, , 2].slice()), [ , ].length, [0, , 2].map(function (x) { return x; }).join());
var s = [5, , 1]; s.sort(); console.log(show(s), s.hasOwnProperty(2));
var sh = [, 'x']; console.log(sh.shift(), show(sh));
delete Object.prototype[1];
var args = (function () { return arguments; })(3, 1, 2);
console.log(Array.prototype.slice.call(args).join(), Array.prototype.sort.call(args)[0], show([].concat(args).length));
console.log(Array.prototype.concat.call('ab', 'c').length);
var nested = [[1, [2, 3]], [4]]; console.log(nested.toString(), String(nested), nested + '');
console.log([undefined, null].toString() === ',', [1, 2].toLocaleString());
console.log(show(Array.apply(null, [3])), show(Array.apply(null, [1, 2])), show(new Array('a')));
console.log([1,2,3].indexOf(3, -1), [1,2,3].indexOf(1, -3), [1,2,3].lastIndexOf(3, -1), [1,2,3].lastIndexOf(3, 1.9));
var x = [1,2,3]; x.length = 1; console.log(x.push(4), show(x));
var big = []; for (var i = 0; i < 70000; i++) big[i] = i % 13;
console.log(big.indexOf(12), big.lastIndexOf(0), big.reduce(function (p, c) { return p + c; }, 0), big.sort().slice(0, 3).join(), big.join('').length);
// expect: [10,20,30,_,_] [1,2,3]
// expect: [1,2,3] [1,2,3,99]
// expect: boom [3,2,1]
// expect: len read
// expect: len read
// expect: a,b 2
// expect: 1,G,3 1 ["G",3] [1,"G",3,4] 1!,G!,3!
// expect: [3,"G",1]
// expect: TypeError
// expect: TypeError
// expect: TypeError
// expect: TypeError
// expect: TypeError
// expect: [3,1,2]
// expect: 2,1 1 1
// expect: TypeError: Cannot add property 1, object is not extensible
// expect: [3,_,1]
// expect: 0,OP,2 [0,"OP",2] 1 0,OP,2
// expect: [1,5,"OP"] true
// expect: undefined ["x"]
// expect: 3,1,2 1 1
// expect: 2
// expect: 1,2,3,4 1,2,3,4 1,2,3,4
// expect: true 1,2
// expect: [_,_,_] [1,2] ["a"]
// expect: 2 0 2 -1
// expect: 2 [1,4]
// expect: 12 69992 419980 0,0,0 86152
