#!/usr/bin/env bash
# Indexes a built site for search: Pagefind, then the handbook's vocabulary
# for suggestions (scripts/search-words.mjs, read from Pagefind's fragments).
# `npm run build` and `npm run build:base` run it after `astro build`.
#
#   bash scripts/search-index.sh dist
set -euo pipefail
site=${1:?usage: bash scripts/search-index.sh <built site folder>}

# Pagefind's Linux binaries allocate with jemalloc, which by default keeps the
# pages a program frees for up to 10 s before it gives them back. Writing the
# index frees and allocates a lot in a few seconds, so those kept pages made
# most of its peak: with them returned at once (dirty_decay_ms:0), indexing the
# 5,000-page benchmark site peaks at 1,012 MB instead of 1,197-1,200 (MiB, as
# the benchmark counts), in the same time, with byte-identical files (README,
# "Performance"). `_RJEM_` is the prefix of the jemalloc Pagefind
# links (tikv-jemallocator); other platforms' binaries ignore the variable.
_RJEM_MALLOC_CONF=dirty_decay_ms:0 pagefind --site "$site"
node scripts/search-words.mjs --site "$site"
