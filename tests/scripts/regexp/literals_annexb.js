// Regex literals that are valid JS (Annex B) but that the parser must not reject
function t(re, s) { var m = re.exec(s); return m === null ? "null" : JSON.stringify([].slice.call(m)); }
console.log(t(/[^]/, "\n"), t(/a[]/, "a"), t(/\1(a)/, "a"), t(/(a)\10/, "a\b"), t(/\8/, "8"));
console.log(t(/\x41\u0042\cJ/, "AB\n"), t(/\c1/, "\\c1"), t(/[\c]+/, "c\\"), t(/[\d-x]+/, "1-x"));
// expect: ["\n"] null ["a","a"] ["a\b","a"] ["8"]
// expect: ["AB\n"] ["\\c1"] ["c\\"] ["1-x"]
