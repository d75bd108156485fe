var o = {};
var s = o?.name;
