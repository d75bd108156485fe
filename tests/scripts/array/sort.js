function show(v) { if (Array.isArray(v)) { var s=[]; for (var i=0;i<v.length;i++) s.push(i in v ? show(v[i]) : '<hole>'); return '[' + s.join(', ') + ']'; } if (typeof v === 'string') return JSON.stringify(v); if (v === null) return 'null'; if (typeof v === 'object') return JSON.stringify(v); return String(v); }
var T = {
 sort: function(){ return show([[3,1,2].sort(), [10,9,1,100,20].sort(), ['b',undefined,'a',,'c'].sort(), [3,1,2].sort(function(a,b){return b-a}), [2,1,undefined,3,,null].sort(), ['B','a','C'].sort(), [true,false,'true'].sort(), [1,2,3].sort(function(){ return NaN }), [5,1,4].sort(function(a,b){ return {valueOf: function(){ return a-b }} }), [3,1,2].sort(undefined)]) },
 sortStable: function(){ var a=[]; for (var i=0;i<50;i++) a.push({k: i%3, i: i}); a.sort(function(x,y){ return x.k - y.k }); return a.map(function(o){return o.i}).join(',') },
 sortObj: function(){ var o={length:5, 0:'c', 1:undefined, 3:'a', 4:'b'}; Array.prototype.sort.call(o); return JSON.stringify(o) },
 sortSurrogate: function(){ return show(['\uD83D\uDE00', '\uFF61', 'a', '\uD800'].sort().map(function(s){ return s.charCodeAt(0) })) },
};
for (var k in T) { try { console.log(k + ' ' + T[k]()); } catch (e) { console.log(k + ' THREW ' + e.name + ': ' + e.message); } }
console.log([3, 1, 2].sort(function (a, b) { return a > b; }).join());
var log = []; [5, 1, 4, 2, 3].sort(function (a, b) { log.push(a + '' + b); return a - b; }); console.log(log.join(' '));
var seed = 1; function rnd() { seed = (seed * 16807) % 2147483647; return seed; }
var big = []; for (var i = 0; i < 500; i++) big.push({v: rnd() % 20, i: i});
var calls = 0;
big.sort(function (x, y) { calls++; return x.v - y.v; });
console.log(calls, big.slice(0, 12).map(function (o) { return o.i; }).join());
var inc = []; for (var i = 0; i < 300; i++) inc.push(rnd() % 7);
inc.sort(function (a, b) { return a >= b; });
console.log(inc.slice(0, 30).join(''));
var errs = [function () { [1, 2].sort(null); }, function () { [1, 2].sort({}); }];
errs.forEach(function (f) { try { f(); } catch (e) { console.log(e.name + ': ' + e.message); } });
// expect: sort [[1, 2, 3], [1, 10, 100, 20, 9], ["a", "b", "c", undefined, <hole>], [3, 2, 1], [1, 2, 3, null, undefined, <hole>], ["B", "C", "a"], [false, true, "true"], [1, 2, 3], [1, 4, 5], [1, 2, 3]]
// expect: sortStable 0,3,6,9,12,15,18,21,24,27,30,33,36,39,42,45,48,1,4,7,10,13,16,19,22,25,28,31,34,37,40,43,46,49,2,5,8,11,14,17,20,23,26,29,32,35,38,41,44,47
// expect: sortObj {"0":"a","1":"b","2":"c","length":5}
// expect: sortSurrogate [97, 55296, 55357, 65377]
// expect: 3,1,2
// expect: 15 41 45 41 24 21 34 32
// expect: 3642 10,18,24,120,146,157,166,189,231,240,263,267
// expect: 141201533541140300651544106003
// expect: TypeError: The comparison function must be either a function or undefined
// expect: TypeError: The comparison function must be either a function or undefined
