function f(a) { arguments[0] = 2; return a; }
