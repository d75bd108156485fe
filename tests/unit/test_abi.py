"""Every runtime helper the compiler can emit exists in runtime/abi.py."""

import glob
import os
import re

from runtime import abi

COMPILER = os.path.join(os.path.dirname(__file__), "..", "..", "ajgi_tx", "compiler")
_RT = re.compile(r"""\brt(?:_call)?\(\s*["']([A-Za-z_0-9]+)["']""")


def emitted_helper_names():
    names = set()
    for path in glob.glob(os.path.join(COMPILER, "**", "*.py"), recursive=True):
        with open(path, encoding="utf-8") as f:
            names.update(_RT.findall(f.read()))
    return names


def test_every_emitted_helper_is_exported():
    names = emitted_helper_names()
    assert len(names) > 40  # the scan itself works
    per_realm = set(abi.PER_REALM)  # stored in each realm's global dict by bind_realm
    missing = sorted(n for n in names if n not in abi.EXPORTS and n not in per_realm)
    assert missing == []


def test_bind_realm_provides_every_per_realm_name():
    from ajgi_tx.runner import create_realm

    g = create_realm().global_object.props
    assert all("_ajgi_" + n in g for n in abi.PER_REALM)


def test_helpers_are_reserved_names():
    assert all(k.startswith("_ajgi_") for k in abi.HELPERS)


def test_abi_version_is_an_int():
    assert isinstance(abi.ABI_VERSION, int) and abi.ABI_VERSION >= 1
