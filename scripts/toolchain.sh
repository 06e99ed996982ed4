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

# A rustup component of the pinned toolchain: rust-src for the shipped build
# (below), rustfmt for the style check in test.sh.
ensure_component() { # name
  rustup component list --installed | grep -q "^$1" && return
  say "adding the $1 component"
  rustup component add "$1"
}

# The standard library's source and the crates it depends on, for the shipped
# build below: trunk runs cargo offline, so they must be in cargo's cache
# before it starts (a fresh machine has none of them).
ensure_std_sources() {
  ensure_component rust-src
  RUSTC_BOOTSTRAP=1 cargo fetch --locked --quiet \
    --manifest-path "$(rustc --print sysroot)/lib/rustlib/src/rust/library/Cargo.toml"
}

# The release build as shipped, into directory $1. The standard library is
# rebuilt from source with the app rather than linked precompiled: optimised
# for size like the rest (its `optimize_for_size` feature picks the small sort
# and formatting code), and with panics that abort at once instead of
# formatting a message no reader would see. That is −27 KB gzip, the
# difference between over and under the size budget. Rebuilding the standard
# library is an unstable cargo feature: RUSTC_BOOTSTRAP lets this pinned
# stable toolchain accept it for this build only; every other build and test
# stays on plain stable. Its own target directory keeps it from rebuilding
# what `trunk serve` and the tests compiled with other flags.
shipped_build() { # dist_dir
  ensure_std_sources
  RUSTC_BOOTSTRAP=1 \
    CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
    CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size \
    CARGO_UNSTABLE_PANIC_IMMEDIATE_ABORT=true \
    CARGO_PROFILE_WASM_RELEASE_PANIC=immediate-abort \
    CARGO_TARGET_DIR="$root/target/shipped" \
    trunk build --locked --dist "$1"
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
