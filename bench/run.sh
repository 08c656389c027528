#!/usr/bin/env bash
# npm run bench: builds this site on a synthetic handbook of N pages and
# measures it the way the Starlight reference was measured (same scripts,
# lib/ is a copy of ../shared/bench), then writes a table with ratios.
#
#   SIZES="5 1000" RUNS=3 npm run bench          default: N = 5 and 1,000, 3 cold builds each
#   SIZES="5 1000 5000" npm run bench            5,000 pages too (opt-in: long)
#   LH=3 npm run bench                           Lighthouse mobile/desktop too (needs `npm i --no-save lighthouse`);
#                                                 with Lighthouse installed, hydration is also measured on the
#                                                 phone its 4× stands for (hydration-phone.json)
#   STARLIGHT=1 npm run bench                    rebuild Starlight on the very same corpus, side by side,
#                                                 and take the ratios from that run (Starlight is installed
#                                                 in a copy of bench/reference/starlight-site under $WORK only)
#   OURS=0 STARLIGHT=1 npm run bench             Starlight only; our figures are the last ones in bench/results
#   TURNS=7                                      with STARLIGHT=1 at N = 5: cold builds of both sites in turns, the
#                                                 build-time ratio from pairs built in the same minute
#                                                 (bench/build-turns.mjs, results/build-turns.md)
# N counts generated pages added to the five handbook pages (N=5: the handbook alone).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
LIB="$HERE/lib"
SIZES=${SIZES:-"5 1000"}
RUNS=${RUNS:-3}
LH=${LH:-0}
OURS=${OURS:-1}
PORT=${PORT:-4391}
WORK=${BENCH_WORK:-${TMPDIR:-/tmp}/csm-handbook-bench}
PAGE=${PAGE:-/handbook/customer-success/csm/csm-onboarding/}
RESULTS="$HERE/results"
export ASTRO_TELEMETRY_DISABLED=1
mkdir -p "$RESULTS" "$WORK"

# The generator reuses paragraphs of the handbook pages: our own pages are its seed text.
SEEDS="$WORK/seeds"
rm -rf "$SEEDS" && mkdir -p "$SEEDS"
cp "$ROOT"/content/handbook/*.md "$ROOT"/content/handbook/*.mdx "$SEEDS/"
for N in $SIZES; do
  if [[ $N -gt 5 ]]; then
    node "$LIB/gen-corpus.mjs" "$N" "$WORK/corpus-n$N" --seeds "$SEEDS" --clean --manifest "$WORK/manifest-n$N.json" >/dev/null
  fi
done

# Serves a build and measures one page of it: measure <dist> <label> <page> <measure-page options...>
measure() {
  local dist=$1 label=$2 page=$3
  shift 3
  node "$LIB/serve-dist.mjs" "$dist" --port "$PORT" >/dev/null 2>&1 &
  local server=$!
  sleep 1
  node "$LIB/measure-page.mjs" --base "http://127.0.0.1:$PORT" --page "$page" \
    --runs 3 --search-rounds 5 --lighthouse "$LH" "$@" \
    --out "$RESULTS/$label/page.json" >"$RESULTS/$label/page-summary.json" || echo "measure-page failed for $label" >&2
  # Hydration on a slow phone (4× CPU): checkboxes enabled, and a tick's progress text (medians of 5).
  # Then on the phone Lighthouse's 4× stands for (BenchmarkIndex 440), whatever this host's speed: 4× is
  # relative to the host, and the hosts this runs on differ by 2× or more (bench/hydration.mjs).
  if [[ $label == ours-* ]]; then
    node "$HERE/hydration.mjs" --base "http://127.0.0.1:$PORT" --page "$page" --runs 5 --cpu 4 \
      >"$RESULTS/$label/hydration.json" || echo "hydration failed for $label" >&2
    # It measures the host with Lighthouse's own function: only where Lighthouse is installed. An older run's
    # file goes first, so a run without Lighthouse never prints that run's figures as its own.
    rm -f "$RESULTS/$label/hydration-phone.json"
    if [[ -d $ROOT/node_modules/lighthouse ]]; then
      node "$HERE/hydration.mjs" --base "http://127.0.0.1:$PORT" --page "$page" --runs 5 --device-index 440 \
        >"$RESULTS/$label/hydration-phone.json" || echo "hydration on the reference phone failed for $label" >&2
    fi
  fi
  kill "$server"
  wait "$server" 2>/dev/null || true
}

LABELS=()
for N in $SIZES; do
  LABEL="ours-n$N"
  LABELS+=("$RESULTS/$LABEL")
  [[ $OURS == 1 ]] || continue
  SITE="$WORK/site-n$N"
  rm -rf "$SITE" && mkdir -p "$SITE"
  (cd "$ROOT" && tar --exclude=./node_modules --exclude=./dist --exclude=./dist-base --exclude=./.astro \
    --exclude=./.git --exclude=./bench --exclude=./test-results --exclude=./playwright-report -cf - .) | (cd "$SITE" && tar -xf -)
  ln -s "$ROOT/node_modules" "$SITE/node_modules"
  if [[ $N -gt 5 ]]; then node "$HERE/adapt-corpus.mjs" "$WORK/corpus-n$N" "$SITE/content/handbook/bench"; fi
  # Cold builds: node_modules/.astro (Astro's content cache) goes too; the link points at
  # the project's node_modules, where the cache is only a cache.
  (cd "$SITE" && RESULTS_DIR="$RESULTS" CLEAN_CMD="rm -rf dist .astro node_modules/.astro" SEARCH_LOG_RE="Running Pagefind" SEARCH_END_RE="Finished in|Indexed [0-9]+ sorts" \
    bash "$LIB/measure-build.sh" "$LABEL" dist "$RUNS" -- npm run build --silent)
  # Results only ([data-search-hit]): with the box empty the panel lists recent searches, also options.
  measure "$SITE/dist" "$LABEL" "$PAGE" --features none \
    --search custom --open-key "Control+k" --input "[data-search-dialog] [data-search-input]" \
    --result "[data-search-dialog] [data-search-hit]" --message "[data-search-dialog] [data-search-status]"
done

STARLIGHT_TABLE="$HERE/reference/starlight-table.md"
if [[ "${STARLIGHT:-0}" == "1" ]]; then
  # Starlight as its reference run measured it (bench/reference/starlight-site/run-all.sh),
  # but on the very corpus our site was built with, in the same run, on this machine.
  SL="$WORK/starlight-site"
  rm -rf "$SL/src" && mkdir -p "$SL" && cp -R "$HERE/reference/starlight-site/." "$SL/" && chmod -R u+w "$SL"
  (cd "$SL" && npm install --no-audit --no-fund >/dev/null &&
    node convert-seeds.mjs "$ROOT/../shared/seeds" seeds-md src/content/docs/handbook >/dev/null)
  SL_LABELS=()
  for N in $SIZES; do
    LABEL="starlight-n$N"
    SL_LABELS+=("$RESULTS/$LABEL")
    rm -rf "$SL/src/content/docs/corpus"
    if [[ $N -gt 5 ]]; then cp -R "$WORK/corpus-n$N" "$SL/src/content/docs/corpus"; fi
    (cd "$SL" && PATH="$SL/node_modules/.bin:$PATH" RESULTS_DIR="$RESULTS" bash "$LIB/measure-build.sh" "$LABEL" dist "$RUNS" -- astro build)
    measure "$SL/dist" "$LABEL" /handbook/csm-onboarding/ --search starlight
  done
  STARLIGHT_TABLE="$RESULTS/starlight-table.md"
  node "$LIB/report-table.mjs" "${SL_LABELS[@]}" >"$STARLIGHT_TABLE"
fi

# Build time at 5 pages, the figure the machine's load moves most: both sites built cold in turns, TURNS pairs.
if [[ "${STARLIGHT:-0}" == "1" && $OURS == 1 && " $SIZES " == *" 5 "* ]]; then
  node "$HERE/build-turns.mjs" --ours "$WORK/site-n5" --starlight "$SL" --turns "${TURNS:-7}" --out "$RESULTS/build-turns.md"
fi

node "$LIB/report-table.mjs" "${LABELS[@]}" >"$RESULTS/ours-table.md"
# Where each build's time goes, step by step, from the same timestamped logs (ours, and Starlight's when rebuilt).
STEP_DIRS=()
for dir in "${LABELS[@]}" "${SL_LABELS[@]:-}"; do [[ -n $dir && -f $dir/run-1.log ]] && STEP_DIRS+=("$dir"); done
node "$HERE/build-steps.mjs" "${STEP_DIRS[@]}" >"$RESULTS/build-steps.md"
node "$HERE/ratios.mjs" "$RESULTS/ours-table.md" "$STARLIGHT_TABLE" >"$RESULTS/ratios.md"
# The kit counts script files; both sites also write code into the measured page's HTML.
if [[ " $SIZES " == *" 5 "* ]]; then
  [[ -f $WORK/site-n5/dist${PAGE}index.html ]] && node "$HERE/inline-scripts.mjs" "$WORK/site-n5/dist${PAGE}index.html" ours >>"$RESULTS/ratios.md"
  [[ -f $WORK/starlight-site/dist/handbook/csm-onboarding/index.html ]] &&
    node "$HERE/inline-scripts.mjs" "$WORK/starlight-site/dist/handbook/csm-onboarding/index.html" starlight >>"$RESULTS/ratios.md"
fi
echo "Starlight figures: ${STARLIGHT_TABLE#"$ROOT/"}" >>"$RESULTS/ratios.md"
cat "$RESULTS/ours-table.md" "$RESULTS/ratios.md" "$RESULTS/build-steps.md"
[[ -f "$RESULTS/build-turns.md" ]] && cat "$RESULTS/build-turns.md"
for N in $SIZES; do
  for kind in hydration hydration-phone; do
    [[ -f "$RESULTS/ours-n$N/$kind.json" ]] && echo "$kind n$N: $(cat "$RESULTS/ours-n$N/$kind.json")"
  done
done
true
