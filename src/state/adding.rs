//! Articles being added a chunk at a time: reading 1,000 files takes seconds,
//! so the page extracts a few hundred kilobytes, lets the browser repaint the
//! progress, and goes on; the corpus is aligned once, at the end.

use corroborate::document::Document;

use super::corpus::{Origin, Source, StoredArticle};
use super::import::ImportError;
use super::paging::grouped;

/// Text extracted between two repaints: a few dozen milliseconds of work.
const CHUNK_BYTES: usize = 256 * 1024;
/// Up to this many added articles are named one by one in the notice.
const NAMED: usize = 3;
/// Up to this many failures are explained one by one.
const EXPLAINED: usize = 5;

/// One pasted text or opened file: what to call it in a message ("the pasted
/// text", a file name) and the article, or why there is none.
pub type Import = (String, Result<Document, ImportError>);

/// How far an addition has got.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    pub read: usize,
    pub total: usize,
}

impl Progress {
    /// "Reading 340 of 1,000 articles…", then "Comparing…" while aligning.
    pub fn label(self) -> String {
        let articles = if self.total == 1 { "article" } else { "articles" };
        if self.read < self.total {
            format!("Reading {} of {} {articles}…", grouped(self.read), grouped(self.total))
        } else {
            format!("Comparing {} {articles}…", grouped(self.total))
        }
    }
}

/// Articles still to read, and what reading them gave so far.
#[derive(Debug)]
pub struct Adding {
    pending: std::vec::IntoIter<Document>,
    total: usize,
    read: Vec<Source>,
    /// What the reader is told about each import, in order.
    added: Vec<String>,
    failed: Vec<String>,
    claims: usize,
}

impl Adding {
    /// Imports that could not be made into articles are explained at once;
    /// the articles wait to be read.
    pub fn new(imports: Vec<Import>) -> Adding {
        let mut articles = Vec::new();
        let mut failed = Vec::new();
        for (what, result) in imports {
            match result {
                Ok(doc) => articles.push(doc),
                Err(error) => failed.push(format!("Could not add {what}: {error}.")),
            }
        }
        Adding {
            total: articles.len(),
            pending: articles.into_iter(),
            read: Vec::new(),
            added: Vec::new(),
            failed,
            claims: 0,
        }
    }

    /// The reader's stored articles, read again when the page loads.
    pub fn stored(articles: Vec<StoredArticle>) -> Adding {
        let imports = articles
            .into_iter()
            .map(|article| {
                let doc = Document::from_text(&article.id, article.text);
                (article.id, Ok(doc))
            })
            .collect();
        Adding::new(imports)
    }

    /// How many articles are read, of how many.
    pub fn progress(&self) -> Progress {
        Progress { read: self.total - self.pending.len(), total: self.total }
    }

    pub fn is_read(&self) -> bool {
        self.pending.len() == 0
    }

    /// Extracts the next chunk of articles: at least one, then more until
    /// about [`CHUNK_BYTES`] of text.
    pub fn read_chunk(&mut self) {
        let mut bytes = 0;
        while bytes < CHUNK_BYTES {
            let Some(doc) = self.pending.next() else { return };
            bytes += doc.text.len();
            self.note_added(Source::new(doc, Origin::Added));
        }
    }

    fn note_added(&mut self, source: Source) {
        let claims = source.extraction.claims.len();
        self.claims += claims;
        let mut line =
            format!("Added “{}”: {claims} claims, now a column of the table.", source.id());
        if !source.doc.warnings.is_empty() {
            line.push_str(&format!(" Note: {}.", source.doc.warnings.join("; ")));
        }
        self.added.push(line);
        self.read.push(source);
    }

    /// The articles read, ready to join the corpus, and what to tell the
    /// reader: `(message, whether something failed)`, or `None` for nothing.
    pub fn finish(self) -> (Vec<Source>, Option<(String, bool)>) {
        let mut lines = if self.added.len() <= NAMED {
            self.added
        } else {
            vec![format!(
                "Added {} articles ({} claims); each is a column of the table.",
                grouped(self.added.len()),
                grouped(self.claims)
            )]
        };
        let failed = !self.failed.is_empty();
        let unexplained = self.failed.len().saturating_sub(EXPLAINED);
        lines.extend(self.failed.into_iter().take(EXPLAINED));
        if unexplained > 0 {
            lines.push(format!("{} more could not be added.", grouped(unexplained)));
        }
        let message = (!lines.is_empty()).then(|| (lines.join(" "), failed));
        (self.read, message)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(n: usize, bytes: usize) -> Import {
        let sentence = "Officials said 12 troops left on Monday. ";
        let text = sentence.repeat(bytes / sentence.len() + 1);
        (format!("“{n}.txt”"), Ok(Document::from_text(format!("a{n}"), text)))
    }

    fn read_all(adding: &mut Adding) {
        while !adding.is_read() {
            adding.read_chunk();
        }
    }

    fn refused(n: usize) -> Import {
        (format!("“{n}.png”"), Err(ImportError::Unsupported(format!("{n}.png"))))
    }

    #[test]
    fn reads_in_chunks_of_a_few_hundred_kilobytes() {
        let mut adding = Adding::new((0..10).map(|n| article(n, 100 * 1024)).collect());
        assert_eq!(adding.progress(), Progress { read: 0, total: 10 });
        adding.read_chunk();
        assert_eq!(adding.progress().read, 3, "three 100 KB articles pass the chunk size");
        read_all(&mut adding);
        assert_eq!(adding.progress(), Progress { read: 10, total: 10 });
        let (sources, message) = adding.finish();
        assert_eq!(sources.len(), 10);
        let (text, failed) = message.unwrap();
        assert!(!failed && text.starts_with("Added 10 articles ("), "{text}");
    }

    #[test]
    fn a_huge_article_is_a_chunk_on_its_own() {
        let mut adding = Adding::new(vec![article(0, 1024 * 1024), article(1, 10)]);
        adding.read_chunk();
        assert_eq!(adding.progress().read, 1);
        adding.read_chunk();
        assert!(adding.is_read());
    }

    #[test]
    fn progress_reads_then_compares() {
        assert_eq!(Progress { read: 340, total: 1000 }.label(), "Reading 340 of 1,000 articles…");
        assert_eq!(Progress { read: 2, total: 2 }.label(), "Comparing 2 articles…");
        assert_eq!(Progress { read: 0, total: 1 }.label(), "Reading 0 of 1 article…");
    }

    #[test]
    fn a_few_additions_are_named_and_failures_explained() {
        let mut adding = Adding::new(vec![article(1, 10), refused(2), article(3, 10)]);
        assert_eq!(adding.progress().total, 2, "a refused file is no article to read");
        read_all(&mut adding);
        let (sources, message) = adding.finish();
        assert_eq!(sources.iter().map(Source::id).collect::<Vec<_>>(), ["a1", "a3"]);
        let (text, failed) = message.unwrap();
        assert!(
            failed && text.contains("Added “a1”") && text.contains("Could not add “2.png”"),
            "{text}"
        );
    }

    #[test]
    fn many_failures_are_summed_up() {
        let adding = Adding::new((0..8).map(refused).collect());
        assert!(adding.is_read(), "nothing to read");
        let (sources, message) = adding.finish();
        assert!(sources.is_empty());
        let (text, failed) = message.unwrap();
        assert!(
            failed
                && text.matches("Could not add").count() == 5
                && text.ends_with("3 more could not be added."),
            "{text}"
        );
    }

    #[test]
    fn nothing_to_add_says_nothing() {
        assert_eq!(Adding::new(Vec::new()).finish().1, None);
    }
}
