// Direct eval inside a function sees the function's arguments object.
function h(a, b) { return eval("arguments").length + eval("arguments[1]") + eval("a"); }
console.log(h(1, 2));
function h2(a) { var x = arguments; return eval("x[0] + arguments.length + a"); }
console.log(h2(5, 6, 7));
function h3() { var f = function () { return eval("arguments[0]"); }; return f("inner") + arguments[0]; }
console.log(h3("outer"));
function h4(arguments) { return eval("arguments"); }
console.log(h4(9));
function h5() { "use strict"; return eval("arguments.length"); }
console.log(h5(1, 2, 3));
function h6(a) { eval("arguments[0] = 'changed'"); return arguments[0]; }
console.log(h6("orig"));
// expect: 5
// expect: 13
// expect: innerouter
// expect: 9
// expect: 3
// expect: changed
