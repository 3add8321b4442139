#!/usr/bin/env bash
# The one test command (`npm test`): lint, format check, type-check, build and zip for Chrome and Firefox, unit tests,
# browser tests in Chromium, a Firefox smoke test, then one line "N passed, N failed".
# Every step runs even when an earlier one fails, so the summary always counts everything.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh --browsers || exit 1

rm -rf reports && mkdir -p reports
step() { # step <name> <command...>: runs a build/check step and records pass or fail
  local name="$1"; shift
  echo "==> $name"
  if "$@"; then echo "pass $name" >> reports/steps.txt; else echo "fail $name" >> reports/steps.txt; fi
}

# A throwaway feed-signing key for the E2E build; the matching private key signs test feeds.
node scripts/e2e-key.mjs reports/e2e-key.json
export E2E_FEED_KEY_FILE="$PWD/reports/e2e-key.json"

step lint npx eslint .
step format npx prettier --check .
step typecheck npx tsc --noEmit
step build-chrome npx wxt build
step build-firefox npx wxt build -b firefox
step zip-chrome npx wxt zip
step zip-firefox npx wxt zip -b firefox
step build-e2e env WXT_FEED_URL=https://feed.test/feed/manifest.json \
  WXT_FEED_PUBLIC_KEY="$(node -p "require('$E2E_FEED_KEY_FILE').publicKey")" npx wxt build --mode e2e
step build-e2e-firefox env WXT_FEED_URL=https://feed.test/feed/manifest.json \
  WXT_FEED_PUBLIC_KEY="$(node -p "require('$E2E_FEED_KEY_FILE').publicKey")" npx wxt build -b firefox --mode e2e

echo "==> unit tests"
npx vitest run --reporter=default --reporter=json --outputFile.json=reports/vitest.json || true
echo "==> browser tests (Chromium)"
npx playwright test || true
echo "==> Firefox smoke test"
node --import tsx tests/firefox/smoke.ts || true

node scripts/summary.mjs
