class Top {}
console.log(eval("typeof Top"), typeof this.Top);
with ({}) { class W {} console.log(typeof W); }
// expect: function undefined
// expect: function
