// Many URIErrors thrown and caught in one loop (test262's decodeURI tests
// walk every code unit this way): each is a URIError with its own position.
var caught = 0, wrong = 0;
for (var i = 0; i < 2000; i++) {
  var hex = (i + 0x80).toString(16).toUpperCase();
  try {
    decodeURI("%" + hex.substring(0, 2) + "%");
  } catch (e) {
    if (e instanceof URIError && e.message === "URI malformed") caught++; else wrong++;
  }
}
function inner() { try { decodeURIComponent("%E0%A4%A"); } catch (e) { return e.stack.split("\n").length > 1; } }
console.log(caught, wrong, inner());
console.log(decodeURI("%41%E2%82%AC%23"), decodeURIComponent("%41%E2%82%AC%23"));
// expect: 2000 0 true
// expect: A€%23 A€#
