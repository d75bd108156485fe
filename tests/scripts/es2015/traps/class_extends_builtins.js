// Classes extending Array (length tracks indices) and Error (name,
// message, stack, instanceof); extends null; new.target.
class Stack extends Array {
  peek() { return this[this.length - 1]; }
}
var s = new Stack();
s.push(1, 2);
s[5] = 9;
console.log(s.length, s.peek(), s instanceof Stack, s instanceof Array, Array.isArray(s));
s.length = 1;
console.log(s.length, s[1], JSON.stringify(s), Object.prototype.toString.call(s));
var t = new Stack(3);
console.log(t.length, Object.keys(t).length);
class MyError extends Error {
  constructor(msg, code) { super(msg); this.code = code; }
  get name() { return "MyError"; }
}
var e = new MyError("boom", 7);
console.log(e instanceof MyError, e instanceof Error, e.message, e.code, String(e));
console.log(typeof e.stack, e.stack.split("\n")[0]);
try { throw new MyError("thrown", 1); } catch (err) { console.log(err.name + "/" + err.message + "/" + (err instanceof MyError)); }
class Plain extends Error {}
var p = new Plain("x");
console.log(p.name, p.constructor.name, Object.prototype.hasOwnProperty.call(p, "message"));
class Target { constructor() { this.t = new.target === Target; } }
class Sub extends Target {}
console.log(new Target().t, new Sub().t);
try { Target(); } catch (err) { console.log(err.name + ": " + err.message); }
class Nothing extends null { constructor() { return Object.create(Nothing.prototype); } }
console.log(Object.getPrototypeOf(Nothing.prototype), new Nothing() instanceof Nothing);
class Base { m() { return "base"; } static s() { return "static " + this.name; } }
class Derived extends Base { m() { return "derived>" + super.m(); } }
console.log(new Derived().m(), Derived.s(), typeof Base, Object.keys(Base.prototype).length);
// expect: 6 9 true true true
// expect: 1 undefined [1] [object Array]
// expect: 3 0
// expect: true true boom 7 MyError: boom
// expect: string MyError: boom
// expect: MyError/thrown/true
// expect: Error Plain true
// expect: true false
// expect: TypeError: Class constructor Target cannot be invoked without 'new'
// expect: null true
// expect: derived>base static Derived function 0
