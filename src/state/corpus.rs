//! The articles being compared — the bundled ones plus the reader's own — and
//! the engine's report over all of them, rebuilt whenever the set changes.

use std::sync::atomic::{AtomicU32, Ordering};

use serde::{Deserialize, Serialize};

use corroborate::claim::Claim;
use corroborate::document::Document;
use corroborate::extract::{self, Extraction};
use corroborate::report::{Report, Topic};

use crate::corpus::BUNDLED;

/// How much of the first sentence stands in for a missing headline.
const TITLE_CHARS: usize = 72;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// Shipped with the app; `n` is its place in the bundle, for its name.
    Bundled(usize),
    /// Pasted or opened by the reader; kept in local storage.
    Added,
}

/// One article and what the engine read from it.
#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    pub doc: Document,
    /// Kept for the article view: blocks to dim, sentences to highlight.
    pub extraction: Extraction,
    pub origin: Origin,
}

impl Source {
    pub fn new(doc: Document, origin: Origin) -> Source {
        let extraction = extract::extract(&doc);
        Source { doc, extraction, origin }
    }

    pub fn id(&self) -> &str {
        &self.doc.id
    }

    /// What a column is headed with: the outlet the reader typed, or
    /// "Report 3" for a bundled file whose name is only a hash.
    pub fn name(&self) -> String {
        match self.origin {
            Origin::Bundled(n) => format!("Report {}", n + 1),
            Origin::Added => self.doc.id.clone(),
        }
    }

    /// "2025-04-28", or a plain word when the article gives no date.
    pub fn published_label(&self) -> String {
        self.extraction
            .metadata
            .published
            .map_or_else(|| "undated".to_string(), |date| date.to_string())
    }

    /// Who or where the story comes from: byline, then dateline.
    pub fn credit(&self) -> Option<String> {
        let metadata = &self.extraction.metadata;
        match (&metadata.byline, &metadata.dateline) {
            (Some(byline), Some(dateline)) => Some(format!("By {byline} · {dateline}")),
            (Some(byline), None) => Some(format!("By {byline}")),
            (None, Some(dateline)) => Some(dateline.clone()),
            (None, None) => None,
        }
    }

    pub fn word_count(&self) -> usize {
        self.doc.word_count()
    }

    /// The headline; failing that, the opening of the first sentence.
    pub fn title(&self) -> String {
        if let Some(title) = &self.extraction.metadata.title {
            return title.clone();
        }
        let Some(&(start, end)) = self.extraction.sentences.first() else {
            return self.doc.id.clone();
        };
        let lead = &self.doc.text[start..end];
        match lead.char_indices().nth(TITLE_CHARS) {
            Some((cut, _)) => format!("{}…", lead[..cut].trim_end()),
            None => lead.to_string(),
        }
    }
}

/// What local storage keeps: the reader's changes to the bundled corpus.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredCorpus {
    /// Bundled articles the reader removed.
    pub removed: Vec<String>,
    pub added: Vec<StoredArticle>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredArticle {
    pub id: String,
    pub text: String,
}

/// Every source and the report over them.
#[derive(Debug, Clone)]
pub struct Corpus {
    sources: Vec<Source>,
    report: Report,
    /// Unique to each set of sources, so views re-derive rows only when it
    /// changes instead of comparing thousands of claims on every click.
    revision: u32,
}

/// Two corpora are equal when they hold the same sources, however built.
impl PartialEq for Corpus {
    fn eq(&self, other: &Corpus) -> bool {
        self.sources == other.sources && self.report == other.report
    }
}

static REVISIONS: AtomicU32 = AtomicU32::new(0);

impl Corpus {
    pub fn bundled() -> Corpus {
        Corpus::restore(&StoredCorpus::default())
    }

    /// The bundled corpus with the reader's removals and additions applied.
    pub fn restore(stored: &StoredCorpus) -> Corpus {
        let bundled = BUNDLED
            .iter()
            .enumerate()
            .filter(|(_, (id, _))| !stored.removed.iter().any(|removed| removed == id))
            .map(|(n, (id, text))| {
                Source::new(Document::from_text(*id, *text), Origin::Bundled(n))
            });
        let added = stored.added.iter().map(|article| {
            Source::new(Document::from_text(&article.id, &article.text), Origin::Added)
        });
        Corpus::from_sources(bundled.chain(added).collect())
    }

    /// Aligns the sources' kept extractions; no article is extracted twice.
    fn from_sources(sources: Vec<Source>) -> Corpus {
        let extracted =
            sources.iter().map(|source| (&source.doc, source.extraction.clone())).collect();
        let revision = REVISIONS.fetch_add(1, Ordering::Relaxed) + 1;
        Corpus { report: Report::from_extractions(extracted), sources, revision }
    }

    /// Changes whenever the sources do.
    pub fn revision(&self) -> u32 {
        self.revision
    }

    /// What to write to local storage so [`Corpus::restore`] rebuilds this corpus.
    pub fn stored(&self) -> StoredCorpus {
        let removed = BUNDLED
            .iter()
            .map(|(id, _)| id.to_string())
            .filter(|id| self.source(id).is_none())
            .collect();
        let added = self
            .sources
            .iter()
            .filter(|source| source.origin == Origin::Added)
            .map(|source| StoredArticle {
                id: source.doc.id.clone(),
                text: source.doc.text.clone(),
            })
            .collect();
        StoredCorpus { removed, added }
    }

    pub fn sources(&self) -> &[Source] {
        &self.sources
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|source| source.id() == id)
    }

    pub fn ids(&self) -> Vec<&str> {
        self.sources.iter().map(Source::id).collect()
    }

    pub fn report(&self) -> &Report {
        &self.report
    }

    pub fn claim(&self, id: &str) -> Option<&Claim> {
        self.report.claims.iter().find(|claim| claim.id == id)
    }

    pub fn topic(&self, id: &str) -> Option<&Topic> {
        self.report.topics.iter().find(|topic| topic.id == id)
    }

    /// The topic a claim was aligned into.
    pub fn topic_of(&self, claim_id: &str) -> Option<&Topic> {
        self.report.topics.iter().find(|topic| topic.claims.iter().any(|id| id == claim_id))
    }

    /// Claims of one document, in text order.
    pub fn claims_of<'a>(&'a self, doc: &'a str) -> impl Iterator<Item = &'a Claim> + 'a {
        self.report.claims.iter().filter(move |claim| &*claim.doc == doc)
    }

    /// Adds an article (its id must be new; see `import`) and re-runs the analysis.
    pub fn add(&mut self, doc: Document) {
        self.add_sources(vec![Source::new(doc, Origin::Added)]);
    }

    /// Adds articles already extracted and aligns once, however many there are.
    pub fn add_sources(&mut self, added: Vec<Source>) {
        let mut sources = std::mem::take(&mut self.sources);
        sources.extend(added);
        *self = Corpus::from_sources(sources);
    }

    /// Removes an article; false when there was none with that id.
    pub fn remove(&mut self, id: &str) -> bool {
        let before = self.sources.len();
        let sources: Vec<Source> =
            std::mem::take(&mut self.sources).into_iter().filter(|s| s.id() != id).collect();
        let removed = sources.len() < before;
        *self = Corpus::from_sources(sources);
        removed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_corpus_has_every_file_and_a_report() {
        let corpus = Corpus::bundled();
        assert_eq!(corpus.sources().len(), BUNDLED.len());
        assert!(corpus.sources().len() >= 5);
        assert_eq!(corpus.report().documents.len(), BUNDLED.len());
        assert!(!corpus.report().claims.is_empty());
        assert_eq!(corpus.sources()[0].name(), "Report 1");
        assert_eq!(corpus.stored(), StoredCorpus::default());
    }

    #[test]
    fn additions_and_removals_round_trip_through_storage() {
        let mut corpus = Corpus::bundled();
        corpus.add(Document::from_text(
            "Daily Planet",
            " date 2025-04-29\nOfficials said 12,000 troops left on Monday.",
        ));
        assert!(corpus.remove(BUNDLED[1].0));
        assert!(!corpus.remove("no such id"));
        assert!(corpus.claims_of("Daily Planet").count() > 0);
        let stored = corpus.stored();
        assert_eq!(stored.removed, vec![BUNDLED[1].0.to_string()]);
        assert_eq!(stored.added[0].id, "Daily Planet");
        let json = serde_json::to_string(&stored).unwrap();
        let restored = Corpus::restore(&serde_json::from_str(&json).unwrap());
        assert_eq!(restored, corpus);
        assert_ne!(
            restored.revision(),
            corpus.revision(),
            "views re-derive from a restored corpus"
        );
        assert_eq!(restored.source("Daily Planet").unwrap().name(), "Daily Planet");
    }

    #[test]
    fn kept_extractions_give_the_same_report_as_extracting_again() {
        let mut corpus = Corpus::bundled();
        corpus.add(Document::from_text(
            "Daily Planet",
            " date 2025-04-29\nOfficials said 12,000 troops left on Monday.",
        ));
        let docs: Vec<Document> =
            corpus.sources().iter().map(|source| source.doc.clone()).collect();
        assert_eq!(corpus.report(), &Report::build(&docs));
    }

    #[test]
    fn every_claim_belongs_to_a_topic() {
        let corpus = Corpus::bundled();
        for claim in &corpus.report().claims {
            assert!(corpus.topic_of(&claim.id).is_some(), "{}", claim.id.as_str());
        }
    }

    #[test]
    fn source_describes_itself() {
        let source = Source::new(
            Document::from_text("t", " date 2025-04-28 By Jane Doe\nStory one.\nIt went on.\n"),
            Origin::Added,
        );
        assert_eq!(source.credit().as_deref(), Some("By Jane Doe"));
        assert_eq!(source.published_label(), "2025-04-28");
        assert_eq!(source.title(), "Story one.");
    }
}
