// xfail: a top-level class declaration is a local of the script's main function; code inside a top-level `with` or direct eval looks names up in the run-time environment and the global object, and does not see it (es-let's top-level lexical bindings should carry classes too)
class Top {}
console.log(eval("typeof Top"), typeof this.Top);
with ({}) { class W {} console.log(typeof W); }
// expect: function undefined
// expect: function
