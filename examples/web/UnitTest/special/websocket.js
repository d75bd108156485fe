// The seed example (ArozOS websocket library documentation): upgrade,
// wait for the client to start, send ten numbered lines one second apart,
// close. Written in the older four-call form: upgrade/read/send/close.
function setup() {
    requirelib("websocket");
    if (!websocket.upgrade(10)) return false;
    console.log("WebSocket Opened!");
    return true;
}

function waitForStart() {
    websocket.send("Type something to start test");
    var recv = websocket.read();
    console.log(recv);
}

function loop(i) {
    websocket.send("Hello World: " + i);
    delay(1000);
}

function closing() {
    websocket.close();
}

if (setup()) {
    waitForStart();
    for (var i = 0; i < 10; i++) {
        loop(i);
    }
    closing();
} else {
    sendResp("WebSocket Setup Failed. Open UnitTest/wstest.html in a browser.");
    console.log("WebSocket Setup Failed.");
}
