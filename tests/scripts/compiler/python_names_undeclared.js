// An undeclared __debug__ is a ReferenceError as in any engine (Python
// would read its compile-time constant True).
try { console.log(String(__debug__)); } catch (e) { console.log(e.name); }
try { console.log(__class__); } catch (e) { console.log(e.name); }
console.log(typeof __debug__, typeof __builtins__, typeof __name__);
// expect: ReferenceError
// expect: ReferenceError
// expect: undefined undefined undefined
