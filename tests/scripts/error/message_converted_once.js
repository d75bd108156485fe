// new Error(msg) converts msg with ToString once (15.11.1.1 / 15.11.2.1).
var n = 0; var e = new Error({ toString() { n++; return "m"; } }); var t = new TypeError({ toString() { n++; return "t"; } }); console.log(n, e.message, t.message);
// expect: 2 m t
