// Calls of built-in methods: direct while the prototype is pristine.
function f(a, s, re) {
    a.push(String.fromCharCode(65 + a.length));
    return re.test(s.charAt(0)) ? a.join("") : s.indexOf("x");
}
