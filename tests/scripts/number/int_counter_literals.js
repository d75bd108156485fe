// A counting loop's counter held as a Python int (compiler/int_counters.py)
// though object literals store it: the stored values must be numbers
// (floats) everywhere, -0 and division by zero included.
function build(n) {
    var items = [];
    for (var i = 0; i < n; i++) {
        items.push({id: i, m: i % 3, name: "item" + (i % 10)});
    }
    return items;
}
var items = build(4);
console.log(JSON.stringify(items), typeof items[0].id, typeof items[2].m);
console.log(items[0].id / 0, 1 / -items[0].id, items[3].m / 0, 1 / -items[3].m, -items[1].id / 0);
console.log(items[3].id / 2, items[2].m * 0.5, Object.is(items[0].id, -0), Object.is(-items[0].id, -0));
console.log(items[1].id.toFixed(2), String(items[2].id / 4), items[3].id + "" + items[3].m);

function nestedRead(n) {
    var out = [];
    for (var i = 0; i < n; i++) {
        var s = "k" + i;
        for (var j = 0; j < 2; j++) out.push({i: i, s: s});
    }
    return out;
}
console.log(JSON.stringify(nestedRead(2)), 1 / -nestedRead(1)[0].i);
// expect: [{"id":0,"m":0,"name":"item0"},{"id":1,"m":1,"name":"item1"},{"id":2,"m":2,"name":"item2"},{"id":3,"m":0,"name":"item3"}] number number
// expect: NaN -Infinity NaN -Infinity -Infinity
// expect: 1.5 1 false true
// expect: 1.00 0.5 30
// expect: [{"i":0,"s":"k0"},{"i":0,"s":"k0"},{"i":1,"s":"k1"},{"i":1,"s":"k1"}] -Infinity
