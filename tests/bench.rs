//! How long 1,000 articles (~4 MB) take in the browser: the engine alone
//! (extract, align), the app's state (adding them, deriving the table), and
//! the real page (opening them as files until the table shows). Times are
//! printed, not gated; what is asserted is that the work is right and the
//! page stays small.

#![cfg(target_arch = "wasm32")]

mod support;

// Only `retold` is used here: its `gold_articles` reads files, which the
// browser has not.
#[allow(dead_code)]
#[path = "../crates/engine/tests/synthetic/mod.rs"]
mod synthetic;

use corroborate::document::Document;
use corroborate::extract;
use corroborate::report::Report;
use corroborate_app::corpus::BUNDLED;
use corroborate_app::state::adding::Adding;
use corroborate_app::state::corpus::Corpus;
use corroborate_app::state::AppState;
use leptos::prelude::window;
use leptos::wasm_bindgen::JsValue;
use support::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const COPIES: usize = 200;

/// The invented earthquake reports of the alignment gold set.
const ANDES_QUAKE: [(&str, &str); 5] = [
    ("a_wire", include_str!("align/andes_quake/a_wire.txt")),
    ("b_daily", include_str!("align/andes_quake/b_daily.txt")),
    ("c_broadcaster", include_str!("align/andes_quake/c_broadcaster.txt")),
    ("d_agency", include_str!("align/andes_quake/d_agency.txt")),
    ("e_local", include_str!("align/andes_quake/e_local.txt")),
];

/// `performance.now()`, in seconds.
fn now() -> f64 {
    let now =
        js_sys::Function::new_no_args("return performance.now()").call0(&JsValue::NULL).unwrap();
    now.as_f64().unwrap() / 1000.0
}

fn megabytes(docs: &[Document]) -> f64 {
    docs.iter().map(|doc| doc.text.len()).sum::<usize>() as f64 / 1e6
}

/// The bundled five copied 200 times with numbers and years varied: a
/// worst case for alignment, as each story is told again and again in nearly
/// the same words.
#[wasm_bindgen_test]
fn engine_extracts_and_aligns_1000_articles() {
    time_engine("copies", &varied_articles(COPIES));
}

/// 100 distinct stories: the ten hand-checked articles (the bundled five and
/// the invented earthquake five) retold, each story with its own names.
#[wasm_bindgen_test]
fn engine_extracts_and_aligns_1000_articles_of_distinct_stories() {
    let base: Vec<Document> = BUNDLED
        .iter()
        .chain(&ANDES_QUAKE)
        .map(|(id, text)| Document::from_text(*id, *text))
        .collect();
    time_engine("stories", &synthetic::retold(&base, 100));
}

/// How many times the engine benchmarks run: the machine is shared and a
/// single pass swings by a third, so the best pass is the one compared with
/// the budget and every pass is printed.
const PASSES: usize = 3;

/// Extracts and aligns `docs` (1,000 articles) [`PASSES`] times, checks the
/// report is whole and prints the engine times.
fn time_engine(corpus: &str, docs: &[Document]) {
    assert_eq!(docs.len(), 1000);
    let mut passes: Vec<(f64, f64)> = Vec::new();
    let mut report = None;
    for _ in 0..PASSES {
        let started = now();
        let extracted: Vec<_> = docs.iter().map(|doc| (doc, extract::extract(doc))).collect();
        let extracted_at = now();
        report = Some(Report::from_extractions(extracted));
        passes.push((extracted_at - started, now() - extracted_at));
    }
    let report = report.expect("at least one pass");
    assert_eq!(report.documents.len(), 1000);
    assert!(report.claims.len() > 10_000, "{} claims", report.claims.len());
    assert!(report.topics.len() > 1_000, "{} topics", report.topics.len());
    let in_topics: usize = report.topics.iter().map(|topic| topic.claims.len()).sum();
    assert_eq!(in_topics, report.claims.len(), "every claim is in one topic");
    let total = |&(extract, align): &(f64, f64)| extract + align;
    let best = passes
        .iter()
        .copied()
        .min_by(|a, b| total(a).total_cmp(&total(b)))
        .expect("at least one pass");
    let all: Vec<String> = passes.iter().map(|pass| format!("{:.2}", total(pass))).collect();
    console_log!(
        "engine ({corpus}): {} articles, {:.1} MB, {} claims, {} topics: extract {:.2} s, align {:.2} s, total {:.2} s (best of {PASSES} passes: {} s)",
        docs.len(),
        megabytes(docs),
        report.claims.len(),
        report.topics.len(),
        best.0,
        best.1,
        total(&best),
        all.join(", ")
    );
}

#[wasm_bindgen_test]
fn app_state_adds_1000_articles_and_pages_the_table() {
    let docs = varied_articles(COPIES);
    let mut state = AppState::new(Corpus::bundled(), Default::default());
    let started = now();
    let mut adding =
        Adding::new(docs.iter().map(|doc| (doc.id.clone(), Ok(doc.clone()))).collect());
    let mut chunks = 0;
    while !adding.is_read() {
        adding.read_chunk();
        chunks += 1;
    }
    let read_at = now();
    state.finish_adding(adding);
    let added_at = now();
    let rows = state.rows();
    let rows_at = now();
    assert_eq!(state.columns().len(), 1005);
    assert_eq!(rows.len(), state.corpus.report().topics.len());
    assert_eq!(state.source_summaries().len(), 50);
    assert_eq!(state.timeline().lanes.len(), 25);
    console_log!(
        "app: {} articles in {chunks} chunks: read {:.2} s, join and align {:.2} s, table rows {:.2} s",
        docs.len(),
        read_at - started,
        added_at - read_at,
        rows_at - added_at
    );
}

/// Opening 1,000 files in the real page: progress shows and moves, then the
/// table shows one page, and the page stays a few thousand elements; a
/// reload reads them again from storage.
#[wasm_bindgen_test]
async fn the_page_adds_1000_files_with_progress() {
    fresh_page("");
    let mut app = mount_app().await;
    let container = app.container.clone();
    open_tab(&container, "sources").await;
    let files = as_files(&varied_articles(COPIES));
    let started = now();
    choose_files(&container, &borrowed(&files));
    leptos::task::tick().await;
    let mut labels: Vec<String> = Vec::new();
    while adding(&container) {
        let label = text(&one(&container, ".notice p"));
        if labels.last() != Some(&label) {
            labels.push(label);
        }
        assert!(now() - started < 300.0, "still adding: {labels:?}");
        sleep(10).await;
    }
    let added_at = now();
    open_tab(&container, "table").await;
    let shown_at = now();
    assert!(labels.len() >= 3, "the progress moved: {labels:?}");
    assert!(
        labels
            .iter()
            .any(|label| label.starts_with("Reading") && label.ends_with("of 1,000 articles…")),
        "{labels:?}"
    );
    assert_eq!(all(&container, "tbody tr").len(), 100);
    assert_eq!(
        all(&container, "thead th[data-source]").len(),
        1005 % 12,
        "the last window, with the last added source"
    );
    let elements = container.get_elements_by_tag_name("*").length();
    assert!(elements < 10_000, "{elements} elements");
    console_log!(
        "page: 1000 files added in {:.2} s ({} progress updates seen), table shown {:.2} s later, {elements} elements",
        added_at - started,
        labels.len(),
        shown_at - added_at
    );

    let notice = text(&one(&container, ".notice"));
    assert!(
        notice.starts_with("Added 1,000 articles") && !notice.contains("could not be saved"),
        "{notice}"
    );
    app.unmount();
    let reload = now();
    let app = mount_app().await;
    let read_again = now() - reload;
    let open = window().location().search().unwrap();
    let open = open
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.strip_prefix("article="))
        .unwrap_or_default()
        .to_string();
    assert!(
        app.container.query_selector(&format!("thead th[data-source='{open}']")).unwrap().is_some(),
        "the open article's column"
    );
    console_log!("reload: 1000 stored articles read again in {read_again:.2} s");
    fresh_page("");
}
