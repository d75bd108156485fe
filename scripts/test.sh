#!/usr/bin/env bash
# Installs ajgi_tx (editable) with its test dependencies and runs the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages the tests drive, as "binary:package"; each is installed only
# when its binary is missing (one list, one apt-get call).
DEBIAN_TOOLS=(chromium:chromium)

install_missing_debian_tools() {
    local entry missing=()
    for entry in "$@"; do
        command -v "${entry%%:*}" >/dev/null 2>&1 || missing+=("${entry#*:}")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" -ne 0 ]; then
        echo "scripts/test.sh: missing ${missing[*]} (apt-get install needs root); the tests that use them will fail" >&2
        return 0
    fi
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

install_missing_debian_tools "${DEBIAN_TOOLS[@]}"
python -m pip install -q --disable-pip-version-check -e '.[test]'
exec python -m pytest -q -p no:cacheprovider tests "$@"
