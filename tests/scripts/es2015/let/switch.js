// the cases of a switch share one block scope (with a dead zone)
function show(f) { try { console.log(f()); } catch (e) { console.log(e.name + ": " + e.message); } }
function sw(v) {
    switch (v) {
        case 0: let x = "zero"; return x;
        case 1: x = "one"; return x;
        default: return typeof x;
    }
}
show(function () { return sw(0); });
show(function () { return sw(1); });
show(function () { return sw(2); });
show(function () { switch (1) { case 1: { let y = 1; } let y = 2; return y; } });
show(function () { var fs = []; for (var i = 0; i < 2; i++) { switch (i) { default: let z = i; fs.push(function () { return z; }); } } return fs[0]() + "," + fs[1](); });
show(function () { switch (0) { case 0: function q() { return "q"; } } return q(); });
// expect: zero
// expect: ReferenceError: Cannot access 'x' before initialization
// expect: ReferenceError: Cannot access 'x' before initialization
// expect: 2
// expect: 0,1
// expect: q
