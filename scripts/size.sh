#!/usr/bin/env bash
# The size budget: builds the page exactly as it ships (`shipped_build` in
# toolchain.sh: release, the standard library rebuilt for size, wasm-opt -Oz)
# and fails when the .wasm, gzipped, grows past the ceiling.
# Size is deterministic, so this is a test; speed lives in benchmarks.
source "$(dirname "$0")/toolchain.sh"
cd "$root"

# Issue 6 asks for at most 200 KB (aim 150). Until the wasm gets there, the
# ceiling is today's size plus a little: it may only ever be lowered, but for
# engine features that cost bytes (session 6: currency codes, degree scales and
# statement patterns, +1.5 KB, then header roles and organisations named by a
# complement, +2 KB, raised it 262 → 266; session 7: bylines above the date,
# newsletter and author-note boilerplate, month spans, quarter codes, dollars
# that say whose, seven statement patterns, +2.1 KB, and the native speed work
# of the scanners and the statements tokenizer, +0.6 KB, raised it 266 → 268;
# session 8: ages, areas, tolls, hyphenated durations, units across sentences,
# fourteen "that" verbs and nine statement patterns, +2.3 KB, and claims that
# share the document's text instead of copying it, +0.5 KB, raised it 268 → 271;
# then views that share one closure, effect and list type lowered it to 252;
# session 9: the standard library rebuilt for size with the app, then leaner
# views and alignment, to the budget itself).
budget_kb=200
ceiling_kb=${CORROBORATE_WASM_CEILING_KB:-200}

dist="$root/target/size-dist"
say "release build for the size budget"
log="$root/target/size-build.log"
shipped_build "$dist" >"$log" 2>&1 || { cat "$log"; exit 1; }
wasm=$(find "$dist" -maxdepth 1 -name '*.wasm' | head -n 1)
raw=$(stat -c %s "$wasm")
gzipped=$(gzip -9 -c "$wasm" | wc -c)
kb() { awk -v bytes="$1" 'BEGIN { printf "%.1f KB", bytes / 1024 }'; }
say "wasm: $(kb "$raw") raw, $(kb "$gzipped") gzip (budget ${budget_kb} KB, ceiling ${ceiling_kb} KB)"
if [ "$gzipped" -gt $((ceiling_kb * 1024)) ]; then
  say "FAILED: the gzipped wasm is over its ${ceiling_kb} KB ceiling"
  exit 1
fi
if [ "$gzipped" -gt $((budget_kb * 1024)) ]; then
  say "note: still over the ${budget_kb} KB budget"
fi
