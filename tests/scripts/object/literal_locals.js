// Locals that only ever hold their array or object literal drop the type
// test of their inline reads (compiler/lower/literal_types.py); what the
// literal makes may still change in every other way, and locals that are
// read before their literal, written again or reached by closures keep it.
function changedLiterals() {
    var a = [1, 2, 3], o = {x: 1, y: 2}, out = [];
    for (var i = 0; i < a.length; i++) out.push(a[i] * 2);
    a[100] = 7;                        // holes
    out.push(a.length, a[50], a[100]);
    a[5000000] = 1;                    // sparse
    out.push(a.length, a[5000000], a[4]);
    a.length = 2;
    out.push(a.length, a[1]);
    Object.freeze(a);
    try { a.push(9); } catch (e) { out.push(e.name); }
    out.push(a.length);
    for (var k = 0; k < 3; k++) o.x = (o.x + o.y) % 7;
    Object.defineProperty(o, "y", {get: function () { out.push("get y"); return 10; }});
    o.x = (o.x + o.y) % 7;
    Object.freeze(o);
    o.x = o.x + 1;
    out.push(o.x, o.y);
    var m = {};
    Object.setPrototypeOf(m, {set k(v) { out.push("set k " + v); }});
    m.k = 3;
    m["k"] = (m["k"] || 0) + 1;
    out.push(JSON.stringify(m));
    var keys = {};
    for (var j = 0; j < 6; j++) { var key = "k" + (j % 2); keys[key] = (keys[key] || 0) + 1; }
    for (var name in keys) out.push(name + "=" + keys[name]);
    return out.join(",");
}

function readBefore(flag) {
    var n = flag ? early.length : typeof early;
    var early = [1, 2];
    return n + "/" + early.length;
}

function writtenAgain() {
    var a = [1], b = {v: 1}, c = [], d = [], e = {};
    a = "text";
    b.v++;
    b = 5;
    var c = {length: 9};
    [d] = [{length: 4}];
    for (e in {only: 1}) {}
    return [a.length, b.v, c.length, d.length, e.length].join(",");
}

function captured() {
    var a = [1, 2];
    function swap() { a = "abc"; }
    var before = a.length;
    swap();
    var b = {n: 1};
    var read = function () { return b.n; };
    b.n = b.n + 1;
    return before + "," + a.length + "," + read();
}

function params(p) {
    var q = [];
    p = [];
    arguments[0] = "xyz";
    q.push(arguments.length);
    return p.length + "," + q.length;
}

function nested() {
    var items = [1, 2, 3];
    function inner() { var items = "inner"; return items.length; }
    return items.length + "," + inner() + "," + (function () { return items.length; })();
}

function blockFunctions() {
    var a = [1, 2];
    { function a(x) {} }
    var o = {x: 1};
    if (true) { function o() {} }
    o.x = (o.x || 0) + 1;
    return a.length + "," + typeof o + "," + o.x;
}

console.log(changedLiterals());
console.log(readBefore(false));
try { console.log(readBefore(true)); } catch (e) { console.log(e.name); }
console.log(writtenAgain());
console.log(captured());
console.log(params(1));
console.log(nested());
console.log(blockFunctions());
// expect: 2,4,6,101,,7,5000001,1,,2,2,TypeError,2,get y,get y,3,10,set k 3,set k 1,{},k0=3,k1=3
// expect: undefined/2
// expect: TypeError
// expect: 4,,9,4,4
// expect: 2,3,2
// expect: 3,1
// expect: 3,5,3
// expect: 1,function,1
