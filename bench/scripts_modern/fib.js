// fib(25) in modern style (same work as scripts/fib.js): an arrow, const.
const fib = (n) => (n < 2 ? n : fib(n - 1) + fib(n - 2));
console.log(`fib ${fib(25)}`);
