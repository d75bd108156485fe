// generated code shapes of let/const (compiler/lower/lexical.py)
function plain(n) {
    let s = 0;                       // a plain number-only local: no check, no box
    for (let i = 0; i < n; i++) { s += i; }
    return s;
}
function captured() {
    var fs = [];
    for (let i = 0; i < 3; i++) {    // a box per iteration, copied before i++
        fs.push(function () { return i; });
    }
    return fs;
}
function dead() {
    f();
    let late = 1;                    // checked in f only: f may run first
    return late;
    function f() { return late; }
}
const K = 1;
function assignConst() { K = 2; }
