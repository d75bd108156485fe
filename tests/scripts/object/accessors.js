// Accessor properties defined through Object.defineProperty (ES5.1 8.6.1, 8.12.9)
var log = [];
Object.defineProperty(this, "gx", { get: function () { return "getter!"; }, configurable: true });
log.push(gx);
log.push(Object.prototype.toString.call(this));
var d = Object.getOwnPropertyDescriptor(this, "log");
log.push(d.writable + " " + d.enumerable + " " + d.configurable);
var obj = {};
Object.defineProperty(obj, "k", { set: function (v) { this._k = v * 2; }, get: function () { return this._k; } });
obj.k = 4;
obj["k"] += 1;
log.push(obj.k);
var arr = [1, 2, 3];
Object.defineProperty(arr, "0", { get: function () { return "g0"; }, set: function (v) { log.push("set0 " + v); } });
arr[0] = 9;
log.push(arr[0] + " " + arr.join("-") + " " + arr.length);
var child = Object.create(obj);
child.k = 10;
log.push(child.k + " " + child.hasOwnProperty("_k") + " " + child.hasOwnProperty("k"));
var big = [];
big[100000] = 1;
Object.defineProperty(big, "50", { value: 1, configurable: false });
try { Object.defineProperty(big, "length", { value: 10 }); } catch (e) { log.push(e.message); }
log.push(big.length);
console.log(log.join("\n"));
// expect: getter!
// expect: [object global]
// expect: true true false
// expect: 18
// expect: set0 9
// expect: g0 g0-2-3 3
// expect: 20 true false
// expect: Cannot delete property '50' of [object Array]
// expect: 51
