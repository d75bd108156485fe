// Idle timeout: upgrade(1) and wait; after 1 s without traffic the server
// closes with 1001 and read() returns false.
requirelib("websocket");
websocket.upgrade(1);
var got = websocket.read();
console.log("read returned " + got + "; closed: " + websocket.isClosed());
