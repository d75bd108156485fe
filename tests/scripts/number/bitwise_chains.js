// A bitwise operator on another's result with a literal right operand
// (compiler/lower/bitwise.py): the inner int is used as it is; the runtime
// operators take over when the inner operand is out of range or no number,
// valueOf still running once, before the outer operator.
var log = [];
var vo = {valueOf: function () { log.push("vo"); return -77; }};
var xs = [0, -0, 1.5, -1.5, 77, -77, 2147483647, 2147483648, -2147483648, -2147483649, 4294967295, 4294967296,
          1e20, NaN, Infinity, "12", "x", null, undefined, true, vo];
function row(x) {
  return [(x >> 4) & 15, (x & 255) >> 2, (x | 0) ^ -1, (x ^ 5) << 30, (x << 3) >>> 0, (x >> 1) >>> 28,
          (x >>> 0) & 7, (x >>> 0) | 0, (x >>> 1) ^ 1, ((x >> 2) & 63) << 1, (((x & 1023) >> 1) | 3) ^ 2,
          (x & 7) & 0, 1 / ((x >> 31) & 0), (x >> 4) & "3", (x << 31) >> 31].join(" ");
}
for (var i = 0; i < xs.length; i++) console.log(String(xs[i]), "|", row(xs[i]));
console.log(log.length);
function hex(n) { var h = "0123456789ABCDEF"; return "%" + h[(n >> 4) & 0xf] + h[n & 0xf]; }
console.log(hex(0), hex(171), hex(255), hex(-1), hex(4096 + 18), hex("200"), hex(vo), log.length);
// expect: 0 | 0 0 -1 1073741824 0 0 0 0 1 0 1 0 Infinity 0 0
// expect: 0 | 0 0 -1 1073741824 0 0 0 0 1 0 1 0 Infinity 0 0
// expect: 1.5 | 0 0 -2 0 8 0 1 1 1 0 1 0 Infinity 0 -1
// expect: -1.5 | 15 63 0 -2147483648 4294967288 15 7 -1 2147483646 126 509 0 Infinity 3 -1
// expect: 77 | 4 19 -78 0 616 0 5 77 39 38 37 0 Infinity 0 -1
// expect: -77 | 11 44 76 -2147483648 4294966680 15 3 -77 2147483608 88 473 0 Infinity 3 -1
// expect: 2147483647 | 15 63 -2147483648 -2147483648 4294967288 3 7 2147483647 1073741822 126 509 0 Infinity 3 -1
// expect: 2147483648 | 0 0 2147483647 1073741824 0 12 0 -2147483648 1073741825 0 1 0 Infinity 0 0
// expect: -2147483648 | 0 0 2147483647 1073741824 0 12 0 -2147483648 1073741825 0 1 0 Infinity 0 0
// expect: -2147483649 | 15 63 -2147483648 -2147483648 4294967288 3 7 2147483647 1073741822 126 509 0 Infinity 3 -1
// expect: 4294967295 | 15 63 0 -2147483648 4294967288 15 7 -1 2147483646 126 509 0 Infinity 3 -1
// expect: 4294967296 | 0 0 -1 1073741824 0 0 0 0 1 0 1 0 Infinity 0 0
// expect: 100000000000000000000 | 0 0 -1661992961 1073741824 411041792 3 0 1661992960 830996481 0 1 0 Infinity 0 0
// expect: NaN | 0 0 -1 1073741824 0 0 0 0 1 0 1 0 Infinity 0 0
// expect: Infinity | 0 0 -1 1073741824 0 0 0 0 1 0 1 0 Infinity 0 0
// expect: 12 | 0 3 -13 1073741824 96 0 4 12 7 6 5 0 Infinity 0 0
// expect: x | 0 0 -1 1073741824 0 0 0 0 1 0 1 0 Infinity 0 0
// expect: null | 0 0 -1 1073741824 0 0 0 0 1 0 1 0 Infinity 0 0
// expect: undefined | 0 0 -1 1073741824 0 0 0 0 1 0 1 0 Infinity 0 0
// expect: true | 0 0 -2 0 8 0 1 1 1 0 1 0 Infinity 0 -1
// expect: [object Object] | 11 44 76 -2147483648 4294966680 15 3 -77 2147483608 88 473 0 Infinity 3 -1
// expect: 15
// expect: %00 %AB %FF %FF %12 %C8 %B3 17
