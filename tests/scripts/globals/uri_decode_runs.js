// decodeURI/decodeURIComponent (runtime/builtins/uri.py): a string of
// escapes only and every run of escapes led by a non-ASCII byte decode in
// one piece; reserved characters (decodeURI keeps their escapes as
// written), malformed escapes and invalid UTF-8 take the escape-by-escape
// walk, whose URIErrors are the spec's.
// every unit past ASCII as \uXXXX: pairs and lone surrogates print alike everywhere
function units(s) {
  return s.replace(/[^\x20-\x7e]/g, function (c) { return "\\u" + ("000" + c.charCodeAt(0).toString(16)).slice(-4); });
}
function show(f, s) {
  try { return units(f(s)); } catch (e) { return e.name + ": " + e.message; }
}
var inputs = [
  // escapes only
  "%41", "%41%62", "%C3%A9", "%E4%B8%AD%E6%96%87", "%F0%9F%98%80", "%F4%8F%BF%BF", "%F0%90%80%80%41%E2%82%AC",
  "%2F", "%2f%3A", "%41%2F%42", "%C3%A9%2F", "%2F%C3%A9", "%23%F0%9F%98%80", "%25%32%35",
  "%C0%80", "%C1%BF", "%E0%80%80", "%ED%A0%80", "%ED%BF%BF", "%F0%8F%BF%BF", "%F4%90%80%80", "%F5%80%80%80",
  "%F8%88%80%80%80", "%80", "%BF%41", "%C3", "%C3%41", "%E4%B8", "%FF%FF%FF",
  "% 41", "%4 %41", "%  %41", "%%41%41", "%4g", "%g4", "%\u00e9\u00e9", "%41%", "%41%4", "%",
  // runs inside text
  "a%C3%A9b", "file%E4%B8%AD%E6%96%87.txt", "x%F0%9F%98%80y%F0%9F%98%80", "%C3%A9 %C3%A9", "caf\u00e9%C3%A9",
  "p%2Fq%C3%A9%2Fr", "p%C3%A9%2F%2fr", "a%41%C3%A9%42b", "a%C3%A9%", "a%C3%A9%4", "a%C3%A9% 41",
  "a%C3%28b", "a%C3b", "a%E4%B8b", "a%F0%9F%98b", "a%ED%A0%80b", "a%C3%A9%C3", "\ud83d%F0%9F%98%80\ude00",
  "http://example.com/a%20b/%E4%B8%AD?q=%3D%26#%23x", "%41bc%7Ez", "100%25", "%25%C3%A9%25"
];
for (var i = 0; i < inputs.length; i++) {
  console.log(i, units(inputs[i]), show(decodeURI, inputs[i]), show(decodeURIComponent, inputs[i]));
}
// every 1- to 4-byte boundary code point round-trips; the units of an astral one are a pair
var cps = [0, 0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xe000, 0xfffd, 0xffff, 0x10000, 0x1f600, 0x10ffff];
var out = [];
for (var i = 0; i < cps.length; i++) {
  var c = cps[i], s = c < 0x10000 ? String.fromCharCode(c)
      : String.fromCharCode(0xd800 + ((c - 0x10000) >> 10), 0xdc00 + ((c - 0x10000) & 0x3ff));
  var e = encodeURIComponent(s), d = decodeURIComponent(e), d2 = decodeURI("x" + e + "y");
  out.push(e + ":" + (d === s) + ":" + d.length + ":" + (d2 === "x" + s + "y"));
}
console.log(out.join(" "));
// ToString of the argument first (once), then the walk
var calls = 0;
console.log(decodeURIComponent({toString: function () { calls++; return "%C3%A9"; }}), calls,
            decodeURI(12), decodeURI(), decodeURIComponent(null));
// expect: 0 %41 A A
// expect: 1 %41%62 Ab Ab
// expect: 2 %C3%A9 \u00e9 \u00e9
// expect: 3 %E4%B8%AD%E6%96%87 \u4e2d\u6587 \u4e2d\u6587
// expect: 4 %F0%9F%98%80 \ud83d\ude00 \ud83d\ude00
// expect: 5 %F4%8F%BF%BF \udbff\udfff \udbff\udfff
// expect: 6 %F0%90%80%80%41%E2%82%AC \ud800\udc00A\u20ac \ud800\udc00A\u20ac
// expect: 7 %2F %2F /
// expect: 8 %2f%3A %2f%3A /:
// expect: 9 %41%2F%42 A%2FB A/B
// expect: 10 %C3%A9%2F \u00e9%2F \u00e9/
// expect: 11 %2F%C3%A9 %2F\u00e9 /\u00e9
// expect: 12 %23%F0%9F%98%80 %23\ud83d\ude00 #\ud83d\ude00
// expect: 13 %25%32%35 %25 %25
// expect: 14 %C0%80 URIError: URI malformed URIError: URI malformed
// expect: 15 %C1%BF URIError: URI malformed URIError: URI malformed
// expect: 16 %E0%80%80 URIError: URI malformed URIError: URI malformed
// expect: 17 %ED%A0%80 URIError: URI malformed URIError: URI malformed
// expect: 18 %ED%BF%BF URIError: URI malformed URIError: URI malformed
// expect: 19 %F0%8F%BF%BF URIError: URI malformed URIError: URI malformed
// expect: 20 %F4%90%80%80 URIError: URI malformed URIError: URI malformed
// expect: 21 %F5%80%80%80 URIError: URI malformed URIError: URI malformed
// expect: 22 %F8%88%80%80%80 URIError: URI malformed URIError: URI malformed
// expect: 23 %80 URIError: URI malformed URIError: URI malformed
// expect: 24 %BF%41 URIError: URI malformed URIError: URI malformed
// expect: 25 %C3 URIError: URI malformed URIError: URI malformed
// expect: 26 %C3%41 URIError: URI malformed URIError: URI malformed
// expect: 27 %E4%B8 URIError: URI malformed URIError: URI malformed
// expect: 28 %FF%FF%FF URIError: URI malformed URIError: URI malformed
// expect: 29 % 41 URIError: URI malformed URIError: URI malformed
// expect: 30 %4 %41 URIError: URI malformed URIError: URI malformed
// expect: 31 %  %41 URIError: URI malformed URIError: URI malformed
// expect: 32 %%41%41 URIError: URI malformed URIError: URI malformed
// expect: 33 %4g URIError: URI malformed URIError: URI malformed
// expect: 34 %g4 URIError: URI malformed URIError: URI malformed
// expect: 35 %\u00e9\u00e9 URIError: URI malformed URIError: URI malformed
// expect: 36 %41% URIError: URI malformed URIError: URI malformed
// expect: 37 %41%4 URIError: URI malformed URIError: URI malformed
// expect: 38 % URIError: URI malformed URIError: URI malformed
// expect: 39 a%C3%A9b a\u00e9b a\u00e9b
// expect: 40 file%E4%B8%AD%E6%96%87.txt file\u4e2d\u6587.txt file\u4e2d\u6587.txt
// expect: 41 x%F0%9F%98%80y%F0%9F%98%80 x\ud83d\ude00y\ud83d\ude00 x\ud83d\ude00y\ud83d\ude00
// expect: 42 %C3%A9 %C3%A9 \u00e9 \u00e9 \u00e9 \u00e9
// expect: 43 caf\u00e9%C3%A9 caf\u00e9\u00e9 caf\u00e9\u00e9
// expect: 44 p%2Fq%C3%A9%2Fr p%2Fq\u00e9%2Fr p/q\u00e9/r
// expect: 45 p%C3%A9%2F%2fr p\u00e9%2F%2fr p\u00e9//r
// expect: 46 a%41%C3%A9%42b aA\u00e9Bb aA\u00e9Bb
// expect: 47 a%C3%A9% URIError: URI malformed URIError: URI malformed
// expect: 48 a%C3%A9%4 URIError: URI malformed URIError: URI malformed
// expect: 49 a%C3%A9% 41 URIError: URI malformed URIError: URI malformed
// expect: 50 a%C3%28b URIError: URI malformed URIError: URI malformed
// expect: 51 a%C3b URIError: URI malformed URIError: URI malformed
// expect: 52 a%E4%B8b URIError: URI malformed URIError: URI malformed
// expect: 53 a%F0%9F%98b URIError: URI malformed URIError: URI malformed
// expect: 54 a%ED%A0%80b URIError: URI malformed URIError: URI malformed
// expect: 55 a%C3%A9%C3 URIError: URI malformed URIError: URI malformed
// expect: 56 \ud83d%F0%9F%98%80\ude00 \ud83d\ud83d\ude00\ude00 \ud83d\ud83d\ude00\ude00
// expect: 57 http://example.com/a%20b/%E4%B8%AD?q=%3D%26#%23x http://example.com/a b/\u4e2d?q=%3D%26#%23x http://example.com/a b/\u4e2d?q==&##x
// expect: 58 %41bc%7Ez Abc~z Abc~z
// expect: 59 100%25 100% 100%
// expect: 60 %25%C3%A9%25 %\u00e9% %\u00e9%
// expect: %00:true:1:true %7F:true:1:true %C2%80:true:1:true %DF%BF:true:1:true %E0%A0%80:true:1:true %ED%9F%BF:true:1:true %EE%80%80:true:1:true %EF%BF%BD:true:1:true %EF%BF%BF:true:1:true %F0%90%80%80:true:2:true %F0%9F%98%80:true:2:true %F4%8F%BF%BF:true:2:true
// expect: é 1 12 undefined null
