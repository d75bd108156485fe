// \u{...} code point escapes (ES2015 11.8.4) in strings and identifiers;
// a backslash-escaped "\\u{" is plain text.
var s = "\u{62}\u{1F600}"; console.log(s[0], s.length, s.charCodeAt(1).toString(16), s.charCodeAt(2).toString(16));
var \u{61}b = 1; console.log(ab);
console.log("\\u{62}", "\\u{62}".length);
function tag(t) { return t[0] + t.raw[0]; }
console.log(tag`\u{62}`);
var chain = []; function ch(t) { chain.push(t[0]); return ch; }
ch`x``y``z`; console.log(chain.join());
// expect: b 3 d83d de00
// expect: 1
// expect: \u{62} 6
// expect: b\u{62}
// expect: x,y,z
