// The first line of an Error subclass instance's stack is the instance's
// own ToString when its constructor returns (V8 writes it at first read):
// a name getter, `this.name = ...` after super(), a prototype name, a
// native subtype, an empty message, a stack the constructor replaced.
function head(e) { return e.stack.split("\n")[0]; }
class Getter extends Error { get name() { return "Getter"; } }
console.log(head(new Getter("m")));
class Assigned extends Error { constructor(m) { super(m); this.name = "Assigned"; } }
console.log(head(new Assigned("m")));
class Deeper extends Assigned { constructor(m) { super(m + "!"); this.name = "Deeper"; } }
console.log(head(new Deeper("m")));
class Typed extends TypeError {}
console.log(head(new Typed("m")), new Typed("m") instanceof TypeError);
class Numbered extends Error { get name() { return 5; } }
console.log(head(new Numbered("")));
class ProtoNamed extends Error {}
ProtoNamed.prototype.name = "ProtoNamed";
console.log(head(new ProtoNamed()));
class Replaced extends Error { constructor(m) { super(m); this.stack = "custom"; this.name = "R"; } }
console.log(new Replaced("m").stack);
class Deferred extends RangeError { constructor() { super("late"); this.message = "changed"; } }
console.log(head(new Deferred()));
var plain = new Error("z");
console.log(head(plain), plain.stack.split("\n").length > 1);
var conversions = 0;
class Counted extends Error {}
var counted = new Counted({ toString() { conversions++; return "once"; } });
console.log(head(counted), conversions);
// expect: Getter: m
// expect: Assigned: m
// expect: Deeper: m!
// expect: TypeError: m true
// expect: 5
// expect: ProtoNamed
// expect: custom
// expect: RangeError: changed
// expect: Error: z true
// expect: Error: once 1
