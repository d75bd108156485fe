// 1e5 string appends, modern style (same work as scripts/string_append.js).
function run(n) {
    let s = "";
    for (let i = 0; i < n; i++) {
        s += String.fromCharCode(97 + (i % 26));
        if (i % 10 === 0) s += i;
    }
    let h = 0;
    for (let j = 0; j < s.length; j += 97) {
        h = (h * 31 + s.charCodeAt(j)) % 1000003;
    }
    return [s.length, h];
}
const [len, h] = run(100000);
console.log(`strings ${len} ${h}`);
