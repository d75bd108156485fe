// match, replace, search and split with strings and regexps (ES5.1 15.5.4.10-14)
function j(v) { return JSON.stringify(v); }
console.log(j("abcb".match(/b/g)), j("abc".match(/(x)?b/)), j("abc".match(/z/g)), j("abc".match()));
var m = "xabc".match(/(a)(z)?/);
console.log(m.index, m.input, m.length, m[2] === undefined);
console.log(j("1 22 333".match(/\d+/g)), j("aaa".match(/a*?/g)));
console.log("abc".replace("b", "[$&$`$'$1$$]"), "abab".replace("b", "x"), "abab".replace(/b/g, "x"));
console.log("x".replace(/x/, "$0|$00|$1|$10|$&|$`|$'|$$|$"));
console.log("abc".replace(/(b)/, "[$01][$1][$10][$2][$001]"));
console.log("abcdefghijk".replace(/(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)/, "$11-$10-$12-$1x"));
console.log("John Smith".replace(/(\w+)\s(\w+)/, "$2, $1"), "aaa".replace(/a*?/g, "-"), "aaa".replace(/a*/g, "-"));
console.log("abc".replace(/(b)(x)?/, function (m, a, b, i, s) { return [m, a, typeof b, i, s].join("|"); }));
console.log("a-b-c".replace(/-/g, function (m, i) { return i; }), "abc".replace(/b/, function () { return arguments.length; }));
var r = /./g;
console.log("ab".replace(r, function (m) { r.lastIndex = 0; return m.toUpperCase(); }), r.lastIndex);
console.log("a\nb".replace(/$/gm, "!").split("\n").join(","), "a\nb\n".replace(/$/g, "!").length);
console.log("abc".search(/c/), "abc".search(/x/), "a.b".search("."), "abc".search());
console.log(j("a,b,c".split(",")), j("a,b,c".split(",", 2)), j("abc".split("")), j("abc".split()), j("".split(",")), j("".split("")));
console.log(j("aXbX".split(/(X)/)), j("ab".split(/a*?/)), j("ab".split(/(a*)/)), j("test".split(/(?:)/, 2)));
console.log(j("A<B>bold</B>and<CODE>coded</CODE>".split(/<(\/)?([^<>]+)>/)));
console.log(j("a, b ,c".split(/\s*,\s*/)), j("xaby".split(/a|(b)/)), j("".split(/a*/)), j("".split(/b/)));
var g = /a/g; g.lastIndex = 2;
console.log("aaa".replace(g, "b"), g.lastIndex, "xaa".search(g), g.lastIndex);
// expect: ["b","b"] ["b",null] null [""]
// expect: 1 xabc 3 true
// expect: ["1","22","333"] ["","","",""]
// expect: a[bac$1$]c axab axax
// expect: $0|$00|$1|$10|x|||$|$
// expect: a[b][b][b0][$2][$001]c
// expect: k-j-a2-ax
// expect: Smith, John -a-a-a- --
// expect: ab|b|undefined|1|abcc
// expect: a1b3c a3c
// expect: AB 0
// expect: a!,b! 5
// expect: 2 -1 0 0
// expect: ["a","b","c"] ["a","b"] ["a","b","c"] ["abc"] [""] []
// expect: ["a","X","b","X",""] ["a","b"] ["","a","b"] ["t","e"]
// expect: ["A",null,"B","bold","/","B","and",null,"CODE","coded","/","CODE",""]
// expect: ["a","b","c"] ["x",null,"","b","y"] [] [""]
// expect: bbb 0 1 0
