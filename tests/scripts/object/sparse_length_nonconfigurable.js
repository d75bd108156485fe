// Shrinking a sparse array's length stops above a non-configurable element (15.4.5.1 step 3.l)
var sp = [];
sp.length = 4294967295;
Object.defineProperty(sp, "7", { value: 1, configurable: false });
sp.length = 3;
console.log(sp.length);
var d = [];
d.length = 4294967295;
Object.defineProperty(d, "7", { get: function () { return 1; } });
Object.seal(d);
try { d.length = 0; } catch (e) { console.log(e.name); }
console.log(d.length);
// expect: 8
// expect: 8
