"""The bundled pages in a real browser: headless Chromium (Debian's
``chromium``) driven by Playwright against ``python -m ajgi_tx serve --dev``
started here on a free port.

The seed example runs to its close, the console page runs against every
websocket example, the HTTP forms answer, and a broken page (a script
error, a missing element, a wrong reply) fails the test. Screenshots of
each page are saved under ``tests/browser/artifacts/`` (git-ignored).
No browser is downloaded: Playwright drives the system's chromium through
``executable_path``; a machine without it fails here with what to install.
"""

import os
import re
import shutil
import urllib.request

from tests.browser.served import REPO, serving

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
EXAMPLES = os.path.join(REPO, "examples", "web")
ARTIFACTS = os.path.join(HERE, "artifacts")
WAIT_MS = 15000  # any single page condition; the seed's ten lines take ~10 s on their own




@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """``python -m ajgi_tx serve --dev`` on a copy of examples/web; yields
    the base URL."""
    base = tmp_path_factory.mktemp("browser")
    root = str(base / "web")
    shutil.copytree(EXAMPLES, root, ignore=shutil.ignore_patterns(".ajgi_cache"))
    with serving(root, base / "server.log", ["--dev", "--data-dir", str(base / "data")]) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    exe = shutil.which("chromium")
    if exe is None:
        pytest.fail("Debian's chromium is not installed, and the browser tests need it: "
                    "apt-get install -y chromium (scripts/test.sh does this)", pytrace=False)
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail("the Python package playwright is not installed: "
                    "pip install -e '.[test]' (scripts/test.sh does this)", pytrace=False)
    os.makedirs(ARTIFACTS, exist_ok=True)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=exe, headless=True)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    """A fresh page; any uncaught page error or console error fails the test."""
    context = browser.new_context(viewport={"width": 1100, "height": 800})
    pg = context.new_page()
    pg.set_default_timeout(WAIT_MS)
    problems = []
    pg.on("pageerror", lambda e: problems.append("page error: %s" % e))
    # A refused handshake and a script's deliberate 500 are logged by the
    # browser as errors; anything else (a 404 for a page's file...) is a failure.
    expected = ("WebSocket connection", "status of 500")
    pg.on("console", lambda m: problems.append("console %s: %s" % (m.type, m.text))
          if m.type == "error" and not any(e in m.text for e in expected) else None)
    yield pg
    context.close()
    assert problems == []


def _shot(pg, name):
    pg.screenshot(path=os.path.join(ARTIFACTS, name + ".png"), full_page=True)


def _expect():
    from playwright.sync_api import expect

    expect.set_options(timeout=WAIT_MS)
    return expect


def _log_texts(pg, kind):
    return pg.locator("#log .entry.%s .text" % kind).all_text_contents()


def test_index_links_stylesheet_and_favicon(site, page):
    expect = _expect()
    page.goto(site + "index.html")
    expect(page).to_have_title("ajgi_tx examples")
    # the one stylesheet is applied, and the favicon is an image that loads
    assert page.evaluate("getComputedStyle(document.querySelector('header.top')).backgroundColor") \
        == "rgb(29, 36, 48)"
    assert page.evaluate("document.querySelector('header.top img').naturalWidth") > 0
    assert page.evaluate("document.querySelector('link[rel=icon]').href").endswith("favicon.svg")
    hrefs = page.evaluate("Array.from(document.querySelectorAll('a[href]'), a => a.href)")
    assert len(hrefs) >= 15
    for href in sorted(set(h.split("?")[0].split("#")[0] for h in hrefs)):
        with urllib.request.urlopen(href, timeout=10) as r:
            assert r.status == 200, href
    for name in ("wsconsole.html", "http.html", "UnitTest/wstest.html"):
        html = urllib.request.urlopen(site + name, timeout=10).read().decode()
        assert "style.css" in html and "favicon.svg" in html, name
    _shot(page, "index")


def test_seed_example_runs_to_its_close(site, page):
    expect = _expect()
    page.goto(site + "UnitTest/wstest.html")
    expect(page.locator("#status")).to_have_text("Open: UnitTest/special/websocket.js")
    expect(page.locator("#log")).to_contain_text("Type something to start test")
    page.fill("#msg", "start")
    page.press("#msg", "Enter")  # Enter sends
    expect(page.locator("#log .entry.out .text")).to_have_text(["start"])
    expect(page.locator("#status")).to_have_text(
        "Closed UnitTest/special/websocket.js: code 1000, clean", timeout=40000)
    received = _log_texts(page, "in")
    assert received == ["Type something to start test"] + ["Hello World: %d" % i for i in range(10)]
    # every message carries its time and direction
    first = page.locator("#log .entry.in").first
    assert first.locator(".dir").text_content() == "\u2190"
    assert len(first.locator("time").text_content()) == len("12:00:00.000")
    _shot(page, "seed_wstest")


# (script, [(message to send, expected reply)], how it ends, expected status text)
CONSOLE_CASES = [
    ("echo.js", [("hello", "hello")], "disconnect", "Closed echo.js: code 1000 normal closure"),
    ("echo_onmessage.js", [("hi", "hi")], "disconnect",
     "Closed echo_onmessage.js: code 1000 normal closure"),
    ("ws_blocking_read.js", [(None, "ready"), ("x", "echo:x"), ("bye", "closing")], "server",
     "Closed ws_blocking_read.js: code 1000 normal closure"),
    ("ws_available_poll.js", [(None, "ready"), ("p", "poll:p")], "disconnect",
     "Closed ws_available_poll.js: code 1000 normal closure"),
    ("ws_onmessage.js", [(None, "ready"), ("m", "on:m")], "disconnect",
     "Closed ws_onmessage.js: code 1000 normal closure"),
    ("json_commands.js", [('{"id":1,"cmd":"add","args":{"a":2,"b":3}}', '{"result":5,"ok":true,"id":1}'),
                          ('{"id":2,"cmd":"quit"}', '{"id":2,"ok":true,"bye":true}')], "server",
     "Closed json_commands.js: code 1000 normal closure"),
    ("ws_finish.js", [(None, "done")], "server", "Closed ws_finish.js: code 1000 normal closure"),
    ("ws_idle.js", [], "server",
     "Closed ws_idle.js: code 1001 going away (idle timeout or server stop): idle timeout"),
    ("ws_error.js", [(None, "send anything to make me fail"), ("oops", None)], "server",
     "Closed ws_error.js: code 1011 the script failed: ws_error.js:8:14: SyntaxError: "
     "Unexpected token 'o', \"oops\" is not valid JSON"),
]


@pytest.mark.parametrize("script,exchange,end,status", CONSOLE_CASES,
                         ids=[c[0] for c in CONSOLE_CASES])
def test_console_page_against_websocket_example(site, page, script, exchange, end, status):
    expect = _expect()
    page.goto(site + "wsconsole.html")
    page.fill("#script", script)  # the free-text path
    page.press("#script", "Enter")
    # "open" in the log: the status may already say how it closed (ws_finish.js)
    expect(page.locator("#log .entry.event .text").filter(has_text=re.compile("^open$"))) \
        .to_have_count(1)
    replies = []
    for send, reply in exchange:
        if send is not None:
            page.fill("#msg", send)
            page.press("#msg", "Enter")
        if reply is not None:
            replies.append(reply)
            expect(page.locator("#log .entry.in .text")).to_have_text(replies)
    if end == "disconnect":
        page.click("#disconnect")
    expect(page.locator("#status")).to_have_text(status)
    sent = [s for s, _ in exchange if s is not None]
    assert _log_texts(page, "out") == sent
    assert page.locator("#disconnect").is_disabled() and page.locator("#send").is_disabled()
    _shot(page, "console_" + script.replace(".js", ""))


def test_console_clear_and_a_path_that_is_no_websocket(site, page):
    expect = _expect()
    page.goto(site + "wsconsole.html?script=hello.js")  # answers HTTP, never upgrades
    expect(page.locator("#status")).to_contain_text("Closed hello.js: code 1006")
    assert page.locator("#log .entry").count() >= 2
    page.click("#clear")
    expect(page.locator("#log .entry")).to_have_count(0)
    page.fill("#msg", "x")
    page.press("#msg", "Enter")
    expect(page.locator("#log .entry.error .text")).to_have_text(["not connected"])


def test_http_forms(site, page):
    expect = _expect()
    page.goto(site + "http.html")
    hello = page.locator("#hello")
    hello.locator("button").click()
    expect(hello.locator(".result")).to_have_text("hello")
    expect(hello.locator(".result-head")).to_have_text("HTTP 200 \u00b7 text/plain")

    params = page.locator("#params")
    params.locator("button").click()
    expect(params.locator(".result")).to_have_text('{"n":2,"name":"bob"}')
    expect(params.locator(".result-head")).to_have_text("HTTP 200 \u00b7 application/json")
    page.select_option("#params-mode", "text")
    params.locator("button").click()
    expect(params.locator(".result")).to_have_text("ab")

    error = page.locator("#error")
    error.locator("button").click()
    expect(error.locator(".result-head")).to_contain_text("HTTP 500")
    body = error.locator(".result")
    expect(body).to_contain_text("error.js:3:28: ReferenceError: undefinedThing is not defined")
    expect(body).to_contain_text("> 3 | function broken() { return undefinedThing + 1; }")

    anyform = page.locator("#any")
    page.fill("#any-fields", "name=alice")
    anyform.locator("button").click()
    expect(anyform.locator(".result")).to_have_text('{"n":2,"name":"alice"}')
    _shot(page, "http_forms")
