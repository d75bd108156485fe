// encodeURI(Component), decodeURI(Component), escape, unescape (ES5.1 15.1.3, B.2)
function attempt(f) {
  try { return String(f()); } catch (e) { return e.name + ": " + e.message; }
}
console.log(encodeURIComponent("a b&c=d/\u00e9\u4e2d\ud83d\ude00"));
console.log(encodeURI("http://x.com/a b?c=d&e=f#g"), encodeURI(";/?:@&=+$,#"));
console.log(encodeURIComponent(";/?:@&=+$,#"), encodeURIComponent("-_.!~*()'"), encodeURIComponent(undefined));
console.log(attempt(function () { return encodeURIComponent("\ud800"); }));
console.log(attempt(function () { return encodeURI("a\udc00"); }));
console.log(decodeURI("%2F%2f%23%41%C3%A9"), decodeURIComponent("%2F%2f%23%41%C3%A9"));
console.log(decodeURIComponent("%F0%9F%98%80").length, decodeURIComponent("%E4%B8%AD"), decodeURI("a+b%20c"));
var bad = ["%", "%2", "%zz", "%C3", "%C3%28", "%C0%80", "%ED%A0%80", "%FF", "%80", "%F4%90%80%80"];
for (var i = 0; i < bad.length; i++) {
  console.log(bad[i], attempt(function () { return decodeURIComponent(bad[i]); }));
}
console.log(escape("a b+c/\u00e4\u4e2d\ud83d\ude00@*_-."), unescape("%u4e2d%41%zz%u12%"));
console.log(unescape(escape("\u00e4\u4e2d")) === "\u00e4\u4e2d", encodeURIComponent.length);
// expect: a%20b%26c%3Dd%2F%C3%A9%E4%B8%AD%F0%9F%98%80
// expect: http://x.com/a%20b?c=d&e=f#g ;/?:@&=+$,#
// expect: %3B%2F%3F%3A%40%26%3D%2B%24%2C%23 -_.!~*()' undefined
// expect: URIError: URI malformed
// expect: URIError: URI malformed
// expect: %2F%2f%23Aé //#Aé
// expect: 2 中 a+b c
// expect: % URIError: URI malformed
// expect: %2 URIError: URI malformed
// expect: %zz URIError: URI malformed
// expect: %C3 URIError: URI malformed
// expect: %C3%28 URIError: URI malformed
// expect: %C0%80 URIError: URI malformed
// expect: %ED%A0%80 URIError: URI malformed
// expect: %FF URIError: URI malformed
// expect: %80 URIError: URI malformed
// expect: %F4%90%80%80 URIError: URI malformed
// expect: a%20b+c/%E4%u4E2D%uD83D%uDE00@*_-. 中A%zz%u12%
// expect: true 1
