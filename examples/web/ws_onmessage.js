// Read pattern 3: an onMessage handler, called inside delay() the moment a
// frame arrives, with {data, timestamp, type} (type 1 text, 2 binary) and
// this === websocket. A handler that throws is logged; pumping goes on.
requirelib("websocket");
websocket.upgrade(30);
var handled = 0;
websocket.onMessage = function (msg) {
    handled++;
    if (msg.data === "throw") throw new Error("handler error (logged, not fatal)");
    if (msg.data === "meta") {
        websocket.send(JSON.stringify({
            type: msg.type,
            tsIsNumber: typeof msg.timestamp === "number",
            thisIsWs: this === websocket
        }));
        return;
    }
    websocket.send("on:" + msg.data);
};
websocket.send("ready");
var ticks = 0;
while (!websocket.isClosed() && ticks < 500) {
    delay(100);
    ticks++;
}
console.log("onMessage finished; handled " + handled);
