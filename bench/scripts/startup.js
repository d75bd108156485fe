// Start-up floor: the engine's process start plus one console.log.
console.log("startup 0");
