// Runs a file as a classic script in node's global scope (top-level `var`
// creates global properties, `this` is the global object), like ajgi_tx.
var vm = require("vm");
// AGI's delay(ms) sleeps and returns true; scripts marked `// run: agi`
// use it to check that blocking calls keep their place in the order of effects.
if (typeof globalThis.delay !== "function") globalThis.delay = function (ms) { return true; };
var path = process.argv[2];
vm.runInThisContext(require("fs").readFileSync(path, "utf8"), { filename: path });
