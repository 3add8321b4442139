#!/usr/bin/env bash
# Validates the publish-feed workflow's manual inputs (SINCE, ACCEPT_SHRINK from the environment) before
# any step uses them, so a run started with a malformed value stops here with a clear message.
set -euo pipefail
set -f # a value like "*" must not expand to file names

families='eu-safety-gate us-cpsc ca-health-canada kr-safetykorea curated au-accc community kr-consumer24'

if [ -n "${SINCE:-}" ] && ! [[ "$SINCE" =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}$ ]]; then
  echo "::error::input 'since' must be a date YYYY-MM-DD or empty" >&2
  exit 1
fi

for source in ${ACCEPT_SHRINK:-}; do
  case " $families " in
    *" $source "*) ;;
    *)
      echo "::error::input 'accept_shrink' takes source families separated by spaces ($families)" >&2
      exit 1
      ;;
  esac
done
echo "inputs OK"
