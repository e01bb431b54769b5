#!/usr/bin/env bash
# Runs every test of Dispatch Atlas on a fresh machine: installs what is
# missing (scripts/setup.sh), then the native Rust tests, the export schema
# checks, the release build, and the end-to-end tests in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true

./scripts/setup.sh

echo "== native tests (engine, CLI, app logic, evaluation floors)"
cargo test --workspace --locked

echo "== exports of the seed against their schemas (GeoJSON, TimelineJS, GEXF, GraphML, CSV, PLOVER)"
python3 tests/e2e/check_exports.py --cli

echo "== release bundle"
trunk build --release --offline

echo "== end-to-end tests in headless Chromium"
node --test --test-concurrency=1 tests/e2e/
