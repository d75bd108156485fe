// JS identifiers that Python treats specially (__debug__ is a compile-time
// constant, None/True are keywords, __class__/__builtins__ are magic) are
// ordinary JS variables, and an undeclared one is a ReferenceError.
try { console.log(String(__debug__)); } catch (e) { console.log(e.name); }
console.log(typeof __debug__, typeof __class__, typeof None);
var __debug__ = 5, None = 1, True = 2, __class__ = 3, __builtins__ = 4, __name__ = 6, __import__ = 7;
console.log(__debug__, None, True, __class__, __builtins__, __name__, __import__);
function f(__debug__, None, __class__) {
  var __builtins__ = 10, False = 20, __file__ = 30;
  var g = function () { return __debug__ + None + __class__ + __builtins__ + False + __file__; };
  return g();
}
console.log(f(1, 2, 3));
try { throw 8; } catch (__debug__) { console.log(__debug__); }
__spec__ = "implicit"; console.log(__spec__);
// expect: undefined
// expect: undefined undefined undefined
// expect: 5 1 2 3 4 6 7
// expect: 66
// expect: 8
// expect: implicit
