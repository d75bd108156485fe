// What JS regexes mean, as opposed to Python's (ES5.1 15.10.2, Annex B)
function j(v) { return JSON.stringify(v); }
function t(re, s) { if (typeof re === "string") re = new RegExp(re); var m = re.exec(s); return m === null ? "null" : j([].slice.call(m)); }
console.log(t(/a$/, "a\n"), t(/^b/m, "a\rb"), t(/a$/m, "a\u2028b"), t(/./, "\n"), t(/.+/, "a\u0085c").length);
console.log(t(/\d/, "\u0663"), t(/\w+/, "héllo"), t(/\s+/, "a\u00a0\u2003\ufeffb").length, t(/\s/, "\u180e"));
console.log(t(/\bé/, "xé"), t("[^]", "\n"), t("a[]", "a"), t(/a{/, "a{"), t(/x{1}{/, "x{"), t(/}]/, "}]"));
console.log(t(/(a)?\1b/, "b"), t("\\1(a)", "a"), t("(a\\1)", "a"), t("(a)\\2", "a\u0002"), t("(a)\\10", "a\b"));
console.log(t("\\x41\\u0042\\cJ", "AB\n"), t("\\x4\\u004", "x4u004"), t("\\c1", "\\c1"), t("[\\c]+", "c\\"), t("\\012\\8", "\n8"));
console.log(t(/s/i, "\u017f"), t(/k/i, "\u212a"), t(/é/i, "É"), t(/σ/i, "ς"), t(/[^a]/i, "A"), t(/(a)\1/i, "aA"));
console.log(t(/[\w-]+/, "a-b"), t("[\\d-x]+", "1-x"), t(/[\b]/, "\b"), t(/(?=(a))a\1/, "aa"), t(/a(?=b)*/, "ab"));
console.log(t(/(a|ab)(c|bcd)(d*)/, "abcd"), t(/a{1,2}?/, "aaa"), t(/(\d+)-(\d+)/, "10-20"), t(/./, "😀"));
console.log(t(/^$/m, "a\n\nb"), t(/\Bb/, "ab"), t(/[a-c]+/i, "ABCabc"), t(/\u00df/i, "SS"));
// expect: null ["b"] ["a"] null 7
// expect: null ["h"] 7 null
// expect: ["é"] ["\n"] null ["a{"] ["x{"] ["}]"]
// expect: ["b",null] ["a","a"] ["a","a"] ["a\u0002","a"] ["a\b","a"]
// expect: ["AB\n"] ["x4u004"] ["\\c1"] ["c\\"] ["\n8"]
// expect: null null ["É"] ["ς"] null ["aA","a"]
// expect: ["a-b"] ["1-x"] ["\b"] ["aa","a"] ["a"]
// expect: ["abcd","a","bcd",""] ["a"] ["10-20","10","20"] ["\ud83d"]
// expect: [""] ["b"] ["ABCabc"] null
