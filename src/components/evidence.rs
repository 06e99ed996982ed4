use leptos::prelude::*;

use super::article_view::article_view;
use super::figure_chart::figure_chart_view;
use super::{on_id, part, pressed};
use crate::state::labels::{kind_name, status_name};
use crate::state::AppState;

/// Beside the table: the selected topic's verdict and figures, then the
/// article with the evidence sentence highlighted.
#[component]
pub fn EvidencePanel(state: ReadSignal<AppState>, set_state: WriteSignal<AppState>) -> impl IntoView {
    let topic = part(state, AppState::topic);
    let chart = part(state, AppState::figure_chart);
    let claim = part(state, |s| s.view.claim.clone());
    let detail = move || {
        topic.get().map(|topic| {
            let status = status_name(topic.status);
            let claims = topic
                .claims
                .into_iter()
                .map(|(source, entry)| {
                    let (is_pressed, open) = (pressed(claim, entry.claim.clone()), on_id(set_state, AppState::open_claim, entry.claim.clone()));
                    view! {
                        <li>
                            <button class="claim-link" aria-pressed=is_pressed on:click=open>
                                <strong>{source}</strong>
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
                <section class=format!("topic-detail status-{status}") aria-label="Selected topic">
                    <p class="topic-kicker">
                        <span class=format!("kind kind-{}", kind_name(topic.kind))>{kind_name(topic.kind)}</span>
                        <span class=format!("status-badge status-{status}")>{status}</span>
                    </p>
                    <h2>{topic.label}</h2>
                    <p class="why">{topic.why}</p>
                    <ul class="topic-claims">{claims}</ul>
                    {silent}
                </section>
            }
            .into_any()
        })
        .into_any()
    };
    view! {
        <aside class="evidence" aria-label="Evidence">
            {move || detail()}
            {figure_chart_view(chart, set_state)}
            {article_view(state, set_state)}
        </aside>
    }
}
