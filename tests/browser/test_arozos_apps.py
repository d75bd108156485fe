"""ArozOS's own web apps, unchanged, on ajgi_tx in headless Chromium: the
Speedtest app's websocket test runs to its end, and a Terminal session
opens and runs commands that only touch its own files.

Needs a checkout of ArozOS: set ``AJGI_AROZOS_DIR`` to it (the folder
holding ``src/web``); without it these tests are skipped with that reason.
Not part of CI, like the test262 runs. The server is
``python -m ajgi_tx serve --root $AJGI_AROZOS_DIR/src/web`` (its init.agi
files boot as at any startup; compiled scripts are kept in memory, nothing
is written into the checkout; ``--serve-js``: the apps' pages load
``script/jquery.min.js`` and ``script/ao_module.js``). Chromium is Debian's, driven by Playwright
through ``executable_path`` (``tests/browser/test_pages.py``).
"""

import json
import os
import urllib.request

import pytest

from tests.browser.test_pages import ARTIFACTS, browser  # noqa: F401  (the fixture)
from tests.browser.served import serving

AROZOS = os.environ.get("AJGI_AROZOS_DIR", "")
WEB = os.path.join(AROZOS, "src", "web")

pytestmark = pytest.mark.skipif(
    not (AROZOS and os.path.isdir(WEB)),
    reason="needs an ArozOS checkout: set AJGI_AROZOS_DIR to the folder holding src/web")


@pytest.fixture(scope="module")
def arozos_site(tmp_path_factory):
    base = tmp_path_factory.mktemp("arozos")
    log_path = base / "server.log"
    # the download test sends 1 MiB frames until one batch takes 5 s: more CPU
    # than the default budget of a request on a loaded machine
    args = ["--data-dir", str(base / "data"), "--cache-dir", "-", "--cpu-budget", "300",
            "--username", "tester", "--serve-js"]
    with serving(WEB, log_path, args, ready_path="system/modules/list", timeout=120) as url:
        yield type("Site", (), {"url": url, "log": staticmethod(log_path.read_text), "data": base / "data"})


@pytest.fixture
def app_page(browser):  # noqa: F811
    context = browser.new_context(viewport={"width": 1000, "height": 760})
    pg = context.new_page()
    errors = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.errors = errors
    yield pg
    context.close()


def _expect(timeout_ms):
    from playwright.sync_api import expect

    expect.set_options(timeout=timeout_ms)
    return expect


def test_the_modules_of_the_checkout_are_registered(arozos_site):
    with urllib.request.urlopen(arozos_site.url + "system/modules/list", timeout=10) as r:
        names = [m["Name"] for m in json.loads(r.read())]
    assert "Terminal" in names and "Code Studio" in names
    assert names == sorted(names)
    # ArozOS's own Speedtest/init.agi has a syntax error (a missing comma): ArozOS skips it too
    assert "Speedtest" not in names
    assert "Speedtest/init.agi:" in arozos_site.log() and "SyntaxError" in arozos_site.log()


def test_speedtest_websocket_test_completes(arozos_site, app_page):
    pg = app_page
    expect = _expect(240000)
    pg.goto(arozos_site.url + "Speedtest/index.html")
    pg.click("#startbtn")
    # download, upload, then ping: the button reads "Go again" only after the last
    expect(pg.locator("#startbtn")).to_have_text("Go again")
    os.makedirs(ARTIFACTS, exist_ok=True)
    pg.screenshot(path=os.path.join(ARTIFACTS, "arozos_speedtest.png"))
    hero = pg.locator("#heroNum").inner_text()
    assert hero not in ("—", "Error") and float(hero) > 0
    assert float(pg.locator("#ul").inner_text()) > 0
    assert float(pg.locator("#ping").inner_text()) >= 0
    assert pg.errors == []


def _run(pg, command, expect, wait_text, where="#termOutput"):
    pg.fill("#termInput", command)
    pg.press("#termInput", "Enter")
    expect(pg.locator(where)).to_contain_text(wait_text)


def test_terminal_session_runs_commands_on_its_own_files(arozos_site, app_page):
    pg = app_page
    expect = _expect(30000)
    pg.goto(arozos_site.url + "Terminal/index.html")
    expect(pg.locator("#connLabel")).to_contain_text("Connected")
    expect(pg.locator("#connLabel")).to_contain_text("tester")
    _run(pg, "var n = 6 * 7; n + 1", expect, "43")
    _run(pg, "bash()", expect, "Entered shell mode")
    _run(pg, "mkdir e2e", expect, "tester@arozos:~$ mkdir e2e")
    _run(pg, "cd e2e", expect, "tester@arozos:~/e2e$", where=".term-prompt")  # the prompt follows cd
    _run(pg, "touch made-by-terminal.txt", expect, "tester@arozos:~/e2e$ touch made-by-terminal.txt")
    _run(pg, "ls", expect, "made-by-terminal.txt")
    _run(pg, "whoami", expect, "tester")
    os.makedirs(ARTIFACTS, exist_ok=True)
    pg.screenshot(path=os.path.join(ARTIFACTS, "arozos_terminal.png"))
    # the file is in the user's own folder of the data directory, nowhere else
    assert (arozos_site.data / "users" / "tester" / "e2e" / "made-by-terminal.txt").is_file()
    assert pg.errors == []
