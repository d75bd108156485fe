// 1e5 string appends, then a checksum over sampled character codes.
function run(n) {
    var s = "";
    for (var i = 0; i < n; i++) {
        s += String.fromCharCode(97 + (i % 26));
        if (i % 10 === 0) s += i;
    }
    var h = 0;
    for (var j = 0; j < s.length; j += 97) {
        h = (h * 31 + s.charCodeAt(j)) % 1000003;
    }
    return [s.length, h];
}
var r = run(100000);
console.log("strings " + r[0] + " " + r[1]);
