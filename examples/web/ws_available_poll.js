// Read pattern 2: poll available(). Without an onMessage function delay()
// only sleeps, so frames wait in the inbox until read() takes them.
requirelib("websocket");
websocket.upgrade(30);
websocket.send("ready");
var rounds = 0;
while (!websocket.isClosed() && rounds < 5000) {
    rounds++;
    var waiting = websocket.available();
    if (waiting === 0) { delay(10); continue; }
    while (waiting-- > 0) {
        var msg = websocket.read(1);
        if (msg === false || msg === null) break;
        if (msg === "count") {
            websocket.send("queued:" + websocket.available());
        } else {
            websocket.send("poll:" + msg);
        }
    }
}
console.log("polling finished after " + rounds + " rounds");
