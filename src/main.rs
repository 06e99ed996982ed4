//! Browser entry point: mounts the app on the page body.

fn main() {
    leptos::mount::mount_to_body(corroborate_app::App);
}
