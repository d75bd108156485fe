// run: agi
// delay() (a blocking AGI call) inside arrow bodies, default parameter
// values, destructuring defaults and for-of bodies is waited for in place:
// its value (true) flows on and the effects keep their order.
var log = [];
var arrow = (x) => { log.push("arrow " + x); var r = delay(1); log.push("arrow done " + r); return r; };
console.log(arrow(1), log.join("; "));
log = [];
var concise = () => delay(1);
console.log(concise() === true);
function withDefault(a = delay(1), b = a) { return a + "/" + b; }
console.log(withDefault(), withDefault(5));
var { p = delay(1) } = {}, [q = delay(1), r = "given"] = [undefined, "r"];
console.log(p, q, r);
function param({ v = delay(1) }) { return v; }
console.log(param({}), param({ v: 2 }));
for (const item of ["a", "b"]) { log.push(item + ":" + delay(1)); }
console.log(log.join(","));
var mapped = [1, 2].map(n => delay(1) && n * 10);
console.log(mapped.join(","));
// expect: true arrow 1; arrow done true
// expect: true
// expect: true/true 5/5
// expect: true true r
// expect: true 2
// expect: a:true,b:true
// expect: 10,20
