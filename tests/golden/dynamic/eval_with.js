function f(o, s) { with (o) { return eval(s) + x; } }
