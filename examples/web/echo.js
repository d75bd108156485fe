// Echo server: websocket.read() waits for the next message and returns
// false once the client is gone. Plain HTTP requests get a text answer.
requirelib("websocket");
if (!websocket.upgrade(30)) {
    sendResp("not a websocket request");
} else {
    for (;;) {
        var msg = websocket.read();
        if (msg === false) break;
        websocket.send(msg);
    }
}
