#!/usr/bin/env bash
# Regenerates assets/bundled/hazards.json from the official data files in ../shared/data (stand-ins
# for the live registers, which the publishing workflow bundles from for releases). Every file there
# is read with the input kind of its shape; the feed is built in a temporary folder (unsigned use only).
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="${SHARED_DIR:-../shared}/data"
[ -d "$DATA" ] || { echo "no $DATA: the bundle is generated from ../shared/data" >&2; exit 1; }
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT
args=()
while IFS= read -r -d '' file; do
  case "$file" in
    */eu-safety-gate/*export*) kind=safety-gate-export ;;
    */eu-safety-gate/*) kind=safety-gate-api ;;
    */us-cpsc*/*.csv) kind=cpsc-csv ;;
    */us-cpsc*/*.json) kind=cpsc-api ;;
    */health-canada/*.json) kind=health-canada ;;
    */korea-kats-recall/*.json) kind=safetykorea ;;
    */korea-consumer24/*.xml) kind=consumer24 ;;
    */australia-accc/*.json) kind=accc ;;
    *) echo "skipping $file (no input kind for it)" >&2; continue ;;
  esac
  args+=(--input "$kind=$file")
done < <(find "$DATA" -type f \( -name '*.json' -o -name '*.csv' -o -name '*.xml' \) -print0 | sort -z)
npm run -s feed -- build --out "$OUT/feed" "${args[@]}" 2>/dev/null | sed -n '1,/^Inputs:/p'
npm run -s feed -- bundle --from "$OUT/feed" --out assets/bundled/hazards.json "$@"
