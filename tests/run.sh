#!/usr/bin/env bash
# Runs the unit tests and the browser tests, both even when the first fails,
# and exits non-zero when either did.
set -uo pipefail
status=0
npx vitest run || status=1
bash tests/ensure-chromium.sh || status=1
# The `large` project's site: 10,000 synthetic events.
bash tests/build-large.sh || status=1
npx playwright test || status=1
exit $status
