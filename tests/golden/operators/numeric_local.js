function f(n) { var t = 0; for (var i = 0; i < n; i++) t = (t + i * i) % 7; return t; }
