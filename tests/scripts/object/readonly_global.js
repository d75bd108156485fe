// A read-only global property ignores sloppy assignment (8.12.5, 10.2.1.2)
Object.defineProperty(this, "ro", { value: 5, writable: false });
ro = 6;
console.log(ro);
this.ro = 7;
console.log(ro);
// expect: 5
// expect: 5
