// Regex-heavy text scan: exec loop with groups, test, replace with a pattern.
function makeText(n) {
    var levels = ["INFO", "WARN", "ERROR", "DEBUG"];
    var users = ["alice", "bob", "carol", "dave", "eve"];
    var lines = [];
    for (var i = 0; i < n; i++) {
        lines.push("2024-0" + (1 + i % 9) + "-" + (10 + i % 18) + " 12:" + (10 + i % 50) + ":0" + (i % 10) +
                   " " + levels[i % 4] + " user=" + users[i % 5] + " id=" + (i * 7) +
                   " msg=request " + (i % 3 === 0 ? "failed" : "ok") + " in " + (i % 250) + "ms");
    }
    return lines.join("\n");
}
function run(text) {
    var re = /^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d) ([A-Z]+) user=([a-z]+) id=(\d+) msg=(.*)$/gm;
    var m, idsum = 0, errors = 0, lines = 0, slow = 0;
    while ((m = re.exec(text)) !== null) {
        lines++;
        idsum = (idsum + parseInt(m[9], 10)) % 1000000007;
        if (m[7] === "ERROR") errors++;
        if (/in (1\d\d|2\d\d)ms$/.test(m[10])) slow++;
    }
    var masked = text.replace(/user=[a-z]+/g, "user=***");
    var failed = text.match(/failed/g).length;
    return [lines, idsum, errors, slow, masked.length, failed];
}
var r = run(makeText(5000));
console.log("regex " + r.join(" "));
