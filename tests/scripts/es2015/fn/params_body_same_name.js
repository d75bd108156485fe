// xfail: with parameter expressions a body `var x` naming a parameter is a second binding (initialised from the parameter, ES2015 9.2.12 step 28.f); ajgi_tx keeps one Python local for both, so a parameter closure sees the body's writes
function same(x, p = () => x) { var x; x = "body"; return p() + "/" + x; }
console.log(same("arg"));
// expect: arg/body
