// exec into a match variable (runtime regexp_exec_unboxed) takes its inlined
// path only for a global or sticky regexp with a writable integral lastIndex
// within a string argument; every other case is exec as the spec reads it
function scan(re, s, limit) {
    var m, out = [];
    while ((m = re.exec(s)) !== null && out.length < limit) out.push(m[0] + m[1] + "@" + re.lastIndex);
    return out.join(" ") + " end@" + re.lastIndex;
}
var re = /(\d)x/g;
console.log(scan(re, "1x2x3x", 9));
re.lastIndex = 2.5;  // ToInteger: 2
console.log(scan(re, "1x2x3x", 9));
re.lastIndex = "4";  // ToNumber of a string
console.log(scan(re, "1x2x3x", 9));
re.lastIndex = { valueOf: function () { console.log("valueOf"); return 2; } };
console.log(scan(re, "1x2x3x", 9));
re.lastIndex = 99;  // past the end: no match, lastIndex back to 0
console.log(scan(re, "1x2x3x", 9));
re.lastIndex = -3;  // negative counts as 0
console.log(scan(re, "1x2x3x", 9));
console.log(scan(/(\d)x/g, 12345, 9), scan(/(4)/g, { toString: function () { return "a4b4"; } }, 9));
console.log(scan(/(\d)x/y, "1x2x 3x", 9), scan(/(\d)x/, "1x2x", 2));
var frozen = /(\d)x/g;
Object.defineProperty(frozen, "lastIndex", { writable: false });
try { console.log(scan(frozen, "1x2x", 9)); } catch (e) { console.log(e.name, frozen.lastIndex); }
var frozenPast = /(\d)x/g;
frozenPast.lastIndex = 10;
Object.defineProperty(frozenPast, "lastIndex", { writable: false });
try { console.log(scan(frozenPast, "1x2x", 9)); } catch (e) { console.log(e.name, frozenPast.lastIndex); }
// a receiver whose prototype is RegExp.prototype but that is no RegExp
try { scan(Object.create(RegExp.prototype), "1x", 9); } catch (e) { console.log(e.name); }
try { var d = new Date(0); Object.setPrototypeOf(d, RegExp.prototype); scan(d, "1x", 9); } catch (e) { console.log(e.name); }
// compile() gives the same object another pattern between two execs
var changing = /(a)/g;
var m1 = changing.exec("ab");
changing.compile("(b)(c)", "g");
console.log(m1[0], changing.lastIndex, scan(changing, "bcbc", 9));
// a regexp neither global nor sticky: matched from 0, lastIndex read (valueOf called) and left as it was
function once(re, s) { var m = re.exec(s); return m === null ? "null@" + re.lastIndex : m[0] + m[1] + "@" + re.lastIndex; }
var plain = /(\d)x/;
plain.lastIndex = 5;
console.log(once(plain, "1x2x"), once(plain, "none"), plain.lastIndex);
plain.lastIndex = { valueOf: function () { console.log("plain valueOf"); return 3; } };
console.log(once(plain, "2x"));
// expect: 1x1@2 2x2@4 3x3@6 end@0
// expect: 2x2@4 3x3@6 end@0
// expect: 3x3@6 end@0
// expect: valueOf
// expect: 2x2@4 3x3@6 end@0
// expect:  end@0
// expect: 1x1@2 2x2@4 3x3@6 end@0
// expect:  end@0 44@2 44@4 end@0
// expect: 1x1@2 2x2@4 end@0 1x1@0 1x1@0 end@0
// expect: TypeError 0
// expect: TypeError 10
// expect: TypeError
// expect: TypeError
// expect: a 0 bcb@2 bcb@4 end@0
// expect: 1x1@5 null@5 5
// expect: plain valueOf
// expect: plain valueOf
// expect: 2x2@3
