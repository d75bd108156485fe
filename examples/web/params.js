// Request parameters as globals (POST form fields or JSON body keys).
//   POST name=bob           -> {"n":2,"name":"bob"}   (sendJSONResp: sorted keys)
//   POST mode=text          -> "ab" built with echo(); exit() stops the script
if (typeof mode !== "undefined" && mode === "text") {
    echo("a");
    echo("b");
    exit();
    sendResp("not reached");
}
var who = (typeof name === "undefined") ? null : name;
sendJSONResp({name: who, n: 2});
