// Strings iterate by code point: spread, for-of, Array.from and
// destructuring keep surrogate pairs together; lone surrogates stay alone.
var s = "a\ud83d\ude00b\ud800c";
console.log(s.length, [...s].length, Array.from(s).length);
var parts = [];
for (const ch of s) parts.push(ch.length);
console.log(parts.join(","));
var [first, second] = "\ud83d\ude00!";
console.log(second, first.length, first.codePointAt(0));
console.log(Math.max(...[1, 5, 3]), [..."ab", ...[1, 2]].join(""));
function count() { return arguments.length; }
console.log(count(..."\ud83d\ude00\ud83d\ude01"), new Array(...[1, 2, 3]).length);
console.log(String.fromCodePoint(0x1f600) === "\ud83d\ude00", "\u{1F600}".length);
// expect: 6 5 5
// expect: 1,2,1,1,1
// expect: ! 2 128512
// expect: 5 ab12
// expect: 2 3
// expect: true 2
