use leptos::prelude::*;

use super::article_view::article_view;
use super::figure_chart::figure_chart_view;
use super::{attr, corpus_revision, fresh, on_id, part, pressed};
use crate::state::labels::{kind_name, status_name};
use crate::state::AppState;

/// Beside the table: the selected topic's verdict and figures, then the
/// article with the evidence sentence highlighted.
#[component]
pub fn EvidencePanel(
    state: ReadSignal<AppState>,
    set_state: WriteSignal<AppState>,
) -> impl IntoView {
    // Derived again only when the articles or the selected topic change.
    let (revision, selected) = (corpus_revision(state), part(state, |s| s.view.topic.clone()));
    let topic = fresh(move || {
        revision.with(|_| selected.with(|_| AppState::topic(&state.read_untracked())))
    });
    let chart = fresh(move || {
        revision.with(|_| selected.with(|_| AppState::figure_chart(&state.read_untracked())))
    });
    let claim = part(state, |s| s.view.claim.clone());
    let detail = move || {
        topic.with(|topic| topic.as_ref().map(|topic| {
            let status = status_name(topic.status);
            let claims = topic
                .claims
                .iter()
                .map(|(source, entry)| {
                    let (is_pressed, open) = (pressed(claim, entry.claim.clone()), on_id(set_state, AppState::open_claim, entry.claim.clone()));
                    view! {
                        <li>
                            <button class="claim-link" {attr("aria-pressed", is_pressed)} {open}>
                                <strong>{source.clone()}</strong>
                                ": "
                                {entry.summary()}
                            </button>
                        </li>
                    }
                    .into_any()
                })
                .collect_view();
            let silent = (!topic.silent.is_empty()).then(|| {
                view! { <p class="silent-list">"Silent: " {topic.silent.join(", ")}</p> }.into_any()
            });
            view! {
                <section class=format!("topic-detail status-{status}") {attr("aria-label", "Selected topic")}>
                    <p class="topic-kicker">
                        <span class=format!("kind kind-{}", kind_name(topic.kind))>{kind_name(topic.kind)}</span>
                        <span class=format!("status-badge status-{status}")>{status}</span>
                    </p>
                    <h2>{topic.label.clone()}</h2>
                    <p class="why">{topic.why.clone()}</p>
                    <ul class="topic-claims">{claims}</ul>
                    {silent}
                </section>
            }
            .into_any()
        })
        .into_any())
    };
    view! {
        <aside class="evidence" {attr("aria-label", "Evidence")}>
            {move || detail()}
            {figure_chart_view(chart, set_state)}
            {article_view(state, set_state)}
        </aside>
    }
}
