"""The runtime never imports the host (``ajgi_tx``), not even inside a
function: host services reach it through the realm (runtime/host.py)."""

import ast
import os

RUNTIME = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),
                       "runtime")


def _imported_modules(tree):
    """Every module an ``import``/``from`` anywhere in ``tree`` names
    (function bodies included: ast.walk visits them all)."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.module
        elif isinstance(node, ast.Call) and getattr(node.func, "id", None) == "__import__" \
                and node.args and isinstance(node.args[0], ast.Constant):
            yield str(node.args[0].value)


def _runtime_modules():
    for dirpath, _, files in os.walk(RUNTIME):
        for name in files:
            if name.endswith(".py"):
                yield os.path.join(dirpath, name)


def test_the_walk_sees_function_level_imports():
    src = "def f():\n    from ajgi_tx.runner import execute\n    import ajgi_tx.cache\n"
    assert list(_imported_modules(ast.parse(src))) == ["ajgi_tx.runner", "ajgi_tx.cache"]


def test_runtime_never_imports_ajgi_tx():
    files = list(_runtime_modules())
    assert len(files) > 20  # the walk found the package
    offenders = []
    for path in files:
        with open(path, encoding="utf-8") as f:
            tree = ast.parse(f.read(), path)
        for mod in _imported_modules(tree):
            if mod == "ajgi_tx" or mod.startswith("ajgi_tx."):
                offenders.append("%s imports %s" % (os.path.relpath(path, RUNTIME), mod))
    assert offenders == []
