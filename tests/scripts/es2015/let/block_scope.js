// let/const are scoped to their block; shadowing; renamed Python locals
let a = 1;
{ let a = 2; { let a = 3; console.log(a); } console.log(a); }
console.log(a);
function outer() {
    var x = "outer";
    function inner() {
        { let x = "block"; console.log(x); }
        return x;  // the outer x, not the block's
    }
    return inner();
}
console.log(outer());
function two() {
    { let v = 1; var r1 = function () { return v; }; }
    { let v = 2; var r2 = function () { return v; }; }
    return r1() + r2();
}
console.log(two());
if (true) { const c = "in if"; console.log(c); }
try { console.log(typeof c, c); } catch (e) { console.log(e.name); }
try { throw 1; } catch (e) { let d = e + 1; console.log(d); }
let $odd = 1, None = 2, lambda = 3;
console.log($odd + None + lambda);
label: { let l = 1; if (l) break label; console.log("not reached"); }
const obj = {n: 1};
obj.n = 2;
console.log(obj.n);
let u;
console.log(u);
// expect: 3
// expect: 2
// expect: 1
// expect: block
// expect: outer
// expect: 3
// expect: in if
// expect: ReferenceError
// expect: 2
// expect: 6
// expect: 2
// expect: undefined
