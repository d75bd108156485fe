// Global code made from strings (indirect eval, new Function) sees the
// script's top-level let/const/class, TDZ and const included; its own let
// stays its own, and a function's let is not seen.
try { (0, eval)("a"); } catch (e) { console.log(e.constructor.name); }
let a = 1;
const c = 2;
class K {}
console.log((0, eval)("typeof a"), new Function("return typeof a")(), (0, eval)("a + c"), typeof (0, eval)("K"));
(0, eval)("a = 5");
console.log(a);
try { (0, eval)("c = 3"); } catch (e) { console.log(e.constructor.name, c); }
var f = new Function("x", "return a * x");
a = 7;
console.log(f(2), (0, eval)("'use strict'; a"), this.a);
(0, eval)("var v = 9; let l = 10;");
console.log(typeof v, typeof l);
function inner() { let a = "inner"; return (0, eval)("a"); }
console.log(inner());
// expect: ReferenceError
// expect: number number 3 function
// expect: 5
// expect: TypeError 2
// expect: 14 7 undefined
// expect: number undefined
// expect: 7
