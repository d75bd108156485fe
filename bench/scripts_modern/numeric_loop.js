// 1e6-iteration numeric loop, modern style (same work as scripts/numeric_loop.js).
const run = (n) => {
    let acc = 0, f = 0;
    for (let i = 0; i < n; i++) {
        acc = (acc + i * i + (i % 7)) % 1000000007;
        f += Math.sqrt(i);
    }
    return [acc, Math.floor(f)];
};
const [acc, f] = run(1000000);
console.log(`numeric ${acc} ${f}`);
