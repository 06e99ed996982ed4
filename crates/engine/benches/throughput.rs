//! Engine throughput on a corpus of at least 10 MB: the seed articles and the
//! invented gold articles, repeated. Reports MB/s for extraction alone and for
//! the whole report (extraction and alignment). Run with `cargo bench`.

use std::hint::black_box;
use std::path::Path;
use std::time::Instant;

use corroborate::document::Document;
use corroborate::{clean, dates, figures, sentences, statements};
use corroborate::extract::extract;
use corroborate::report::Report;

const TARGET_BYTES: usize = 10 * 1024 * 1024;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let seeds = read_articles(&[root.join("corpus"), root.join("tests/gold/articles")]);
    assert!(!seeds.is_empty(), "no articles found under corpus/ or tests/gold/articles/");
    let docs = repeat_to_size(&seeds, TARGET_BYTES);
    let bytes: usize = docs.iter().map(|doc| doc.text.len()).sum();
    let megabytes = bytes as f64 / 1e6;
    println!("corpus: {} documents, {megabytes:.1} MB", docs.len());

    let started = Instant::now();
    let mut claims = 0;
    for doc in &docs {
        claims += black_box(extract(doc)).claims.len();
    }
    let seconds = started.elapsed().as_secs_f64();
    println!(
        "extract: {:.1} MB/s ({claims} claims in {seconds:.2} s, one core)",
        megabytes / seconds
    );

    stage_breakdown(&docs, megabytes);

    let started = Instant::now();
    let report = black_box(Report::build(&docs));
    let seconds = started.elapsed().as_secs_f64();
    println!(
        "report (extract + align): {:.1} MB/s ({} topics in {seconds:.2} s)",
        megabytes / seconds,
        report.topics.len()
    );
}

/// Time of each pipeline stage alone, to show where the time goes.
fn stage_breakdown(docs: &[Document], megabytes: f64) {
    let prepared: Vec<(Vec<&str>, Option<corroborate::date::Date>)> = docs
        .iter()
        .map(|doc| {
            let cleaned = clean::clean(&doc.text);
            let sentences = cleaned
                .body()
                .flat_map(|block| {
                    let body = &doc.text[block.start..block.end];
                    sentences::split(body).into_iter().map(move |(start, end)| &body[start..end])
                })
                .collect();
            (sentences, cleaned.metadata.published)
        })
        .collect();
    let stages: [(&str, &dyn Fn()); 5] = [
        ("clean", &|| docs.iter().for_each(|doc| drop(black_box(clean::clean(&doc.text))))),
        ("sentences", &|| docs.iter().for_each(|doc| drop(black_box(sentences::split(&doc.text))))),
        ("figures", &|| prepared.iter().flat_map(|(s, _)| s).for_each(|s| drop(black_box(figures::find_figures(s))))),
        ("dates", &|| prepared.iter().for_each(|(s, published)| s.iter().for_each(|s| drop(black_box(dates::find_dates(s, *published)))))),
        ("statements", &|| prepared.iter().for_each(|(s, _)| drop(black_box(statements::find_statements(s))))),
    ];
    for (name, stage) in stages {
        let started = Instant::now();
        stage();
        let seconds = started.elapsed().as_secs_f64();
        println!("  {name:<11} {:>7.1} MB/s", megabytes / seconds);
    }
}

fn read_articles(dirs: &[std::path::PathBuf]) -> Vec<String> {
    let mut paths: Vec<_> = dirs
        .iter()
        .filter_map(|dir| std::fs::read_dir(dir).ok())
        .flatten()
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "txt"))
        .collect();
    paths.sort();
    paths.iter().filter_map(|path| std::fs::read_to_string(path).ok()).collect()
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
