#!/usr/bin/env bash
# Installs ajgi_tx (editable) with its test dependencies and runs the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
python -m pip install -q --disable-pip-version-check -e '.[test]'
exec python -m pytest -q -p no:cacheprovider tests "$@"
