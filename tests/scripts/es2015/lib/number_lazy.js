// The script never names the Number global: its constructor is installed
// when (5).constructor is first read, after the script replaced parseInt;
// Number.parseInt is still the original function.
var original = parseInt;
parseInt = function () { return 'mine'; };
var N = (5).constructor;
console.log(N.parseInt === original, N.parseInt('42'), parseInt('42'), N.parseFloat('1.5'), N.isNaN(NaN));
// expect: true 42 mine 1.5 true
