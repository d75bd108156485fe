// super in object-literal accessors and methods: the object is the HomeObject, one per evaluation.
var base = {get who() { return "base:" + this.n; }, x: 1};
var o = {__proto__: base, n: "o", get who() { return "o>" + super.who; }};
var p = {n: "p", get who() { return "p>" + super.toString.name; }, m() { return super.hasOwnProperty("n"); }};
console.log(o.who, p.who, p.m());
var objs = []; for (var i = 0; i < 2; i++) objs.push({i: i, m() { return super.constructor.name + this.i; }});
console.log(objs[0].m(), objs[1].m());
// expect: o>base:o p>toString true
// expect: Object0 Object1
