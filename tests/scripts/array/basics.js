function show(v) { if (Array.isArray(v)) { var s=[]; for (var i=0;i<v.length;i++) s.push(i in v ? show(v[i]) : '<hole>'); return '[' + s.join(', ') + ']'; } if (typeof v === 'string') return JSON.stringify(v); if (v === null) return 'null'; if (typeof v === 'object') return JSON.stringify(v); return String(v); }
var T = {
 ctor1: function(){ return show([Array(3).length, new Array(3).length, Array(1,2), new Array("3"), Array(), new Array(0).length, new Array(4294967295).length]) },
 isArray: function(){ return show([Array.isArray([]), Array.isArray({length:0}), Array.isArray(Array.prototype), Array.isArray("a"), Array.isArray()]) },
 proto: function(){ return show([Array.prototype.length, Object.prototype.toString.call(Array.prototype), Array.length, Array.prototype.constructor === Array]) },
 join: function(){ return show([[1,2,3].join(), [1,null,undefined,2].join('-'), [1,2].join(undefined), [1,2].join(null), [].join(), [,,].join(), [1.5, true, "x", {}].join('|'), Array.prototype.join.call({length:3, 0:'a', 2:'c'}, '+'), Array.prototype.join.call("abc", ':'), [0, -0, NaN, 1e21].join()]) },
 toString: function(){ return show([[1,[2,[3]]].toString(), String([]), Array.prototype.toString.call({join: function(){return 'J'}}), Array.prototype.toString.call({}), Array.prototype.toString.call(function(){})]) },
 cyclic: function(){ var a=[1,2]; a.push(a); var b=[a, 'x']; a.push(b); return show([a.join(), String(b), a.toLocaleString()]) },
 locale: function(){ return show([[1, 'a', null, undefined, {toLocaleString: function(){ return 'L' }}].toLocaleString(), [].toLocaleString()]) },
 concat: function(){ var a=[1,2]; var b=a.concat(3,[4,[5]],{length:1, 0:'x'}); return show([b.length, b, a.concat(), [,1].concat([2,,]), [].concat.call(1, 2).length, typeof [].concat.call(1, 2)[0]]) },
 slice: function(){ var a=[1,2,3,4,5]; return show([a.slice(), a.slice(1), a.slice(1,3), a.slice(-2), a.slice(-2,-1), a.slice(3,1), a.slice(1.7, 3.2), a.slice(NaN), a.slice(0, Infinity), a.slice(-Infinity, 2), a.slice("1", "2"), [1,,3].slice(0,2), Array.prototype.slice.call({length:3, 0:'a', 2:'c'}), Array.prototype.slice.call("abc", 1)]) },
 splice: function(){ var r=[]; var a=[1,2,3,4,5]; r.push(a.splice(1,2), a); a=[1,2,3,4,5]; r.push(a.splice(1,0,'a','b'), a); a=[1,2,3,4,5]; r.push(a.splice(-2), a); a=[1,2,3]; r.push(a.splice(), a); a=[1,2,3]; r.push(a.splice(0,1,'x','y','z'), a); a=[1,2,3]; r.push(a.splice(1, -5, 'q'), a); a=[1,2,3,4]; r.push(a.splice(1,2,'only'), a); var o={length:4, 0:'a',1:'b',2:'c',3:'d'}; r.push(Array.prototype.splice.call(o, 1, 1), JSON.stringify(o)); o={length:3, 0:'a',1:'b',2:'c'}; r.push(Array.prototype.splice.call(o, 1, 0, 'X', 'Y'), JSON.stringify(o)); a=[1,,3,,5]; r.push(a.splice(1,2), a); return show(r) },
};
for (var k in T) { try { console.log(k + ' ' + T[k]()); } catch (e) { console.log(k + ' THREW ' + e.name + ': ' + e.message); } }
// expect: ctor1 [3, 3, [1, 2], ["3"], [], 0, 4294967295]
// expect: isArray [true, false, true, false, false]
// expect: proto [0, "[object Array]", 1, true]
// expect: join ["1,2,3", "1---2", "1,2", "1null2", "", ",", "1.5|true|x|[object Object]", "a++c", "a:b:c", "0,0,NaN,1e+21"]
// expect: toString ["1,2,3", "", "J", "[object Object]", "[object Function]"]
// expect: cyclic ["1,2,,,x", "1,2,,,x", "1,2,,,x"]
// expect: locale ["1,a,,,L", ""]
// expect: concat [6, [1, 2, 3, 4, [5], {"0":"x","length":1}], [1, 2], [<hole>, 1, 2, <hole>], 2, "object"]
// expect: slice [[1, 2, 3, 4, 5], [2, 3, 4, 5], [2, 3], [4, 5], [4], [], [2, 3], [1, 2, 3, 4, 5], [1, 2, 3, 4, 5], [1, 2], [2], [1, <hole>], ["a", <hole>, "c"], ["b", "c"]]
// expect: splice [[2, 3], [1, 4, 5], [], [1, "a", "b", 2, 3, 4, 5], [4, 5], [1, 2, 3], [], [1, 2, 3], [1], ["x", "y", "z", 2, 3], [], [1, "q", 2, 3], [2, 3], [1, "only", 4], ["b"], "{\"0\":\"a\",\"1\":\"c\",\"2\":\"d\",\"length\":3}", [], "{\"0\":\"a\",\"1\":\"X\",\"2\":\"Y\",\"3\":\"b\",\"4\":\"c\",\"length\":5}", [<hole>, 3], [1, <hole>, 5]]
