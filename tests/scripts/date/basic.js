var d = new Date(Date.UTC(2020, 0, 31, 10, 20, 30, 400));
console.log(d.toISOString());
console.log(d.toUTCString());
console.log(d.getTime(), d.getUTCDay(), d.getUTCFullYear(), d.getUTCMonth());
d.setUTCMonth(1);
console.log(d.toISOString());
console.log(Date.parse("2020-01-02"), Date.parse("Thu, 01 Jan 1970 00:00:00 GMT"), Date.parse("2020-01-02T10:00:00+05:30"));
console.log(new Date(NaN).getTime(), String(new Date(NaN)));
try { new Date(NaN).toISOString(); } catch (e) { console.log(e.name + ": " + e.message); }
console.log(JSON.stringify([new Date(86400000)]));
console.log(new Date(8.64e15).toISOString(), new Date(-1).toISOString());
console.log(Date.UTC(99, 11, 31), typeof Date.now(), typeof Date());
console.log(Date.prototype.toGMTString === Date.prototype.toUTCString);
console.log(new Date(2020, 0, 1) - new Date(2019, 0, 1));
// expect: 2020-01-31T10:20:30.400Z
// expect: Fri, 31 Jan 2020 10:20:30 GMT
// expect: 1580466030400 5 2020 0
// expect: 2020-03-02T10:20:30.400Z
// expect: 1577923200000 0 1577939400000
// expect: NaN Invalid Date
// expect: RangeError: Invalid time value
// expect: ["1970-01-02T00:00:00.000Z"]
// expect: +275760-09-13T00:00:00.000Z 1969-12-31T23:59:59.999Z
// expect: 946598400000 number string
// expect: true
// expect: 31536000000
