"""The usage ledger and holds (runtime/agi/quota_usage.py, quota.py): the
check and the hold are one step shared by threads and processes, so writes
racing for the last bytes cannot both pass; the usage is counted fully
once and then follows the writes and deletes without walking again."""

import json
import multiprocessing
import os
import subprocess
import threading
import time

import pytest

from runtime.agi import quota_usage, users
from runtime.agi.quota import Quota, QuotaFull
from runtime.agi.quota_usage import Ledger


def _quota(tmp_path, total, name="carol"):
    folder = tmp_path / "users" / name
    folder.mkdir(parents=True, exist_ok=True)
    return Quota(total, str(folder), Ledger.for_user(str(tmp_path), name, str(folder)))


def _write(quota, name, size, barrier=None):
    """One filelib-style write: True if it was kept."""
    path = os.path.join(quota.folder, name)
    if barrier is not None:
        barrier.wait()
    try:
        with quota.hold() as h:
            h.track(path)
            h.claim(size)
            with open(path, "wb") as f:
                f.write(b"x" * size)
                time.sleep(0.01)  # a slow disk: the window a racing check would use
    except QuotaFull:
        return False
    return True


def _kept(folder):
    return sum(os.path.getsize(os.path.join(folder, n)) for n in os.listdir(folder))


def test_threads_racing_for_the_last_bytes_cannot_all_pass(tmp_path):
    quota = _quota(tmp_path, 1000)
    barrier = threading.Barrier(16)
    results = [None] * 16

    def one(i):
        results[i] = _write(quota, "f%d" % i, 100, barrier)

    threads = [threading.Thread(target=one, args=(i,)) for i in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    # HaveSpace: the k-th write fits while 100 < 1000 - 100 * (k - 1): nine do
    assert results.count(True) == 9
    assert _kept(quota.folder) == 900
    assert sorted(os.listdir(quota.folder)) == sorted("f%d" % i for i in range(16) if results[i])
    assert quota.used() == 900 and quota.remaining() == 100


def _process_writes(base, first, count, start_at, out):
    quota = _quota(base, 1000)
    while time.time() < start_at:  # every process starts writing at the same moment
        time.sleep(0.001)
    out.put([_write(quota, "p%d" % i, 100) for i in range(first, first + count)])


def test_processes_on_one_data_directory_share_the_check(tmp_path):
    ctx = multiprocessing.get_context("fork")
    out = ctx.Queue()
    start_at = time.time() + 1.0
    procs = [ctx.Process(target=_process_writes, args=(tmp_path, 4 * i, 4, start_at, out)) for i in range(4)]
    for p in procs:
        p.start()
    results = [r for _ in procs for r in out.get(timeout=60)]
    for p in procs:
        p.join(30)
    assert results.count(True) == 9
    assert _kept(str(tmp_path / "users" / "carol")) == 900


def test_a_hold_counts_against_other_writes_until_it_ends(tmp_path):
    quota = _quota(tmp_path, 1000)
    with quota.hold() as big:
        big.claim(600)
        assert quota.remaining() == 400
        with pytest.raises(QuotaFull):
            with quota.hold() as other:
                other.claim(400)  # 400 < 400 is false
        with quota.hold() as other:
            other.claim(399)
    assert quota.remaining() == 1000  # nothing tracked was written: the usage is unchanged


def test_a_hold_of_a_dead_process_is_dropped(tmp_path):
    quota = _quota(tmp_path, 1000)
    quota.used()  # seeds the ledger
    with open(quota.ledger.path) as f:
        state = json.load(f)
    dead = subprocess.Popen(["true"])
    dead.wait()
    state["holds"]["gone"] = [dead.pid, "other", 900, time.time()]
    state["holds"]["old"] = [os.getpid(), quota_usage.PROCESS_TAG, 900, time.time() - 2 * quota_usage.HOLD_MAX_SECONDS]
    with open(quota.ledger.path, "w") as f:
        json.dump(state, f)
    assert quota.remaining() == 1000


def link_many(folder, dirs, per_dir=1000, content=b"ab"):
    """``dirs * per_dir`` entries, made fast: hard links of one file of
    ``content`` (each counts, as separate files would); their bytes."""
    src = os.path.join(folder, "src")
    with open(src, "wb") as f:
        f.write(content)
    for d in range(dirs):
        sub = os.path.join(folder, "d%02d" % d)
        os.mkdir(sub)
        for i in range(per_dir):
            os.link(src, os.path.join(sub, str(i)))
    return len(content) * (dirs * per_dir + 1)


def test_more_than_20000_entries_are_all_counted(tmp_path):
    quota = _quota(tmp_path, -1)
    size = link_many(quota.folder, 21)  # 21,022 entries (the walk used to stop at 20,000)
    assert size == 42_002
    assert users.folder_bytes(quota.folder) == size
    assert quota.used() == size


def test_usage_follows_writes_and_deletes_without_walking_again(tmp_path, monkeypatch):
    quota = _quota(tmp_path, 10_000)
    os.mkdir(os.path.join(quota.folder, "sub"))
    with open(os.path.join(quota.folder, "sub", "seed"), "wb") as f:
        f.write(b"s" * 1000)
    walks = []
    real = users.folder_bytes
    monkeypatch.setattr(users, "folder_bytes", lambda base: walks.append(base) or real(base))
    assert quota.used() == 1000 and len(walks) == 1
    assert _write(quota, "sub/a", 300)
    assert _write(quota, "b", 200)  # a new entry at the top: the folder's mtime moves, by this write
    assert _write(quota, "sub/a", 100)  # replaced: 300 -> 100
    with quota.hold() as h:  # filelib.deleteFile
        h.start()
        h.track(os.path.join(quota.folder, "sub", "seed"))
        os.remove(os.path.join(quota.folder, "sub", "seed"))
    assert quota.used() == 300 and len(walks) == 1
    assert real(quota.folder) == 300


def test_a_change_beside_the_libraries_is_counted_when_stale(tmp_path, monkeypatch):
    quota = _quota(tmp_path, 10_000)
    os.mkdir(os.path.join(quota.folder, "sub"))
    assert quota.used() == 0
    with open(os.path.join(quota.folder, "top.bin"), "wb") as f:
        f.write(b"t" * 50)  # a new entry at the top: the folder's mtime says so
    assert quota.used() == 50
    with open(os.path.join(quota.folder, "sub", "deep.bin"), "wb") as f:
        f.write(b"d" * 70)  # deeper: only the TTL notices
    assert quota.used() == 50
    monkeypatch.setattr(quota_usage, "RECOUNT_SECONDS", 0.0)
    assert quota.used() == 120


def test_no_walk_while_a_write_is_in_flight(tmp_path):
    quota = _quota(tmp_path, 10_000)
    assert quota.used() == 0
    path = os.path.join(quota.folder, "big.part")
    with quota.hold() as h:
        h.start()
        h.track(path)
        with open(path, "wb") as f:
            f.write(b"p" * 500)
        # another request reads the usage mid-write, the folder changed at its top
        assert quota.used() == 0
    assert quota.used() == 500  # settled once, not counted twice
