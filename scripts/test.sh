#!/usr/bin/env bash
# Installs ajgi_tx (editable) with its test dependencies and the Debian
# packages the tests start themselves, then runs the test suite.
# AJGI_TEST_LOOP=uvloop runs the whole suite on uvloop (default asyncio).
set -euo pipefail
cd "$(dirname "$0")/.."

# binary:Debian package, installed with apt-get (one call) only when the binary is missing.
DEBIAN_TEST_PACKAGES=(redis-server:redis-server nginx:nginx-light chromium:chromium)

install_debian_packages() {
    local missing=() entry
    for entry in "${DEBIAN_TEST_PACKAGES[@]}"; do
        if ! PATH="$PATH:/usr/sbin:/sbin" command -v "${entry%%:*}" >/dev/null 2>&1; then
            missing+=("${entry#*:}")
        fi
    done
    ((${#missing[@]})) || return 0
    if [ "$(id -u)" -ne 0 ]; then
        echo "scripts/test.sh: missing ${missing[*]} (apt-get install needs root); the tests that use them will fail" >&2
        return 0
    fi
    echo "installing Debian packages: ${missing[*]}" >&2
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
}

install_debian_packages
python -m pip install -q --disable-pip-version-check -e '.[test]'
exec python -m pytest -q -p no:cacheprovider tests "$@"
