// xfail: a quantified group whose first alternative can match empty: JS rejects an empty iteration past the minimum and backtracks into the next alternative (15.10.2.5 RepeatMatcher), Python's re accepts the empty iteration and stops, so /(?:a*|b)+/ finds "" in "b" where JS finds "b" (found by tests/tools/fuzz_programs.py --kinds regex)
// An iteration past a quantifier's minimum may not match the empty string:
// the matcher backtracks into the atom for a longer match first.
console.log(JSON.stringify(/(?:a*|b)+/.exec('b')));
console.log(JSON.stringify(/(?:a*|b)*/.exec('b')));
console.log(JSON.stringify(/(a*|b)+c/.exec('bc')));
console.log(JSON.stringify('ab'.replace(/(?:x*|b)+/g, '<$&>')));
console.log(JSON.stringify(/(?:\n*\n??|b+[a-c]*?)+/gi.exec('ab')));
// expect: ["b"]
// expect: ["b"]
// expect: ["bc","b"]
// expect: "<>a<b><>"
// expect: [""]
