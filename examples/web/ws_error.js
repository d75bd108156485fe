// A script that dies after the upgrade: the server closes with 1011. With
// `serve --dev` the close reason is the JS error and its place, so the
// console page shows why; the server log always does.
requirelib("websocket");
websocket.upgrade(30);
websocket.send("send anything to make me fail");
var msg = websocket.read();
var parsed = JSON.parse(msg);
websocket.send("parsed " + parsed.missing.field);
