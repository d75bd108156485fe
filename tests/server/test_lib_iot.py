"""The ``iot`` library (runtime/agi/lib_iot.py) on the shared live server:
ajgi_tx has no IoT manager, so it answers as ArozOS without one (ready()
false) and as ArozOS for a device that is not there."""

import json

from tests.server.client import http


def test_iot_answers_as_a_host_without_an_iot_manager(server):
    server.script("IOT/all.js", """var loaded = requirelib("iot");
        sendJSONResp([loaded, iot.ready(), iot.list(), iot.scan(), iot.status("dev1"),
            iot.exec("dev1", "toggle", {on: true}), iot.connect("dev1", "u", "p", "t"),
            iot.disconnect("dev1"), iot.iconTag("dev1"), Array.isArray(iot.list())]);""")
    status, _, body = http(server.base, "IOT/all.js")
    assert status == 200, body
    assert json.loads(body) == [True, False, [], [], False, False, False, False, None, True]


def test_arozos_iot_example_ends_with_its_not_ready_answer(server):
    # the shape of ArozOS's UnitTest/backend/iot.*.js: ready() is asked first
    server.script("IOT/example.js", """requirelib("iot");
        function main() {
            if (iot.ready() == true) { var devList = iot.list(); sendResp(devList[0].Name); }
            else { sendResp("IoT Manager not ready"); }
        }
        main();""")
    assert http(server.base, "IOT/example.js")[1:] == ("text/plain", "IoT Manager not ready")
