//! One document through the pipeline: clean → sentences → figures, dates and
//! statements → claims with byte offsets into the document text.

use std::cell::RefCell;
use std::sync::Arc;

use crate::claim::{Claim, ClaimKind, Mention, When};
use crate::clean::{self, Block, BlockKind, Metadata};
use crate::dates::{self, DateMention};
use crate::document::Document;
use crate::figures;
use crate::prefilter;
use crate::sentences;
use crate::statements::{self, Statement};

/// Everything the engine learned from one document.
#[derive(Debug, Clone, PartialEq)]
pub struct Extraction {
    pub metadata: Metadata,
    /// The whole text as header, title, body and boilerplate blocks.
    pub blocks: Vec<Block>,
    /// Byte spans of the body sentences, in order.
    pub sentences: Vec<(usize, usize)>,
    pub claims: Vec<Claim>,
}

impl Extraction {
    /// Byte spans of the blocks set aside as boilerplate.
    pub fn boilerplate(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        self.blocks
            .iter()
            .filter(|block| matches!(block.kind, BlockKind::Boilerplate(_)))
            .map(|block| (block.start, block.end))
    }
}

/// Claims of one document. Each claim's `topic` stays empty until alignment.
pub fn extract(doc: &Document) -> Extraction {
    let text = doc.text.as_str();
    let cleaned = clean::clean(text);
    let mut sentences = Vec::with_capacity(text.len() / BYTES_PER_SENTENCE);
    for block in cleaned.body() {
        let first = sentences.len();
        sentences::split_into(&text[block.start..block.end], &mut sentences);
        for (start, end) in &mut sentences[first..] {
            (*start, *end) = (block.start + *start, block.start + *end);
        }
    }
    let sentence_texts: Vec<&str> = sentences.iter().map(|&(start, end)| &text[start..end]).collect();
    let found_statements = statements::find_statements(&sentence_texts);
    // In sentence order: each sentence takes its own off the front.
    let mut unclaimed = found_statements.as_slice();

    // Each scanner over all the sentences before the next one starts: run
    // in turns per sentence, their code evicted each other's from the
    // instruction cache.
    let published = cleaned.metadata.published;
    let mut found: Vec<Found> = sentence_texts.iter().map(|sentence| Found::needed(sentence)).collect();
    for (found, sentence) in found.iter_mut().zip(&sentence_texts) {
        if found.needs.dates {
            found.dates = dates::find_dates(sentence, published);
        }
    }
    for (found, sentence) in found.iter_mut().zip(&sentence_texts) {
        if found.needs.figures {
            found.figures = figures::find_figures(sentence);
        }
    }
    // A figure that names nothing counts what the sentence before it, in
    // the same paragraph, counted.
    for n in 1..found.len() {
        let same_paragraph = !text[sentences[n - 1].1..sentences[n].0].contains('\n');
        if same_paragraph && found[n].figures.iter().any(|f| f.quantity.unit.is_empty()) {
            let (before, from) = found.split_at_mut(n);
            figures::borrow_units(&before[n - 1].figures, &mut from[0].figures);
        }
    }

    let mut builder = ClaimBuilder::new(doc);
    for (n, ((&(start, _), &sentence), found)) in sentences.iter().zip(&sentence_texts).zip(found).enumerate() {
        let Found { figures: found_figures, dates: found_dates, .. } = found;
        let own = unclaimed.iter().take_while(|statement| statement.sentence == n).count();
        let (attributed, rest) = unclaimed.split_at(own);
        unclaimed = rest;
        if found_figures.is_empty() && found_dates.is_empty() && attributed.is_empty() {
            continue;
        }
        let context = SentenceContext {
            start,
            text: sentence,
            evidence: Arc::from(sentence),
            attribution: attributed.first().map(Attribution::of),
            first_date: found_dates.first(),
        };
        for figure in found_figures {
            let claim = builder.claim(ClaimKind::Figure, &context, context.first_date, figure.start, figure.end);
            claim.quantity = Some(figure.quantity);
        }
        for date in &found_dates {
            builder.claim(ClaimKind::Event, &context, Some(date), date.start, date.end);
        }
        for (n, statement) in attributed.iter().enumerate() {
            let claim =
                builder.claim(ClaimKind::Statement, &context, context.first_date, statement.speaker_start, statement.speaker_end);
            if n > 0 {
                let own = Attribution::of(statement);
                (claim.speaker, claim.cue) = (Some(own.speaker), Some(own.cue));
            }
        }
    }

    Extraction {
        metadata: cleaned.metadata,
        blocks: cleaned.blocks,
        sentences,
        claims: builder.claims,
    }
}

/// What the figure and date scanners found in one sentence.
struct Found {
    needs: prefilter::Needs,
    dates: Vec<DateMention>,
    figures: Vec<figures::Figure>,
}

impl Found {
    /// Nothing yet, and which scanners `sentence` needs.
    fn needed(sentence: &str) -> Found {
        Found { needs: prefilter::needs(sentence), dates: Vec::new(), figures: Vec::new() }
    }
}

/// What every claim from one sentence shares: its evidence, its speaker, its date.
struct SentenceContext<'a> {
    start: usize,
    text: &'a str,
    /// `text`, allocated once for all the sentence's claims.
    evidence: Arc<str>,
    /// The sentence's first statement, which its figures and dates are credited to.
    attribution: Option<Attribution>,
    first_date: Option<&'a DateMention>,
}

/// Who said something and how, allocated once per statement.
struct Attribution {
    speaker: Arc<str>,
    cue: Arc<str>,
}

impl Attribution {
    fn of(statement: &Statement) -> Self {
        Attribution {
            speaker: Arc::clone(&statement.speaker),
            cue: shared_cue(statement.cue),
        }
    }
}

thread_local! {
    /// Each cue word allocated once for every document: there are a few
    /// dozen, and most statements say "said".
    static CUES: RefCell<Vec<(&'static str, Arc<str>)>> = const { RefCell::new(Vec::new()) };
}

/// The cue word `cue`, as text claims share.
fn shared_cue(cue: &'static str) -> Arc<str> {
    CUES.with_borrow_mut(|cues| {
        if let Some((_, shared)) = cues.iter().find(|(known, _)| *known == cue) {
            return Arc::clone(shared);
        }
        let shared: Arc<str> = Arc::from(cue);
        cues.push((cue, Arc::clone(&shared)));
        shared
    })
}

/// Roughly how many bytes of text make one sentence (most are longer), to
/// size the sentence list once.
const BYTES_PER_SENTENCE: usize = 100;

/// Roughly how many bytes of text yield one claim (about ten per kilobyte),
/// to size the claim list once: rather too many than too few, as growing
/// the list copies every claim.
const BYTES_PER_CLAIM: usize = 96;

struct ClaimBuilder<'d> {
    doc: &'d Document,
    /// The document id, allocated once for all its claims.
    doc_id: Arc<str>,
    claims: Vec<Claim>,
}

impl<'d> ClaimBuilder<'d> {
    fn new(doc: &'d Document) -> Self {
        ClaimBuilder {
            doc,
            doc_id: Arc::from(doc.id.as_str()),
            claims: Vec::with_capacity(doc.text.len() / BYTES_PER_CLAIM),
        }
    }

    /// Adds a claim whose mention spans `mention_start..mention_end` of the
    /// sentence, dated by `dated` and credited to the sentence's first
    /// statement, and returns it for its details.
    fn claim(
        &mut self,
        kind: ClaimKind,
        context: &SentenceContext,
        dated: Option<&DateMention>,
        mention_start: usize,
        mention_end: usize,
    ) -> &mut Claim {
        let claim = Claim {
            id: claim_id(&self.doc.id, self.claims.len() + 1),
            doc: Arc::clone(&self.doc_id),
            kind,
            text: Arc::clone(&context.evidence),
            start: context.start,
            end: context.start + context.text.len(),
            mention: Mention {
                start: context.start + mention_start,
                end: context.start + mention_end,
                text: context.text[mention_start..mention_end].to_string(),
            },
            quantity: None,
            when: dated.map(|date| when(context.text, date)),
            speaker: context.attribution.as_ref().map(|a| Arc::clone(&a.speaker)),
            cue: context.attribution.as_ref().map(|a| Arc::clone(&a.cue)),
            topic: String::new(),
        };
        self.claims.push(claim);
        self.claims.last_mut().expect("just pushed")
    }
}

/// "doc#7": the `n`-th claim of document `doc`. Built by hand: `format!` costs
/// more than the rest of a claim.
fn claim_id(doc: &str, n: usize) -> String {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut rest = n;
    loop {
        at -= 1;
        digits[at] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    let mut id = String::with_capacity(doc.len() + 1 + digits.len() - at);
    id.push_str(doc);
    id.push('#');
    id.extend(digits[at..].iter().map(|&d| char::from(d)));
    id
}

fn when(sentence: &str, date: &DateMention) -> When {
    When {
        start: date.range.start,
        end: date.range.end,
        text: sentence[date.start..date.end].to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn claim_ids_number_claims_from_one() {
        assert_eq!(claim_id("doc", 1), "doc#1");
        assert_eq!(claim_id("a b", 1207), "a b#1207");
        assert_eq!(claim_id("", usize::MAX), format!("#{}", usize::MAX));
    }

    #[test]
    fn each_cue_word_is_allocated_once() {
        let said = shared_cue("said");
        assert!(Arc::ptr_eq(&said, &shared_cue("said")));
        assert_eq!(&*shared_cue("according to"), "according to");
        assert!(!Arc::ptr_eq(&said, &shared_cue("told")));
    }

    #[test]
    fn a_figure_naming_nothing_counts_what_the_sentence_before_counted() {
        let doc = Document::from_text(
            "t",
            " date 2025-04-28\n\nThe governor said 154 bodies had been recovered. Later he said “almost 180” had been found.\n\nNearly 200 had been counted by night.",
        );
        let extraction = extract(&doc);
        let units: Vec<&str> = extraction
            .claims
            .iter()
            .filter_map(|claim| claim.quantity.as_ref())
            .map(|quantity| quantity.unit.as_str())
            .collect();
        // Not across a paragraph break.
        assert_eq!(units, ["bodies", "bodies", ""]);
    }

    #[test]
    fn every_claim_points_at_its_evidence() {
        let doc = Document::from_text(
            "t",
            " date 2025-04-28 By Jane Doe\n\nOfficials said at least 1,600 people died on Saturday.\nALSO READ: 40 dead in floods It was the worst quake in 2024.",
        );
        let extraction = extract(&doc);
        for claim in &extraction.claims {
            assert_eq!(&doc.text[claim.start..claim.end], &*claim.text);
            assert_eq!(&doc.text[claim.mention.start..claim.mention.end], claim.mention.text);
        }
        assert_eq!(extraction.boilerplate().count(), 1);
        assert_eq!(extraction.sentences.len(), 2);
    }
}
