// parseInt(s) / parseInt(s, 10) of a string of ASCII digits runs inline while
// the global is the built-in (compiler/lower/parse_int.py); everything else
// is the built-in's (or the replacement's) call
function parse(values) {
    var out = [];
    for (var i = 0; i < values.length; i++) out.push(parseInt(values[i], 10) + "/" + parseInt(values[i]));
    return out.join(" ");
}
console.log(parse(["0", "007", "123456789012345", "1234567890123456789", "99999999999999999999999"]));
console.log(parse(["", " 12", "+5", "-5", "12px", "0x1f", "1e3", "\u0661\u0662", "\uff11", "\u00b2"]));
console.log(parse([42, 4.7, -0.5, null, undefined, true, { toString: function () { return "77"; } }]));
// the function is read before the argument: a replacement made there is called next time
var calls = [];
function traced() {
    return parseInt((parseInt = function (s, r) { calls.push(s + ":" + r); return -1; }, "12"), 10);
}
var builtin = parseInt;
console.log(traced(), parseInt("34", 10), parseInt("56"), calls.join());
parseInt = builtin;
console.log(parseInt("78", 10), parseInt("9a", 16), parseInt("11", 2));
function shadowed() { var parseInt = function (s) { return "own " + s; }; return parseInt("5", 10); }
console.log(shadowed(), parseInt(...["21", 10]));
// expect: 0/0 7/7 123456789012345/123456789012345 1234567890123456800/1234567890123456800 1e+23/1e+23
// expect: NaN/NaN 12/12 5/5 -5/-5 12/12 0/31 1/1 NaN/NaN NaN/NaN NaN/NaN
// expect: 42/42 4/4 0/0 NaN/NaN NaN/NaN NaN/NaN 77/77
// expect: 12 -1 -1 34:10,56:undefined
// expect: 78 154 3
// expect: own 5 21
