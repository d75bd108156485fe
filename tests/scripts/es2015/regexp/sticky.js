// The y (sticky) flag (ES2015 21.2.5.2.2): exec matches only at lastIndex, sets
// lastIndex to the match's end, and to 0 when it fails; test, match, replace and
// search follow through exec; split ignores it.
function show(v) { return v === null ? "null" : Array.isArray(v) ? "[" + v.join("|") + "]" : String(v); }
var r = /a/y;
console.log(r.sticky, r.global, r.flags, String(r), /a/gimy.flags, /a/.sticky);
r.lastIndex = 1;
console.log(r.test("ba"), r.lastIndex, r.test("ba"), r.lastIndex);
console.log(show(r.exec("ba")), r.lastIndex);
var w = /\w+/y;
var words = [];
w.lastIndex = 4;
var m = w.exec("one two three");
console.log(show(m), m.index, w.lastIndex);
// a tokenizer: every token must start where the last one ended
var tok = /\s*(\d+|[-+*\/()])/y, src = "12 + (3*4) - 5 ?", out = [], t;
while ((t = tok.exec(src)) !== null) out.push(t[1]);
console.log(out.join(" "), tok.lastIndex, JSON.stringify(src.slice(12)));
// global + sticky: contiguous matches from 0
console.log(show("aaba".match(/a/gy)), "aaba".replace(/a/gy, "x"), show("baa".match(/a/gy)));
console.log(show("aab".match(/a*/gy)), "aab".replace(/a*/gy, "-"));
// non-global replace and match use and update lastIndex
var s = /b/y;
s.lastIndex = 1;
console.log("abab".replace(s, "X"), s.lastIndex, "abab".replace(s, "X"), s.lastIndex);
s.lastIndex = 3;
console.log(show("abab".match(s)), s.lastIndex);
// search: from 0, sticky means at 0 only, lastIndex untouched
var q = /a/y;
q.lastIndex = 2;
console.log("baa".search(q), "aab".search(q), q.lastIndex);
// split behaves as without y
console.log(show("a,b,c".split(/,/y)), show("a,b".split(/,/gy)), show("x1y2".split(/(\d)/y)));
// anchors at lastIndex
var a1 = /^b/y; a1.lastIndex = 1;
var a2 = /^b/my; a2.lastIndex = 2;
console.log(a1.test("ab"), a2.test("a\nb"));
// huge lastIndex values fail and reset
var big = /./y; big.lastIndex = Infinity;
console.log(big.exec("test"), big.lastIndex);
// constructor forms
console.log(new RegExp("a", "y").sticky, new RegExp(/a/y).flags, RegExp(/q/gy).flags, new RegExp("a", "gy").source);
try { new RegExp("a", "yy"); } catch (e) { console.log(e.constructor.name); }
// expect: true false y /a/y gimy false
// expect: true 2 false 0
// expect: null 0
// expect: [two] 4 7
// expect: 12 + ( 3 * 4 ) - 5 0 " 5 ?"
// expect: [a|a] xxba null
// expect: [aa||] --b-
// expect: aXab 2 abab 0
// expect: [b] 4
// expect: -1 0 2
// expect: [a|b|c] [a|b] [x|1|y|2|]
// expect: false true
// expect: null 0
// expect: true y gy a
// expect: SyntaxError
