// Symbol values: typeof, descriptions, conversions, identity, the registry.
var s = Symbol("foo");
console.log(typeof s, String(s), s.toString(), s.description);
console.log(Symbol().toString(), Symbol().description, Symbol(undefined).toString(), Symbol(null).toString());
console.log(Symbol(12).description, typeof Symbol.iterator, Symbol.iterator.toString());
function err(f) { try { f(); return "no error"; } catch (e) { return e.name + ": " + e.message; } }
console.log(err(function () { return s + ""; }));
console.log(err(function () { return "" + s; }));
console.log(err(function () { return +s; }));
console.log(err(function () { return s * 2; }));
console.log(err(function () { return s < 1; }));
console.log(err(function () { return new Symbol(); }));
console.log(err(function () { return [s].join(); }));
console.log(err(function () { return "a".concat(s); }));
console.log(err(function () { return Symbol.keyFor("x"); }));
console.log(Symbol.for("a") === Symbol.for("a"), Symbol.keyFor(Symbol.for("a")), Symbol.keyFor(s));
console.log(Symbol.for("b").description, Symbol.keyFor(Symbol.iterator), Symbol.for() === Symbol.for("undefined"));
console.log(s === s, s == s, Symbol("x") === Symbol("x"), Symbol("x") == Symbol("x"));
var w = Object(s);
console.log(typeof w, w == s, w === s, w.valueOf() === s, w instanceof Symbol, Object.getPrototypeOf(w) === Symbol.prototype);
console.log(err(function () { return w + ""; }), err(function () { return String(w); }));
console.log(!!s, !s, s ? "truthy" : "falsy", Boolean(Symbol()));
console.log(Symbol.length, Symbol.name, Symbol.prototype.constructor === Symbol);
console.log(Object.prototype.toString.call(s), Object.prototype.toString.call(w));
console.log(s.constructor === Symbol, s[Symbol.toPrimitive]("number") === s, s[Symbol.toStringTag]);
console.log(err(function () { Symbol.prototype.toString.call({}); }));
console.log(err(function () { Symbol.prototype.valueOf.call("s"); }));
console.log(JSON.stringify([s, 1]), JSON.stringify({a: s, b: 1}), JSON.stringify(s), JSON.stringify(w));
console.log(isNaN.call(null, 1), [1, 2].indexOf(s), [s].indexOf(s), [s].lastIndexOf(s));
console.log(s);
// expect: symbol Symbol(foo) Symbol(foo) foo
// expect: Symbol() undefined Symbol() Symbol(null)
// expect: 12 symbol Symbol(Symbol.iterator)
// expect: TypeError: Cannot convert a Symbol value to a string
// expect: TypeError: Cannot convert a Symbol value to a string
// expect: TypeError: Cannot convert a Symbol value to a number
// expect: TypeError: Cannot convert a Symbol value to a number
// expect: TypeError: Cannot convert a Symbol value to a number
// expect: TypeError: Symbol is not a constructor
// expect: TypeError: Cannot convert a Symbol value to a string
// expect: TypeError: Cannot convert a Symbol value to a string
// expect: TypeError: x is not a symbol
// expect: true a undefined
// expect: b undefined true
// expect: true true false false
// expect: object true false true true true
// expect: TypeError: Cannot convert a Symbol value to a string TypeError: Cannot convert a Symbol value to a string
// expect: true false truthy true
// expect: 0 Symbol true
// expect: [object Symbol] [object Symbol]
// expect: true true Symbol
// expect: TypeError: Symbol.prototype.toString requires that 'this' be a Symbol
// expect: TypeError: Symbol.prototype.valueOf requires that 'this' be a Symbol
// expect: [null,1] {"b":1} undefined {}
// expect: false -1 0 0
// expect: Symbol(foo)
