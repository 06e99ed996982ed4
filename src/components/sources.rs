use leptos::prelude::*;
use leptos::tachys::reactive_graph::SharedReactiveFunction;
use leptos::task::spawn_local;
use leptos::wasm_bindgen::JsCast;
use web_sys::{DragEvent, Element, Event, File, HtmlInputElement, HtmlTextAreaElement};

use super::pager::pager;
use super::{attr, corpus_revision, fresh, listen, on_id, part, reactive};
use crate::browser;
use crate::state::adding::{Adding, Import, Progress};
use crate::state::corpus::StoredArticle;
use crate::state::import::{self, ImportError, ACCEPTED};
use crate::state::paging::List;
use crate::state::{AppState, SourceSummary};

/// The articles being compared: remove one, reset to the bundle, or add your
/// own by pasting, opening or dropping files.
#[component]
pub fn SourcesPanel(
    state: ReadSignal<AppState>,
    set_state: WriteSignal<AppState>,
) -> impl IntoView {
    let revision = corpus_revision(state);
    let page = part(state, |s| s.pages.sources);
    let summaries = fresh(move || {
        revision.with(|_| page.with(|_| AppState::source_summaries(&state.read_untracked())))
    });
    let total = part(state, |s| s.corpus.sources().len());
    view! {
        <section class="sources-panel" {attr("aria-label", "Sources")}>
            <h2>"Articles compared"</h2>
            <ul class="source-list">
                {move || summaries.with(|summaries| summaries.iter().map(|summary| source_item(summary, state, set_state)).collect_view()).into_any()}
            </ul>
            {pager(state, set_state, List::Sources, "Articles", total)}
            <button class="reset" prop:disabled=busy(state) {listen("click", move |_| {
                set_state.write().reset();
                save(state, set_state);
            })}>"Reset to the bundled articles"</button>
            {paste_form(state, set_state)}
            {file_drop(state, set_state)}
        </section>
    }
}

/// Writes the corpus to local storage; a failure is explained and loses nothing.
fn save(state: ReadSignal<AppState>, set_state: WriteSignal<AppState>) {
    let stored = state.read_untracked().stored();
    if let Err(reason) = browser::save_corpus(&stored) {
        set_state.write().storage_failed(&reason);
    }
}

/// Adds the imports. Refusals alone need no reading and are explained at
/// once; articles are read in the background, then saved.
fn add(imports: Vec<Import>, state: ReadSignal<AppState>, set_state: WriteSignal<AppState>) {
    let adding = Adding::new(imports);
    if adding.is_read() {
        set_state.write().finish_adding(adding);
        return;
    }
    spawn_local(async move {
        let adding = read_in_chunks(adding, set_state).await;
        set_state.write().finish_adding(adding);
        save(state, set_state);
    });
}

/// Reads the reader's stored articles after the page is shown.
pub fn read_stored(articles: Vec<StoredArticle>, set_state: WriteSignal<AppState>) {
    spawn_local(async move {
        let adding = read_in_chunks(Adding::stored(articles), set_state).await;
        set_state.write().finish_restoring(adding);
    });
}

/// Extracts a chunk at a time, letting the page repaint the progress between
/// chunks; the caller aligns once, at the end.
async fn read_in_chunks(mut adding: Adding, set_state: WriteSignal<AppState>) -> Adding {
    set_state.write().show_progress(adding.progress());
    while !adding.is_read() {
        browser::yield_to_page().await;
        adding.read_chunk();
        set_state.write().show_progress(adding.progress());
    }
    browser::yield_to_page().await;
    adding
}

/// Articles are being added: the add controls wait. Set as the `disabled`
/// property, which the attribute reflects: reactive properties share one copy
/// of Leptos's effect code, which a reactive `bool` attribute would add to.
fn busy(state: ReadSignal<AppState>) -> SharedReactiveFunction<bool> {
    reactive(move || state.read().adding)
}

fn source_item(
    summary: &SourceSummary,
    state: ReadSignal<AppState>,
    set_state: WriteSignal<AppState>,
) -> AnyView {
    let SourceSummary { id, name, title, published, credit, words, claims, added } = summary;
    let (id, name, title, published, credit) =
        (id.clone(), name.clone(), title.clone(), published.clone(), credit.clone());
    let (open, remove) = (on_id(set_state, AppState::open_article, id.clone()), id.clone());
    view! {
        <li class="source" data-source=id>
            <div class="source-text">
                <span class="source-name">{name} {if *added { " · yours" } else { "" }}</span>
                <span class="source-title">{title}</span>
                <span class="source-meta">
                    <time>{published}</time>
                    {credit.map(|credit| view! { <span>{credit}</span> }.into_any())}
                    <span>{format!("{words} words · {claims} claims")}</span>
                </span>
            </div>
            <div class="source-actions">
                <button {open}>"Open"</button>
                <button class="remove" prop:disabled=busy(state) {listen("click", move |_| {
                    set_state.write().remove(&remove);
                    save(state, set_state);
                })}>"Remove"</button>
            </div>
        </li>
    }
    .into_any()
}

fn taken(state: ReadSignal<AppState>) -> Vec<String> {
    state.read_untracked().taken_ids()
}

fn paste_form(state: ReadSignal<AppState>, set_state: WriteSignal<AppState>) -> impl IntoView {
    let submit = listen("submit", move |event| {
        event.prevent_default();
        let Some(form) =
            event.current_target().and_then(|target| target.dyn_into::<Element>().ok())
        else {
            return;
        };
        let control = |selector: &str| form.query_selector(selector).ok().flatten();
        let (Some(outlet), Some(date), Some(text)) = (
            control("[name=outlet]").and_then(|outlet| outlet.dyn_into::<HtmlInputElement>().ok()),
            control("[name=date]").and_then(|date| date.dyn_into::<HtmlInputElement>().ok()),
            control("[name=text]").and_then(|text| text.dyn_into::<HtmlTextAreaElement>().ok()),
        ) else {
            return;
        };
        let taken = taken(state);
        let taken: Vec<&str> = taken.iter().map(String::as_str).collect();
        let result = import::pasted(&text.value(), &outlet.value(), &date.value(), &taken);
        let added = result.is_ok();
        add(vec![("the pasted text".to_string(), result)], state, set_state);
        if added {
            text.set_value("");
            outlet.set_value("");
            date.set_value("");
        }
    });
    view! {
        <form class="add-article" {submit}>
            <h3>"Add an article"</h3>
            <p class="hint">"Paste the story's text. It joins the comparison at once and is kept in this browser."</p>
            <div class="form-row">
                <label>"Outlet " <input name="outlet" placeholder="e.g. Daily Planet" maxlength="60" /></label>
                <label>"Published " <input name="date" type="date" /></label>
            </div>
            <label class="paste">
                "Article text"
                <textarea name="text" rows="7" placeholder="Paste the article here…"></textarea>
            </label>
            <button {attr("type", "submit")} class="primary-button" prop:disabled=busy(state)>"Add article"</button>
        </form>
    }
}

fn file_drop(state: ReadSignal<AppState>, set_state: WriteSignal<AppState>) -> impl IntoView {
    let open = move |files: Vec<File>| {
        if files.is_empty() || state.read_untracked().adding {
            return;
        }
        set_state.write().show_progress(Progress { read: 0, total: files.len() });
        spawn_local(async move {
            let mut taken = taken(state);
            let mut imports = Vec::new();
            for file in files {
                let name = file.name();
                let result = match import::check_size(file.size() as usize) {
                    Err(error) => Err(error),
                    Ok(()) => match browser::read_file(&file).await {
                        Ok(bytes) => import::file(
                            &name,
                            &bytes,
                            &taken.iter().map(String::as_str).collect::<Vec<_>>(),
                        ),
                        Err(reason) => Err(ImportError::Unreadable(reason)),
                    },
                };
                if let Ok(doc) = &result {
                    taken.push(doc.id.clone());
                }
                imports.push((format!("“{name}”"), result));
            }
            add(imports, state, set_state);
        });
    };
    let on_change = listen("change", move |event| {
        let Some(input) = event.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) else {
            return;
        };
        open(browser::files(input.files()));
        input.set_value("");
    });
    let on_drop = listen("drop", move |event| {
        event.prevent_default();
        show_over(&event, false);
        open(browser::files(
            event.unchecked_ref::<DragEvent>().data_transfer().and_then(|data| data.files()),
        ));
    });
    view! {
        <div
            class="drop-zone"
            {listen("dragover", |event| {
                event.prevent_default();
                show_over(&event, true);
            })}
            {listen("dragleave", |event| show_over(&event, false))}
            {on_drop}
        >
            <label class="file-button">
                "Open files…"
                <input {attr("type", "file")} {attr("multiple", "")} {attr("accept", ACCEPTED)} prop:disabled=busy(state) {on_change} />
            </label>
            " or drop .txt, .md or .html files here (up to 2 MB each; HTML is reduced to its text)."
        </div>
    }
}

/// Marks the drop zone (the event's current target) while files are dragged over it.
fn show_over(event: &Event, over: bool) {
    if let Some(zone) = event.current_target().and_then(|target| target.dyn_into::<Element>().ok())
    {
        zone.set_class_name(if over { "drop-zone over" } else { "drop-zone" });
    }
}
