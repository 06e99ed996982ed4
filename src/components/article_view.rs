use leptos::prelude::*;

use crate::state::{Library, SegmentKind};

/// The open article's text. Text set aside by cleaning is dimmed, not hidden,
/// and says why on hover. Article text is only ever rendered as text nodes.
#[component]
pub fn ArticleView(library: ReadSignal<Library>) -> impl IntoView {
    let article = move || {
        library.with(|library| {
            library.selected().map(|source| (source.id().to_string(), source.title(), source.segments()))
        })
    };
    view! {
        <article class="article" aria-live="polite">
            {move || match article() {
                None => view! { <p class="empty">"No article selected."</p> }.into_any(),
                Some((id, title, segments)) => view! {
                    <header>
                        <h2>{title}</h2>
                        <p class="doc-id">{id}</p>
                    </header>
                    <div class="article-text">
                        {segments
                            .into_iter()
                            .map(|segment| {
                                let class = match segment.kind {
                                    SegmentKind::Body => "body",
                                    SegmentKind::SetAside => "set-aside",
                                };
                                view! { <span class=class title=segment.note>{segment.text}</span> }
                            })
                            .collect_view()}
                    </div>
                }
                .into_any(),
            }}
        </article>
    }
}
