"""ajgi_tx.error_report: close reasons that fit a close frame, code frames."""

from ajgi_tx.error_report import close_reason, source_frame, ws_end_close


def test_short_reason_is_kept():
    assert close_reason("x.js:1:1: Error: boom") == "x.js:1:1: Error: boom"
    assert close_reason("a" * 123) == "a" * 123


def test_long_reason_is_cut_to_123_bytes_on_a_character_boundary():
    for ch in ("a", "\u00e9", "\u20ac", "\U0001f600"):  # 1, 2, 3 and 4 UTF-8 bytes
        text = close_reason(ch * 200)
        data = text.encode("utf-8")
        assert len(data) <= 123 and text.endswith("...")
        assert text[:-3] == ch * len(text[:-3])  # whole characters only
        assert len(data) > 123 - 3 - 4  # nothing cut that would have fitted


def test_ws_end_close_codes_and_reasons():
    err = ("TypeError", "TypeError: boom", ("app/x.js", 4, 7), "TypeError: boom\n    at app/x.js:4:7")
    assert ws_end_close(True, ("ok", None)) == (1000, "")
    assert ws_end_close(True, ("exit", None)) == (1000, "")
    assert ws_end_close(False, ("error", err)) == (1011, "")
    assert ws_end_close(True, ("error", err)) == (1011, "app/x.js:4:7: TypeError: boom")
    budget = ("BudgetExceeded", "script stopped: CPU budget of 1s exceeded", None, "")
    assert ws_end_close(True, ("error", budget)) == (1011, "script stopped: CPU budget of 1s exceeded")


def test_source_frame_reads_below_the_root_only(tmp_path):
    (tmp_path / "root").mkdir()
    (tmp_path / "root" / "a.js").write_text("var a;\nnull.x;\nvar b;\n")
    (tmp_path / "secret.js").write_text("top secret\n")
    frame = source_frame(("a.js", 2, 1), str(tmp_path / "root"))
    assert frame.splitlines() == ["  1 | var a;", "> 2 | null.x;", "    | ^", "  3 | var b;"]
    assert source_frame(("../secret.js", 1, 1), str(tmp_path / "root")) is None
    assert source_frame(("<eval>", 1, 1), str(tmp_path / "root")) is None
    assert source_frame(("a.js", 99, 1), str(tmp_path / "root")) is None
    assert source_frame(None) is None
