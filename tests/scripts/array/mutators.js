function show(v) { if (Array.isArray(v)) { var s=[]; for (var i=0;i<v.length;i++) s.push(i in v ? show(v[i]) : '<hole>'); return '[' + s.join(', ') + ']'; } if (typeof v === 'string') return JSON.stringify(v); if (v === null) return 'null'; if (typeof v === 'object') return JSON.stringify(v); return String(v); }
var T = {
 pop: function(){ var a=[1,2,3]; var r=[a.pop(), a, [].pop()]; var o={length:2, 0:'a', 1:'b'}; r.push(Array.prototype.pop.call(o), JSON.stringify(o)); var o2={}; r.push(Array.prototype.pop.call(o2), JSON.stringify(o2)); var o3 = {length: '3', 2: 'z'}; r.push(Array.prototype.pop.call(o3), JSON.stringify(o3)); return show(r) },
 push: function(){ var a=[1]; var r=[a.push(2,3), a, a.push()]; var o={}; r.push(Array.prototype.push.call(o,'x','y'), JSON.stringify(o)); return show(r) },
 reverse: function(){ var a=[1,2,3,4]; var h=[1,,3,,]; h.reverse(); var o={length:3, 0:'a', 1:'b'}; Array.prototype.reverse.call(o); return show([a.reverse(), h, JSON.stringify(o), [1,2,3].reverse()]) },
 shift: function(){ var a=[1,2,3]; var r=[a.shift(), a, [].shift()]; var h=[,1,,2]; r.push(h.shift(), h); var o={length:3, 0:'a', 2:'c'}; r.push(Array.prototype.shift.call(o), JSON.stringify(o)); return show(r) },
 unshift: function(){ var a=[3]; var r=[a.unshift(1,2), a, a.unshift(), a]; var o={length:2, 0:'a', 1:'b'}; r.push(Array.prototype.unshift.call(o, 'x'), JSON.stringify(o)); var h=[1,,3]; h.unshift(0); r.push(h); return show(r) },
};
for (var k in T) { try { console.log(k + ' ' + T[k]()); } catch (e) { console.log(k + ' THREW ' + e.name + ': ' + e.message); } }
// expect: pop [3, [1, 2], undefined, "b", "{\"0\":\"a\",\"length\":1}", undefined, "{\"length\":0}", "z", "{\"length\":2}"]
// expect: push [3, [1, 2, 3], 3, 2, "{\"0\":\"x\",\"1\":\"y\",\"length\":2}"]
// expect: reverse [[4, 3, 2, 1], [<hole>, 3, <hole>, 1], "{\"1\":\"b\",\"2\":\"a\",\"length\":3}", [3, 2, 1]]
// expect: shift [1, [2, 3], undefined, undefined, [1, <hole>, 2], "a", "{\"1\":\"c\",\"length\":2}"]
// expect: unshift [3, [1, 2, 3], 3, [1, 2, 3], 3, "{\"0\":\"x\",\"1\":\"a\",\"2\":\"b\",\"length\":3}", [0, 1, <hole>, 3]]
