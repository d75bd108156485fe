// Loops whose test is a true constant are left only by break/return/throw:
// no test is emitted; a literal divisor's zero test is made by the compiler.
function poll(next) {
    var n = 0;
    while (true) {
        var m = next();
        if (m === null) break;
        n += m / 2;
    }
    do {
        n++;
        if (n % 3) continue;
        break;
    } while (true);
    for (;;) {
        if (n > 10) return n;
        n = n * 2 + 0 / 0;
    }
}
