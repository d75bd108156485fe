// Plain HTTP script: GET /system/ajgi/interface?script=hello.js answers "hello".
sendResp("hello");
