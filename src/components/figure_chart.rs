use leptos::prelude::*;

use super::{on_id, on_key_open, Derived};
use crate::state::chart::{Bar, FigureChart, Shape, BOTTOM, HEIGHT, LEFT, TOP, WIDTH};
use crate::state::labels::status_name;
use crate::state::AppState;

/// Each source's figure for the selected topic, side by side.
pub fn figure_chart_view(
    chart: Derived<Option<FigureChart>>,
    set_state: WriteSignal<AppState>,
) -> impl IntoView {
    view! {
        {move || {
            chart.with(|chart| chart.as_ref().map(|chart| {
                let FigureChart { unit, status, bars, ticks, trend } = chart;
                let grid = ticks
                    .iter()
                    .map(|&(y, ref label)| {
                        view! {
                            <g class="grid">
                                <line x1=LEFT x2=WIDTH - 4 y1=y y2=y />
                                <text x=LEFT - 6 y=y + 4 text-anchor="end">{label.clone()}</text>
                            </g>
                        }
                        .into_any()
                    })
                    .collect_view();
                let bars = bars.iter().map(|bar| bar_view(bar, set_state)).collect_view();
                view! {
                    <figure class=format!("figure-chart status-{}", status_name(*status))>
                        <figcaption>{format!("Figures for “{unit}”, by source")}</figcaption>
                        <svg viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="group" aria-label=format!("Figures for {unit}")>
                            {grid}
                            {trend.clone().map(|points| view! { <polyline class="trend" points=points /> }.into_any())}
                            {bars}
                        </svg>
                    </figure>
                }
                .into_any()
            })
            .into_any())
        }}
    }
}

/// A dot, a bar, or an arrow for an open-ended hedge; click opens the claim.
fn bar_view(bar: &Bar, set_state: WriteSignal<AppState>) -> AnyView {
    let Bar { claim, source, published, x, top, bottom, shape, label } = bar;
    let (x, top, bottom, shape) = (*x, *top, *bottom, *shape);
    let (claim, source, published, label) =
        (claim.clone(), source.clone(), published.clone(), label.clone());
    let mark = match shape {
        Shape::Point => view! { <circle cx=x cy=top r=5 /> }.into_any(),
        Shape::Range => view! { <rect x=x - 5 y=top width=10 height=(bottom - top).max(2) rx=3 /> }.into_any(),
        Shape::OpenAbove => view! {
            <line x1=x x2=x y1=bottom y2=TOP + 6 />
            <polygon points=format!("{x},{TOP} {},{} {},{}", x - 6, TOP + 9, x + 6, TOP + 9) />
            <circle cx=x cy=bottom r=4 />
        }
        .into_any(),
        Shape::OpenBelow => view! {
            <line x1=x x2=x y1=top y2=BOTTOM - 6 />
            <polygon points=format!("{x},{BOTTOM} {},{} {},{}", x - 6, BOTTOM - 9, x + 6, BOTTOM - 9) />
            <circle cx=x cy=top r=4 />
        }
        .into_any(),
    };
    let (open, open_by_key) = (
        on_id(set_state, AppState::open_claim, claim.clone()),
        on_key_open(set_state, claim.clone()),
    );
    let aria_label = format!("{source}: {label}");
    let title = format!("{source} ({published}): {label}");
    view! {
        <g
            {open}
            {open_by_key}
            class="bar"
            tabindex="0"
            role="button"
            data-claim=claim
            aria-label=aria_label
        >
            <title>{title}</title>
            {mark}
            <text class="value" x=x y=if shape == Shape::OpenAbove { bottom - 9 } else { top - 9 }.max(TOP + 2) text-anchor="middle">
                {label.clone()}
            </text>
            <text class="source" x=x y=BOTTOM + 16 text-anchor="middle">{source}</text>
            <text class="date" x=x y=BOTTOM + 30 text-anchor="middle">{published}</text>
        </g>
    }
    .into_any()
}
