var f = (x) => x + 1;
