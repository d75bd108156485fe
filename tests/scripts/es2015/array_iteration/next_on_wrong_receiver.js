// Every built-in iterator's next() refuses a receiver it did not make, with V8's wording.
function tryNext(label, next, receiver) {
    try {
        next.call(receiver);
        console.log(label + ": no error");
    } catch (e) {
        console.log(label + ": " + e.name + ": " + e.message);
    }
}
tryNext("array", [][Symbol.iterator]().next, {});
tryNext("string", ""[Symbol.iterator]().next, {});
tryNext("map", new Map().keys().next, {});
tryNext("set", new Set().values().next, {});
tryNext("array on a number", [].keys().next, 1);
tryNext("map get", Map.prototype.get, {});
tryNext("weakmap get", WeakMap.prototype.get, {});
console.log(JSON.stringify(""[Symbol.iterator]().next.call("a\ud83d\ude00"[Symbol.iterator]())));
// expect: array: TypeError: Method Array Iterator.prototype.next called on incompatible receiver #<Object>
// expect: string: TypeError: Method String Iterator.prototype.next called on incompatible receiver #<Object>
// expect: map: TypeError: Method Map Iterator.prototype.next called on incompatible receiver #<Object>
// expect: set: TypeError: Method Set Iterator.prototype.next called on incompatible receiver #<Object>
// expect: array on a number: TypeError: Method Array Iterator.prototype.next called on incompatible receiver 1
// expect: map get: TypeError: Method Map.prototype.get called on incompatible receiver #<Object>
// expect: weakmap get: TypeError: Method WeakMap.prototype.get called on incompatible receiver #<Object>
// expect: {"value":"a","done":false}
