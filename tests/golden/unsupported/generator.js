function* g() { yield 1; }
