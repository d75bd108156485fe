"""Tiny camera-RAW-shaped files for the ``imagelib.rawToJPEG`` tests: the
containers of real RAWs (a TIFF with IFDs, a RAF header) around JPEGs that
Pillow makes, so no camera file is needed."""

import io
import struct

from PIL import Image


def jpeg(size, color=(30, 160, 90), exif_thumb=None):
    """A JPEG of ``size``; ``exif_thumb``: a (w, h) thumbnail JPEG placed in
    its EXIF (so its bytes hold a second SOI...EOI before its own end)."""
    img = Image.new("RGB", size, color)
    out = io.BytesIO()
    if exif_thumb:
        exif = Image.Exif()
        exif[0x010F] = "TestCam"
        # Pillow has no API for an EXIF thumbnail: the thumbnail JPEG goes
        # in a maker-note-like tag as raw bytes, which is what matters here
        exif[0x927C] = jpeg(exif_thumb, (250, 250, 0))
        img.save(out, "JPEG", quality=85, exif=exif)
    else:
        img.save(out, "JPEG", quality=85)
    return out.getvalue()


def lossless_like(size):
    """A JPEG-shaped block whose frame is SOF3 (lossless: CR2/DNG sensor
    data), claiming ``size`` pixels; no picture a browser shows."""
    w, h = size
    sof = b"\xff\xc3" + struct.pack(">HBHHB", 11, 8, h, w, 1) + b"\x01\x11\x00"
    sos = b"\xff\xda" + struct.pack(">HB", 8, 1) + b"\x01\x00\x00\x3f\x00"
    return b"\xff\xd8" + sof + sos + bytes(range(1, 200)) * 20 + b"\xff\xd9"


def tiff_raw(preview, thumb, sensor=b"", order="<"):
    """A TIFF-structured RAW (the ARW/NEF/DNG shape): IFD0 points at
    ``thumb`` with JPEGInterchangeFormat/Length, IFD1 holds ``preview`` as
    one JPEG-compressed strip, then ``sensor`` bytes."""
    bo = b"II" if order == "<" else b"MM"
    head = bo + struct.pack(order + "HI", 42, 8)

    def ifd(entries, next_off):
        body = struct.pack(order + "H", len(entries))
        for tag, typ, count, value in entries:
            body += struct.pack(order + "HHII", tag, typ, count, value)
        return body + struct.pack(order + "I", next_off)

    ifd0_off = 8
    ifd0_len = 2 + 2 * 12 + 4
    ifd1_off = ifd0_off + ifd0_len
    ifd1_len = 2 + 3 * 12 + 4
    thumb_off = ifd1_off + ifd1_len
    preview_off = thumb_off + len(thumb)
    sensor_off = preview_off + len(preview)
    ifd0 = ifd([(0x0201, 4, 1, thumb_off), (0x0202, 4, 1, len(thumb))], ifd1_off)
    ifd1 = ifd([(0x0103, 3, 1, 6), (0x0111, 4, 1, preview_off), (0x0117, 4, 1, len(preview))], 0)
    data = head + ifd0 + ifd1 + thumb + preview + sensor
    assert len(data) == sensor_off + len(sensor)
    return data


def raf(preview):
    """A RAF-shaped file: the Fujifilm header with the preview's offset and
    length at bytes 84 and 88 (big-endian), then the preview."""
    head = b"FUJIFILMCCD-RAW 0201FF383501" + b"\0" * (84 - 28)
    off = 84 + 8 + 4
    return head + struct.pack(">II", off, len(preview)) + b"\0" * 4 + preview
