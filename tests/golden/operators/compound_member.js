var o = {n: 1}; o.n += 2; o["k" + 1] = o.n++;
