// Counters held as Python ints (compiler/int_counters.py, compiler/lower/ints.py):
// every way a counter's value can leave the int operators must see the JS number.
function appendLoop(n) {
    var s = "";
    for (var i = 0; i < n; i++) {
        s += String.fromCharCode(97 + (i % 26));
        if (i % 10 === 0) s += i;
    }
    return s;
}
console.log(appendLoop(30), appendLoop(2.5), appendLoop("4"), appendLoop(undefined), appendLoop(NaN).length);
console.log(appendLoop({ valueOf: function () { return 3; } }));
console.log(appendLoop(-Infinity), appendLoop(-0), appendLoop(0.5), appendLoop(-2.5), appendLoop(1e-300), appendLoop(3.0000001));
function early(n) {
    // the loop leaves at n = Infinity through its body
    for (var i = 0; i < n; i++) if (i > 5) return "stopped " + i;
    return "ran " + i;
}
console.log(early(Infinity), early(4), early(NaN));

function compares(x) {
    var out = "";
    for (var i = 0; i < 4; i++) {
        out += [i < x, i <= x, i > x, i >= x, x < i, x >= i, i === 2, i !== 2, i == 2, i != 1 + 1,
                i % 3 === 1, 1 === i % 2, x > i % 2 + 1].join("") + " ";
    }
    return out;
}
function equalities(x) {
    // equality with a value that is not an int: the counter is read as a float
    var out = [];
    for (var i = 0; i < 4; i++) out.push([i === x, i !== x, i == x, i != x].join(""));
    return out.join(" ");
}
console.log(equalities(2), equalities("2"), equalities(2.5), equalities(null), equalities(undefined));
console.log(compares(2), compares(1.5), compares("2"), compares(null), compares(undefined), compares(NaN));
console.log(compares(Infinity), compares(-Infinity), compares(true), compares({ valueOf: function () { return 2; } }));

function escapes() {
    // reads an int does not serve: the counter stays a float
    var out = [];
    for (var i = 0; i < 3; i++) {
        out.push(typeof i, 1 / i, 1 / -i, Object.is(i, 0), -i, i / 2, i * 1.5, i - 5, (i - 5) % 3, i % -3,
                 i % 2.5, i % 0, i & 1, i << 3, i >>> 0, ~i, i.toFixed(2), (i + 10).toString(2), [i][0],
                 JSON.stringify({ k: i }), String(i), i + "", "" + i + i, i + i + "x", i + 0.5, i * i);
    }
    return out.join(",");
}
console.log(escapes());

function strings(n) {
    var s = "", t = [], o = { toString: function () { return "o"; } };
    for (var i = 0; i < n; i++) {
        s += "<" + i;
        s += i + ">";
        s += i % 3 + i % 2;
        o += i;
    }
    t.push(o);
    return s + " " + t;
}
console.log(strings(12));

function codes() {
    var s = "";
    for (var i = 250; i < 260; i++) s += String.fromCharCode(i) + String.fromCharCode(200 + i % 100);
    for (var j = 0; j < 5000; j += 1024) s += String.fromCharCode(j % 256 + 32) + String.fromCharCode(j % 10 + 48);
    var out = [];
    for (var k = 0; k < s.length; k++) out.push(s.charCodeAt(k));
    return out.join(",");
}
console.log(codes());

function updates() {
    var a = [10, 11, 12, 13], out = "";
    var k = 0, x = k++, y = ++k, z = a[k++];
    out += x + "," + y + "," + z;
    var m = 1;
    out += "," + (m < (m = 5)) + ",";
    out += m;
    var big = 2147483647;
    big++;
    out += "," + big + "," + big % 7 + ",";
    for (var c = 0; c < a.length; c++) out += c;
    for (var d = 0; d < "abc".length; d++) out += d;
    var arrayLike = { get length() { out += "!"; return 2; } };
    for (var e = 0; e < arrayLike.length; e++) out += e;
    return out;
}
console.log(updates());

function notDefinitelyAssigned() {
    var r = "" + k + (k < 1);
    for (var k = 0; k < 3; k++) r += k;
    if (r.length > 100) { var q = 0; }
    for (q = 0; q < 2; q++) r += q;
    return r;
}
console.log(notDefinitelyAssigned());

function captured() {
    var fs = [];
    for (var i = 0; i < 3; i++) fs.push(function () { return i; });
    return fs.map(function (f) { return f(); }).join("");
}
console.log(captured());

function sum(n) {
    var t = 0;
    for (var i = 0; i < n; i++) t = t + i;
    return t;
}
console.log(sum(10), sum(2.5), sum("4"));

function deep(n) {
    // loops nested past CPython's block limit run in nested functions (compiler/blocks.py)
    var s = "";
    for (var a = 0; a < 1; a++) for (var b = 0; b < 1; b++) for (var c = 0; c < 1; c++)
    for (var d = 0; d < 1; d++) for (var e = 0; e < 1; e++) for (var f = 0; f < 1; f++)
    for (var g = 0; g < 1; g++) for (var h = 0; h < 1; h++) for (var k = 0; k < 1; k++)
    for (var l = 0; l < 1; l++) for (var m = 0; m < 1; m++) for (var o = 0; o < 1; o++)
    for (var p = 0; p < 1; p++) for (var q = 0; q < n; q++) { if (q % 2 === 0) s += q + ","; }
    return s + (a + b === 2);
}
console.log(deep(7));

function nested(n, c) {
    // first stored in a nested block: read there after the store, or after the block
    var s = "";
    for (var k = 0; k < n; k++) {
        for (var j = 0; j < 3; j++) s += j;
        s += j + ";";
    }
    if (c) { for (var x = 0; x < 2; x++) s += x; }
    s += "|" + y;
    if (c) for (var y = 5; y < 7; y++) s += y;
    s += "|" + y;
    while (n-- > 0) { s += z; for (var z = 0; z < 2; z++) s += z; }
    return s;
}
console.log(nested(2, true), nested(2, false));

String.fromCharCode = function (c) { return "<" + typeof c + c + ">"; };
console.log(appendLoop(3));
// a counter modulo a constant prints from the table of the integers below 1024
function digits(n) {
    var s = "";
    for (var k = 0; k < n; k++) {
        s += "k" + (k % 1024);
        s += "." + (k % 3 + k % 7);
        s += (k % 1025) + ",";
    }
    return s.length + " " + s.slice(0, 30) + " " + s.slice(-60);
}
console.log(digits(3000));
// appended to a concatenation, times a constant up to 1024 (as a number
// past 2**31 and past the table), compared once multiplied
function products(n) {
    var s = "", c = 0;
    for (var i = 0; i < n; i++) {
        s += "<" + i + "|" + i * 7 + "|" + (i * 1024 % 1000) + "|" + i * 1024 + "|" + i + i + ">";
        if (3 * i < n) c++;
    }
    return s.length + " " + c + " " + s.slice(0, 48) + " " + s.slice(-70);
}
console.log(products(1500));
// a template's substitutions are strings (the counter's digits); a tagged
// template's tag gets the number itself
function templates(n) {
    var s = "", k = 0, tags = [];
    function tag(strings, v, w) { tags.push(typeof v + Object.is(w, v * 3) + (1 / (v - v)) + (v / 800)); return v; }
    for (var i = 0; i < n; i++) {
        k++;
        s += `<${i}|${i * 3}|${k + 1}>`;
        if (i % 400 === 0) tag`a${k}b${k * 3}`;
        else if (i % 400 === 1) s += tag`${k}`;
    }
    return s.length + " " + s.slice(0, 30) + " " + s.slice(-20) + " " + tags.join();
}
console.log(templates(1200));
// expect: a0bcdefghijk10lmnopqrstu20vwxyzabcd a0bc a0bcd  0
// expect: a0bc
// expect:   a0  a0 a0bcd
// expect: stopped 6 ran 4 ran 0
// expect: falsetruefalsetrue falsetruefalsetrue truefalsetruefalse falsetruefalsetrue falsetruefalsetrue falsetruefalsetrue falsetruetruefalse falsetruefalsetrue falsetruefalsetrue falsetruefalsetrue falsetruefalsetrue falsetruefalsetrue falsetruefalsetrue falsetruefalsetrue falsetruefalsetrue falsetruefalsetrue falsetruefalsetrue falsetruefalsetrue falsetruefalsetrue falsetruefalsetrue
// expect: truetruefalsefalsefalsetruefalsetruefalsetruefalsefalsetrue truetruefalsefalsefalsetruefalsetruefalsetruetruetruefalse falsetruefalsetruefalsetruetruefalsetruefalsefalsefalsetrue falsefalsetruetruetruefalsefalsetruefalsetruefalsetruefalse  truetruefalsefalsefalsetruefalsetruefalsetruefalsefalsetrue truetruefalsefalsefalsetruefalsetruefalsetruetruetruefalse falsefalsetruetruetruefalsetruefalsetruefalsefalsefalsetrue falsefalsetruetruetruefalsefalsetruefalsetruefalsetruefalse  truetruefalsefalsefalsetruefalsetruefalsetruefalsefalsetrue truetruefalsefalsefalsetruefalsetruefalsetruetruetruefalse falsetruefalsetruefalsetruetruefalsetruefalsefalsefalsetrue falsefalsetruetruetruefalsefalsetruefalsetruefalsetruefalse  falsetruefalsetruefalsetruefalsetruefalsetruefalsefalsefalse falsefalsetruetruetruefalsefalsetruefalsetruetruetruefalse falsefalsetruetruetruefalsetruefalsetruefalsefalsefalsefalse falsefalsetruetruetruefalsefalsetruefalsetruefalsetruefalse  falsefalsefalsefalsefalsefalsefalsetruefalsetruefalsefalsefalse falsefalsefalsefalsefalsefalsefalsetruefalsetruetruetruefalse falsefalsefalsefalsefalsefalsetruefalsetruefalsefalsefalsefalse falsefalsefalsefalsefalsefalsefalsetruefalsetruefalsetruefalse  falsefalsefalsefalsefalsefalsefalsetruefalsetruefalsefalsefalse falsefalsefalsefalsefalsefalsefalsetruefalsetruetruetruefalse falsefalsefalsefalsefalsefalsetruefalsetruefalsefalsefalsefalse falsefalsefalsefalsefalsefalsefalsetruefalsetruefalsetruefalse 
// expect: truetruefalsefalsefalsetruefalsetruefalsetruefalsefalsetrue truetruefalsefalsefalsetruefalsetruefalsetruetruetruetrue truetruefalsefalsefalsetruetruefalsetruefalsefalsefalsetrue truetruefalsefalsefalsetruefalsetruefalsetruefalsetruetrue  falsefalsetruetruetruefalsefalsetruefalsetruefalsefalsefalse falsefalsetruetruetruefalsefalsetruefalsetruetruetruefalse falsefalsetruetruetruefalsetruefalsetruefalsefalsefalsefalse falsefalsetruetruetruefalsefalsetruefalsetruefalsetruefalse  truetruefalsefalsefalsetruefalsetruefalsetruefalsefalsefalse falsetruefalsetruefalsetruefalsetruefalsetruetruetruefalse falsefalsetruetruetruefalsetruefalsetruefalsefalsefalsefalse falsefalsetruetruetruefalsefalsetruefalsetruefalsetruefalse  truetruefalsefalsefalsetruefalsetruefalsetruefalsefalsetrue truetruefalsefalsefalsetruefalsetruefalsetruetruetruefalse falsetruefalsetruefalsetruetruefalsetruefalsefalsefalsetrue falsefalsetruetruetruefalsefalsetruefalsetruefalsetruefalse 
// expect: number,Infinity,-Infinity,true,0,0,0,-5,-2,0,0,NaN,0,0,0,-1,0.00,1010,0,{"k":0},0,0,00,0x,0.5,0,number,1,-1,false,-1,0.5,1.5,-4,-1,1,1,NaN,1,8,1,-2,1.00,1011,1,{"k":1},1,1,11,2x,1.5,1,number,0.5,-0.5,false,-2,1,3,-3,0,2,2,NaN,0,16,2,-3,2.00,1100,2,{"k":2},2,2,22,4x,2.5,4
// expect: <00>0<11>2<22>2<33>1<44>1<55>3<66>0<77>2<88>2<99>1<1010>1<1111>3 o01234567891011
// expect: 250,250,251,251,252,252,253,253,254,254,255,255,256,256,257,257,258,258,259,259,32,48,32,52,32,56,32,50,32,54
// expect: 0,2,12,true,5,2147483648,2,0123012!0!1!
// expect: undefinedfalse01201
// expect: 333
// expect: 45 3 6
// expect: 0,2,4,6,true
// expect: 0123;0123;01|undefined56|7undefined01201 0123;0123;|undefined|undefinedundefined01201
// expect: <number97>0<number98><number99>
// expect: 29438 k0.00,k1.21,k2.42,k3.33,k4.54, k946.5944,k947.7945,k948.2946,k949.1947,k950.3948,k951.5949,
// expect: 43313 500 <0|0|0|0|00><1|7|24|1024|11><2|14|48|2048|22><3| 497><1498|10486|952|1533952|14981498><1499|10493|976|1534976|14991499>
// expect: 16621 <0|0|2><1|3|3>2<2|6|4><3|9|5>< 200><1199|3597|1201> numbertrueInfinity0.00125,numberfalseInfinity0.0025,numbertrueInfinity0.50125,numberfalseInfinity0.5025,numbertrueInfinity1.00125,numberfalseInfinity1.0025
// a counter appended to a template literal, as to a string literal
function templateOperands(n) {
    var s = "", a = [];
    for (var i = 0; i < n; i++) {
        s += `x` + i;
        if (i % 250 === 0) a.push(i * 3 + `${n}` + i);
    }
    return s.length + " " + s.slice(-12) + " " + a.join();
}
console.log(templateOperands(1000));
// expect: 3890 x997x998x999 010000,7501000250,15001000500,22501000750
