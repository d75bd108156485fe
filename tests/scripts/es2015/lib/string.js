// String: the ES2015 (and ES2017 pad) methods and String.fromCodePoint/raw.
function show(v) { if (Array.isArray(v)) { var s=[]; for (var i=0;i<v.length;i++) s.push(i in v ? show(v[i]) : '<hole>'); return '[' + s.join(', ') + ']'; } if (typeof v === 'string') return JSON.stringify(v); if (v === null) return 'null'; if (typeof v === 'number' && v === 0 && 1/v < 0) return '-0'; if (typeof v === 'object') return JSON.stringify(v); return String(v); }
function codes(s) { var o = []; for (var i = 0; i < s.length; i++) o.push(s.charCodeAt(i).toString(16)); return o.join(' '); }
var T = {
 includes: function(){ var s = 'hello world'; return [s.includes('o w'), s.includes('x'), s.includes(''), s.includes('hello', 1), s.includes('world', -5), s.includes('d', 10), s.includes('d', 11), s.includes('', 99), 'a,b'.includes(','), 'null'.includes(null), 'undefined'.includes(), '1e21'.includes(1e21), 'abc'.includes('c', NaN), 'abc'.includes('a', Infinity)]; },
 startsWith: function(){ var s = 'hello'; return [s.startsWith('he'), s.startsWith('el'), s.startsWith('el', 1), s.startsWith('', 5), s.startsWith('', 6), s.startsWith('h', -3), s.startsWith('o', 4.9), s.startsWith('hello!'), 'undefined'.startsWith(), s.startsWith('hel', NaN), s.startsWith('lo', '3')]; },
 endsWith: function(){ var s = 'hello'; return [s.endsWith('lo'), s.endsWith('l'), s.endsWith('l', 4), s.endsWith('he', 2), s.endsWith('', 0), s.endsWith('h', -1), s.endsWith('hello', 99), s.endsWith('xhello'), s.endsWith('o', undefined), s.endsWith('', NaN), s.endsWith('h', NaN), s.endsWith('hel', 3.7)]; },
 regexp_arg: function(){ var out = []; ['includes', 'startsWith', 'endsWith'].forEach(function(m){ try { 'abc'[m](/a/); out.push('no'); } catch (e) { out.push(e.name + ': ' + e.message); } }); return out; },
 regexp_like: function(){ var rx = {toString: function(){ return 'b'; }}; return ['abc'.includes(rx), 'bc'.startsWith(rx), 'ab'.endsWith(rx)]; },
 coercion_order: function(){ var log = []; var t = {toString: function(){ log.push('this'); return 'abc'; }}; var a = {toString: function(){ log.push('search'); return 'b'; }}; var p = {valueOf: function(){ log.push('pos'); return 1; }}; var r = String.prototype.includes.call(t, a, p); return [r, log]; },
 null_this: function(){ return String.prototype.startsWith.call(null, 'a'); },
 undef_this: function(){ return String.prototype.endsWith.call(undefined, 'a'); },
 generic_this: function(){ return [String.prototype.includes.call(12345, 34), String.prototype.startsWith.call(true, 'tr'), String.prototype.endsWith.call([1, 2], '2'), String.prototype.repeat.call(7, 3), String.prototype.padStart.call(5, 3, 0)]; },
 repeat: function(){ return ['ab'.repeat(3), 'ab'.repeat(0), ''.repeat(5), 'x'.repeat(2.9), 'x'.repeat('2'), 'x'.repeat(null), 'x'.repeat(), 'x'.repeat(NaN), ''.repeat(1e10), 'x'.repeat(-0.5)]; },
 repeat_negative: function(){ return 'a'.repeat(-1); },
 repeat_infinity: function(){ return 'a'.repeat(Infinity); },
 repeat_empty_infinity: function(){ return ''.repeat(Infinity); },
 repeat_huge: function(){ return 'ab'.repeat(Math.pow(2, 40)); },
 pad: function(){ return ['abc'.padStart(6), 'abc'.padEnd(6), 'abc'.padStart(6, '12'), 'abc'.padEnd(8, '12'), 'abc'.padStart(2), 'abc'.padStart(6, ''), 'abc'.padEnd(5, undefined), 'abc'.padStart(5, null), 'abc'.padStart(-1), 'abc'.padEnd(4.9, 'xy'), 'abc'.padStart('5', 0), ''.padEnd(3, 'ab'), 'abc'.padStart(NaN, 'x')]; },
 pad_huge: function(){ return 'a'.padEnd(Math.pow(2, 40)); },
 pad_huge_empty_filler: function(){ return 'a'.padEnd(Math.pow(2, 40), '').length; },
 codePointAt: function(){ var s = 'a\uD83D\uDE00b\uD800\uDC00\uDFFF\uD800'; var o = []; for (var i = -1; i <= s.length; i++) o.push(s.codePointAt(i)); return o.concat([s.codePointAt(), s.codePointAt('1'), s.codePointAt(1.9), ''.codePointAt(0)]); },
 normalize: function(){ var s = '\u0041\u030A\u00C5\uFB01\u1E9B\u0323'; return [codes(s.normalize()), codes(s.normalize('NFC')), codes(s.normalize('NFD')), codes(s.normalize('NFKC')), codes(s.normalize('NFKD')), codes(s.normalize(undefined)), 'abc'.normalize('NFD'), codes('\uD800x\u0065\u0301'.normalize()), codes('\uD835\uDC00'.normalize('NFKC'))]; },
 normalize_bad: function(){ return 'a'.normalize('nfc'); },
 normalize_null: function(){ return 'a'.normalize(null); },
 fromCodePoint: function(){ return [codes(String.fromCodePoint(0x41, 0x1F600, 0, 0xFFFF, 0x10000, 0x10FFFF, 0xD800)), String.fromCodePoint(), String.fromCodePoint('65', 66.0, -0), String.fromCodePoint.length, String.fromCodePoint.name]; },
 fromCodePoint_neg: function(){ return String.fromCodePoint(-1); },
 fromCodePoint_frac: function(){ return String.fromCodePoint(1.5); },
 fromCodePoint_big: function(){ return String.fromCodePoint(0x110000); },
 fromCodePoint_nan: function(){ return String.fromCodePoint(undefined); },
 fromCodePoint_inf: function(){ return String.fromCodePoint(Infinity); },
 fromCodePoint_order: function(){ var log = []; try { String.fromCodePoint({valueOf: function(){ log.push(1); return 65; }}, -1, {valueOf: function(){ log.push(3); return 66; }}); } catch (e) { log.push(e.name); } return log; },
 raw: function(){ return [String.raw({raw: ['a', 'b', 'c']}, 1, 2, 3, 4), String.raw({raw: 'xyz'}, '-', '+'), String.raw({raw: {length: 2, 0: 'p', 1: 'q'}}, undefined), String.raw({raw: []}, 1), String.raw({raw: {length: -3}}), String.raw({raw: ['only']}), String.raw({raw: {length: 2.9, 0: 0, 1: null}}, 9), String.raw.length, String.raw.name]; },
 raw_no_raw: function(){ return String.raw({}); },
 raw_undefined: function(){ return String.raw(); },
 lengths: function(){ return ['includes', 'startsWith', 'endsWith', 'repeat', 'padStart', 'padEnd', 'codePointAt', 'normalize'].map(function(m){ var d = Object.getOwnPropertyDescriptor(String.prototype, m); return m + ':' + String.prototype[m].length + d.enumerable + d.writable + d.configurable; }); },
 not_constructor: function(){ var n = 0; [String.prototype.includes, String.prototype.repeat, String.prototype.padStart, String.prototype.codePointAt, String.prototype.normalize, String.fromCodePoint, String.raw].forEach(function(f){ try { new f(); } catch (e) { if (e instanceof TypeError) n++; } }); return n; },
 on_wrapper: function(){ var s = new String('abc'); return [s.includes('b'), s.startsWith('a'), s.endsWith('c'), s.repeat(2), s.padEnd(4, '!'), s.codePointAt(0)]; },
 redefined: function(){ var orig = String.prototype.startsWith; String.prototype.startsWith = function(){ return 'patched'; }; var r = 'abc'.startsWith('a'); String.prototype.startsWith = orig; return [r, 'abc'.startsWith('a')]; },
};
for (var k in T) { try { console.log(k + ' ' + show(T[k]())); } catch (e) { console.log(k + ' THREW ' + e.name + ': ' + e.message); } }
// expect: includes [true, false, true, false, true, true, false, true, true, true, true, false, true, false]
// expect: startsWith [true, false, true, true, true, true, true, false, true, true, true]
// expect: endsWith [true, false, true, true, true, false, true, false, true, true, false, true]
// expect: regexp_arg ["TypeError: First argument to String.prototype.includes must not be a regular expression", "TypeError: First argument to String.prototype.startsWith must not be a regular expression", "TypeError: First argument to String.prototype.endsWith must not be a regular expression"]
// expect: regexp_like [true, true, true]
// expect: coercion_order [true, ["this", "search", "pos"]]
// expect: null_this THREW TypeError: String.prototype.startsWith called on null or undefined
// expect: undef_this THREW TypeError: String.prototype.endsWith called on null or undefined
// expect: generic_this [true, true, true, "777", "005"]
// expect: repeat ["ababab", "", "", "xx", "xx", "", "", "", "", ""]
// expect: repeat_negative THREW RangeError: Invalid count value: -1
// expect: repeat_infinity THREW RangeError: Invalid count value: Infinity
// expect: repeat_empty_infinity THREW RangeError: Invalid count value: Infinity
// expect: repeat_huge THREW RangeError: Invalid string length
// expect: pad ["   abc", "abc   ", "121abc", "abc12121", "abc", "abc", "abc  ", "nuabc", "abc", "abcx", "00abc", "aba", "abc"]
// expect: pad_huge THREW RangeError: Invalid string length
// expect: pad_huge_empty_filler 1
// expect: codePointAt [undefined, 97, 128512, 56832, 98, 65536, 56320, 57343, 55296, undefined, 97, 128512, 128512, undefined]
// expect: normalize ["c5 c5 fb01 1e9b 323", "c5 c5 fb01 1e9b 323", "41 30a 41 30a fb01 17f 323 307", "c5 c5 66 69 1e69", "41 30a 41 30a 66 69 73 323 307", "c5 c5 fb01 1e9b 323", "abc", "d800 78 e9", "41"]
// expect: normalize_bad THREW RangeError: The normalization form should be one of NFC, NFD, NFKC, NFKD.
// expect: normalize_null THREW RangeError: The normalization form should be one of NFC, NFD, NFKC, NFKD.
// expect: fromCodePoint ["41 d83d de00 0 ffff d800 dc00 dbff dfff d800", "", "AB\u0000", 1, "fromCodePoint"]
// expect: fromCodePoint_neg THREW RangeError: Invalid code point -1
// expect: fromCodePoint_frac THREW RangeError: Invalid code point 1.5
// expect: fromCodePoint_big THREW RangeError: Invalid code point 1114112
// expect: fromCodePoint_nan THREW RangeError: Invalid code point NaN
// expect: fromCodePoint_inf THREW RangeError: Invalid code point Infinity
// expect: fromCodePoint_order [1, "RangeError"]
// expect: raw ["a1b2c", "x-y+z", "pundefinedq", "", "", "only", "09null", 1, "raw"]
// expect: raw_no_raw THREW TypeError: Cannot convert undefined or null to object
// expect: raw_undefined THREW TypeError: Cannot convert undefined or null to object
// expect: lengths ["includes:1falsetruetrue", "startsWith:1falsetruetrue", "endsWith:1falsetruetrue", "repeat:1falsetruetrue", "padStart:1falsetruetrue", "padEnd:1falsetruetrue", "codePointAt:1falsetruetrue", "normalize:0falsetruetrue"]
// expect: not_constructor 7
// expect: on_wrapper [true, true, true, "abcabc", "abc!", 97]
// expect: redefined ["patched", true]
