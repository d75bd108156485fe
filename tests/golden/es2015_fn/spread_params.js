function f(a, b = a + 1, ...rest) { return g(...rest, b); }
var list = [1, ...f(2)];
