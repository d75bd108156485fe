var s = 0;
for (var i = 0; i < 10; i++) { if (i % 2) continue; s += i; }
