#!/usr/bin/env bash
# Installs what `npm run bench` needs and a fresh clone lacks: the project's
# dependencies (only when node_modules is missing: an existing tree is never
# reinstalled), a Chromium, and the benchmark-only dependencies (vis-timeline,
# a source map decoder) in tests/bench/node_modules, which the site never imports.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ ! -d node_modules ]; then
  npm ci --no-audit --no-fund
fi
bash tests/ensure-chromium.sh
if [ ! -f tests/bench/node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js ] \
  || [ ! -d tests/bench/node_modules/@jridgewell/sourcemap-codec ] \
  || [ ! -f tests/bench/node_modules/minisearch/package.json ] || [ ! -f tests/bench/node_modules/fuse.js/package.json ] || [ ! -f tests/bench/node_modules/@orama/orama/package.json ]; then
  npm --prefix tests/bench install --no-audit --no-fund
fi
