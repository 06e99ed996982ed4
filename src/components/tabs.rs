use leptos::prelude::*;

use super::{attr, listen, part, reactive};
use leptos::wasm_bindgen::JsCast;
use web_sys::HtmlAnchorElement;

use crate::browser;
use crate::state::view::Tab;
use crate::state::AppState;

/// The three views, and the exports.
#[component]
pub fn Tabs(state: ReadSignal<AppState>, set_state: WriteSignal<AppState>) -> impl IntoView {
    let current = part(state, |s| s.view.tab);
    let sources = part(state, |s| s.corpus.sources().len());
    let tabs = Tab::ALL.into_iter().map(|tab| {
        view! {
            <button
                {attr("role", "tab")}
                {attr("id", format!("tab-{}", tab.name()))}
                class="tab"
                {attr("aria-selected", reactive(move || (current.get() == tab).to_string()))}
                {listen("click", move |_| set_state.write().set_tab(tab))}
            >
                {tab.title()}
                {(tab == Tab::Sources).then(|| view! { <span class="count">{move || sources.get().to_string().into_any()}</span> }.into_any())}
            </button>
        }
        .into_any()
    })
    .collect_view();
    view! {
        <div class="tabbar">
            <nav class="tabs" {attr("role", "tablist")} {attr("aria-label", "Views")}>{tabs}</nav>
            <div class="exports">
                {download_link(state, "corroborate-table.csv", "text/csv;charset=utf-8", AppState::csv, "Export CSV")}
                {download_link(state, "corroborate-report.json", "application/json", AppState::json, "Export JSON")}
            </div>
        </div>
    }
}

/// A link that downloads what `make` writes at the moment it is clicked.
fn download_link(
    state: ReadSignal<AppState>,
    file: &'static str,
    mime: &'static str,
    make: fn(&AppState) -> String,
    label: &'static str,
) -> impl IntoView {
    let point = listen("click", move |event| {
        if let Some(link) =
            event.current_target().and_then(|target| target.dyn_into::<HtmlAnchorElement>().ok())
        {
            browser::point_link_at(&link, &make(&state.read_untracked()), mime);
        }
    });
    view! {
        <a class="button export" {attr("href", "#")} {attr("download", file)} {point} data-export=file>
            {label}
        </a>
    }
}
