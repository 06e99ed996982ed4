//! The real app mounted in headless Chromium.

#![cfg(target_arch = "wasm32")]

use corroborate_app::{corpus::BUNDLED, App};
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts `App` in a fresh container that stays mounted for the test.
fn mount_app() -> Element {
    let container = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&container).unwrap();
    let handle = leptos::mount::mount_to(container.clone().unchecked_into(), App);
    handle.forget();
    container
}

fn source_buttons(container: &Element) -> Vec<HtmlElement> {
    let list = container.query_selector_all("button.source").unwrap();
    (0..list.length()).map(|i| list.item(i).unwrap().unchecked_into()).collect()
}

fn article_text(container: &Element) -> String {
    container
        .query_selector(".article-text")
        .unwrap()
        .expect("an article is shown")
        .text_content()
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn lists_every_bundled_source_and_shows_the_selected_text() {
    let container = mount_app();
    leptos::task::tick().await;

    let buttons = source_buttons(&container);
    assert_eq!(buttons.len(), BUNDLED.len());
    assert!(buttons.len() >= 5, "the five seed articles are bundled");
    assert_eq!(article_text(&container), BUNDLED[0].1, "the first article opens on load");

    for (index, button) in buttons.iter().enumerate().rev() {
        button.click();
        leptos::task::tick().await;
        assert_eq!(article_text(&container), BUNDLED[index].1);
        assert_eq!(button.get_attribute("aria-current").as_deref(), Some("true"));
    }
}

#[wasm_bindgen_test]
async fn source_entries_show_date_and_word_count() {
    let container = mount_app();
    leptos::task::tick().await;
    let first = source_buttons(&container).remove(0).text_content().unwrap_or_default();
    assert!(first.contains("words"), "{first}");
    assert!(first.chars().filter(char::is_ascii_digit).count() >= 8, "a date and a count: {first}");
}
