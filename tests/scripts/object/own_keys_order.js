// Own key order: indices ascending, then an array's or String object's
// length, then named properties in insertion order.
var a = [1, 2]; a.foo = 1; a[5] = 3;
console.log(Object.getOwnPropertyNames(a).join());
var s = new String("ab"); s.x = 1; s[7] = "q";
console.log(Object.getOwnPropertyNames(s).join());
var o = {b: 1, 2: 1, a: 1, 1: 1};
console.log(Object.getOwnPropertyNames(o).join(), Object.keys(o).join());
var k = []; for (var p in a) k.push(p); console.log(k.join());
// expect: 0,1,5,length,foo
// expect: 0,1,7,length,x
// expect: 1,2,b,a 1,2,b,a
// expect: 0,1,5,foo
