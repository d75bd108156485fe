// xfail: a quantified capturing group that can match empty: JS rejects an empty iteration past the minimum (15.10.2.5), Python's re accepts it; runtime/builtins/regexp_empty.py rewrites non-capturing groups only, since an empty iteration would still have to capture
// The same rule as empty_iterations.js, for groups that capture.
console.log(JSON.stringify(/(a*|b)+/.exec('b')));
console.log(JSON.stringify(/([\d_]*?)+/.exec('12')));
console.log(JSON.stringify(/(x?)?y/.exec('y')));
// expect: ["b","b"]
// expect: ["12","2"]
// expect: ["y",null]
