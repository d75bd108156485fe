// RegExp objects, exec/test and lastIndex (ES5.1 15.10.4-15.10.7)
function j(v) { return JSON.stringify(v); }
var r = /a/g, s = "aXa", out = [], m;
while ((m = r.exec(s))) out.push(m.index, r.lastIndex);
console.log(j(out), r.lastIndex);
r = /a/; r.lastIndex = 5; m = r.exec("aa");
console.log(m.index, r.lastIndex, r.exec("bb"), r.lastIndex);
r = /a/g; r.lastIndex = 5;
console.log(r.exec("aa"), r.lastIndex);
r.lastIndex = 1;
console.log(r.test("a"), r.lastIndex, r.test("a"), r.lastIndex);
m = /(a)|b/.exec("xb");
console.log(m.length, m.index, m.input, m[1] === undefined, 1 in m);
r = /a/g;
console.log(r.source, r.global, r.ignoreCase, r.multiline, r.lastIndex);
r.source = "x"; r.global = false;
console.log(r.source, r.global, Object.keys(r).length);
console.log(String(/a/gim), String(new RegExp("a", "mig")), String(new RegExp("")), String(new RegExp("/", "g")));
console.log(new RegExp("a/b\n[/]\\/").source, new RegExp(undefined).source, new RegExp(null).source);
var x = /x/g;
console.log(RegExp(x) === x, new RegExp(x) === x, String(new RegExp(x)), RegExp.length);
try { new RegExp("("); } catch (e) { console.log(e.name + ": " + e.message); }
try { new RegExp("a", "gg"); } catch (e) { console.log(e.name + ": " + e.message); }
try { new RegExp("x{2,1}"); } catch (e) { console.log(e.name + ": " + e.message); }
try { RegExp.prototype.exec.call({}, "a"); } catch (e) { console.log(e.name + ": " + e.message); }
function lit() { return /a/g; }
console.log(lit() === lit(), RegExp.prototype.exec.length, RegExp.prototype.test.length);
// expect: [0,1,2,3] 0
// expect: 0 5 null 5
// expect: null 0
// expect: false 0 true 1
// expect: 2 1 xb true true
// expect: a true false false 0
// expect: a true 0
// expect: /a/gim /a/gim /(?:)/ /\//g
// expect: a\/b\n[/]\/ (?:) null
// expect: true false /x/g 2
// expect: SyntaxError: Invalid regular expression: /(/: Unterminated group
// expect: SyntaxError: Invalid flags supplied to RegExp constructor 'gg'
// expect: SyntaxError: Invalid regular expression: /x{2,1}/: numbers out of order in {} quantifier
// expect: TypeError: Method RegExp.prototype.exec called on incompatible receiver #<Object>
// expect: false 1 1
