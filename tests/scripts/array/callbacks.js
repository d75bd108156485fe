function show(v) { if (Array.isArray(v)) { var s=[]; for (var i=0;i<v.length;i++) s.push(i in v ? show(v[i]) : '<hole>'); return '[' + s.join(', ') + ']'; } if (typeof v === 'string') return JSON.stringify(v); if (v === null) return 'null'; if (typeof v === 'object') return JSON.stringify(v); return String(v); }
var T = {
 every: function(){ var log=[]; var r = [1,2,3].every(function(v,i,o){ log.push(v,i); return v < 2; }); return show([r, log, [].every(function(){return false}), [1,,3].every(function(v){ return v !== undefined })]) },
 some: function(){ var log=[]; var r = [1,2,3].some(function(v,i){ log.push(i); return v == 2; }); return show([r, log, [].some(function(){return true}), [0,'',null].some(function(v){return v})]) },
 forEach: function(){ var log=[]; var t = {}; var r = [1,,'a'].forEach(function(v,i,o){ log.push(v, i, this === t, Array.isArray(o)); }, t); return show([r, log]) },
 forEachMut: function(){ var log=[]; var a=[1,2,3,4]; a.forEach(function(v,i){ log.push(v); if (i==0) { a.push(9); a.pop(); a.pop(); } }); var b=[1,2,3]; b.forEach(function(v,i){ log.push(v); if (i == 0) delete b[1]; }); return show(log) },
 map: function(){ return show([[1,2,3].map(function(v,i){ return v*i }), [1,,3].map(function(v){ return v+1 }), Array.prototype.map.call("ab", function(c){ return c + c }), Array.prototype.map.call({length:3, 1:'y'}, function(v, i){ return v+i }), [1,2].map(function(){ return this.k }, {k:'K'})]) },
 filter: function(){ return show([[1,2,3,4].filter(function(v){ return v%2 }), [1,,3].filter(function(){ return true }), [0,1,''].filter(function(v){return v}).length]) },
 reduce: function(){ var log=[]; return show([[1,2,3].reduce(function(a,b){ return a+b }), [1,2,3].reduce(function(a,b){ return a+b }, 10), [].reduce(function(){}, 'init'), [,5,,].reduce(function(a,b){ return a+b }), [1,2,3].reduce(function(a,b,i,o){ log.push(i); return a+b }, ''), log, ['a','b','c'].reduce(function(a,b){return a+b}), [[1],[2]].reduce(function(a,b){ return a.concat(b) }, [])]) },
 reduceRight: function(){ var log=[]; return show([[1,2,3].reduceRight(function(a,b){ log.push(a); return a+''+b }), log, ['a','b','c'].reduceRight(function(a,b){return a+b}, '>'), [,,7,,].reduceRight(function(a,b){return a+b}), [].reduceRight(function(){}, 1)]) },
};
for (var k in T) { try { console.log(k + ' ' + T[k]()); } catch (e) { console.log(k + ' THREW ' + e.name + ': ' + e.message); } }
// expect: every [false, [1, 0, 2, 1], true, true]
// expect: some [true, [0, 1], false, false]
// expect: forEach [undefined, [1, 0, true, true, "a", 2, true, true]]
// expect: forEachMut [1, 2, 3, 1, 3]
// expect: map [[0, 2, 6], [2, <hole>, 4], ["aa", "bb"], [<hole>, "y1", <hole>], ["K", "K"]]
// expect: filter [[1, 3], [1, 3], 1]
// expect: reduce [6, 16, "init", 5, "123", [0, 1, 2], "abc", [1, 2]]
// expect: reduceRight ["321", [3, "32"], ">cba", 7, 1]
