// run: agi
// The same pattern-as-value with a named class default, where the default and the
// class's method block (delay): the pattern's code is awaited, the class name still
// binds the class inside it.
function make() {
  var x, a;
  var r = (x = [a = (delay(1), class x { static self() { delay(1); return x; } })] = []);
  return [Array.isArray(r), a.name, a.self() === a].join(" ");
}
console.log(make());
var x, b;
x = { b = class x { get me() { delay(1); return x.name; } } } = {};
console.log(new b().me);
// expect: true x true
// expect: x
