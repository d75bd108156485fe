// Locals that always hold a string (compiler/lower/string_locals.py) append
// in place with no type test; what they append is still converted exactly
// as `+` does (ToPrimitive with no hint: valueOf first, then toString).
function numbers() {
    var s = "", zero = -0, big = 1e21, sum = 0.1 + 0.2, nan = 0 / 0, inf = 1 / 0;
    s += zero; s += "|"; s += big; s += "|"; s += sum; s += "|"; s += nan; s += "|";
    s += inf; s += "|"; s += -inf; s += "|"; s += -5; s += "|"; s += 1 / 3; s += "|"; s += 123456789012;
    for (var i = -2; i < 3; i++) s += i * 0.5;
    return s + " " + s.length;
}
console.log(numbers());
function objects() {
    var s = "", log = [];
    var both = {valueOf: function () { log.push("valueOf"); return 42; }, toString: function () { log.push("toString"); return "T"; }};
    var onlyTo = {toString: function () { log.push("toString2"); return "X"; }};
    var objVal = {valueOf: function () { log.push("valueOf3"); return {}; }, toString: function () { log.push("toString3"); return "Y"; }};
    s += both; s += onlyTo; s += objVal; s += [1, [2, 3]]; s += null; s += undefined; s += true; s += {};
    var bad = {toString: function () { throw new Error("boom"); }};
    try { s += bad; } catch (e) { log.push(e.message); }
    try { s += Symbol("q"); } catch (e) { log.push(e.name); }
    return s + " " + s.length + " " + log.join(",");
}
console.log(objects());
function charCodes() {
    var s = "";
    for (var i = 0; i < 6; i++) {
        s += String.fromCharCode(97 + i % 26);      // the shared table
        s += String.fromCharCode(250 + i * 3);      // past the table at i >= 2
        s += String.fromCharCode(65536 + 66 + i);   // ToUint16
        s += String.fromCharCode(-1 - i);
        s += String.fromCharCode(65.5 + i);
    }
    var codes = [];
    for (var j = 0; j < s.length; j++) codes.push(s.charCodeAt(j));
    return s.length + " " + codes.join(",");
}
console.log(charCodes());
function replacedBuiltins() {
    var s = "", saved = String.fromCharCode, savedAt = String.prototype.charCodeAt;
    for (var i = 0; i < 4; i++) {
        if (i === 2) String.fromCharCode = function (c) { return c * 2; };
        s += String.fromCharCode(97 + i);
    }
    String.fromCharCode = saved;
    String.prototype.charCodeAt = function (k) { return "at" + k; };
    var r = s + " " + s.length + " " + s.charCodeAt(1);
    String.prototype.charCodeAt = savedAt;
    return r;
}
console.log(replacedBuiltins());
function reassigned() {
    var s = "a", t = `b${1 + 1}`;
    s += t; s = "c"; s += s; s = `d${s}`; s += s.length;
    var u = "x"; u += 1; u = 5; u += 1;
    return s + " " + t + " " + typeof u + " " + u;
}
console.log(reassigned());
function concatenations(n) {
    var s = "";
    for (var i = 0; i < n; i++) s += "2024-0" + (1 + i % 9) + "-" + (10 + i % 18) + " id=" + (i * 7) + (i % 3 === 0 ? "failed" : "ok") + "\n";
    return s.length + " " + s.slice(0, 40).split("\n").join("/");
}
console.log(concatenations(30));
function numbersPastTheTable() {
    // the number ToString table ends at 1023: past it, and for fractions,
    // negatives, huge values and NaN, the fallback computes the value again
    var s = "", t = "";
    for (var i = 0; i < 4; i++) {
        s += "<" + (i * 700) + "|" + (i * 1e20 * 7) + "|" + (0.5 - i * 1000) + "|" + (i * 7 % 3) + "|" + (i % 0) + ">";
        t += i * 999; t += -i; t += i * 0.1;
    }
    return s + " " + t;
}
console.log(numbersPastTheTable());
function counterStrings() {
    // counters (numeric.analyze_counters) below 1e15 print their digits inline;
    // 1e15 up, +Infinity, undefined and NaN take numstr
    var s = "";
    for (var i = 1020; i < 1030; i += 3) s += i;
    var j = 999999999999998;
    for (var k = 0; k < 4; k++) { s += "|"; s += j; j++; }
    var big = 1e21; s += "|"; s += big; big++; s += "|"; s += big;
    var inf = 1e308; inf += 1e308; s += "|"; s += inf;
    var u; s += "|"; s += u; u++; s += "|"; s += u;
    return s;
}
console.log(counterStrings());
// expect: 0|1e+21|0.30000000000000004|NaN|Infinity|-Infinity|-5|0.3333333333333333|123456789012-1-0.500.51 96
// expect: 42XY1,2,3nullundefinedtrue[object Object] 41 valueOf,toString2,valueOf3,toString3,boom,TypeError
// expect: 30 97,250,66,65535,65,98,253,67,65534,66,99,256,68,65533,67,100,259,69,65532,68,101,262,70,65531,69,102,265,71,65530,70
// expect: ab198200 8 at1
// expect: dcc3 b2 number 6
// expect: 623 2024-01-10 id=0failed/2024-02-11 id=7ok/
// expect: <0|0|0.5|0|NaN><700|700000000000000000000|-999.5|1|NaN><1400|1.4e+21|-1999.5|2|NaN><2100|2.1e+21|-2999.5|0|NaN> 000999-10.11998-20.22997-30.30000000000000004
// expect: 1020102310261029|999999999999998|999999999999999|1000000000000000|1000000000000001|1e+21|1e+21|Infinity|undefined|NaN
