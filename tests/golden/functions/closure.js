function counter() {
    var n = 0;
    return function () { return ++n; };
}
