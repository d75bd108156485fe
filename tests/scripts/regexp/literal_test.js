// /re/.test(s) on a literal: the compiled fast path (no RegExp made while
// RegExp.prototype is pristine) and each of its fallbacks (ES2015 21.2.5.13)
var n = 0, i;
for (i = 0; i < 3; i++) if (/a/g.test("aa")) n++;          // a new object (lastIndex 0) each time
console.log(n, /b/y.test("ab"), /a/y.test("ab"), /^b/m.test("a\nb"), /x/.test("abc"));
var r = /a/g, seen = [];
for (i = 0; i < 3; i++) seen.push(r.test("aa"));            // one object: lastIndex advances
console.log(seen.join(), r.lastIndex);
// arguments that are not strings: ToString once, in order
var calls = [];
var o = { toString: function () { calls.push("toString"); return "xay"; } };
console.log(/a/.test(o), /1/.test(12), /undefined/.test(), /null/.test(null), calls.join());
console.log(/(a)|b/.test("b"), /^$/.test(""), /\u00e9/i.test("\u00c9"));
// the argument is evaluated after test is read: replacing test inside it
// still uses the built-in this time, the replacement next time
var own = RegExp.prototype.test;
function fake(s) { return "fake:" + this.source + ":" + this.lastIndex + ":" + s; }
console.log(/a/g.test((RegExp.prototype.test = fake, "a")));
console.log(/a/g.test("b"));
RegExp.prototype.test = own;
console.log(/a/.test("a"));
// ES2015: test calls a replaced exec (RegExpExec), even one replaced by the argument
var builtinExec = RegExp.prototype.exec, log = [];
RegExp.prototype.exec = function (s) { log.push(this.source + "/" + s); return builtinExec.call(this, s); };
console.log(/c/.test("abc"), /d/.test("abc"), log.join());
RegExp.prototype.exec = function () { return 1; };
try { /a/.test("a"); } catch (e) { console.log(e.name); }
RegExp.prototype.exec = function () { return null; };
console.log(/a/.test("a"));
RegExp.prototype.exec = builtinExec;
log = [];
console.log(/a/.test((RegExp.prototype.exec = function (s) { log.push(s); return null; }, "a")), log.join());
RegExp.prototype.exec = builtinExec;
console.log(/a/.test("a"));
// an own exec on a RegExp (not a literal) is called by its test
var mine = /z/;
mine.exec = function (s) { return { length: 0 }; };
console.log(mine.test("nothing"));
mine.exec = 42;  // not callable: the built-in matching
console.log(mine.test("nothing"), mine.test("z"));
// expect: 3 false true true false
// expect: true,true,false 0
// expect: true true true true toString
// expect: true true true
// expect: true
// expect: fake:a:0:b
// expect: true
// expect: true false c/abc,d/abc
// expect: TypeError
// expect: false
// expect: false a
// expect: true
// expect: true
// expect: false true
