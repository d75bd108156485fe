// Allocation-heavy: build 100,000 small objects in an array, then read and
// update their fields (object literals, array push, member reads/writes).
function run(n) {
    var items = [];
    for (var i = 0; i < n; i++) {
        items.push({id: i, score: i % 97, name: "item" + (i % 10), seen: false});
    }
    var total = 0;
    for (var round = 0; round < 3; round++) {
        for (var j = 0; j < items.length; j++) {
            var it = items[j];
            it.score = (it.score * 3 + round) % 1009;
            if (it.score > 500) { it.seen = true; }
            total = (total + it.score + it.id % 7) % 1000000007;
        }
    }
    var seen = 0;
    for (var k = 0; k < items.length; k++) { if (items[k].seen) seen++; }
    return [total, seen, items[n - 1].name];
}
var r = run(100000);
console.log("alloc " + r[0] + " " + r[1] + " " + r[2]);
