// Template literals (ES2015 12.2.9) and tagged templates (12.3.7): ToString of
// substitutions, cooked and raw strings, one frozen strings object per site,
// member tags called as methods, evaluation order.
var x = 3, o = {toString: function () { return "t"; }, valueOf: function () { return "v"; }};
console.log(`a${x}b${o}c`, `${o}` + o, `plain`, ``, `${1}${2}`, `x${undefined}${null}${true}`);
console.log(`line1
line2`.length, `\u{1F600}`.length, `\x41\u0042\n`.length, `a\
b`);
function tag(s) { return JSON.stringify(s) + "|" + JSON.stringify(s.raw) + "|" + Array.prototype.slice.call(arguments, 1).join(","); }
console.log(tag`a${1}b${2}c`, tag``, tag`\n${x}`);
function id(s) { return s; }
var first;
for (var i = 0; i < 3; i++) { var s = id`x${i}y`; if (i === 0) first = s; console.log(s === first); }
console.log(id`x${1}y` === first, Object.isFrozen(first), Object.isFrozen(first.raw), Array.isArray(first));
var d = Object.getOwnPropertyDescriptor(first, "raw"); console.log(d.writable, d.enumerable, d.configurable);
var obj = {n: "obj", m: function (s, v) { return this.n + s[0] + v; }};
console.log(obj.m`<${5}>`, obj["m"]`[${6}]`);
console.log((function () { return id; })()`q`[0]);
console.log(id`\unicode`[0], id`\unicode`.raw[0]);
var order = []; function t2() { order.push("tag"); return function () { return order.join(); }; }
function sub(n) { order.push(n); return n; }
console.log(t2()`${sub(1)}${sub(2)}`);
function raw(s) { return s.raw[0] + "|" + s[0]; }
console.log(raw`a\u2028b\x41\0`.charCodeAt(11), raw`a\u2028b\x41\0`.length, `\u2028`.charCodeAt(0), raw`\``, `$` + `\${x}` + `{$}`);
console.log(`${`nested ${x + 1}`}!`, `${[1, 2]}`, `${{}}`, `${function f() {}}`.length > 0);
var sites = []; function keep(s) { sites.push(s); return s; }
function twice() { return keep`same`; }
twice(); twice(); keep`same`;
console.log(sites[0] === sites[1], sites[0] === sites[2]);
try { first[0] = "changed"; first.push("x"); } catch (e) { console.log(e.name); }
console.log(first[0], first.length);
var thrower = {toString: function () { throw new Error("boom"); }};
try { `${thrower}`; } catch (e) { console.log(e.message); }
console.log(String.prototype.concat.call`a${1}`.length >= 1);
// expect: a3btc tv plain  12 xundefinednulltrue
// expect: 11 2 3 ab
// expect: ["a","b","c"]|["a","b","c"]|1,2 [""]|[""]| ["\n",""]|["\\n",""]|3
// expect: true
// expect: true
// expect: true
// expect: false true true true
// expect: false false false
// expect: obj<5 obj[6
// expect: q
// expect: undefined \unicode
// expect: tag,1,2
// expect: 49 20 8232 \`|` $${x}{$}
// expect: nested 4! 1,2 [object Object] true
// expect: true false
// expect: TypeError
// expect: x 2
// expect: boom
// expect: true
