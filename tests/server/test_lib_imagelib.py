"""The ``imagelib`` library on the shared live server (user ``alice``):
real images made with Pillow, confinement and the pixel caps."""

import base64
import io
import json
import os

from PIL import Image

from tests.server.client import http, poll_while


def run(server, name, source):
    server.script(name, 'requirelib("imagelib");\n' + source)
    status, _, body = http(server.base, name)
    assert status == 200, body
    return body


def udir(server, *parts):
    return os.path.join(server.cfg["data_dir"], "users", "alice", *parts)


def make_image(path, size, color=(200, 10, 10), fmt="PNG", exif=None):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    img = Image.new("RGB", size, color)
    if exif:
        img.save(path, fmt, exif=exif)
    else:
        img.save(path, fmt)


def test_dimension_resize_crop(server):
    make_image(udir(server, "im", "a.png"), (300, 200))
    body = run(server, "IM/basic.js", """
        sendResp(JSON.stringify([imagelib.getImageDimension("user:/im/a.png"),
            imagelib.resizeImage("user:/im/a.png", "user:/im/s.jpg", 150, 0),
            imagelib.getImageDimension("user:/im/s.jpg"),
            imagelib.resizeImage("user:/im/a.png", "user:/im/s2.png", 30, 40),
            imagelib.cropImage("user:/im/a.png", "user:/im/c.png", 250, 150, 100, 100),
            imagelib.getImageDimension("user:/im/c.png"),
            imagelib.resizeImage("user:/im/a.png", "user:/im/s.gif", 10, 10),
            imagelib.getImageDimension("user:/im/missing.png")]));
    """)
    assert json.loads(body) == [[300, 200], True, [150, 100], True, True, [50, 50], False, False]
    with Image.open(udir(server, "im", "s2.png")) as img:
        assert img.size == (30, 40) and img.format == "PNG"
    with Image.open(udir(server, "im", "s.jpg")) as img:
        assert img.format == "JPEG"


def test_base64_and_thumbnail(server):
    make_image(udir(server, "im2", "wide.png"), (960, 600))
    body = run(server, "IM/b64.js", """
        sendResp(JSON.stringify([imagelib.resizeImageBase64("user:/im2/wide.png", 32, 20, "png"),
            imagelib.resizeImageBase64("user:/im2/wide.png", 16, 10), imagelib.loadThumbString("user:/im2/wide.png")]));
    """)
    png_url, jpeg_url, thumb = json.loads(body)
    assert png_url.startswith("data:image/png;base64,")
    assert Image.open(io.BytesIO(base64.b64decode(png_url.split(",", 1)[1]))).size == (32, 20)
    assert jpeg_url.startswith("data:image/jpeg;base64,")
    t = Image.open(io.BytesIO(base64.b64decode(thumb)))
    assert (t.format, t.size) == ("JPEG", (480, 480))


def test_has_exif(server):
    from PIL.TiffImagePlugin import IFDRational

    exif = Image.Exif()
    exif[0x010F] = "ajgi camera"
    exif[0x0112] = 1
    exif[0x011A] = IFDRational(72, 1)
    make_image(udir(server, "im3", "e.jpg"), (20, 20), fmt="JPEG", exif=exif)
    make_image(udir(server, "im3", "n.jpg"), (20, 20), fmt="JPEG")
    body = run(server, "IM/exif.js",
               'sendResp(JSON.stringify([imagelib.hasExif("user:/im3/e.jpg"), imagelib.hasExif("user:/im3/n.jpg"),'
               ' imagelib.getExif("user:/im3/e.jpg"), imagelib.getExif("user:/im3/n.jpg")]));')
    has, has_not, text, none = json.loads(body)
    assert (has, has_not, none) == (True, False, False)
    tags = json.loads(text)
    assert tags["Make"] == '"ajgi camera"' and json.loads(tags["Make"]) == "ajgi camera"
    assert tags["Orientation"] == "1" and tags["XResolution"] == '"72/1"'


def test_decompression_bomb_is_refused_before_decoding(server):
    # 10000 x 10000 of one colour: a small PNG declaring 100 M pixels
    path = udir(server, "im4", "bomb.png")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    Image.new("1", (10000, 10000)).save(path, "PNG")
    assert os.path.getsize(path) < 200000
    body = run(server, "IM/bomb.js", """
        sendResp(JSON.stringify([imagelib.getImageDimension("user:/im4/bomb.png"),
            imagelib.resizeImage("user:/im4/bomb.png", "user:/im4/o.png", 10, 10),
            imagelib.loadThumbString("user:/im4/bomb.png")]));
    """)
    assert json.loads(body) == [[10000, 10000], False, False]
    assert server.wait_log("over the 40000000 pixel limit")


def test_huge_output_is_refused(server):
    make_image(udir(server, "im5", "a.png"), (10, 10))
    body = run(server, "IM/huge.js",
               'sendResp(String(imagelib.resizeImage("user:/im5/a.png", "user:/im5/b.png", 100000, 100000)));')
    assert body == "false"
    assert not os.path.exists(udir(server, "im5", "b.png"))


def test_paths_outside_the_users_folders_throw(server, tmp_path):
    make_image(str(tmp_path / "host.png"), (5, 5))
    body = run(server, "IM/perm.js", """
        var out = [];
        function t(f) { try { out.push(f()); } catch (e) { out.push(e.name); } }
        t(function () { return imagelib.getImageDimension(%s); });
        t(function () { return imagelib.resizeImage("user:/../../x.png", "user:/y.png", 1, 1); });
        t(function () { return imagelib.cropImage("user:/im5/a.png", "/tmp/out.png", 0, 0, 1, 1); });
        t(function () { return imagelib.loadThumbString("tmp:/../../../etc/passwd"); });
        sendResp(JSON.stringify(out));
    """ % json.dumps(str(tmp_path / "host.png")))
    assert json.loads(body) == ["PermissionDenied"] * 4


def test_a_big_resize_does_not_hold_other_requests(server):
    """The Pillow work runs in the I/O threads while the script waits: plain
    requests are answered during it (on the loop, one would wait for all of it)."""
    make_image(udir(server, "big", "a.png"), (3000, 3000))
    name = server.script("IM/bigresize.js", 'requirelib("imagelib");\n'
                         'sendResp(imagelib.resizeImage("user:/big/a.png", "user:/big/b.jpg", 2500, 2500) + "");')
    took, latencies = poll_while(server.base, name, "true")
    print("resize %.2f s, %d polls, max %.0f ms" % (took, len(latencies), latencies[-1] * 1000))
    assert len(latencies) >= 5
    assert latencies[-1] < 0.5 * took


def write_bytes(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


def test_raw_to_jpeg_writes_the_embedded_preview(server):
    from tests import raw_fixtures as rf

    preview = rf.jpeg((96, 64), exif_thumb=(8, 8))
    write_bytes(udir(server, "raw", "DSC1.ARW"), rf.tiff_raw(preview, rf.jpeg((16, 12)), os.urandom(4000)))
    write_bytes(udir(server, "raw", "DSC2.nef"), rf.tiff_raw(preview, rf.jpeg((16, 12)), order=">"))
    write_bytes(udir(server, "raw", "DSCF3.RAF"), rf.raf(rf.jpeg((48, 32))))
    body = run(server, "IM/raw.js", """
        sendResp(JSON.stringify([imagelib.rawToJPEG("user:/raw/DSC1.ARW", "user:/raw/DSC1.jpg"),
            imagelib.rawToJPEG("user:/raw/DSC2.nef", "user:/raw/DSC2.JPEG"),
            imagelib.rawToJPEG("user:/raw/DSCF3.RAF", "user:/raw/DSCF3.jpg"),
            imagelib.getImageDimension("user:/raw/DSC1.jpg"), imagelib.getImageDimension("user:/raw/DSCF3.jpg")]));
    """)
    assert json.loads(body) == [True, True, True, [96, 64], [48, 32]]
    for name in ("DSC1.jpg", "DSC2.JPEG"):
        with open(udir(server, "raw", name), "rb") as f:
            assert f.read() == preview  # the camera's bytes, not re-encoded


def test_raw_to_jpeg_refusals_answer_false_with_arozos_messages(server, tmp_path):
    from tests import raw_fixtures as rf

    write_bytes(udir(server, "rawbad", "a.png"), rf.jpeg((16, 16)))
    write_bytes(udir(server, "rawbad", "b.cr2"), rf.tiff_raw(rf.lossless_like((4000, 3000)), b"", os.urandom(2000)))
    write_bytes(udir(server, "rawbad", "c.dng"), rf.tiff_raw(rf.jpeg((16, 16)), b""))
    os.makedirs(udir(server, "rawbad", "dir.jpg"))
    body = run(server, "IM/rawbad.js", """
        var r = [imagelib.rawToJPEG("user:/rawbad/none.arw", "user:/rawbad/x.jpg"),
                 imagelib.rawToJPEG("user:/rawbad/a.png", "user:/rawbad/x.jpg"),
                 imagelib.rawToJPEG("user:/rawbad/c.dng", "user:/rawbad/x.png"),
                 imagelib.rawToJPEG("user:/rawbad/b.cr2", "user:/rawbad/x.jpg"),
                 imagelib.rawToJPEG("user:/rawbad/c.dng", "user:/rawbad/dir.jpg")];
        var thrown = null;
        try { imagelib.rawToJPEG("user:/rawbad/c.dng", "%s"); } catch (e) { thrown = e.name; }
        r.push(thrown);
        sendResp(JSON.stringify(r));
    """ % (str(tmp_path / "out.jpg")))
    assert json.loads(body) == [False, False, False, False, False, "PermissionDenied"]
    assert sorted(os.listdir(udir(server, "rawbad"))) == ["a.png", "b.cr2", "c.dng", "dir.jpg"]  # no .part
    assert not (tmp_path / "out.jpg").exists()
    for msg in (r"rawToJPEG: File not exists! Given user:/rawbad/none.arw",
                r"rawToJPEG: source is not a supported RAW image: a.png",
                r"rawToJPEG: output file must have a .jpg or .jpeg extension",
                r"rawToJPEG: failed to extract image from RAW file: no valid embedded JPEG found"):
        assert server.wait_log(msg)
