#!/usr/bin/env bash
# Runs every benchmark of Dispatch Atlas and writes target/bench/report.json:
#   1. the engine's criterion benches (cargo bench -p atlas-engine: dates,
#      engine, layers), natively, as fast as the machine runs them;
#   2. the browser benchmark (node tests/bench/browser.mjs): asset sizes,
#      first load, seed paste-to-views, 500 dispatches, ~5,000 events (frames
#      while panning, memory), and the actor map's force layout of 500
#      nodes / 2,000 edges in Wasm, compared with tests/bench/budgets.json.
# Budgets are flagged in the summary, never failed. Assumes the release
# bundle in dist/; builds it only when dist/index.html is missing.
#
#   scripts/bench.sh                 # everything
#   BENCH_SKIP_NATIVE=1 scripts/bench.sh   # browser only (reuses target/criterion)
#   BENCH_SKIP_BROWSER=1 scripts/bench.sh  # cargo bench only
#   scripts/bench.sh --runs 5        # extra arguments go to browser.mjs
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true

if [ -z "${BENCH_SKIP_NATIVE:-}" ]; then
  echo "== native: cargo bench -p atlas-engine (criterion; a few minutes on 2 cores)"
  cargo bench -p atlas-engine
fi

if [ -z "${BENCH_SKIP_BROWSER:-}" ]; then
  if [ ! -f dist/index.html ]; then
    echo "== no dist/: building the release bundle"
    trunk build --release --offline
  fi
  if [ ! -d node_modules/playwright-core ]; then
    npm ci --no-audit --no-fund
  fi
  echo "== wasm: the actor map layout benchmark (src/bin/force_bench.rs)"
  cargo build --release --target wasm32-unknown-unknown --bin force_bench
  wasm-bindgen --target nodejs --out-dir target/bench/force \
    target/wasm32-unknown-unknown/release/force_bench.wasm
  # The package is an ES module; wasm-bindgen's Node glue is CommonJS.
  mv -f target/bench/force/force_bench.js target/bench/force/force_bench.cjs
  echo "== browser: node tests/bench/browser.mjs"
  node tests/bench/browser.mjs "$@"
fi
