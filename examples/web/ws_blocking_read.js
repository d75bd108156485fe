// Read pattern 1: read(ms) with a timeout.
// read(100) -> a string, null when 100 ms pass quietly, false when closed.
// "bye" makes the server close; 50 quiet polls in a row end the script.
requirelib("websocket");
websocket.upgrade(30);
websocket.send("ready");
var quiet = 0;
while (quiet < 50) {
    var msg = websocket.read(100);
    if (msg === false) break;
    if (msg === null) { quiet++; continue; }
    quiet = 0;
    if (msg === "bye") {
        websocket.send("closing");
        websocket.close();
        break;
    }
    websocket.send("echo:" + msg);
}
console.log("blocking read finished; closed: " + websocket.isClosed());
