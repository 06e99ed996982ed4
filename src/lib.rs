//! Corroborate in the browser: the engine's analysis of a corpus, rendered.
//! State lives in [`state`] as plain types; [`components`] only render it.

pub mod components;
pub mod corpus;
pub mod state;

use leptos::prelude::*;

use components::{ArticleView, SourceList};
use state::Library;

#[component]
pub fn App() -> impl IntoView {
    // One signal holds the library; children get the reader and the writer
    // they need, so each re-renders only for what it reads.
    let (library, set_library) = signal(Library::bundled());
    view! {
        <header class="app-header">
            <h1>"Corroborate"</h1>
            <p class="tagline">"How different outlets report the same event."</p>
        </header>
        <main class="layout">
            <SourceList library set_library />
            <ArticleView library />
        </main>
    }
}
