async function main() {}
