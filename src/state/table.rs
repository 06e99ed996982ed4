//! The comparison table's content: a row per topic, a cell per source, each
//! cell the claims that source makes on the topic in brief — or a silence.

use corroborate::claim::{Claim, ClaimKind};
use corroborate::report::{brief, Status};
use corroborate::textmap::TextMap;

use super::corpus::Corpus;
use super::paging::List;

/// A source column's heading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    pub doc: String,
    pub name: String,
    pub published: String,
    pub credit: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub topic: String,
    pub label: String,
    pub kind: ClaimKind,
    pub status: Status,
    pub why: String,
    /// Place in the report, for "document order".
    pub order: usize,
    /// Only the sources with a claim or a silence on the topic: with 1,000
    /// sources a full row would be mostly empty cells. See [`Row::cell`].
    pub cells: Vec<Cell>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    pub doc: String,
    pub entries: Vec<Entry>,
    /// The topic's verdict names this source as saying nothing about it.
    pub silent: bool,
}

/// One claim as a cell shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub claim: String,
    /// The value with its hedge, the date, or who spoke.
    pub headline: String,
    /// What the headline leaves out: the date and who said it.
    pub detail: Option<String>,
    /// The evidence sentence, for search and tooltips.
    pub sentence: String,
}

impl Entry {
    pub fn new(claim: &Claim) -> Entry {
        let mut detail = String::new();
        if let Some(when) = claim.when.as_ref().filter(|_| claim.kind != ClaimKind::Event) {
            detail.push_str(when.text.as_str());
        }
        if let Some(speaker) = claim.speaker.as_ref().filter(|_| claim.kind != ClaimKind::Statement)
        {
            if !detail.is_empty() {
                detail.push_str(" · ");
            }
            detail.extend([speaker.as_str(), " ", claim.cue.as_deref().unwrap_or("said")]);
        }
        Entry {
            claim: claim.id.as_str().to_owned(),
            headline: brief(claim),
            detail: (!detail.is_empty()).then_some(detail),
            sentence: claim.text.as_str().to_owned(),
        }
    }

    /// Headline and detail on one line, as the CSV and tooltips show it.
    pub fn summary(&self) -> String {
        match &self.detail {
            Some(detail) => format!("{} ({detail})", self.headline),
            None => self.headline.clone(),
        }
    }
}

impl Cell {
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

impl Row {
    /// What `doc` has on the topic; `None` when it has neither a claim nor a silence.
    pub fn cell(&self, doc: &str) -> Option<&Cell> {
        self.cells.iter().find(|cell| cell.doc == doc)
    }
}

pub fn columns(corpus: &Corpus) -> Vec<Column> {
    corpus
        .sources()
        .iter()
        .map(|source| Column {
            doc: source.id().to_string(),
            name: source.name(),
            published: source.published_label(),
            credit: source.credit(),
        })
        .collect()
}

/// Every topic of the report as a row, in report order.
pub fn rows(corpus: &Corpus) -> Vec<Row> {
    let report = corpus.report();
    let claims: TextMap =
        report.claims.iter().enumerate().map(|(n, claim)| (claim.id.as_str(), n)).collect();
    corpus
        .report()
        .topics
        .iter()
        .enumerate()
        .map(|(order, topic)| {
            let mut cells: Vec<Cell> = Vec::new();
            for claim in topic
                .claims
                .iter()
                .filter_map(|id| claims.get(id.as_str()).map(|&n| &report.claims[n]))
            {
                let entry = Entry::new(claim);
                match cells.iter_mut().find(|cell| *cell.doc == *claim.doc) {
                    Some(cell) => cell.entries.push(entry),
                    None => cells.push(Cell {
                        doc: claim.doc.to_string(),
                        entries: vec![entry],
                        silent: false,
                    }),
                }
            }
            cells.extend(topic.silent.iter().map(|doc| Cell {
                doc: doc.to_string(),
                entries: Vec::new(),
                silent: true,
            }));
            Row {
                topic: topic.id.clone(),
                label: topic.label.clone(),
                kind: topic.kind,
                status: topic.status,
                why: topic.why.clone(),
                order,
                cells,
            }
        })
        .collect()
}

/// Where an arrow key moves focus in a grid of `rows` × `columns` cells
/// (column 0 is the topic heading); `None` when the key is not a move.
pub fn step(at: (usize, usize), key: &str, rows: usize, columns: usize) -> Option<(usize, usize)> {
    let (row, column) = at;
    let last_row = rows.checked_sub(1)?;
    let last_column = columns.checked_sub(1)?;
    Some(match key {
        "ArrowUp" => (row.saturating_sub(1), column),
        "ArrowDown" => (row.saturating_add(1).min(last_row), column),
        "ArrowLeft" => (row, column.saturating_sub(1)),
        "ArrowRight" => (row, column.saturating_add(1).min(last_column)),
        "Home" => (row, 0),
        "End" => (row, last_column),
        _ => return None,
    })
}

/// An arrow key pressed against the edge of the page shown: turn `list` a
/// page on (`forward`) or back, then focus `focus` (`usize::MAX` meaning the
/// last row or column), so the keyboard reaches every topic and source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageTurn {
    pub list: List,
    pub forward: bool,
    pub focus: (usize, usize),
}

/// The page turn an arrow key asks for at `at` in a grid of `rows` × `columns`
/// (row 0 the column headings, column 0 the topics); `None` inside the page.
pub fn page_turn(at: (usize, usize), key: &str, rows: usize, columns: usize) -> Option<PageTurn> {
    let (row, column) = at;
    let turn = |list, forward, focus| Some(PageTurn { list, forward, focus });
    match key {
        "ArrowDown" if row > 0 && row + 1 == rows => turn(List::Rows, true, (1, column)),
        "ArrowUp" if row == 1 => turn(List::Rows, false, (usize::MAX, column)),
        "ArrowRight" if column > 0 && column + 1 == columns => turn(List::Columns, true, (row, 1)),
        "ArrowLeft" if column == 1 => turn(List::Columns, false, (row, usize::MAX)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use corroborate::document::Document;

    #[test]
    fn every_topic_is_a_row_with_a_cell_per_source() {
        let corpus = Corpus::bundled();
        let rows = rows(&corpus);
        assert_eq!(rows.len(), corpus.report().topics.len());
        let columns = columns(&corpus);
        for row in &rows {
            let cells: Vec<&Cell> =
                columns.iter().filter_map(|column| row.cell(&column.doc)).collect();
            assert_eq!(cells.len(), row.cells.len(), "every cell is a column's");
            let claimed = cells.iter().filter(|cell| !cell.is_empty()).count();
            assert!(claimed >= 1, "{}", row.topic);
            assert!(
                cells.iter().all(|cell| !cell.silent || cell.is_empty()),
                "silent means no claim"
            );
            assert!(
                cells.iter().all(|cell| cell.silent || !cell.is_empty()),
                "sparse: only claims and silences"
            );
        }
        assert_eq!(columns.len(), corpus.sources().len());
    }

    #[test]
    fn an_entry_names_hedge_value_date_and_speaker() {
        let mut corpus = Corpus::restore(&Default::default());
        corpus.add(Document::from_text(
            "x",
            " date 2025-04-28\nOfficials said on Monday that at least 10,000 troops were sent.",
        ));
        let figure = corpus.claims_of("x").find(|c| c.kind == ClaimKind::Figure).unwrap();
        let entry = Entry::new(figure);
        assert!(entry.headline.starts_with("at least 10,000"), "{entry:?}");
        let detail = entry.detail.clone().unwrap();
        assert!(detail.contains("Monday") && detail.contains("Officials"), "{detail}");
        assert!(entry.summary().contains(&detail));
    }

    #[test]
    fn arrow_keys_stay_inside_the_grid() {
        assert_eq!(step((0, 0), "ArrowUp", 3, 4), Some((0, 0)));
        assert_eq!(step((0, 0), "ArrowDown", 3, 4), Some((1, 0)));
        assert_eq!(step((2, 3), "ArrowDown", 3, 4), Some((2, 3)));
        assert_eq!(step((2, 3), "ArrowRight", 3, 4), Some((2, 3)));
        assert_eq!(step((1, 2), "Home", 3, 4), Some((1, 0)));
        assert_eq!(step((1, 2), "End", 3, 4), Some((1, 3)));
        assert_eq!(step((1, 2), "a", 3, 4), None);
        assert_eq!(step((0, 0), "ArrowDown", 0, 4), None);
    }

    #[test]
    fn arrow_keys_at_the_edge_of_a_page_turn_it() {
        let turn = |list, forward, focus| Some(PageTurn { list, forward, focus });
        assert_eq!(page_turn((3, 2), "ArrowDown", 4, 5), turn(List::Rows, true, (1, 2)));
        assert_eq!(page_turn((1, 2), "ArrowUp", 4, 5), turn(List::Rows, false, (usize::MAX, 2)));
        assert_eq!(page_turn((2, 4), "ArrowRight", 4, 5), turn(List::Columns, true, (2, 1)));
        assert_eq!(
            page_turn((2, 1), "ArrowLeft", 4, 5),
            turn(List::Columns, false, (2, usize::MAX))
        );
        assert_eq!(page_turn((2, 2), "ArrowDown", 4, 5), None, "inside the page");
        assert_eq!(page_turn((0, 2), "ArrowUp", 4, 5), None, "the headings row");
        assert_eq!(page_turn((2, 0), "ArrowLeft", 4, 5), None, "the topics column");
        assert_eq!(page_turn((2, 2), "Home", 4, 5), None);
    }
}
