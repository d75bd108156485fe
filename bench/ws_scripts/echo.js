// Echo loop: every text frame is sent straight back; ends when the peer closes.
requirelib("websocket");
if (websocket.upgrade(60)) {
    while (true) {
        var m = websocket.read();
        if (m === false) break;
        if (m !== null) websocket.send(m);
    }
} else {
    sendResp("websocket only");
}
