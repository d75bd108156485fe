// Work per message: tokenise the text, count the words, JSON round trip (the shape of a real
// handler). The reply's keys are written in sorted order, so engines whose JSON.stringify sorts
// keys (otto) give the same bytes as those keeping insertion order. bench/ws_work.py is the same
// computation in Python (the floor handler and the load generator's expected replies).
requirelib("websocket");

function handle(text) {
    var words = text.toLowerCase().split(/[^a-z0-9]+/);
    var counts = {};
    var n = 0;
    for (var i = 0; i < words.length; i++) {
        var w = words[i];
        if (w === "") continue;
        counts[w] = (counts[w] || 0) + 1;
        n++;
    }
    var keys = Object.keys(counts).sort();
    var top = keys[0];
    for (var j = 1; j < keys.length; j++) {
        if (counts[keys[j]] > counts[top]) top = keys[j];
    }
    var doc = JSON.parse(JSON.stringify({counts: counts, keys: keys}));
    return JSON.stringify({distinct: doc.keys.length, first: doc.keys[0], last: doc.keys[doc.keys.length - 1],
                           top: top, topCount: doc.counts[top], words: n});
}

if (websocket.upgrade(60)) {
    while (true) {
        var m = websocket.read();
        if (m === false) break;
        if (m === null) continue;
        websocket.send(handle(m));
    }
} else {
    sendResp("websocket only");
}
