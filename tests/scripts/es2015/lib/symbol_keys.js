// Symbol keys through the ES2015 built-ins: Object.assign copies enumerable
// symbol-keyed properties after the string keys; entries/values/keys skip
// them; @@match decides IsRegExp for includes/startsWith/endsWith.
var s1 = Symbol('a'), s2 = Symbol('b');
var src = {x: 1}; src[s1] = 'one'; Object.defineProperty(src, s2, {value: 'hidden', enumerable: false});
var t = Object.assign({}, src);
console.log(t.x, t[s1], t[s2], Object.getOwnPropertySymbols(t).length, Object.keys(t).join(), JSON.stringify(Object.entries(src)), Object.values(src).length);
var order = []; var o2 = {}; o2[s1] = 1; o2.b = 2; o2[1] = 3;
var tgt = {}; ['1', 'b'].forEach(function(k){ Object.defineProperty(tgt, k, {set: function(v){ order.push(k); }}); }); Object.defineProperty(tgt, s1, {set: function(v){ order.push('sym'); }});
Object.assign(tgt, o2); console.log(order.join());
var rx = /a/; rx[Symbol.match] = false; console.log('/a/'.includes(rx), '/a/'.startsWith(rx));
var fake = {}; fake[Symbol.match] = true; try { 'a'.endsWith(fake); } catch (e) { console.log(e.name); }
console.log(Object.is(s1, s1), Object.is(s1, s2));
var arr = [1, 2]; arr[s1] = 'x'; console.log(Object.assign({}, arr)[s1]);
// expect: 1 one undefined 1 x [["x",1]] 1
// expect: 1,b,sym
// expect: true true
// expect: TypeError
// expect: true false
// expect: x
