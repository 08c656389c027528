#!/usr/bin/env bash
# npm run bench: builds this site on a synthetic handbook of N pages and
# measures it the way the Starlight reference was measured (same scripts,
# lib/ is a copy of ../shared/bench), then writes a table with ratios.
#
#   SIZES="5 1000" RUNS=3 npm run bench          default: N = 5 and 1,000, 3 cold builds each
#   SIZES="5 1000 5000" npm run bench            5,000 pages too (opt-in: long)
#   LH=3 npm run bench                           Lighthouse mobile/desktop too (needs `npm i --no-save lighthouse`)
#   STARLIGHT=1 npm run bench                    rerun Starlight on the same corpus, side by side
#                                                 (installs it in bench/reference/starlight-site only)
# N counts generated pages added to the five handbook pages (N=5: the handbook alone).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
LIB="$HERE/lib"
SIZES=${SIZES:-"5 1000"}
RUNS=${RUNS:-3}
LH=${LH:-0}
PORT=${PORT:-4391}
WORK=${BENCH_WORK:-${TMPDIR:-/tmp}/csm-handbook-bench}
PAGE=${PAGE:-/handbook/customer-success/csm/csm-onboarding/}
RESULTS="$HERE/results"
export ASTRO_TELEMETRY_DISABLED=1
mkdir -p "$RESULTS" "$WORK"

# The generator reuses paragraphs of the handbook pages: our own MDX is its seed text.
SEEDS="$WORK/seeds"
rm -rf "$SEEDS" && mkdir -p "$SEEDS"
cp "$ROOT"/content/handbook/*.md "$ROOT"/content/handbook/*.mdx "$SEEDS/"

LABELS=()
for N in $SIZES; do
  SITE="$WORK/site-n$N"
  rm -rf "$SITE" && mkdir -p "$SITE"
  (cd "$ROOT" && tar --exclude=./node_modules --exclude=./dist --exclude=./dist-base --exclude=./.astro \
    --exclude=./.git --exclude=./bench --exclude=./test-results --exclude=./playwright-report -cf - .) | (cd "$SITE" && tar -xf -)
  ln -s "$ROOT/node_modules" "$SITE/node_modules"
  if [[ $N -gt 5 ]]; then
    node "$LIB/gen-corpus.mjs" "$N" "$WORK/corpus-n$N" --seeds "$SEEDS" --clean --manifest "$WORK/manifest-n$N.json" >/dev/null
    node "$HERE/adapt-corpus.mjs" "$WORK/corpus-n$N" "$SITE/content/handbook/bench"
  fi
  LABEL="ours-n$N"
  LABELS+=("$RESULTS/$LABEL")
  # Cold builds: node_modules/.astro (Astro's content cache) goes too; the link points at
  # the project's node_modules, where the cache is only a cache.
  (cd "$SITE" && RESULTS_DIR="$RESULTS" CLEAN_CMD="rm -rf dist .astro node_modules/.astro" SEARCH_LOG_RE="Running Pagefind" SEARCH_END_RE="Finished in|Indexed [0-9]+ sorts" \
    bash "$LIB/measure-build.sh" "$LABEL" dist "$RUNS" -- npm run build --silent)
  node "$LIB/serve-dist.mjs" "$SITE/dist" --port "$PORT" >/dev/null 2>&1 &
  SERVER=$!
  sleep 1
  node "$LIB/measure-page.mjs" --base "http://127.0.0.1:$PORT" --page "$PAGE" \
    --search custom --open-key "Control+k" --input "[data-search-dialog] [data-search-input]" \
    --result "[data-search-dialog] [role=option]" --message "[data-search-dialog] [data-search-status]" \
    --runs 3 --search-rounds 5 --lighthouse "$LH" --features none \
    --out "$RESULTS/$LABEL/page.json" >"$RESULTS/$LABEL/page-summary.json" || echo "measure-page failed for N=$N" >&2
  kill "$SERVER"; wait "$SERVER" 2>/dev/null || true
done

STARLIGHT_TABLE="$HERE/reference/starlight-table.md"
if [[ "${STARLIGHT:-0}" == "1" ]]; then
  # Starlight on the same corpus, same machine, same run: installed in a copy of
  # reference/starlight-site under $WORK (never in the site's dependencies).
  SL="$WORK/starlight-site"
  rm -rf "$SL/src" && mkdir -p "$SL" && cp -R "$HERE/reference/starlight-site/." "$SL/" && chmod -R u+w "$SL"
  (cd "$SL" && npm install --no-audit --no-fund >/dev/null &&
    BENCH_DIR="$LIB" SEEDS_DIR="$ROOT/../shared/seeds" SIZES="$SIZES" RUNS="$RUNS" LH="$LH" bash run-all.sh)
  SL_LABELS=()
  for N in $SIZES; do SL_LABELS+=("$SL/results/starlight-n$N"); done
  STARLIGHT_TABLE="$RESULTS/starlight-table.md"
  node "$LIB/report-table.mjs" "${SL_LABELS[@]}" >"$STARLIGHT_TABLE"
fi

node "$LIB/report-table.mjs" "${LABELS[@]}" >"$RESULTS/ours-table.md"
node "$HERE/ratios.mjs" "$RESULTS/ours-table.md" "$STARLIGHT_TABLE" >"$RESULTS/ratios.md"
echo "Starlight figures: $STARLIGHT_TABLE" >>"$RESULTS/ratios.md"
cat "$RESULTS/ours-table.md" "$RESULTS/ratios.md"
