use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use web_sys::{
    Element, HtmlCollection, HtmlElement, HtmlTableCellElement, HtmlTableElement,
    HtmlTableRowElement, KeyboardEvent,
};

use super::filter_bar::filter_bar;
use super::pager::pager;
use super::{
    attr, change_if, corpus_revision, effect, fresh, listen, memo, on_id, part, pressed,
    selectable_class, Derived,
};
use crate::state::labels::{kind_name, status_name};
use crate::state::paging::List;
use crate::state::table::{self, Cell, Column, Row};
use crate::state::AppState;

/// The comparison: a row per topic, a column per source, with its filters;
/// a page of rows and a window of sources at a time.
#[component]
pub fn TableView(state: ReadSignal<AppState>, set_state: WriteSignal<AppState>) -> impl IntoView {
    // Rows and columns are derived again only when the corpus or the filters
    // change; the page shown is a slice of them.
    let revision = corpus_revision(state);
    let filters = part(state, |s| s.view.filters.clone());
    let columns = fresh(move || revision.with(|_| AppState::columns(&state.read_untracked())));
    let rows =
        fresh(move || revision.with(|_| filters.with(|_| AppState::rows(&state.read_untracked()))));
    let total = part(state, |s| s.corpus.report().topics.len());
    let row_page = part(state, |s| s.pages.rows);
    let column_page = part(state, |s| s.pages.columns);
    let (topic, claim) =
        (part(state, |s| s.view.topic.clone()), part(state, |s| s.view.claim.clone()));
    reveal_selection(state, set_state, topic, rows, columns);
    let row_total = memo(move || rows.with(Vec::len));
    let column_total = memo(move || columns.with(Vec::len));
    view! {
        {filter_bar(filters, set_state, columns)}
        <p class="row-count" {attr("aria-live", "polite")}>
            {move || format!("{} of {} topics", row_total.get(), total.get()).into_any()}
        </p>
        {pager(state, set_state, List::Columns, "Sources", column_total)}
        <div class="table-scroll">
            <table class="comparison" {listen("keydown", move |event| move_focus(event.unchecked_ref(), set_state, row_total, column_total))}>
                <caption class="visually-hidden">
                    "What each source says on each topic. Arrow keys move between cells; Enter opens the evidence."
                </caption>
                <thead>
                    <tr>
                        <th {attr("scope", "col")} class="topic-head">"Topic"</th>
                        {move || {
                            let page = column_page.get();
                            columns.with(|all| all[page.range(all.len())].iter().map(|column| column_head(column, set_state)).collect_view()).into_any()
                        }}
                    </tr>
                </thead>
                <tbody>
                    {move || {
                        let (row_page, column_page) = (row_page.get(), column_page.get());
                        let rows = rows.with(|all| {
                            columns.with(|columns| {
                                let columns = &columns[column_page.range(columns.len())];
                                all[row_page.range(all.len())]
                                    .iter()
                                    .map(|row| table_row(row, columns, topic, claim, set_state))
                                    .collect_view()
                            })
                        });
                        rows.into_any()
                    }}
                </tbody>
            </table>
        </div>
        {pager(state, set_state, List::Rows, "Topics", row_total)}
        {move || rows.with(Vec::is_empty).then(|| view! { <p class="empty">"No topic matches these filters."</p> }.into_any()).into_any()}
    }
}

/// Turns the pages to the selected topic's row and the open article's column
/// when they are chosen elsewhere: on the timeline, in the evidence, by a
/// link. The column is also found again when the sources change (stored
/// articles read after a reload); the row is not, so that a filter change
/// goes back to the first page.
fn reveal_selection(
    state: ReadSignal<AppState>,
    set_state: WriteSignal<AppState>,
    topic: Derived<Option<String>>,
    rows: Derived<Vec<Row>>,
    columns: Derived<Vec<Column>>,
) {
    let article = part(state, |s| s.view.article.clone());
    effect(move || {
        let Some(topic) = topic.get() else { return };
        let (at, total) = rows
            .with_untracked(|rows| (rows.iter().position(|row| row.topic == topic), rows.len()));
        if let Some(at) = at {
            change_if(set_state, |s| s.pages.rows.reveal(at, total));
        }
    });
    effect(move || {
        let Some(doc) = article.get() else { return };
        let (at, total) = columns
            .with(|columns| (columns.iter().position(|column| column.doc == doc), columns.len()));
        if let Some(at) = at {
            change_if(set_state, |s| s.pages.columns.reveal(at, total));
        }
    });
}

fn column_head(column: &Column, set_state: WriteSignal<AppState>) -> AnyView {
    let Column { doc, name, published, credit } = column;
    let (doc, name, published, credit) =
        (doc.clone(), name.clone(), published.clone(), credit.clone());
    let title = format!("Open {name} ({doc})");
    let open = on_id(set_state, AppState::open_article, doc.clone());
    view! {
        <th {attr("scope", "col")} data-source=doc>
            <button class="column-head" {attr("title", title)} {open}>
                <span class="source-name">{name}</span>
                <span class="source-meta">
                    <time>{published}</time>
                    {credit.map(|credit| view! { <span>{credit}</span> }.into_any())}
                </span>
            </button>
        </th>
    }
    .into_any()
}

fn table_row(
    row: &Row,
    columns: &[Column],
    topic: Derived<Option<String>>,
    claim: Derived<Option<String>>,
    set_state: WriteSignal<AppState>,
) -> AnyView {
    let Row { topic: id, label, kind, status, why, .. } = row;
    let (id, label, kind, why) = (id.clone(), label.clone(), *kind, why.clone());
    let status = status_name(*status);
    let cells = columns
        .iter()
        .map(|column| {
            table_cell(&column.doc, row.cell(&column.doc), status, &why, claim, set_state)
        })
        .collect_view();
    let (class, is_pressed) = (
        selectable_class(format!("status-{status}"), topic, id.clone()),
        pressed(topic, id.clone()),
    );
    let open = on_id(set_state, AppState::open_topic, id.clone());
    view! {
        <tr {class} data-topic=id>
            <th {attr("scope", "row")} {attr("tabindex", "-1")}>
                <button class="topic" {attr("aria-pressed", is_pressed)} {open}>
                    <span class=format!("kind kind-{}", kind_name(kind))>{kind_name(kind)}</span>
                    <span class="label">{label}</span>
                </button>
                <span class=format!("status-badge status-{status}") {attr("title", why.clone())}>{status}</span>
            </th>
            {cells}
        </tr>
    }
    .into_any()
}

/// A source's claims on the topic, or an explicit mark that it is silent.
/// The verdict shows on hover and on keyboard focus.
fn table_cell(
    doc: &str,
    cell: Option<&Cell>,
    status: &'static str,
    why: &str,
    claim: Derived<Option<String>>,
    set_state: WriteSignal<AppState>,
) -> AnyView {
    let doc = doc.to_string();
    let Some(cell) = cell.filter(|cell| !cell.is_empty()) else {
        let (class, mark, note) = if cell.is_some_and(|cell| cell.silent) {
            ("cell silent", "silent", "This source says nothing about this topic.")
        } else {
            ("cell", "", "")
        };
        return view! {
            <td {attr("tabindex", "-1")} {attr("title", note)} class=class data-source=doc>
                <span class="silent-mark">{mark}</span>
            </td>
        }
        .into_any();
    };
    let entries = cell
        .entries
        .iter()
        .map(|entry| {
            let id = entry.claim.clone();
            let (is_pressed, open) = (pressed(claim, id.clone()), on_id(set_state, AppState::open_claim, id.clone()));
            view! {
                <button {attr("aria-pressed", is_pressed)} {open} class="entry" data-claim=id>
                    <span class="headline">{entry.headline.clone()}</span>
                    {entry.detail.clone().map(|detail| view! { <span class="detail">{detail}</span> }.into_any())}
                </button>
            }
            .into_any()
        })
        .collect_view();
    view! {
        <td class=format!("cell status-{status}") {attr("tabindex", "-1")} data-source=doc>
            {entries}
            <span class="why" {attr("role", "tooltip")}>{format!("{status}: {why}")}</span>
        </td>
    }
    .into_any()
}

/// Arrow keys, Home and End move focus between the table's cells; against
/// the edge of the page, arrows turn it and focus the cell beyond.
fn move_focus(
    event: &KeyboardEvent,
    set_state: WriteSignal<AppState>,
    row_total: Derived<usize>,
    column_total: Derived<usize>,
) {
    let Some((table, at)) = focused_cell(event) else { return };
    let key = event.key();
    let rows = table.rows().length() as usize;
    let columns = cells(&table, at.0).map_or(0, |cells| cells.length() as usize);
    if let Some(turn) = table::page_turn(at, &key, rows, columns) {
        let total = if turn.list == List::Rows { row_total } else { column_total }.get_untracked();
        if set_state.write().turn(turn.list, turn.forward, total) {
            event.prevent_default();
            // The turned page is in the table once the view has updated.
            request_animation_frame(move || {
                focus_cell(&table, turn.focus);
            });
            return;
        }
    }
    if let Some(to) = table::step(at, &key, rows, columns) {
        if focus_cell(&table, to) {
            event.prevent_default();
        }
    }
}

/// The table and the (row, column) of the cell holding the event's target.
fn focused_cell(event: &KeyboardEvent) -> Option<(HtmlTableElement, (usize, usize))> {
    let cell = event
        .target()
        .and_then(|target| target.dyn_into::<Element>().ok())
        .and_then(|element| element.closest("td, th").ok().flatten())
        .and_then(|cell| cell.dyn_into::<HtmlTableCellElement>().ok())?;
    let row = cell.parent_element().and_then(|row| row.dyn_into::<HtmlTableRowElement>().ok())?;
    let table =
        row.closest("table").ok().flatten().and_then(|t| t.dyn_into::<HtmlTableElement>().ok())?;
    Some((table, (row.row_index().max(0) as usize, cell.cell_index().max(0) as usize)))
}

fn cells(table: &HtmlTableElement, row: usize) -> Option<HtmlCollection> {
    let row = table.rows().item(row as u32)?.dyn_into::<HtmlTableRowElement>().ok()?;
    Some(row.cells())
}

/// Focuses the cell at (row, column), clamped to the table, or its button;
/// false when the table has no such cell.
fn focus_cell(table: &HtmlTableElement, (row, column): (usize, usize)) -> bool {
    let row = row.min((table.rows().length() as usize).saturating_sub(1));
    let Some(cells) = cells(table, row) else { return false };
    let Some(target) = cells.item(column.min((cells.length() as usize).saturating_sub(1)) as u32)
    else {
        return false;
    };
    let focusable = target.query_selector("button").ok().flatten().unwrap_or(target);
    focusable.dyn_into::<HtmlElement>().is_ok_and(|focusable| focusable.focus().is_ok())
}
