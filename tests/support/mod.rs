//! What the browser tests share: a fresh page, the mounted app, finding and
//! clicking elements, opening files, and a varied corpus of many articles.
//! Each test file uses part of it.

#![allow(dead_code)]

use corroborate::document::Document;
use corroborate_app::{corpus::BUNDLED, App};
use leptos::mount::{mount_to, UnmountHandle};
use leptos::prelude::*;
use leptos::wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Element, HtmlElement, HtmlInputElement};

/// A mounted app; dropping the handle unmounts it (a "reload").
pub struct Mounted {
    pub container: Element,
    handle: Option<Box<dyn std::any::Any>>,
}

impl Mounted {
    pub fn unmount(&mut self) {
        self.handle.take();
        self.container.remove();
    }
}

/// A page as a fresh visitor gets it: nothing stored, `query` in the address bar.
pub fn fresh_page(query: &str) {
    window().local_storage().unwrap().unwrap().clear().unwrap();
    let path = window().location().pathname().unwrap();
    window()
        .history()
        .unwrap()
        .replace_state_with_url(&JsValue::NULL, "", Some(&format!("{path}{query}")))
        .unwrap();
}

/// Mounts the app and waits until the stored articles are read.
pub async fn mount_app() -> Mounted {
    let container = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&container).unwrap();
    let handle: UnmountHandle<_> = mount_to(container.clone().unchecked_into(), App);
    leptos::task::tick().await;
    if adding(&container) {
        until_added(&container, 60).await;
    }
    Mounted { container, handle: Some(Box::new(handle)) }
}

pub fn all(container: &Element, selector: &str) -> Vec<HtmlElement> {
    let list = container.query_selector_all(selector).unwrap();
    (0..list.length()).map(|i| list.item(i).unwrap().unchecked_into()).collect()
}

pub fn one(container: &Element, selector: &str) -> HtmlElement {
    container
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .unchecked_into()
}

pub fn text(element: &Element) -> String {
    element.text_content().unwrap_or_default()
}

pub async fn click(element: &HtmlElement) {
    element.click();
    leptos::task::tick().await;
}

pub async fn open_tab(container: &Element, name: &str) {
    click(&one(container, &format!("#tab-{name}"))).await;
}

/// Lets promises, file reads and timers run: `ms` milliseconds of real time.
pub async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms).unwrap();
    });
    JsFuture::from(promise).await.unwrap();
    leptos::task::tick().await;
}

/// Opens `files` (name, bytes) through the real file input, as the picker
/// would, and waits until they are added.
pub async fn open_files(container: &Element, files: &[(&str, &[u8])]) {
    choose_files(container, files);
    until_added(container, 120).await;
}

/// Gives `files` (name, bytes) to the real file input; they are read and
/// added in the background.
pub fn choose_files(container: &Element, files: &[(&str, &[u8])]) {
    let transfer = web_sys::DataTransfer::new().unwrap();
    for (name, bytes) in files {
        let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(*bytes));
        let file = web_sys::File::new_with_u8_array_sequence(&parts, name).unwrap();
        transfer.items().add_with_file(&file).unwrap();
    }
    let input = one(container, ".drop-zone input[type=file]").unchecked_into::<HtmlInputElement>();
    input.set_files(transfer.files().as_ref());
    input.dispatch_event(&web_sys::Event::new("change").unwrap()).unwrap();
}

/// Submits the paste form and waits until the article is added (or refused).
pub async fn submit_paste(container: &Element) {
    click(&one(container, ".add-article button[type=submit]")).await;
    until_added(container, 10).await;
}

/// Articles are being read (added, or stored ones on load).
pub fn adding(container: &Element) -> bool {
    container.query_selector("main[aria-busy=true]").unwrap().is_some()
}

/// Waits until the articles being read have joined the table, for at most
/// `seconds`.
pub async fn until_added(container: &Element, seconds: i32) {
    for _ in 0..seconds * 50 {
        sleep(20).await;
        if !adding(container) {
            return;
        }
    }
    panic!("still adding after {seconds} s");
}

/// `copies` × the bundled articles, each copy its own: ids end in `-<copy>`,
/// years move by `copy % 40` (so copies fall in 40 news cycles, five
/// outlets × five copies each), and other numbers above 31 grow by `copy`.
pub fn varied_articles(copies: usize) -> Vec<Document> {
    (0..copies)
        .flat_map(|copy| {
            BUNDLED.iter().map(move |(id, text)| {
                Document::from_text(format!("{id}-{copy:03}"), vary(text, copy))
            })
        })
        .collect()
}

fn vary(text: &str, copy: usize) -> String {
    let mut out = String::with_capacity(text.len() + 64);
    let mut rest = text;
    while let Some(start) = rest.find(|c: char| c.is_ascii_digit()) {
        let (before, digits) = rest.split_at(start);
        let end = digits.find(|c: char| !c.is_ascii_digit()).unwrap_or(digits.len());
        let (run, after) = digits.split_at(end);
        out.push_str(before);
        let value: usize = run.parse().unwrap_or(0);
        let continues_a_number = before.ends_with([',', '.']);
        if run.len() == 4 && (1900..2100).contains(&value) {
            out.push_str(&(value + copy % 40).to_string());
        } else if value > 31 && !continues_a_number {
            out.push_str(&(value + copy).to_string());
        } else {
            out.push_str(run);
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

/// The articles as files, `<id>.txt`.
pub fn as_files(docs: &[Document]) -> Vec<(String, Vec<u8>)> {
    docs.iter().map(|doc| (format!("{}.txt", doc.id), doc.text.clone().into_bytes())).collect()
}

pub fn borrowed(files: &[(String, Vec<u8>)]) -> Vec<(&str, &[u8])> {
    files.iter().map(|(name, bytes)| (name.as_str(), bytes.as_slice())).collect()
}
