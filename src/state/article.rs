//! The open article as runs of text with one look each: set aside by cleaning
//! (dimmed, never hidden), a claim's words (marked by kind), and the sentence
//! the reader asked about (highlighted). Concatenated, the runs are the text.

use corroborate::claim::{Claim, ClaimKind};
use corroborate::clean::BlockKind;

use super::corpus::Source;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    pub text: String,
    /// Why cleaning set this aside ("header", "related link"…); `None` for story text.
    pub set_aside: Option<&'static str>,
    /// The claim whose words these are.
    pub claim: Option<(String, ClaimKind)>,
    /// Inside the evidence sentence of the selected claim.
    pub selected: bool,
}

/// Cuts `source`'s text wherever its look changes. `claims` are that source's
/// claims; `selected` the claim whose sentence is highlighted, if it is one of them.
pub fn segments(source: &Source, claims: &[&Claim], selected: Option<&Claim>) -> Vec<Segment> {
    let text = &source.doc.text;
    let selected = selected.filter(|claim| *claim.doc == *source.doc.id);
    let mut cuts = vec![0, text.len()];
    for block in &source.extraction.blocks {
        cuts.extend([block.start, block.end]);
    }
    for claim in claims {
        cuts.extend([claim.mention.start, claim.mention.end]);
    }
    if let Some(claim) = selected {
        cuts.extend([claim.start, claim.end]);
    }
    cuts.retain(|&cut| cut <= text.len() && text.is_char_boundary(cut));
    cuts.sort_unstable();
    cuts.dedup();

    let mut segments: Vec<Segment> = Vec::new();
    for pair in cuts.windows(2) {
        let (start, end) = (pair[0], pair[1]);
        let set_aside = source
            .extraction
            .blocks
            .iter()
            .find(|block| block.start <= start && end <= block.end)
            .and_then(|block| block_note(block.kind));
        let claim = claims
            .iter()
            .find(|claim| claim.mention.start <= start && end <= claim.mention.end)
            .map(|claim| (claim.id.as_str().to_owned(), claim.kind));
        let selected = selected.is_some_and(|claim| claim.start <= start && end <= claim.end);
        let piece = &text[start..end];
        match segments.last_mut() {
            Some(last)
                if last.set_aside == set_aside
                    && last.claim == claim
                    && last.selected == selected =>
            {
                last.text.push_str(piece);
            }
            _ => segments.push(Segment { text: piece.to_string(), set_aside, claim, selected }),
        }
    }
    segments
}

fn block_note(kind: BlockKind) -> Option<&'static str> {
    match kind {
        BlockKind::Body => None,
        BlockKind::Header => Some("header"),
        BlockKind::Title => Some("title"),
        BlockKind::Boilerplate(kind) => Some(kind.label()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::corpus::Origin;
    use corroborate::document::Document;

    fn source(text: &str) -> Source {
        Source::new(Document::from_text("t", text), Origin::Added)
    }

    #[test]
    fn segments_rebuild_the_text_and_dim_boilerplate() {
        let source =
            source(" date 2025-04-28 By Jane Doe\nStory one.\nALSO READ: Other news It went on.\n");
        let segments = segments(&source, &[], None);
        let joined: String = segments.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(joined, source.doc.text);
        assert!(segments.iter().any(|s| s.set_aside == Some("related link")));
        assert!(segments.iter().any(|s| s.set_aside == Some("header")));
    }

    #[test]
    fn claims_are_marked_and_the_selected_sentence_highlighted() {
        let source = source(" date 2025-04-28\nOfficials said at least 1,600 people died on Saturday.\nRescue went on.\n");
        let claims: Vec<&Claim> = source.extraction.claims.iter().collect();
        let figure = claims.iter().find(|c| c.kind == ClaimKind::Figure).expect("a figure claim");
        let segments = segments(&source, &claims, Some(figure));
        let joined: String = segments.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(joined, source.doc.text);
        let highlighted: String =
            segments.iter().filter(|s| s.selected).map(|s| s.text.as_str()).collect();
        assert_eq!(highlighted, *figure.text);
        let marked = segments
            .iter()
            .find(|s| s.claim.as_ref().is_some_and(|(id, _)| *id == figure.id))
            .unwrap();
        assert_eq!(marked.text, figure.mention.text);
        assert!(segments.iter().any(|s| matches!(s.claim, Some((_, ClaimKind::Event)))));
    }

    #[test]
    fn a_claim_of_another_article_highlights_nothing() {
        let source = source("Officials said 1,600 people died.");
        let other = source.extraction.claims[0].clone();
        let other = Claim { doc: "elsewhere".into(), ..other };
        assert!(segments(&source, &[], Some(&other)).iter().all(|s| !s.selected));
    }
}
