//! Synthetic corpora for scale checks (tests/align.rs) and timing
//! (benches/align.rs): the ten hand-checked articles retold as many stories,
//! each with its own names, all in the same news cycles.

use std::path::Path;

use corroborate::document::Document;

/// The five seed reports and the five andes_quake reports, in file order.
pub fn gold_articles() -> Vec<Document> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut docs = Vec::new();
    for dir in ["corpus", "tests/align/andes_quake"] {
        let mut paths: Vec<_> = std::fs::read_dir(root.join(dir))
            .unwrap_or_else(|e| panic!("{dir}: {e}"))
            .map(|entry| entry.expect("a directory entry").path())
            .filter(|path| path.extension().is_some_and(|ext| ext == "txt"))
            .collect();
        paths.sort();
        for path in paths {
            let bytes = std::fs::read(&path).expect("a readable article");
            let id = path.file_stem().expect("a file name").to_string_lossy().into_owned();
            docs.push(Document::from_bytes(id, &bytes).expect("a text article"));
        }
    }
    docs
}

/// `stories` copies of `base`; copy `n` has ids `s<n>-<id>` and every
/// capitalized word prefixed with its own tag ("Piura" → "XbcPiura").
pub fn retold(base: &[Document], stories: usize) -> Vec<Document> {
    (0..stories)
        .flat_map(|n| {
            base.iter().map(move |doc| {
                Document::from_text(format!("s{n:03}-{}", doc.id), tag_names(&doc.text, n))
            })
        })
        .collect()
}

/// Months and weekdays keep their names so that dates still read.
const CALENDAR: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

fn tag_names(text: &str, n: usize) -> String {
    let tag: String = ['X', (b'a' + (n / 26 % 26) as u8) as char, (b'a' + (n % 26) as u8) as char]
        .iter()
        .collect();
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        let capitalized = word.chars().next().is_some_and(char::is_uppercase);
        if capitalized && word.chars().count() > 2 && !CALENDAR.contains(&word.as_str()) {
            out.push_str(&tag);
        }
        out.push_str(word);
        word.clear();
    };
    for c in text.chars() {
        if c.is_alphabetic() {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}
