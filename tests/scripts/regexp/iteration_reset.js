// Captures inside a quantified atom are reset at each iteration and an empty
// iteration past the minimum is rejected (ES5.1 15.10.2.5 RepeatMatcher).
function j(v) { return JSON.stringify(v); }
function ex(re, s) { var m = re.exec(s); return m === null ? "null" : j([m.index].concat(Array.prototype.slice.call(m)).map(function (x) { return x === undefined ? "U" : x; })); }
console.log(ex(/(?:a(b)?)+/, "aba"), ex(/((a)|b)+/, "ab"), ex(/(z)((a+)?(b+)?(c))*/, "zaacbbbcac"));
console.log(ex(/(a*)*/, "b"), ex(/(a*)*/, "aab"), ex(/(a*)+/, "b"), ex(/(a*)?/, "b"), ex(/(a*)*/, ""));
console.log(ex(/(?:(a)|b\1)+/, "aba"), ex(/(?:(a)|b\1)+/, "abba"), ex(/(?:(a)\1|b)*/, "aab"), ex(/(.)(?:(\1)|x)+/, "aaxa"));
console.log(ex(/(?:x|(a*))*/, "x"), ex(/(?:x(a*)|y)+/, "xy"), ex(/(?:(\d*)x)+/, "x"), ex(/(?:(a*)|b)+/, ""));
console.log(ex(/(?:(?=.(b))a|b)+/, "ab"), ex(/(?:(?!(a))b)+/, "bb"), ex(/((a)|(b))+/, "abab"), ex(/(?:(a)|(b))+/i, "AAB"));
console.log(ex(/(?:(\w+)=(\w*);?)+/, "a=1;b=;c=3"), ex(/((\d+)\.)+(\d+)/, "v1.22.333"), ex(/^(?:(\w)|(-))*$/, "ab-"));
console.log(ex(/(?:(a)(?:(b)|c)*)+/, "abcab c"), ex(/(?:(a)|b)+?c/, "abc"), ex(/((a)|b)*?c/, "abc"), ex(/(\w)*/, "abc"));
var r = /(?:(a)|b)+/g, out = [], m;
while ((m = r.exec("ab-ba-b")) !== null) out.push(m.index, m[0], m[1] === undefined ? "U" : m[1], r.lastIndex);
console.log(j(out), r.lastIndex);
console.log("ab-ba-b".replace(/(?:(a)|b)+/g, "[$1]"), "ab-ba".replace(/(?:(a)|b)+/, "<$&|$1>"));
console.log("ab-ba-b".replace(/(?:(a)|(b))+/g, function (all, a, b, at) { return "{" + a + "," + b + "," + at + "}"; }));
console.log(j("ab-ba-b".match(/(?:(a)|b)+/)), j("ab-ba-b".match(/(?:(a)|b)+/g)), "xab".search(/(?:(a)|b)+/));
console.log(j("1ab2ba3".split(/(?:(a)|(b))+/)), j("".split(/(?:(a)|b)*/)), j("a".split(/(?:(a)|b)*/)));
console.log(/(?:(a)|b)+/.test("b"), /^(?:(a)|b)+$/.test("abc"), new RegExp("((x)|y)+").exec("xy")[2]);
// expect: [0,"aba","U"] [0,"ab","b","U"] [0,"zaacbbbcac","z","ac","a","U","c"]
// expect: [0,"","U"] [0,"aa","aa"] [0,"",""] [0,"","U"] [0,"","U"]
// expect: [0,"aba","a"] [0,"abba","a"] [0,"aab","U"] [0,"aaxa","a","a"]
// expect: [0,"x","U"] [0,"xy","U"] [0,"x",""] [0,"",""]
// expect: [0,"ab","U"] [0,"bb","U"] [0,"abab","b","U","b"] [0,"AAB","U","B"]
// expect: [0,"a=1;b=;c=3","c","3"] [1,"1.22.333","22.","22","333"] [0,"ab-","U","-"]
// expect: [0,"abcab","a","b"] [0,"abc","U"] [0,"abc","b","U"] [0,"abc","c"]
// expect: [0,"ab","U",2,3,"ba","a",5,6,"b","U",7] 0
// expect: []-[a]-[] <ab|>-ba
// expect: {undefined,b,0}-{a,undefined,3}-{undefined,b,6}
// expect: ["ab",null] ["ab","ba","b"] 1
// expect: ["1",null,"b","2","a",null,"3"] [] ["","a",""]
// expect: true false undefined
