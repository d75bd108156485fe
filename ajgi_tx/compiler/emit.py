"""Pass 5: Python AST -> code object (and readable source on demand).

``compile()`` takes the AST object directly (no round trip through text);
astor writes the readable source for the cache and ``--dump py``, with
``ast.unparse`` as the fallback where astor lags the ``ast`` module.
"""

import ast
import warnings


def to_code(module, filename):
    """Compiles the lowered module; positions are JS positions.

    The lowering stamps every statement and expression it builds, so the
    (slow, whole-tree) ``ast.fix_missing_locations`` only runs if compile()
    finds a node without a position."""
    with warnings.catch_warnings():
        # Python's lint warnings ("is" with a literal, calling a str
        # literal) describe JS code that is valid (x === true, "a"()).
        warnings.simplefilter("ignore", SyntaxWarning)
        try:
            return compile(module, filename, "exec", dont_inherit=True, optimize=0)
        except (TypeError, ValueError):
            ast.fix_missing_locations(module)
            return compile(module, filename, "exec", dont_inherit=True, optimize=0)


def to_source(module, header=""):
    """Readable Python source of a lowered module."""
    try:
        import astor

        text = astor.to_source(module)
    except Exception:  # astor fails on node kinds we never emit; be safe
        text = ast.unparse(module)
    return header + text
