// String constructor, wrappers and the simple String.prototype methods (ES5.1 15.5)
function j(v) { return JSON.stringify(v); }
console.log(j([String(), String(1.5), String(null), String(undefined), String(true), String([1, 2])]));
var w = new String("ab");
console.log(typeof w, w.length, w[1], w + "c", w.valueOf() === "ab", Object.prototype.toString.call(w));
console.log(String.prototype.length, j(String.prototype.valueOf()), Object.prototype.toString.call(String.prototype));
console.log(j(String.fromCharCode(72, 105, 65601, -1)), String.fromCharCode().length, String.fromCharCode.length);
console.log("abc".charAt(1), j("abc".charAt(5)), "abc".charCodeAt(0), "abc".charCodeAt(9));
console.log("😀".length, "😀".charCodeAt(0), "😀".charCodeAt(1), "😀".charAt(0) + "😀".charAt(1) === "😀");
console.log("a".concat(1, null, undefined, {}, [2, 3]));
console.log("abcabc".indexOf("c"), "abcabc".indexOf("c", 3), "abc".indexOf("", 10), "abc".indexOf("x"));
console.log("abcabc".lastIndexOf("c"), "abcabc".lastIndexOf("c", 4), "abcabc".lastIndexOf("c", -4), "abcabc".lastIndexOf("", 99));
console.log("abcdef".slice(1, 3), "abcdef".slice(-2), "abcdef".slice(2, -1), j("abcdef".slice(4, 2)));
console.log("abcdef".substring(1, 3), "abcdef".substring(3, 1), "abcdef".substring(-1), "abcdef".substring(NaN, 2));
console.log("abcdef".substr(-2, 1), "abcdef".substr(1), j("abcdef".substr(1, -1)), "abcdef".substr(-100, 2));
console.log("ABC Été".toLowerCase(), "abc ß ﬀ".toUpperCase(), "ΑΣ ΑΣΑ".toLowerCase(), "é".toLocaleUpperCase());
console.log(j(" \t\n\u00a0\ufeff\u3000\u2028ab c\u2029\u000b\u000c\r ".trim()), j("\u200b a".trim()));
console.log("a".localeCompare("b"), "b".localeCompare("a"), "a".localeCompare("a"), "a".localeCompare("B"), "résumé".localeCompare("resume"));
console.log(["b", "a", "B", "A", "á", "_", "1", "ä", "Z"].sort(function (a, b) { return a.localeCompare(b); }).join(""));
console.log(String.prototype.charAt.call(12, 1), String.prototype.indexOf.call(true, "u"));
try { String.prototype.toString.call(1); } catch (e) { console.log(e.name + ": " + e.message); }
try { String.prototype.trim.call(null); } catch (e) { console.log(e.name + ": " + e.message); }
console.log(String.prototype.replace.length, String.prototype.split.length, String.length);
// expect: ["","1.5","null","undefined","true","1,2"]
// expect: object 2 b abc true [object String]
// expect: 0 "" [object String]
// expect: "HiA￿" 0 1
// expect: b "" 97 NaN
// expect: 2 55357 56832 true
// expect: a1nullundefined[object Object]2,3
// expect: 2 5 3 -1
// expect: 5 2 -1 6
// expect: bc ef cde ""
// expect: bc bc abcdef ab
// expect: e bcdef "" ab
// expect: abc été ABC SS FF ας ασα É
// expect: "ab c" "​ a"
// expect: -1 1 0 -1 1
// expect: _1aAáäbBZ
// expect: 2 2
// expect: TypeError: String.prototype.toString requires that 'this' be a String
// expect: TypeError: String.prototype.trim called on null or undefined
// expect: 2 2 1
