function build(n, f) {
    var s = "";
    for (var i = 0; i < n; i++) {
        s += String.fromCharCode(97 + i % 26);
        s += f(s);
    }
    return s;
}
