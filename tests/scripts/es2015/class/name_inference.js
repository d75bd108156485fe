// Anonymous functions and classes are named after the variable they initialise.
var Anon = class {}; var f = function () {}; var g; g = class {};
console.log(Anon.name, f.name, g.name);
// expect: Anon f g
