// An iteration past a quantifier's minimum may not match the empty string:
// the matcher backtracks into the atom for a longer match first (15.10.2.5).
// Non-capturing groups are rewritten for it (runtime/builtins/regexp_empty.py).
console.log(JSON.stringify(/(?:a*|b)+/.exec('b')));
console.log(JSON.stringify(/(?:a*|b)*/.exec('b')));
console.log(JSON.stringify(/(a*|b)+c/.exec('bc')));
console.log(JSON.stringify('ab'.replace(/(?:x*|b)+/g, '<$&>')));
console.log(JSON.stringify(/(?:\n*\n??|b+[a-c]*?)+/gi.exec('ab')));
console.log(JSON.stringify(/(?:a*?|b)+?c/.exec('bbc')), JSON.stringify(/(?:a?)*?x/.exec('aax')));
console.log(JSON.stringify(/(?:(?=a)|b)*/.exec('bba')), JSON.stringify(/(?:a*b?)+/.exec('abbab')));
console.log(JSON.stringify(/(?:a*|b){2,}/.exec('bbb')), JSON.stringify(/(?:a*|b){0,2}/.exec('bbb')));
console.log(JSON.stringify(/x(?:\b|y)*z/.exec('xyyz')), JSON.stringify(/^(?:$|q)+/m.exec('q\nq')));
console.log(JSON.stringify('a1b22c'.split(/(?:\d*|x)+/)), JSON.stringify('aXbX'.match(/(?:x*|b)+/gi)));
console.log(JSON.stringify(/(?:[^a]*|a)+/.exec('aab')), JSON.stringify(/(?:\s*|\S)+?$/.exec('a b')));
// expect: ["b"]
// expect: ["b"]
// expect: ["bc","b"]
// expect: "<>a<b><>"
// expect: [""]
// expect: ["bbc"] ["aax"]
// expect: ["bb"] ["abbab"]
// expect: ["bbb"] ["bb"]
// expect: ["xyyz"] ["q"]
// expect: ["a","b","c"] ["","XbX",""]
// expect: ["aab"] ["a b"]
