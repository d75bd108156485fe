// Catch parameters that are patterns in code using eval or with: the names live in the catch
// block's own environment; var declared by eval in the pattern goes to the enclosing scope
var x = 1;
var probeBefore = function() { return x; };
var probeTry, probeParam, probeBlock;
try {
  var x = 2;
  probeTry = function() { return x; };
  throw [];
} catch ([_ = (eval('var x = 3;'), probeParam = function() { return x; })]) {
  var x = 4;
  probeBlock = function() { return x; };
}
console.log(probeBefore(), probeTry(), probeParam(), probeBlock(), x);
function f() { try { throw {m: "M", n: [1, 2]}; } catch ({m, n: [, second]}) { return eval("m + second"); } }
console.log(f());
// expect: 4 4 4 4 4
// expect: M2
