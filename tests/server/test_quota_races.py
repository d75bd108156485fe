"""Quotas under concurrency and on big folders, on live servers: writes of
one user racing for the last bytes (in one server's I/O threads, and in
two servers on one data directory) cannot together pass the quota; a
folder of more than 20,000 entries is counted fully, and the usage follows
the libraries' writes and deletes without walking the folder again."""

import json
import os
import threading

import pytest

from tests.server.client import http
from tests.server.conftest import _make
from tests.server.external import Serve
from tests.unit.test_quota_usage import link_many

QUOTA = 1000
BIG_QUOTA = 100_000

USERS = """\
[[user]]
name = "carol"
quota = %d

[[user]]
name = "dave"
quota = %d
""" % (QUOTA, BIG_QUOTA)

WRITE = """requirelib("filelib");
sendJSONResp(filelib.writeFile("user:/" + %s, new Array(301).join("x")));"""


@pytest.fixture(scope="module")
def sites(tmp_path_factory):
    base = tmp_path_factory.mktemp("quota-race-users")
    path = os.path.join(str(base), "users.toml")
    with open(path, "w") as f:
        f.write(USERS)
    common = dict(users_file=path, username="carol", user_header="X-Remote-User",
                  trusted_proxies=["127.0.0.1/32"], cpu_budget=2.0)
    one = _make(tmp_path_factory, "quota-race-a", **common)
    two = _make(tmp_path_factory, "quota-race-b", data_dir=one.cfg["data_dir"], **common)
    yield one, two
    one.stop()
    two.stop()


def _folder(site, user):
    path = os.path.join(site.cfg["data_dir"], "users", user)
    os.makedirs(path, exist_ok=True)
    return path


def _empty(folder):
    for dirpath, dirnames, filenames in os.walk(folder, topdown=False):
        for n in filenames:
            os.remove(os.path.join(dirpath, n))
        for n in dirnames:
            os.rmdir(os.path.join(dirpath, n))


def _race(servers, count, folder):
    """``count`` requests at once, spread over ``servers``, each writing 300
    bytes to its own file: every answer. The folder holds 10,000 empty
    files beside (a check that walks it leaves a wide window)."""
    link_many(folder, 10, content=b"")
    for s in servers:
        s.script("w.js", WRITE % "fname")  # a posted form field is a global, as on ArozOS
    answers = [None] * count
    barrier = threading.Barrier(count)

    def one(i):
        barrier.wait()
        status, _, body = http(servers[i % len(servers)].base, "w.js", data=b"fname=f%d" % i,
                               headers={"X-Remote-User": "carol",
                                        "Content-Type": "application/x-www-form-urlencoded"})
        answers[i] = (status, body)

    threads = [threading.Thread(target=one, args=(i,)) for i in range(count)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return answers


def _check_race(servers, folder, answers):
    assert all(status == 200 for status, _ in answers), answers
    results = [json.loads(body) for _, body in answers]
    assert all(r in (True, False) for r in results), results  # refused: false, as ArozOS
    kept = {n: os.path.getsize(os.path.join(folder, n)) for n in os.listdir(folder) if n.startswith("f")}
    # HaveSpace: the k-th 300-byte write fits while 300 < 1000 - 300 * (k - 1): three do
    assert sum(kept.values()) <= QUOTA
    assert results.count(True) == 3 and len(kept) == 3
    assert sorted(kept) == sorted("f%d" % i for i, r in enumerate(results) if r)
    assert any(s.wait_log("filelib: writeFile: Storage Quota Fulled", 1) for s in servers)


def test_concurrent_writes_of_one_user_cannot_pass_the_quota_together(sites):
    one, _ = sites
    folder = _folder(one, "carol")
    _empty(folder)
    _check_race([one], folder, _race([one], 12, folder))


def test_two_servers_on_one_data_directory_share_the_quota(sites):
    folder = _folder(sites[0], "carol")
    _empty(folder)
    _check_race(list(sites), folder, _race(list(sites), 12, folder))


def test_the_workers_of_one_server_share_the_quota(sites, tmp_path):
    """``--workers 2``: the requests spread over two processes of one server."""
    one, _ = sites
    folder = _folder(one, "carol")
    _empty(folder)
    root = tmp_path / "web"
    root.mkdir()
    users = tmp_path / "users.toml"
    users.write_text(USERS)
    srv = Serve(str(root), str(tmp_path / "s.log"),
                ["--workers", "2", "--data-dir", one.cfg["data_dir"], "--users", str(users), "--username", "carol",
                 "--user-header", "X-Remote-User", "--trusted-proxies", "127.0.0.1/32"], workers=2)
    try:
        _check_race([srv], folder, _race([srv], 12, folder))
    finally:
        srv.stop()


def _run(site, source, user="dave"):
    site.script("q.js", source)
    status, _, body = http(site.base, "q.js", headers={"X-Remote-User": user})
    assert status == 200, body
    return json.loads(body)


def _ledger(site, user):
    with open(os.path.join(site.cfg["data_dir"], "quota-usage", user + ".json")) as f:
        return json.load(f)


def test_a_folder_of_more_than_20000_entries_is_counted_and_followed(sites):
    one, two = sites
    folder = _folder(one, "dave")
    _empty(folder)
    size = link_many(folder, 21)  # 21,022 entries, 2 bytes a file
    assert _run(one, "sendJSONResp(USERQUOTA_USED);") == size
    counted_at = _ledger(one, "dave")["counted_at"]
    left = BIG_QUOTA - size
    r = _run(one, WRITES % """[w("user:/big.txt", %d), w("user:/big.txt", %d), w("user:/d00/more.txt", 10),
                               filelib.deleteFile("user:/d00/0"), filelib.deleteFile("user:/big.txt")]"""
             % (left, left - 1))
    # left < left is false, left - 1 fits; then 10 < 1 is false; the deletes give room back
    assert r == [False, True, False, True, True]
    # the other server reads the same ledger: the deletes counted there too
    assert _run(two, "sendJSONResp(USERQUOTA_USED);") == size - 2
    assert _run(two, WRITES % '[w("user:/d00/more.txt", 10), w("user:/top.txt", 5)]') == [True, True]
    assert _run(one, "sendJSONResp(USERQUOTA_USED);") == size - 2 + 15
    ledger = _ledger(one, "dave")
    assert ledger["counted_at"] == counted_at  # followed, not walked again
    assert ledger["used"] == size + 13 and not ledger["holds"]


WRITES = """requirelib("filelib");
    function w(p, n) { return filelib.writeFile(p, new Array(n + 1).join("x")); }
    sendJSONResp(%s);"""
