// Closures created in a catch block inside a loop each keep their own
// exception (the catch parameter's scope is made each time the block runs).
var fs = [];
for (var i = 0; i < 3; i++) { try { throw i; } catch (e) { fs.push(function () { return e; }); } }
console.log(fs[0](), fs[1](), fs[2]());
function g() {
  var fs = [];
  for (var i = 0; i < 3; i++) {
    try { throw i; } catch (e) {
      fs.push(function () { e = e + 10; return e; });
      fs.push(function () { return function () { return e; }; });
      e = e * 2;
    }
  }
  return [fs[0](), fs[1]()(), fs[2](), fs[3]()(), fs[4](), fs[5]()()].join();
}
console.log(g());
try { throw 7; } catch (e) { function hoisted() { return typeof e; } console.log(hoisted()); }
var out = [];
for (var k = 0; k < 2; k++) {
  try { throw "x" + k; } catch (err) {
    out.push(function () { try { throw 1; } catch (err2) { return err + err2; } });
  }
}
console.log(out[0](), out[1]());
// expect: 0 1 2
// expect: 10,10,12,12,14,14
// expect: number
// expect: x01 x11
