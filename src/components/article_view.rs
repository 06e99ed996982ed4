use leptos::prelude::*;

use super::{attr, corpus_revision, effect, flag, fresh, listen, on_id, part};

use crate::browser;
use crate::state::article::Segment;
use crate::state::labels::{kind_name, KINDS};
use crate::state::AppState;

/// The open article. Claims are marked by kind, the evidence sentence is
/// highlighted and scrolled into view, and text set aside by cleaning is dimmed
/// (not hidden) and says why on hover. Article text is only ever text nodes.
pub fn article_view(
    state: ReadSignal<AppState>,
    set_state: WriteSignal<AppState>,
) -> impl IntoView {
    // Derived again only when the articles or the open article or claim change.
    let revision = corpus_revision(state);
    let (open, claim) =
        (part(state, |s| s.view.article.clone()), part(state, |s| s.view.claim.clone()));
    let article = fresh(move || {
        revision.with(|_| open.with(|_| claim.with(|_| AppState::article(&state.read_untracked()))))
    });
    let sources = fresh(move || {
        revision.with(|_| {
            state
                .read_untracked()
                .corpus
                .sources()
                .iter()
                .map(|source| (source.id().to_string(), source.name()))
                .collect::<Vec<_>>()
        })
    });
    effect(move || {
        if claim.with(Option::is_some) {
            request_animation_frame(|| {
                let highlighted =
                    document().query_selector(".article-text [data-selected]").ok().flatten();
                let panel = highlighted
                    .as_ref()
                    .and_then(|highlighted| highlighted.closest(".evidence").ok().flatten());
                if let (Some(highlighted), Some(panel)) = (highlighted, panel) {
                    browser::scroll_into_view(&highlighted, &panel);
                }
            });
        }
    });
    let picker = move || {
        let shown = open.get();
        sources
            .with(|sources| {
                sources
                    .iter()
                    .map(|(id, name)| {
                        let selected = shown.as_deref() == Some(id.as_str());
                        view! { <option {attr("value", id.clone())} {attr("selected", flag(selected))}>{name.clone()}</option> }.into_any()
                    })
                    .collect_view()
            })
            .into_any()
    };
    let legend = KINDS
        .into_iter()
        .map(|kind| view! { <span class=format!("legend claim kind-{}", kind_name(kind))>{kind_name(kind)}</span> }.into_any())
        .collect_view();
    view! {
        <article class="article" {attr("aria-live", "polite")}>
            <div class="article-bar">
                <label>
                    "Article "
                    <select {listen("change", move |event| set_state.write().open_article(&event_target_value(&event)))}>
                        {move || picker()}
                    </select>
                </label>
                <span class="legend-row">{legend} <span class="legend set-aside">"set aside"</span></span>
            </div>
            {move || article.with(|article| article.as_ref().map(|article| view! {
                <header>
                    <h2>{article.title.clone()}</h2>
                    <p class="article-meta">
                        <strong>{article.name.clone()}</strong>
                        " · "
                        <time>{article.published.clone()}</time>
                        {article.credit.clone().map(|credit| view! { " · " {credit} }.into_any())}
                    </p>
                    {(!article.warnings.is_empty()).then(|| view! { <p class="warning">{article.warnings.join("; ")}</p> }.into_any())}
                </header>
            }.into_any()).into_any())}
            <div class="article-text">
                {move || article.with(|article| article.as_ref().map(|article| article.segments.iter().map(|segment| segment_view(segment, set_state)).collect_view().into_any()).into_any())}
            </div>
        </article>
    }
}

fn segment_view(segment: &Segment, set_state: WriteSignal<AppState>) -> AnyView {
    let Segment { text, set_aside, claim, selected } = segment;
    let (text, set_aside, selected) = (text.clone(), *set_aside, *selected);
    let mut class = String::new();
    if set_aside.is_some() {
        class.push_str("set-aside ");
    }
    if selected {
        class.push_str("selected ");
    }
    let selected = selected.then_some("true");
    match claim {
        Some((id, kind)) => {
            let (id, kind) = (id.clone(), *kind);
            class.push_str(&format!("claim kind-{}", kind_name(kind)));
            let open = on_id(set_state, AppState::open_claim, id.clone());
            view! {
                <mark {attr("title", kind_name(kind))} {open} class=class data-claim=id data-selected=selected>
                    {text}
                </mark>
            }
            .into_any()
        }
        None => view! { <span {attr("title", set_aside)} class=class data-selected=selected>{text}</span> }.into_any(),
    }
}
