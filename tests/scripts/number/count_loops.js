// for (var i = S; i < n; i++) over an int counter as a Python range
// (compiler/lower/count_loops.py): every kind of n, i after the loop,
// jumps out of and into the loop (async bodies: count_loops_async.js).
function upTo(n) {
    var s = "";
    for (var i = 0; i < n; i++) s += i + ",";
    return s + ("|" + i);
}
console.log(upTo(5), upTo(3.5), upTo(0.25), upTo(0), upTo(-0), upTo(-2));
console.log(upTo(NaN), upTo("4"), upTo("2.5"), upTo("abc"), upTo(""), upTo(undefined), upTo(null), upTo(true));
console.log(upTo([3]), upTo({valueOf: function () { return 2; }}), upTo(new Number(3)));

function from3(n) {
    var s = "";
    for (var i = 3; i < n; i++) { s += i + ","; }
    return s + ("|" + i);
}
console.log(from3(6), from3(2), from3(3.5), from3(-1), from3(NaN), from3("5"), from3(null));

function untilBreak(n) {
    var s = "";
    for (var i = 0; i < n; i++) { if (i === 4) break; s += i + ","; }
    return s + ("|" + i);
}
console.log(untilBreak(Infinity), untilBreak(Math.pow(2, 60)), untilBreak(2), untilBreak(-Infinity));

function skips(n) {
    var s = "";
    for (var i = 0; i < n; i++) { if (i % 2 === 0) continue; s += i + ","; }
    return s + ("|" + i);
}
console.log(skips(7), skips(6));

function returns(n) {
    var s = "";
    for (var i = 0; i < n; i++) { s += i; if (i === 2) return s + ("|" + i); }
    return s + ("." + i);
}
console.log(returns(10), returns(2));

function nested(n) {
    var s = "";
    for (var i = 0; i < n; i++) {
        for (var j = 0; j < i; j++) { s += i; s += j; s += ","; }
        s += "(" + j + ")";
    }
    return s + ("|" + i);
}
console.log(nested(4));

function labels(n) {
    var s = "", i = 0, j = 0;
    outer: for (i = 0; i < n; i++) {
        for (j = 0; j < n; j++) {
            if (j === 1) continue outer;
            if (i === 3) break outer;
            s += i;
            s += j + ",";
        }
        s += "never";
    }
    s += "|" + i;
    return s + ("|" + j);
}
console.log(labels(5), labels(2));

function literal() {
    var s = "";
    for (var i = 0; i < 4.5; i++) s += i;
    var t = "";
    for (var k = 7; k < 3; k++) t += k;
    return s + ("|" + i) + t + ("|" + k);
}
console.log(literal());

function local(m) {
    var n = m * 2 + 0.5, s = "";
    for (var i = 0; i < n; i++) s += i;
    return s + ("|" + i);
}
console.log(local(2), local("1"));

function valueOfEachStep() {
    var calls = 0;
    var o = {valueOf: function () { calls++; return 5 - calls; }};
    var s = "";
    for (var i = 0; i < o; i++) s += i + ",";
    return s + ("|" + i + "|" + calls);
}
console.log(valueOfEachStep());

function valueOfChangedByBody() {
    var o = {valueOf: function () { return 10; }}, s = "";
    for (var i = 0; i < o; i++) {
        s += i;
        if (i === 2) o.valueOf = function () { return 4; };
    }
    return s + ("|" + i);
}
console.log(valueOfChangedByBody());

function throwsLater(n) {
    var s = "";
    for (var i = 0; i < n; i++) s += i;
    return s + ("|" + i);
}
var steps = 0;
try {
    throwsLater({valueOf: function () { if (++steps === 3) throw new Error("third"); return 9; }});
} catch (e) { console.log("caught " + e.message + " after " + steps); }
try { throwsLater(Symbol("s")); } catch (e) { console.log("symbol " + (e instanceof TypeError)); }

function withTry(n) {
    var s = "", i = 0;
    try {
        for (i = 0; i < n; i++) s += i;
    } catch (e) { return "caught at " + i; }
    return s + ("|" + i);
}
var k2 = 0;
console.log(withTry(3), withTry({valueOf: function () { if (++k2 === 3) throw 1; return 9; }}));

function bodyThrows(n) {
    var s = "";
    try {
        for (var i = 0; i < n; i++) { if (i === 3) throw "x"; s += i; }
    } catch (e) { return s + ("|" + i); }
    return "no";
}
console.log(bodyThrows(10));
function bodyWritesN(n) {
    var s = "";
    for (var i = 0; i < n; i++) { s += i; if (i === 1) n = 4; }
    return s + ("|" + i);
}
function closureWritesN(n) {
    var s = "", shrink = function () { n = 2; };
    for (var i = 0; i < n; i++) { s += i; shrink(); }
    return s + ("|" + i);
}
function argumentsWritesN(n) {
    var s = "";
    for (var i = 0; i < n; i++) { s += i; arguments[0] = 3; }
    return s + ("|" + i);
}
console.log(bodyWritesN(9), closureWritesN(9), argumentsWritesN(9));
function switches(n) {
    var s = "";
    for (var i = 0; i < n; i++) {
        switch ("" + i % 3) {
            case "0": continue;
            case "1": s += "a"; break;
            default: if (i > 6) break; s += "b";
        }
        block: { if (i === 4) break block; s += i; }
    }
    return s + ("|" + i);
}
console.log(switches(9), switches(1));
// expect: 0,1,2,3,4,|5 0,1,2,3,|4 0,|1 |0 |0 |0
// expect: |0 0,1,2,3,|4 0,1,2,|3 |0 |0 |0 |0 0,|1
// expect: 0,1,2,|3 0,1,|2 0,1,2,|3
// expect: 3,4,5,|6 |3 3,|4 |3 |3 3,4,|5 |3
// expect: 0,1,2,3,|4 0,1,2,3,|4 0,1,|2 |0
// expect: 1,3,5,|7 1,3,5,|6
// expect: 012|2 01.2
// expect: (0)10,(1)20,21,(2)30,31,32,(3)|4
// expect: 00,10,20,|3|0 00,10,|2|1
// expect: 01234|5|7
// expect: 01234|5 012|3
// expect: 0,1,|2|3
// expect: 0123|4
// expect: caught third after 3
// expect: symbol true
// expect: 012|3 caught at 2
// expect: 012|3
// expect: 0123|4 01|2 012|3
// expect: a1b2ab5a78|9 |1
