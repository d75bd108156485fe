// Template literals: ToString of substitutions, one frozen strings object
// per call site (same object on every evaluation), .raw.
function tag(strings) { return strings; }
function site() { return tag`a${1}b`; }
var first = site(), second = site();
console.log(first === second, Object.isFrozen(first), Object.isFrozen(first.raw), first.length);
console.log(tag`a${1}b` === tag`a${1}b`);
console.log(tag`x\ny`.raw[0], tag`x\ny`[0].length, String.raw`\u0041${1}\t`);
var obj = { toString: function () { return "T"; }, valueOf: function () { return 42; } };
console.log(`${obj}`, "" + obj, `${[1, 2]}|${null}|${undefined}|${{}}`);
var n = 2;
console.log(`line1
line2 ${n * 3} ${`nested ${n}`}`);
function args(s) { return s.length + ":" + (arguments.length - 1) + ":" + Array.prototype.slice.call(arguments, 1).join("+"); }
console.log(args`${1}${2}${3}`);
try { `${Symbol("s")}`; } catch (e) { console.log(e.name); }
// expect: true true true 2
// expect: false
// expect: x\ny 3 \u00411\t
// expect: T 42 1,2|null|undefined|[object Object]
// expect: line1
// expect: line2 6 nested 2
// expect: 4:3:1+2+3
// expect: TypeError
