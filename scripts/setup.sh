#!/usr/bin/env bash
# Installs everything Dispatch Atlas needs to build, serve and test, from the
# package registries only (crates.io, npm, PyPI, Debian). Idempotent: each step is
# skipped when its tool is already there at the right version.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
BINARYEN_VERSION=132.0.0
# wasm-bindgen-cli must equal the wasm-bindgen in Cargo.lock.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/"/,"",$3); print $3; exit}' Cargo.lock 2>/dev/null || true)
WASM_BINDGEN_VERSION=${WASM_BINDGEN_VERSION:-0.2.130}

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

if ! rustup target list --installed | grep -q '^wasm32-unknown-unknown$'; then
  say "adding rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -q "$TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (a few minutes)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q "$WASM_BINDGEN_VERSION"; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  say "installing Debian chromium and chromium-driver"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null
fi

# npm packages: playwright-core for the browser tests, binaryen for wasm-opt.
if [ ! -d node_modules/playwright-core ] || [ ! -x node_modules/.bin/wasm-opt ] \
   || ! node_modules/.bin/wasm-opt --version 2>/dev/null | grep -q "${BINARYEN_VERSION%%.*}"; then
  say "installing npm packages (lock file)"
  npm ci --no-audit --no-fund --loglevel=error
fi

# PyPI validators for the export schema checks (tests/schemas/requirements.txt).
if ! python3 tests/schemas/check_requirements.py 2>/dev/null; then
  say "installing Python validators (tests/schemas/requirements.txt)"
  python3 -m pip install --quiet --disable-pip-version-check -r tests/schemas/requirements.txt \
    || python3 -m pip install --quiet --disable-pip-version-check --break-system-packages -r tests/schemas/requirements.txt
fi

say "fetching crates"
cargo fetch --locked >/dev/null 2>&1 || cargo fetch
say "ready"
