#!/usr/bin/env bash
# Command 2: every test. The rustfmt check, native `cargo test` of the whole
# workspace, the wasm-bindgen-test suite in headless Chromium (installed from
# Debian if missing), then the shipped build against its size budget and a
# smoke test of that build.
source "$(dirname "$0")/toolchain.sh"
cd "$root"

ensure_chromium() {
  command -v chromium >/dev/null && command -v chromedriver >/dev/null && return
  say "installing chromium and chromium-driver from Debian"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver >/dev/null
}
ensure_chromium

say "style (rustfmt.toml)"
ensure_component rustfmt
cargo fmt --all --check

say "native tests"
cargo test --workspace --locked

say "browser tests (headless Chromium)"
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
export CHROMEDRIVER=$(command -v chromedriver)
export WASM_BINDGEN_TEST_TIMEOUT=${WASM_BINDGEN_TEST_TIMEOUT:-120}
# --nocapture: the benchmarks in tests/bench.rs print their times to the console.
cargo test -p corroborate-app --target wasm32-unknown-unknown --locked -- --nocapture

"$root/scripts/size.sh"
"$root/scripts/smoke.sh"
say "all tests passed"
