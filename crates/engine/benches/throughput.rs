//! Engine throughput on a corpus of at least 10 MB: the seed articles and the
//! invented gold articles of session 7, repeated. The list is frozen so that
//! MB/s stay comparable across sessions as the gold set grows. Reports MB/s for extraction alone (best,
//! median and first of five passes), for each pipeline stage, and for the
//! whole report (extraction and alignment).
//! Run with `cargo bench`.
//!
//! Three environment variables make it usable under a profiler:
//! `THROUGHPUT_MB` sets the corpus size (default 10, fractions allowed),
//! `THROUGHPUT_SKIP_STAGES=1` skips the stage breakdown and
//! `THROUGHPUT_SKIP_REPORT=1` skips the report. Every stage is a named
//! function (never inlined), so `callgrind_annotate --inclusive=yes` shows each one's cost.

use std::hint::black_box;
use std::path::Path;
use std::time::Instant;

use corroborate::date::Date;
use corroborate::document::Document;
use corroborate::extract::extract;
use corroborate::report::Report;
use corroborate::{clean, dates, figures, sentences, statements};

const DEFAULT_MEGABYTES: f64 = 10.0;
const PASSES: usize = 5;

/// The bench input, fixed (in the order it was read when it was frozen).
const BENCH_ARTICLES: [&str; 13] = [
    "corpus/000_38b05d4338d82b95.txt",
    "corpus/001_ce93131a44ef49a9.txt",
    "corpus/002_bae635561239e362.txt",
    "corpus/003_837d898b6b922d5d.txt",
    "corpus/004_1d4c9646faf9fd89.txt",
    "tests/gold/articles/court_ruling.txt",
    "tests/gold/articles/election_b.txt",
    "tests/gold/articles/housing.txt",
    "tests/gold/articles/merger.txt",
    "tests/gold/articles/quake_a.txt",
    "tests/gold/articles/strike.txt",
    "tests/gold/articles/study.txt",
    "tests/gold/articles/train_crash.txt",
];

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let seeds = read_articles(&root);
    let target: f64 = std::env::var("THROUGHPUT_MB")
        .ok()
        .and_then(|mb| mb.parse().ok())
        .unwrap_or(DEFAULT_MEGABYTES);
    let docs = repeat_to_size(&seeds, (target * 1024.0 * 1024.0) as usize);
    let bytes: usize = docs.iter().map(|doc| doc.text.len()).sum();
    let megabytes = bytes as f64 / 1e6;
    println!("corpus: {} documents, {megabytes:.1} MB ({bytes} bytes)", docs.len());

    // Several passes: the first also pays for growing the heap, and on a
    // shared machine the best and the median of a few say more than one.
    let mut claims = 0;
    let mut passes: Vec<f64> = (0..PASSES)
        .map(|_| {
            let started = Instant::now();
            claims = extract_all(&docs);
            started.elapsed().as_secs_f64()
        })
        .collect();
    let first = passes[0];
    passes.sort_by(f64::total_cmp);
    println!(
        "extract: {:.1} MB/s best, {:.1} median, {:.1} first of {PASSES} passes ({claims} claims, one core)",
        megabytes / passes[0],
        megabytes / passes[PASSES / 2],
        megabytes / first
    );

    if std::env::var_os("THROUGHPUT_SKIP_STAGES").is_none() {
        stage_breakdown(&docs, megabytes);
    }

    if std::env::var_os("THROUGHPUT_SKIP_REPORT").is_some() {
        return;
    }
    let started = Instant::now();
    let report = black_box(Report::build(&docs));
    let seconds = started.elapsed().as_secs_f64();
    println!(
        "report (extract + align): {:.1} MB/s ({} topics in {seconds:.2} s)",
        megabytes / seconds,
        report.topics.len()
    );
}

#[inline(never)] // a frame of its own in profiles
fn extract_all(docs: &[Document]) -> usize {
    docs.iter().map(|doc| black_box(extract(doc)).claims.len()).sum()
}

/// Body sentences of one document and its publication date: the input of
/// the figure, date and statement stages.
struct Prepared<'a> {
    sentences: Vec<&'a str>,
    published: Option<Date>,
}

/// Time of each pipeline stage alone, to show where the time goes.
fn stage_breakdown(docs: &[Document], megabytes: f64) {
    let prepared: Vec<Prepared> = docs.iter().map(prepare).collect();
    let stages: [(&str, &dyn Fn()); 5] = [
        ("clean", &|| stage_clean(docs)),
        ("sentences", &|| stage_sentences(docs)),
        ("figures", &|| stage_figures(&prepared)),
        ("dates", &|| stage_dates(&prepared)),
        ("statements", &|| stage_statements(&prepared)),
    ];
    for (name, stage) in stages {
        let started = Instant::now();
        stage();
        let seconds = started.elapsed().as_secs_f64();
        println!("  {name:<11} {:>7.1} MB/s", megabytes / seconds);
    }
}

fn prepare(doc: &Document) -> Prepared<'_> {
    let cleaned = clean::clean(&doc.text);
    let sentences = cleaned
        .body()
        .flat_map(|block| {
            let body = &doc.text[block.start..block.end];
            sentences::split(body).into_iter().map(move |(start, end)| &body[start..end])
        })
        .collect();
    Prepared { sentences, published: cleaned.metadata.published }
}

#[inline(never)] // a frame of its own in profiles
fn stage_clean(docs: &[Document]) {
    docs.iter().for_each(|doc| drop(black_box(clean::clean(&doc.text))));
}

#[inline(never)] // a frame of its own in profiles
fn stage_sentences(docs: &[Document]) {
    docs.iter().for_each(|doc| drop(black_box(sentences::split(&doc.text))));
}

#[inline(never)] // a frame of its own in profiles
fn stage_figures(prepared: &[Prepared]) {
    let sentences = prepared.iter().flat_map(|p| &p.sentences);
    sentences.for_each(|s| drop(black_box(figures::find_figures(s))));
}

#[inline(never)] // a frame of its own in profiles
fn stage_dates(prepared: &[Prepared]) {
    for p in prepared {
        p.sentences.iter().for_each(|s| drop(black_box(dates::find_dates(s, p.published))));
    }
}

#[inline(never)] // a frame of its own in profiles
fn stage_statements(prepared: &[Prepared]) {
    prepared.iter().for_each(|p| drop(black_box(statements::find_statements(&p.sentences))));
}

fn read_articles(root: &Path) -> Vec<String> {
    BENCH_ARTICLES
        .iter()
        .map(|path| {
            let path = root.join(path);
            std::fs::read_to_string(&path)
                .unwrap_or_else(|error| panic!("cannot read {}: {error}", path.display()))
        })
        .collect()
}

/// Copies of the seed articles until `target` bytes, each with its own id.
fn repeat_to_size(seeds: &[String], target: usize) -> Vec<Document> {
    let mut docs = Vec::new();
    let mut bytes = 0;
    while bytes < target {
        let text = &seeds[docs.len() % seeds.len()];
        bytes += text.len();
        docs.push(Document::from_text(format!("doc{}", docs.len()), text.clone()));
    }
    docs
}
