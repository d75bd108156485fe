// A JSON command protocol over a websocket. Each request is a JSON text
// {"id": n, "cmd": "...", "args": {...}}; each reply {"id": n, "ok": bool, ...}.
//   add {a, b}       -> {"result": a + b}
//   set {key, value} / get {key}: a per-connection store
//   keys             -> the stored keys, sorted
//   quit             -> reply, then the server closes
requirelib("websocket");
if (!websocket.upgrade(60)) {
    sendJSONResp({error: "connect with a WebSocket"});
} else {
    var store = {};
    var handlers = {
        add: function (a) { return {result: Number(a.a) + Number(a.b)}; },
        set: function (a) { store[a.key] = a.value; return {stored: a.key}; },
        get: function (a) { return {value: store.hasOwnProperty(a.key) ? store[a.key] : null}; },
        keys: function () { return {keys: Object.keys(store).sort()}; }
    };
    var running = true;
    while (running) {
        var text = websocket.read();
        if (text === false) break;
        var req, reply;
        try {
            req = JSON.parse(text);
        } catch (e) {
            websocket.send(JSON.stringify({id: null, ok: false, error: "bad JSON: " + e.message}));
            continue;
        }
        if (req.cmd === "quit") {
            websocket.send(JSON.stringify({id: req.id, ok: true, bye: true}));
            running = false;
            continue;
        }
        var h = handlers[req.cmd];
        if (typeof h !== "function") {
            reply = {ok: false, error: "unknown command: " + req.cmd};
        } else {
            try {
                reply = h(req.args || {});
                reply.ok = true;
            } catch (e) {
                reply = {ok: false, error: String(e)};
            }
        }
        reply.id = req.id;
        websocket.send(JSON.stringify(reply));
    }
    websocket.close();
}
