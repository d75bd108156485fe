function show(v) { if (Array.isArray(v)) { var s=[]; for (var i=0;i<v.length;i++) s.push(i in v ? show(v[i]) : '<hole>'); return '[' + s.join(', ') + ']'; } if (typeof v === 'string') return JSON.stringify(v); if (v === null) return 'null'; if (typeof v === 'object') return JSON.stringify(v); return String(v); }
var T = {
 indexOf: function(){ var a=[1,2,NaN,'1',2,undefined,null,-0]; return show([a.indexOf(2), a.indexOf(2,2), a.indexOf(2,-4), a.indexOf(NaN), a.indexOf('1'), a.indexOf(undefined), a.indexOf(null), a.indexOf(0), a.indexOf(2, 100), a.indexOf(1, -100), [].indexOf(1), [,].indexOf(undefined), a.indexOf(true), [true,1].indexOf(1), [1].indexOf(1, undefined), Array.prototype.indexOf.call({length:2, 1:'b'}, 'b'), Array.prototype.indexOf.call("abc", 'c')]) },
 lastIndexOf: function(){ var a=[1,2,3,2,1]; return show([a.lastIndexOf(2), a.lastIndexOf(2,2), a.lastIndexOf(2,-3), a.lastIndexOf(2,-4), a.lastIndexOf(1,-100), a.lastIndexOf(1, 100), a.lastIndexOf(9), a.lastIndexOf(1, undefined), a.lastIndexOf(1, NaN), [NaN].lastIndexOf(NaN), [].lastIndexOf(1), [,].lastIndexOf(undefined), a.lastIndexOf(1, -5), a.lastIndexOf(1, -6)]) },
};
for (var k in T) { try { console.log(k + ' ' + T[k]()); } catch (e) { console.log(k + ' THREW ' + e.name + ': ' + e.message); } }
// expect: indexOf [1, 4, 4, -1, 3, 5, 6, 7, -1, 0, -1, -1, -1, 1, 0, 1, 2]
// expect: lastIndexOf [3, 1, 1, 1, -1, 4, -1, 0, 0, -1, -1, -1, 0, -1]
