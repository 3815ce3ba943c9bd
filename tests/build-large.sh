#!/usr/bin/env bash
# Builds the site against 10,000 synthetic events (the benchmark's seeded
# generator) into build-large/, for the `large` Playwright project
# (tests/e2e/large.spec.ts). The data folder is kept between runs.
set -euo pipefail
cd "$(dirname "$0")/.."
npx tsx tests/bench/generate.ts --sizes 10000
TIMELINE_DATA=tests/bench/.data/events-10000 BUILD_DIR=build-large npx vite build > build-large.log 2>&1 || {
  tail -n 30 build-large.log
  echo "build-large: the build against 10,000 events failed (log: build-large.log)" >&2
  exit 1
}
echo "build-large: built 10,000 events into build-large/"
