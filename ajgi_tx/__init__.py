"""ajgi_tx: runs ArozOS AGI scripts, compiled to Python, on Tornado.

Public API (stable for tests and tools):

- ``ajgi_tx.compiler.compile_source(source, filename) -> CompiledScript``
- ``ajgi_tx.runner.run_source(source, filename, write=None)``: runs a
  script as a classic script in a fresh realm; ``write(level, text)``
  receives console output (default: stdout/stderr). Raises ``ScriptError``
  for an uncaught JS exception.
"""

__version__ = "0.1.0"
