// for (var k = 0; k < a.length; k++) loops (compiler/lower/array_loops.py):
// the array changing under the loop, holes, jumps, k after the loop.
function show(label, v) { console.log(label + ": " + JSON.stringify(v)); }

function pushes() {
    var a = [1, 2, 3], out = [];
    for (var k = 0; k < a.length; k++) {
        var x = a[k];
        if (x < 5) a.push(x + 3);
        out.push(x);
    }
    return [out, k];
}
show("push", pushes());

function pops() {
    var a = [1, 2, 3, 4, 5, 6], out = [];
    for (var k = 0; k < a.length; k++) { out.push(a[k]); a.pop(); }
    return [out, k, a];
}
show("pop", pops());

function truncates() {
    var a = [1, 2, 3, 4], out = [];
    for (var k = 0; k < a.length; ++k) { out.push(a[k]); if (k === 1) a.length = 0; }
    return [out, k];
}
show("length=0", truncates());

function grows_by_length() {
    var a = [1, 2], out = [];
    for (var k = 0; k < a.length; k += 1) { out.push(a[k]); if (k === 1) a.length = 4; }
    return [out, k];
}
show("length=4", grows_by_length());

function goes_sparse() {
    var a = [1, 2, 3, 4], out = [];
    for (var k = 0; k < a.length; k = k + 1) {
        var x = a[k];
        out.push(x);
        if (k === 1) { a[4294967294] = 9; a.length = 6; a[5] = 7; }
    }
    return [out, k, a.length];
}
show("sparse", goes_sparse());

function replaced_list() {
    var a = [5, 1, 4, 2], out = [];
    for (var k = 0; k < a.length; k++) {
        out.push(a[k]);
        if (k === 1) a.sort();
        if (k === 3) { a.reverse(); a.push(0); }
    }
    return [out, k];
}
show("sort/reverse", replaced_list());

function shifts() {
    var a = [1, 2, 3, 4, 5, 6], out = [];
    for (var k = 0; k < a.length; k++) { out.push(a[k]); a.shift(); a.unshift(0, 0); a.splice(0, 2); }
    var b = [1, 2, 3, 4, 5], outb = [];
    for (var j = 0; j < b.length; j++) { outb.push(b[j]); if (j === 0) b.splice(1, 2); }
    return [out, k, outb, j];
}
show("shift/splice", shifts());

function writes_ahead() {
    var a = [1, 2, 3, 4], out = [];
    for (var k = 0; k < a.length; k++) {
        if (a[k] > 0) out.push(a[k]);
        if (k + 1 < a.length) a[k + 1] = -a[k + 1];
        delete a[k + 2];
    }
    return [out, k];
}
show("writes ahead", writes_ahead());

function jumps() {
    var a = [1, 2, 3, 4, 5, 6, 7], b = [10, 20, 30], out = [];
    outer: for (var k = 0; k < a.length; k++) {
        if (a[k] % 2 === 0) continue;
        for (var j = 0; j < b.length; j++) {
            if (b[j] === 20 && a[k] === 3) continue outer;
            if (b[j] === 30 && a[k] === 5) break outer;
            out.push(a[k] * b[j]);
        }
        if (a[k] === 7) break;
    }
    return [out, k, j];
}
show("jumps", jumps());

function labelled_block() {
    var a = [1, 2, 3], out = [];
    for (var k = 0; k < a.length; k++) {
        blk: { if (a[k] === 2) break blk; out.push(a[k]); }
        switch (a[k]) { case 3: out.push("three"); continue; default: out.push("d"); }
        out.push("after");
    }
    return [out, k];
}
show("labels/switch", labelled_block());

function after_loop() {
    var empty = [], one = ["x"], k, r = [];
    for (k = 0; k < empty.length; k++) {}
    r.push(k);
    for (k = 0; k < one.length; k++) {}
    r.push(k);
    for (k = 0; k < one.length; k++) { if (one[k] === "x") break; }
    r.push(k);
    return r;
}
show("k after", after_loop());

function returns_and_throws(a) {
    for (var k = 0; k < a.length; k++) {
        if (a[k] === "r") return "returned at " + k;
        if (a[k] === "t") throw new Error("thrown at " + k);
    }
    return "done at " + k;
}
show("return", returns_and_throws(["a", "r", "t"]));
try { returns_and_throws(["a", "b", "t"]); } catch (e) { show("throw", e.message); }
show("done", returns_and_throws(["a", "b"]));

function nested_same(a) {
    var out = [];
    for (var i = 0; i < a.length; i++) {
        for (var j = 0; j < a.length; j++) {
            if (j === i) { out.push(a[i] + a[j]); if (i === 0) a.push(9); }
        }
    }
    return [out, i, j];
}
show("nested", nested_same([1, 2]));

function not_arrays(s, o) {
    var out = [];
    for (var k = 0; k < s.length; k++) out.push(s[k]);
    for (var j = 0; j < o.length; j++) { var x = o[j]; out.push(x); }
    return [out, k, j];
}
show("string/array-like", not_arrays("h\u00e9\ud83d\ude00", {length: 3, 0: "a", 2: "c"}));
try { not_arrays(undefined, []); } catch (e) { show("undefined", e instanceof TypeError); }

function arguments_alias(a) {
    var out = [];
    for (var k = 0; k < a.length; k++) { out.push(a[k]); if (k === 0) arguments[0] = ["z", "y", "x"]; }
    return out;
}
show("arguments", arguments_alias([1, 2]));

function reassigned() {
    var a = [1, 2, 3], out = [];
    for (var k = 0; k < a.length; k++) { out.push(a[k]); if (k === 0) a = [7, 8, 9, 10]; }
    return out;
}
show("reassigned", reassigned());

function element_calls(fs) {
    var out = [];
    for (var k = 0; k < fs.length; k++) out.push(fs[k]());
    return out;
}
show("calls", element_calls([function () { return this.length; }, function () { return typeof this; }]));

function mutates_by_alias() {
    var a = [1, 2, 3, 4], same = a, out = [];
    for (var k = 0; k < a.length; k++) { var x = a[k]; out.push(x); if (k === 0) same.splice(1, 1); if (k === 1) same.length = 100000000; if (k > 2) break; }
    return [out, k];
}
show("alias", mutates_by_alias());

// a global's getter runs before the a[k] of `g.p = a[k]` / `g += a[k]`
var shared = [1, 2, 3], got = "", at = 0, sink = {};
Object.defineProperty(sink, "p", { set: function (v) { got += v + ";"; } });
Object.defineProperty(this, "hooked", {
    get: function () { shared[at++] = "by getter"; return sink; }, configurable: true
});
Object.defineProperty(this, "summed", {
    get: function () { shared[at++ - 3] = 20; return ""; }, set: function (v) { got += v + ";"; },
    configurable: true
});
function global_targets(a) {
    for (var k = 0; k < a.length; k++) { hooked.p = a[k]; }
    for (var j = 0; j < a.length; j++) { summed += a[j]; }
    return got;
}
show("global targets", global_targets(shared));

// nested past the Python block limit (compiler/blocks.py hoists the inner loops)
function deep(a) {
    var out = "";
    for (var i0 = 0; i0 < 1; i0++) for (var i1 = 0; i1 < 1; i1++) for (var i2 = 0; i2 < 1; i2++) for (var i3 = 0; i3 < 1; i3++) for (var i4 = 0; i4 < 1; i4++) for (var i5 = 0; i5 < 1; i5++) for (var i6 = 0; i6 < 1; i6++) for (var i7 = 0; i7 < 1; i7++) for (var i8 = 0; i8 < 1; i8++) for (var i9 = 0; i9 < 1; i9++) for (var i10 = 0; i10 < 1; i10++) for (var i11 = 0; i11 < 1; i11++) {
        for (var k = 0; k < a.length; k++) {
            if (a[k] === 2) continue;
            if (a[k] === 4) break;
            out += a[k];
            for (var j = 0; j < a.length; j++) { if (j === 1) break; out += "." + a[j]; }
        }
    }
    return out + " " + k;
}
show("deep", deep([1, 2, 3, 4, 5]));

function own_accessor(a) {
    var out = "";
    for (var k = 0; k < a.length; k++) {
        out += a[k] + ",";
        if (k === 0) Object.defineProperty(a, 1, { get: function () { return "own getter"; } });
        if (k === 1) { Object.freeze(a); Object.defineProperty(a, "length", { writable: false }); }
    }
    return out + k;
}
show("own accessor", own_accessor([1, 2, 3]));

function literals(a) {
    var o = [];
    for (var k = 0; k < a.length; k++) o.push({i: k, v: a[k], n: a.length});
    for (var j = 0; j < a.length; j++) { o.push(a[j]); ({a} = {a: [9]}); }
    return [o, k, j];
}
show("literals", literals([5, 6]));

// getters on Array.prototype indices (array pushes would hit them: strings)
var log = "";
Object.defineProperty(Array.prototype, "2", {
    get: function () { log += "get2 "; return "proto"; },
    configurable: true
});
function holes() {
    var a = [0, 1, , 3, , 5], out = "";
    for (var k = 0; k < a.length; k++) { var x = a[k]; out += (x === undefined ? "undef" : x) + " "; }
    var seen = 0;
    for (var i = 0; i < a.length; i++) { if (a[i] === "proto") seen++; }
    return out + k + " " + seen;
}
show("holes", holes());
show("getter log", log);

function getter_mutates() {
    var a = [0, 1, , 3], out = "";
    Object.defineProperty(Array.prototype, "2", {
        get: function () { a.push("pushed"); a[3] = "changed"; return "g"; },
        configurable: true
    });
    for (var k = 0; k < a.length; k++) { var x = a[k]; out += x + " "; if (a.length > 6) break; }
    delete Array.prototype[2];
    return out + k + " " + a.length;
}
show("getter mutates", getter_mutates());

function getter_on_every_index() {
    var calls = 0, out = "";
    Object.defineProperty(Array.prototype, "1", {
        get: function () { calls++; return "one"; }, configurable: true
    });
    var a = [, , "two"];
    for (var k = 0; k < a.length; k++) out += a[k] + " ";
    for (var j = 0; j < a.length; j++) { if (a[j] === "one") out += "!"; }
    delete Array.prototype[1];
    return out + calls;
}
show("getter per read", getter_on_every_index());

// counters held as Python ints (read only by comparisons, indexing, concatenation)
function int_counters() {
    var a = [1, 2, 3], s = "";
    for (var k = 0; k < a.length; k++) { s += a[k]; if (a[k] === 2) a.push(7); }
    s += " k=" + k;
    var b = [1, , 3], t = "";
    for (var j = 0; j < b.length; j++) { t += b[j] + ","; if (j < 1) b.length = 5; }
    var c = [1, 2, 3, 4, 5], u = "";
    for (var i = 0; i < c.length; ++i) {
        if (c[i] === 2) continue;
        if (i === 1) c[4294967294] = 0;
        if (c[i] === 4) { c.length = 4; c[10] = "ten"; }
        u += c[i] + ";";
        if (i > 11) break;
    }
    var d = [3, 2, 1], v = "";
    for (var m = 0; m < d.length; m += 1) { if (d[m] === 1) break; v += d[m]; }
    return s + " " + t + (" j=" + j) + " " + u + (" i=" + i) + " " + v + (" m=" + m);
}
show("int counters", int_counters());
// expect: push: [[1,2,3,4,5,6,7],7]
// expect: pop: [[1,2,3],3,[1,2,3]]
// expect: length=0: [[1,2],2]
// expect: length=4: [[1,2,null,null],4]
// expect: sparse: [[1,2,3,4,null,7],6,6]
// expect: sort/reverse: [[5,1,4,5,0],5]
// expect: shift/splice: [[1,3,5],3,[1,4,5],3]
// expect: writes ahead: [[1],4]
// expect: jumps: [[10,20,30,30,50,100],4,2]
// expect: labels/switch: [[1,"d","after","d","after",3,"three"],3]
// expect: k after: [0,1,0]
// expect: return: "returned at 1"
// expect: throw: "thrown at 2"
// expect: done: "done at 2"
// expect: nested: [[2,4,18],3,3]
// expect: string/array-like: [["h","é","\ud83d","\ude00","a",null,"c"],4,3]
// expect: undefined: true
// expect: arguments: [1,"y","x"]
// expect: reassigned: [1,8,9,10]
// expect: calls: [2,"object"]
// expect: alias: [[1,3,4,null],3]
// expect: global targets: "by getter;by getter;by getter;20;20;20;"
// expect: deep: "1.13.1 3"
// expect: own accessor: "1,own getter,3,3"
// expect: literals: [[{"i":0,"v":5,"n":2},{"i":1,"v":6,"n":2},5],2,1]
// expect: holes: "0 1 proto 3 undef 5 6 1"
// expect: getter log: "get2 get2 "
// expect: getter mutates: "0 1 g changed pushed 5 5"
// expect: getter per read: "undefined one two !2"
// expect: int counters: "1237 k=4 1,undefined,3,undefined,undefined, j=5 1;3;4;undefined;undefined;undefined;undefined;undefined;undefined;ten; i=11 32 m=2"
