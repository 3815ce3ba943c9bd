#!/usr/bin/env bash
# Makes sure a Chromium the browser tests can drive is installed.
# Debian's chromium is used where it exists (no browser download is needed);
# elsewhere Playwright's own browser is installed.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
  echo "Installing Debian's chromium for the browser tests…"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "No /usr/bin/chromium: installing Playwright's Chromium instead…"
npx playwright install chromium
