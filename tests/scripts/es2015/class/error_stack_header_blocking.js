// run: agi
// An Error subclass whose constructor blocks (delay) before naming the
// instance: the stack header is written once the constructor returns.
class Slow extends Error { constructor(m) { super(m); delay(5); this.name = "Slow"; } }
class Slower extends Slow { constructor(m) { delay(5); super(m); } }
console.log(new Slow("a").stack.split("\n")[0], new Slower("b").stack.split("\n")[0]);
// expect: Slow: a Slow: b
