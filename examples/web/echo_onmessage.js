// Echo through onMessage + delay().
requirelib("websocket");
if (!websocket.upgrade(30)) {
    sendResp("not a websocket request");
} else {
    websocket.onMessage = function (m) { websocket.send(m.data); };
    while (!websocket.isClosed()) delay(1000);
}
