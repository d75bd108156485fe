// run: agi
// for (var k = 0; k < a.length; k++) loops in async functions
// (compiler/lower/array_loops.py): delay() waited for in the body,
// the array changing around it.
function walk(a) {
    var out = [];
    for (var k = 0; k < a.length; k++) {
        var x = a[k];
        delay(0);
        if (x === 2) a.push(4);
        if (x === 3) a.splice(0, 1);
        out.push(x + (delay(0) ? 10 : 0));
        if (k > 5) break;
    }
    return [out, k];
}
console.log(JSON.stringify(walk([1, 2, 3])));

function first_read(a) {
    var n = 0;
    for (var k = 0; k < a.length; k++) {
        if (a[k].on && delay(0)) n++;
        if (k === 0) a.length = 2;
    }
    return [n, k];
}
console.log(JSON.stringify(first_read([{on: true}, {on: true}, {on: true}])));
// expect: [[11,12,13],3]
// expect: [2,2]
