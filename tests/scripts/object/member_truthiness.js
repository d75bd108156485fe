// ToBoolean of a member read tested by if / while / for / ! / ?: (a stored
// true/false is decided first; everything else takes the full read)
var log = [];
function count(list) {
    var n = 0, m = 0, c = 0;
    for (var k = 0; k < list.length; k++) {
        if (list[k].seen) n++;
        if (!list[k].seen) m++;
        c += list[k].seen ? 1 : 0;
    }
    return n + "/" + m + "/" + c;
}
var proto = {seen: true};
var withProto = Object.create(proto);
var getter = {};
var calls = 0;
Object.defineProperty(getter, "seen", {get: function () { calls++; return calls % 2 === 1; }});
var protoGetter = Object.create(getter);
var values = [true, false, NaN, "", "x", 0, -0, 1, null, undefined, {}, [], -1.5, Infinity];
var list = [];
for (var i = 0; i < values.length; i++) list.push({seen: values[i]});
list.push(withProto, {}, getter, protoGetter);
log.push(count(list), calls);
// receivers that are no plain object: a function, an array, a string, a wrapper
function fn() {}
fn.seen = true;
var arr = [1]; arr.seen = 0;
String.prototype.seen = "yes";
log.push(count([fn, arr, "str", new String(""), new Boolean(false)]));
delete String.prototype.seen;
// a property turned into an accessor after it was true
var o = {seen: true};
log.push(count([o]));
Object.defineProperty(o, "seen", {get: function () { return 0; }});
log.push(count([o]));
// holes take Array.prototype's getter
var holes = [{seen: true}, , {seen: false}];
Object.defineProperty(Array.prototype, "1", {get: function () { return {seen: "h"}; }, configurable: true});
log.push(count(holes));
delete Array.prototype[1];
// a null or undefined receiver throws a TypeError
try { if (values[8].seen) log.push("no"); } catch (e) { log.push(e instanceof TypeError); }
try { if (values[9].seen) log.push("no"); } catch (e) { log.push(e instanceof TypeError); }
// while and for tests, a receiver changing under the loop
var q = {more: true, left: 3};
var steps = 0;
while (q.more) { steps++; if (--q.left === 0) q.more = false; }
for (var p = {go: "a"}; p.go; p.go = p.go.length < 3 ? p.go + "a" : "") steps++;
log.push(steps);
console.log(log.join("\n"));
// expect: 9/9/9
// expect: 6
// expect: 3/2/3
// expect: 1/0/1
// expect: 0/1/0
// expect: 2/1/2
// expect: true
// expect: true
// expect: 6
