function step(p, counts, key) {
    p.x = (p.x + p.y) % 10007;
    counts[key] = (counts[key] || 0) + 1;
    p.n++;
    this.total += p.x * 2;
    p.label = p.x;
}
