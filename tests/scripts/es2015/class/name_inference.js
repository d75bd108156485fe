// xfail: name inference for `var x = function/class` needs the declaration lowering (es-let / es-fn files)
// Anonymous functions and classes are named after the variable they initialise.
var Anon = class {}; var f = function () {}; var g; g = class {};
console.log(Anon.name, f.name, g.name);
// expect: Anon f g
