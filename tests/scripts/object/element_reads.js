// One read of a[i] for an expression reading a[i].x several times
// (compiler/lower/element_reads.py): the guarded copy must give what
// reading a[i] anew for each occurrence gives, whenever a getter, a
// valueOf, a hole, a non-object or a prototype accessor is involved.
function sum(recs) {
    var total = 0;
    for (var i = 0; i < recs.length; i++) {
        total += recs[i].score + recs[i].tags.length + (recs[i].active ? 1 : 0);
    }
    return total;
}
var plain = [];
for (var n = 0; n < 5; n++) plain.push({score: n * 3, tags: ["a", "b"], active: n % 2 === 0});
console.log("plain", sum(plain));
console.log("string tags", sum([{score: 1, tags: "abc", active: 0}, {score: 2, tags: [1], active: "x"}]));
console.log("string score", sum([{score: "7", tags: [], active: false}]));
console.log("object active", sum([{score: 1, tags: [], active: {}}, {score: 1, tags: [], active: null}]));

// a getter reassigning the array: later occurrences read the new array
function reassignArray() {
    var other = [{x: 100, y: 200}];
    var arr = [{y: 2}];
    Object.defineProperty(arr[0], "x", {get: function () { arr = other; return 1; }});
    var i = 0, out = [];
    out.push(arr[i].x + arr[i].y);
    arr = [{x: 5, y: 6}];
    out.push(arr[i].x * arr[i].y);
    return out.join(",");
}
console.log("reassign array", reassignArray());

// a getter reassigning the index
function reassignIndex() {
    var arr = [{y: 1}, {x: 10, y: 20}];
    var i = 0;
    Object.defineProperty(arr[0], "x", {get: function () { i = 1; return 3; }});
    var first = arr[i].x + arr[i].y;
    var second = arr[i].x + arr[i].y;
    return first + "," + second + "," + i;
}
console.log("reassign index", reassignIndex());

// a getter replacing the element in the same array
function replaceElement() {
    var arr = [{y: 1}];
    Object.defineProperty(arr[0], "x", {get: function () { arr[0] = {x: 50, y: 60}; return 2; }});
    var k = 0;
    return [arr[k].x + arr[k].y + arr[k].x, arr[k].x + arr[k].y].join(",");
}
console.log("replace element", replaceElement());

// valueOf of an operand runs before a later read
function valueOfFirst() {
    var arr = [{a: 1, b: 2}];
    var j = 0;
    var trap = {valueOf: function () { arr[0] = {a: 10, b: 20}; return 100; }};
    var r1 = (trap + 1) + arr[j].a + arr[j].b;
    arr = [{a: 1, b: 2, o: {valueOf: function () { arr[0] = {a: 7, b: 8}; return 5; }}}];
    var r2 = (arr[j].o - 1) + arr[j].a + arr[j].b;
    arr = [{a: 1, b: 2, o: {valueOf: function () { arr[0] = {a: 7, b: 8}; return 5; }}}];
    var r3 = arr[j].a + (arr[j].o * 1) + arr[j].b;
    return [r1, r2, r3].join(",");
}
console.log("valueOf", valueOfFirst());

// holes read through the prototype, getters on Object.prototype
function holes() {
    var arr = [, {x: 1, y: 2}];
    Array.prototype[0] = {x: 30, y: 40};
    var out = [];
    for (var i = 0; i < arr.length; i++) out.push(arr[i].x + arr[i].y);
    delete Array.prototype[0];
    var calls = 0;
    Object.defineProperty(Object.prototype, "z", {configurable: true,
        get: function () { calls++; return calls * 100; }});
    var objs = [{w: 1}];
    for (var m = 0; m < objs.length; m++) out.push(objs[m].z + objs[m].w + objs[m].z);
    delete Object.prototype.z;
    out.push(calls);
    return out.join(",");
}
console.log("holes", holes());

// non-objects and non-plain elements
function others() {
    var out = [];
    var arr = ["abc", 42, function f(a, b) {}, [1, 2, 3], true];
    for (var i = 0; i < arr.length; i++) {
        out.push(String(arr[i].length + arr[i].length) + typeof (arr[i].toString && arr[i].valueOf));
    }
    var fns = [function g() {}];
    fns[0].score = 4;
    var z = 0;
    out.push(fns[z].score * fns[z].score);
    return out.join(",");
}
console.log("others", others());

// out of range, fractional and huge indexes: the generic read decides
function indexes() {
    var arr = [{x: 1, y: 2}, {x: 3, y: 4}];
    arr["1.5"] = {x: 9, y: 9};
    var out = [];
    var idx = [0, 1, 1.5, 2, -1, 4294967296, NaN];
    for (var q = 0; q < idx.length; q++) {
        var j = idx[q] * 1;
        try {
            out.push(arr[j].x + arr[j].y);
        } catch (e) {
            out.push(e instanceof TypeError);
        }
    }
    return out.join(",");
}
console.log("indexes", indexes());

// conditional and logical operators: a branch JS skips may not fit
function branches() {
    var arr = [{a: true, b: 1, c: "s"}, {a: 0, b: 2, c: 3}, {a: null, c: 5}];
    var calls = 0;
    Object.defineProperty(arr[1], "b", {get: function () { calls++; return 2; }});
    var out = [];
    for (var i = 0; i < arr.length; i++) {
        out.push(arr[i].a ? arr[i].b : arr[i].c);
        out.push(arr[i].a && arr[i].b);
        out.push(arr[i].b || arr[i].c);
        out.push(!arr[i].a === !arr[i].c);
        out.push(-arr[i].b - arr[i].c);
    }
    out.push(calls);
    return out.join(",");
}
console.log("branches", branches());

// an element whose prototype is changed, a non-extensible or frozen one
function protos() {
    var base = {y: 5};
    var arr = [Object.create(base), Object.freeze({x: 1, y: 2})];
    arr[0].x = 1;
    var out = [];
    for (var i = 0; i < arr.length; i++) out.push(arr[i].x + arr[i].y);
    Object.setPrototypeOf(arr[0], {y: 50});
    for (var k = 0; k < arr.length; k++) out.push(arr[k].x + arr[k].y);
    return out.join(",");
}
console.log("protos", protos());

// concatenations: strings and numbers pass the guard, other values are
// converted by the generic copy (toString runs once per occurrence)
function concat() {
    var calls = 0;
    var rows = [{n: "a", v: 3}, {n: 5, v: "x"}, {n: true, v: null}, {n: undefined, v: -0},
                {n: {toString: function () { calls++; return "T" + calls; }}, v: [1, 2]}];
    var out = [];
    for (var i = 0; i < rows.length; i++) {
        out.push("<" + rows[i].n + "|" + rows[i].v + ">", rows[i].n + rows[i].v, rows[i].v + rows[i].n + 1);
    }
    out.push(calls);
    return out.join(" ");
}
console.log("concat", concat());

// x op= R: x tested to be a float with R's guard; a string, an object or
// undefined x, and every operator, take the generic statement
function compound(start) {
    var rows = [{a: 1, b: 2, t: [1]}, {a: 4, b: 0.5, t: []}, {a: "3", b: 3, t: [0, 0]}];
    var out = [];
    var ops = ["+", "-", "*", "/", "%"];
    for (var q = 0; q < ops.length; q++) {
        var x = start, u;
        for (var i = 0; i < rows.length; i++) {
            if (ops[q] === "+") { x += rows[i].a * rows[i].b + rows[i].t.length; u += rows[i].a - rows[i].b; }
            if (ops[q] === "-") { x -= rows[i].a * rows[i].b + rows[i].t.length; u -= rows[i].b - rows[i].b; }
            if (ops[q] === "*") { x *= rows[i].a * rows[i].b + rows[i].t.length; }
            if (ops[q] === "/") { x /= rows[i].a * rows[i].b + rows[i].t.length; }
            if (ops[q] === "%") { x %= rows[i].a * rows[i].b + rows[i].t.length; }
        }
        out.push(String(x), String(u));
    }
    return out.join(" ");
}
console.log("compound", compound(10), compound("s"), compound(-0),
            compound({valueOf: function () { return 7; }, toString: function () { return "o"; }}));

// x op= a[i].p, one read: the same guard, x tested to be a float
function single(start) {
    var rows = [{a: 1, t: [1]}, {a: "2", t: "xy"}, , {t: []}, {a: 0.5, t: [1, 2, 3]}];
    Array.prototype[2] = {a: 100, t: [0]};
    Object.defineProperty(rows[3], "a", {get: function () { rows[4] = {a: 1000, t: []}; return 10; }});
    var x = start, y = start, z = start;
    for (var i = 0; i < rows.length; i++) {
        x += rows[i].a;
        y -= rows[i].t.length;
        z *= rows[i].a;
    }
    delete Array.prototype[2];
    return [x, y, z].join(",");
}
console.log("single", single(1), single("s"), single(undefined), single(-0));

// let and const: plain let locals take the guard; a boxed let (captured
// per iteration), a TDZ read and a const target keep their checks
function lets(rows) {
    let t = 0, fns = [];
    for (let i = 0; i < rows.length; i++) {
        t += rows[i].v * rows[i].w;
        fns.push(function () { return rows[i].v + rows[i].w; });
    }
    const c = 1;
    let out = [t, fns[1]()];
    try {
        for (let k = 0; k < rows.length; k++) { c += rows[k].v + rows[k].w; }
    } catch (e) {
        out.push(e instanceof TypeError, c);
    }
    try {
        out.push(rows[j].v + rows[j].w);
        let j = 0;
    } catch (e) {
        out.push(e instanceof ReferenceError);
    }
    return out.join(",");
}
console.log("lets", lets([{v: 1, w: 2}, {v: 3, w: 4}]));
// expect: plain 43
// expect: string tags 8
// expect: string score 0700
// expect: object active 3
// expect: reassign array 201,30
// expect: reassign index 23,30,1
// expect: replace element 112,110
// expect: valueOf 131,19,14
// expect: holes 70,3,301,2
// expect: others 6function,NaNfunction,4function,6function,NaNfunction,16
// expect: indexes 3,7,18,true,true,true,true
// expect: branches 1,1,1,true,NaN,3,0,2,false,-5,5,,5,false,NaN,2
// expect: protos 6,3,51,3
// expect: concat <a|3> a3 3a1 <5|x> 5x x51 <true|null> 1 2 <undefined|0> NaN NaN <T1|1,2> T21,2 1,2T31 3
// expect: compound 26 NaN -6 NaN 660 NaN 0.15151515151515152 NaN 1 NaN s3211 NaN NaN NaN NaN NaN NaN NaN NaN NaN 16 NaN -16 NaN 0 NaN 0 NaN 0 NaN 23 NaN -9 NaN 462 NaN 0.10606060606060606 NaN 1 NaN
// expect: single 22100101000,-3,2000000 s12100101000,NaN,NaN NaN2100101000,NaN,NaN 12100101000,-4,0
// expect: lets 14,7,true,1,true
