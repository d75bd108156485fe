// Loops with a constant true test (emitted with no test at all) keep every
// way out and every continue: break, labelled break and continue, return, throw.
function drain(items) {
    var i = 0, out = [];
    while (true) {
        if (i >= items.length) break;
        out.push(items[i++] / 2);
    }
    return out.join(",");
}
console.log(drain([1, 2, 3]), drain([]));

function doForever() {
    var n = 0, seen = [];
    do {
        n++;
        if (n % 2) continue;   // back to the (constant) test, then the body again
        seen.push(n);
        if (n >= 6) break;
    } while (true);
    do { n += 100; } while (false);
    do { n += 1000; if (n) break; } while (1);
    return seen.join(",") + " " + n;
}
console.log(doForever());

function labelled() {
    var s = "";
    outer: for (;;) {
        for (var j = 0; ; j++) {
            if (j === 2) continue outer;
            if (s.length > 6) break outer;
            s += j;
        }
    }
    return s;
}
console.log(labelled());

function throwsOut() {
    var k = 0;
    try {
        while (1) { if (++k > 4) throw new Error("at " + k); }
    } catch (e) {
        return e.message;
    }
}
console.log(throwsOut());

function returnsOut(x) {
    for (; "yes";) { x = x * 3; if (x > 50) return x / 4 + 0 / 0 + "|" + x / 0 + "|" + -x / -0; }
}
console.log(returnsOut(2));
// expect: 0.5,1,1.5 
// expect: 2,4,6 1106
// expect: 0101010
// expect: at 5
// expect: NaN|Infinity|Infinity
