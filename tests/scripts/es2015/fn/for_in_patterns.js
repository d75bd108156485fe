// for-in heads that are patterns (ES2015 13.7.5): each key destructured, declarations and assignment targets
var o = {ab: 1, cd: 2}, out = []; for (var [x, y] in o) out.push(y + x); var t = {}; for ({length: t.n} in o) ; for ([t.first] in o) ; console.log(out.join(), t.n, t.first);
// expect: ba,dc 2 c
