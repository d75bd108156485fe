// run: agi
// for (var i = 0; i < n; i++) over an int counter as a Python range
// (compiler/lower/count_loops.py) in async functions: delay() waited for
// in the body, a break and i after the loop.
function waits(n) {
    var s = "";
    for (var i = 0; i < n; i++) {
        s += i + (delay(0) ? "+" : "-");
        if (i === 5) break;
    }
    return s + ("|" + i);
}
console.log(waits(3), waits(2.5), waits(Infinity), waits("2"));
// expect: 0+1+2+|3 0+1+2+|3 0+1+2+3+4+5+|5 0+1+|2
