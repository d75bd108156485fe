function pair(p) { var [x, , y = 0] = p; return x + y; }
function swap(a, b) { [a, b] = [b, a]; return a; }
