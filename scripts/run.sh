#!/usr/bin/env bash
# Builds Dispatch Atlas and serves it at http://127.0.0.1:8080 (installs what
# is missing first). http://127.0.0.1:8080/?example opens on the example
# bundle (four dispatches in four languages); / opens an empty workbench.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
./scripts/setup.sh
trunk build --release --offline
echo "Open http://127.0.0.1:${PORT:-8080}/?example to start on the example bundle (or / for an empty workbench)."
exec node tests/e2e/serve.mjs dist "${PORT:-8080}"
