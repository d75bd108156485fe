"""``serve`` settings: CLI > AJGI_* environment > --config TOML file > defaults;
``--print-config``, ``--version``, one-line errors."""

import subprocess
import sys

import pytest

from ajgi_tx.__main__ import make_parser
from ajgi_tx.config import ServerConfig
from ajgi_tx.config_file import ConfigError, build, from_env, from_file, render

REPO = __import__("os").path.dirname(__import__("os").path.dirname(__import__("os").path.dirname(
    __import__("os").path.abspath(__file__))))


def _args(*argv):
    return make_parser().parse_args(["serve", *argv])


def _toml(tmp_path, text):
    p = tmp_path / "ajgi.toml"
    p.write_text(text)
    return str(p)


def test_precedence_cli_over_env_over_file_over_defaults(tmp_path):
    path = _toml(tmp_path, 'root = "%s"\nport = 9001\nhost = "127.0.0.2"\ncpu-budget = 7\n'
                           'allowed-origins = ["https://a.example", "https://b.example"]\ndev = true\n'
                 % tmp_path)
    env = {"AJGI_PORT": "9002", "AJGI_HOST": "127.0.0.3", "AJGI_MAX_BODY": "2048"}
    cfg = build(_args("--config", path, "--port", "9003"), env)
    assert cfg.port == 9003                  # CLI beats env and file
    assert cfg.host == "127.0.0.3"           # env beats file
    assert cfg.max_body == 2048              # env beats default
    assert cfg.cpu_budget == 7.0 and isinstance(cfg.cpu_budget, float)  # file beats default
    assert cfg.allowed_origins == ("https://a.example", "https://b.example")
    assert cfg.dev is True
    assert cfg.idle_timeout == ServerConfig.idle_timeout  # nobody set it: the default


def test_config_file_from_the_environment_and_cli_booleans(tmp_path):
    path = _toml(tmp_path, 'root = "%s"\naccess-log = false\n' % tmp_path)
    assert build(_args(), {"AJGI_CONFIG": path}).access_log is False
    assert build(_args("--access-log"), {"AJGI_CONFIG": path}).access_log is True
    assert build(_args(), {"AJGI_CONFIG": path, "AJGI_ACCESS_LOG": "yes"}).access_log is True


def test_env_values_are_typed():
    env = {"AJGI_ROOT": ".", "AJGI_DEV": "on", "AJGI_WORKERS": "3", "AJGI_SLICE_MS": "2.5",
           "AJGI_ALLOWED_HOSTS": "a.example, b.example", "AJGI_TEST_LOOP": "asyncio"}
    got = from_env(env)
    assert got["dev"] is True and got["workers"] == 3 and got["slice_ms"] == 2.5
    assert got["allowed_hosts"] == ("a.example", "b.example")
    assert "test_loop" not in got  # not a serve setting: ignored


@pytest.mark.parametrize("env,where", [
    ({"AJGI_PORT": "eighty"}, "AJGI_PORT"),
    ({"AJGI_DEV": "maybe"}, "AJGI_DEV"),
])
def test_bad_env_value_names_the_variable(env, where):
    with pytest.raises(ConfigError) as e:
        from_env(env)
    assert where in str(e.value)


def test_bad_file_names_file_and_key(tmp_path):
    with pytest.raises(ConfigError) as e:
        from_file(_toml(tmp_path, "prot = 1\n"))
    assert "ajgi.toml" in str(e.value) and "'prot'" in str(e.value)
    with pytest.raises(ConfigError) as e:
        from_file(_toml(tmp_path, 'port = "x"\n'))
    assert "port" in str(e.value)
    with pytest.raises(ConfigError) as e:
        from_file(_toml(tmp_path, "port = \n"))
    assert "not valid TOML" in str(e.value)


def test_root_is_required_somewhere(tmp_path):
    with pytest.raises(ConfigError) as e:
        build(_args(), {})
    assert "--root" in str(e.value)


def test_print_config_round_trips_through_the_file(tmp_path):
    cfg = build(_args("--root", str(tmp_path), "--port", "9100", "--allowed-origins", "x,y",
                      "--admin-token", "secret"), {})
    text = render(cfg)
    assert "secret" not in text  # masked
    again = build(_args("--config", _toml(tmp_path, text.replace('"********"', '""'))), {})
    for name in ("root", "port", "allowed_origins", "cpu_budget", "access_log", "data_dir"):
        assert getattr(again, name) == getattr(cfg, name), name


def _cli(*argv, env=None):
    return subprocess.run([sys.executable, "-m", "ajgi_tx", *argv], capture_output=True, text=True,
                          cwd=REPO, timeout=60, env=dict(env or {}, PYTHONPATH=REPO, PATH="/usr/bin:/bin",
                                                         HOME="/nonexistent"))


def test_serve_print_config_and_version(tmp_path):
    r = _cli("serve", "--print-config", env={"AJGI_ROOT": str(tmp_path), "AJGI_PORT": "9200"})
    assert r.returncode == 0, r.stderr
    assert "port = 9200" in r.stdout and 'root = "%s"' % tmp_path in r.stdout
    r = _cli("--version")
    assert r.returncode == 0 and r.stdout.strip().startswith("ajgi_tx ")


def test_errors_are_one_stderr_line(tmp_path):
    r = _cli("serve", env={"AJGI_PORT": "x", "AJGI_ROOT": str(tmp_path)})
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1 and "AJGI_PORT" in r.stderr
    import socket
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    s.listen()
    try:
        port = s.getsockname()[1]
        r = _cli("serve", "--root", str(tmp_path), "--port", str(port))
        assert r.returncode == 2
        assert r.stderr.strip() == "ajgi_tx: cannot listen on 127.0.0.1:%d: Address already in use" % port
    finally:
        s.close()


UNIT = __import__("os").path.join(REPO, "deploy", "ajgi_tx.service")


def test_systemd_unit_names_real_settings():
    """Every AJGI_* variable the unit sets is a serve setting (or the config file)."""
    import re
    from ajgi_tx.config_file import CONFIG_ENV, ENV_PREFIX, _fields
    text = open(UNIT).read()
    names = set(re.findall(r"\b(AJGI_[A-Z_]+)=", text))
    assert names >= {"AJGI_CONFIG", "AJGI_DATA_DIR", "AJGI_CACHE_DIR"}
    for var in names - {CONFIG_ENV}:
        assert var[len(ENV_PREFIX):].lower() in _fields(), var
    for hardening in ("NoNewPrivileges=yes", "ProtectSystem=strict", "StateDirectory=ajgi_tx"):
        assert hardening in text


@pytest.mark.skipif(not __import__("shutil").which("systemd-analyze"), reason="no systemd-analyze here")
def test_systemd_unit_verifies():
    r = subprocess.run(["systemd-analyze", "verify", UNIT], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert "ajgi_tx.service" not in r.stderr, r.stderr  # no warnings about the unit itself
