// Allocation-heavy, modern style (same work as scripts/object_alloc.js):
// shorthand properties, for-of over the array, let/const.
function run(n) {
    const items = [];
    for (let i = 0; i < n; i++) {
        const id = i, score = i % 97, name = `item${i % 10}`, seen = false;
        items.push({ id, score, name, seen });
    }
    let total = 0;
    for (let round = 0; round < 3; round++) {
        for (const it of items) {
            it.score = (it.score * 3 + round) % 1009;
            if (it.score > 500) { it.seen = true; }
            total = (total + it.score + it.id % 7) % 1000000007;
        }
    }
    let seen = 0;
    for (const item of items) { if (item.seen) seen++; }
    return [total, seen, items[n - 1].name];
}
const [total, seen, last] = run(100000);
console.log(`alloc ${total} ${seen} ${last}`);
