//! Which rows of the comparison table the reader wants, in what order.

use std::cmp::Ordering;

use corroborate::case::lowercase;
use corroborate::claim::ClaimKind;
use corroborate::report::Status;

use super::labels::status_rank;
use super::table::Row;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Sort {
    /// As the report lists topics: roughly the order stories tell them.
    #[default]
    Document,
    /// By topic label, A–Z.
    Topic,
    /// Conflicts first, then evolving, agreeing and single-source topics.
    Status,
}

impl Sort {
    pub const ALL: [Sort; 3] = [Sort::Document, Sort::Topic, Sort::Status];

    pub fn name(self) -> &'static str {
        match self {
            Sort::Document => "document",
            Sort::Topic => "topic",
            Sort::Status => "status",
        }
    }

    pub fn parse(name: &str) -> Option<Sort> {
        Sort::ALL.into_iter().find(|sort| sort.name() == name)
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    pub kind: Option<ClaimKind>,
    pub status: Option<Status>,
    /// Only topics this source (a document id) speaks to.
    pub source: Option<String>,
    /// Case-insensitive words to find in the label, verdict or evidence.
    pub text: String,
    pub sort: Sort,
}

impl Filters {
    pub fn keeps(&self, row: &Row) -> bool {
        self.kind.is_none_or(|kind| row.kind == kind)
            && self.status.is_none_or(|status| row.status == status)
            && self
                .source
                .as_deref()
                .is_none_or(|doc| row.cell(doc).is_some_and(|cell| !cell.is_empty()))
            && self.matches_text(row)
    }

    /// Every word of the query appears somewhere in the row.
    fn matches_text(&self, row: &Row) -> bool {
        let query = lowercase(&self.text);
        let mut words = query.split_whitespace().peekable();
        if words.peek().is_none() {
            return true;
        }
        let mut haystack = format!("{}\n{}", row.label, row.why);
        for entry in row.cells.iter().flat_map(|cell| &cell.entries) {
            haystack.push('\n');
            haystack.push_str(&entry.summary());
            haystack.push('\n');
            haystack.push_str(&entry.sentence);
        }
        let haystack = lowercase(&haystack);
        words.all(|word| haystack.contains(word))
    }

    /// The kept rows, sorted; ties keep report order. (The engine's shared
    /// sort: each sort instantiation costs the .wasm several KB.)
    pub fn apply(&self, mut rows: Vec<Row>) -> Vec<Row> {
        rows.retain(|row| self.keeps(row));
        corroborate::sort::sort_by(&mut rows, |a, b| self.compare(a, b));
        rows
    }

    fn compare(&self, a: &Row, b: &Row) -> Ordering {
        let first = match self.sort {
            Sort::Document => Ordering::Equal,
            Sort::Topic => lowercase(&a.label).cmp(&lowercase(&b.label)),
            Sort::Status => status_rank(a.status).cmp(&status_rank(b.status)),
        };
        first.then(a.order.cmp(&b.order))
    }

    /// Forgets a source filter on a source that is gone.
    pub fn forget_source(&mut self, doc: &str) {
        if self.source.as_deref() == Some(doc) {
            self.source = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::table::{Cell, Entry};

    fn row(order: usize, label: &str, kind: ClaimKind, status: Status, doc: &str) -> Row {
        Row {
            topic: format!("t{order}"),
            label: label.into(),
            kind,
            status,
            why: "because".into(),
            order,
            cells: vec![Cell {
                doc: doc.into(),
                entries: vec![Entry {
                    claim: format!("{doc}#{order}"),
                    headline: label.into(),
                    detail: Some("Seoul said".into()),
                    sentence: format!("The {label} sentence."),
                }],
                silent: false,
            }],
        }
    }

    fn sample() -> Vec<Row> {
        vec![
            row(0, "troops", ClaimKind::Figure, Status::Single, "a"),
            row(1, "Monday", ClaimKind::Event, Status::Conflict, "b"),
            row(2, "Apples", ClaimKind::Statement, Status::Agree, "a"),
        ]
    }

    fn labels(rows: &[Row]) -> Vec<&str> {
        rows.iter().map(|row| row.label.as_str()).collect()
    }

    #[test]
    fn no_filter_keeps_everything_in_report_order() {
        assert_eq!(labels(&Filters::default().apply(sample())), ["troops", "Monday", "Apples"]);
    }

    #[test]
    fn filters_combine() {
        let by_kind = Filters { kind: Some(ClaimKind::Event), ..Default::default() };
        assert_eq!(labels(&by_kind.apply(sample())), ["Monday"]);
        let by_status = Filters { status: Some(Status::Agree), ..Default::default() };
        assert_eq!(labels(&by_status.apply(sample())), ["Apples"]);
        let by_source = Filters { source: Some("a".into()), ..Default::default() };
        assert_eq!(labels(&by_source.apply(sample())), ["troops", "Apples"]);
        let both = Filters {
            source: Some("a".into()),
            kind: Some(ClaimKind::Event),
            ..Default::default()
        };
        assert!(both.apply(sample()).is_empty());
    }

    #[test]
    fn text_search_reads_labels_details_and_sentences() {
        let search = |text: &str| {
            labels(&Filters { text: text.into(), ..Default::default() }.apply(sample())).len()
        };
        assert_eq!(search("TROOPS"), 1);
        assert_eq!(search("seoul"), 3);
        assert_eq!(search("apples sentence"), 1);
        assert_eq!(search("apples monday"), 0);
        assert_eq!(search("   "), 3);
    }

    #[test]
    fn sorts_by_topic_or_status() {
        let by_topic = Filters { sort: Sort::Topic, ..Default::default() };
        assert_eq!(labels(&by_topic.apply(sample())), ["Apples", "Monday", "troops"]);
        let by_status = Filters { sort: Sort::Status, ..Default::default() };
        assert_eq!(labels(&by_status.apply(sample())), ["Monday", "Apples", "troops"]);
        for sort in Sort::ALL {
            assert_eq!(Sort::parse(sort.name()), Some(sort));
        }
    }
}
