// the default sort of an array of strings only is one native sort of the strings themselves
// (runtime/builtins/array_sort.py): code-unit order with surrogates, holes and undefined last, mixed arrays
var a = ["b", "a", "\uD83D\uDE00", "\uFFFF", "", "B", "10", "9", "a", "\u00e9", "e\u0301"];
function units(s) { var u = []; for (var i = 0; i < s.length; i++) u.push(s.charCodeAt(i).toString(16)); return u.join("."); }
console.log(a.slice().sort().map(units).join(" "));
var b = ["x", , "a", undefined, "c"]; b.sort(); console.log(JSON.stringify(b), b.length, 1 in b, 3 in b, 4 in b);
var c = ["b", 1, "a"]; c.sort(); console.log(JSON.stringify(c));
// expect:  31.30 39 42 61 61 62 65.301 e9 d83d.de00 ffff
// expect: ["a","c","x",null,null] 5 true true false
// expect: [1,"a","b"]
