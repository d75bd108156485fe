// Number: the ES2015 predicates (no conversion) and constants; parseInt and
// parseFloat are the global functions themselves.
function show(v) { if (Array.isArray(v)) { var s=[]; for (var i=0;i<v.length;i++) s.push(i in v ? show(v[i]) : '<hole>'); return '[' + s.join(', ') + ']'; } if (typeof v === 'string') return JSON.stringify(v); if (v === null) return 'null'; if (typeof v === 'number' && v === 0 && 1/v < 0) return '-0'; if (typeof v === 'object') return JSON.stringify(v); return String(v); }
var vals = [0, -0, 1, -1, 0.5, -1.5, 1e21, 1e300, 9007199254740991, 9007199254740992, -9007199254740991, -9007199254740992, 2.5e-324, 5e-324, Infinity, -Infinity, NaN, '1', '', 'NaN', true, null, undefined, {}, [], [1], new Number(5), new Number(NaN), {valueOf: function(){ return 3; }}];
var T = {
 isFinite: function(){ return vals.map(function(v){ return Number.isFinite(v); }); },
 isInteger: function(){ return vals.map(function(v){ return Number.isInteger(v); }); },
 isNaN: function(){ return vals.map(function(v){ return Number.isNaN(v); }); },
 isSafeInteger: function(){ return vals.map(function(v){ return Number.isSafeInteger(v); }); },
 no_args: function(){ return [Number.isFinite(), Number.isInteger(), Number.isNaN(), Number.isSafeInteger()]; },
 no_valueOf_call: function(){ var called = 0; var o = {valueOf: function(){ called++; return 1; }}; Number.isFinite(o); Number.isInteger(o); Number.isNaN(o); Number.isSafeInteger(o); return called; },
 constants: function(){ return [Number.EPSILON, Number.EPSILON === Math.pow(2, -52), 1 + Number.EPSILON > 1, 1 + Number.EPSILON / 2 > 1, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 2]; },
 constants_readonly: function(){ Number.EPSILON = 1; Number.MAX_SAFE_INTEGER = 2; delete Number.MIN_SAFE_INTEGER; return [Number.EPSILON, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER]; },
 descriptors: function(){ return ['EPSILON', 'MAX_SAFE_INTEGER', 'MIN_SAFE_INTEGER', 'isFinite', 'isInteger', 'isNaN', 'isSafeInteger', 'parseInt', 'parseFloat'].map(function(k){ var d = Object.getOwnPropertyDescriptor(Number, k); return k + ':' + d.writable + d.enumerable + d.configurable; }); },
 same_parse: function(){ return [Number.parseInt === parseInt, Number.parseFloat === parseFloat, Number.parseInt('0x1f'), Number.parseFloat('3.5e2x'), Number.parseInt('  -12px', 10), Number.parseInt.name, Number.parseFloat.length]; },
 lengths: function(){ return [Number.isFinite.length, Number.isInteger.length, Number.isNaN.length, Number.isSafeInteger.length, Number.isNaN.name]; },
 keys: function(){ return Object.keys(Number); },
 not_constructor: function(){ return new Number.isNaN(1); },
 not_constructor2: function(){ return new Number.isSafeInteger(1); },
 from_constructor: function(){ return [(5).constructor.isInteger(5), (5).constructor.parseInt === parseInt]; },
};
for (var k in T) { try { console.log(k + ' ' + show(T[k]())); } catch (e) { console.log(k + ' THREW ' + e.name); } }
// expect: isFinite [true, true, true, true, true, true, true, true, true, true, true, true, true, true, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false]
// expect: isInteger [true, true, true, true, false, false, true, true, true, true, true, true, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false]
// expect: isNaN [false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, true, false, false, false, false, false, false, false, false, false, false, false, false]
// expect: isSafeInteger [true, true, true, true, false, false, false, false, true, false, true, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false]
// expect: no_args [false, false, false, false]
// expect: no_valueOf_call 0
// expect: constants [2.220446049250313e-16, true, true, false, 9007199254740991, -9007199254740991, 9007199254740992]
// expect: constants_readonly [2.220446049250313e-16, 9007199254740991, -9007199254740991]
// expect: descriptors ["EPSILON:falsefalsefalse", "MAX_SAFE_INTEGER:falsefalsefalse", "MIN_SAFE_INTEGER:falsefalsefalse", "isFinite:truefalsetrue", "isInteger:truefalsetrue", "isNaN:truefalsetrue", "isSafeInteger:truefalsetrue", "parseInt:truefalsetrue", "parseFloat:truefalsetrue"]
// expect: same_parse [true, true, 31, 350, -12, "parseInt", 1]
// expect: lengths [1, 1, 1, 1, "isNaN"]
// expect: keys []
// expect: not_constructor THREW TypeError
// expect: not_constructor2 THREW TypeError
// expect: from_constructor [true, true]
