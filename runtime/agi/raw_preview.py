"""The full-size JPEG preview a camera RAW file carries (what ArozOS's
``imagelib.rawToJPEG`` writes), found without decoding the RAW data::

    with open(path, "rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as buf:
        jpeg = largest_preview(buf)          # bytes, or NoPreview raised

ARW, CR2, DNG, NEF, ORF and RAF files all keep their previews as whole
JPEG files inside the RAW file (at a TIFF IFD's JPEGInterchangeFormat or
strip, in a maker note, or at the RAF header's offset). As ArozOS does, the
bytes are searched for JPEG starts and the largest preview by pixel count
is kept; unlike ArozOS's search (first end marker after the start), each
candidate is walked segment by segment, so a preview whose EXIF holds a
thumbnail is not cut at the thumbnail's end, and only baseline, extended
and progressive JPEGs count (the lossless JPEG that holds CR2 and DNG
sensor data is not a picture a browser shows). The winner is decoded by
Pillow at 1/8 scale before it is returned, so what is written is an image.

Bounded for hostile files: at most ``MAX_CANDIDATES`` JPEG starts are
walked, each with at most ``MAX_SEGMENTS`` segments; entropy-coded data is
skipped with one regular-expression search, so the cost stays linear.
"""

import io
import re

MAX_CANDIDATES = 256
MAX_SEGMENTS = 4096
MAX_PIXELS = 89_000_000    # a header claiming more is no camera preview (and Pillow warns above)

_SOI = b"\xff\xd8\xff"
_PICTURE_SOF = (0xC0, 0xC1, 0xC2)   # baseline, extended, progressive (Huffman)
# the end of entropy-coded data: a marker that is no stuffed 0xFF00 and no
# restart marker (0xFF fill bytes may precede it)
_SCAN_END = re.compile(rb"\xff+[^\x00\xd0-\xd7\xff]")


class NoPreview(Exception):
    """The file holds no JPEG preview this module can use."""


def _walk(buf, start):
    """(end, width, height) of the JPEG starting at ``start``, or None when
    the bytes there are no complete picture JPEG."""
    n = len(buf)
    pos, dims = start + 2, None
    for _ in range(MAX_SEGMENTS):
        if pos + 2 > n or buf[pos] != 0xFF:
            return None
        m = buf[pos + 1]
        if m == 0xFF:          # fill byte
            pos += 1
            continue
        if m == 0xD9:          # end of image
            return (pos + 2,) + dims if dims else None
        if 0xD0 <= m <= 0xD7 or m == 0x01:   # no length
            pos += 2
            continue
        if m == 0xD8 or pos + 4 > n:
            return None
        end = pos + 2 + int.from_bytes(buf[pos + 2:pos + 4], "big")
        if end > n or end < pos + 4:
            return None
        if 0xC0 <= m <= 0xCF and m not in (0xC4, 0xC8, 0xCC):   # a start of frame
            if m not in _PICTURE_SOF or dims or end - pos < 10:
                return None
            h = int.from_bytes(buf[pos + 5:pos + 7], "big")
            w = int.from_bytes(buf[pos + 7:pos + 9], "big")
            if not w or not h or w * h > MAX_PIXELS:
                return None
            dims = (w, h)
        pos = end
        if m == 0xDA:          # start of scan: entropy-coded data follows
            if dims is None:
                return None
            found = _SCAN_END.search(buf, pos)
            if found is None:
                return None
            pos = found.end() - 2
    return None


def candidates(buf):
    """[(pixels, length, start, end)] of the picture JPEGs in ``buf``."""
    out, pos = [], 0
    for _ in range(MAX_CANDIDATES):
        start = buf.find(_SOI, pos)
        if start < 0:
            break
        found = _walk(buf, start)
        if found is None:
            pos = start + 2
            continue
        end, w, h = found
        out.append((w * h, end - start, start, end))
        pos = end
    return out


def _decodes(data):
    """True when Pillow reads ``data`` as a JPEG (decoded at 1/8 scale: the
    entropy data is checked at a fraction of a full decode's cost)."""
    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as img:
            if img.format != "JPEG":
                return False
            img.draft("RGB", (max(1, img.width // 8), max(1, img.height // 8)))
            img.load()
        return True
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        return False


def largest_preview(buf):
    """The bytes of the largest decodable picture JPEG in ``buf`` (bytes or
    an mmap); NoPreview when there is none."""
    for _, _, start, end in sorted(candidates(buf), reverse=True):
        data = bytes(buf[start:end])
        if _decodes(data):
            return data
    raise NoPreview("no valid embedded JPEG found in RAW file")
