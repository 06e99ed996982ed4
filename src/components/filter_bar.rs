use leptos::ev::Event;
use leptos::prelude::*;

use crate::state::filters::{Filters, Sort};
use crate::state::labels::{kind_name, parse_kind, parse_status, status_name, KINDS, STATUSES};
use crate::state::table::Column;
use crate::state::AppState;

/// Kind, status, source and text filters and the sort order of the table.
#[component]
pub fn FilterBar(filters: Memo<Filters>, set_state: WriteSignal<AppState>, columns: Memo<Vec<Column>>) -> impl IntoView {
    let kinds = KINDS.map(|kind| {
        view! {
            <option value=kind_name(kind) prop:selected=move || filters.with(|f| f.kind == Some(kind))>
                {kind_name(kind)}
            </option>
        }
    });
    let statuses = STATUSES.map(|status| {
        view! {
            <option value=status_name(status) prop:selected=move || filters.with(|f| f.status == Some(status))>
                {status_name(status)}
            </option>
        }
    });
    let sorts = Sort::ALL.map(|sort| {
        let label = match sort {
            Sort::Document => "story order",
            Sort::Topic => "topic A–Z",
            Sort::Status => "status (conflicts first)",
        };
        view! { <option value=sort.name() prop:selected=move || filters.with(|f| f.sort == sort)>{label}</option> }
    });
    let sources = move || {
        columns
            .get()
            .into_iter()
            .map(|column| {
                let doc = column.doc.clone();
                view! {
                    <option value=column.doc prop:selected=move || filters.with(|f| f.source.as_deref() == Some(doc.as_str()))>
                        {column.name}
                    </option>
                }
            })
            .collect_view()
            .into_any()
    };
    view! {
        <form class="filters" role="search" on:submit=|event| event.prevent_default()>
            <label>
                "Find"
                <input
                    type="search"
                    placeholder="deaths, denied, a name…"
                    prop:value=move || filters.with(|f| f.text.clone())
                    on:input=set_filter(set_state, |f, text| f.text = text)
                />
            </label>
            <label>
                "Kind"
                <select on:change=set_filter(set_state, |f, kind| f.kind = parse_kind(&kind))>
                    <option value="" prop:selected=move || filters.with(|f| f.kind.is_none())>"all"</option>
                    {kinds}
                </select>
            </label>
            <label>
                "Status"
                <select on:change=set_filter(set_state, |f, status| f.status = parse_status(&status))>
                    <option value="" prop:selected=move || filters.with(|f| f.status.is_none())>"all"</option>
                    {statuses}
                </select>
            </label>
            <label>
                "Source"
                <select on:change=set_filter(set_state, |f, doc| f.source = (!doc.is_empty()).then_some(doc))>
                    <option value="" prop:selected=move || filters.with(|f| f.source.is_none())>"any"</option>
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

/// Sets one filter from its control's value. The controls share this one
/// handler type, so the event-binding code is compiled once for all of them.
fn set_filter(set_state: WriteSignal<AppState>, change: fn(&mut Filters, String)) -> impl Fn(Event) + Clone + 'static {
    move |event| {
        let value = event_target_value(&event);
        set_state.update(|s| s.filter(|f| change(f, value)));
    }
}
