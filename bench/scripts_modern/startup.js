// Start-up floor, modern style (same work as scripts/startup.js).
const label = "startup";
console.log(`${label} 0`);
