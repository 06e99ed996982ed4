#!/usr/bin/env bash
# The shipped page itself, as built by size.sh (standard library rebuilt,
# panics that abort, wasm-opt): served from its dist directory and loaded in
# headless Chromium, it must render the comparison table of the bundled
# articles. The browser suite tests the app in a debug build; this checks that
# the flags only the shipped build uses did not break it.
source "$(dirname "$0")/toolchain.sh"
cd "$root"

dist="$root/target/size-dist"
[ -f "$dist/index.html" ] || { say "FAILED: no shipped build in $dist (run scripts/size.sh first)"; exit 1; }
port=${CORROBORATE_SMOKE_PORT:-8791}
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$dist" >/dev/null 2>&1 &
server=$!
profile=$(mktemp -d)
trap 'kill $server 2>/dev/null; rm -rf "$profile"' EXIT
sleep 1

say "loading the shipped page in headless Chromium"
dom=$(timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-dev-shm-usage \
  --disable-background-networking --disable-component-update --no-first-run \
  --user-data-dir="$profile" --virtual-time-budget=10000 --dump-dom "http://127.0.0.1:$port/" 2>/dev/null)
topics=$(grep -o 'class="topic"' <<<"$dom" | wc -l || true)
if ! grep -q '<table class="comparison"' <<<"$dom" || [ "$topics" -lt 5 ]; then
  say "FAILED: the shipped page did not render its comparison table"
  exit 1
fi
say "the shipped page renders $topics topics"
