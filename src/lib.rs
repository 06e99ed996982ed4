//! Corroborate in the browser: the engine's analysis of a corpus, rendered.
//! State lives in [`state`] as plain types; [`components`] only render it and
//! call its methods; [`browser`] is the thin layer of browser APIs.

pub mod browser;
pub mod components;
pub mod corpus;
pub mod state;

use leptos::prelude::*;

use components::{
    attr, effect, part, reactive, read_stored, AppHeader, EvidencePanel, NoticeBar, SourcesPanel,
    TableView, Tabs, TimelineView,
};
use state::corpus::{Corpus, StoredArticle};
use state::view::Tab;
use state::{url, AppState};

/// The state a page load starts from: the bundled articles, the view in the
/// URL, the remembered theme; and the reader's stored articles, which are
/// read after the page is shown.
fn initial_state() -> (AppState, Vec<StoredArticle>) {
    let (mut stored, unreadable) = match browser::load_corpus() {
        Ok(stored) => (stored, false),
        Err(browser::Unreadable) => (Default::default(), true),
    };
    let added = std::mem::take(&mut stored.added);
    let (corpus, view) = (Corpus::restore(&stored), url::from_query(&browser::query()));
    let mut state = if added.is_empty() {
        AppState::new(corpus, view)
    } else {
        AppState::loading(corpus, view)
    };
    state.theme = browser::load_theme();
    if unreadable {
        state.storage_unreadable();
    }
    (state, added)
}

#[component]
pub fn App() -> impl IntoView {
    // One signal holds all state; children get the reader and the writer and
    // derive memos, so each re-renders only for what it reads.
    let (initial, stored) = initial_state();
    let (state, set_state) = signal(initial);
    if !stored.is_empty() {
        read_stored(stored, set_state);
    }
    effect(move || browser::replace_query(&url::to_query(&state.read().view)));
    effect(move || browser::apply_theme(state.read().theme));
    let tab = part(state, |s| s.view.tab);
    view! {
        <AppHeader state set_state />
        <NoticeBar state set_state />
        <Tabs state set_state />
        <main class="layout" {attr("aria-busy", reactive(move || state.read().adding.to_string()))}>
            <section class="primary" {attr("role", "tabpanel")} {attr("aria-labelledby", reactive(move || format!("tab-{}", tab.get().name())))}>
                {move || match tab.get() {
                    Tab::Table => view! { <TableView state set_state /> }.into_any(),
                    Tab::Timeline => view! { <TimelineView state set_state /> }.into_any(),
                    Tab::Sources => view! { <SourcesPanel state set_state /> }.into_any(),
                }}
            </section>
            <EvidencePanel state set_state />
        </main>
    }
}
