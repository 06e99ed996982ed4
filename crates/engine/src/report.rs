//! The report over a whole corpus: documents, claims and topics, in the JSON
//! shape the CLI prints and the app exports, plus a plain-text table.

use std::fmt::Write as _;

use serde::{Deserialize, Serialize};

use crate::claim::{Claim, ClaimKind};
use crate::date::Date;
use crate::document::Document;
use crate::extract::{self, Extraction};
use crate::quantity::Qualifier;

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

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Agree,
    Conflict,
    Single,
    Evolving,
}

/// Claims that state the same thing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Topic {
    pub id: String,
    /// A short human label: "North Korean troops sent to Russia".
    pub label: String,
    pub kind: ClaimKind,
    /// Claim ids, in document then text order.
    pub claims: Vec<String>,
    pub status: Status,
    /// The verdict in one line: "at least 10,000 fits 14,000".
    pub why: String,
    /// Documents that say nothing about this topic (blindspots).
    pub silent: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub documents: Vec<DocumentSummary>,
    pub claims: Vec<Claim>,
    pub topics: Vec<Topic>,
}

impl Report {
    /// Extracts every document; each claim is its own topic until alignment.
    pub fn build(docs: &[Document]) -> Report {
        let mut documents = Vec::with_capacity(docs.len());
        let mut claims = Vec::new();
        for doc in docs {
            let Extraction { metadata, claims: found, .. } = extract::extract(doc);
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
        let topics = claims
            .iter()
            .map(|claim| Topic {
                id: claim.topic.clone(),
                label: brief(claim),
                kind: claim.kind,
                claims: vec![claim.id.clone()],
                status: Status::Single,
                why: format!("only {} says this", claim.doc),
                silent: docs.iter().filter(|doc| doc.id != claim.doc).map(|doc| doc.id.clone()).collect(),
            })
            .collect();
        Report { documents, claims, topics }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a report always serializes")
    }

    /// One line per claim: document, kind, brief, evidence.
    pub fn to_table(&self) -> String {
        let mut out = String::new();
        for doc in &self.documents {
            let published = doc.published.map_or("unknown date".to_string(), |d| d.to_string());
            let byline = doc.byline.as_deref().unwrap_or("no byline");
            let _ = writeln!(out, "# {}  {}  {}  {} words", doc.id, published, byline, doc.words);
        }
        let _ = writeln!(out);
        let _ = writeln!(out, "{:<24} {:<9} {:<40} evidence", "claim", "kind", "brief");
        for claim in &self.claims {
            let kind = match claim.kind {
                ClaimKind::Figure => "figure",
                ClaimKind::Event => "event",
                ClaimKind::Statement => "statement",
            };
            let _ = writeln!(
                out,
                "{:<24} {:<9} {:<40} {}",
                claim.id,
                kind,
                truncate(&brief(claim), 40),
                truncate(&claim.text, 100)
            );
        }
        out
    }
}

/// A claim in a few words: "at least 10,000 troops", "2024-09-01..2024-11-30 (last fall)", "KCNA: said".
pub fn brief(claim: &Claim) -> String {
    match claim.kind {
        ClaimKind::Figure => claim.quantity.as_ref().map_or_else(String::new, |q| {
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
                (false, Some(high)) if high != q.low => format!("{}–{}", format_number(q.low), format_number(high)),
                _ => format_number(q.low),
            };
            format!("{hedge}{value} {}", q.unit).trim_end().to_string()
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

/// 10000 → "10,000"; 1300000 → "1,300,000"; 2.5 → "2.5".
pub fn format_number(value: f64) -> String {
    if value.fract() != 0.0 || value.abs() >= 1e15 {
        return value.to_string();
    }
    let digits = (value.abs() as u64).to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    if value < 0.0 {
        grouped.insert(0, '-');
    }
    grouped
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
    }

    #[test]
    fn report_lists_every_document_even_without_claims() {
        let docs = [Document::from_text("a", "Nothing here."), Document::from_text("b", "date 2025-01-02\nText.")];
        let report = Report::build(&docs);
        assert_eq!(report.documents.len(), 2);
        assert_eq!(report.documents[1].published, Date::new(2025, 1, 2));
        let json: serde_json::Value = serde_json::from_str(&report.to_json()).unwrap();
        assert!(json["topics"].is_array());
    }
}
