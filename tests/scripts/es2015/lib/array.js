// Array: ES2015's Array.from/of and find/findIndex/fill/includes/copyWithin,
// on dense, sparse, huge and generic (array-like) receivers.
function show(v) { if (Array.isArray(v)) { var s=[]; for (var i=0;i<v.length;i++) s.push(i in v ? show(v[i]) : '<hole>'); return '[' + s.join(', ') + ']'; } if (typeof v === 'string') return JSON.stringify(v); if (v === null) return 'null'; if (typeof v === 'number' && v === 0 && 1/v < 0) return '-0'; if (typeof v === 'object') return JSON.stringify(v); return String(v); }
function iterable(values, log) {
  var o = {};
  o[Symbol.iterator] = function () {
    var i = 0;
    return {
      next: function () { log && log.push('next'); return i < values.length ? {value: values[i++], done: false} : {value: 'ignored', done: true}; },
      'return': function () { log && log.push('return'); return {}; }
    };
  };
  return o;
}
function Box(n) { this.made = arguments.length ? 'new Box(' + n + ')' : 'new Box()'; }
var T = {
 from_string: function(){ return Array.from('a\uD83D\uDE00b\uD800').map(function(c){ return c.length + ':' + c.charCodeAt(0).toString(16); }); },
 from_array: function(){ return [Array.from([1, , 3]), Array.from([]), Array.from([1, 2], function(v, i){ return [v, i, arguments.length]; })]; },
 from_array_like: function(){ return [Array.from({length: 3, 0: 'a', 2: 'c'}), Array.from({length: '2', 0: 1, 1: 2}), Array.from({length: -1}), Array.from({}), Array.from(5), Array.from(true), Array.from({length: 2.7, 0: 'x', 1: 'y'})]; },
 from_map_this: function(){ var ctx = {k: 10}; return Array.from([1, 2], function(v){ return v + this.k; }, ctx); },
 from_map_not_callable: function(){ return Array.from([], 5); },
 from_map_checked_first: function(){ var log = []; try { Array.from(iterable([1], log), {}); } catch (e) { log.push(e.name); } return log; },
 from_null: function(){ return Array.from(null); },
 from_undefined: function(){ return Array.from(); },
 from_iterable: function(){ var log = []; var r = Array.from(iterable(['x', 'y'], log)); return [r, log]; },
 from_iterable_map: function(){ return Array.from(iterable([1, 2, 3]), function(v, i){ return v * v + i; }); },
 from_iterable_close_on_throw: function(){ var log = []; try { Array.from(iterable([1, 2, 3], log), function(v){ if (v === 2) throw new Error('stop'); return v; }); } catch (e) { log.push(e.message); } return log; },
 from_iterator_not_object: function(){ var o = {}; o[Symbol.iterator] = function(){ return 1; }; return Array.from(o); },
 from_next_result_not_object: function(){ var o = {}; o[Symbol.iterator] = function(){ return {next: function(){ return 1; }}; }; return Array.from(o); },
 from_iterator_method_wins: function(){ var o = {length: 5, 0: 'ignored'}; o[Symbol.iterator] = function(){ return iterable(['it'])[Symbol.iterator](); }; return Array.from(o); },
 from_iterator_null_is_array_like: function(){ var o = {length: 1, 0: 'al'}; o[Symbol.iterator] = null; return Array.from(o); },
 from_iterator_bad: function(){ var o = {}; o[Symbol.iterator] = 7; return Array.from(o); },
 from_ctor_array_like: function(){ var r = Array.from.call(Box, {length: 2, 0: 'a', 1: 'b'}); return [r instanceof Box, r.made, r.length, r[0], r[1], Array.isArray(r)]; },
 from_ctor_iterable: function(){ var r = Array.from.call(Box, iterable(['q'])); return [r instanceof Box, r.made, r.length, r[0]]; },
 from_non_ctor_this: function(){ var r = Array.from.call({}, [1, 2]); var s = Array.from.call(Math.max, 'ab'); return [Array.isArray(r), r, Array.isArray(s), s]; },
 from_ctor_frozen: function(){ function F(){ return Object.freeze({}); } return Array.from.call(F, [1]); },
 from_huge: function(){ return Array.from({length: Math.pow(2, 32)}); },
 from_arguments: function(){ return (function(){ return Array.from(arguments); })(1, 'two', 3); },
 of: function(){ return [Array.of(), Array.of(7), Array.of(1, 2, 3), Array.of(undefined).length, Array.of.length, Array.from.length, Array.of.name, Array.from.name]; },
 of_ctor: function(){ var r = Array.of.call(Box, 'x', 'y'); return [r instanceof Box, r.made, r.length, r[1]]; },
 of_non_ctor: function(){ var r = Array.of.call(undefined, 1); return [Array.isArray(r), r]; },
 find: function(){ var a = [5, 12, 8, 130, 44]; return [a.find(function(v){ return v > 10; }), a.findIndex(function(v){ return v > 10; }), a.find(function(v){ return v > 1000; }), a.findIndex(function(v){ return v > 1000; }), [].find(function(){ return true; }), [].findIndex(function(){ return true; })]; },
 find_holes: function(){ var seen = []; [1, , 3].find(function(v, i, arr){ seen.push(i + ':' + v + ':' + (arr.length)); return false; }); return seen; },
 find_holes_index: function(){ return [[1, , 3].findIndex(function(v){ return v === undefined; }), [1, , 3].find(function(v, i){ return i === 1; })]; },
 find_this: function(){ var o = {t: 2}; return [[1, 2, 3].find(function(v){ return v === this.t; }, o), [1, 2, 3].findIndex(function(v){ return v === this.t; }, o)]; },
 find_len_fixed: function(){ var a = [1, 2]; var seen = []; a.find(function(v, i){ if (i === 0) a.push(3); seen.push(v); return false; }); return [seen, a.length]; },
 find_sees_changes: function(){ var a = [1, 2, 3]; var seen = []; a.find(function(v, i){ if (i === 0) { a[2] = 'changed'; delete a[1]; } seen.push(v); return false; }); return seen; },
 find_generic: function(){ var o = {length: 3, 0: 'a', 1: 'b', 2: 'c'}; return [Array.prototype.find.call(o, function(v){ return v === 'b'; }), Array.prototype.findIndex.call('xyz', function(v){ return v === 'z'; })]; },
 find_not_callable: function(){ return [1].find(); },
 findIndex_not_callable: function(){ return [1].findIndex({}); },
 find_null_this: function(){ return Array.prototype.find.call(null, function(){}); },
 find_truthy: function(){ return [[0, '', null, 'x'].find(function(v){ return v; }), [0, NaN, 2].findIndex(function(v){ return v; })]; },
 find_empty_len_no_call: function(){ var n = 0; Array.prototype.find.call({length: 0}, function(){ n++; }); return n; },
 fill: function(){ return [[1, 2, 3].fill(4), [1, 2, 3].fill(4, 1), [1, 2, 3].fill(4, 1, 2), [1, 2, 3].fill(4, 1, 1), [1, 2, 3].fill(4, 3, 3), [1, 2, 3].fill(4, -3, -2), [1, 2, 3].fill(4, NaN, NaN), [1, 2, 3].fill(4, 3, 5), [1, 2, 3].fill(), [1, 2, 3].fill(4, '1', '2.9'), Array(3).fill(0), [, , 1].fill('z', 0, 1)]; },
 fill_generic: function(){ var o = {length: 3}; Array.prototype.fill.call(o, 'v', 1); return [o, Array.prototype.fill.call({length: 0}, 1)]; },
 fill_returns_this: function(){ var a = [1]; return a.fill(2) === a; },
 fill_frozen: function(){ try { Object.freeze([1, 2]).fill(0); } catch (e) { return e.name; } },
 fill_frozen_empty_range: function(){ return Object.freeze([1, 2]).fill(0, 2); },
 fill_sparse: function(){ var a = []; a.length = 10; a[8] = 'x'; a.fill('f', 7, 9); return [a.length, Object.keys(a)]; },
 includes: function(){ var a = [1, 2, NaN, -0, '3', null]; return [a.includes(2), a.includes(NaN), a.includes(0), a.includes(-0), a.includes('3'), a.includes(3), a.includes(null), a.includes(undefined), a.includes(2, 2), a.includes(null, -1), a.includes(1, -100), a.includes(1, 6), a.includes(1, Infinity), a.includes(1, -Infinity), [].includes(undefined), [, ].includes(undefined), [1].includes(), [undefined].includes(), [true].includes(1), [1].includes(true)]; },
 includes_generic: function(){ return [Array.prototype.includes.call({length: 2, 0: 'a'}, undefined), Array.prototype.includes.call({length: 2, 0: 'a'}, 'a'), Array.prototype.includes.call('abc', 'c'), Array.prototype.includes.call({length: 0, 0: 'a'}, 'a'), Array.prototype.includes.call(5, undefined)]; },
 includes_len_zero_no_fromIndex: function(){ var n = 0; Array.prototype.includes.call({length: 0}, 1, {valueOf: function(){ n++; return 0; }}); return n; },
 includes_proto_hole: function(){ var a = [, 'own']; Object.setPrototypeOf(a, ['inherited']); return [a.includes('inherited'), a.includes(undefined)]; },
 includes_getters: function(){ var log = []; var o = {length: 3}; Object.defineProperty(o, 0, {get: function(){ log.push(0); return 'a'; }}); Object.defineProperty(o, 2, {get: function(){ log.push(2); return 'c'; }}); var r = Array.prototype.includes.call(o, undefined); return [r, log]; },
 includes_huge: function(){ var a = []; a.length = 4294967295; a[3] = 'x'; a[4294967290] = NaN; return [a.includes(undefined), a.includes('x'), a.includes(NaN), a.includes('y'), a.includes(NaN, -4), a.includes(NaN, -5)]; },
 includes_huge_dense_prefix: function(){ var o = {length: 100000}; for (var i = 0; i < 70000; i++) o[i] = i; return [Array.prototype.includes.call(o, undefined), Array.prototype.includes.call(o, 69999), Array.prototype.includes.call(o, 70000)]; },
 copyWithin: function(){ return [[1, 2, 3, 4, 5].copyWithin(0, 3), [1, 2, 3, 4, 5].copyWithin(0, 3, 4), [1, 2, 3, 4, 5].copyWithin(-2, -3, -1), [1, 2, 3, 4, 5].copyWithin(1, 0), [1, 2, 3, 4, 5].copyWithin(0, 1), [1, 2, 3, 4, 5].copyWithin(2, 0, 2), [1, 2, 3].copyWithin(5, 0), [1, 2, 3].copyWithin(0, 5), [1, 2, 3].copyWithin(), [1, 2, 3].copyWithin(1, NaN, Infinity)]; },
 copyWithin_holes: function(){ return [[1, , 3, 4].copyWithin(2, 0), [, 2, 3].copyWithin(1, 0, 1)]; },
 copyWithin_generic: function(){ var o = {length: 5, 0: 'a', 3: 'd', 4: 'e'}; Array.prototype.copyWithin.call(o, 0, 3); var p = {length: 4, 0: 'x', 2: 'z'}; Array.prototype.copyWithin.call(p, 1, 0, 3); return [o, p]; },
 copyWithin_order: function(){ var log = []; var o = {length: 4}; [0, 1, 2, 3].forEach(function(i){ Object.defineProperty(o, i, {get: function(){ log.push('get' + i); return i; }, set: function(v){ log.push('set' + i + '=' + v); }, configurable: true}); }); Array.prototype.copyWithin.call(o, 1, 0, 3); return log; },
 copyWithin_frozen: function(){ try { Object.freeze([1, 2, 3]).copyWithin(0, 1); } catch (e) { return e.name; } },
 copyWithin_huge: function(){ var a = []; a.length = 4294967295; a[4294967290] = 'far'; a[1] = 'near'; a.copyWithin(0, 4294967290); return [a[0], a[1], a[4], a[4294967290], a.length]; },
 copyWithin_huge_delete: function(){ var a = []; a.length = 4294967295; a[0] = 'gone'; a[100] = 'moved'; a.copyWithin(0, 4294967200); return [a[0], a[100], Object.keys(a).length]; },
 methods: function(){ return ['find', 'findIndex', 'fill', 'includes', 'copyWithin'].map(function(m){ var d = Object.getOwnPropertyDescriptor(Array.prototype, m); return m + ':' + Array.prototype[m].length + d.enumerable + d.writable + d.configurable; }); },
 statics: function(){ return ['from', 'of'].map(function(m){ var d = Object.getOwnPropertyDescriptor(Array, m); return m + ':' + Array[m].length + d.enumerable + d.writable + d.configurable; }); },
 not_constructors: function(){ var n = 0; [Array.from, Array.of, [].find, [].findIndex, [].fill, [].includes, [].copyWithin].forEach(function(f){ try { new f(); } catch (e) { if (e instanceof TypeError) n++; } }); return n; },
 redefined_find: function(){ var orig = Array.prototype.find; Array.prototype.find = function(){ return 'patched'; }; var r = [1].find(function(){ return true; }); Array.prototype.find = orig; return [r, [1].find(function(){ return true; })]; },
};
for (var k in T) { try { console.log(k + ' ' + show(T[k]())); } catch (e) { console.log(k + ' THREW ' + e.name + ': ' + e.message); } }
// expect: from_string ["1:61", "2:d83d", "1:62", "1:d800"]
// expect: from_array [[1, undefined, 3], [], [[1, 0, 2], [2, 1, 2]]]
// expect: from_array_like [["a", undefined, "c"], [1, 2], [], [], [], [], ["x", "y"]]
// expect: from_map_this [11, 12]
// expect: from_map_not_callable THREW TypeError: 5 is not a function
// expect: from_map_checked_first ["TypeError"]
// expect: from_null THREW TypeError: object null is not iterable (cannot read property Symbol(Symbol.iterator))
// expect: from_undefined THREW TypeError: undefined is not iterable (cannot read property Symbol(Symbol.iterator))
// expect: from_iterable [["x", "y"], ["next", "next", "next"]]
// expect: from_iterable_map [1, 5, 11]
// expect: from_iterable_close_on_throw ["next", "next", "return", "stop"]
// expect: from_iterator_not_object THREW TypeError: Result of the Symbol.iterator method is not an object
// expect: from_next_result_not_object THREW TypeError: Iterator result 1 is not an object
// expect: from_iterator_method_wins ["it"]
// expect: from_iterator_null_is_array_like ["al"]
// expect: from_iterator_bad THREW TypeError: %Array%.from requires that the property of the first argument, items[Symbol.iterator], when exists, be a function
// expect: from_ctor_array_like [true, "new Box(2)", 2, "a", "b", false]
// expect: from_ctor_iterable [true, "new Box()", 1, "q"]
// expect: from_non_ctor_this [true, [1, 2], true, ["a", "b"]]
// expect: from_ctor_frozen THREW TypeError: Cannot define property 0, object is not extensible
// expect: from_huge THREW RangeError: Invalid array length
// expect: from_arguments [1, "two", 3]
// expect: of [[], [7], [1, 2, 3], 1, 0, 1, "of", "from"]
// expect: of_ctor [true, "new Box(2)", 2, "y"]
// expect: of_non_ctor [true, [1]]
// expect: find [12, 1, undefined, -1, undefined, -1]
// expect: find_holes ["0:1:3", "1:undefined:3", "2:3:3"]
// expect: find_holes_index [1, undefined]
// expect: find_this [2, 1]
// expect: find_len_fixed [[1, 2], 3]
// expect: find_sees_changes [1, undefined, "changed"]
// expect: find_generic ["b", 2]
// expect: find_not_callable THREW TypeError: undefined is not a function
// expect: findIndex_not_callable THREW TypeError: #<Object> is not a function
// expect: find_null_this THREW TypeError: Array.prototype.find called on null or undefined
// expect: find_truthy ["x", 2]
// expect: find_empty_len_no_call 0
// expect: fill [[4, 4, 4], [1, 4, 4], [1, 4, 3], [1, 2, 3], [1, 2, 3], [4, 2, 3], [1, 2, 3], [1, 2, 3], [undefined, undefined, undefined], [1, 4, 3], [0, 0, 0], ["z", <hole>, 1]]
// expect: fill_generic [{"1":"v","2":"v","length":3}, {"length":0}]
// expect: fill_returns_this true
// expect: fill_frozen "TypeError"
// expect: fill_frozen_empty_range [1, 2]
// expect: fill_sparse [10, ["7", "8"]]
// expect: includes [true, true, true, true, true, false, true, false, false, true, true, false, false, true, false, true, false, true, false, false]
// expect: includes_generic [true, true, true, false, false]
// expect: includes_len_zero_no_fromIndex 0
// expect: includes_proto_hole [true, false]
// expect: includes_getters [true, [0]]
// expect: includes_huge [true, true, true, false, false, true]
// expect: includes_huge_dense_prefix [true, true, false]
// expect: copyWithin [[4, 5, 3, 4, 5], [4, 2, 3, 4, 5], [1, 2, 3, 3, 4], [1, 1, 2, 3, 4], [2, 3, 4, 5, 5], [1, 2, 1, 2, 5], [1, 2, 3], [1, 2, 3], [1, 2, 3], [1, 1, 2]]
// expect: copyWithin_holes [[1, <hole>, 1, <hole>], [<hole>, <hole>, 3]]
// expect: copyWithin_generic [{"0":"d","1":"e","3":"d","4":"e","length":5}, {"0":"x","1":"x","3":"z","length":4}]
// expect: copyWithin_order ["get2", "set3=2", "get1", "set2=1", "get0", "set1=0"]
// expect: copyWithin_frozen "TypeError"
// expect: copyWithin_huge ["far", undefined, undefined, "far", 4294967295]
// expect: copyWithin_huge_delete [undefined, "moved", 1]
// expect: methods ["find:1falsetruetrue", "findIndex:1falsetruetrue", "fill:1falsetruetrue", "includes:1falsetruetrue", "copyWithin:2falsetruetrue"]
// expect: statics ["from:1falsetruetrue", "of:0falsetruetrue"]
// expect: not_constructors 7
// expect: redefined_find ["patched", 1]
