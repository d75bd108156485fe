// The script ends right after one send: the server closes the socket (1000).
requirelib("websocket");
websocket.upgrade(30);
websocket.send("done");
