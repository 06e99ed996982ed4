//! The real app mounted in headless Chromium. Every test starts from empty
//! local storage and a bare URL, so tests do not depend on each other.

#![cfg(target_arch = "wasm32")]

mod support;

use corroborate::document::Document;
use corroborate::report::{Report, Status};
use corroborate_app::browser;
use corroborate_app::corpus::BUNDLED;
use corroborate_app::state::corpus::{StoredArticle, StoredCorpus};
use corroborate_app::state::export;
use leptos::prelude::*;
use leptos::wasm_bindgen::{JsCast, JsValue};
use support::*;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement, HtmlTextAreaElement};

wasm_bindgen_test_configure!(run_in_browser);

fn bundled_report() -> Report {
    let docs: Vec<Document> =
        BUNDLED.iter().map(|(id, text)| Document::from_text(*id, *text)).collect();
    Report::build(&docs)
}

/// Mounts the app afresh (a reload) and checks the table has the bundled
/// sources plus one stored article, `name`, as its last column.
async fn assert_reload_keeps_last_column(name: &str, why: &str) {
    let app = mount_app().await;
    open_tab(&app.container, "table").await;
    let columns = all(&app.container, "thead th[data-source]");
    assert_eq!(columns.len(), BUNDLED.len() + 1, "{why}");
    assert!(text(columns.last().unwrap()).contains(name), "{why}");
}

/// The text of the highlighted evidence sentence.
fn highlighted(container: &Element) -> String {
    all(container, ".article-text [data-selected]").iter().map(|e| text(e)).collect()
}

#[wasm_bindgen_test]
async fn table_has_a_column_per_source_and_statuses() {
    fresh_page("");
    let app = mount_app().await;
    let columns = all(&app.container, "table.comparison thead th[data-source]");
    assert_eq!(columns.len(), BUNDLED.len());
    assert_eq!(columns.len(), 5, "the five seed articles are bundled");
    let rows = all(&app.container, "table.comparison tbody tr");
    assert_eq!(rows.len(), bundled_report().topics.len(), "every topic is a row on first load");
    assert!(!all(&app.container, "td.silent").is_empty(), "silent sources are marked");
    assert_eq!(
        text(&one(&app.container, ".article-text")),
        BUNDLED[0].1,
        "the first article is open on load"
    );

    // Alignment decides the statuses; once it finds any agreement or conflict,
    // the troop count must be a conflict.
    let aligned = bundled_report().topics.iter().any(|topic| topic.status != Status::Single);
    if aligned {
        let conflicts = all(&app.container, "tbody tr.status-conflict");
        assert!(
            conflicts.iter().any(|row| {
                let row = text(row).to_lowercase();
                row.contains("troops") || row.contains("soldiers")
            }),
            "a conflict row about the troop count"
        );
    } else {
        assert_eq!(all(&app.container, "tbody tr.status-single").len(), rows.len());
    }
}

#[wasm_bindgen_test]
async fn clicking_a_cell_highlights_its_sentence() {
    fresh_page("");
    let app = mount_app().await;
    let report = bundled_report();
    let claim = report.claims.iter().find(|claim| &*claim.doc == BUNDLED[2].0).unwrap();
    let cell = one(&app.container, &format!("button.entry[data-claim='{}']", claim.id));
    click(&cell).await;
    assert_eq!(highlighted(&app.container), *claim.text);
    assert_eq!(cell.get_attribute("aria-pressed").as_deref(), Some("true"));
    assert!(text(&one(&app.container, ".article-text")).starts_with(&BUNDLED[2].1[..20]));
    assert!(
        window().location().search().unwrap().contains("claim="),
        "the selection is in the URL"
    );

    // Claims are marked by kind and boilerplate is dimmed, not removed.
    assert!(!all(&app.container, ".article-text mark.kind-figure").is_empty());
    assert!(!all(&app.container, ".article-text .set-aside").is_empty());
}

#[wasm_bindgen_test]
async fn arrow_keys_move_between_cells() {
    fresh_page("");
    let app = mount_app().await;
    let first = one(&app.container, "tbody tr th button.topic");
    first.focus().unwrap();
    press(&first, "ArrowRight");
    let focused = document().active_element().unwrap();
    assert!(focused.closest("td").unwrap().is_some(), "focus moved into the first source's cell");
}

#[wasm_bindgen_test]
async fn arrow_keys_turn_the_page_of_sources_at_its_edge() {
    fresh_page("");
    let app = mount_app().await;
    open_varied(&app.container, 2).await;
    open_tab(&app.container, "table").await;
    let heads = |c: &Element| {
        all(c, "thead th[data-source]")
            .iter()
            .map(|th| th.get_attribute("data-source").unwrap())
            .collect::<Vec<_>>()
    };
    let focused_source = || {
        document()
            .active_element()
            .unwrap()
            .closest("td")
            .unwrap()
            .expect("focus in a cell")
            .get_attribute("data-source")
    };
    // Adding shows the page with the newest sources: 15 sources, 12 a page.
    let last_page = heads(&app.container);
    assert_eq!(last_page.len(), 3, "{last_page:?}");
    let first_cell = all(&app.container, "tbody tr:first-child td").remove(0);
    first_cell.focus().unwrap();
    press(&first_cell, "ArrowLeft");
    sleep(100).await;
    let first_page = heads(&app.container);
    assert_eq!(first_page.len(), 12, "the previous page");
    assert_eq!(focused_source().as_ref(), first_page.last(), "focus on the source beyond the edge");
    let focused: web_sys::HtmlElement = document().active_element().unwrap().unchecked_into();
    press(&focused, "ArrowRight");
    sleep(100).await;
    assert_eq!(heads(&app.container), last_page, "and on again");
    assert_eq!(focused_source().as_ref(), last_page.first());
}

#[wasm_bindgen_test]
async fn a_pasted_article_adds_a_column_and_survives_a_reload() {
    fresh_page("");
    let mut app = mount_app().await;
    open_tab(&app.container, "sources").await;
    one(&app.container, "input[name=outlet]")
        .unchecked_into::<HtmlInputElement>()
        .set_value("Daily Planet");
    one(&app.container, "input[name=date]")
        .unchecked_into::<HtmlInputElement>()
        .set_value("2025-04-29");
    one(&app.container, "textarea[name=text]")
        .unchecked_into::<HtmlTextAreaElement>()
        .set_value("Officials said on Monday that 12,000 North Korean troops were sent to Kursk.");
    submit_paste(&app.container).await;
    assert!(text(&one(&app.container, ".notice")).contains("Daily Planet"));
    open_tab(&app.container, "table").await;
    let columns = all(&app.container, "thead th[data-source]");
    assert_eq!(columns.len(), BUNDLED.len() + 1);
    assert!(text(columns.last().unwrap()).contains("Daily Planet"));

    app.unmount();
    assert_reload_keeps_last_column("Daily Planet", "the article was kept in local storage").await;
}

#[wasm_bindgen_test]
async fn pasted_markup_is_shown_as_text() {
    fresh_page("");
    let app = mount_app().await;
    open_tab(&app.container, "sources").await;
    let hostile = "<img src=x onerror=\"window.pwned=1\"><script>window.pwned=1</script> Officials said 5 people died.";
    one(&app.container, "textarea[name=text]")
        .unchecked_into::<HtmlTextAreaElement>()
        .set_value(hostile);
    submit_paste(&app.container).await;
    let article = one(&app.container, ".article-text");
    assert!(text(&article).contains(hostile));
    assert!(all(&article, "img, script").is_empty());
    assert!(js_sys::Reflect::get(&window(), &"pwned".into()).unwrap().is_undefined());
}

#[wasm_bindgen_test]
async fn removing_and_resetting_the_corpus() {
    fresh_page("");
    let app = mount_app().await;
    open_tab(&app.container, "sources").await;
    click(&all(&app.container, ".source-list button.remove")[0]).await;
    assert_eq!(all(&app.container, ".source-list li").len(), BUNDLED.len() - 1);
    click(&one(&app.container, "button.reset")).await;
    assert_eq!(all(&app.container, ".source-list li").len(), BUNDLED.len());
}

#[wasm_bindgen_test]
async fn empty_paste_is_explained_and_keeps_the_corpus() {
    fresh_page("");
    let app = mount_app().await;
    open_tab(&app.container, "sources").await;
    submit_paste(&app.container).await;
    let notice = one(&app.container, ".notice.error");
    assert!(text(&notice).contains("empty"), "{}", text(&notice));
    assert_eq!(all(&app.container, ".source-list li").len(), BUNDLED.len());
}

#[wasm_bindgen_test]
async fn csv_export_parses() {
    fresh_page("");
    let app = mount_app().await;
    let link = one(&app.container, "a[data-export$='.csv']");
    click(&link).await;
    let href = link.get_attribute("href").unwrap();
    assert!(href.starts_with("blob:"), "{href}");
    let response: web_sys::Response =
        JsFuture::from(window().fetch_with_str(&href)).await.unwrap().unchecked_into();
    let csv = JsFuture::from(response.text().unwrap()).await.unwrap().as_string().unwrap();
    let records = export::parse(&csv).expect("parseable CSV");
    assert_eq!(records.len(), all(&app.container, "tbody tr").len() + 1);
    assert!(records.iter().all(|record| record.len() == 4 + BUNDLED.len()));
}

#[wasm_bindgen_test]
async fn filters_narrow_the_table_and_go_in_the_url() {
    fresh_page("?kind=figure&q=troops");
    let app = mount_app().await;
    let rows = all(&app.container, "tbody tr");
    let report = bundled_report();
    assert!(!rows.is_empty() && rows.len() < report.topics.len());
    for row in &rows {
        let topic = row.get_attribute("data-topic").unwrap();
        let topic = report.topics.iter().find(|t| t.id == topic).unwrap();
        let evidence = report.claims.iter().filter(|c| topic.claims.iter().any(|id| *id == c.id));
        assert!(evidence.map(|c| c.text.to_lowercase()).any(|text| text.contains("troops")));
    }
    assert!(rows.iter().all(|row| row.query_selector(".kind-figure").unwrap().is_some()));
    let search = one(&app.container, "input[type=search]").unchecked_into::<HtmlInputElement>();
    assert_eq!(search.value(), "troops");
}

#[wasm_bindgen_test]
async fn timeline_marks_open_their_sentence() {
    fresh_page("?view=timeline");
    let app = mount_app().await;
    assert_eq!(all(&app.container, "svg.timeline g.lane").len(), BUNDLED.len());
    assert_eq!(all(&app.container, "svg.timeline g.published").len(), BUNDLED.len());
    let mark: Element = app.container.query_selector("svg.timeline g.mark").unwrap().unwrap();
    let claim = mark.get_attribute("data-claim").unwrap();
    mark.dispatch_event(&web_sys::MouseEvent::new("click").unwrap()).unwrap();
    leptos::task::tick().await;
    let expected = bundled_report().claims.into_iter().find(|c| c.id == claim).unwrap().text;
    assert_eq!(highlighted(&app.container), *expected);

    click(&all(&app.container, "button.preset").last().unwrap().clone()).await;
    assert!(window().location().search().unwrap().contains("from="), "zoom is in the URL");
}

#[wasm_bindgen_test]
async fn no_console_errors_while_using_every_view() {
    let errors = js_sys::Function::new_no_args(
        "window.__errors = []; const original = console.error; \
         console.error = (...args) => { window.__errors.push(args.join(' ')); original(...args); }; \
         window.addEventListener('error', e => window.__errors.push(String(e.message)));",
    );
    errors.call0(&JsValue::NULL).unwrap();
    fresh_page("");
    let app = mount_app().await;
    click(&all(&app.container, "button.entry")[0]).await;
    click(&all(&app.container, "button.topic")[3]).await;
    for tab in ["timeline", "sources", "table"] {
        open_tab(&app.container, tab).await;
    }
    click(&one(&app.container, "button.theme-toggle")).await;
    let logged = js_sys::Reflect::get(&window(), &"__errors".into()).unwrap();
    let logged: js_sys::Array = logged.unchecked_into();
    assert_eq!(logged.length(), 0, "console errors: {:?}", logged.to_vec());
}

/// Every resource the page has fetched, while the app is used, comes from the
/// page's own origin: the app itself never reaches out to the network.
#[wasm_bindgen_test]
async fn using_the_app_requests_nothing_outside_its_origin() {
    fresh_page("");
    let app = mount_app().await;
    click(&all(&app.container, "button.entry")[0]).await;
    for tab in ["timeline", "sources", "table"] {
        open_tab(&app.container, tab).await;
    }
    let foreign = js_sys::Function::new_no_args(
        "return performance.getEntriesByType('resource') \
           .map(entry => entry.name) \
           .filter(url => new URL(url, location.href).origin !== location.origin);",
    );
    let foreign: js_sys::Array = foreign.call0(&JsValue::NULL).unwrap().unchecked_into();
    assert_eq!(foreign.length(), 0, "requests to other origins: {:?}", foreign.to_vec());
}

/// The browser's JSON.parse/stringify keep the stored corpus exactly as
/// serde_json wrote it before, so what earlier versions stored still loads;
/// anything of another shape reads as unreadable.
#[wasm_bindgen_test]
fn stored_corpus_keeps_its_format() {
    fresh_page("");
    let storage = window().local_storage().unwrap().unwrap();
    let stored = StoredCorpus {
        removed: vec![BUNDLED[1].0.to_string()],
        added: vec![StoredArticle {
            id: "Daily \"Planet\"".into(),
            text: "Line one.\n\tLine two — ünïcode \u{1}.".into(),
        }],
    };
    let old_format = serde_json::to_string(&stored).unwrap();
    storage.set_item("corroborate.corpus.v1", &old_format).unwrap();
    assert_eq!(browser::load_corpus(), Ok(stored.clone()));
    browser::save_corpus(&stored).unwrap();
    assert_eq!(storage.get_item("corroborate.corpus.v1").unwrap(), Some(old_format));
    for bad in [
        "not json",
        "[]",
        "null",
        "{\"removed\":[1],\"added\":[]}",
        "{\"removed\":[]}",
        "{\"removed\":[],\"added\":[{\"id\":\"x\"}]}",
    ] {
        storage.set_item("corroborate.corpus.v1", bad).unwrap();
        assert_eq!(browser::load_corpus(), Err(browser::Unreadable), "{bad}");
    }
    fresh_page("");
}

/// Fills in and submits the paste form.
async fn paste(container: &Element, outlet: &str, article: &str) {
    one(container, "input[name=outlet]").unchecked_into::<HtmlInputElement>().set_value(outlet);
    one(container, "textarea[name=text]")
        .unchecked_into::<HtmlTextAreaElement>()
        .set_value(article);
    submit_paste(container).await;
}

/// Names in the sources list, in order.
fn source_names(container: &Element) -> Vec<String> {
    all(container, ".source-list .source-name").iter().map(|e| text(e).trim().to_string()).collect()
}

fn notice_text(container: &Element) -> String {
    text(&one(container, ".notice"))
}

const SMALL_ARTICLE: &str =
    "Officials said on Monday that 12,000 North Korean troops were sent to Kursk.";

/// A 50 MB paste is refused with the limit named; the corpus, the stored
/// articles and the reader's text in the box are left as they were.
#[wasm_bindgen_test]
async fn a_too_large_paste_is_refused_and_keeps_stored_articles() {
    fresh_page("");
    let mut app = mount_app().await;
    open_tab(&app.container, "sources").await;
    paste(&app.container, "Daily Planet", SMALL_ARTICLE).await;
    assert_eq!(all(&app.container, ".source-list li").len(), BUNDLED.len() + 1);

    let textarea = one(&app.container, "textarea[name=text]");
    js_sys::Function::new_with_args("el", "el.value = 'a'.repeat(50 * 1024 * 1024);")
        .call1(&JsValue::NULL, &textarea)
        .unwrap();
    one(&app.container, "input[name=outlet]")
        .unchecked_into::<HtmlInputElement>()
        .set_value("Huge");
    // The submit event itself: a click would have the browser validate the
    // 50 MB field for half a minute before the app even sees it.
    let submit = js_sys::Function::new_with_args(
        "form",
        "form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));",
    );
    submit.call1(&JsValue::NULL, &one(&app.container, "form.add-article")).unwrap();
    leptos::task::tick().await;
    let notice = text(&one(&app.container, ".notice.error"));
    assert!(
        notice.contains("Could not add the pasted text") && notice.contains("limit is 2 MB"),
        "{notice}"
    );
    assert_eq!(
        all(&app.container, ".source-list li").len(),
        BUNDLED.len() + 1,
        "nothing was added"
    );
    assert!(!source_names(&app.container).iter().any(|name| name.contains("Huge")));
    assert_eq!(
        textarea.unchecked_ref::<HtmlTextAreaElement>().value().len(),
        50 * 1024 * 1024,
        "the refused text stays in the box to be trimmed"
    );
    open_tab(&app.container, "table").await;
    assert_eq!(
        all(&app.container, "thead th[data-source]").len(),
        BUNDLED.len() + 1,
        "no column was added"
    );

    app.unmount();
    assert_reload_keeps_last_column("Daily Planet", "the stored article survived").await;
}

const JUNK_KEY: &str = "corroborate.test.junk";

/// Fills local storage to its quota under `JUNK_KEY`; returns the bytes written.
fn fill_storage() -> f64 {
    let fill = js_sys::Function::new_with_args(
        "key",
        "let value = ''; let chunk = 'x'.repeat(1 << 20); \
         while (chunk.length > 0) { \
           try { localStorage.setItem(key, value + chunk); value += chunk; } \
           catch (e) { chunk = chunk.slice(0, chunk.length >> 1); } \
         } \
         return value.length;",
    );
    fill.call1(&JsValue::NULL, &JUNK_KEY.into()).unwrap().as_f64().unwrap()
}

/// With local storage full, a new article is refused by the browser: the
/// reader is told, the article stays on the page for now, and what was
/// stored before is untouched — it is all there after a reload.
#[wasm_bindgen_test]
async fn full_storage_is_explained_and_loses_nothing_stored() {
    fresh_page("");
    let storage = window().local_storage().unwrap().unwrap();
    let mut app = mount_app().await;
    open_tab(&app.container, "sources").await;
    paste(&app.container, "Daily Planet", SMALL_ARTICLE).await;
    let stored_before =
        storage.get_item("corroborate.corpus.v1").unwrap().expect("the first article is stored");

    assert!(fill_storage() > 0.0, "storage took some junk");
    paste(
        &app.container,
        "Evening Star",
        "Rescuers said on Tuesday that 40 people died in the flood.",
    )
    .await;
    let notice = text(&one(&app.container, ".notice.error"));
    assert!(
        notice.contains("could not be saved") && notice.contains("QuotaExceededError"),
        "{notice}"
    );
    assert!(notice.contains("lost on reload"), "{notice}");
    let names = source_names(&app.container);
    assert!(names.iter().any(|name| name.contains("Daily Planet")), "{names:?}");
    assert!(
        names.iter().any(|name| name.contains("Evening Star")),
        "the new article stays on this page: {names:?}"
    );
    assert_eq!(
        storage.get_item("corroborate.corpus.v1").unwrap().as_deref(),
        Some(stored_before.as_str()),
        "the failed write left the stored corpus as it was"
    );

    // A reload while storage is still full shows what was stored.
    app.unmount();
    let mut app = mount_app().await;
    open_tab(&app.container, "sources").await;
    let names = source_names(&app.container);
    assert_eq!(names.len(), BUNDLED.len() + 1, "{names:?}");
    assert!(names.iter().any(|name| name.contains("Daily Planet")), "{names:?}");

    storage.remove_item(JUNK_KEY).unwrap();
    app.unmount();
    assert_reload_keeps_last_column("Daily Planet", "the stored article is intact").await;
    fresh_page("");
}

/// Text with NUL bytes, pasted or in a file, is refused as binary; nothing is added.
#[wasm_bindgen_test]
async fn binary_input_is_refused() {
    fresh_page("");
    let app = mount_app().await;
    open_tab(&app.container, "sources").await;
    paste(&app.container, "Binary", "PK\u{3}\u{4}\0\0\0\u{8}\0 Officials said 5 people died.")
        .await;
    let notice = text(&one(&app.container, ".notice.error"));
    assert!(
        notice.contains("Could not add the pasted text") && notice.contains("binary"),
        "{notice}"
    );
    assert_eq!(all(&app.container, ".source-list li").len(), BUNDLED.len());

    click(&one(&app.container, ".notice button.dismiss")).await;
    let png: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01";
    open_files(
        &app.container,
        &[("photo.txt", png), ("empty.md", b""), ("blank.txt", b" \n\t \n")],
    )
    .await;
    let notice = text(&one(&app.container, ".notice.error"));
    assert!(notice.contains("“photo.txt”") && notice.contains("binary"), "{notice}");
    assert!(notice.contains("“empty.md”") && notice.contains("empty"), "{notice}");
    assert!(notice.contains("“blank.txt”"), "{notice}");
    assert!(!notice.contains("Added"), "{notice}");
    assert_eq!(all(&app.container, ".source-list li").len(), BUNDLED.len(), "nothing was added");
    open_tab(&app.container, "table").await;
    assert_eq!(all(&app.container, "thead th[data-source]").len(), BUNDLED.len());
    assert_eq!(
        window().local_storage().unwrap().unwrap().get_item("corroborate.corpus.v1").unwrap(),
        None
    );
}

/// A paste of only spaces and line breaks counts as empty.
#[wasm_bindgen_test]
async fn whitespace_paste_is_explained_as_empty() {
    fresh_page("");
    let app = mount_app().await;
    open_tab(&app.container, "sources").await;
    paste(&app.container, "Blank", "  \n\t\r\n   ").await;
    let notice = notice_text(&app.container);
    assert!(notice.contains("empty"), "{notice}");
    assert_eq!(all(&app.container, ".source-list li").len(), BUNDLED.len());
}

/// Many articles: the progress shows while they are read; then the table
/// shows a window of 12 sources (the last added in view) and a page of 100
/// topics, each moved by its pager; a filter change goes back to page 1;
/// the timeline shows 25 lanes at a time.
#[wasm_bindgen_test]
async fn many_articles_show_progress_and_are_paged() {
    fresh_page("");
    let app = mount_app().await;
    let container = &app.container;
    open_tab(container, "sources").await;
    let docs = varied_articles(5);
    let files = as_files(&docs);
    choose_files(container, &borrowed(&files));
    leptos::task::tick().await;
    assert!(adding(container));
    assert!(
        one(container, ".add-article button[type=submit]").has_attribute("disabled"),
        "the add controls wait"
    );
    let progress = notice_text(container);
    assert!(progress.starts_with("Reading 0 of 25 articles…"), "{progress}");
    until_added(container, 60).await;
    assert!(notice_text(container).contains("Added 25 articles"), "{}", notice_text(container));
    assert_eq!(all(container, ".source-list li").len(), 30);

    open_tab(container, "table").await;
    let shown_sources = || {
        all(container, "thead th[data-source]")
            .iter()
            .map(|th| th.get_attribute("data-source").unwrap())
            .collect::<Vec<_>>()
    };
    let last = docs.last().unwrap().id.clone();
    assert_eq!(shown_sources().len(), 6, "the last window of 30 sources");
    assert!(shown_sources().contains(&last), "the last added article's column is in view");
    click(&one(container, "nav.pager[data-list=columns] button.previous")).await;
    assert_eq!(shown_sources().len(), 12);
    assert!(text(&one(container, "nav.pager[data-list=columns]")).contains("Sources 13–24 of 30"));
    assert!(
        all(container, "tbody tr").iter().all(|row| all(row, "td").len() == 12),
        "a cell per shown source"
    );

    let first_topic = || one(container, "tbody tr").get_attribute("data-topic").unwrap();
    assert_eq!(all(container, "tbody tr").len(), 100);
    let page_one = first_topic();
    click(&one(container, "nav.pager[data-list=rows] button.next")).await;
    assert_ne!(first_topic(), page_one);
    assert!(text(&one(container, "nav.pager[data-list=rows]")).contains("page 2 of"));
    let search = one(container, "input[type=search]").unchecked_into::<HtmlInputElement>();
    search.set_value("troops");
    search.dispatch_event(&web_sys::Event::new("input").unwrap()).unwrap();
    leptos::task::tick().await;
    let pager = container.query_selector("nav.pager[data-list=rows]").unwrap();
    assert!(
        pager.is_none_or(|pager| text(&pager).contains("page 1 of")),
        "a filter change returns to page 1"
    );

    open_tab(container, "timeline").await;
    assert_eq!(all(container, "svg.timeline g.lane").len(), 25);
    click(&one(container, "nav.pager[data-list=lanes] button.next")).await;
    assert_eq!(all(container, "svg.timeline g.lane").len(), 5);
}

/// A claim chosen on the timeline, in a source outside the table's window
/// of sources, brings its row and column into view.
#[wasm_bindgen_test]
async fn a_claim_chosen_elsewhere_is_brought_into_view() {
    fresh_page("");
    let app = mount_app().await;
    let container = &app.container;
    open_varied(container, 4).await;
    open_tab(container, "table").await;
    click(&one(container, "nav.pager[data-list=columns] button.previous")).await;
    assert!(container
        .query_selector(&format!("thead th[data-source='{}']", BUNDLED[0].0))
        .unwrap()
        .is_none());

    open_tab(container, "timeline").await;
    let mark: Element =
        all(container, "svg.timeline g.lane")[0].query_selector("g.mark").unwrap().unwrap();
    let claim = mark.get_attribute("data-claim").unwrap();
    mark.dispatch_event(&web_sys::MouseEvent::new("click").unwrap()).unwrap();
    leptos::task::tick().await;
    open_tab(container, "table").await;
    sleep(0).await;
    let entry = one(container, &format!("button.entry[data-claim='{claim}']"));
    assert_eq!(entry.get_attribute("aria-pressed").as_deref(), Some("true"));
}

/// Opens `copies` × the bundled articles as files, from the sources tab.
async fn open_varied(container: &Element, copies: usize) {
    open_tab(container, "sources").await;
    let files = as_files(&varied_articles(copies));
    open_files(container, &borrowed(&files)).await;
}

/// A key pressed on `element`, bubbling as a real one does.
fn press(element: &web_sys::HtmlElement, key: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    let event =
        web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    element.dispatch_event(&event).unwrap();
}
