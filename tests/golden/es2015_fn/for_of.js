for (var x of [1, 2]) {}
