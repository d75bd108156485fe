// Accessor and read-only properties defined on the global object apply to
// the script's global variable reads and writes (10.2.1.2, 8.12.5).
var self = this;
var log = [];
Object.defineProperty(self, "acc", {
    get: function () { log.push("get"); return 42; },
    set: function (v) { log.push("set " + v); },
    configurable: true
});
console.log(acc, typeof acc);
acc = 5;
acc += 1;
function inner() { acc = 7; return acc; }
console.log(inner(), log.join());
var fixed = 1;
Object.defineProperty(self, "fixed", {writable: false});
fixed = 2;
console.log(fixed);
Object.defineProperty(self, "later", {value: "v", writable: false, configurable: true});
later = "w";
console.log(later, delete self.later, typeof later);
(function () { "use strict"; try { fixed = 3; } catch (e) { console.log(e.name); } })();
// expect: 42 number
// expect: 42 get,get,set 5,get,set 43,set 7,get
// expect: 1
// expect: v true undefined
// expect: TypeError
