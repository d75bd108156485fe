// exec results held in a local that is only compared with null and read by
// constant index (compiler/regexp_matches.py: the re.Match stands for the
// array) and, next to each, the forms that keep the ordinary array
function scan(re, s) {
    var m, out = [];
    while ((m = re.exec(s)) !== null) out.push(m[0] + "|" + m[1] + "|" + m[2] + "|" + m[3] + "@" + re.lastIndex);
    return out.join(" ");
}
console.log(scan(/(a)(x?)|(b)/g, "abxa"));
console.log(scan(/a/y, "aab"), scan(/(z)/g, "none"));
function declared(s) {
    let m = /(\d+)-(\d+)/.exec(s);
    const n = /(q)?/.exec(s);
    if (m == null) return "no";
    return [m[1], m[2], m[0], n[1], n[0] === ""].join();
}
console.log(declared("a 12-34 b"), declared("x"));
// an index past the captures is what an array of that length would give,
// an inherited element included
function past(s) {
    var m = /(a)/.exec(s);
    return m[2] + " " + m[7];
}
console.log(past("a"));
Array.prototype[7] = "inherited";
console.log(past("a"));
delete Array.prototype[7];
// before the first store: the ordinary read of undefined
function early() {
    var m;
    try { return m[0]; } catch (e) { return e.name; } finally { m = /a/.exec("a"); }
}
console.log(early());
// a replaced exec, a receiver that is no RegExp: whatever they return is read as JS reads it
var builtinExec = RegExp.prototype.exec;
RegExp.prototype.exec = function (s) { return { 0: "whole", 1: s, length: 2 }; };
function replaced() { var m = /a/.exec("arg"); return m[0] + " " + m[1] + " " + m[2]; }
console.log(replaced());
RegExp.prototype.exec = builtinExec;
console.log(replaced());
function notRegExp(o) { var m; m = o.exec("s"); return m === null ? "null" : m[0] + m[1]; }
console.log(notRegExp({ exec: function (s) { return [s, "!"]; } }), notRegExp({ exec: function () { return null; } }));
// captures reset by a quantifier (a pattern whose matches are not re.Match objects)
function reset() { var m = /(?:(a)|b)+/.exec("ab"); return m[0] + " " + m[1]; }
console.log(reset());
// forms that keep the array: other reads, stores, calls, escapes, truthiness, closures
function others(s) {
    var a = /(a)/.exec(s), b = /(a)/.exec(s), c = /(a)/.exec(s), d, e = /(a)/.exec(s), f = /(a)/.exec(s);
    var g = /(a)/.exec(s), h = /(a)/.exec(s);
    var out = [a.index, a.input, a.length];
    b[0] = "stored"; out.push(b[0]);
    c[1] += "+"; out.push(c[1]);
    if ((d = /(a)/.exec(s))) out.push(d[0]);
    out.push(JSON.stringify(e), typeof f, Array.isArray(g));
    delete h[1]; out.push(h[1], h.length);
    return out.join();
}
console.log(others("xa"));
function called() {
    var m = /(a)/.exec("a");
    m[0] = function () { return this.length; };
    return m[0]();
}
console.log(called());
function captured() {
    var m = /(a)(b)/.exec("ab");
    return function () { return m[2] + m.length; };
}
console.log(captured()());
function destructured() {
    var m = /(a)(b)/.exec("ab"), x = [9, 8];
    [m[1], m[2]] = x;
    return m[1] + m[2];
}
console.log(destructured());
// every comparison with null, either side; a variable an eval in a closure may read
function compared(s) { var m = /(a)/.exec(s); return [m == null, null != m, null === m, m !== null].join(); }
console.log(compared("a"), compared("b"));
function evaluated(s) { var m = /(a)/.exec(s); var g = function () { return eval("m"); }; return m[1] + g().length; }
console.log(evaluated("a"));
// expect: a|a||undefined@1 b|undefined|undefined|b@2 a|a||undefined@4
// expect: a|undefined|undefined|undefined@1 a|undefined|undefined|undefined@2 
// expect: 12,34,12-34,,true no
// expect: undefined undefined
// expect: undefined inherited
// expect: TypeError
// expect: whole arg undefined
// expect: a undefined undefined
// expect: s! null
// expect: ab undefined
// expect: 1,xa,2,stored,a+,a,["a","a"],object,true,,2
// expect: 2
// expect: b3
// expect: 17
// expect: false,true,false,true true,false,true,false
// expect: a2
