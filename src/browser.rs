//! The few things only a browser can do — local storage, the address bar,
//! downloads, files, scrolling, the colour scheme — as small functions the
//! components call. What to store, show or name is decided in `state`.

use leptos::prelude::{document, window};
use leptos::wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    Blob, BlobPropertyBag, Element, File, FileList, HtmlAnchorElement, ScrollIntoViewOptions,
    ScrollLogicalPosition, Storage, Url,
};

use crate::state::corpus::{StoredArticle, StoredCorpus};
use crate::state::Theme;

const CORPUS_KEY: &str = "corroborate.corpus.v1";
const THEME_KEY: &str = "corroborate.theme";

fn storage() -> Option<Storage> {
    window().local_storage().ok().flatten()
}

/// Something is stored under the corpus key, but it cannot be read back.
#[derive(Debug, PartialEq, Eq)]
pub struct Unreadable;

/// What the reader stored. The browser's `JSON.parse` reads it, which keeps a
/// JSON parser out of the .wasm.
pub fn load_corpus() -> Result<StoredCorpus, Unreadable> {
    match storage().and_then(|storage| storage.get_item(CORPUS_KEY).ok().flatten()) {
        None => Ok(StoredCorpus::default()),
        Some(json) => js_sys::JSON::parse(&json)
            .ok()
            .and_then(|value| stored_from_js(&value))
            .ok_or(Unreadable),
    }
}

/// `{"removed": [id…], "added": [{"id": …, "text": …}…]}`, as `save_corpus`
/// writes it; `None` when a field is missing or of the wrong type.
fn stored_from_js(value: &JsValue) -> Option<StoredCorpus> {
    fn field(object: &JsValue, name: &str) -> Option<JsValue> {
        object
            .is_object()
            .then(|| js_sys::Reflect::get(object, &JsValue::from_str(name)).ok())
            .flatten()
    }
    fn list(value: JsValue) -> Option<js_sys::Array> {
        js_sys::Array::is_array(&value).then(|| value.unchecked_into())
    }
    let removed = list(field(value, "removed")?)?
        .iter()
        .map(|id| id.as_string())
        .collect::<Option<Vec<_>>>()?;
    let added = list(field(value, "added")?)?
        .iter()
        .map(|article| {
            Some(StoredArticle {
                id: field(&article, "id")?.as_string()?,
                text: field(&article, "text")?.as_string()?,
            })
        })
        .collect::<Option<Vec<_>>>()?;
    Some(StoredCorpus { removed, added })
}

/// Replaces the stored corpus in one write, so a failure (storage full or
/// disabled) leaves what was stored before intact. `Err` names the reason.
pub fn save_corpus(stored: &StoredCorpus) -> Result<(), String> {
    let storage = storage().ok_or_else(|| "storage is disabled".to_string())?;
    let written = if *stored == StoredCorpus::default() {
        storage.remove_item(CORPUS_KEY)
    } else {
        let json =
            js_sys::JSON::stringify(&stored_to_js(stored)).map_err(|error| error_name(&error))?;
        storage.set_item(CORPUS_KEY, &String::from(json))
    };
    written.map_err(|error| error_name(&error))
}

/// The object `stored_from_js` reads, for the browser's `JSON.stringify`.
fn stored_to_js(stored: &StoredCorpus) -> JsValue {
    fn object(fields: &[(&str, JsValue)]) -> JsValue {
        let object = js_sys::Object::new();
        for (name, value) in fields {
            let _ = js_sys::Reflect::set(&object, &JsValue::from_str(name), value);
        }
        object.into()
    }
    let removed: js_sys::Array = stored.removed.iter().map(|id| JsValue::from_str(id)).collect();
    let added: js_sys::Array = stored
        .added
        .iter()
        .map(|article| {
            object(&[
                ("id", JsValue::from_str(&article.id)),
                ("text", JsValue::from_str(&article.text)),
            ])
        })
        .collect();
    object(&[("removed", removed.into()), ("added", added.into())])
}

/// "QuotaExceededError" and the like, from a thrown DOMException.
fn error_name(error: &JsValue) -> String {
    js_sys::Reflect::get(error, &JsValue::from_str("name"))
        .ok()
        .and_then(|name| name.as_string())
        .unwrap_or_else(|| "unknown error".to_string())
}

pub fn load_theme() -> Theme {
    storage()
        .and_then(|storage| storage.get_item(THEME_KEY).ok().flatten())
        .map_or_else(Theme::default, |name| Theme::parse(&name))
}

/// Remembers the theme; losing it to a full storage costs nothing worth a message.
pub fn save_theme(theme: Theme) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(THEME_KEY, theme.name());
    }
}

/// `data-theme` on `<html>` picks the colours in styles.css.
pub fn apply_theme(theme: Theme) {
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("data-theme", theme.name());
    }
}

/// The address bar's query string, `?` included.
pub fn query() -> String {
    window().location().search().unwrap_or_default()
}

/// Puts `query` in the address bar without a reload or a history entry.
pub fn replace_query(query: &str) {
    let location = window().location();
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    if location.search().unwrap_or_default() == query {
        return;
    }
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(
            &JsValue::NULL,
            "",
            Some(&format!("{path}{query}{hash}")),
        );
    }
}

/// Points a download link at `content`, just before the browser follows it.
pub fn point_link_at(link: &HtmlAnchorElement, content: &str, mime: &str) {
    let old = link.href();
    if old.starts_with("blob:") {
        let _ = Url::revoke_object_url(&old);
    }
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    if let Some(url) = Blob::new_with_str_sequence_and_options(&parts, &options)
        .ok()
        .and_then(|blob| Url::create_object_url_with_blob(&blob).ok())
    {
        link.set_href(&url);
    }
}

pub fn files(list: Option<FileList>) -> Vec<File> {
    let Some(list) = list else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i)).collect()
}

/// Returns to the browser's event loop (a `setTimeout(0)`), so it can repaint
/// and handle input before long work goes on.
pub async fn yield_to_page() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
    });
    let _ = JsFuture::from(promise).await;
}

pub async fn read_file(file: &File) -> Result<Vec<u8>, String> {
    let buffer = JsFuture::from(file.array_buffer()).await.map_err(|error| error_name(&error))?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Brings `element` to the middle of `panel` when the panel scrolls by itself
/// (wide screens), so the page around it stays put; otherwise scrolls the page.
pub fn scroll_into_view(element: &Element, panel: &Element) {
    if panel.scroll_height() > panel.client_height() {
        let offset =
            element.get_bounding_client_rect().top() - panel.get_bounding_client_rect().top();
        let target =
            f64::from(panel.scroll_top()) + offset - f64::from(panel.client_height()) / 3.0;
        panel.set_scroll_top(target.max(0.0) as i32);
        return;
    }
    let options = ScrollIntoViewOptions::new();
    options.set_block(ScrollLogicalPosition::Center);
    element.scroll_into_view_with_scroll_into_view_options(&options);
}
