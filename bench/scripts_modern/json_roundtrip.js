// JSON round trip, modern style (same work as scripts/json_roundtrip.js):
// a class for the records, let/const, for-of over the parsed list, destructuring.
class Record {
    constructor(i) {
        this.id = i;
        this.name = `user${i}`;
        this.active = i % 3 === 0;
        this.tags = [`t${i % 5}`, `g${i % 7}`];
        this.score = (i * 37) % 1000;
    }
}
const makeRecords = (n) => {
    const out = [];
    for (let i = 0; i < n; i++) out.push(new Record(i));
    return out;
};
function run(rounds) {
    const data = makeRecords(200);
    let total = 0, chars = 0;
    for (let r = 0; r < rounds; r++) {
        const text = JSON.stringify(data);
        chars += text.length;
        for (const { score, tags, active } of JSON.parse(text)) {
            total += score + tags.length + (active ? 1 : 0);
        }
        data[r % 200].score = (data[r % 200].score + 1) % 1000;
    }
    return [total, chars];
}
const [total, chars] = run(100);
console.log(`json ${total} ${chars}`);
