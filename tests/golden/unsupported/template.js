var s = `hi ${name}`;
