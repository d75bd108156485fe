// Methods both String.prototype and Array.prototype have (includes, indexOf,
// lastIndexOf, slice, concat) called on strings, arrays and other values,
// before and after a script replaces one of them on one prototype.
function run(label) {
  var out = [];
  var values = ['abcab', ['a', 'b', 'c', 'a', 'b'], {length: 2, 0: 'a', includes: function () { return 'own'; }}];
  for (var i = 0; i < values.length; i++) {
    var v = values[i];
    var r = [];
    try { r.push(v.includes('b')); } catch (e) { r.push(e.name); }
    try { r.push(v.indexOf('b')); } catch (e) { r.push(e.name); }
    try { r.push(v.lastIndexOf('b')); } catch (e) { r.push(e.name); }
    try { r.push(String(v.slice(1, 3))); } catch (e) { r.push(e.name); }
    try { r.push(String(v.concat('z'))); } catch (e) { r.push(e.name); }
    out.push(r.join(','));
  }
  var own = ['x']; own.includes = function () { return 'own array'; };
  out.push(own.includes('x'));
  console.log(label + ': ' + out.join(' | '));
}
run('pristine');
var strIncludes = String.prototype.includes;
String.prototype.includes = function () { return 'patched string'; };
run('string patched');
String.prototype.includes = strIncludes;
Array.prototype.indexOf = function () { return 'patched array'; };
run('array patched');
delete Array.prototype.slice;
run('array slice deleted');
Object.setPrototypeOf(String.prototype, null);
run('string proto unlinked');
// expect: pristine: true,1,4,bc,abcabz | true,1,4,b,c,a,b,c,a,b,z | own,TypeError,TypeError,TypeError,TypeError | own array
// expect: string patched: patched string,1,4,bc,abcabz | true,1,4,b,c,a,b,c,a,b,z | own,TypeError,TypeError,TypeError,TypeError | own array
// expect: array patched: true,1,4,bc,abcabz | true,patched array,4,b,c,a,b,c,a,b,z | own,TypeError,TypeError,TypeError,TypeError | own array
// expect: array slice deleted: true,1,4,bc,abcabz | true,patched array,4,TypeError,a,b,c,a,b,z | own,TypeError,TypeError,TypeError,TypeError | own array
// expect: string proto unlinked: true,1,4,bc,abcabz | true,patched array,4,TypeError,a,b,c,a,b,z | own,TypeError,TypeError,TypeError,TypeError | own array
