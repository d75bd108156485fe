"""``python -m ajgi_tx.compile``: see :mod:`ajgi_tx.cli_compile`."""

import sys

from ajgi_tx.cli_compile import main

if __name__ == "__main__":
    sys.exit(main())
