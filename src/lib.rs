//! Corroborate in the browser: the engine's analysis of a corpus, rendered.
//! State lives in [`state`] as plain types; [`components`] only render it and
//! call its methods; [`browser`] is the thin layer of browser APIs.

pub mod browser;
pub mod components;
pub mod corpus;
pub mod state;

use leptos::prelude::*;

use components::{AppHeader, EvidencePanel, NoticeBar, SourcesPanel, TableView, Tabs, TimelineView};
use state::corpus::Corpus;
use state::view::Tab;
use state::{url, AppState};

/// The state a page load starts from: stored articles, the view in the URL,
/// the remembered theme.
fn initial_state() -> AppState {
    let (stored, unreadable) = match browser::load_corpus() {
        Ok(stored) => (stored, false),
        Err(browser::Unreadable) => (Default::default(), true),
    };
    let mut state = AppState::new(Corpus::restore(&stored), url::from_query(&browser::query()));
    state.theme = browser::load_theme();
    if unreadable {
        state.storage_unreadable();
    }
    state
}

#[component]
pub fn App() -> impl IntoView {
    // One signal holds all state; children get the reader and the writer and
    // derive memos, so each re-renders only for what it reads.
    let (state, set_state) = signal(initial_state());
    Effect::new(move |_| browser::replace_query(&state.with(|s| url::to_query(&s.view))));
    Effect::new(move |_| browser::apply_theme(state.with(|s| s.theme)));
    let tab = Memo::new(move |_| state.with(|s| s.view.tab));
    view! {
        <AppHeader state set_state />
        <NoticeBar state set_state />
        <Tabs state set_state />
        <main class="layout">
            <section class="primary" role="tabpanel" aria-labelledby=move || format!("tab-{}", tab.get().name())>
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
