function outer() {
    var fns = [];
    for (var i = 0; i < 3; i++) { fns.push(function () { return i; }); }
    return fns;
}
var fs = outer();
console.log(fs[0](), fs[1](), fs[2]());
function counter() { var c = 0; return { inc: function () { return ++c; }, get: function () { return c; } }; }
var cnt = counter(); cnt.inc(); cnt.inc(); console.log(cnt.get());
function hoisted() { return inner(); function inner() { return "inner"; } }
console.log(hoisted());
console.log(typeof later, later2);
var later2 = 5;
function later() {}
function args() { return arguments.length + ":" + Array.prototype.slice.call(arguments).join("|"); }
console.log(args(1, 2, 3), args());
function alias(a) { arguments[0] = "changed"; return a; }
console.log(alias("orig"));
function alias2(a) { a = "x"; return arguments[0]; }
console.log(alias2("y"));
function Person(name) { this.name = name; }
Person.prototype.hi = function () { return "hi " + this.name; };
var p = new Person("bob");
console.log(p.hi(), p instanceof Person, p.constructor === Person);
function thisTest() { return this; }
console.log(thisTest() === this, typeof thisTest.call(5));
var bound = function (a, b) { return this.v + a + b; }.bind({v: 1}, 2);
console.log(bound(3), bound.length);
console.log(Math.max.apply(null, [1, 5, 3]));
var fact = function f(n) { return n <= 1 ? 1 : n * f(n - 1); };
console.log(fact(10), typeof f);
implicitGlobal = 7; console.log(this.implicitGlobal);
var gv = 3; console.log(this.gv, delete this.gv, delete implicitGlobal, typeof implicitGlobal);
function rec(n) { return n == 0 ? 0 : 1 + rec(n - 1); }
console.log(rec(5000));
function deep() { return deep(); }
try { deep(); } catch (e) { console.log(e instanceof RangeError, e.message); }
console.log((function () { return typeof arguments; })());
var obj = { get x() { return 42; }, set x(v) { this._x = v; }, y: 1 };
obj.x = 5; console.log(obj.x, obj._x, Object.keys(obj).join());
// expect: 3 3 3
// expect: 2
// expect: inner
// expect: function undefined
// expect: 3:1|2|3 0:
// expect: changed
// expect: x
// expect: hi bob true true
// expect: true object
// expect: 6 1
// expect: 5
// expect: 3628800 undefined
// expect: 7
// expect: 3 false true undefined
// expect: 5000
// expect: true Maximum call stack size exceeded
// expect: object
// expect: 42 5 x,y,_x
