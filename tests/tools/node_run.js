// Runs a file as a classic script in node's global scope (top-level `var`
// creates global properties, `this` is the global object), like ajgi_tx.
var vm = require("vm");
var path = process.argv[2];
vm.runInThisContext(require("fs").readFileSync(path, "utf8"), { filename: path });
