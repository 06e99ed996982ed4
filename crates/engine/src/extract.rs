//! One document through the pipeline: clean → sentences → figures, dates and
//! statements → claims with byte offsets into the document text.

use std::cell::RefCell;
use std::ops::Range;
use std::sync::Arc;

use crate::claim::{Claim, ClaimKind, Mention, SharedStr, When};
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
    let sentence_texts: Vec<&str> =
        sentences.iter().map(|&(start, end)| &text[start..end]).collect();
    let found_statements = statements::find_statements(&sentence_texts);
    // In sentence order: each sentence takes its own off the front.
    let mut unclaimed = found_statements.as_slice();

    // Each scanner over all the sentences before the next one starts: run
    // in turns per sentence, their code evicted each other's from the
    // instruction cache.
    let published = cleaned.metadata.published;
    let mut found: Vec<Found> =
        sentence_texts.iter().map(|sentence| Found::needed(sentence)).collect();
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

    let claims = found.iter().map(|found| found.figures.len() + found.dates.len()).sum::<usize>()
        + found_statements.len();
    let mut builder = ClaimBuilder::new(doc, claims);
    for (n, ((&(start, _), &sentence), found)) in
        sentences.iter().zip(&sentence_texts).zip(found).enumerate()
    {
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
            evidence: builder.words(start..start + sentence.len()),
            attribution: attributed.first().map(|statement| builder.attribution(statement)),
            first_date: found_dates.first(),
        };
        for figure in found_figures {
            let quantity = figure.quantity.map_text(|words| builder.share(&words));
            let claim = builder.claim(
                ClaimKind::Figure,
                &context,
                context.first_date,
                figure.start,
                figure.end,
            );
            claim.quantity = Some(quantity);
        }
        for date in &found_dates {
            builder.claim(ClaimKind::Event, &context, Some(date), date.start, date.end);
        }
        for (n, statement) in attributed.iter().enumerate() {
            // The first statement's attribution is the sentence's.
            let own = (n > 0).then(|| builder.attribution(statement));
            let claim = builder.claim(
                ClaimKind::Statement,
                &context,
                context.first_date,
                statement.speaker_start,
                statement.speaker_end,
            );
            if let Some(own) = own {
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
struct Found<'a> {
    needs: prefilter::Needs,
    dates: Vec<DateMention>,
    figures: Vec<figures::Figure<'a>>,
}

impl Found<'_> {
    /// Nothing yet, and which scanners `sentence` needs.
    fn needed(sentence: &str) -> Self {
        Found { needs: prefilter::needs(sentence), dates: Vec::new(), figures: Vec::new() }
    }
}

/// What every claim from one sentence shares: its evidence, its speaker, its date.
struct SentenceContext<'a> {
    start: usize,
    text: &'a str,
    /// `text`, as all the sentence's claims share it.
    evidence: SharedStr,
    /// The sentence's first statement, which its figures and dates are credited to.
    attribution: Option<Attribution>,
    first_date: Option<&'a DateMention>,
}

/// Who said something and how, as the claims of a statement share them.
struct Attribution {
    speaker: SharedStr,
    cue: Arc<str>,
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

struct ClaimBuilder<'d> {
    /// The document id, allocated once for all its claims.
    doc_id: Arc<str>,
    source: &'d str,
    /// `source`, copied once for all the words its claims quote.
    text: Arc<str>,
    ids: ClaimIds,
    claims: Vec<Claim>,
}

impl<'d> ClaimBuilder<'d> {
    /// A builder for the `count` claims of `doc`.
    fn new(doc: &'d Document, count: usize) -> Self {
        ClaimBuilder {
            doc_id: Arc::from(doc.id.as_str()),
            source: &doc.text,
            text: Arc::from(doc.text.as_str()),
            ids: ClaimIds::new(&doc.id, count),
            claims: Vec::with_capacity(count),
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
            id: self.ids.next(),
            doc: Arc::clone(&self.doc_id),
            kind,
            text: context.evidence.clone(),
            start: context.start,
            end: context.start + context.text.len(),
            mention: Mention {
                start: context.start + mention_start,
                end: context.start + mention_end,
                text: self.words(context.start + mention_start..context.start + mention_end),
            },
            quantity: None,
            when: dated.map(|date| self.when(context.start, date)),
            speaker: context.attribution.as_ref().map(|a| a.speaker.clone()),
            cue: context.attribution.as_ref().map(|a| Arc::clone(&a.cue)),
            topic: String::new(),
        };
        self.claims.push(claim);
        self.claims.last_mut().expect("just pushed")
    }

    /// The words at `range` of the document text.
    fn words(&self, range: Range<usize>) -> SharedStr {
        SharedStr::slice(&self.text, range)
    }

    /// `words` shared with the document text when they are part of it (as
    /// most speakers' names are), else a copy of their own.
    fn share(&self, words: &str) -> SharedStr {
        // Where `words` start in the document text, if they are part of it:
        // a copy or a constant lies elsewhere in memory.
        let offset = (words.as_ptr() as usize).wrapping_sub(self.source.as_ptr() as usize);
        if offset <= self.source.len() && words.len() <= self.source.len() - offset {
            self.words(offset..offset + words.len())
        } else {
            SharedStr::from(words)
        }
    }

    /// Who made `statement` and how.
    fn attribution(&self, statement: &Statement) -> Attribution {
        Attribution { speaker: self.share(&statement.speaker), cue: shared_cue(statement.cue) }
    }

    /// The date found as `date` in the sentence that starts at `sentence_start`.
    fn when(&self, sentence_start: usize, date: &DateMention) -> When {
        When {
            start: date.range.start,
            end: date.range.end,
            text: self.words(sentence_start + date.start..sentence_start + date.end),
        }
    }
}

/// The ids of a document's claims, "doc#1" to "doc#n", written one after
/// another into one string that they all share.
struct ClaimIds {
    all: Arc<str>,
    doc_len: usize,
    /// The number of the next id and where it starts in `all`.
    next: usize,
    next_start: usize,
}

impl ClaimIds {
    /// The ids of the `count` claims of document `doc`.
    fn new(doc: &str, count: usize) -> Self {
        let mut all = String::with_capacity(count * (doc.len() + 1 + decimal_digits(count)));
        for n in 1..count + 1 {
            push_claim_id(&mut all, doc, n);
        }
        ClaimIds { all: Arc::from(all.as_str()), doc_len: doc.len(), next: 1, next_start: 0 }
    }

    /// The id of the next claim. Panics past the count the ids were made for.
    fn next(&mut self) -> SharedStr {
        let end = self.next_start + self.doc_len + 1 + decimal_digits(self.next);
        let id = SharedStr::slice(&self.all, self.next_start..end);
        (self.next, self.next_start) = (self.next + 1, end);
        id
    }
}

/// How many digits `n` has in decimal.
fn decimal_digits(mut n: usize) -> usize {
    let mut digits = 1;
    while n >= 10 {
        n /= 10;
        digits += 1;
    }
    digits
}

/// Appends "doc#7", the id of the `n`-th claim of document `doc`, to `ids`.
/// Written by hand: `format!` costs more than the rest of a claim.
fn push_claim_id(ids: &mut String, doc: &str, n: usize) {
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
    ids.push_str(doc);
    ids.push('#');
    ids.extend(digits[at..].iter().map(|&d| char::from(d)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn claim_ids_number_claims_from_one() {
        let mut ids = ClaimIds::new("a b", 1207);
        let all: Vec<SharedStr> = (0..1207).map(|_| ids.next()).collect();
        assert_eq!(
            (all[0].as_str(), all[9].as_str(), all[1206].as_str()),
            ("a b#1", "a b#10", "a b#1207")
        );
        let mut id = String::new();
        push_claim_id(&mut id, "", usize::MAX);
        assert_eq!(id, format!("#{}", usize::MAX));
    }

    #[test]
    fn words_of_the_document_are_shared_and_others_copied() {
        let doc = Document::from_text("t", "Ana Lopes said so.");
        let builder = ClaimBuilder::new(&doc, 0);
        let name = builder.share(&doc.text[..9]);
        assert_eq!((name.as_str(), name.as_ptr()), ("Ana Lopes", builder.text.as_ptr()));
        let end = builder.share(&doc.text[18..]);
        assert_eq!((end.as_str(), end.as_ptr()), ("", builder.text[18..].as_ptr()));
        let rewritten = String::from("Ana Lopes");
        let copy = builder.share(&rewritten);
        assert_eq!(copy, "Ana Lopes");
        assert!(!builder.text.as_bytes().as_ptr_range().contains(&copy.as_ptr()));
    }

    #[test]
    fn decimal_digits_count_every_digit() {
        for n in [1, 9, 10, 99, 100, 1207, usize::MAX] {
            assert_eq!(decimal_digits(n), n.to_string().len(), "{n}");
        }
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
            assert_eq!(
                &doc.text[claim.mention.start..claim.mention.end],
                claim.mention.text.as_str()
            );
        }
        assert_eq!(extraction.boilerplate().count(), 1);
        assert_eq!(extraction.sentences.len(), 2);
    }
}
