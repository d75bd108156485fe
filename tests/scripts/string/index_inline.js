// s[i] for a number i (compiler/lower/members.py inline_get_index): a code
// unit of a string read inline; an index at or past the length, negative,
// fractional, NaN, -0, or a receiver that is no primitive string takes the
// generic read (String.prototype and Object.prototype are consulted there).
var s = "h\u00e9llo \ud83d\ude00!";
var idx = [0, 1, 5, 6, 7, 8, 9, 10, -0, -1, 1.5, 0.99, NaN, Infinity, -Infinity, 4294967295, 1e21];
var out = [];
for (var i = 0; i < idx.length; i++) {
  var c = s[idx[i]];
  out.push(c === undefined ? "undef" : c.charCodeAt(0));
}
console.log(out.join(" "));
// a counter index (no sign or integrality test) and a constant index
function codes(t) {
  var r = [];
  for (var k = 0; k <= t.length; k++) r.push(t[k] === undefined ? "-" : t[k]);
  return r.join("") + "|" + t[0] + t[2] + t[7];
}
console.log(codes("abc"), codes(""), codes("0123456789"));
// an index computed by an operator: & with a mask, >>>, %, arithmetic
var hex = "0123456789ABCDEF";
function toHex(n) { return "%" + hex[(n >> 4) & 0xf] + hex[n & 0xf]; }
function nib(n) { return hex[n >>> 28] + hex[n % 16] + hex[n / 16] + hex[n - 1] + hex[n * 2]; }
console.log(toHex(0), toHex(165), toHex(255), toHex(-1), toHex(4096 + 10), nib(3), nib(8), nib(-16));
// String.prototype and Object.prototype hold indices past a string's end,
// never those below it; a String object and other receivers
String.prototype[3] = "P"; Object.prototype[4] = "O"; String.prototype[-1] = "neg"; String.prototype["1.5"] = "frac";
console.log("ab"[3], "ab"[4], "abcd"[3], "abcde"[4], "ab"[-1], "ab"[1.5], "ab"[5]);
function at(t, n) { return t[n * 1]; }
console.log(at("ab", 3), at("ab", 4), at("abcd", 3), at("ab", -1), at("ab", 1.5), at("ab", 5), at("ab", -0), at("ab", 1));
var w = new String("xyz"), arr = ["p", "q"], obj = {0: "o0", 1: "o1"};
var rs = [w, arr, obj, 12345, true, "xyz"];
out = [];
for (var i = 0; i < rs.length; i++) out.push(String(rs[i][0]) + String(rs[i][1]) + String(rs[i][3]));
console.log(out.join(" "));
delete String.prototype[3]; delete Object.prototype[4];
try { var u; u[0]; } catch (e) { console.log(e.name); }
try { null[1.5]; } catch (e) { console.log(e.name); }
// an index with a valueOf is converted by the generic read, once
var calls = 0, key = {valueOf: function () { calls++; return 1; }, toString: function () { calls++; return "2"; }};
console.log("abc"[key], calls);
// expect: 104 233 32 55357 56832 33 undef undef 104 undef undef undef undef undef undef undef undef
// expect: abc-|acundefined -|undefinedundefinedundefined 0123456789-|027
// expect: %00 %A5 %FF %FF %0A 03undefined26 08undefined7undefined F0undefinedundefinedundefined
// expect: P O d e neg frac undefined
// expect: P O d neg frac undefined a b
// expect: xyP pqundefined o0o1undefined undefinedundefinedundefined undefinedundefinedundefined xyP
// expect: TypeError
// expect: TypeError
// expect: c 1
