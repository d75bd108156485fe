// 1e6-iteration numeric loop: integer ops, modulo, Math.sqrt, float accumulation.
function run(n) {
    var acc = 0, f = 0, i;
    for (i = 0; i < n; i++) {
        acc = (acc + i * i + (i % 7)) % 1000000007;
        f += Math.sqrt(i);
    }
    return [acc, Math.floor(f)];
}
var r = run(1000000);
console.log("numeric " + r[0] + " " + r[1]);
