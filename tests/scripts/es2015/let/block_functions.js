// function declarations in blocks: Annex B.3.3 in sloppy code, block-scoped in strict code
function show(f) { try { console.log(f()); } catch (e) { console.log(e.name + ": " + e.message); } }
show(function () { var before = typeof f; { function f() { return 1; } } return before + " " + typeof f; });
show(function () { f(); { function f() {} } });
show(function () { if (true) { function g() { return "g"; } } return g(); });
show(function () { if (false) { function g() { return "g"; } } return typeof g; });
show(function () { "use strict"; { function h() { return "h"; } } return typeof h; });
show(function () { "use strict"; { function h() { return "h"; } return h(); } });
show(function () { { function i() { return 1; } } { function i() { return 2; } } return i(); });
show(function () { let j = "let"; { function j() {} } return j; });
show(function () { { return k(); function k() { return "hoisted in block"; } } });
show(function () { var fs = []; for (var n = 0; n < 2; n++) { function m() { return n; } fs.push(m); } return fs[0] === fs[1]; });
function top() { return "top"; }
{ function top() { return "block"; } }
console.log(top());
{ function blockOnly() { return "b"; } }
console.log(typeof blockOnly, blockOnly());
// expect: undefined function
// expect: TypeError: f is not a function
// expect: g
// expect: undefined
// expect: undefined
// expect: h
// expect: 2
// expect: let
// expect: hoisted in block
// expect: false
// expect: block
// expect: function b
