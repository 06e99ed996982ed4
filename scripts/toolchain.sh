# Sourced by serve.sh and test.sh: installs what a fresh machine lacks, at the
# versions Trunk.toml and Cargo.lock pin, and puts it on PATH. Each step is
# skipped when already satisfied, so a warm run costs well under a second.
# Nothing here lets trunk download tools itself.

set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
tools=${CORROBORATE_TOOLS:-$HOME/.cache/corroborate-tools}
trunk_version=0.21.14
binaryen_version=132.0.0

export PATH="$HOME/.cargo/bin:$PATH"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# The wasm-bindgen CLI must match the library exactly; Cargo.lock says which.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' "$root/Cargo.lock"
}

ensure_wasm_target() {
  rustup target list --installed | grep -qx wasm32-unknown-unknown && return
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
}

# cargo install of an exact version unless that version is already on PATH.
ensure_cargo_tool() { # binary version crate [extra cargo install args…]
  local binary=$1 version=$2 crate=$3
  shift 3
  if command -v "$binary" >/dev/null && "$binary" --version 2>/dev/null | grep -q " $version"; then
    return
  fi
  say "installing $crate $version (a few minutes on first run)"
  cargo install "$crate" --version "$version" "$@"
}

# wasm-opt from npm's binaryen; Debian's binaryen is too old for current wasm-bindgen.
ensure_wasm_opt() {
  local bin="$tools/node_modules/.bin"
  if ! "$bin/wasm-opt" --version 2>/dev/null | grep -q "version ${binaryen_version%%.*}"; then
    say "installing wasm-opt (binaryen $binaryen_version from npm)"
    mkdir -p "$tools"
    npm install --silent --no-audit --no-fund --prefix "$tools" "binaryen@$binaryen_version"
  fi
  export PATH="$bin:$PATH"
}

ensure_wasm_target
if [ ! -f "$root/Cargo.lock" ]; then
  (cd "$root" && cargo generate-lockfile)
fi
ensure_cargo_tool trunk "$trunk_version" trunk --locked
# No --locked: the crates.io index here lacks one of its locked dependencies.
ensure_cargo_tool wasm-bindgen "$(wasm_bindgen_version)" wasm-bindgen-cli
ensure_wasm_opt

export TRUNK_SKIP_VERSION_CHECK=true
