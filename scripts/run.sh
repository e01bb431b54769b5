#!/usr/bin/env bash
# Builds Dispatch Atlas and serves it at http://127.0.0.1:8080 (installs what
# is missing first). The page opens with a button that loads an example.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
./scripts/setup.sh
trunk build --release --offline
exec node tests/e2e/serve.mjs dist "${PORT:-8080}"
