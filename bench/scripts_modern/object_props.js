// Object-property loop, modern style (same work as scripts/object_props.js):
// a class instead of a constructor function, template keys, for-in with let.
class Point {
    constructor(x, y) { this.x = x; this.y = y; }
}
function run(n) {
    const pts = [];
    for (let i = 0; i < 1000; i++) pts.push(new Point(i, i % 13));
    const counts = {};
    let total = 0;
    for (let k = 0; k < n; k++) {
        const p = pts[k % 1000];
        p.x = (p.x + p.y) % 10007;
        total = (total + p.x) % 1000000007;
        const key = `k${k % 50}`;
        counts[key] = (counts[key] || 0) + 1;
    }
    let ksum = 0, nkeys = 0;
    for (const name in counts) { ksum += counts[name]; nkeys++; }
    return [total, nkeys, ksum];
}
const [total, nkeys, ksum] = run(300000);
console.log(`objects ${total} ${nkeys} ${ksum}`);
