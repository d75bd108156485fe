// a literal tested at once; a match variable (exec results read by index only)
function count(lines) {
    var re = /id=(\d+) (\w+)?/g, m, n = 0;
    while ((m = re.exec(lines)) !== null) {
        if (/^\d{3}$/.test(m[1])) n += m[2] === undefined ? 1 : 2;
    }
    return n;
}
