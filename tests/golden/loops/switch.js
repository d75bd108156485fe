function sw(x) { switch (x) { case 1: return "a"; default: x = 0; case 2: return "b"; } }
