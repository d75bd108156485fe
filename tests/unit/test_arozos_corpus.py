"""tests/tools/arozos_corpus.py on a fixture folder of its own (the real
corpus run needs an ArozOS checkout and is not part of CI): which files
count as AGI scripts, and how each outcome is classified, through a real
``serve`` on 127.0.0.1."""

import json

from tests.tools import arozos_corpus

FIXTURE = {
    "web/App/ok.agi": 'sendResp("fine");',
    "web/App/backend/list.js": 'requirelib("filelib"); sendJSONResp(filelib.glob("user:/*"));',
    "web/App/front.js": 'document.getElementById("x").textContent = USERNAME;',  # a page's script
    "web/App/plain.js": 'var x = 1;',                                            # names no AGI global
    "web/script/lib.js": 'sendResp(1);',                                         # bundled library folder
    "web/App/host.agi": 'madeUpHostCall("x");',
    "web/App/lib.agi": 'requirelib("llm");\nvar r = llm.request("hi");',
    "web/App/throws.agi": 'var o = null;\no.field = 1;',
    "web/App/member.agi": 'requirelib("filelib");\nfilelib.madeUpMember("x");',
    "web/App/notmember.agi": 'requirelib("filelib");\nfilelib.notInGo("x");',
    "web/App/slow.agi": 'delay(5000); sendResp("late");',
    "web/App/param.agi": 'if (typeof name === "undefined") { sendResp("no name"); } else { sendResp(name); }',
    "web/App/fields.agi": 'requirelib("filelib");\nvar f = opr + "/" + file;\nsendResp(f.length);',
    "web/App/fieldthen.agi": 'var x = opr;\nthrow new Error("its own " + x);',
    "web/App/json.js": 'sendJSONResp(JSON.stringify(POST_data));',
    "web/App/notfield.agi": 'madeUpFunction(1);',
    "web/App/strfield.agi": '/* POST: path (string) */\n// path (again)\nsendResp(path.split("path(").length);',
    "web/App/nolib.agi": 'var l = llm.models;',
    "web/App/ws.agi": 'requirelib("websocket");\nif (!websocket.upgrade(5)) { sendResp("upgrade failed"); }',
    "web/App/wslib.agi": 'requirelib("llm");\nrequirelib("websocket");\nwebsocket.upgrade(5);',
    "web/App/backend/page.js": '// a comment naming jQuery\nrequirelib("filelib");\nsendResp("backend");',
    "web/App/init.agi": 'registerModule(JSON.stringify({Name: "App"}));',
    "mod/agi/fake.go": 'vm.Set("madeUpHostCall", nil)\ng.RegisterLib("llm", nil)\nvm.Set("_hidden", nil)\n'
                       'vm.Run(`\n\t\tfilelib.madeUpMember = _filelib_madeUpMember;\n`)\n',
}


def _make(tmp_path):
    for name, text in FIXTURE.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return tmp_path / "web"


def test_which_files_are_agi_scripts(tmp_path):
    root = _make(tmp_path)
    assert arozos_corpus.find_scripts(str(root)) == [
        "App/backend/list.js", "App/backend/page.js", "App/fields.agi", "App/fieldthen.agi",
        "App/host.agi", "App/init.agi", "App/json.js", "App/lib.agi", "App/member.agi", "App/nolib.agi",
        "App/notfield.agi", "App/notmember.agi", "App/ok.agi", "App/param.agi", "App/slow.agi", "App/strfield.agi",
        "App/throws.agi", "App/ws.agi", "App/wslib.agi"]
    # --all-js: every .js but the bundled libraries (ArozOS's examples folder)
    assert "App/plain.js" in arozos_corpus.find_scripts(str(root), all_js=True)
    assert "App/front.js" in arozos_corpus.find_scripts(str(root), all_js=True)
    funcs, libs = arozos_corpus.host_names(str(tmp_path / "mod" / "agi"))
    assert funcs == {"madeUpHostCall", "filelib.madeUpMember"} and libs == {"llm"}


def test_outcomes_are_classified(tmp_path, capsys):
    root = _make(tmp_path)
    out = tmp_path / "out.json"
    assert arozos_corpus.main(["--root", str(root), "--json", str(out), "--timeout", "2"]) == 0
    results = {r["script"]: r for r in json.loads(out.read_text())["results"]}
    got = {k: (r["outcome"], r["detail"]) for k, r in results.items()}
    assert got["App/ok.agi"] == ("ok", "")
    assert got["App/backend/list.js"] == ("ok", "")
    assert got["App/init.agi"] == ("ok", "")
    assert got["App/host.agi"] == ("missing-host", "madeUpHostCall")
    assert got["App/member.agi"] == ("missing-host", "filelib.madeUpMember")
    assert got["App/notmember.agi"][0] == "script-error"  # ArozOS has no such member either
    assert got["App/lib.agi"] == ("missing-library", "llm")
    assert got["App/throws.agi"][0] == "script-error"
    assert "TypeError" in got["App/throws.agi"][1] and "App/throws.agi:2:" in got["App/throws.agi"][1]
    assert got["App/slow.agi"][0] == "timeout"
    assert got["App/param.agi"] == ("ok", "")
    # request fields, given one by one as empty strings until the script ends otherwise
    assert got["App/fields.agi"] == ("needs-field", "file, opr; given them (empty): ok")
    assert results["App/fields.agi"]["fields"] == ["file", "opr"]
    assert got["App/fieldthen.agi"][0] == "needs-field"
    assert "given them (empty): script-error" in got["App/fieldthen.agi"][1]
    assert "Error: its own " in got["App/fieldthen.agi"][1]
    assert got["App/notfield.agi"][0] == "script-error"  # called: a function, not a field
    assert got["App/strfield.agi"] == ("needs-field", "path; given them (empty): ok")  # (comments, strings)  # a string's method
    assert got["App/nolib.agi"][0] == "script-error"  # a library ArozOS has, not loaded: no field
    assert got["App/json.js"] == ("ok", "")  # POST_data: an empty JSON POST, as ArozOS sets it
    assert got["App/ws.agi"][0] == "needs-websocket"
    assert got["App/wslib.agi"] == ("missing-library", "llm")  # an upgrade would not help it
    assert got["App/backend/page.js"] == ("ok", "")
    assert results["App/backend/list.js"]["libraries"] == ["filelib"]
    report = capsys.readouterr().out
    assert "19 scripts (16 .agi, 3 .js)" in report
    assert "1 modules by 1 init.agi" in report
    assert "without a missing-host-function error: 17" in report  # host.agi, member.agi
    assert "App/host.agi" in report.split("left:")[1] and "App/ok.agi" not in report.split("left:")[1]
