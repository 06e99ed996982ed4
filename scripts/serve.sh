#!/usr/bin/env bash
# Command 1: install what is missing, then serve the app at http://127.0.0.1:8080
# with live reload. Extra arguments go to `trunk serve`.
source "$(dirname "$0")/toolchain.sh"
cd "$root"
say "serving Corroborate on http://127.0.0.1:8080"
exec trunk serve "$@"
