// An index loop's item read by an element-read region (lower/array_loops.py
// with lower/element_reads.py): `total += a[k].x + a[k].y` takes the
// loop's item as its a[k] when the slot holds an object, and reads a[k]
// anew for each occurrence otherwise (a hole read through the prototype,
// a getter changing the array, the list replaced by the body).
function sum(a) {
    var total = 0;
    for (var k = 0; k < a.length; k++) {
        total += a[k].x + a[k].y * 2;
    }
    return total;
}
function pairs(a) {
    var out = "";
    for (var k = 0; k < a.length; k++) {
        var s = a[k].x + a[k].y;
        out += (k ? "," : "") + s;
    }
    return out;
}
console.log("plain", sum([{x: 1, y: 2}, {x: 3, y: 4}]), pairs([{x: 1, y: 2}, {x: "a", y: "b"}]));

// a hole: a[k] is read through Array.prototype's getter, once per occurrence
var reads = 0;
Object.defineProperty(Array.prototype, "1", {
    get: function () { reads++; return {x: reads * 10, y: reads}; }, configurable: true
});
var holey = [{x: 1, y: 1}, , {x: 2, y: 2}];
console.log("hole", sum(holey), reads, pairs(holey), reads);
delete Array.prototype[1];

// a getter on the element replacing the array's slot: the later a[k] reads the new one
var arr = [{y: 5}, {x: 1, y: 1}];
Object.defineProperty(arr[0], "x", {get: function () { arr[0] = {x: 100, y: 1000}; return 1; }});
console.log("getter swaps slot", sum(arr), pairs(arr));

// the body replaces the list (the array goes sparse): the loop goes on with the JS test
function sparse(a) {
    var total = 0;
    for (var k = 0; k < a.length; k++) {
        total += a[k].x + a[k].y;
        if (k === 0) a[5000000] = {x: 7, y: 8};
        if (k === 1) break;
    }
    return total + ":" + a.length;
}
console.log("sparse", sparse([{x: 1, y: 2}, {x: 3, y: 4}]));

// non-objects and strings as elements
console.log("non-objects", pairs([1, "ab", true, null === null ? {x: 2, y: 3} : 0]));
console.log("string", (function (s) {
    var t = 0;
    for (var k = 0; k < s.length; k++) t += s[k].length + s[k].length;
    return t;
})("abc"));
// expect: plain 16 3,ab
// expect: hole 23 2 2,34,4 4
// expect: getter swaps slot 2004 1100,2
// expect: sparse 10:5000001
// expect: non-objects NaN,NaN,NaN,5
// expect: string 6
