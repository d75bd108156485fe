// An uncaught error: HTTP 500. With `serve --dev` the body also names
// FILE:LINE:COL and the JS stack; the server log always does.
function broken() { return undefinedThing + 1; }
broken();
