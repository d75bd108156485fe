"""The users file (ajgi_tx/users_file.py): accounts as plain data, every
mistake a ConfigError naming the file and the line at fault."""

import pytest

from ajgi_tx.config import ServerConfig
from ajgi_tx.config_file import ConfigError
from ajgi_tx.users_file import load, parse_networks
from runtime.agi.users import User

GOOD = """\
# two accounts
[[user]]
name = "alice"
admin = true

[[user]]
name = "bob"
groups = ["default", "media"]
modules = ["Music", "Photo"]
quota = 1073741824
icon = "data:image/png;base64,AAAA"
"""


def write(tmp_path, text):
    p = tmp_path / "users.toml"
    p.write_text(text, encoding="utf-8")
    return str(p)


def test_a_good_file_gives_plain_users(tmp_path):
    d = load(write(tmp_path, GOOD), "alice")
    assert d.default == "alice"
    assert d.get("alice") == User("alice", ("administrator",), True, ("*",), -1, "")
    assert d.get("bob") == User("bob", ("default", "media"), False, ("Music", "Photo"), 1073741824,
                                "data:image/png;base64,AAAA")
    assert "carol" not in d
    assert d.get("bob").can_open_module("music") and not d.get("bob").can_open_module("Terminal")
    assert d.get("alice").can_open_module("Terminal")


def test_server_config_loads_it_and_without_one_the_single_admin(tmp_path):
    cfg = ServerConfig(root=str(tmp_path), users_file=write(tmp_path, GOOD), username="bob",
                       trusted_proxies="127.0.0.1/32, 10.0.0.0/8")
    assert cfg.user_directory.default == "bob" and set(cfg.user_directory.users) == {"alice", "bob"}
    assert [str(n) for n in cfg.trusted_networks] == ["127.0.0.1/32", "10.0.0.0/8"]
    single = ServerConfig(root=str(tmp_path), username="carol").user_directory
    assert list(single.users) == ["carol"] and single.get("carol").admin


@pytest.mark.parametrize("text, message", [
    (GOOD.replace("admin = true", 'admin = "yes"'), ':4: user "alice": admin: expected true or false'),
    (GOOD.replace("quota = 1073741824", "quota = -5"), ':10: user "bob": quota: expected a number'),
    (GOOD.replace("quota = 1073741824", 'quota = "1G"'), ':10: user "bob": quota: expected a number'),
    (GOOD.replace('modules = ["Music", "Photo"]', "modules = [1]"), ':9: user "bob": modules: expected a list'),
    (GOOD.replace('groups = ["default", "media"]', "groups = []"), ':8: user "bob": groups: a user needs'),
    (GOOD.replace('name = "bob"', 'name = "../x"'), ":7: user \"../x\": name: '../x' is no valid user name"),
    (GOOD.replace('name = "bob"', 'name = "alice"'), ':7: user "alice": a second user of this name'),
    (GOOD.replace('name = "bob"\n', ""), ":6: name is missing"),
    (GOOD.replace("icon =", "colour = 1\nicon ="), ":11: user \"bob\": unknown key 'colour'"),
    ('title = "x"\n' + GOOD, ":1: unknown setting 'title'"),
    ("", ": no users"),
    ("[[user]\nname = 1", ": not valid TOML"),
])
def test_mistakes_name_the_line(tmp_path, text, message):
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as e:
        load(path, "alice")
    assert str(e.value).startswith(path) and message in str(e.value), str(e.value)


def test_the_default_user_must_be_in_the_file(tmp_path):
    path = write(tmp_path, GOOD)
    with pytest.raises(ConfigError, match="the default user 'admin' \\(--username\\) is not in the file"):
        ServerConfig(root=str(tmp_path), users_file=path)


def test_unreadable_file_and_bad_proxy_addresses(tmp_path):
    with pytest.raises(ConfigError, match="cannot read the users file"):
        load(str(tmp_path / "missing.toml"), "alice")
    with pytest.raises(ConfigError, match="trusted-proxies: 'nonsense' is no address or CIDR"):
        parse_networks(("nonsense",))


def test_serve_refuses_to_start_with_a_bad_users_file(tmp_path, capsys):
    from ajgi_tx.__main__ import make_parser
    from ajgi_tx.server import main

    path = write(tmp_path, GOOD.replace("admin = true", "admin = 1"))
    args = make_parser().parse_args(["serve", "--root", str(tmp_path), "--users", path,
                                     "--username", "alice"])
    assert main(args) == 2
    err = capsys.readouterr().err
    assert ':4: user "alice": admin: expected true or false' in err and "Traceback" not in err


def test_used_bytes_counts_the_users_files_but_not_links_out(tmp_path):
    import os
    import types

    from runtime.agi import users

    ctx = types.SimpleNamespace(username="bob", config=types.SimpleNamespace(data_dir=str(tmp_path)))
    home = tmp_path / "users" / "bob"
    (home / "a" / "b").mkdir(parents=True)
    (home / "x.txt").write_bytes(b"12345")
    (home / "a" / "b" / "y.bin").write_bytes(b"\0" * 1000)
    big = tmp_path / "outside.bin"
    big.write_bytes(b"\0" * 50000)
    os.symlink(big, home / "link.bin")
    os.symlink(tmp_path, home / "dirlink")
    assert users.used_bytes(ctx) == 1005
    assert users.used_bytes(types.SimpleNamespace(username="carol", config=ctx.config)) == 0


def test_identify_believes_the_header_from_trusted_peers_only(tmp_path):
    """Dual-stack peers (``::ffff:127.0.0.1``) count as their IPv4 address; a
    Unix-socket peer is never trusted; an unknown name is a 403."""
    import socket
    import types

    from tornado.httputil import HTTPHeaders, HTTPServerRequest, RequestStartLine

    from ajgi_tx.request_checks import identify

    cfg = ServerConfig(root=str(tmp_path), users_file=write(tmp_path, GOOD), username="alice",
                       user_header="X-Remote-User", trusted_proxies="127.0.0.1/32")

    def who(family, address, name):
        conn = types.SimpleNamespace(context=types.SimpleNamespace(address=address, address_family=family))
        req = HTTPServerRequest(start_line=RequestStartLine("GET", "/", "HTTP/1.1"),
                                headers=HTTPHeaders({"Host": "127.0.0.1", "X-Remote-User": name}),
                                connection=conn)
        user, refusal = identify(req, cfg)
        return user.name if user else refusal

    assert who(socket.AF_INET, ("127.0.0.1", 1), "bob") == "bob"
    assert who(socket.AF_INET6, ("::ffff:127.0.0.1", 1, 0, 0), "bob") == "bob"
    assert who(socket.AF_INET, ("127.0.0.2", 1), "bob") == "alice"
    assert who(socket.AF_UNIX, "/run/ajgi.sock", "bob") == "alice"
    assert who(socket.AF_INET, ("127.0.0.1", 1), "eve") == (
        403, "403 Forbidden: unknown user eve (not in the users file)")
    assert who(socket.AF_INET, ("127.0.0.1", 1), "x" * 5000)[0] == 403
