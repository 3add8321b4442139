#!/usr/bin/env bash
# `npm start`: installs dependencies, builds the extension for Chrome and Firefox with its bundled
# hazard data, and opens it in Chromium when a display is available.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
npx wxt build
npx wxt build -b firefox
echo
echo "Built: .output/chrome-mv3 (Chrome, Edge, Chromium) and .output/firefox-mv2 (Firefox)."
chromium_bin=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -n "$chromium_bin" ]; then
  profile=$(mktemp -d)
  echo "Opening Chromium with the extension loaded (profile: $profile)…"
  exec "$chromium_bin" --user-data-dir="$profile" --no-first-run \
    --disable-extensions-except="$PWD/.output/chrome-mv3" --load-extension="$PWD/.output/chrome-mv3" \
    "https://www.aliexpress.com/"
else
  echo "No display or Chromium found: load the unpacked extension by hand (README, 'Load into a browser')."
fi
