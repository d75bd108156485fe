"""Compile cache (ajgi_tx.cache): key, entries, invalidation, corruption,
concurrency, read-only fallback, and the runner hook."""

import logging
import os
import subprocess
import sys
import textwrap
import types

import pytest

from ajgi_tx import cache
from ajgi_tx.runner import create_realm, run_compiled

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCRIPT = "function f(n) { return function () { return n * 2; }; }\nconsole.log(f(21)());\n"


@pytest.fixture(autouse=True)
def fresh_memory():
    cache.clear_memory()
    cache._warned_dirs.clear()
    yield
    cache.clear_memory()
    cache.configure(None)


@pytest.fixture
def cdir(tmp_path):
    return str(tmp_path / "cache")


def run(script):
    """Runs a compiled script in a fresh realm; returns its console lines."""
    lines = []
    realm = create_realm(lambda level, text: lines.append(text))
    run_compiled(script, realm)
    return lines


def all_codes(code):
    yield code
    for c in code.co_consts:
        if isinstance(c, types.CodeType):
            yield from all_codes(c)


# -- key -------------------------------------------------------------------------

def test_key_is_stable_and_hex():
    k = cache.cache_key(SCRIPT)
    assert k == cache.cache_key(SCRIPT)
    assert len(k) == 64 and int(k, 16) >= 0


@pytest.mark.parametrize("change", [
    {"source": SCRIPT + " "},
    {"compiler_version": "999"},
    {"abi_fingerprint": "0123456789abcdef"},
    {"python_tag": "cpython-99|9.9.9"},
    {"options": {"completion": True}},
])
def test_key_changes_with_each_component(change):
    base = dict(source=SCRIPT, options=None, compiler_version=cache.COMPILER_VERSION,
                abi_fingerprint=cache.ABI_FINGERPRINT, python_tag=cache.PYTHON_TAG)
    changed = dict(base, **change)
    assert cache.cache_key(**base) != cache.cache_key(**changed)


def test_key_covers_the_running_python():
    assert sys.implementation.cache_tag in cache.PYTHON_TAG
    assert sys.version in cache.PYTHON_TAG


def test_key_options_order_does_not_matter():
    assert (cache.cache_key("1", {"a": 1, "b": 2}) == cache.cache_key("1", {"b": 2, "a": 1}))
    assert cache.cache_key("1", None) == cache.cache_key("1", {})


def test_key_accepts_lone_surrogates():
    assert cache.cache_key("'\ud800'") != cache.cache_key("'\udc00'")


# -- entries ---------------------------------------------------------------------

def test_compile_then_hit(cdir):
    first = cache.compile_text(SCRIPT, "a.js", cdir)
    assert first.status == "compiled"
    ajc, py = cache.entry_paths(cdir, first.key)
    assert os.path.isfile(ajc) and os.path.isfile(py)
    with open(py, encoding="utf-8") as f:
        text = f.read()
    assert "def _ajgi_main" in text and text.startswith("# ajgi_tx compiled a.js")
    with open(ajc, "rb") as f:
        assert f.read(4) == cache.MAGIC
    second = cache.compile_text(SCRIPT, "a.js", cdir)
    assert second.status == "cached"
    assert second.python_source() == text
    assert run(first) == ["42"] and run(second) == ["42"]


def test_async_flag_survives_the_cache(cdir):
    src = "delay(1); console.log('after');"
    first = cache.compile_text(src, "d.js", cdir)
    second = cache.compile_text(src, "d.js", cdir)
    assert first.is_async is True and second.is_async is True
    assert second.status == "cached"
    assert cache.compile_text(SCRIPT, "s.js", cdir).is_async is False


def test_same_content_two_paths_shares_one_entry(cdir):
    a = cache.compile_text(SCRIPT, "/srv/a.js", cdir)
    b = cache.compile_text(SCRIPT, "/srv/b.js", cdir)
    assert a.key == b.key and b.status == "cached"
    # positions in tracebacks and JS stacks must name the right file
    assert {c.co_filename for c in all_codes(b.code)} == {"/srv/b.js"}
    assert {c.co_filename for c in all_codes(a.code)} == {"/srv/a.js"}


def test_compile_errors_are_not_cached(cdir):
    from ajgi_tx.errors import CompileError

    with pytest.raises(CompileError) as info:
        cache.compile_text("var = 1;", "bad.js", cdir)
    assert info.value.format().startswith("bad.js:1:5: SyntaxError: Unexpected token =")
    assert not os.path.exists(cdir) or not any(f for _, _, f in os.walk(cdir))


def test_force_rebuilds(cdir):
    cache.compile_text(SCRIPT, "a.js", cdir)
    assert cache.compile_text(SCRIPT, "a.js", cdir, force=True).status == "compiled"


def test_write_false_never_writes(cdir):
    s = cache.compile_text(SCRIPT, "a.js", cdir, write=False)
    assert s.status == "memory" and not os.path.exists(cdir)
    assert "def _ajgi_main" in s.python_source()


def test_no_cache_dir_compiles_in_memory():
    s = cache.compile_text(SCRIPT, "a.js", None)
    assert s.status == "memory" and run(s) == ["42"]


def test_options_are_separate_entries(cdir):
    plain = cache.compile_text("1 + 2", "<eval>", cdir)
    completion = cache.compile_text("1 + 2", "<eval>", cdir, {"completion": True})
    assert plain.key != completion.key and completion.status == "compiled"


def test_resolve_cache_dir(tmp_path, monkeypatch):
    monkeypatch.delenv(cache.ENV_VAR, raising=False)
    assert cache.resolve_cache_dir("X", root="/r") == "X"
    assert cache.resolve_cache_dir(None, root="/r") == os.path.join("/r", ".ajgi_cache")
    assert (cache.resolve_cache_dir(None, script_path="/r/web/x.js")
            == os.path.join("/r/web", ".ajgi_cache"))
    monkeypatch.setenv(cache.ENV_VAR, str(tmp_path))
    assert cache.resolve_cache_dir(None, root="/r") == str(tmp_path)
    assert cache.resolve_cache_dir("X", root="/r") == "X"


# -- load_script: hot path and hot reload ---------------------------------------

def test_load_script_default_location_beside_root(tmp_path, monkeypatch):
    monkeypatch.delenv(cache.ENV_VAR, raising=False)
    web = tmp_path / "web"
    web.mkdir()
    (web / "x.js").write_text(SCRIPT)
    s = cache.load_script(str(web / "x.js"), root=str(tmp_path))
    assert os.path.isfile(cache.entry_paths(str(tmp_path / ".ajgi_cache"), s.key)[0])


def test_load_script_hot_path_only_stats(tmp_path, cdir, monkeypatch):
    p = tmp_path / "x.js"
    p.write_text(SCRIPT)
    first = cache.load_script(str(p), cdir)

    def no_read(path):
        raise AssertionError("unchanged script was read again")

    monkeypatch.setattr(cache, "read_script", no_read)
    monkeypatch.setattr(cache, "compile_text", no_read)
    assert cache.load_script(str(p), cdir) is first


def test_edit_runs_new_version(tmp_path, cdir):
    p = tmp_path / "x.js"
    p.write_text("console.log('one');")
    assert run(cache.load_script(str(p), cdir)) == ["one"]
    st = os.stat(p)
    # same size, explicit later mtime: only the stat signature can tell
    p.write_text("console.log('two');")
    os.utime(p, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000))
    second = cache.load_script(str(p), cdir)
    assert second.status == "compiled" and run(second) == ["two"]
    # editing back finds the old entry on disk
    p.write_text("console.log('one');")
    os.utime(p, ns=(st.st_atime_ns, st.st_mtime_ns + 2_000_000))
    third = cache.load_script(str(p), cdir)
    assert third.status == "cached" and run(third) == ["one"]


def test_replaced_file_same_stat_times_is_reloaded(tmp_path, cdir):
    # an editor that writes a new file and renames it changes the inode
    p = tmp_path / "x.js"
    p.write_text("console.log('aaa');")
    cache.load_script(str(p), cdir)
    st = os.stat(p)
    tmp = tmp_path / "x.js.new"
    tmp.write_text("console.log('bbb');")
    os.utime(tmp, ns=(st.st_atime_ns, st.st_mtime_ns))
    os.replace(tmp, p)
    assert run(cache.load_script(str(p), cdir)) == ["bbb"]


def test_compile_text_cached_memoizes(cdir):
    a = cache.compile_text_cached("1 + 1", "<eval>", cdir, {"completion": True})
    b = cache.compile_text_cached("1 + 1", "<eval>", cdir, {"completion": True})
    c = cache.compile_text_cached("1 + 1", "<eval>", cdir)
    assert a is b and c is not a


# -- corruption ------------------------------------------------------------------

def _corrupt_and_reload(cdir, damage):
    first = cache.compile_text(SCRIPT, "a.js", cdir)
    ajc, _ = cache.entry_paths(cdir, first.key)
    with open(ajc, "rb") as f:
        data = f.read()
    with open(ajc, "wb") as f:
        f.write(damage(data))
    assert cache.read_entry(cdir, first.key) is None
    again = cache.compile_text(SCRIPT, "a.js", cdir)
    assert again.status == "compiled"  # detected and rebuilt
    assert cache.read_entry(cdir, first.key) is not None
    assert cache.compile_text(SCRIPT, "a.js", cdir).status == "cached"
    assert run(again) == ["42"]


@pytest.mark.parametrize("damage", [
    lambda d: d[: len(d) // 2],  # truncated payload
    lambda d: d[:10],  # truncated header
    lambda d: b"",  # empty file
    lambda d: os.urandom(len(d)),  # garbage of the right size
    lambda d: d[:-1] + bytes([d[-1] ^ 0xFF]),  # one flipped byte (CRC)
    lambda d: d + b"\0",  # trailing junk (length)
    lambda d: b"XXXX" + d[4:],  # wrong magic
], ids=["truncated", "short-header", "empty", "garbage", "bitflip", "trailing", "magic"])
def test_corrupt_entry_is_rebuilt(cdir, damage):
    _corrupt_and_reload(cdir, damage)


def test_entry_of_another_key_is_rejected(cdir):
    a = cache.compile_text(SCRIPT, "a.js", cdir)
    b = cache.compile_text("console.log(1);", "b.js", cdir)
    ajc_a, _ = cache.entry_paths(cdir, a.key)
    ajc_b, _ = cache.entry_paths(cdir, b.key)
    with open(ajc_a, "rb") as f:
        data = f.read()
    with open(ajc_b, "wb") as f:
        f.write(data)
    assert cache.read_entry(cdir, b.key) is None
    assert run(cache.compile_text("console.log(1);", "b.js", cdir)) == ["1"]


def test_valid_marshal_of_non_code_is_rejected(cdir):
    import marshal
    import zlib

    key = cache.cache_key(SCRIPT)
    payload = marshal.dumps([1, 2, 3])
    head = cache._HEADER.pack(cache.MAGIC, bytes.fromhex(key), bytes.fromhex(cache.ABI_FINGERPRINT),
                              0, len(payload), zlib.crc32(payload))
    assert cache.unpack_entry(head + payload, key) is None


# -- concurrent writers ----------------------------------------------------------

WRITER = textwrap.dedent("""
    import sys, time
    sys.path.insert(0, %(repo)r)
    from ajgi_tx import cache
    src = open(%(script)r).read()
    start = float(sys.argv[1])
    while time.time() < start:
        time.sleep(0.001)
    for i in range(6):
        s = cache.compile_text(src, %(script)r, %(cdir)r, force=(i %% 2 == 0))
        assert s.code is not None
        e = cache.read_entry(%(cdir)r, s.key)
        assert e is not None, "reader saw a partial entry"
    print("ok")
""")


def test_concurrent_writers(tmp_path, cdir):
    import time

    script = tmp_path / "same.js"
    script.write_text(SCRIPT * 20)
    code = WRITER % {"repo": REPO, "script": str(script), "cdir": cdir}
    start = str(time.time() + 1.5)  # all processes start compiling together
    env = dict(os.environ, PYTHONPATH=REPO)
    procs = [subprocess.Popen([sys.executable, "-c", code, start], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, env=env) for _ in range(4)]
    outs = [p.communicate(timeout=240) for p in procs]
    for p, (out, err) in zip(procs, outs):
        assert p.returncode == 0, err.decode()
        assert out.decode().strip() == "ok"
    key = cache.cache_key(SCRIPT * 20)
    assert cache.read_entry(cdir, key) is not None
    leftovers = [f for _, _, fs in os.walk(cdir) for f in fs if f.endswith(".part")]
    assert leftovers == []
    assert sorted(os.listdir(os.path.join(cdir, key[:2]))) == [key + ".ajc", key + ".py"]


# -- read-only cache -------------------------------------------------------------
# Tests run as root, for whom chmod 0o555 does not stop writes. Two ways of
# making writes fail that root cannot bypass: a cache path below a regular file
# (mkdir fails with NotADirectoryError), and os.replace raising PermissionError
# as it does on a read-only mount.

def test_cache_dir_under_a_file_falls_back_with_one_warning(tmp_path, caplog):
    blocker = tmp_path / "file"
    blocker.write_text("")
    cdir = str(blocker / "cache")
    with caplog.at_level(logging.WARNING, logger="ajgi_tx.cache"):
        a = cache.compile_text(SCRIPT, "a.js", cdir)
        b = cache.compile_text("console.log(2);", "b.js", cdir)
    assert a.status == "memory" and b.status == "memory"
    assert run(a) == ["42"] and run(b) == ["2"]
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert "not writable" in warnings[0].getMessage() and cdir in warnings[0].getMessage()


def test_read_only_replace_falls_back_and_still_reads(cdir, monkeypatch, caplog):
    stored = cache.compile_text(SCRIPT, "a.js", cdir)  # written before the cache went read-only

    def refuse(src, dst):
        raise PermissionError(30, "Read-only file system")

    monkeypatch.setattr(cache.os, "replace", refuse)
    with caplog.at_level(logging.WARNING, logger="ajgi_tx.cache"):
        hit = cache.compile_text(SCRIPT, "a.js", cdir)
        miss1 = cache.compile_text("console.log(3);", "c.js", cdir)
        miss2 = cache.compile_text("console.log(4);", "d.js", cdir)
    assert hit.status == "cached" and hit.key == stored.key
    assert miss1.status == "memory" and miss2.status == "memory"
    assert run(miss1) == ["3"]
    assert len([r for r in caplog.records if r.levelno == logging.WARNING]) == 1
    leftovers = [f for _, _, fs in os.walk(cdir) for f in fs if f.endswith(".part")]
    assert leftovers == []


# -- runner hook -----------------------------------------------------------------

def test_compile_cached_uses_configured_dir(cdir, monkeypatch):
    from ajgi_tx.runner import compile_cached, run_source

    monkeypatch.delenv(cache.ENV_VAR, raising=False)
    plain = compile_cached(SCRIPT, "a.js")
    assert not hasattr(plain, "status") and not os.path.exists(cdir)
    cache.configure(cdir)
    s = compile_cached(SCRIPT, "a.js")
    assert s.status == "compiled" and os.path.isfile(cache.entry_paths(cdir, s.key)[0])
    lines = []
    run_source(SCRIPT, "a.js", write=lambda level, text: lines.append(text))
    assert lines == ["42"]


def test_compile_cached_env_var(cdir, monkeypatch):
    from ajgi_tx.runner import compile_cached

    monkeypatch.setenv(cache.ENV_VAR, cdir)
    assert compile_cached(SCRIPT, "a.js").status == "compiled"
    cache.clear_memory()
    assert compile_cached(SCRIPT, "a.js").status == "cached"


def test_dynamic_code_without_source_file(cdir):
    s = cache.compile_text_cached("(function anonymous(a\n) {\nreturn a\n})", "<function>", cdir,
                                  {"completion": True}, write_source=False)
    ajc, py = cache.entry_paths(cdir, s.key)
    assert s.status == "compiled" and os.path.isfile(ajc) and not os.path.exists(py)
    cache.clear_memory()
    again = cache.compile_text_cached("(function anonymous(a\n) {\nreturn a\n})", "<function>",
                                      cdir, {"completion": True}, write_source=False)
    assert again.status == "cached"
    assert again.options == {"completion": True}
    assert "def _ajgi_main" in again.python_source()  # regenerated on demand


# -- the runtime ABI ---------------------------------------------------------------

def test_a_changed_abi_fingerprint_rebuilds_the_entry(cdir, monkeypatch):
    first = cache.compile_text(SCRIPT, "a.js", cdir)
    assert cache.compile_text(SCRIPT, "a.js", cdir).status == "cached"
    monkeypatch.setattr(cache, "ABI_FINGERPRINT", "0123456789abcdef")
    again = cache.compile_text(SCRIPT, "a.js", cdir)
    assert again.status == "compiled" and again.key != first.key
    assert run(again) == ["42"]


def test_an_entry_of_another_abi_under_the_same_key_is_not_run(cdir):
    # even if the key did not change (a stale entry copied in, a key
    # collision), the fingerprint stored in the entry is checked on load
    compiled = cache.compile_text(SCRIPT, "a.js", cdir)
    ajc, _ = cache.entry_paths(cdir, compiled.key)
    with open(ajc, "wb") as f:
        f.write(cache.pack_entry(compiled.key, compiled.code, False, abi_fingerprint="0123456789abcdef"))
    assert cache.read_entry(cdir, compiled.key) is None
    rebuilt = cache.compile_text(SCRIPT, "a.js", cdir)
    assert rebuilt.status == "compiled" and run(rebuilt) == ["42"]
    assert cache.read_entry(cdir, compiled.key) is not None
