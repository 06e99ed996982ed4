//! The report over a whole corpus: documents, claims and topics, in the JSON
//! shape the CLI prints and the app exports, plus a plain-text table.

use std::fmt::Write as _;

use serde::{Deserialize, Serialize};

use crate::align;
pub use crate::align::{Status, Topic};
use crate::claim::{Claim, ClaimKind};
use crate::date::Date;
use crate::document::Document;
use crate::extract::{self, Extraction};
use crate::json;
use crate::quantity::{Qualifier, Quantity};
use crate::sort;

/// What a report says about one document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocumentSummary {
    pub id: String,
    pub published: Option<Date>,
    pub byline: Option<String>,
    pub title: Option<String>,
    pub dateline: Option<String>,
    pub words: usize,
    pub warnings: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub documents: Vec<DocumentSummary>,
    pub claims: Vec<Claim>,
    pub topics: Vec<Topic>,
}

impl Report {
    /// Extracts every document and aligns the claims into topics.
    pub fn build(docs: &[Document]) -> Report {
        Report::from_extractions(docs.iter().map(|doc| (doc, extract::extract(doc))).collect())
    }

    /// Aligns documents already extracted: a caller that keeps each document's
    /// extraction (the app) re-extracts nothing when one document is added.
    /// Documents are reported in id order, so the report does not depend on
    /// input order.
    pub fn from_extractions(mut extracted: Vec<(&Document, Extraction)>) -> Report {
        sort::sort_by(&mut extracted, |a, b| a.0.id.cmp(&b.0.id));
        let mut documents = Vec::with_capacity(extracted.len());
        let mut claims = Vec::new();
        for (doc, Extraction { metadata, claims: found, .. }) in extracted {
            documents.push(DocumentSummary {
                id: doc.id.clone(),
                published: metadata.published,
                byline: metadata.byline,
                title: metadata.title,
                dateline: metadata.dateline,
                words: doc.word_count(),
                warnings: doc.warnings.clone(),
            });
            claims.extend(found);
        }
        let topics = align::align(&documents, &mut claims);
        Report { documents, claims, topics }
    }

    /// The report as JSON, in serde_json's pretty layout (see [`crate::json`]).
    pub fn to_json(&self) -> String {
        json::report(self)
    }

    /// One line per claim (document, kind, brief, evidence, topic), then one
    /// block per topic: label, status, why, the claims of each document, and
    /// the documents that stay silent.
    pub fn to_table(&self) -> String {
        let mut out = String::new();
        for doc in &self.documents {
            let published = doc.published.map_or("unknown date".to_string(), |d| d.to_string());
            let byline = doc.byline.as_deref().unwrap_or("no byline");
            let _ = writeln!(out, "# {}  {}  {}  {} words", doc.id, published, byline, doc.words);
        }
        let _ = writeln!(out);
        let _ =
            writeln!(out, "{:<24} {:<6} {:<9} {:<40} evidence", "claim", "topic", "kind", "brief");
        for claim in &self.claims {
            let _ = writeln!(
                out,
                "{:<24} {:<6} {:<9} {:<40} {}",
                claim.id,
                claim.topic,
                kind_name(claim.kind),
                truncate(&brief(claim), 40),
                truncate(&claim.text, 100)
            );
        }
        let _ = writeln!(out, "\n{} topics", self.topics.len());
        for topic in &self.topics {
            let _ = writeln!(
                out,
                "\n{} [{} · {}] {}",
                topic.id,
                kind_name(topic.kind),
                status_name(topic.status),
                topic.label
            );
            let _ = writeln!(out, "    why: {}", topic.why);
            let mut docs: Vec<&str> = Vec::new();
            for id in &topic.claims {
                let claim = self
                    .claims
                    .iter()
                    .find(|c| c.id == id.as_str())
                    .expect("topics list known claims");
                if !docs.contains(&claim.doc.as_ref()) {
                    docs.push(&claim.doc);
                }
            }
            for doc in docs {
                let briefs: Vec<String> = self
                    .claims
                    .iter()
                    .filter(|c| &*c.doc == doc && c.topic == topic.id)
                    .map(|c| {
                        format!(
                            "{} {}",
                            c.id.rsplit('#').next().unwrap_or(""),
                            truncate(&brief(c), 40)
                        )
                    })
                    .collect();
                let _ = writeln!(out, "    {doc}: {}", briefs.join("; "));
            }
            if !topic.silent.is_empty() {
                let _ = writeln!(out, "    silent: {}", topic.silent.join(", "));
            }
        }
        out
    }
}

/// A claim in a few words: "at least 1,600 people", "2024-09-01..2024-11-30 (last fall)", "the agency: said".
pub fn brief(claim: &Claim) -> String {
    match claim.kind {
        ClaimKind::Figure => claim.quantity.as_ref().map_or_else(String::new, |q| {
            format!("{} {}", amount(q), q.unit).trim_end().to_string()
        }),
        ClaimKind::Event => claim.when.as_ref().map_or_else(String::new, |when| {
            if when.start == when.end {
                format!("{} ({})", when.start, when.text)
            } else {
                format!("{}..{} ({})", when.start, when.end, when.text)
            }
        }),
        ClaimKind::Statement => format!(
            "{} {}",
            claim.speaker.as_deref().unwrap_or("someone"),
            claim.cue.as_deref().unwrap_or("said")
        ),
    }
}

/// A figure's hedge and value without its unit: "at least 10,000", "about 10,000–12,000".
pub fn amount(q: &Quantity) -> String {
    let hedge = match q.qualifier {
        Qualifier::Exact => "",
        Qualifier::About => "about ",
        Qualifier::Nearly => "nearly ",
        Qualifier::AtLeast => "at least ",
        Qualifier::MoreThan => "more than ",
        Qualifier::UpTo => "up to ",
        Qualifier::FewerThan => "fewer than ",
    };
    let value = match (q.qualifier.is_open_below(), q.high) {
        (true, Some(high)) => format_number(high),
        (false, Some(high)) if high != q.low => {
            format!("{}–{}", format_number(q.low), format_number(high))
        }
        _ => format_number(q.low),
    };
    format!("{hedge}{value}")
}

/// 10000 → "10,000"; 1300000 → "1,300,000"; 2.5 → "2.5". Fractions keep up
/// to three decimals. Built from integers: float formatting would pull about
/// 20 KB of tables into the browser build.
pub fn format_number(value: f64) -> String {
    /// Beyond this, digits are noise: write 1.5e21 instead.
    const LARGEST_WRITTEN_OUT: f64 = 1e15;
    if value.is_nan() {
        return "NaN".into();
    }
    if value.is_infinite() {
        return if value < 0.0 { "-∞".into() } else { "∞".into() };
    }
    if value.abs() >= LARGEST_WRITTEN_OUT {
        let exponent = value.abs().log10().floor() as i32;
        return format!("{}e{exponent}", format_number(value / 10f64.powi(exponent)));
    }
    let scaled = (value.abs() * 1000.0).round() as u64;
    let (whole, fraction) = (scaled / 1000, scaled % 1000);
    let digits = whole.to_string();
    let mut text = String::with_capacity(digits.len() * 4 / 3 + 5);
    if value < 0.0 && scaled > 0 {
        text.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            text.push(',');
        }
        text.push(c);
    }
    if fraction > 0 {
        text.push('.');
        let decimals = [fraction / 100, fraction / 10 % 10, fraction % 10];
        let shown = decimals.iter().rposition(|&d| d != 0).map_or(0, |last| last + 1);
        text.extend(decimals[..shown].iter().map(|&d| char::from(b'0' + d as u8)));
    }
    text
}

pub(crate) fn kind_name(kind: ClaimKind) -> &'static str {
    match kind {
        ClaimKind::Figure => "figure",
        ClaimKind::Event => "event",
        ClaimKind::Statement => "statement",
    }
}

pub(crate) fn status_name(status: Status) -> &'static str {
    match status {
        Status::Agree => "agree",
        Status::Conflict => "conflict",
        Status::Single => "single",
        Status::Evolving => "evolving",
    }
}

fn truncate(text: &str, chars: usize) -> String {
    if text.chars().count() <= chars {
        return text.to_string();
    }
    let mut cut: String = text.chars().take(chars - 1).collect();
    cut.push('…');
    cut
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_grouped_by_thousands() {
        assert_eq!(format_number(10000.0), "10,000");
        assert_eq!(format_number(1_300_000.0), "1,300,000");
        assert_eq!(format_number(999.0), "999");
        assert_eq!(format_number(2.5), "2.5");
        assert_eq!(format_number(1234.05), "1,234.05");
        assert_eq!(format_number(0.125), "0.125");
        assert_eq!(format_number(-3.0), "-3");
        assert_eq!(format_number(-0.0001), "0");
        assert_eq!(format_number(1.5e21), "1.5e21");
        assert_eq!(format_number(-1e300), "-1e300");
        assert_eq!(format_number(f64::INFINITY), "∞");
        assert_eq!(format_number(f64::NAN), "NaN");
    }

    #[test]
    fn report_lists_every_document_even_without_claims() {
        let docs = [
            Document::from_text("a", "Nothing here."),
            Document::from_text("b", "date 2025-01-02\nText."),
        ];
        let report = Report::build(&docs);
        assert_eq!(report.documents.len(), 2);
        assert_eq!(report.documents[1].published, Date::new(2025, 1, 2));
        let json: serde_json::Value = serde_json::from_str(&report.to_json()).unwrap();
        assert!(json["topics"].is_array());
    }
}
