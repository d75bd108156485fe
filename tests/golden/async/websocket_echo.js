requirelib("websocket");
function reply(m) { websocket.send("echo: " + m); }
function double(x) { return x * 2; }
if (websocket.upgrade(10)) { var m = websocket.read(); reply(m); websocket.close(); }
