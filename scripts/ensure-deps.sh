#!/usr/bin/env bash
# Installs what building and testing need, once: npm packages from the lockfile, and Debian's Chromium
# and Firefox ESR for the browser tests. Safe to run repeatedly.
set -euo pipefail
cd "$(dirname "$0")/.."

# The Node every tool here supports (package.json engines, .nvmrc); say so before npm does.
if ! node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 19) ? 0 : 1)'; then
  echo "Hazard Check needs Node.js 20.19 or newer (found $(node --version 2>/dev/null || echo none)); .nvmrc names it." >&2
  exit 1
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "==> npm ci"
  npm ci --no-audit --no-fund
fi

want_browsers="${1:-}"
if [ "$want_browsers" = "--browsers" ]; then
  missing=()
  command -v chromium >/dev/null 2>&1 || [ -x /usr/lib/chromium/chromium ] || missing+=(chromium)
  command -v firefox-esr >/dev/null 2>&1 || missing+=(firefox-esr)
  # Korean text in the browser tests and README screenshots needs a Hangul font.
  [ -d /usr/share/fonts/truetype/nanum ] || missing+=(fonts-nanum)
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
      echo "==> apt-get install ${missing[*]}"
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    else
      echo "Browser tests need Debian's ${missing[*]}: sudo apt-get install ${missing[*]}" >&2
      exit 1
    fi
  fi
fi
