// Symbol.toStringTag in Object.prototype.toString, Symbol.hasInstance in
// instanceof, Symbol.toPrimitive in conversions.
var tagged = {}; tagged[Symbol.toStringTag] = "Custom";
console.log(Object.prototype.toString.call(tagged), String(tagged));
var notString = {}; notString[Symbol.toStringTag] = 5;
console.log(Object.prototype.toString.call(notString), Object.prototype.toString.call([]), Object.prototype.toString.call(null));
console.log(Object.prototype.toString.call(new Map()), Object.prototype.toString.call(Object.create(Set.prototype)));
function Even() {}
Object.defineProperty(Even, Symbol.hasInstance, {value: function (n) { return n % 2 === 0; }});
console.log(2 instanceof Even, 3 instanceof Even);
var objectChecker = {}; objectChecker[Symbol.hasInstance] = function (v) { return v === "yes"; };
console.log("yes" instanceof objectChecker, "no" instanceof objectChecker);
try { ({}) instanceof {}; } catch (e) { console.log(e.name); }
var money = {}; money[Symbol.toPrimitive] = function (hint) { return hint === "number" ? 42 : hint === "string" ? "forty-two" : "default"; };
console.log(+money, String(money), money + "", money * 2, "" + [money]);
var bad = {}; bad[Symbol.toPrimitive] = function () { return {}; };
try { +bad; } catch (e) { console.log(e.name); }
var d = new Date(0); console.log(typeof (d + 1), typeof (d - 1));
// expect: [object Custom] [object Custom]
// expect: [object Object] [object Array] [object Null]
// expect: [object Map] [object Set]
// expect: true false
// expect: true false
// expect: TypeError
// expect: 42 forty-two default 84 forty-two
// expect: TypeError
// expect: string number
