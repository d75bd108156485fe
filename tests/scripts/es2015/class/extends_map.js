// A class extending Map: instances are real Maps with the subclass prototype.
class M2 extends Map { total() { var t = 0; this.forEach(function (v) { t += v; }); return t; } }
var mm = new M2(); mm.set("k", 1); mm.set("j", 2);
console.log(mm.get("k"), mm instanceof Map, mm instanceof M2, mm.size, mm.total());
// expect: 1 true true 2 3
