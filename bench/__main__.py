"""`python -m bench ...` (from the repository root): the benchmark runner, see bench/run.py."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from run import main  # noqa: E402

sys.exit(main())
