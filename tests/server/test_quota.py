"""Storage quotas (runtime/agi/quota.py) on a live server: a write that does
not fit in the user's quota answers false and logs ArozOS's ``Storage Quota
Fulled``, through ``filelib.writeFile`` (as ArozOS) and what ``ziplib``,
``imagelib`` and ``http.download`` write; nothing of the refused write is
kept."""

import io
import json
import os
import threading
import zipfile
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.server.client import http
from tests.server.conftest import make_quota_site

QUOTA = 1000

@pytest.fixture(scope="module")
def site(tmp_path_factory):
    s = make_quota_site(tmp_path_factory, "quota", QUOTA, cpu_budget=2.0, http_allow_private=True)
    yield s
    s.stop()


def _folder(site, user, root="users"):
    path = os.path.join(site.cfg["data_dir"], root, user)
    os.makedirs(path, exist_ok=True)
    return path


@pytest.fixture
def carol(site):
    """carol's user:/ and tmp:/ folders, emptied before each test."""
    for root in ("users", "tmp"):
        folder = _folder(site, "carol", root)
        for dirpath, dirnames, filenames in os.walk(folder, topdown=False):
            for n in filenames:
                os.remove(os.path.join(dirpath, n))
            for n in dirnames:
                os.rmdir(os.path.join(dirpath, n))
    return _folder(site, "carol")


def run(site, source, user="carol"):
    site.script("q.js", source)
    status, _, body = http(site.base, "q.js", headers={"X-Remote-User": user})
    assert status == 200, body
    return json.loads(body)


WRITE = """requirelib("filelib");
    function w(p, n) { return filelib.writeFile(p, new Array(n + 1).join("x")); }
    var r = [];
    %s
    sendJSONResp(r);"""


def test_write_file_is_refused_past_the_quota_as_arozos(site, carol):
    # ArozOS's HaveSpace: size < total - used (used counted before the write)
    r = run(site, WRITE % """
        r.push(w("user:/a.txt", 600));          // 600 < 1000
        r.push(w("user:/b.txt", 400));          // 400 < 400 is false: refused
        r.push(filelib.fileExists("user:/b.txt"));
        r.push(w("user:/b.txt", 399));          // fits
        r.push(w("user:/c.txt", 1));            // 1 < 1 is false
        r.push(USERQUOTA_TOTAL);""")
    assert r == [True, False, False, True, False, QUOTA]
    assert site.wait_log(r"filelib: writeFile: Storage Quota Fulled")
    assert sorted(os.listdir(carol)) == ["a.txt", "b.txt"]
    assert os.path.getsize(os.path.join(carol, "b.txt")) == 399


def test_the_refusal_is_an_answer_not_an_exception_and_space_comes_back(site, carol):
    r = run(site, WRITE % """
        r.push(w("user:/big.txt", 900));
        try { r.push(w("user:/more.txt", 200)); } catch (e) { r.push("threw " + e); }
        r.push(filelib.deleteFile("user:/big.txt"));
        r.push(w("user:/more.txt", 200));""")
    assert r == [True, False, True, True]


def test_a_replaced_file_still_counts_until_written_as_arozos(site, carol):
    r = run(site, WRITE % """
        r.push(w("user:/a.txt", 600));
        r.push(w("user:/a.txt", 500));          // 500 < 400: no, the old 600 still count
        r.push(w("user:/a.txt", 300));""")
    assert r == [True, False, True]
    assert os.path.getsize(os.path.join(carol, "a.txt")) == 300


def test_writes_to_tmp_are_checked_against_the_quota_too(site, carol):
    with open(os.path.join(carol, "fill.bin"), "wb") as f:
        f.write(b"x" * 990)
    r = run(site, WRITE % 'r.push(w("tmp:/t.txt", 20)); r.push(w("tmp:/t.txt", 5));')
    assert r == [False, True]


def test_users_without_a_quota_are_not_limited(site):
    r = run(site, WRITE % 'r.push(w("user:/big.txt", 5000)); r.push(USERQUOTA_TOTAL);', user="alice")
    assert r == [True, -1]


def _random_bytes(n):
    return os.urandom(n)  # does not compress: the archive is as big as its input


def test_ziplib_extraction_past_the_quota_writes_nothing(site, carol):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("one.bin", _random_bytes(300))
        zf.writestr("two.bin", _random_bytes(300))
    with open(os.path.join(carol, "in.zip"), "wb") as f:
        f.write(buf.getvalue())  # about 830 bytes
    # 600 more do not fit in the ~170 left
    r = run(site, """requirelib("ziplib"); requirelib("filelib");
        sendJSONResp([ziplib.extractZipFile("user:/in.zip", "user:/out/"),
                      filelib.fileExists("user:/out/one.bin")]);""")
    assert r == [False, False]
    assert site.wait_log(r"ziplib: extractZipFile: Storage Quota Fulled")
    # the same archive in tmp:/ (not counted), extracted to user:/: 600 < 1000 fits
    os.replace(os.path.join(carol, "in.zip"), os.path.join(_folder(site, "carol", "tmp"), "in.zip"))
    r = run(site, """requirelib("ziplib");
        sendJSONResp([ziplib.extractZipFile("tmp:/in.zip", "user:/out/")]);""")
    assert r == [True]
    assert sorted(os.listdir(os.path.join(carol, "out"))) == ["one.bin", "two.bin"]


def test_ziplib_archive_past_the_quota_is_not_kept(site, carol):
    with open(os.path.join(carol, "data.bin"), "wb") as f:
        f.write(_random_bytes(600))
    r = run(site, """requirelib("ziplib"); requirelib("filelib");
        sendJSONResp([ziplib.createZipFile(["user:/data.bin"], "user:/out.zip"),
                      ziplib.createZipFile(["user:/data.bin"], "tmp:/out.zip")]);""")
    # the archive (~700 bytes) does not fit in the 400 left, wherever it goes
    assert r == [False, False]
    assert sorted(os.listdir(carol)) == ["data.bin"]  # no archive, no .part left
    assert os.listdir(_folder(site, "carol", "tmp")) == []
    r = run(site, """requirelib("ziplib");
        sendJSONResp([ziplib.createAnyZipFile(["user:/data.bin"], "user:/out.tar", "tar")]);""")
    assert r == [False] and sorted(os.listdir(carol)) == ["data.bin"]
    assert site.wait_log(r"ziplib: createAnyZipFile: Storage Quota Fulled")


def test_imagelib_output_past_the_quota_is_not_kept(site, carol):
    from PIL import Image

    img = Image.frombytes("RGB", (16, 16), _random_bytes(16 * 16 * 3))
    img.save(os.path.join(carol, "a.png"))  # about 800 bytes of noise
    r = run(site, """requirelib("imagelib");
        sendJSONResp([imagelib.resizeImage("user:/a.png", "user:/b.png", 16, 16),
                      imagelib.cropImage("user:/a.png", "user:/c.png", 0, 0, 2, 2)]);""")
    assert r == [False, True]  # the copy does not fit, a 2x2 crop does
    assert site.wait_log(r"imagelib: resizeImage: Storage Quota Fulled")
    assert sorted(os.listdir(carol)) == ["a.png", "c.png"]


def test_imagelib_raw_preview_past_the_quota_is_not_kept(site, carol):
    from PIL import Image

    from tests import raw_fixtures as rf

    noise = io.BytesIO()
    Image.frombytes("RGB", (32, 32), _random_bytes(32 * 32 * 3)).save(noise, "JPEG", quality=95)
    assert len(noise.getvalue()) > 1000
    tmp = _folder(site, "carol", "tmp")  # the RAW files in tmp:/, not counted
    with open(os.path.join(tmp, "big.arw"), "wb") as f:
        f.write(rf.tiff_raw(noise.getvalue(), b""))
    with open(os.path.join(tmp, "small.arw"), "wb") as f:
        f.write(rf.tiff_raw(rf.jpeg((16, 12)), b""))
    r = run(site, """requirelib("imagelib");
        sendJSONResp([imagelib.rawToJPEG("tmp:/big.arw", "user:/big.jpg"),
                      imagelib.rawToJPEG("tmp:/small.arw", "user:/small.jpg")]);""")
    assert r == [False, True]
    assert site.wait_log(r"imagelib: rawToJPEG: Storage Quota Fulled")
    assert sorted(os.listdir(carol)) == ["small.jpg"]


def test_ziplib_partial_extraction_and_adding_count_against_the_quota(site, carol):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("small.txt", b"s" * 10)
    with open(os.path.join(carol, "a.zip"), "wb") as f:
        f.write(buf.getvalue())
    with open(os.path.join(carol, "noise.bin"), "wb") as f:
        f.write(_random_bytes(700))
    before = open(os.path.join(carol, "a.zip"), "rb").read()
    r = run(site, """requirelib("ziplib");
        sendJSONResp([ziplib.addFileToZip("user:/a.zip", "user:/noise.bin"),
                      ziplib.extractPartialZip("user:/a.zip", ["small.txt"], "user:/out/")]);""")
    # the archive would grow by ~700 of the ~180 left; the 10-byte member fits
    assert r == [False, True]
    assert site.wait_log(r"ziplib: addFileToZip: Storage Quota Fulled")
    assert open(os.path.join(carol, "a.zip"), "rb").read() == before
    assert sorted(os.listdir(carol)) == ["a.zip", "noise.bin", "out"]
    used = sum(os.path.getsize(os.path.join(d, n)) for d, _, names in os.walk(carol) for n in names)
    with open(os.path.join(carol, "filler.bin"), "wb") as f:
        f.write(b"x" * (QUOTA - used - 10))  # 10 left: 10 < 10 is false
    r = run(site, """requirelib("ziplib");
        sendJSONResp([ziplib.extractPartialZip("user:/a.zip", ["small.txt"], "user:/out2/")]);""")
    assert r == [False]
    assert not os.path.exists(os.path.join(carol, "out2", "small.txt"))


def test_the_binary_write_helper_is_checked_too(site, carol):
    r = run(site, """requirelib("filelib");
        sendJSONResp([_filelib_writeBinaryFile("user:/a.bin", new Array(901).join("ab")),
                      _filelib_writeBinaryFile("user:/b.bin", new Array(101).join("ab"))]);""")
    assert r == [True, False]  # 900 bytes fit; 100 more do not (100 < 100 is false)
    assert sorted(os.listdir(carol)) == ["a.bin"]


class _Bytes(BaseHTTPRequestHandler):
    def log_message(self, *a):
        pass

    def do_GET(self):
        self.send_response(200)
        self.send_header("Content-Length", "256")
        self.end_headers()
        self.wfile.write(bytes(range(256)))


def test_http_download_is_checked_and_counted(site, carol):
    srv = ThreadingHTTPServer(("127.0.0.1", 0), _Bytes)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        url = "http://127.0.0.1:%d/b.bin" % srv.server_address[1]
        r = run(site, WRITE % ("""requirelib("http");
            r.push(w("user:/fill.txt", 800));
            r.push(http.download("%s", "user:/"));          // 256 < 200 is false
            r.push(filelib.fileExists("user:/b.bin"));
            r.push(filelib.deleteFile("user:/fill.txt"));
            r.push(http.download("%s", "user:/"));""" % (url, url)))
    finally:
        srv.shutdown()
        srv.server_close()
    assert r == [True, False, False, True, True]
    assert site.wait_log(r"http: download: Storage Quota Fulled")
    assert os.listdir(carol) == ["b.bin"]
    assert run(site, "sendJSONResp(USERQUOTA_USED);") == 256
