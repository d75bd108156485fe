"""The AGI ``imagelib`` library (ArozOS src/mod/agi/agi.image.go) on Pillow::

    requirelib("imagelib");
    imagelib.getImageDimension("user:/a.png")                    // [width, height], or false
    imagelib.resizeImage("user:/a.png", "user:/s.jpg", 200, 0)   // true / false (0: keep the ratio)
    imagelib.resizeImageBase64("user:/a.png", 64, 64, "png")     // "data:image/png;base64,...", or false
    imagelib.cropImage("user:/a.png", "user:/c.png", x, y, w, h) // true / false
    imagelib.loadThumbString("user:/a.png")                      // base64 JPEG, 480x480 centre crop
    imagelib.hasExif("user:/a.jpg")                              // true / false
    imagelib.getExif("user:/a.jpg")                              // '{"Make":"\\"Canon\\"",...}', or false
    imagelib.rawToJPEG("user:/DSC1.ARW", "user:/DSC1.jpg")       // true / false: the RAW's embedded preview

Failures answer ``false`` with one log line, as ArozOS. Unlike ArozOS
(whose imagelib checks no permission at all), paths are confined to the
user's folders: a path outside throws a catchable ``PermissionDenied``.
Caps: an image file above ``MAX_FILE_BYTES``, or whose header declares
more than ``MAX_PIXELS`` pixels, is refused before it is decoded (a
decompression bomb costs a header read); a requested output above
``MAX_PIXELS`` is refused too. An image written counts against the user's
quota (:mod:`runtime.agi.quota`; ArozOS does not check it here): one that
does not fit is not kept, and the call answers ``false`` (``Storage Quota
Fulled``).
"""

import base64
import io
import os

from runtime import conversions
from runtime.agi.core import agi_context, go_json_string, host_integer
from runtime.agi.lib_vpath import PathRefused, fail, permission_denied, resolve
from runtime.agi.libraries import define_library
from runtime.agi.offload import off_loop
from runtime.agi.quota import QUOTA_FULL, Quota, QuotaFull
from runtime.realm import current_realm
from runtime.values import js_string, py_string, undefined

MAX_FILE_BYTES = 64 << 20
MAX_PIXELS = 40_000_000
THUMB = 480


class ImageRefused(Exception):
    """An image over the caps, unreadable, or of an unsupported kind."""


def _path(ctx, v):
    text = py_string(conversions.to_string(v))
    try:
        return resolve(ctx, text)[1]
    except PathRefused:
        permission_denied(text)


def _open(path):
    """The decoded image at ``path`` (within the caps)."""
    from PIL import Image

    try:
        if os.path.getsize(path) > MAX_FILE_BYTES:
            raise ImageRefused("file larger than %d bytes" % MAX_FILE_BYTES)
        img = Image.open(path)
        w, h = img.size
        if w * h > MAX_PIXELS:
            raise ImageRefused("image of %dx%d pixels is over the %d pixel limit" % (w, h, MAX_PIXELS))
        img.load()
        return img
    except FileNotFoundError:
        raise ImageRefused("File not exists") from None
    except ImageRefused:
        raise
    except (OSError, ValueError, Image.DecompressionBombError, SyntaxError) as e:
        raise ImageRefused("cannot decode the image (%s)" % e.__class__.__name__) from None


def _format_of(path, allowed):
    ext = os.path.splitext(path)[1].lower()
    if ext not in allowed:
        raise ImageRefused("File extension not supported. Only support .jpg and .png")
    return "PNG" if ext == ".png" else "JPEG"


def _save(img, path, fmt, quota):
    """(I/O thread) Writes ``img`` as ``path`` if it fits in ``quota``
    (QuotaFull otherwise; measured on a ``.part`` file, dropped then)."""
    if fmt == "JPEG" and img.mode not in ("RGB", "L"):
        img = img.convert("RGB")
    with quota.hold() as h:  # held from the start: the .part is never counted by a walk
        h.start()
        h.track(path)
        tmp = path + ".part"
        img.save(tmp, fmt)
        h.keep_part(tmp, path)


def _resized(img, width, height):
    """imaging.Resize: a 0 side keeps the aspect ratio."""
    w0, h0 = img.size
    if width < 0 or height < 0 or (width == 0 and height == 0):
        raise ImageRefused("invalid size %dx%d" % (width, height))
    if width == 0:
        width = max(1, round(w0 * height / h0))
    if height == 0:
        height = max(1, round(h0 * width / w0))
    if width * height > MAX_PIXELS:
        raise ImageRefused("output of %dx%d pixels is over the %d pixel limit" % (width, height, MAX_PIXELS))
    from PIL import Image

    return img.resize((int(width), int(height)), Image.LANCZOS)


def _guard(fname, body):
    """Runs ``body(ctx)``: it converts the JS arguments here, then hands the
    Pillow work to the I/O threads with ``off_loop`` (Pillow releases the
    GIL while it decodes and resizes), so an image holds only its script."""
    ctx = agi_context()
    try:
        return body(ctx)
    except ImageRefused as e:
        return fail(ctx, "imagelib", "%s: %s" % (fname, e))
    except QuotaFull:
        return fail(ctx, "imagelib", "%s: %s" % (fname, QUOTA_FULL))
    except OSError as e:
        return fail(ctx, "imagelib", "%s: %s" % (fname, e.strerror or e.__class__.__name__))


def _size_arg(v):
    return int(host_integer(v))


def _dimension(path):
    from PIL import Image

    if not os.path.isfile(path):
        raise ImageRefused("File not exists")
    try:
        with Image.open(path) as img:
            return img.size
    except (OSError, ValueError, SyntaxError) as e:
        raise ImageRefused("cannot decode the image (%s)" % e.__class__.__name__) from None


def imagelib_getImageDimension(this, src=undefined, *_):
    """imagelib.getImageDimension(vpath): [width, height] (header only)."""
    def body(ctx):
        w, h = off_loop(_dimension, _path(ctx, src))
        return current_realm().new_array([float(w), float(h)])
    return _guard("getImageDimension", body)


def imagelib_resizeImage(this, src=undefined, dest=undefined, width=undefined, height=undefined, *_):
    """imagelib.resizeImage(src, dest, w, h): writes a .jpg/.png; true / false."""
    def body(ctx):
        spath, dpath = _path(ctx, src), _path(ctx, dest)
        fmt = _format_of(dpath, (".jpg", ".jpeg", ".png"))
        w, h = _size_arg(width), _size_arg(height)
        quota = Quota.of(ctx)
        off_loop(lambda: _save(_resized(_open(spath), w, h), dpath, fmt, quota))
        return True
    return _guard("resizeImage", body)


def _data_url(path, w, h, kind):
    img = _resized(_open(path), w, h)
    buf = io.BytesIO()
    if kind == "png":
        img.save(buf, "PNG")
    else:
        (img if img.mode in ("RGB", "L") else img.convert("RGB")).save(buf, "JPEG", quality=85)
    return "data:image/%s;base64,%s" % (kind, base64.b64encode(buf.getvalue()).decode())


def imagelib_resizeImageBase64(this, src=undefined, width=undefined, height=undefined, fmt=undefined, *_):
    """imagelib.resizeImageBase64(src, w, h, "jpeg"|"png"): a data URL."""
    def body(ctx):
        kind = "jpeg" if fmt is undefined else py_string(conversions.to_string(fmt))
        path = _path(ctx, src)
        return js_string(off_loop(_data_url, path, _size_arg(width), _size_arg(height), kind))
    return _guard("resizeImageBase64", body)


def _crop(spath, dpath, fmt, left, top, w, h, quota):
    img = _open(spath)
    iw, ih = img.size
    box = (max(0, min(left, iw)), max(0, min(top, ih)), max(0, min(left + w, iw)), max(0, min(top + h, ih)))
    if box[2] <= box[0] or box[3] <= box[1]:
        raise ImageRefused("crop rectangle outside the image")
    _save(img.crop(box), dpath, fmt, quota)


def imagelib_cropImage(this, src=undefined, dest=undefined, x=undefined, y=undefined,
                       width=undefined, height=undefined, *_):
    """imagelib.cropImage(src, dest, x, y, w, h): the rectangle (clipped
    to the image) written as .png/.jpg; true / false."""
    def body(ctx):
        spath, dpath = _path(ctx, src), _path(ctx, dest)
        fmt = _format_of(dpath, (".jpg", ".png"))
        left, top = _size_arg(x), _size_arg(y)
        w, h = _size_arg(width), _size_arg(height)
        if w <= 0 or h <= 0:
            raise ImageRefused("invalid crop size %dx%d" % (w, h))
        off_loop(_crop, spath, dpath, fmt, left, top, w, h, Quota.of(ctx))
        return True
    return _guard("cropImage", body)


def _thumbnail(path):
    img = _open(path)
    w, h = img.size
    scale = THUMB / float(min(w, h))
    img = _resized(img, max(1, round(w * scale)), max(1, round(h * scale)))
    w, h = img.size
    left, top = max(0, (w - THUMB) // 2), max(0, (h - THUMB) // 2)
    img = img.crop((left, top, min(w, left + THUMB), min(h, top + THUMB)))
    if img.mode not in ("RGB", "L"):
        img = img.convert("RGB")
    buf = io.BytesIO()
    img.save(buf, "JPEG")
    return base64.b64encode(buf.getvalue()).decode()


def imagelib_loadThumbString(this, src=undefined, *_):
    """imagelib.loadThumbString(vpath): base64 of a 480x480 JPEG thumbnail."""
    def body(ctx):
        return js_string(off_loop(_thumbnail, _path(ctx, src)))
    return _guard("loadThumbString", body)


def imagelib_hasExif(this, src=undefined, *_):
    """imagelib.hasExif(vpath): true when the image carries EXIF data."""
    def body(ctx):
        path = _path(ctx, src)
        return off_loop(lambda: len(_open(path).getexif()) > 0)
    return _guard("hasExif", body)


def _exif_value(v):
    """A tag value as goexif prints it: strings and rationals quoted
    (``"Canon"``, ``"28/10"``), integers bare, several values in ``[...]``."""
    from PIL.TiffImagePlugin import IFDRational

    if isinstance(v, bytes):
        v = v.decode("latin-1").rstrip("\0")
    if isinstance(v, str):
        return go_json_string(v.rstrip("\0"))
    if isinstance(v, IFDRational):
        return '"%d/%d"' % (v.numerator, v.denominator)
    if isinstance(v, tuple):
        return "[" + ",".join(_exif_value(x).strip('"') if isinstance(x, IFDRational) else _exif_value(x)
                              for x in v) + "]"
    if isinstance(v, float):
        return repr(v)
    return str(v)


def _exif_json(path):
    """The EXIF tags of the image as ArozOS's JSON text (see getExif)."""
    from PIL import ExifTags

    exif = _open(path).getexif()
    if not len(exif):
        raise ImageRefused("no EXIF data")
    tags = dict(exif)
    for ifd in (ExifTags.IFD.Exif, ExifTags.IFD.GPSInfo):
        try:
            tags.update(exif.get_ifd(ifd))
        except (KeyError, ValueError, TypeError):
            pass
    out = {}
    for tag, value in tags.items():
        if tag in (ExifTags.IFD.Exif, ExifTags.IFD.GPSInfo):
            continue
        name = ExifTags.TAGS.get(tag)
        if name:
            out[name] = _exif_value(value)
    return "{" + ",".join("%s:%s" % (go_json_string(k), go_json_string(out[k])) for k in sorted(out)) + "}"


def imagelib_getExif(this, src=undefined, *_):
    """imagelib.getExif(vpath): a JSON string {TagName: value text}, the
    values written as goexif writes them (so scripts JSON.parse each one);
    false without EXIF."""
    def body(ctx):
        return js_string(off_loop(_exif_json, _path(ctx, src)))
    return _guard("getExif", body)


# rawToJPEG's sources, by extension as ArozOS tells them; its size cap
RAW_EXTENSIONS = (".arw", ".cr2", ".dng", ".nef", ".raf", ".orf")
MAX_RAW_BYTES = 100 << 20


def _raw_to_jpeg(spath, dpath, quota):
    """(I/O thread) Writes the largest JPEG preview of the RAW file
    ``spath`` as ``dpath``, as it is (no re-encoding, as ArozOS)."""
    import mmap

    from runtime.agi.raw_preview import NoPreview, largest_preview

    if os.path.getsize(spath) > MAX_RAW_BYTES:
        raise ImageRefused("RAW file too large (>100MB)")
    with open(spath, "rb") as f:
        if not os.fstat(f.fileno()).st_size:
            raise ImageRefused("failed to extract image from RAW file: no valid embedded JPEG found in RAW file")
        with mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as buf:  # not read whole: 100 MB a call
            try:
                data = largest_preview(buf)
            except NoPreview as e:
                raise ImageRefused("failed to extract image from RAW file: %s" % e) from None
    _save_bytes(data, dpath, quota)


def _save_bytes(data, path, quota):
    """(I/O thread) ``_save`` for encoded bytes."""
    with quota.hold() as h:
        h.start()
        h.track(path)
        h.claim(len(data))  # known before writing: nothing is written when it does not fit
        tmp = path + ".part"
        try:
            with open(tmp, "wb") as f:
                f.write(data)
            os.replace(tmp, path)
        except OSError:  # dest a folder, the disk full: no .part left behind
            if os.path.exists(tmp):
                os.remove(tmp)
            raise


def imagelib_rawToJPEG(this, src=undefined, dest=undefined, *_):
    """imagelib.rawToJPEG(src, dest): writes the full-size JPEG preview the
    camera embedded in the RAW file ``src`` (ARW, CR2, DNG, NEF, RAF, ORF,
    by extension) as ``dest`` (.jpg/.jpeg); true, or false with ArozOS's
    message in the log (no such file, not a RAW, bad output name, over
    100 MB, no preview found, quota)."""
    def body(ctx):
        spath, dpath = _path(ctx, src), _path(ctx, dest)
        if not os.path.isfile(spath):
            raise ImageRefused("File not exists! Given " + py_string(conversions.to_string(src)))
        if os.path.splitext(spath)[1].lower() not in RAW_EXTENSIONS:
            raise ImageRefused("source is not a supported RAW image: " + os.path.basename(spath))
        if os.path.splitext(dpath)[1].lower() not in (".jpg", ".jpeg"):
            raise ImageRefused("output file must have a .jpg or .jpeg extension")
        off_loop(_raw_to_jpeg, spath, dpath, Quota.of(ctx))
        return True
    return _guard("rawToJPEG", body)


TABLE = {
    "getImageDimension": (imagelib_getImageDimension, 1), "resizeImage": (imagelib_resizeImage, 4),
    "resizeImageBase64": (imagelib_resizeImageBase64, 4), "cropImage": (imagelib_cropImage, 6),
    "loadThumbString": (imagelib_loadThumbString, 1), "hasExif": (imagelib_hasExif, 1),
    "getExif": (imagelib_getExif, 1), "rawToJPEG": (imagelib_rawToJPEG, 2),
}


def install(ctx):
    define_library(ctx, "imagelib", TABLE)
    return True
