// The completion value of eval code (ES2015 UpdateEmpty): if, loops, switch, try and
// with statements complete with undefined unless their body produces a value; a
// finally block that completes normally keeps the try/catch value.
function show(src) { console.log(JSON.stringify(src) + " -> " + String(eval(src))); }
show('1; if (true) {}');
show('1; if (true) { 2; }');
show('1; if (false) {}');
show('1; switch ("a") { default: case "a": }');
show('7; switch ("b") { default: case "a": 8; case "b": }');
show('9; switch ("b") { default: case "a": 10; case "b": 11; }');
show('1; while (false) {}');
show('1; do { 2; break; } while (false)');
show('1; do { 2; if (true) break; } while (false)');
show('var c; for (c = 0;;) { if (c === 3) break; else c++; }');
show('1; for (var k in {a: 1}) {}');
show('1; l: for (;;) { break l; }');
show('1; l: for (;;) { 5; break l; }');
show('1; try { 2; } finally { 3; }');
show('1; try { 2; throw 0; } catch (e) {}');
show('1; try { 2; throw 0; } catch (e) { 4; }');
show('1; try {} finally {}');
show('1; do { try { 2; } finally { break; } } while (false)');
show('1; var x;');
show('1; {}');
show('1; with ({}) {}');
show('1; with ({}) { 6; }');
show('1; for (var q of [1]) {}');
function inner() { return eval('1; if (true) {}'); }
console.log(String(inner()));
// expect: "1; if (true) {}" -> undefined
// expect: "1; if (true) { 2; }" -> 2
// expect: "1; if (false) {}" -> undefined
// expect: "1; switch (\"a\") { default: case \"a\": }" -> undefined
// expect: "7; switch (\"b\") { default: case \"a\": 8; case \"b\": }" -> undefined
// expect: "9; switch (\"b\") { default: case \"a\": 10; case \"b\": 11; }" -> 11
// expect: "1; while (false) {}" -> undefined
// expect: "1; do { 2; break; } while (false)" -> 2
// expect: "1; do { 2; if (true) break; } while (false)" -> undefined
// expect: "var c; for (c = 0;;) { if (c === 3) break; else c++; }" -> undefined
// expect: "1; for (var k in {a: 1}) {}" -> undefined
// expect: "1; l: for (;;) { break l; }" -> undefined
// expect: "1; l: for (;;) { 5; break l; }" -> 5
// expect: "1; try { 2; } finally { 3; }" -> 2
// expect: "1; try { 2; throw 0; } catch (e) {}" -> undefined
// expect: "1; try { 2; throw 0; } catch (e) { 4; }" -> 4
// expect: "1; try {} finally {}" -> undefined
// expect: "1; do { try { 2; } finally { break; } } while (false)" -> undefined
// expect: "1; var x;" -> 1
// expect: "1; {}" -> 1
// expect: "1; with ({}) {}" -> undefined
// expect: "1; with ({}) { 6; }" -> 6
// expect: "1; for (var q of [1]) {}" -> undefined
// expect: undefined
