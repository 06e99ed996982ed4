//! Browser entry point: mounts the app on the page body. In the browser it is
//! a start function rather than `main`, which would also bring the standard
//! library's exit-time cleanup of stdout into the .wasm, of no use in a page.

#![cfg_attr(target_arch = "wasm32", no_main)]

#[cfg_attr(target_arch = "wasm32", wasm_bindgen::prelude::wasm_bindgen(start))]
fn start() {
    leptos::mount::mount_to_body(corroborate_app::App);
}

/// Native builds (tests, clippy) still need a `main`.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    start();
}
