use leptos::ev::{Event, SubmitEvent};
use leptos::prelude::*;
use leptos::tachys::reactive_graph::SharedReactiveFunction;

use super::{handler, reactive};

use crate::state::filters::{Filters, Sort};
use crate::state::labels::{kind_name, parse_kind, parse_status, status_name, KINDS, STATUSES};
use crate::state::table::Column;
use crate::state::AppState;

/// Kind, status, source and text filters and the sort order of the table.
pub fn filter_bar(filters: Memo<Filters>, set_state: WriteSignal<AppState>, columns: Memo<Vec<Column>>) -> impl IntoView {
    let kinds = KINDS.into_iter().map(|kind| {
        view! {
            <option value=kind_name(kind) prop:selected=selected(filters, kind_name(kind), |f| f.kind.map_or("", kind_name))>
                {kind_name(kind)}
            </option>
        }
        .into_any()
    })
    .collect_view();
    let statuses = STATUSES.into_iter().map(|status| {
        view! {
            <option value=status_name(status) prop:selected=selected(filters, status_name(status), |f| f.status.map_or("", status_name))>
                {status_name(status)}
            </option>
        }
        .into_any()
    })
    .collect_view();
    let sorts = Sort::ALL.into_iter().map(|sort| {
        let label = match sort {
            Sort::Document => "story order",
            Sort::Topic => "topic A–Z",
            Sort::Status => "status (conflicts first)",
        };
        view! { <option value=sort.name() prop:selected=selected(filters, sort.name(), |f| f.sort.name())>{label}</option> }.into_any()
    })
    .collect_view();
    let sources = move || {
        columns
            .get()
            .into_iter()
            .map(|column| {
                let is_selected = selected(filters, &column.doc, current_source);
                view! {
                    <option value=column.doc prop:selected=is_selected>
                        {column.name}
                    </option>
                }
                .into_any()
            })
            .collect_view()
            .into_any()
    };
    view! {
        <form class="filters" role="search" on:submit=handler(|event: SubmitEvent| event.prevent_default())>
            <label>
                "Find"
                <input
                    type="search"
                    placeholder="deaths, denied, a name…"
                    prop:value=reactive(move || filters.with(|f| f.text.clone()))
                    on:input=set_filter(set_state, |f, text| f.text = text)
                />
            </label>
            <label>
                "Kind"
                <select on:change=set_filter(set_state, |f, kind| f.kind = parse_kind(&kind))>
                    <option value="" prop:selected=selected(filters, "", |f| f.kind.map_or("", kind_name))>"all"</option>
                    {kinds}
                </select>
            </label>
            <label>
                "Status"
                <select on:change=set_filter(set_state, |f, status| f.status = parse_status(&status))>
                    <option value="" prop:selected=selected(filters, "", |f| f.status.map_or("", status_name))>"all"</option>
                    {statuses}
                </select>
            </label>
            <label>
                "Source"
                <select on:change=set_filter(set_state, |f, doc| f.source = (!doc.is_empty()).then_some(doc))>
                    <option value="" prop:selected=selected(filters, "", current_source)>"any"</option>
                    {move || sources()}
                </select>
            </label>
            <label>
                "Sort"
                <select on:change=set_filter(set_state, |f, sort| f.sort = Sort::parse(&sort).unwrap_or_default())>
                    {sorts}
                </select>
            </label>
        </form>
    }
}

/// Sets one filter from its control's value.
fn set_filter(set_state: WriteSignal<AppState>, change: fn(&mut Filters, String)) -> impl Fn(Event) + Clone + 'static {
    handler(move |event: Event| {
        let value = event_target_value(&event);
        set_state.update(|s| s.filter(|f| change(f, value)));
    })
}

/// Whether an option is the one chosen: `current` is the value of the filter
/// it belongs to ("" for all). All options share this one closure type.
fn selected(filters: Memo<Filters>, value: &str, current: fn(&Filters) -> &str) -> SharedReactiveFunction<bool> {
    let value = value.to_string();
    reactive(move || filters.with(|f| current(f) == value))
}

fn current_source(filters: &Filters) -> &str {
    filters.source.as_deref().unwrap_or_default()
}
