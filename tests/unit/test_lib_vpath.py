"""Virtual-path resolution shared by the AGI libraries (runtime/agi/lib_vpath.py):
real folders under a temporary data directory, symlinks included."""

import os
import types

import pytest

from runtime.agi.lib_vpath import PathRefused, resolve, root_dir, split_vpath, to_vpath


def ctx_for(tmp_path, username="alice"):
    cfg = types.SimpleNamespace(data_dir=str(tmp_path / "data"), username=username)
    return types.SimpleNamespace(config=cfg)


def test_roots_map_to_per_user_folders(tmp_path):
    ctx = ctx_for(tmp_path)
    data = os.path.realpath(str(tmp_path / "data"))
    assert resolve(ctx, "user:/a/b.txt") == ("user", os.path.join(data, "users", "alice", "a", "b.txt"))
    assert resolve(ctx, "tmp:/x") == ("tmp", os.path.join(data, "tmp", "alice", "x"))
    assert resolve(ctx, "user:/") == ("user", os.path.join(data, "users", "alice"))
    assert resolve(ctx, "user:") == ("user", os.path.join(data, "users", "alice"))
    assert resolve(ctx, "user:/./a//b/") == ("user", os.path.join(data, "users", "alice", "a", "b"))


@pytest.mark.parametrize("vpath", ["user:/../x", "user:/a/../../x", "user:/a/..", "tmp:/..\\x",
                                   "/etc/passwd", "etc/passwd", "web:/x", "user:x", "", "user:/a\0b"])
def test_refused_vpaths(tmp_path, vpath):
    with pytest.raises(PathRefused):
        resolve(ctx_for(tmp_path), vpath)


def test_symlink_out_of_the_folder_is_refused_inside_is_followed(tmp_path):
    ctx = ctx_for(tmp_path)
    base = root_dir(ctx, "user")
    outside = tmp_path / "outside"
    outside.mkdir()
    os.symlink(str(outside), os.path.join(base, "out"))
    os.mkdir(os.path.join(base, "real"))
    os.symlink(os.path.join(base, "real"), os.path.join(base, "alias"))
    with pytest.raises(PathRefused):
        resolve(ctx, "user:/out/file.txt")
    with pytest.raises(PathRefused):
        resolve(ctx, "user:/out")
    assert resolve(ctx, "user:/alias/f")[1] == os.path.join(base, "real", "f")


@pytest.mark.parametrize("name", ["..", ".", "a/b", "", "a\0"])
def test_hostile_user_names_are_refused(tmp_path, name):
    with pytest.raises(PathRefused):
        resolve(ctx_for(tmp_path, name), "user:/x")


def test_to_vpath_round_trip(tmp_path):
    ctx = ctx_for(tmp_path)
    root, path = resolve(ctx, "tmp:/a/b c.txt")
    assert to_vpath(ctx, root, path) == "tmp:/a/b c.txt"
    assert to_vpath(ctx, "user", root_dir(ctx, "user")) == "user:/"
    assert split_vpath("user:/a/b") == ("user", ["a", "b"])
