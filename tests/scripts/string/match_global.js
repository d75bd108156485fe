// String.prototype.match with a global regexp (15.5.4.10): the matched texts,
// found at once (no capture, no empty match, not sticky) or by the exec loop
function j(v) { return JSON.stringify(v); }
var r = /o/g;
r.lastIndex = 3;
console.log(j("foo boo".match(r)), r.lastIndex);
console.log(j("a1b22c333".match(/(\d)(\d)?/g)), j("a1b22".match(/(?:\d)+/g)));
console.log(j("abc".match(/x*/g)), j("aab".match(/a/gy)), j("baa".match(/a/gy)));
console.log(j("AbA".match(/a/gi)), j("x".match(/y/g)), j("l1\nl2".match(/^l\d$/gm)));
var ro = /a/g;
Object.defineProperty(ro, "lastIndex", { writable: false });
try { "a".match(ro); } catch (e) { console.log(e.name); }
// expect: ["o","o","o","o"] 0
// expect: ["1","22","33","3"] ["1","22"]
// expect: ["","","",""] ["a","a"] null
// expect: ["A","A"] null ["l1","l2"]
// expect: TypeError
