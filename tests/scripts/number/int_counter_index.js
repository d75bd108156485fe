// Counters held as Python ints used as array indexes (compiler/int_counters.py,
// lower/members.py _int_index_read): every kind of receiver must read as JS does.
function sum(a) {
    var t = 0, out = "";
    for (var i = 0; i < a.length; i++) { t += a[i]; out += "," + a[i]; }
    return t + " [" + out + "]";
}
console.log(sum([1, 2, 3]), sum("123"), sum([1, , 3]), sum({ length: 2, 0: 5, 1: 6 }));
var sparse = [];
sparse[5] = 1;
sparse[100000] = 2;
console.log(sum(sparse).length, sum(sparse).slice(0, 12));
// a hole reads the prototype chain, a getter included
Array.prototype[1] = "proto";
Object.defineProperty(Array.prototype, 2, { get: function () { return "getter" + this.length; }, configurable: true });
console.log(sum([1, , , 4]));
delete Array.prototype[1];
delete Array.prototype[2];
console.log(sum([1, , , 4]));
// an own accessor on an index, an array grown and shrunk in the loop
var acc = [1, 2, 3];
Object.defineProperty(acc, 1, { get: function () { acc.length = 2; return 20; } });
console.log(sum(acc));
function shrink(a) {
    var out = "";
    for (var i = 0; i < 6; i++) { out += String(a[i]) + ","; if (i === 1 && a.pop) a.pop(); }
    return out;
}
console.log(shrink([1, 2, 3, 4]), shrink("abc"), shrink({ 0: "x", 5: "y" }));
// a counter modulo a constant, past the end and on other receivers
function modRead(a, n) {
    var out = "";
    for (var k = 0; k < n; k++) out += a[k % 4] + ";";
    return out;
}
console.log(modRead([10, 20, 30], 6), modRead("xy", 5), modRead(null === 1 ? 0 : { 3: "three" }, 5));
function args() {
    var out = "";
    for (var i = 0; i < arguments.length + 1; i++) out += arguments[i] + "|";
    return out;
}
console.log(args(1, "b", null), args());
// a string local, an array literal local, a fixed string table
function locals(n) {
    var s = "hello", a = [1, 2, 3], t = ["x", "y", "z"], out = "";
    for (var i = 0; i < n; i++) out += s[i] + a[i] + t[i] + t[i % 2] + ",";
    return out;
}
console.log(locals(6));
// a receiver that is not an object
function bad(a) {
    try {
        for (var i = 0; i < 2; i++) a[i];
        return "ok";
    } catch (e) {
        return e.constructor.name;
    }
}
console.log(bad(undefined), bad(null), bad(5), bad(true));
// a number key on an object with string keys, and key conversion when the read is stored, called, deleted
function keys(o) {
    var out = [], f = [function () { return this.length; }];
    for (var j = 0; j < 3; j++) {
        out.push(o[j], f[j % 1](), delete o[j + 10]);
        o[j] = j * 2;
    }
    return out.join(",") + ";" + JSON.stringify(o);
}
console.log(keys({ "0": "a", "1": "b", "10": "c" }), keys([9, 8]));
// expect: 6 [,1,2,3] 0123 [,1,2,3] NaN [,1,undefined,3] 11 [,5,6]
// expect: 1000000 NaN [,undefi
// expect: 1protogetter44 [,1,proto,getter4,4]
// expect: NaN [,1,undefined,undefined,4]
// expect: 21 [,1,20]
// expect: 1,2,3,undefined,undefined,undefined, a,b,c,undefined,undefined,undefined, x,undefined,undefined,undefined,undefined,y,
// expect: 10;20;30;undefined;10;20; x;y;undefined;undefined;x; undefined;undefined;undefined;three;undefined;
// expect: 1|b|null|undefined| undefined|
// expect: h1xx,e2yy,l3zx,lundefinedundefinedy,oundefinedundefinedx,NaNy,
// expect: TypeError TypeError ok ok
// expect: a,1,true,b,1,true,,1,true;{"0":0,"1":2,"2":4} 9,1,true,8,1,true,,1,true;[0,2,4]
