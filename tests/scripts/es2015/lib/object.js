// Object: the ES2015+ statics (assign, is, entries, values, setPrototypeOf)
// and the ES5 statics that coerce a primitive argument instead of throwing.
function show(v) { if (Array.isArray(v)) { var s=[]; for (var i=0;i<v.length;i++) s.push(i in v ? show(v[i]) : '<hole>'); return '[' + s.join(', ') + ']'; } if (typeof v === 'string') return JSON.stringify(v); if (v === null) return 'null'; if (typeof v === 'number' && v === 0 && 1/v < 0) return '-0'; if (typeof v === 'object') return JSON.stringify(v); return String(v); }
var T = {
 assign_basic: function(){ var t = {a:1}; var r = Object.assign(t, {b:2}, null, undefined, {a:3, c:4}); return show([r === t, t]); },
 assign_order: function(){ var log = []; var src = {}; src.z = 1; src[2] = 'two'; src.a = 2; src[0] = 'zero';
   var t = {}; Object.defineProperty(t, 'a', {set: function(v){ log.push('set a ' + v); }, enumerable: true});
   Object.assign(t, src); return show([Object.keys(t), log]); },
 assign_getter: function(){ var n = 0; var src = {get g(){ n++; return 'got' + n; }}; var t = Object.assign({}, src, src);
   return show([t.g, n, Object.getOwnPropertyDescriptor(t, 'g').writable]); },
 assign_skips: function(){ var src = Object.create({inherited: 1}); Object.defineProperty(src, 'hidden', {value: 1, enumerable: false}); src.own = 2;
   return show(Object.assign({}, src)); },
 assign_prims: function(){ var t = Object.assign(1, 'ab', true, 5); return show([typeof t, t instanceof Number, t[0], t[1], Object.keys(t)]); },
 assign_array: function(){ return show(Object.assign([1, 2, 3], [9, , 8], {length: 5})); },
 assign_readonly: function(){ return Object.assign(Object.freeze({a:1}), {a:2}); },
 assign_nonext: function(){ return Object.assign(Object.preventExtensions({}), {x:1}); },
 assign_null: function(){ return Object.assign(null, {}); },
 assign_delete_later: function(){ var src = {get a(){ delete this.b; return 1; }, b: 2, c: 3}; return show(Object.assign({}, src)); },
 assign_throwing_getter: function(){ var t = {}; try { Object.assign(t, {a: 1, get b(){ throw new RangeError('b'); }, c: 3}); } catch (e) { return show([e.name, t]); } },
 is: function(){ return show([Object.is(NaN, NaN), Object.is(0, -0), Object.is(-0, -0), Object.is('a', 'a'), Object.is({}, {}), Object.is(undefined, null), Object.is(), Object.is(1, 1), Object.is(null, null), Object.is(true, 1)]); },
 entries: function(){ var o = {b: 1, a: [2]}; o[1] = 'one'; Object.defineProperty(o, 'x', {value: 0}); return show(Object.entries(o)); },
 entries_prims: function(){ return show([Object.entries('hi'), Object.entries(5), Object.entries(true), Object.values('hey')]); },
 entries_array: function(){ return show([Object.entries([7, , 9]), Object.values({length: 1, 0: 'a'})]); },
 entries_getter_deletes: function(){ var o = {get a(){ delete this.b; Object.defineProperty(this, 'c', {enumerable: false}); return 1; }, b: 2, c: 3, d: 4}; return show([Object.entries(o), Object.keys(o)]); },
 entries_null: function(){ return Object.entries(null); },
 values_undef: function(){ return Object.values(); },
 values_fn: function(){ function f(){} f.x = 1; return show(Object.values(f)); },
 setproto: function(){ var p = {hi: function(){ return 'hi from p'; }}; var o = {}; var r = Object.setPrototypeOf(o, p); return show([r === o, o.hi(), Object.getPrototypeOf(o) === p]); },
 setproto_null: function(){ var o = Object.setPrototypeOf({a: 1}, null); return show([Object.getPrototypeOf(o), 'toString' in o, o.a]); },
 setproto_prim: function(){ return show([Object.setPrototypeOf(1, null), Object.setPrototypeOf('s', {}), Object.setPrototypeOf(true, Array.prototype)]); },
 setproto_badproto: function(){ return Object.setPrototypeOf({}, 2); },
 setproto_badproto_prim: function(){ return Object.setPrototypeOf(1, undefined); },
 setproto_undef: function(){ return Object.setPrototypeOf(undefined, null); },
 setproto_cycle: function(){ var a = {}; var b = Object.create(a); return Object.setPrototypeOf(a, b); },
 setproto_self: function(){ var a = {}; return Object.setPrototypeOf(a, a); },
 setproto_nonext: function(){ return Object.setPrototypeOf(Object.preventExtensions({}), {}); },
 setproto_nonext_same: function(){ var p = {}; var o = Object.preventExtensions(Object.create(p)); return Object.setPrototypeOf(o, p) === o; },
 setproto_objproto: function(){ return Object.setPrototypeOf(Object.prototype, {}); },
 setproto_objproto_same: function(){ return Object.setPrototypeOf(Object.prototype, null) === Object.prototype; },
 setproto_array: function(){ var a = [1, 2]; Object.setPrototypeOf(a, {push: function(){ return 'mine'; }}); return show([a.push(3), a.length, Array.isArray(a)]); },
 setproto_fn: function(){ function f(){} Object.setPrototypeOf(f, {call: 'no'}); return show([f.call, typeof f]); },
 setproto_holes: function(){ var a = [, 'x']; Object.setPrototypeOf(a, ['p0', 'p1']); return show([a[0], a.indexOf('p0'), a.join('-'), a.slice(0)]); },
 prims_keys: function(){ return show([Object.keys('ab'), Object.getOwnPropertyNames('ab'), Object.keys(3), Object.getPrototypeOf(1) === Number.prototype, Object.getPrototypeOf('') === String.prototype]); },
 prims_freeze: function(){ return show([Object.freeze(1), Object.seal('a'), Object.preventExtensions(true), Object.isFrozen(1), Object.isSealed('a'), Object.isExtensible(2)]); },
 prims_desc: function(){ return show([Object.getOwnPropertyDescriptor('abc', 1), Object.getOwnPropertyDescriptor('abc', 'length')]); },
 prims_keys_null: function(){ return Object.keys(null); },
 prims_gpo_undef: function(){ return Object.getPrototypeOf(undefined); },
 lengths: function(){ return show([Object.assign.length, Object.is.length, Object.entries.length, Object.values.length, Object.setPrototypeOf.length, Object.assign.name, Object.setPrototypeOf.name]); },
 not_enumerable: function(){ return show(Object.keys(Object).concat(['x'])); },
 not_constructor: function(){ return new Object.assign({}); },
 not_constructor2: function(){ return new Object.is(); },
 not_constructor3: function(){ return new Object.entries({}); },
};
for (var k in T) { try { console.log(k + ' ' + show(T[k]())); } catch (e) { console.log(k + ' THREW ' + e.name); } }
// expect: assign_basic "[true, {\"a\":3,\"b\":2,\"c\":4}]"
// expect: assign_order "[[\"0\", \"2\", \"a\", \"z\"], [\"set a 2\"]]"
// expect: assign_getter "[\"got2\", 2, true]"
// expect: assign_skips "{\"own\":2}"
// expect: assign_prims "[\"object\", true, \"a\", \"b\", [\"0\", \"1\"]]"
// expect: assign_array "[9, 2, 8, <hole>, <hole>]"
// expect: assign_readonly THREW TypeError
// expect: assign_nonext THREW TypeError
// expect: assign_null THREW TypeError
// expect: assign_delete_later "{\"a\":1,\"c\":3}"
// expect: assign_throwing_getter "[\"RangeError\", {\"a\":1}]"
// expect: is "[true, false, true, true, false, false, true, true, true, false]"
// expect: entries "[[\"1\", \"one\"], [\"b\", 1], [\"a\", [2]]]"
// expect: entries_prims "[[[\"0\", \"h\"], [\"1\", \"i\"]], [], [], [\"h\", \"e\", \"y\"]]"
// expect: entries_array "[[[\"0\", 7], [\"2\", 9]], [\"a\", 1]]"
// expect: entries_getter_deletes "[[[\"a\", 1], [\"d\", 4]], [\"a\", \"d\"]]"
// expect: entries_null THREW TypeError
// expect: values_undef THREW TypeError
// expect: values_fn "[1]"
// expect: setproto "[true, \"hi from p\", true]"
// expect: setproto_null "[null, false, 1]"
// expect: setproto_prim "[1, \"s\", true]"
// expect: setproto_badproto THREW TypeError
// expect: setproto_badproto_prim THREW TypeError
// expect: setproto_undef THREW TypeError
// expect: setproto_cycle THREW TypeError
// expect: setproto_self THREW TypeError
// expect: setproto_nonext THREW TypeError
// expect: setproto_nonext_same true
// expect: setproto_objproto THREW TypeError
// expect: setproto_objproto_same true
// expect: setproto_array "[\"mine\", 2, true]"
// expect: setproto_fn "[\"no\", \"function\"]"
// expect: setproto_holes "[\"p0\", 0, \"p0-x\", [\"p0\", \"x\"]]"
// expect: prims_keys "[[\"0\", \"1\"], [\"0\", \"1\", \"length\"], [], true, true]"
// expect: prims_freeze "[1, \"a\", true, true, true, false]"
// expect: prims_desc "[{\"value\":\"b\",\"writable\":false,\"enumerable\":true,\"configurable\":false}, {\"value\":3,\"writable\":false,\"enumerable\":false,\"configurable\":false}]"
// expect: prims_keys_null THREW TypeError
// expect: prims_gpo_undef THREW TypeError
// expect: lengths "[2, 2, 1, 1, 2, \"assign\", \"setPrototypeOf\"]"
// expect: not_enumerable "[\"x\"]"
// expect: not_constructor THREW TypeError
// expect: not_constructor2 THREW TypeError
// expect: not_constructor3 THREW TypeError
