var {a, b} = obj;
