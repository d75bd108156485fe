var r = /(unclosed/;
