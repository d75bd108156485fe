// Object-property loop: fixed-shape objects, dynamic keys, property reads/writes.
function Point(x, y) { this.x = x; this.y = y; }
function run(n) {
    var pts = [];
    for (var i = 0; i < 1000; i++) pts.push(new Point(i, i % 13));
    var counts = {};
    var total = 0;
    for (var k = 0; k < n; k++) {
        var p = pts[k % 1000];
        p.x = (p.x + p.y) % 10007;
        total = (total + p.x) % 1000000007;
        var key = "k" + (k % 50);
        counts[key] = (counts[key] || 0) + 1;
    }
    var ksum = 0, nkeys = 0;
    for (var name in counts) { ksum += counts[name]; nkeys++; }
    return [total, nkeys, ksum];
}
var r = run(300000);
console.log("objects " + r[0] + " " + r[1] + " " + r[2]);
