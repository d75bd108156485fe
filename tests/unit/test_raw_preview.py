"""runtime/agi/raw_preview.py: the largest picture JPEG of a RAW-shaped
file, found by walking JPEG segments (fixtures: tests/raw_fixtures.py)."""

import io
import os

import pytest
from PIL import Image

from runtime.agi import raw_preview
from runtime.agi.raw_preview import NoPreview, largest_preview
from tests import raw_fixtures as rf


def size_of(data):
    with Image.open(io.BytesIO(data)) as img:
        return img.format, img.size


@pytest.mark.parametrize("order", ["<", ">"])
def test_the_larger_preview_wins_over_the_thumbnail(order):
    preview, thumb = rf.jpeg((64, 48)), rf.jpeg((16, 12), (0, 0, 255))
    data = rf.tiff_raw(preview, thumb, os.urandom(5000), order)
    assert largest_preview(data) == preview


def test_a_preview_with_an_embedded_thumbnail_is_not_cut_at_the_thumbnails_end():
    preview = rf.jpeg((80, 60), exif_thumb=(8, 8))
    assert preview.count(b"\xff\xd9") >= 2  # the naive search would stop early
    data = rf.tiff_raw(preview, rf.jpeg((16, 12)))
    assert largest_preview(data) == preview
    assert size_of(largest_preview(data)) == ("JPEG", (80, 60))


def test_lossless_sensor_data_is_no_preview():
    # a SOF3 block claiming far more pixels than the preview: not a picture
    preview = rf.jpeg((40, 30))
    data = rf.tiff_raw(preview, rf.jpeg((16, 12)), rf.lossless_like((6000, 4000)))
    assert largest_preview(data) == preview


def test_raf_header_file():
    preview = rf.jpeg((48, 32))
    assert largest_preview(rf.raf(preview)) == preview


def test_truncated_or_absent_previews_are_refused():
    preview = rf.jpeg((64, 48))
    with pytest.raises(NoPreview):
        largest_preview(rf.tiff_raw(b"", b"", os.urandom(3000)))
    with pytest.raises(NoPreview):
        largest_preview(b"II*\0" + preview[: len(preview) // 2])  # no end marker
    # well formed segments but entropy data Pillow cannot decode: the walk passes, the check does not
    sos = preview.index(b"\xff\xda")
    broken = preview[:sos] + b"\xff\xda\x00\x0c" + b"\x07" * 10 + b"\x00" * 50 + b"\xff\xd9"
    with pytest.raises(NoPreview):
        largest_preview(broken)


def test_hostile_files_stay_cheap(monkeypatch):
    # many JPEG starts, each a dead end: only MAX_CANDIDATES are walked
    walks = []
    walk = raw_preview._walk
    monkeypatch.setattr(raw_preview, "_walk", lambda buf, start: walks.append(start) or walk(buf, start))
    junk = (b"\xff\xd8\xff\xe0\x00\x02" + b"\x00" * 10) * 100_000
    assert raw_preview.candidates(junk) == []
    assert len(walks) == raw_preview.MAX_CANDIDATES
    # endless segments: one walk stops after MAX_SEGMENTS
    walks.clear()
    assert raw_preview.candidates(b"\xff\xd8" + b"\xff\xfe\x00\x02" * 100_000 + b"\xff\xd9") == []
    assert len(walks) == 1
    # a scan that never ends: one regex search, no per-byte loop
    preview = rf.jpeg((16, 16))
    sos = preview.index(b"\xff\xda")
    endless = preview[:sos + 14] + b"\xff\x00" * 2_000_000
    assert raw_preview.candidates(endless) == []
