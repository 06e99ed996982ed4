#!/usr/bin/env bash
# Command 3: install what is missing, then build the app as it ships into
# dist/ (or the directory given): static files to serve from any web server.
source "$(dirname "$0")/toolchain.sh"
cd "$root"
dist=${1:-$root/dist}
say "release build into $dist"
shipped_build "$dist"
