// an anonymous function initialising a let/const is named after it (SetFunctionName)
let f = function () {};
const g = (function () {});
let h = function named() {};
console.log(f.name, g.name, h.name);
// expect: f g named
