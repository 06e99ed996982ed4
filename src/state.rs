//! The app's state as plain types with methods: what the reader has loaded and
//! selected. Components read these and call their methods; no logic lives in
//! the view code, so all of it is tested natively.

use corroborate::clean::BlockKind;
use corroborate::document::Document;
use corroborate::extract::{self, Extraction};

use crate::corpus::BUNDLED;

/// How much of the first sentence stands in for a missing headline.
const TITLE_CHARS: usize = 72;

/// One article and what the engine read from it.
#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    pub doc: Document,
    pub extraction: Extraction,
}

/// How a run of article text is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SegmentKind {
    Body,
    /// Header, title or boilerplate: shown dimmed, never hidden.
    SetAside,
}

/// A run of article text with one look. Concatenated, the segments are the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    pub text: String,
    pub kind: SegmentKind,
    /// Why it is set aside ("header", "related link"…), for a tooltip.
    pub note: Option<&'static str>,
}

impl Source {
    pub fn new(doc: Document) -> Source {
        let extraction = extract::extract(&doc);
        Source { doc, extraction }
    }

    pub fn id(&self) -> &str {
        &self.doc.id
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

    /// The whole text, cut where cleaning set something aside.
    pub fn segments(&self) -> Vec<Segment> {
        let text = &self.doc.text;
        let mut segments = Vec::new();
        let mut cursor = 0;
        for block in &self.extraction.blocks {
            let note = match block.kind {
                BlockKind::Body => None,
                BlockKind::Header => Some("header"),
                BlockKind::Title => Some("title"),
                BlockKind::Boilerplate(kind) => Some(kind.label()),
            };
            let kind = if note.is_some() { SegmentKind::SetAside } else { SegmentKind::Body };
            if block.start > cursor {
                push_segment(&mut segments, &text[cursor..block.start], SegmentKind::Body, None);
            }
            push_segment(&mut segments, &text[block.start..block.end], kind, note);
            cursor = block.end;
        }
        push_segment(&mut segments, &text[cursor..], SegmentKind::Body, None);
        segments
    }
}

fn push_segment(segments: &mut Vec<Segment>, text: &str, kind: SegmentKind, note: Option<&'static str>) {
    if !text.is_empty() {
        segments.push(Segment { text: text.to_string(), kind, note });
    }
}

/// Every source the reader has, and which one is open.
#[derive(Debug, Clone, PartialEq)]
pub struct Library {
    sources: Vec<Source>,
    selected: Option<String>,
}

impl Library {
    /// The bundled corpus with its first article open.
    pub fn bundled() -> Library {
        let sources: Vec<Source> = BUNDLED
            .iter()
            .map(|(id, text)| Source::new(Document::from_text(*id, *text)))
            .collect();
        let selected = sources.first().map(|source| source.id().to_string());
        Library { sources, selected }
    }

    pub fn sources(&self) -> &[Source] {
        &self.sources
    }

    pub fn selected(&self) -> Option<&Source> {
        let id = self.selected.as_deref()?;
        self.sources.iter().find(|source| source.id() == id)
    }

    pub fn is_selected(&self, id: &str) -> bool {
        self.selected.as_deref() == Some(id)
    }

    /// Opens the source with `id`; unknown ids leave the selection as it was.
    pub fn select(&mut self, id: &str) {
        if self.sources.iter().any(|source| source.id() == id) {
            self.selected = Some(id.to_string());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_library_has_every_corpus_file_and_opens_the_first() {
        let library = Library::bundled();
        assert_eq!(library.sources().len(), BUNDLED.len());
        assert!(library.sources().len() >= 5);
        assert_eq!(library.selected().map(Source::id), Some(BUNDLED[0].0));
    }

    #[test]
    fn selecting_an_unknown_id_keeps_the_current_article() {
        let mut library = Library::bundled();
        let second = library.sources()[1].id().to_string();
        library.select(&second);
        library.select("no such article");
        assert!(library.is_selected(&second));
    }

    #[test]
    fn segments_rebuild_the_text_and_dim_boilerplate() {
        let source = Source::new(Document::from_text(
            "t",
            " date 2025-04-28 By Jane Doe\nStory one.\nALSO READ: Other news It went on.\n",
        ));
        let segments = source.segments();
        let joined: String = segments.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(joined, source.doc.text);
        assert!(segments.iter().any(|s| s.note == Some("related link")));
        assert_eq!(source.credit().as_deref(), Some("By Jane Doe"));
        assert_eq!(source.published_label(), "2025-04-28");
        assert_eq!(source.title(), "Story one.");
    }
}
