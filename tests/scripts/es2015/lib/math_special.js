// Math, ES2015 functions: IEEE special values (-0, NaN, the infinities,
// domain edges, overflow) exactly as node gives them.
function fmt(v) { return (v === 0 && 1 / v < 0) ? '-0' : String(v); }
var special = [0, -0, 1, -1, 2, -2, 0.5, -0.5, 5e-324, -5e-324, 1e-300, 1e300, -1e300, 1.7976931348623157e308, -1.7976931348623157e308,
  Infinity, -Infinity, NaN, 710, -710, 1000, -1000, 0.9999999999999999, -0.9999999999999999, 1.0000000000000002, '', '3', null, undefined, true, [2], {}, {valueOf: function(){ return -0; }}];
var fns = ['trunc', 'sign', 'cbrt', 'log2', 'log10', 'log1p', 'expm1', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh', 'fround', 'clz32'];
for (var i = 0; i < fns.length; i++) {
  var out = [];
  for (var j = 0; j < special.length; j++) out.push(fmt(Math[fns[i]](special[j])));
  console.log(fns[i] + ' ' + out.join(' ') + ' | ' + fmt(Math[fns[i]]()));
}
var calls = [[], [-0], [0, -0], [-0, -0], [3, 4], [NaN, Infinity], [Infinity, NaN], [NaN, -Infinity], [NaN, 1], [-3, 4], [1e300, 1e300], [1e-300, 1e-300], [5e-324, 5e-324], [1, 1, 1], [2, 3, 6], ['3', [4]], [undefined, 1]];
console.log('hypot ' + calls.map(function (a) { return fmt(Math.hypot.apply(null, a)); }).join(' '));
var order = []; try { Math.hypot({valueOf: function(){ order.push('a'); return Infinity; }}, {valueOf: function(){ order.push('b'); throw new Error('b'); }}); } catch (e) { order.push(e.message); }
console.log('hypot converts all first: ' + order.join(','));
var ipairs = [[2, 4], [-1, 8], [0xfffffffe, 5], [0xffffffff, 5], [0x7fffffff, 2], [3.9, 2.9], [NaN, 1], [Infinity, 2], [-5, -6], [65535, 65537], [1e10, 1e10], [-0, 1], [123456789, 987654321], ['7', '6'], [4294967296 + 3, 2], []];
console.log('imul ' + ipairs.map(function (a) { return fmt(Math.imul.apply(null, a)); }).join(' '));
var f32 = [3.4028234663852886e+38, 3.4028235677973362e+38, 3.4028235677973366e+38, 3.402823567797337e+38, -3.402823567797337e+38, 1.401298464324817e-45, 7e-46, 7.006492321624085e-46, 7.006492321624087e-46, 1.1754942106924411e-38, 16777217, 16777219, 0.1, 1/3, 5.960464477539063e-8, 1 + Math.pow(2, -24), 1 + 3 * Math.pow(2, -24)];
console.log('fround ' + f32.map(function (v) { return fmt(Math.fround(v)); }).join(' '));
var clz = [0, 1, 2, 0x80000000, 0xffffffff, 4294967296, -1, 0.5, 1.9, 65535, 65536, -0x80000000];
console.log('clz32 ' + clz.map(function (v) { return fmt(Math.clz32(v)); }).join(' '));
var names = fns.concat(['hypot', 'imul']);
console.log('lengths ' + names.map(function (n) { return n + '=' + Math[n].length; }).join(' '));
console.log('enumerable ' + Object.keys(Math).length);
var nc = 0; for (var i = 0; i < names.length; i++) { try { new Math[names[i]](1); } catch (e) { if (e instanceof TypeError) nc++; } }
console.log('not constructors ' + nc + '/' + names.length);
// expect: trunc 0 -0 1 -1 2 -2 0 -0 0 -0 0 1e+300 -1e+300 1.7976931348623157e+308 -1.7976931348623157e+308 Infinity -Infinity NaN 710 -710 1000 -1000 0 -0 1 0 3 0 NaN 1 2 NaN -0 | NaN
// expect: sign 0 -0 1 -1 1 -1 1 -1 1 -1 1 1 -1 1 -1 1 -1 NaN 1 -1 1 -1 1 -1 1 0 1 0 NaN 1 1 NaN -0 | NaN
// expect: cbrt 0 -0 1 -1 1.2599210498948732 -1.2599210498948732 0.7937005259840998 -0.7937005259840998 1.7031839360032603e-108 -1.7031839360032603e-108 1e-100 1e+100 -1e+100 5.643803094122362e+102 -5.643803094122362e+102 Infinity -Infinity NaN 8.921121404456347 -8.921121404456347 10 -10 1 -1 1 0 1.4422495703074083 0 NaN 1 1.2599210498948732 NaN -0 | NaN
// expect: log2 -Infinity -Infinity 0 NaN 1 NaN -1 NaN -1074 NaN -996.5784284662087 996.5784284662087 NaN 1024 NaN Infinity NaN NaN 9.471675214392045 NaN 9.965784284662087 NaN -1.6017132519074588e-16 NaN 3.203426503814917e-16 -Infinity 1.584962500721156 -Infinity NaN 0 1 NaN -Infinity | NaN
// expect: log10 -Infinity -Infinity 0 NaN 0.3010299956639812 NaN -0.3010299956639812 NaN -323.3062153431158 NaN -300 300 NaN 308.25471555991675 NaN Infinity NaN NaN 2.8512583487190755 NaN 3 NaN -4.8216373327664354e-17 NaN 9.64327466553287e-17 -Infinity 0.47712125471966244 -Infinity NaN 0 0.3010299956639812 NaN -Infinity | NaN
// expect: log1p 0 -0 0.6931471805599453 -Infinity 1.0986122886681096 NaN 0.4054651081081644 -0.6931471805599453 5e-324 -5e-324 1e-300 690.7755278982137 NaN 709.782712893384 NaN Infinity NaN NaN 6.566672429803241 NaN 6.90875477931522 NaN 0.6931471805599453 -36.7368005696771 0.6931471805599454 0 1.3862943611198906 0 NaN 0.6931471805599453 1.0986122886681096 NaN -0 | NaN
// expect: expm1 0 -0 1.718281828459045 -0.6321205588285577 6.38905609893065 -0.8646647167633873 0.6487212707001282 -0.3934693402873666 5e-324 -5e-324 1e-300 Infinity -1 Infinity -1 Infinity -1 NaN Infinity -1 Infinity -1 1.7182818284590449 -0.6321205588285577 1.718281828459046 0 19.085536923187668 0 NaN 1.718281828459045 6.38905609893065 NaN -0 | NaN
// expect: sinh 0 -0 1.1752011936438014 -1.1752011936438014 3.626860407847019 -3.626860407847019 0.5210953054937474 -0.5210953054937474 5e-324 -5e-324 1e-300 Infinity -Infinity Infinity -Infinity Infinity -Infinity NaN 1.1169973830808557e+308 -1.1169973830808557e+308 Infinity -Infinity 1.1752011936438014 -1.1752011936438014 1.1752011936438018 0 10.017874927409903 0 NaN 1.1752011936438014 3.626860407847019 NaN -0 | NaN
// expect: cosh 1 1 1.5430806348152437 1.5430806348152437 3.7621956910836314 3.7621956910836314 1.1276259652063807 1.1276259652063807 1 1 1 Infinity Infinity Infinity Infinity Infinity Infinity NaN 1.1169973830808557e+308 1.1169973830808557e+308 Infinity Infinity 1.5430806348152437 1.5430806348152437 1.5430806348152442 1 10.067661995777765 1 NaN 1.5430806348152437 3.7621956910836314 NaN 1 | NaN
// expect: tanh 0 -0 0.7615941559557649 -0.7615941559557649 0.9640275800758169 -0.9640275800758169 0.46211715726000974 -0.46211715726000974 5e-324 -5e-324 1e-300 1 -1 1 -1 1 -1 NaN 1 -1 1 -1 0.7615941559557649 -0.7615941559557649 0.761594155955765 0 0.9950547536867305 0 NaN 0.7615941559557649 0.9640275800758169 NaN -0 | NaN
// expect: asinh 0 -0 0.881373587019543 -0.881373587019543 1.4436354751788103 -1.4436354751788103 0.48121182505960347 -0.48121182505960347 5e-324 -5e-324 1e-300 691.4686750787736 -691.4686750787736 710.4758600739439 -710.4758600739439 Infinity -Infinity NaN 7.258412646528284 -7.258412646528284 7.600902709541988 -7.600902709541988 0.8813735870195429 -0.8813735870195429 0.8813735870195432 0 1.8184464592320668 0 NaN 0.881373587019543 1.4436354751788103 NaN -0 | NaN
// expect: acosh NaN NaN 0 NaN 1.3169578969248166 NaN NaN NaN NaN NaN NaN 691.4686750787736 NaN 710.4758600739439 NaN Infinity NaN NaN 7.258411654661591 NaN 7.600902209541989 NaN NaN NaN 2.1073424255447017e-8 NaN 1.7627471740390859 NaN NaN 0 1.3169578969248166 NaN NaN | NaN
// expect: atanh 0 -0 Infinity -Infinity NaN NaN 0.5493061443340548 -0.5493061443340548 5e-324 -5e-324 1e-300 NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN 18.714973875118524 -18.714973875118524 NaN 0 NaN 0 NaN Infinity NaN NaN -0 | NaN
// expect: fround 0 -0 1 -1 2 -2 0.5 -0.5 0 -0 0 Infinity -Infinity Infinity -Infinity Infinity -Infinity NaN 710 -710 1000 -1000 1 -1 1 0 3 0 NaN 1 2 NaN -0 | NaN
// expect: clz32 32 32 31 0 30 0 32 32 32 32 32 32 32 32 32 32 32 32 22 0 22 0 32 32 31 32 30 32 32 31 30 32 32 | 32
// expect: hypot 0 0 0 0 5 Infinity Infinity Infinity NaN 5 1.4142135623730952e+300 1.4142135623730952e-300 5e-324 1.7320508075688772 7 5 NaN
// expect: hypot converts all first: a,b,b
// expect: imul 8 -8 -10 -5 -2 6 0 0 30 -1 1661992960 0 -67153019 42 6 0
// expect: fround 3.4028234663852886e+38 3.4028234663852886e+38 Infinity Infinity -Infinity 1.401298464324817e-45 0 0 1.401298464324817e-45 1.1754942106924411e-38 16777216 16777220 0.10000000149011612 0.3333333432674408 5.960464477539063e-8 1 1.000000238418579
// expect: clz32 32 31 30 0 0 32 0 32 31 16 15 0
// expect: lengths trunc=1 sign=1 cbrt=1 log2=1 log10=1 log1p=1 expm1=1 sinh=1 cosh=1 tanh=1 asinh=1 acosh=1 atanh=1 fround=1 clz32=1 hypot=2 imul=2
// expect: enumerable 0
// expect: not constructors 17/17
