// Locals that are fixed tables of strings (compiler/lower/string_tables.py):
// read by a counter index, an element is the literal's string; past the
// length, the ordinary read (an inherited element included)
function names(n) {
    var levels = ["INFO", "WARN", "\u00e9t\u00e9", "\u4e2d"], out = [];
    for (var i = 0; i < n; i++) out.push(i + ":" + levels[i] + "/" + levels[i % 4] + "/" + levels.length);
    return out.join(" ");
}
console.log(names(6));
Array.prototype[5] = "inherited";
console.log(names(6));
delete Array.prototype[5];
function templated(n) {
    var t = ["a", "b"], s = "";
    for (var i = 0; i < n; i++) s += `[${t[i]}]` + (t[i] === "b") + typeof t[i];
    return s;
}
console.log(templated(3));
// the fallback's value is converted as + converts it: an inherited object's toString, valueOf
Array.prototype[2] = { toString: function () { return "ts"; }, valueOf: function () { return 42; } };
console.log(templated(3), (function () { var t = ["x"], r = []; for (var i = 0; i < 3; i++) r.push("" + t[i]); return r.join(); })());
delete Array.prototype[2];
// every other use keeps the ordinary reads: the table may change
function changed(kind) {
    var t = ["a", "b", "c"], out = "";
    if (kind === 0) t[0] = "w";
    if (kind === 1) delete t[1];
    if (kind === 2) t.length = 1;
    if (kind === 3) t[2] += "!";
    if (kind === 4) t.reverse();
    if (kind === 5) [t[0]] = ["d"];
    if (kind === 6) for (t[1] in { k: 1 });
    if (kind === 7) (function (a) { a.pop(); })(t);
    if (kind === 8) Object.freeze(t), t[0] = "frozen";
    for (var i = 0; i < 4; i++) out += t[i] + ",";
    return out;
}
var r = [];
for (var k = 0; k <= 8; k++) r.push(changed(k));
console.log(r.join(" "));
function notStrings(n) {
    var a = ["a", 1], h = ["x", , "z"], s = "";
    for (var i = 0; i < n; i++) s += a[i] + h[i];
    return s;
}
console.log(notStrings(3));
function called() {
    var t = ["length"], s = "";
    for (var i = 0; i < 1; i++) s += t[i].length + t[i].toUpperCase();
    return s;
}
console.log(called());
// expect: 0:INFO/INFO/4 1:WARN/WARN/4 2:été/été/4 3:中/中/4 4:undefined/INFO/4 5:undefined/WARN/4
// expect: 0:INFO/INFO/4 1:WARN/WARN/4 2:été/été/4 3:中/中/4 4:undefined/INFO/4 5:inherited/WARN/4
// expect: [a]falsestring[b]truestring[undefined]falseundefined
// expect: [a]falsestring[b]truestring[ts]falseobject x,undefined,42
// expect: w,b,c,undefined, a,undefined,c,undefined, a,undefined,undefined,undefined, a,b,c!,undefined, c,b,a,undefined, d,b,c,undefined, a,k,c,undefined, a,b,undefined,undefined, a,b,c,undefined,
// expect: axNaNundefinedz
// expect: 6LENGTH
