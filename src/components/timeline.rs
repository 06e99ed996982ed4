use leptos::prelude::*;

use super::pager::pager;
use super::{
    attr, corpus_revision, fresh, listen, on_id, on_key_open, part, reactive, selectable_class,
    Derived,
};
use crate::state::labels::status_name;
use crate::state::paging::List;
use crate::state::timeline::{Lane, TimeMark, Timeline, AXIS, GUTTER, WIDTH};
use crate::state::{AppState, Edge};

/// A lane per source, each dated event at its resolved date; zoomable.
#[component]
pub fn TimelineView(
    state: ReadSignal<AppState>,
    set_state: WriteSignal<AppState>,
) -> impl IntoView {
    let zoom = part(state, |s| s.view.zoom);
    let revision = corpus_revision(state);
    let lanes = part(state, |s| s.pages.lanes);
    let timeline = fresh(move || {
        revision
            .with(|_| zoom.with(|_| lanes.with(|_| AppState::timeline(&state.read_untracked()))))
    });
    let sources = part(state, |s| s.corpus.sources().len());
    let selected = part(state, |s| s.view.claim.clone());
    let presets = move || {
        timeline
            .with(|t| {
                t.presets
                    .iter()
                    .map(|&(label, period)| {
                        view! {
                            <button class="preset" {attr("aria-pressed", reactive(move || (zoom.get() == period).to_string()))} {listen("click", move |_| set_state.write().zoom(period))}>
                                {label}
                            </button>
                        }
                        .into_any()
                    })
                    .collect_view()
            })
            .into_any()
    };
    // Empty when there is no period: a date input shows that as no date.
    let edge = move |edge: Edge| {
        reactive(move || {
            timeline.with(|t| {
                t.period.map_or_else(String::new, |p| {
                    if edge == Edge::Start { p.start } else { p.end }.to_string()
                })
            })
        })
    };
    let zoom_edge = move |edge: Edge| {
        listen("change", move |event| {
            set_state.write().zoom_edge(edge, &event_target_value(&event))
        })
    };
    view! {
        <div class="timeline-controls">
            <span class="presets" {attr("role", "group")} {attr("aria-label", "Zoom")}>{move || presets()}</span>
            <label>
                "From "
                <input {attr("type", "date")} {zoom_edge(Edge::Start)} prop:value=edge(Edge::Start) />
            </label>
            <label>
                "to "
                <input {attr("type", "date")} {zoom_edge(Edge::End)} prop:value=edge(Edge::End) />
            </label>
        </div>
        <p class="timeline-help">
            "Dots are single days; bars are weeks, months, seasons or years. "
            <span class="pub-key">"◆"</span>
            " marks the publication date. Click a mark for its sentence."
        </p>
        {move || timeline.with(|t| t.period.is_none()).then(|| view! { <p class="empty">"No article has a dated event."</p> }.into_any()).into_any()}
        {move || {
            let outside = timeline.with(|t| t.outside);
            (outside > 0).then(|| view! { <p class="timeline-help">{if outside == 1 { "1 dated event falls outside this period.".to_string() } else { format!("{outside} dated events fall outside this period.") }}</p> }.into_any()).into_any()
        }}
        {move || timeline.with(|timeline| {
            let Timeline { height, lanes, ticks, period, .. } = timeline;
            let height = *height;
            period.map(|_| {
                let ticks = ticks
                    .iter()
                    .map(|tick| {
                        view! {
                            <g class="tick">
                                <line x1=tick.x x2=tick.x y1=AXIS - 6 y2=height />
                                <text x=tick.x + 3 y=AXIS - 10>{tick.label.clone()}</text>
                            </g>
                        }
                        .into_any()
                    })
                    .collect_view();
                let lanes = lanes.iter().enumerate().map(|(i, lane)| lane_view(i, lane, selected, set_state)).collect_view();
                view! {
                    <div class="timeline-scroll">
                        <svg class="timeline" viewBox=format!("0 0 {WIDTH} {height}") role="group" aria-label="Timeline of dated events by source">
                            {lanes}
                            {ticks}
                        </svg>
                    </div>
                }
                .into_any()
            })
            .into_any()
        })}
        {pager(state, set_state, List::Lanes, "Sources", sources)}
    }
}

fn lane_view(
    index: usize,
    lane: &Lane,
    selected: Derived<Option<String>>,
    set_state: WriteSignal<AppState>,
) -> AnyView {
    let Lane { doc, name, top, height, published, marks } = lane;
    let (doc, name, top, height) = (doc.clone(), name.clone(), *top, *height);
    let marks = marks.iter().map(|mark| mark_view(mark, selected, set_state)).collect_view();
    let published = published.map(|x| {
        let middle = top + height / 2;
        view! {
            <g class="published">
                <title>"Published"</title>
                <line x1=x x2=x y1=top + 2 y2=top + height - 2 />
                <polygon points=format!("{x},{} {},{middle} {x},{} {},{middle}", middle - 6, x + 6, middle + 6, x - 6) />
            </g>
        }
        .into_any()
    });
    view! {
        <g class="lane" data-source=doc>
            <rect class=if index.is_multiple_of(2) { "lane-bg even" } else { "lane-bg" } x=0 y=top width=WIDTH height=height />
            <text class="lane-name" x=8 y=top + height / 2 + 4>{name}</text>
            <line class="gutter" x1=GUTTER x2=GUTTER y1=top y2=top + height />
            {published}
            {marks}
        </g>
    }
    .into_any()
}

fn mark_view(
    mark: &TimeMark,
    selected: Derived<Option<String>>,
    set_state: WriteSignal<AppState>,
) -> AnyView {
    let TimeMark { claim, x, width, y, status, label, sentence } = mark;
    let (claim, x, width, y, status) = (claim.clone(), *x, *width, *y, *status);
    let shape = if width == 0 {
        view! { <circle cx=x cy=y r=5 /> }.into_any()
    } else {
        view! { <rect x=x y=y - 5 width=width.max(3) height=10 rx=3 /> }.into_any()
    };
    let (open, open_by_key) = (
        on_id(set_state, AppState::open_claim, claim.clone()),
        on_key_open(set_state, claim.clone()),
    );
    view! {
        <g
            {open}
            {open_by_key}
            {selectable_class(format!("mark status-{}", status_name(status)), selected, claim.clone())}
            tabindex="0"
            role="button"
            data-claim=claim
            aria-label=label.clone()
        >
            <title>{format!("{label}\n{sentence}")}</title>
            {shape}
        </g>
    }
    .into_any()
}
