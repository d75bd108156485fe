// Regex-heavy text scan, modern style (same work as scripts/regex_scan.js).
const levels = ["INFO", "WARN", "ERROR", "DEBUG"];
const users = ["alice", "bob", "carol", "dave", "eve"];
const makeText = (n) => {
    const lines = [];
    for (let i = 0; i < n; i++) {
        lines.push(`2024-0${1 + i % 9}-${10 + i % 18} 12:${10 + i % 50}:0${i % 10} ${levels[i % 4]}` +
                   ` user=${users[i % 5]} id=${i * 7} msg=request ${i % 3 === 0 ? "failed" : "ok"} in ${i % 250}ms`);
    }
    return lines.join("\n");
};
function run(text) {
    const re = /^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d) ([A-Z]+) user=([a-z]+) id=(\d+) msg=(.*)$/gm;
    let m, idsum = 0, errors = 0, lines = 0, slow = 0;
    while ((m = re.exec(text)) !== null) {
        lines++;
        const [, , , , , , , level, , id, msg] = m;
        idsum = (idsum + parseInt(id, 10)) % 1000000007;
        if (level === "ERROR") errors++;
        if (/in (1\d\d|2\d\d)ms$/.test(msg)) slow++;
    }
    const masked = text.replace(/user=[a-z]+/g, "user=***");
    const failed = text.match(/failed/g).length;
    return [lines, idsum, errors, slow, masked.length, failed];
}
const r = run(makeText(5000));
console.log(`regex ${r.join(" ")}`);
