// split with a pattern that cannot match the empty string takes one native
// split (runtime/builtins/string.py); these pin it to node's pieces: groups
// that did not take part are undefined, limits cut after groups, ignoreCase
// and multi-unit separators, leading/trailing matches.
var cases = [["a1b22c333d", /\d+/], ["a1b22c333d", /(\d)+/], ["a1b22c333d", /(\d)|(x)/],
             ["aXbXc", /x/i], ["a,b,,c,", /,/], [",a,", /,/], ["abc", /abc/], ["xabcx", /(a)(b)(c)/],
             ["a\nb\r\nc", /\r?\n/], ["a1b2c3", /\d/], ["a-b_c", /[-_]/g], ["ab", /(?:b)/]];
for (var i = 0; i < cases.length; i++) {
    var s = cases[i][0], re = cases[i][1];
    var all = s.split(re);
    var holes = [];
    for (var j = 0; j < all.length; j++) if (all[j] === undefined) holes.push(j);
    console.log(JSON.stringify(all), JSON.stringify(s.split(re, 2)), JSON.stringify(s.split(re, 0)), holes.join(","));
}
// the global flag and lastIndex play no part
var g = /,/g; g.lastIndex = 3;
console.log("a,b,c".split(g).length, g.lastIndex);
// expect: ["a","b","c","d"] ["a","b"] [] 
// expect: ["a","1","b","2","c","3","d"] ["a","1"] [] 
// expect: ["a","1",null,"b","2",null,"","2",null,"c","3",null,"","3",null,"","3",null,"d"] ["a","1"] [] 2,5,8,11,14,17
// expect: ["a","b","c"] ["a","b"] [] 
// expect: ["a","b","","c",""] ["a","b"] [] 
// expect: ["","a",""] ["","a"] [] 
// expect: ["",""] ["",""] [] 
// expect: ["x","a","b","c","x"] ["x","a"] [] 
// expect: ["a","b","c"] ["a","b"] [] 
// expect: ["a","b","c",""] ["a","b"] [] 
// expect: ["a","b","c"] ["a","b"] [] 
// expect: ["a",""] ["a",""] [] 
// expect: 3 3
