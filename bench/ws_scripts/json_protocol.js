// JSON command protocol: {"cmd":"add","a":1,"b":2} | {"cmd":"echo","text":...} | {"cmd":"upper","text":...}.
// Replies are JSON objects whose keys are already in sorted order, so the bytes are the same under
// engines whose JSON.stringify sorts keys (otto) and those that keep insertion order (V8, ES5).
requirelib("websocket");

function handle(req) {
    if (req === null || typeof req !== "object") return {error: "not an object", ok: false};
    switch (req.cmd) {
        case "add":
            return {ok: true, result: Number(req.a) + Number(req.b)};
        case "echo":
            return {ok: true, result: String(req.text)};
        case "upper":
            return {ok: true, result: String(req.text).toUpperCase()};
        default:
            return {error: "unknown command", ok: false};
    }
}

if (websocket.upgrade(60)) {
    while (true) {
        var m = websocket.read();
        if (m === false) break;
        if (m === null) continue;
        var reply;
        try {
            reply = handle(JSON.parse(m));
        } catch (e) {
            reply = {error: "bad json", ok: false};
        }
        websocket.send(JSON.stringify(reply));
    }
} else {
    sendResp("websocket only");
}
