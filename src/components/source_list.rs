use leptos::prelude::*;

use crate::state::Library;

/// The sources as a list of buttons; the open one is marked `aria-current`.
#[component]
pub fn SourceList(library: ReadSignal<Library>, set_library: WriteSignal<Library>) -> impl IntoView {
    let entries = move || {
        library.with(|library| {
            library
                .sources()
                .iter()
                .map(|source| {
                    (
                        source.id().to_string(),
                        source.title(),
                        source.published_label(),
                        source.credit(),
                        source.word_count(),
                    )
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <nav class="sources" aria-label="Sources">
            <h2>"Sources"</h2>
            <ul>
                <For each=entries key=|entry| entry.0.clone() let((id, title, published, credit, words))>
                    <li>
                        <button
                            class="source"
                            data-source=id.clone()
                            aria-current={
                                let id = id.clone();
                                move || library.with(|l| l.is_selected(&id)).then_some("true")
                            }
                            on:click={
                                let id = id.clone();
                                move |_| set_library.update(|l| l.select(&id))
                            }
                        >
                            <span class="source-title">{title}</span>
                            <span class="source-meta">
                                <time>{published}</time>
                                {credit.map(|credit| view! { <span class="credit">{credit}</span> })}
                                <span class="words">{format!("{words} words")}</span>
                            </span>
                        </button>
                    </li>
                </For>
            </ul>
        </nav>
    }
}
