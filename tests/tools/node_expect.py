"""Rewrites a test script's ``// expect:`` block from node's output.

Usage: python tests/tools/node_expect.py tests/scripts/topic/NAME.js ...
The expectations are appended at the end of the file (old ones removed).
"""

import os
import re
import subprocess
import sys


def main(paths):
    for path in paths:
        with open(path, encoding="utf-8") as f:
            src = f.read()
        body = "\n".join(l for l in src.splitlines() if not re.search(r"//\s*expect( error)?:", l))
        r = subprocess.run(["node", os.path.join(os.path.dirname(__file__), "node_run.js"), path], capture_output=True, text=True)
        lines = r.stdout.split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        tail = ["// expect: " + l for l in lines]
        if r.returncode != 0:
            err = [l for l in r.stderr.splitlines() if re.match(r"^\w*Error", l)]
            tail.append("// expect error: " + (err[0] if err else "Error"))
        with open(path, "w", encoding="utf-8") as f:
            f.write(body.rstrip("\n") + "\n" + "\n".join(tail) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
