use leptos::prelude::*;
use leptos::tachys::html::attribute::Attribute;

use super::{attr, listen, reactive, Derived};

use crate::state::filters::{Filters, Sort};
use crate::state::labels::{kind_name, parse_kind, parse_status, status_name, KINDS, STATUSES};
use crate::state::table::Column;
use crate::state::AppState;

/// Kind, status, source and text filters and the sort order of the table.
pub fn filter_bar(
    filters: Derived<Filters>,
    set_state: WriteSignal<AppState>,
    columns: Derived<Vec<Column>>,
) -> impl IntoView {
    let kinds = KINDS
        .into_iter()
        .map(|kind| choice(filters, kind_name(kind), kind_name(kind), current_kind))
        .collect_view();
    let statuses = STATUSES
        .into_iter()
        .map(|status| choice(filters, status_name(status), status_name(status), current_status))
        .collect_view();
    let sorts = Sort::ALL
        .into_iter()
        .map(|sort| {
            let label = match sort {
                Sort::Document => "story order",
                Sort::Topic => "topic A–Z",
                Sort::Status => "status (conflicts first)",
            };
            choice(filters, sort.name(), label, |f| f.sort.name())
        })
        .collect_view();
    let sources = move || {
        columns
            .with(|columns| {
                columns
                    .iter()
                    .map(|column| choice(filters, &column.doc, &column.name, current_source))
                    .collect_view()
            })
            .into_any()
    };
    view! {
        <form class="filters" {attr("role", "search")} {listen("submit", |event| event.prevent_default())}>
            <label>
                "Find"
                <input
                    {attr("type", "search")}
                    {attr("placeholder", "deaths, denied, a name…")}
                    prop:value=reactive(move || filters.with(|f| f.text.clone()))
                    {set_filter(set_state, "input", |f, text| f.text = text)}
                />
            </label>
            <label>
                "Kind"
                <select {set_filter(set_state, "change", |f, kind| f.kind = parse_kind(&kind))}>
                    {choice(filters, "", "all", current_kind)}
                    {kinds}
                </select>
            </label>
            <label>
                "Status"
                <select {set_filter(set_state, "change", |f, status| f.status = parse_status(&status))}>
                    {choice(filters, "", "all", current_status)}
                    {statuses}
                </select>
            </label>
            <label>
                "Source"
                <select {set_filter(set_state, "change", |f, doc| f.source = (!doc.is_empty()).then_some(doc))}>
                    {choice(filters, "", "any", current_source)}
                    {move || sources()}
                </select>
            </label>
            <label>
                "Sort"
                <select {set_filter(set_state, "change", |f, sort| f.sort = Sort::parse(&sort).unwrap_or_default())}>
                    {sorts}
                </select>
            </label>
        </form>
    }
}

/// Sets one filter from its control's value on each `event`.
fn set_filter(
    set_state: WriteSignal<AppState>,
    event: &'static str,
    change: fn(&mut Filters, String),
) -> impl Attribute {
    listen(event, move |event| {
        let value = event_target_value(&event);
        set_state.write().filter(|f| change(f, value));
    })
}

/// An option of a filter's list, selected while it is the filter's value:
/// `current` reads that value ("" for all).
fn choice(
    filters: Derived<Filters>,
    value: &str,
    label: &str,
    current: fn(&Filters) -> &str,
) -> AnyView {
    let chosen = value.to_string();
    let selected = reactive(move || filters.with(|f| current(f) == chosen));
    view! { <option {attr("value", value.to_string())} prop:selected=selected>{label.to_string()}</option> }.into_any()
}

fn current_kind(filters: &Filters) -> &str {
    filters.kind.map_or("", kind_name)
}

fn current_status(filters: &Filters) -> &str {
    filters.status.map_or("", status_name)
}

fn current_source(filters: &Filters) -> &str {
    filters.source.as_deref().unwrap_or_default()
}
