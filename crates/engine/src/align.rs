//! Alignment: claims of many documents that state the same thing become one
//! [`Topic`], with a verdict (agree, conflict, single source, evolving), a
//! one-line reason and the documents that stay silent about it.
//!
//! Claims are first put in a canonical order (document id, then position), so
//! the result never depends on the order files were given in. Documents are
//! grouped into *stories*: within a news cycle (publication dates with no gap
//! longer than two weeks), documents that share enough weighted proper names
//! ("Piura", "Alvarado", "Sullana"). Nothing links across stories; word
//! weights, places and speakers are learned per story; blindspots are the
//! story's other documents. So each story aligns as if it were alone.
//!
//! Linking never compares all pairs; each kind is blocked first:
//! - **Figures** are keyed by what they count: a *role* read from the closest
//!   role word in the figure's clause (sent, killed, injured, "killed or
//!   wounded", captured, missing, displaced…, or implied by the unit: "deaths",
//!   "reinforcements"), a *unit class* (soldiers/troops/personnel are one class,
//!   people/residents/deaths another), lowercase subject modifiers ("special
//!   forces", "additional", the "aftershock" of a magnitude) and, for figures
//!   dated over a year before publication, that year. Within a block, the unit,
//!   the owner ("Ecuadorian") and the place ("in Laos", "to Sylvania") are
//!   *facets*: claims with equal facets group together, and a claim missing a
//!   facet joins the one group it fits — or none, if several do. Figures with
//!   neither role nor modifier are linked like events.
//! - **Events** (dated sentences) and role-less figures link when their dates
//!   overlap (or units agree) and their sentences share enough weighted content
//!   words. Candidates come from an inverted index of content words. Two
//!   events on the same single day need less overlap, and less again when
//!   their sentences have the same canonical speaker. Once statements are
//!   linked, events in the sentences of one statement topic join across
//!   documents when their days are compatible (equal, or the same weekday
//!   name resolved up to a week apart against different publication dates).
//! - **Statements** link when they have the same canonical speaker (see
//!   [`crate::entities`]) and share enough content. A denial ("denied",
//!   "countered") joins the other-speaker statement it best matches; a denial
//!   of "the claim" or "that" borrows the content of the sentence before.
//!   Statements that *contest* an ending (say something goes on, "still",
//!   "continues", or deny that it ended) join when about the same place, and
//!   join another speaker's ended-assertion in the sentence just before.
//!
//! Content words are folded, singular, cut to six letters ("liberation" and
//! "liberating" meet) with a few verb classes merged ("sent", "deployed",
//! "dispatched"), and weighted by inverse sentence frequency, so shared rare
//! words (names, places) count more than shared common ones. Similarity is the
//! weighted overlap divided by the lighter of the two sentences.
//!
//! Figure verdicts compare intervals: hedges are already in [`Quantity`];
//! "about" widens by 5% and "nearly" reaches 10% below. All intervals sharing
//! a point agree. Otherwise a running tally (deaths, injured, missing,
//! displaced…) that moves in one direction across publication dates is
//! evolving; anything else conflicts.

use std::borrow::Cow;
use std::cmp::Ordering;
use std::collections::HashMap;
use std::fmt::Write as _;
use std::hash::BuildHasherDefault;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::bytescan::{char_at, is_alphanumeric, is_space};
use crate::case::{is_upper, lower, lowercase};
use crate::claim::{Claim, ClaimKind};
use crate::date::{month_from_name, Date, Weekday};
use crate::entities::{canonical_speakers, fold_diacritic, only_one, DisjointSets, Speakers};
use crate::quantity::{Qualifier, Quantity};
use crate::report::{amount, brief, DocumentSummary};
use crate::sort::{sort_by, sorted_indices};
use crate::textmap::{TextHasher, TextMap};
use crate::wordlist;

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
    /// A short human label: "Freedonian troops sent to Sylvania".
    pub label: String,
    pub kind: ClaimKind,
    /// Claim ids, in document then text order.
    pub claims: Vec<String>,
    pub status: Status,
    /// The verdict in one line: "at least 1,600 fits 1,644".
    pub why: String,
    /// Documents of the same story that say nothing about this topic
    /// (blindspots). Shared with the claims' `doc`: a topic copies no ids.
    pub silent: Vec<Arc<str>>,
}

/// Longest gap between publication dates inside one news cycle.
const NEWS_CYCLE_DAYS: i64 = 14;
/// Weighted share of proper names two documents must have in common to be one story.
const STORY_MIN_SIMILARITY: f64 = 0.2;
/// Proper names two documents must have in common to be one story (or all
/// the names of the one with fewer).
const STORY_MIN_SHARED_NAMES: usize = 2;
/// Names in more documents than this do not propose story pairs (they still score).
const MAX_STORY_POSTINGS: usize = 256;
/// A figure dated this long before publication is history, compared only with its year.
const HISTORICAL_DAYS: i64 = 365;
/// How far "about"/"some"/"an estimated" stretch a number each way.
const ABOUT_TOLERANCE: f64 = 0.05;
/// How far below its number "nearly"/"almost" may be.
const NEARLY_TOLERANCE: f64 = 0.10;
/// Role words further than this many words from the figure are not its role.
const ROLE_REACH: usize = 10;
/// Two sentences must share at least this many content words to link.
const MIN_SHARED_WORDS: usize = 2;
/// Weighted overlap needed for dated sentences (events, role-less figures).
const EVENT_MIN_SIMILARITY: f64 = 0.3;
/// Weighted overlap needed for events on the same single day.
const SAME_DAY_MIN_SIMILARITY: f64 = 0.25;
/// Weighted overlap needed for events on the same single day whose sentences
/// have the same canonical speaker.
const SAME_DAY_SPEAKER_MIN_SIMILARITY: f64 = 0.15;
/// Weighted overlap needed for two statements of one speaker.
const STATEMENT_MIN_SIMILARITY: f64 = 0.4;
/// Weighted overlap needed for a denial and the statement it denies.
const DENIAL_MIN_SIMILARITY: f64 = 0.4;
/// Words in more sentences than this do not propose candidates (they still score).
const MAX_POSTINGS: usize = 64;
/// Blocks of at most this many claims are compared pair by pair (see [`all_pairs`]).
const SMALL_BLOCK: usize = 8;
const _: () = assert!(SMALL_BLOCK <= MAX_POSTINGS, "a small block's word lists all propose pairs");

/// Fills each claim's `topic` and returns the topics in canonical order.
pub fn align(documents: &[DocumentSummary], claims: &mut [Claim]) -> Vec<Topic> {
    let (topics, members) = {
        let corpus = Corpus::new(documents, claims);
        let mut links = DisjointSets::new(claims.len());
        link_figures(&corpus, &mut links);
        link_events(&corpus, &mut links);
        link_statements(&corpus, &mut links);
        link_events_through_statements(&corpus, &mut links);
        build_topics(&corpus, &mut links)
    };
    for (topic, members) in topics.iter().zip(members) {
        for i in members {
            claims[i].topic.clone_from(&topic.id);
        }
    }
    topics
}

// ---------------------------------------------------------------------------
// The corpus: canonical order, news cycles, speakers and content words.
//
// Documents and sentences are numbered once, so that everything keyed by
// them below is a vector indexed by number rather than a map keyed by text.

struct Corpus<'a> {
    claims: &'a [Claim],
    /// Claim indices by (document, position).
    order: Vec<usize>,
    /// Per claim: its position in `order`.
    rank: Vec<usize>,
    /// Per document: its id, shared (see [`shared_ids`]). Documents are
    /// numbered in id order: those given and those the claims cite.
    shared_ids: Vec<Arc<str>>,
    /// Per claim: its document, an index into `shared_ids`.
    doc: Vec<usize>,
    /// Per claim: its evidence sentence, numbered in canonical order.
    sentence: Vec<usize>,
    /// Per claim: its story.
    story: Vec<usize>,
    /// Per claim: the day its figures stood at: the latest single day its
    /// sentence names, not after publication, else the publication date.
    as_of: Vec<Option<Date>>,
    /// Per story: its documents, sorted.
    story_docs: Vec<Vec<usize>>,
    speakers: Speakers,
    /// Per content word id: its weight.
    weight: Vec<f64>,
    /// The sentences, in canonical order.
    sentences: Vec<Sentence<'a>>,
    /// Per sentence: content word ids, sorted.
    sentence_content: Vec<Content>,
    /// Per statement claim: its sentence's content without the words naming
    /// its speaker (empty for other claims).
    statement_content: Vec<Content>,
    /// Per claim: what a figure counts.
    figures: Vec<Option<FigureFacts>>,
}

impl<'a> Corpus<'a> {
    fn new(documents: &'a [DocumentSummary], claims: &'a [Claim]) -> Corpus<'a> {
        let doc_ids = document_ids(documents, claims);
        let doc = claim_documents(claims, &doc_ids);
        let shared_ids = shared_ids(claims, &doc, &doc_ids);
        // Document numbers sort as their ids do.
        let order = sorted_indices(claims.len(), &|a, b| {
            let key = |i: usize| (doc[i], claims[i].start, claims[i].mention.start, claims[i].kind);
            key(a).cmp(&key(b)).then_with(|| claims[a].id.cmp(&claims[b].id))
        });
        let mut rank = vec![0; claims.len()];
        for (position, &i) in order.iter().enumerate() {
            rank[i] = position;
        }
        let (sentence, mut sentences) = number_sentences(claims, &order, &doc);
        let mut lexicon = Lexicon::default();
        for sentence in &mut sentences {
            sentence.keys = sentence.tokens.iter().map(|token| lexicon.key(token)).collect();
        }
        let (story_of_doc, story_docs) = stories(documents, &doc_ids, &sentences);
        let story: Vec<usize> = doc.iter().map(|&d| story_of_doc[d]).collect();
        let published = published_dates(documents, &doc_ids);
        let as_of = as_of_dates(claims, (&doc, &published), (&sentence, sentences.len()));
        let speakers = speakers_by_story(claims, &story, story_docs.len());
        let sentence_story: Vec<usize> = sentences.iter().map(|s| story_of_doc[s.doc]).collect();
        let words = content_words(
            claims,
            (&sentence, &sentences),
            (&story, &sentence_story),
            &speakers,
            &mut lexicon,
        );
        let places = place_names(&sentences, &sentence_story, story_docs.len());
        let figures =
            figure_facts(claims, (&sentence, &sentences), (&doc, &published), &story, &places);
        Corpus {
            claims,
            order,
            rank,
            shared_ids,
            doc,
            sentence,
            story,
            as_of,
            story_docs,
            speakers,
            sentences,
            weight: words.weight,
            sentence_content: words.sentence_content,
            statement_content: words.statement_content,
            figures,
        }
    }

    fn claim(&self, i: usize) -> &'a Claim {
        &self.claims[i]
    }

    /// Content word ids of claim `i`: for a statement, what was said; else its sentence's.
    fn content(&self, i: usize) -> &Content {
        if self.claim(i).kind == ClaimKind::Statement {
            &self.statement_content[i]
        } else {
            &self.sentence_content[self.sentence[i]]
        }
    }

    /// The tokens of `part`, a stretch of claim `i`'s text: the sentence's
    /// own tokens when the claim's text is the sentence's (another claim of
    /// it holds an equal copy) and the stretch cuts none of them (tokenizing
    /// it would give the same), else the stretch tokenized.
    fn tokens_of(&self, i: usize, part: &'a str) -> Cow<'_, [Token<'a>]> {
        let sentence = &self.sentences[self.sentence[i]];
        let text: &str = &self.claim(i).text;
        let inside = text.as_ptr() as usize <= part.as_ptr() as usize
            && part.as_ptr() as usize + part.len() <= text.as_ptr() as usize + text.len();
        if inside && sentence.text == text {
            let from = part.as_ptr() as usize - text.as_ptr() as usize;
            if let Some(tokens) = uncut_tokens(&sentence.tokens, from, from + part.len()) {
                return Cow::Borrowed(tokens);
            }
        }
        Cow::Owned(tokenize(part))
    }

    /// The claims of `kind`, in canonical order.
    fn of_kind(&self, kind: ClaimKind) -> Vec<usize> {
        self.order.iter().copied().filter(|&i| self.claim(i).kind == kind).collect()
    }

    /// The documents of some claims, sorted and distinct.
    fn docs_of(&self, members: &[usize]) -> Vec<usize> {
        let mut docs: Vec<usize> = members.iter().map(|&i| self.doc[i]).collect();
        docs.sort_unstable();
        docs.dedup();
        docs
    }

    /// Per sentence: those of `items` in it, in `items` order.
    fn by_sentence(&self, items: &[usize]) -> Buckets {
        group_by_key(items, &self.sentence, self.sentences.len())
    }

    /// The canonical speaker of claim `i`, if it names one.
    fn speaker(&self, i: usize) -> Option<usize> {
        self.speakers.of_claim[i]
    }

    /// How a topic names claim `i`'s speaker.
    fn speaker_name(&self, i: usize) -> &str {
        self.speaker(i)
            .map(|n| self.speakers.names[n].as_str())
            .or(self.claim(i).speaker.as_deref())
            .unwrap_or("someone")
    }

    /// Weighted share of the lighter claim's content that the other one has too.
    fn similarity(&self, a: &Content, b: &Content) -> f64 {
        let lighter = a.weight.min(b.weight);
        let (shared, overlap) = shared_weight(&a.words, &b.words, |n| self.weight[a.words[n]]);
        if shared < MIN_SHARED_WORDS || lighter <= 0.0 {
            return 0.0;
        }
        overlap / lighter
    }
}

/// How many items the sorted, distinct lists `a` and `b` share, and the sum of
/// `weight(n)` over the positions `n` in `a` of the shared items, in order.
fn shared_weight<T: Ord>(a: &[T], b: &[T], weight: impl Fn(usize) -> f64) -> (usize, f64) {
    let (mut i, mut j, mut shared, mut overlap) = (0, 0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            Ordering::Less => i += 1,
            Ordering::Greater => j += 1,
            Ordering::Equal => {
                shared += 1;
                overlap += weight(i);
                i += 1;
                j += 1;
            }
        }
    }
    (shared, overlap)
}

/// `items` cut into runs that `compare` finds equal, runs in its order, each
/// run in `items` order: what collecting into a `BTreeMap<K, Vec<usize>>`
/// gives, with one shared sort and no tree per key type.
fn group_by(items: &[usize], compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<Vec<usize>> {
    let sorted = sorted_indices(items.len(), &|a, b| compare(items[a], items[b]));
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for (n, &at) in sorted.iter().enumerate() {
        if n == 0 || compare(items[sorted[n - 1]], items[at]) != Ordering::Equal {
            groups.push(Vec::new());
        }
        groups.last_mut().expect("a group was opened").push(items[at]);
    }
    groups
}

/// Values grouped by a small integer key in two vectors, not one per key
/// (which cost an allocation for every key holding one): claims by
/// sentence, claims by content word.
struct Buckets {
    /// Per key: where its values start in `items`; a last entry closes them.
    starts: Vec<usize>,
    /// The values, key by key, each key's in the order given.
    items: Vec<usize>,
}

impl Buckets {
    /// Groups the values of `pairs` (key below `keys`, value) by key.
    fn new(keys: usize, pairs: &[(usize, usize)]) -> Buckets {
        let mut starts = vec![0; keys + 1];
        for &(key, _) in pairs {
            starts[key + 1] += 1;
        }
        for key in 0..keys {
            starts[key + 1] += starts[key];
        }
        let mut next = starts.clone();
        let mut items = vec![0; pairs.len()];
        for &(key, value) in pairs {
            items[next[key]] = value;
            next[key] += 1;
        }
        Buckets { starts, items }
    }

    /// The values of `key` (none past the last key).
    fn of(&self, key: usize) -> &[usize] {
        self.starts.get(key + 1).map_or(&[], |&end| &self.items[self.starts[key]..end])
    }
}

/// Per key below `keys`: those of `items` whose key (`key_of[item]`) it is,
/// in `items` order: claims by sentence, by story.
fn group_by_key(items: &[usize], key_of: &[usize], keys: usize) -> Buckets {
    let pairs: Vec<(usize, usize)> = items.iter().map(|&i| (key_of[i], i)).collect();
    Buckets::new(keys, &pairs)
}

/// `words` sorted and distinct: what collecting into a `BTreeSet` gives.
fn sorted_set(mut words: Vec<String>) -> Vec<String> {
    sort_by(&mut words, Ord::cmp);
    words.dedup();
    words
}

/// Ids of the documents and of the documents the claims cite, sorted and
/// distinct. Documents are numbered by their place here.
fn document_ids<'a>(documents: &'a [DocumentSummary], claims: &'a [Claim]) -> Vec<&'a str> {
    let mut ids: Vec<&str> = documents.iter().map(|d| d.id.as_str()).collect();
    // Claims come document by document: push each run's id once.
    for (n, claim) in claims.iter().enumerate() {
        if n == 0 || claims[n - 1].doc != claim.doc {
            ids.push(&claim.doc);
        }
    }
    sort_by(&mut ids, Ord::cmp);
    ids.dedup();
    ids
}

/// Per claim: its document's number.
fn claim_documents(claims: &[Claim], doc_ids: &[&str]) -> Vec<usize> {
    let mut doc: Vec<usize> = Vec::with_capacity(claims.len());
    for (n, claim) in claims.iter().enumerate() {
        let same = n > 0 && claims[n - 1].doc == claim.doc;
        doc.push(if same { doc[n - 1] } else { doc_index(doc_ids, &claim.doc) });
    }
    doc
}

/// Per document: its id, shared with its claims (`Claim::doc`) when it has
/// any, so that the many topics a document is silent about copy no text.
fn shared_ids(claims: &[Claim], doc: &[usize], doc_ids: &[&str]) -> Vec<Arc<str>> {
    let mut shared: Vec<Option<Arc<str>>> = vec![None; doc_ids.len()];
    for (claim, &d) in claims.iter().zip(doc) {
        shared[d].get_or_insert_with(|| Arc::clone(&claim.doc));
    }
    shared
        .into_iter()
        .zip(doc_ids)
        .map(|(id, &text)| id.unwrap_or_else(|| Arc::from(text)))
        .collect()
}

/// The index of document `id` in `doc_ids`.
fn doc_index(doc_ids: &[&str], id: &str) -> usize {
    doc_ids.binary_search(&id).expect("every document id is numbered")
}

/// Per document: its publication date (for a repeated id, the last given).
fn published_dates(documents: &[DocumentSummary], doc_ids: &[&str]) -> Vec<Option<Date>> {
    let mut published = vec![None; doc_ids.len()];
    for d in documents {
        published[doc_index(doc_ids, &d.id)] = d.published;
    }
    published
}

/// The claims of one document that share an evidence sentence.
struct Sentence<'a> {
    doc: usize,
    text: &'a str,
    tokens: Vec<Token<'a>>,
    /// Per token: its content key (see [`Lexicon`]).
    keys: Vec<Option<usize>>,
}

/// Per claim its sentence, and the sentences in canonical order (each
/// tokenized once; keys are left for the lexicon).
fn number_sentences<'a>(
    claims: &'a [Claim],
    order: &[usize],
    doc: &[usize],
) -> (Vec<usize>, Vec<Sentence<'a>>) {
    let mut sentence = vec![0; claims.len()];
    let mut sentences: Vec<Sentence> = Vec::new();
    for (n, &i) in order.iter().enumerate() {
        let same = n > 0 && {
            let previous = order[n - 1];
            doc[previous] == doc[i] && claims[previous].start == claims[i].start
        };
        if !same {
            let text = &claims[i].text;
            sentences.push(Sentence {
                doc: doc[i],
                text,
                tokens: tokenize(text),
                keys: Vec::new(),
            });
        }
        sentence[i] = sentences.len() - 1;
    }
    (sentence, sentences)
}

/// Per claim: the latest single day named in its sentence that is not after
/// publication (a toll "on Saturday"), else the publication date.
fn as_of_dates(
    claims: &[Claim],
    (doc, published): (&[usize], &[Option<Date>]),
    (sentence, sentences): (&[usize], usize),
) -> Vec<Option<Date>> {
    let mut latest_day: Vec<Option<Date>> = vec![None; sentences];
    for (i, claim) in claims.iter().enumerate().filter(|(_, c)| c.kind == ClaimKind::Event) {
        let Some(when) = claim.when.as_ref().filter(|w| w.start == w.end) else { continue };
        if published[doc[i]].is_none_or(|p| when.start <= p) {
            let day = &mut latest_day[sentence[i]];
            *day = Some(day.map_or(when.start, |d| d.max(when.start)));
        }
    }
    (0..claims.len()).map(|i| latest_day[sentence[i]].or(published[doc[i]])).collect()
}

/// News cycles: documents sorted by date, a new cycle after each gap longer than
/// [`NEWS_CYCLE_DAYS`]. Undated documents join the first cycle. Returns the
/// documents of each cycle.
fn news_cycles(documents: &[DocumentSummary], doc_ids: &[&str]) -> Vec<Vec<usize>> {
    let mut known = vec![false; doc_ids.len()];
    let mut dated: Vec<(Option<Date>, usize)> = Vec::with_capacity(doc_ids.len());
    for d in documents {
        let index = doc_index(doc_ids, &d.id);
        known[index] = true;
        dated.push((d.published, index));
    }
    dated.extend((0..doc_ids.len()).filter(|&d| !known[d]).map(|d| (None, d)));
    let by_date = sorted_indices(dated.len(), &|a, b| dated[a].cmp(&dated[b]));
    let mut cycles: Vec<Vec<usize>> = vec![Vec::new()];
    let mut last: Option<Date> = None;
    for (n, &at) in by_date.iter().enumerate() {
        // A document given twice with one date counts once.
        if n > 0 && dated[by_date[n - 1]] == dated[at] {
            continue;
        }
        let (date, doc) = dated[at];
        if let (Some(date), Some(previous)) = (date, last) {
            if date.to_days() - previous.to_days() > NEWS_CYCLE_DAYS {
                cycles.push(Vec::new());
            }
        }
        last = date.or(last);
        cycles.last_mut().expect("there is always a cycle").push(doc);
    }
    for docs in &mut cycles {
        docs.sort_unstable();
    }
    cycles
}

/// Stories: documents of one news cycle linked by shared proper names
/// (capitalized words past a sentence's first, weighted by rarity in the
/// cycle). Returns the story of each document and the documents of each story.
fn stories<'d>(
    documents: &[DocumentSummary],
    doc_ids: &[&str],
    sentences: &[Sentence<'d>],
) -> (Vec<usize>, Vec<Vec<usize>>) {
    let cycles = news_cycles(documents, doc_ids);
    let mut names: Vec<Vec<u64>> = vec![Vec::new(); doc_ids.len()];
    for sentence in sentences {
        for (token, key) in sentence.tokens.iter().zip(&sentence.keys).skip(1) {
            if token.is_capitalized() && key.is_some() {
                names[sentence.doc].push(name_key(token.text));
            }
        }
    }
    for doc_names in &mut names {
        sort_by(doc_names, Ord::cmp);
        doc_names.dedup();
    }
    let mut story_of = vec![0; doc_ids.len()];
    let mut story_docs: Vec<Vec<usize>> = Vec::new();
    let mut linked = DisjointSets::new(doc_ids.len());
    for docs in &cycles {
        link_by_names(docs, &names, &mut linked);
        for group in linked.groups(docs) {
            for &doc in &group {
                story_of[doc] = story_docs.len();
            }
            story_docs.push(group);
        }
    }
    (story_of, story_docs)
}

/// [`place_word`] packed into an integer, first letter in the highest byte, so
/// that integers order as the words do (no letter is a zero byte).
fn name_key(word: &str) -> u64 {
    let (key, letters) =
        place_letters(word).fold((0u64, 0), |(key, n), c| (key << 8 | c as u64, n + 1));
    key << (8 * (5 - letters))
}

/// Links documents of one cycle by weighted proper-name overlap; `names`
/// holds each document's name keys, sorted.
fn link_by_names(docs: &[usize], names: &[Vec<u64>], sets: &mut DisjointSets) {
    // (name, document) pairs sorted: each name's run lists its documents in order.
    let mut postings: Vec<(u64, usize)> = Vec::new();
    for (n, &doc) in docs.iter().enumerate() {
        postings.extend(names[doc].iter().map(|&name| (name, n)));
    }
    let by_name = sorted_indices(postings.len(), &|a, b| postings[a].cmp(&postings[b]));
    // Per document of the cycle: the weight of each of its names, in order
    // (names come in order, so each document's come in its order).
    let mut name_weights: Vec<Vec<f64>> = vec![Vec::new(); docs.len()];
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for run in by_name.chunk_by(|&a, &b| postings[a].0 == postings[b].0) {
        let weight = (1.0 + docs.len() as f64 / run.len() as f64).ln();
        for &at in run {
            name_weights[postings[at].1].push(weight);
        }
        if run.len() <= MAX_STORY_POSTINGS {
            for (k, &a) in run.iter().enumerate() {
                pairs.extend(run[k + 1..].iter().map(|&b| (postings[a].1, postings[b].1)));
            }
        }
    }
    let totals: Vec<f64> = name_weights.iter().map(|weights| weights.iter().sum()).collect();
    pairs.sort_unstable();
    pairs.dedup();
    for (a, b) in pairs {
        let (names_a, names_b) = (&names[docs[a]], &names[docs[b]]);
        let (shared, overlap) = shared_weight(names_a, names_b, |n| name_weights[a][n]);
        let lighter = totals[a].min(totals[b]);
        let fewest = names_a.len().min(names_b.len());
        let enough = shared >= STORY_MIN_SHARED_NAMES.min(fewest);
        if enough && lighter > 0.0 && overlap / lighter >= STORY_MIN_SIMILARITY {
            sets.union(docs[a], docs[b]);
        }
    }
}

/// Canonical speakers found story by story, numbered across the corpus.
fn speakers_by_story(claims: &[Claim], story: &[usize], stories: usize) -> Speakers {
    let all_claims: Vec<usize> = (0..claims.len()).collect();
    let members = group_by_key(&all_claims, story, stories);
    let mut all = Speakers { of_claim: vec![None; claims.len()], names: Vec::new() };
    for s in 0..stories {
        let indices = members.of(s);
        let subset: Vec<&Claim> = indices.iter().map(|&i| &claims[i]).collect();
        let found = canonical_speakers(&subset);
        let offset = all.names.len();
        for (&i, entity) in indices.iter().zip(found.of_claim) {
            all.of_claim[i] = entity.map(|e| e + offset);
        }
        all.names.extend(found.names);
    }
    all
}

// ---------------------------------------------------------------------------
// Words: tokens, content keys and their weights.

/// A word or punctuation mark of a sentence; offsets are bytes in the sentence.
#[derive(Debug, Clone, Copy)]
struct Token<'s> {
    start: usize,
    end: usize,
    text: &'s str,
    /// Opens with a letter or digit (else it is a lone mark): known from
    /// tokenizing, asked of most tokens many times.
    word: bool,
    /// All ASCII, so case folds byte by byte: also asked many times.
    ascii: bool,
}

impl<'s> Token<'s> {
    fn is_word(&self) -> bool {
        self.word
    }

    /// Lowercase, with straight apostrophes; borrowed when already so (most words).
    fn lower(&self) -> Cow<'s, str> {
        if self.ascii && !self.text.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Borrowed(self.text)
        } else {
            let lower = lowercase(self.text);
            Cow::Owned(if lower.contains('’') { lower.replace('’', "'") } else { lower })
        }
    }

    /// The token's letters lowercased one by one, apostrophes straightened:
    /// [`Token::lower`] without a copy.
    fn lower_chars(&self) -> impl Iterator<Item = char> + 's {
        self.text.chars().map(lower).map(|c| if c == '’' { '\'' } else { c })
    }

    /// `self.lower() == word`, allocating only for a `word` that is not ASCII.
    fn lowers_to(&self, word: &str) -> bool {
        if word.is_ascii() {
            self.lower_chars().eq(word.chars())
        } else {
            self.lower() == word
        }
    }

    /// `self.lower().starts_with(prefix)`, allocating only for a `prefix` that is not ASCII.
    fn lower_starts_with(&self, prefix: &str) -> bool {
        if prefix.is_ascii() {
            let mut lower = self.lower_chars();
            prefix.chars().all(|c| lower.next() == Some(c))
        } else {
            self.lower().starts_with(prefix)
        }
    }

    /// Whether the token, lowercased, is one of `words` (lowercase words),
    /// without allocating. Marks ("“") are no word; length and first letter
    /// rule out most words before their letters are compared.
    fn is_one_of(&self, words: &[&str]) -> bool {
        if !self.is_word() {
            return false;
        }
        let bytes = self.text.as_bytes();
        let Some(first) = bytes.first().map(u8::to_ascii_lowercase).filter(|_| self.ascii) else {
            return words.iter().any(|word| self.lowers_to(word));
        };
        words
            .iter()
            .any(|word| word.len() == bytes.len() && word.as_bytes()[0] == first && self.is(word))
    }

    /// Whether the token is `word` (lowercase ASCII), in any case, without allocating.
    fn is(&self, word: &str) -> bool {
        self.text.eq_ignore_ascii_case(word)
    }

    fn is_capitalized(&self) -> bool {
        self.text.starts_with(is_upper)
    }

    fn is_possessive(&self) -> bool {
        self.text.ends_with("'s") || self.text.ends_with("’s")
    }

    /// Punctuation that closes a clause for role and place purposes.
    fn ends_clause(&self) -> bool {
        matches!(self.text, "." | ";" | ":" | "—" | "–" | "(" | ")" | "?" | "!")
    }
}

/// Words (letters and digits, with inner apostrophes, hyphens, and the dots and
/// commas of numbers) and single punctuation marks.
fn tokenize(text: &str) -> Vec<Token<'_>> {
    // News prose runs about six bytes a token: one allocation, mostly.
    let mut tokens = Vec::with_capacity(text.len() / 4);
    tokens.extend(Tokens { text, at: 0 });
    tokens
}

/// The tokens of `text` one at a time, for readers that stop early.
struct Tokens<'s> {
    text: &'s str,
    /// Where the next token may start.
    at: usize,
}

impl<'s> Iterator for Tokens<'s> {
    type Item = Token<'s>;

    fn next(&mut self) -> Option<Token<'s>> {
        let text = self.text;
        let mut c = char_at(text, self.at)?;
        while is_space(c) {
            self.at += c.len_utf8();
            c = char_at(text, self.at)?;
        }
        let start = self.at;
        let word = is_alphanumeric(c);
        let at = if word { word_end(text, start, c) } else { start + c.len_utf8() };
        self.at = at;
        let text = &text[start..at];
        Some(Token { start, end: at, text, word, ascii: text.is_ascii() })
    }
}

/// Where the word opening at `start` with the letter or digit `first` ends:
/// letters and digits, with inner apostrophes and hyphens, and the dots and
/// commas of numbers.
fn word_end(text: &str, start: usize, first: char) -> usize {
    let mut at = start + first.len_utf8();
    // The last character read is always a letter or digit.
    let mut last = first;
    while let Some(next) = char_at(text, at) {
        if is_alphanumeric(next) {
            at += next.len_utf8();
            last = next;
            continue;
        }
        // Only these join two runs; most words end at a space.
        if !matches!(next, '\'' | '’' | '-' | '.' | ',') {
            break;
        }
        let after = char_at(text, at + next.len_utf8()).filter(|&after| is_alphanumeric(after));
        let Some(after) = after else { break };
        let joins =
            matches!(next, '\'' | '’' | '-') || (last.is_ascii_digit() && after.is_ascii_digit());
        if !joins {
            break;
        }
        at += next.len_utf8() + after.len_utf8();
        last = after;
    }
    at
}

/// The tokens between byte offsets `from` and `to`, unless a token crosses
/// either: then tokenizing the stretch alone could read it differently.
/// Tokenizing restarts the same way at any token boundary, so uncut, the
/// stretch's tokens are the sentence's (offsets aside).
fn uncut_tokens<'s, 't>(
    tokens: &'s [Token<'t>],
    from: usize,
    to: usize,
) -> Option<&'s [Token<'t>]> {
    let first = tokens.partition_point(|t| t.start < from);
    let end = tokens.partition_point(|t| t.start < to);
    let uncut = (first == 0 || tokens[first - 1].end <= from)
        && (end == first || tokens[end - 1].end <= to);
    uncut.then(|| &tokens[first..end])
}

/// Function words, reporting verbs and date words: never content. Sorted, for
/// binary search.
const STOPWORDS: &[&str] = &[
    "about",
    "according",
    "added",
    "after",
    "again",
    "against",
    "ago",
    "all",
    "also",
    "among",
    "and",
    "another",
    "any",
    "are",
    "as",
    "because",
    "been",
    "before",
    "being",
    "between",
    "both",
    "but",
    "can",
    "cited",
    "could",
    "day",
    "days",
    "did",
    "does",
    "down",
    "during",
    "each",
    "earlier",
    "either",
    "for",
    "from",
    "had",
    "has",
    "have",
    "he",
    "her",
    "here",
    "him",
    "his",
    "how",
    "however",
    "if",
    "into",
    "is",
    "it",
    "its",
    "just",
    "last",
    "later",
    "may",
    "might",
    "more",
    "most",
    "must",
    "neither",
    "next",
    "nor",
    "not",
    "now",
    "off",
    "one",
    "only",
    "other",
    "our",
    "out",
    "over",
    "own",
    "per",
    "quoted",
    "reported",
    "said",
    "same",
    "say",
    "saying",
    "says",
    "she",
    "should",
    "since",
    "some",
    "still",
    "such",
    "than",
    "that",
    "the",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "today",
    "told",
    "under",
    "until",
    "upon",
    "very",
    "via",
    "was",
    "we",
    "week",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "will",
    "with",
    "within",
    "without",
    "would",
    "year",
    "years",
    "yesterday",
    "you",
];

/// Verb and noun stems (six letters at most) that say the same thing.
const SYNONYMS: &[(&str, &str)] = &[
    ("send", "sent send sendin deploy dispat"),
    ("kill", "kill killed killin die died dying dead death fatali slain"),
    ("injure", "injure injuri injury wounde wound hurt"),
    ("retake", "retake retook libera regain recapt"),
    ("quake", "quake earthq"),
    ("sign", "sign signed signin sealed inked"),
    ("confirm", "confir acknow admit admitt"),
    ("troop", "troop soldie fighte"),
];

/// Content keys by spelling, each spelling worked out once (most words recur).
#[derive(Default)]
struct Lexicon<'t> {
    /// Per spelling: its key's number, or `NOT_CONTENT`.
    of_spelling: TextMap<'t>,
    /// Per content key, packed (see [`packed_key`]): its number.
    keys: HashMap<u64, usize, BuildHasherDefault<TextHasher>>,
}

/// A spelling with no content key.
const NOT_CONTENT: usize = usize::MAX;

impl<'t> Lexicon<'t> {
    /// The number of `token`'s content key, or `None` if it is not content.
    fn key(&mut self, token: &Token<'t>) -> Option<usize> {
        // Folding never lengthens a word, content is three letters or more,
        // a token that is no word is a lone mark, and an ASCII digit stays
        // in the folded word: none of these needs hashing.
        let word = token.text;
        if word.len() < 3 || !token.is_word() || word.bytes().any(|b| b.is_ascii_digit()) {
            return None;
        }
        let keys = &mut self.keys;
        let known = *self.of_spelling.entry(word).or_insert_with(|| {
            let next = keys.len();
            content_key(word)
                .map_or(NOT_CONTENT, |key| *keys.entry(packed_key(&key)).or_insert(next))
        });
        (known != NOT_CONTENT).then_some(known)
    }

    /// How many content keys there are so far.
    fn len(&self) -> usize {
        self.keys.len()
    }
}

/// The vocabulary of content words: one per story, so each story's words are
/// numbered apart, in order of first use.
struct Words {
    /// Per word id: inverse sentence frequency within its story, ln(1 +
    /// sentences / sentences with the word).
    weight: Vec<f64>,
    /// Per sentence: its content.
    sentence_content: Vec<Content>,
    /// Per statement claim: its sentence's words without those naming its speaker.
    statement_content: Vec<Content>,
}

/// Content words of a sentence or statement and their summed weight, summed
/// once: every score divides by it.
#[derive(Default)]
struct Content {
    /// Sorted, distinct word ids.
    words: Vec<usize>,
    weight: f64,
}

impl Content {
    fn new(words: Vec<usize>, weight: &[f64]) -> Content {
        let weight = words.iter().map(|&id| weight[id]).sum();
        Content { words, weight }
    }
}

/// Numbers the content words story by story. Within a story, ids follow first
/// use in canonical sentence order, the order sums of weights run in.
fn content_words<'t>(
    claims: &'t [Claim],
    (sentence, sentences): (&[usize], &[Sentence<'t>]),
    (story, sentence_story): (&[usize], &[usize]),
    speakers: &'t Speakers,
    lexicon: &mut Lexicon<'t>,
) -> Words {
    let stories = sentence_story.iter().max().map_or(0, |&s| s + 1);
    let all_sentences: Vec<usize> = (0..sentences.len()).collect();
    let sentences_of = group_by_key(&all_sentences, sentence_story, stories);
    let statements: Vec<usize> =
        (0..claims.len()).filter(|&i| claims[i].kind == ClaimKind::Statement).collect();
    let statements_of = group_by_key(&statements, story, stories);
    let mut words = Words {
        weight: Vec::new(),
        sentence_content: (0..sentences.len()).map(|_| Content::default()).collect(),
        statement_content: (0..claims.len()).map(|_| Content::default()).collect(),
    };
    // Per content key: its id in the story at hand (`NOT_CONTENT` if unused there).
    let mut vocabulary = StoryVocabulary { id_of_key: Vec::new(), keys: Vec::new(), first: 0 };
    // Reused for every statement: the word ids naming its speaker.
    let mut named: Vec<usize> = Vec::new();
    for story in 0..stories {
        let (members, statements) = (sentences_of.of(story), statements_of.of(story));
        vocabulary.first = words.weight.len();
        let mut frequency: Vec<usize> = Vec::new();
        for &s in members {
            let mut ids: Vec<usize> = Vec::with_capacity(sentences[s].tokens.len());
            for &key in sentences[s].keys.iter().flatten() {
                ids.push(vocabulary.id(key, lexicon.len()));
            }
            ids.sort_unstable();
            ids.dedup();
            frequency.resize(vocabulary.keys.len(), 0);
            for &id in &ids {
                frequency[id - vocabulary.first] += 1;
            }
            words.sentence_content[s].words = ids;
        }
        let total = members.len() as f64;
        words.weight.extend(frequency.iter().map(|&f| (1.0 + total / f.max(1) as f64).ln()));
        for &s in members {
            let content = &mut words.sentence_content[s];
            *content = Content::new(std::mem::take(&mut content.words), &words.weight);
        }
        for &i in statements {
            let canonical = speakers.of_claim[i].map(|n| speakers.names[n].as_str());
            speaker_words(&claims[i], canonical, (&vocabulary, lexicon), &mut named);
            named.sort_unstable();
            let mut ids = words.sentence_content[sentence[i]].words.clone();
            ids.retain(|id| named.binary_search(id).is_err());
            words.statement_content[i] = Content::new(ids, &words.weight);
        }
        vocabulary.clear();
    }
    words
}

/// Word ids of one story by content key.
struct StoryVocabulary {
    /// Per content key: its id, or `NOT_CONTENT` if the story does not use it.
    id_of_key: Vec<usize>,
    /// The keys the story uses, in id order.
    keys: Vec<usize>,
    /// The story's first id.
    first: usize,
}

impl StoryVocabulary {
    /// The id of `key`, numbered next if new; `keys` is the lexicon's size.
    fn id(&mut self, key: usize, keys: usize) -> usize {
        if key >= self.id_of_key.len() {
            self.id_of_key.resize(keys.max(key + 1), NOT_CONTENT);
        }
        if self.id_of_key[key] == NOT_CONTENT {
            self.id_of_key[key] = self.first + self.keys.len();
            self.keys.push(key);
        }
        self.id_of_key[key]
    }

    /// The id of `key` if the story uses it.
    fn get(&self, key: usize) -> Option<usize> {
        self.id_of_key.get(key).copied().filter(|&id| id != NOT_CONTENT)
    }

    /// Forgets the story's words, ready for the next one.
    fn clear(&mut self) {
        for &key in &self.keys {
            self.id_of_key[key] = NOT_CONTENT;
        }
        self.keys.clear();
    }
}

/// Content word ids naming the speaker, so a statement's content is what
/// was said; written into `named`, which is cleared first.
fn speaker_words<'t>(
    claim: &'t Claim,
    canonical: Option<&'t str>,
    (vocabulary, lexicon): (&StoryVocabulary, &mut Lexicon<'t>),
    named: &mut Vec<usize>,
) {
    named.clear();
    for text in [claim.speaker.as_deref(), canonical, Some(claim.mention.text.as_ref())]
        .into_iter()
        .flatten()
    {
        for token in (Tokens { text, at: 0 }) {
            if let Some(id) = lexicon.key(&token).and_then(|key| vocabulary.get(key)) {
                named.push(id);
            }
        }
    }
}

/// A content key (ASCII, seven letters at most, none a zero byte) as an
/// integer: equal keys, equal integers, without a string map.
fn packed_key(key: &str) -> u64 {
    key.bytes().fold(0, |packed, b| packed << 8 | u64::from(b))
}

/// The comparable form of a content word, or `None` for function words,
/// numbers, dates and short words.
fn content_key(word: &str) -> Option<String> {
    // Built in one string, folded then cut to its stem in place: every
    // distinct spelling of a corpus comes through here.
    let mut key = String::with_capacity(word.len());
    let letters = without_possessive(word).chars().map(lower);
    key.extend(letters.map(fold_diacritic).filter(|c| c.is_ascii_alphanumeric()));
    if key.len() < 3
        || key.bytes().any(|b| b.is_ascii_digit())
        || STOPWORDS.binary_search(&key.as_str()).is_ok()
        || Weekday::from_name(word).is_some()
        || month_from_name(word).is_some()
    {
        return None;
    }
    // The singular cut to six letters (all ASCII by now).
    let (kept, ending) = singular_ending(&key);
    key.truncate(kept);
    key.push_str(ending);
    key.truncate(6);
    let class = SYNONYMS.iter().find(|(_, stems)| wordlist::has(stems, &key));
    Some(class.map_or(key, |(class, _)| class.to_string()))
}

/// "casualties" → "casualty", "troops" → "troop"; "press" and "personnel"
/// stay. Borrowed unless the ending changes: most words are only compared.
fn singular(word: &str) -> Cow<'_, str> {
    let (kept, ending) = singular_ending(word);
    if ending.is_empty() {
        return Cow::Borrowed(&word[..kept]);
    }
    let mut one = word[..kept].to_string();
    one.push_str(ending);
    Cow::Owned(one)
}

/// How [`singular`] ends `word`: the bytes it keeps and what it adds.
fn singular_ending(word: &str) -> (usize, &'static str) {
    if word.len() > 4 && word.ends_with("ies") {
        (word.len() - 3, "y")
    } else if word.len() > 3
        && word.ends_with('s')
        && !word.ends_with("ss")
        && !word.ends_with("us")
    {
        (word.len() - 1, "")
    } else {
        (word.len(), "")
    }
}

// ---------------------------------------------------------------------------
// Figures: what is counted, in which role.

/// What a figure's clause says happened to the counted thing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Role {
    Unknown,
    Sent,
    Killed,
    Injured,
    /// "killed or wounded", "casualties".
    Casualties,
    Captured,
    Missing,
    Displaced,
    Rescued,
    Launched,
    Damaged,
    /// "rose", "fell", "cut": a level that moved.
    Changed,
}

/// General news verbs and adjectives, grouped by role.
const ROLE_WORDS: &[(Role, &[&str])] = &[
    (
        Role::Sent,
        &[
            "sent",
            "send",
            "sends",
            "sending",
            "deployed",
            "deploy",
            "deploys",
            "deploying",
            "dispatched",
            "dispatch",
            "dispatches",
            "dispatching",
            "stationed",
            "fight",
            "fighting",
            "fought",
        ],
    ),
    (
        Role::Killed,
        &[
            "killed",
            "kill",
            "kills",
            "killing",
            "died",
            "die",
            "dies",
            "dead",
            "death",
            "deaths",
            "slain",
            "perished",
            "fatalities",
        ],
    ),
    (Role::Injured, &["injured", "injuring", "injuries", "wounded", "wounding", "hurt"]),
    (Role::Casualties, &["casualties"]),
    (
        Role::Captured,
        &["captured", "capture", "detained", "arrested", "imprisoned", "abducted", "kidnapped"],
    ),
    (Role::Missing, &["missing", "unaccounted"]),
    (Role::Displaced, &["displaced", "evacuated", "homeless", "fled"]),
    (Role::Rescued, &["rescued"]),
    (Role::Launched, &["launched", "fired"]),
    (Role::Damaged, &["damaged", "destroyed", "collapsed"]),
    (
        Role::Changed,
        &[
            "rose",
            "risen",
            "rise",
            "rises",
            "fell",
            "fallen",
            "falls",
            "cut",
            "raised",
            "increased",
            "decreased",
            "grew",
            "slowed",
            "climbed",
            "dropped",
            "jumped",
        ],
    ),
];

/// Units that carry their role: "deaths" are people killed.
const UNIT_ROLES: &[(&str, Role)] = &[
    ("death", Role::Killed),
    ("dead", Role::Killed),
    ("fatality", Role::Killed),
    ("body", Role::Killed),
    ("casualty", Role::Casualties),
    ("injury", Role::Injured),
    ("reinforcement", Role::Sent),
    ("prisoner", Role::Captured),
    ("captive", Role::Captured),
    ("detainee", Role::Captured),
    ("evacuee", Role::Displaced),
    ("refugee", Role::Displaced),
];

/// Units grouped into classes that count the same beings.
const UNIT_CLASSES: &[(&str, &str)] = &[
    ("troops", "troop soldier fighter personnel serviceman servicemen reinforcement marine"),
    (
        "people",
        "people person resident individual death dead fatality body casualty injury evacuee \
            refugee victim prisoner captive detainee",
    ),
];

/// Modifiers that make a count come on top of an earlier one.
const ADDITIONAL_WORDS: &str = "additional extra fresh further more new";

/// First words of two-word places ("South Sudan", "New York").
const PLACE_PREFIXES: &str =
    "central east eastern new north northern saint san south southern upper lower west western";

impl Role {
    fn of_token(token: &Token) -> Option<Role> {
        ROLE_WORDS.iter().find(|(_, words)| token.is_one_of(words)).map(|(role, _)| *role)
    }

    /// A count that grows or shrinks while a story unfolds.
    fn is_tally(self) -> bool {
        matches!(
            self,
            Role::Killed
                | Role::Injured
                | Role::Casualties
                | Role::Captured
                | Role::Missing
                | Role::Displaced
                | Role::Rescued
                | Role::Damaged
                | Role::Changed
        )
    }

    fn phrase(self) -> &'static str {
        match self {
            Role::Unknown => "",
            Role::Sent => "sent",
            Role::Killed => "killed",
            Role::Injured => "injured",
            Role::Casualties => "killed or wounded",
            Role::Captured => "captured",
            Role::Missing => "missing",
            Role::Displaced => "displaced",
            Role::Rescued => "rescued",
            Role::Launched => "launched",
            Role::Damaged => "damaged",
            Role::Changed => "changed",
        }
    }
}

/// What a figure counts; figures link only within one block.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct FigureBlock {
    role: Role,
    /// Lowercase subject modifiers, sorted: "additional", "force special".
    modifiers: String,
    /// The year of a figure dated long before publication.
    era: Option<i32>,
}

/// Unit class, owner, place: equal where both are known.
type Facets = [Option<String>; 3];

#[derive(Debug)]
struct FigureFacts {
    block: FigureBlock,
    facets: Facets,
    /// The place as written, for labels.
    place: Option<String>,
}

/// Facts for every figure claim, reading each sentence once.
fn figure_facts(
    claims: &[Claim],
    (sentence, sentences): (&[usize], &[Sentence]),
    (doc, published): (&[usize], &[Option<Date>]),
    story: &[usize],
    places: &[Vec<String>],
) -> Vec<Option<FigureFacts>> {
    let figures: Vec<usize> = (0..claims.len())
        .filter(|&i| claims[i].kind == ClaimKind::Figure && claims[i].quantity.is_some())
        .collect();
    let by_sentence = group_by_key(&figures, sentence, sentences.len());
    // Built empty, not by `vec!`, which would clone facts.
    let mut facts: Vec<Option<FigureFacts>> = (0..claims.len()).map(|_| None).collect();
    for (s, read) in sentences.iter().enumerate() {
        let unsorted = by_sentence.of(s);
        if unsorted.is_empty() {
            continue;
        }
        let by_start = sorted_indices(unsorted.len(), &|a, b| {
            claims[unsorted[a]].mention.start.cmp(&claims[unsorted[b]].mention.start)
        });
        let figures: Vec<usize> = by_start.into_iter().map(|n| unsorted[n]).collect();
        let start = claims[figures[0]].start;
        let tokens = &read.tokens;
        let spans: Vec<(usize, usize)> = figures
            .iter()
            .map(|&i| {
                token_span(tokens, claims[i].mention.start - start, claims[i].mention.end - start)
            })
            .collect();
        let mut previous_role = Role::Unknown;
        for (n, &i) in figures.iter().enumerate() {
            let bounds = Bounds {
                first: spans[n].0,
                last: spans[n].1,
                floor: if n == 0 { 0 } else { spans[n - 1].1 + 1 },
                later_figures: &spans[n + 1..],
            };
            let clause = Clause {
                before: clause_before(tokens, &bounds),
                after: clause_after(tokens, &bounds),
            };
            let quantity = claims[i].quantity.as_ref().expect("figures were filtered on quantity");
            let lower_unit = lowercase(&quantity.unit);
            let role = figure_role(tokens, &clause, (quantity, &lower_unit), previous_role);
            previous_role = role;
            let published = published[doc[i]];
            facts[i] = Some(describe_figure(
                &claims[i],
                (tokens, &clause),
                (role, &lower_unit),
                published,
                &places[story[i]],
            ));
        }
    }
    facts
}

/// A figure's tokens and the stretch of sentence it may read its role from.
struct Bounds<'s> {
    first: usize,
    last: usize,
    /// The figure before ends just before `floor`.
    floor: usize,
    /// The token spans of the figures after this one.
    later_figures: &'s [(usize, usize)],
}

/// Word indices of a figure's clause, nearest first, on either side (see
/// [`clause_before`], [`clause_after`]): read once for both role and place.
struct Clause {
    before: Vec<usize>,
    after: Vec<usize>,
}

fn token_span(tokens: &[Token], start: usize, end: usize) -> (usize, usize) {
    let first = tokens.iter().position(|t| t.end > start).unwrap_or(0);
    let last = tokens.iter().rposition(|t| t.start < end).unwrap_or(first).max(first);
    (first, last)
}

/// `lower_unit` is the figure's unit lowercased.
fn describe_figure(
    claim: &Claim,
    (tokens, clause): (&[Token], &Clause),
    (role, lower_unit): (Role, &str),
    published: Option<Date>,
    places: &[String],
) -> FigureFacts {
    let quantity = claim.quantity.as_ref().expect("a figure has a quantity");
    let unit = singular(lower_unit);
    let (owner, mut modifiers) = subject_modifiers(quantity, lower_unit);
    if unit == "reinforcement" {
        modifiers.push("additional".to_string());
    }
    let era = claim.when.as_ref().zip(published).and_then(|(when, published)| {
        (published.to_days() - when.end.to_days() > HISTORICAL_DAYS).then_some(when.end.year)
    });
    let place = figure_place(tokens, clause, role, places);
    let unit_class = (!unit.is_empty()).then(|| unit_class(&unit));
    FigureFacts {
        block: FigureBlock { role, modifiers: sorted_set(modifiers).join(" "), era },
        facets: [unit_class, owner, place.as_ref().map(|p| place_key(p))],
        place,
    }
}

fn unit_class(unit: &str) -> String {
    UNIT_CLASSES
        .iter()
        .find(|(_, units)| wordlist::has(units, unit))
        .map_or_else(|| unit.to_string(), |(class, _)| class.to_string())
}

/// The subject's capitalized words (its owner: "South Sudanese") and its other
/// modifiers ("special forces", "additional"), without the unit itself.
fn subject_modifiers(quantity: &Quantity, unit: &str) -> (Option<String>, Vec<String>) {
    let mut owner = Vec::new();
    let mut modifiers = Vec::new();
    for word in tokenize(&quantity.subject).iter().filter(|t| t.is_word()) {
        let lower = word.lower();
        if lower == unit || singular(&lower) == singular(unit) {
            continue;
        }
        if word.is_capitalized() {
            owner.push(place_word(word.text));
        } else if wordlist::has(ADDITIONAL_WORDS, &lower) {
            modifiers.push("additional".to_string());
        } else if let Some(key) = content_key(word.text) {
            modifiers.push(key);
        }
    }
    ((!owner.is_empty()).then(|| owner.join(" ")), modifiers)
}

/// The role of a figure: implied by its unit, else the nearest role word in
/// its clause (a level change only when nothing else is near). A figure inside
/// ", including …" shares the role of the figure it belongs to.
/// `lower_unit` is the figure's unit lowercased.
fn figure_role(
    tokens: &[Token],
    clause: &Clause,
    (quantity, lower_unit): (&Quantity, &str),
    previous: Role,
) -> Role {
    if is_measure_of_a_thing(quantity, lower_unit) {
        return Role::Unknown;
    }
    if let Some(role) = unit_role(lower_unit) {
        return role;
    }
    let mut found: Vec<(usize, bool, Role)> = Vec::new();
    let mut inherit = false;
    for (distance, &i) in clause.before.iter().enumerate() {
        if tokens[i].is("including") && found.is_empty() {
            inherit = true;
        }
        if let Some(role) = role_at(tokens, i) {
            found.push((distance, true, role));
        }
    }
    if inherit && previous != Role::Unknown {
        return previous;
    }
    for (distance, &i) in clause.after.iter().enumerate() {
        if let Some(role) = role_at(tokens, i) {
            found.push((distance, false, role));
        }
    }
    let nearest = found
        .into_iter()
        .min_by_key(|&(distance, before, role)| (role == Role::Changed, distance, before));
    nearest.map_or(Role::Unknown, |(_, _, role)| role)
}

/// "magnitude 5.8 aftershock", "5,000-tonne destroyer": a measure of the noun
/// it modifies, which is what the figure is about; nothing happens to a measure.
fn is_measure_of_a_thing(quantity: &Quantity, unit: &str) -> bool {
    let subject = lowercase(&quantity.subject);
    !unit.is_empty() && subject.starts_with(unit) && subject.len() > unit.len()
}

/// The role a unit (lowercase) carries: "deaths" are people killed.
fn unit_role(lower_unit: &str) -> Option<Role> {
    let unit = singular(lower_unit);
    UNIT_ROLES.iter().find(|(u, _)| *u == unit).map(|&(_, role)| role)
}

/// Word indices before the figure, nearest first, up to a comma or clause end.
fn clause_before(tokens: &[Token], bounds: &Bounds) -> Vec<usize> {
    let mut words = Vec::new();
    for i in (bounds.floor..bounds.first).rev() {
        let token = &tokens[i];
        if token.ends_clause() || token.text == "," || words.len() >= ROLE_REACH {
            break;
        }
        if token.is_word() {
            words.push(i);
        }
    }
    words
}

/// Word indices after the figure, nearest first, up to a comma or clause end;
/// an ", including …," aside (and any figure in it) is skipped.
fn clause_after(tokens: &[Token], bounds: &Bounds) -> Vec<usize> {
    let mut words = Vec::new();
    let mut i = bounds.last + 1;
    while i < tokens.len() && words.len() < ROLE_REACH {
        let token = &tokens[i];
        if token.ends_clause() || bounds.later_figures.iter().any(|span| span.0 == i) {
            break;
        }
        if token.text == "," {
            let aside = tokens.get(i + 1).is_some_and(|t| t.is("including"));
            if !aside {
                break;
            }
            i = (i + 1..tokens.len())
                .find(|&j| tokens[j].text == "," || tokens[j].ends_clause())
                .unwrap_or(tokens.len());
            if tokens.get(i).is_some_and(|t| t.ends_clause()) {
                break;
            }
        } else if token.is_word() {
            words.push(i);
        }
        i += 1;
    }
    words
}

/// The role word at `i`, reading "killed or wounded" as one casualty count.
fn role_at(tokens: &[Token], i: usize) -> Option<Role> {
    let role = Role::of_token(&tokens[i])?;
    let harm = |r: Option<Role>| matches!(r, Some(Role::Killed | Role::Injured));
    if harm(Some(role)) {
        let pairs = |a: usize, conj: usize, b: usize| {
            tokens.get(b).is_some_and(|_| {
                tokens[conj].is_one_of(&["or", "and"])
                    && harm(Role::of_token(&tokens[b]))
                    && Role::of_token(&tokens[b]) != Some(role)
                    && a != b
            })
        };
        if pairs(i, i + 1, i + 2) || (i >= 2 && pairs(i, i - 1, i - 2)) {
            return Some(Role::Casualties);
        }
    }
    Some(role)
}

/// Where a figure happened: "in X" / "to X" in its clause; for tallies also a
/// known place named in the clause ("while Ecuador reported 15 deaths"); else a
/// sentence-opening "In X,".
/// `places` are the [`place_name`]s of the figure's story, sorted.
fn figure_place(
    tokens: &[Token],
    clause: &Clause,
    role: Role,
    places: &[String],
) -> Option<String> {
    let in_clause = || clause.after.iter().chain(&clause.before).map(|&i| (i, &tokens[i]));
    if let Some(place) =
        in_clause().find_map(|(i, _)| place_after_preposition(tokens, i, &["in", "to"]))
    {
        return Some(place);
    }
    if role.is_tally() {
        let is_known = |t: &Token| places.binary_search(&place_name(t.text)).is_ok();
        if let Some((_, t)) =
            in_clause().find(|(_, t)| t.is_capitalized() && !t.is_possessive() && is_known(t))
        {
            return Some(t.text.to_string());
        }
    }
    place_after_preposition(tokens, 0, &["in"]).filter(|_| tokens[0].is_capitalized())
}

/// "in (the) Piura Province" at `i` → "Piura Province".
fn place_after_preposition(tokens: &[Token], i: usize, prepositions: &[&str]) -> Option<String> {
    if !prepositions.iter().any(|p| tokens[i].is(p)) {
        return None;
    }
    let mut j = i + 1;
    if tokens.get(j).is_some_and(|t| t.is("the")) {
        j += 1;
    }
    let rest = &tokens[j.min(tokens.len())..];
    let words = rest
        .iter()
        .take_while(|t| {
            t.is_word()
                && t.is_capitalized()
                && Weekday::from_name(t.text).is_none()
                && month_from_name(t.text).is_none()
        })
        .count();
    let name = &rest[..words];
    if name.is_empty() || name.iter().any(Token::is_possessive) {
        return None;
    }
    // "in the Freedonian war": after "the", a name before a common noun is an adjective.
    let after = tokens.get(j + name.len());
    if j > i + 1 && after.is_some_and(|t| t.is_word() && !t.is_capitalized()) {
        return None;
    }
    let mut place = String::new();
    for (n, word) in name.iter().enumerate() {
        if n > 0 {
            place.push(' ');
        }
        place.push_str(word.text);
    }
    Some(place)
}

/// Words of the names written after "in" anywhere in a story: the places it
/// talks about ("Ecuador", but not the adjective "Ecuadorian").
/// Per story, its [`place_name`]s, sorted.
fn place_names(
    sentences: &[Sentence],
    sentence_story: &[usize],
    stories: usize,
) -> Vec<Vec<String>> {
    let mut places = vec![Vec::new(); stories];
    for (sentence, &story) in sentences.iter().zip(sentence_story) {
        let tokens = &sentence.tokens;
        for i in 0..tokens.len() {
            if let Some(place) = place_after_preposition(tokens, i, &["in"]) {
                places[story].extend(words(&place).map(place_name));
            }
        }
    }
    places.into_iter().map(sorted_set).collect()
}

/// "Piura Province" → "piura", "South Sudan" → "south sudan", "Ecuadorian" → "ecuad".
fn place_key(place: &str) -> String {
    let mut words = words(place);
    let first = words.next().unwrap_or_default();
    let mut key = place_word(first);
    if let Some(second) = words.next().filter(|_| wordlist::has(PLACE_PREFIXES, &lowercase(first)))
    {
        key.push(' ');
        key.push_str(&place_word(second));
    }
    key
}

/// A proper word folded to lowercase ASCII, whole.
fn place_name(word: &str) -> String {
    let mut name = place_word(word);
    name.extend(
        word.chars().map(lower).map(fold_diacritic).filter(char::is_ascii_alphanumeric).skip(5),
    );
    name
}

/// A proper word cut to five letters, so "Ecuador" and "Ecuadorian" meet.
fn place_word(word: &str) -> String {
    place_letters(word).collect()
}

/// `word` without its possessive endings: `trim_end_matches("'s")` then
/// `("’s")`, without the substring searcher a `&str` pattern builds.
fn without_possessive(mut word: &str) -> &str {
    while let Some(owner) = word.strip_suffix("'s") {
        word = owner;
    }
    while let Some(owner) = word.strip_suffix("’s") {
        word = owner;
    }
    word
}

/// The letters of [`place_word`]: lowercase ASCII letters and digits.
fn place_letters(word: &str) -> impl Iterator<Item = char> + '_ {
    without_possessive(word)
        .chars()
        .map(lower)
        .map(fold_diacritic)
        .filter(char::is_ascii_alphanumeric)
        .take(5)
}

// ---------------------------------------------------------------------------
// Linking.

fn link_figures(corpus: &Corpus, links: &mut DisjointSets) {
    let facts = |i: usize| corpus.figures[i].as_ref().expect("only figures are blocked");
    // Figures with a role or modifier are blocked; the others link like
    // events, if they have a unit.
    let (mut blocked, mut with_unit) = (Vec::new(), Vec::new());
    for &i in &corpus.order {
        let Some(figure) = &corpus.figures[i] else { continue };
        if figure.block.role != Role::Unknown || !figure.block.modifiers.is_empty() {
            blocked.push(i);
        } else if figure.facets[0].is_some() {
            with_unit.push(i);
        }
    }
    let key = |i: usize| (corpus.story[i], &facts(i).block);
    for members in group_by(&blocked, &|a, b| key(a).cmp(&key(b))) {
        for group in merge_by_facets(corpus, &members) {
            for &other in &group[1..] {
                links.union(group[0], other);
            }
        }
    }
    let key = |i: usize| (corpus.story[i], facts(i).facets[0].as_deref());
    for block in group_by(&with_unit, &|a, b| key(a).cmp(&key(b))) {
        link_by_content(corpus, &block, EVENT_MIN_SIMILARITY, links);
    }
}

/// Groups a block's figures: equal facets together, then each less specific
/// group into the one group it fits, if exactly one.
fn merge_by_facets(corpus: &Corpus, members: &[usize]) -> Vec<Vec<usize>> {
    let facets = |i: usize| &corpus.figures[i].as_ref().expect("only figures are blocked").facets;
    let mut groups = group_by(members, &|a, b| facets(a).cmp(facets(b)));
    let known: Vec<usize> =
        groups.iter().map(|group| facets(group[0]).iter().flatten().count()).collect();
    let mut merged: Vec<(Facets, Vec<usize>)> = Vec::new();
    // Most specific first.
    for n in sorted_indices(groups.len(), &|a, b| known[b].cmp(&known[a])) {
        let group = std::mem::take(&mut groups[n]);
        let facets = facets(group[0]);
        let fits = |known: &Facets| {
            facets.iter().zip(known).all(|(a, b)| a.is_none() || b.is_none() || a == b)
        };
        match only_one(&mut (0..merged.len()).filter(|&m| fits(&merged[m].0))) {
            Some(only) => {
                let target = &mut merged[only];
                for (known, new) in target.0.iter_mut().zip(facets) {
                    if known.is_none() {
                        known.clone_from(new);
                    }
                }
                target.1.extend(group);
            }
            None => merged.push((facets.clone(), group)),
        }
    }
    merged.into_iter().map(|(_, group)| group).collect()
}

/// Links events strongest pair first, and only while every event of the
/// growing topic still shares a day with all the others: "earlier this year"
/// may bridge "March" and "Monday" in content, but not in time.
fn link_events(corpus: &Corpus, links: &mut DisjointSets) {
    let events = corpus.of_kind(ClaimKind::Event);
    // Per topic root: the days all its events share.
    let mut common: Vec<Option<(Date, Date)>> = vec![None; corpus.claims.len()];
    for &i in &events {
        common[i] = corpus.claim(i).when.as_ref().map(|w| (w.start, w.end));
    }
    // Only pairs that could link are scored and sorted: events with no day
    // in common never share one with a topic.
    let overlap = |a: usize, b: usize| match (common[a], common[b]) {
        (Some((start_a, end_a)), Some((start_b, end_b))) => {
            start_a.max(start_b) <= end_a.min(end_b)
        }
        _ => false,
    };
    let needed = |a: usize, b: usize| overlap(a, b).then(|| event_threshold(corpus, a, b));
    // Most similar first, ties in canonical order. The pairs are sorted by
    // rank, mapped back to claims after: many pairs tie (near-identical
    // retellings score alike), and looking ranks up once per pair rather than
    // per comparison is most of the sort's time.
    let pairs: Vec<(f64, usize, usize)> = similar_pairs(corpus, &events, &needed)
        .into_iter()
        .map(|(score, a, b)| (score, corpus.rank[a], corpus.rank[b]))
        .collect();
    let strongest_first = sorted_indices(pairs.len(), &|x, y| {
        pairs[y]
            .0
            .total_cmp(&pairs[x].0)
            .then_with(|| (pairs[x].1, pairs[x].2).cmp(&(pairs[y].1, pairs[y].2)))
    });
    for (a, b) in
        strongest_first.into_iter().map(|n| (corpus.order[pairs[n].1], corpus.order[pairs[n].2]))
    {
        let (root_a, root_b) = (links.find(a), links.find(b));
        let (Some((start_a, end_a)), Some((start_b, end_b))) = (common[root_a], common[root_b])
        else {
            continue;
        };
        let shared = (start_a.max(start_b), end_a.min(end_b));
        if root_a != root_b && shared.0 <= shared.1 {
            links.union(a, b);
            common[links.find(a)] = Some(shared);
        }
    }
}

/// The similarity two events need: less when both name the same single day,
/// least when their sentences also have the same canonical speaker.
fn event_threshold(corpus: &Corpus, a: usize, b: usize) -> f64 {
    match (single_day(corpus.claim(a)), single_day(corpus.claim(b))) {
        (Some(day_a), Some(day_b)) if day_a == day_b => {
            if corpus.speaker(a).is_some() && corpus.speaker(a) == corpus.speaker(b) {
                SAME_DAY_SPEAKER_MIN_SIMILARITY
            } else {
                SAME_DAY_MIN_SIMILARITY
            }
        }
        _ => EVENT_MIN_SIMILARITY,
    }
}

/// The day of a claim dated to exactly one day.
fn single_day(claim: &Claim) -> Option<Date> {
    claim.when.as_ref().filter(|w| w.start == w.end).map(|w| w.start)
}

/// Whether two single-day events may be the same day: equal, or both written
/// as the same weekday ("Monday") less than a week apart, since a weekday is
/// resolved against each outlet's own (time-zone dependent) publication date.
fn compatible_days(a: &Claim, b: &Claim) -> bool {
    let (Some(day_a), Some(day_b)) = (single_day(a), single_day(b)) else { return false };
    if day_a == day_b {
        return true;
    }
    let weekday =
        |c: &Claim| c.when.as_ref().and_then(|w| Weekday::from_name(words(&w.text).last()?));
    let apart = (day_a.to_days() - day_b.to_days()).abs();
    weekday(a).is_some() && weekday(a) == weekday(b) && apart <= 7
}

/// Events whose sentences hold statements already in one topic, across
/// documents, and that name compatible days, are the same happening: "North
/// Korea confirmed on Monday that …" in two outlets.
fn link_events_through_statements(corpus: &Corpus, links: &mut DisjointSets) {
    let statements = corpus.of_kind(ClaimKind::Statement);
    let by_sentence = corpus.by_sentence(&statements);
    // (topic of a statement in the event's sentence, event) pairs, all
    // collected before any union; unions do not depend on their order.
    let mut by_root: Vec<(usize, usize)> = Vec::new();
    for &i in &corpus.order {
        let claim = corpus.claim(i);
        if claim.kind == ClaimKind::Event && single_day(claim).is_some() {
            for &statement in by_sentence.of(corpus.sentence[i]) {
                by_root.push((links.find(statement), i));
            }
        }
    }
    // By topic; an event listed twice only meets itself, in its own document.
    let by_topic = sorted_indices(by_root.len(), &|x, y| by_root[x].cmp(&by_root[y]));
    for run in by_topic.chunk_by(|&x, &y| by_root[x].0 == by_root[y].0) {
        for (n, &x) in run.iter().enumerate() {
            for &y in &run[n + 1..] {
                let (a, b) = (by_root[x].1, by_root[y].1);
                let (ca, cb) = (corpus.claim(a), corpus.claim(b));
                if ca.doc != cb.doc && compatible_days(ca, cb) {
                    links.union(a, b);
                }
            }
        }
    }
}

fn link_statements(corpus: &Corpus, links: &mut DisjointSets) {
    let statements = corpus.of_kind(ClaimKind::Statement);
    let same_speaker =
        |a: usize, b: usize| corpus.speaker(a).is_some() && corpus.speaker(a) == corpus.speaker(b);
    let spoken: Vec<(usize, usize)> =
        statements.iter().filter_map(|&i| Some((corpus.speaker(i)?, i))).collect();
    let by_speaker = Buckets::new(corpus.speakers.names.len(), &spoken);
    for entity in 0..corpus.speakers.names.len() {
        link_by_content(corpus, by_speaker.of(entity), STATEMENT_MIN_SIMILARITY, links);
    }

    let (mut denials, mut assertions) = (Vec::new(), Vec::new());
    for &i in &statements {
        if is_denial(corpus.claim(i)) {
            denials.push(i);
        } else {
            assertions.push(i);
        }
    }
    let index = Postings::build(corpus, &assertions);
    let by_sentence = corpus.by_sentence(&assertions);
    let other_speaker = |a: usize, b: usize| {
        !same_speaker(a, b) && corpus.claim(a).speaker != corpus.claim(b).speaker
    };
    for &denial in &denials {
        let claim = corpus.claim(denial);
        let in_sentence = by_sentence.of(corpus.sentence[denial]).iter().copied().find(|&other| {
            corpus.claim(other).mention.start < claim.mention.start && other_speaker(denial, other)
        });
        let content = denial_content(corpus, denial);
        // Else the best match of its story, ties to the first in canonical order.
        let mut best: Option<(f64, usize)> = None;
        if in_sentence.is_none() {
            for other in index.candidates(&content.words) {
                if corpus.story[other] != corpus.story[denial] || !other_speaker(denial, other) {
                    continue;
                }
                let score = corpus.similarity(content, corpus.content(other));
                let better = |(top, first): (f64, usize)| {
                    score.total_cmp(&top).then_with(|| corpus.rank[first].cmp(&corpus.rank[other]))
                };
                if score >= DENIAL_MIN_SIMILARITY
                    && best.is_none_or(|top| better(top) == Ordering::Greater)
                {
                    best = Some((score, other));
                }
            }
        }
        if let Some(other) = in_sentence.or(best.map(|(_, other)| other)) {
            links.union(denial, other);
        }
    }
    link_contradictions(corpus, &statements, links);
}

/// Reporting verbs that contradict what someone else said.
const DENIAL_CUES: &str = "countered denied disputed refuted rejected";

fn is_denial(claim: &Claim) -> bool {
    claim.cue.as_deref().is_some_and(|cue| wordlist::has(DENIAL_CUES, cue))
}

/// What a denial denies: its own words, or the sentence just before when it
/// points back ("denied the claim.", "denied that,").
fn denial_content<'c>(corpus: &'c Corpus, denial: usize) -> &'c Content {
    match referent(corpus, denial) {
        Some(i) => &corpus.sentence_content[corpus.sentence[i]],
        None => corpus.content(denial),
    }
}

/// The claim of the sentence a denial points back to ("denied the claim."),
/// if it points back and that sentence is the one just before.
fn referent(corpus: &Corpus, denial: usize) -> Option<usize> {
    if !points_back(corpus, denial) {
        return None;
    }
    previous_sentence(corpus, denial)
}

/// A claim of the sentence right before claim `i`'s, in the same document.
fn previous_sentence(corpus: &Corpus, i: usize) -> Option<usize> {
    let claim = corpus.claim(i);
    // Claims run document by document: stop at the document's first.
    corpus.order[..corpus.rank[i]]
        .iter()
        .rev()
        .copied()
        .take_while(|&j| corpus.doc[j] == corpus.doc[i])
        .find(|&j| corpus.claim(j).end <= claim.start)
        .filter(|&j| claim.start - corpus.claim(j).end <= 3)
}

/// Whether the denial's object is an anaphor: "denied it.", "denied that,",
/// "denied the claim and …".
fn points_back(corpus: &Corpus, denial: usize) -> bool {
    let claim = corpus.claim(denial);
    let Some(cue) = claim.cue.as_deref() else { return false };
    let tokens = corpus.tokens_of(denial, &claim.text);
    let stem: String = cue.chars().take(5).collect();
    let Some(at) = tokens.iter().position(|t| t.lower_starts_with(&stem)) else { return false };
    let is = |i: usize, words: &[&str]| tokens.get(i).is_some_and(|t| t.is_one_of(words));
    let ends = |i: usize| {
        tokens.get(i).is_none_or(|t| !t.is_word() || t.is_one_of(&["and", "but", "as", "saying"]))
    };
    let pronoun = is(at + 1, &["it", "that", "this"]) && ends(at + 2);
    let noun = is(at + 1, &["the", "that", "this", "those", "such", "these"])
        && tokens.get(at + 2).is_some_and(|t| {
            matches!(
                singular(&t.lower()).as_ref(),
                "claim" | "report" | "allegation" | "assertion" | "statement" | "account"
            )
        })
        && ends(at + 3);
    pronoun || noun
}

// ---------------------------------------------------------------------------
// Contradictions: "it is over" against "it goes on".
//
// A denial only links by shared content (above), which misses the commonest
// war-news contradiction: one side says a place was taken or fighting there
// ended; the other says, in its own words, that fighting there goes on. So a
// statement *contests* when its own stretch of sentence says something goes
// on ("still", "continues") or denies that something ended. Contesting
// statements about a place some speaker says is over agree with each other
// (elsewhere "clinics remain open" is no answer to anything); one of them also
// joins the ended-assertion of another speaker in the sentence just before
// it, when that sentence is about the same place. Assertions never link to
// each other here, so several speakers claiming the same victory stay apart.

/// Forms of closed-class verbs and nouns saying control changed hands or
/// fighting ended. Sorted, for binary search.
const ENDED_WORDS: &[&str] = &[
    "captured",
    "concluded",
    "ended",
    "expelled",
    "forced",
    "liberated",
    "liberating",
    "liberation",
    "ousted",
    "recaptured",
    "retaken",
    "retook",
    "withdrawn",
];

/// Forms saying a state of affairs goes on. Sorted, for binary search.
const ONGOING_WORDS: &[&str] = &[
    "continue",
    "continued",
    "continues",
    "continuing",
    "maintaining",
    "ongoing",
    "remain",
    "remains",
    "still",
];

/// Prepositions and verbs before the place a claim is about ("fighting in
/// Tavria", "forced from parts of Tavria", "retaken the Tavria region").
const LOCATIVES: &str = "at from in near of recaptured retaken retook";

/// How a statement stands on whether something is over.
struct Stance {
    contests: bool,
    ended: bool,
    /// Place keys the statement is about, sorted.
    places: Vec<String>,
}

fn link_contradictions(corpus: &Corpus, statements: &[usize], links: &mut DisjointSets) {
    // A denial may point back at a sentence with no statement in it.
    let by_sentence = corpus.by_sentence(statements);
    let sentence_of = |i: usize| by_sentence.of(corpus.sentence[i]);
    let mut stances: Vec<Option<Stance>> = (0..corpus.claims.len()).map(|_| None).collect();
    for &i in statements {
        stances[i] = Some(stance(corpus, i, &sentence_of));
    }
    let stance_of = |i: usize| stances[i].as_ref().expect("statements have a stance");
    // (story, place, claims it is over, statement) of contesting statements
    // and of those claiming an end; per place, the contesting come first.
    let mut by_place: Vec<(usize, &str, bool, usize)> = Vec::new();
    for &i in statements {
        let stance = stance_of(i);
        if stance.contests || stance.ended {
            by_place.extend(
                stance
                    .places
                    .iter()
                    .map(|place| (corpus.story[i], place.as_str(), !stance.contests, i)),
            );
        }
    }
    let sorted = sorted_indices(by_place.len(), &|a, b| by_place[a].cmp(&by_place[b]));
    // "Clinics there remain open" is no answer to anything: contesting
    // statements only gather where someone in the story says the place's
    // fighting ended.
    for block in
        sorted.chunk_by(|&a, &b| (by_place[a].0, by_place[a].1) == (by_place[b].0, by_place[b].1))
    {
        let contesting = &block[..block.partition_point(|&entry| !by_place[entry].2)];
        if contesting.len() < block.len() {
            for pair in contesting.windows(2) {
                links.union(by_place[pair[0]].3, by_place[pair[1]].3);
            }
        }
    }
    for &i in statements.iter().filter(|&&i| stance_of(i).contests) {
        let Some(previous) = previous_sentence(corpus, i) else { continue };
        for &other in sentence_of(previous) {
            if contradicts(corpus, (i, stance_of(i)), (other, stance_of(other))) {
                links.union(i, other);
            }
        }
    }
}

/// Whether contesting statement `a` answers `b`: another speaker saying that
/// something ended, about a place `a` is about too.
fn contradicts(
    corpus: &Corpus,
    (a, ours): (usize, &Stance),
    (b, theirs): (usize, &Stance),
) -> bool {
    let other_speaker = corpus.speaker(a) != corpus.speaker(b)
        && corpus.claim(a).speaker != corpus.claim(b).speaker;
    theirs.ended
        && !theirs.contests
        && other_speaker
        && theirs.places.iter().any(|place| ours.places.binary_search(place).is_ok())
}

/// Statement `i`'s stance, read from its own stretch of sentence and, for a
/// denial pointing back ("denied the claim."), from what it denies.
fn stance<'s>(corpus: &Corpus, i: usize, sentence_of: &dyn Fn(usize) -> &'s [usize]) -> Stance {
    let own = corpus.tokens_of(i, own_stretch(corpus, i, sentence_of(i)));
    let denied = if is_denial(corpus.claim(i)) { referent(corpus, i) } else { None };
    let theirs = denied.map_or(Cow::Borrowed(&[][..]), |j| {
        corpus.tokens_of(j, own_stretch(corpus, j, sentence_of(j)))
    });
    let ended = has_any(&own, ENDED_WORDS) || has_any(&theirs, ENDED_WORDS);
    let contests = has_ongoing(&own) || (is_denial(corpus.claim(i)) && ended);
    // Places only matter to statements that contest or claim an end.
    let mut places = Vec::new();
    if contests || ended {
        places = places_named(&own);
        places.extend(places_named(&theirs));
        places = sorted_set(places);
    }
    Stance { contests, ended, places }
}

/// The part of a claim's sentence that is its speaker's: from its mention to
/// the next speaker's mention, or, when little follows the mention ("…,” he
/// said."), from the previous speaker's mention to it. `sentence` lists the
/// statements of the claim's sentence.
fn own_stretch<'c>(corpus: &Corpus<'c>, i: usize, sentence: &[usize]) -> &'c str {
    let claim = corpus.claim(i);
    let relative = |offset: usize| offset.saturating_sub(claim.start).min(claim.text.len());
    let (start, end) = (relative(claim.mention.start), relative(claim.mention.end));
    // The nearest other mentions: the next one's start, the previous one's end.
    let (mut next, mut previous) = (claim.text.len(), 0);
    for other in sentence.iter().map(|&j| &corpus.claim(j).mention) {
        let (other_start, other_end) = (relative(other.start), relative(other.end));
        if other_start > start {
            next = next.min(other_start);
        } else if other_start < start && other_end <= start {
            previous = previous.max(other_end);
        }
    }
    let words_after = claim
        .text
        .get(end.min(next)..next)
        .map_or(0, |after| Tokens { text: after, at: 0 }.filter(Token::is_word).take(4).count());
    let (from, to) = if words_after < 4 { (previous, next) } else { (start, next) };
    claim.text.get(from..to).unwrap_or(&claim.text)
}

fn has_any(tokens: &[Token], words: &[&str]) -> bool {
    tokens.iter().any(|t| t.is_one_of(words))
}

/// Whether a word says something goes on; a sentence-opening "Still," means
/// "nevertheless".
fn has_ongoing(tokens: &[Token]) -> bool {
    tokens.iter().enumerate().any(|(n, t)| {
        let opener = t.is("still") && tokens.get(n + 1).is_some_and(|next| next.text == ",");
        !opener && t.is_one_of(ONGOING_WORDS)
    })
}

/// Places the tokens are about: capitalized words shortly after a locative
/// ("in Freedonia’s Tavria" → Tavria, "of both Tavria and Ostrava" → both), not
/// owners ("Russia’s") and not adjectives ("the Russian region").
fn places_named(tokens: &[Token]) -> Vec<String> {
    let mut places = Vec::new();
    let is_locative = |token: &Token| wordlist::words(LOCATIVES).any(|w| token.is(w));
    for (n, token) in tokens.iter().enumerate() {
        if !is_locative(token) {
            continue;
        }
        for (k, word) in tokens.iter().enumerate().skip(n + 1).take(5) {
            if word.ends_clause() || is_locative(word) {
                break;
            }
            let proper = word.is_word() && word.is_capitalized() && !word.is_possessive();
            let before_noun = tokens
                .get(k + 1)
                .is_some_and(|t| t.is_word() && !t.is_capitalized() && !t.is("and"));
            let adjective =
                before_noun && tokens[k - 1].is("the") && !word_names_a_region(tokens, k + 1);
            if proper
                && !adjective
                && Weekday::from_name(word.text).is_none()
                && month_from_name(word.text).is_none()
            {
                places.push(place_name(word.text));
            }
        }
    }
    places
}

/// "the Tavria region": a capitalized word before a region noun is a place.
fn word_names_a_region(tokens: &[Token], k: usize) -> bool {
    tokens.get(k).is_some_and(|t| {
        matches!(
            singular(&t.lower()).as_ref(),
            "region" | "area" | "direction" | "province" | "district" | "oblast" | "border"
        )
    })
}

/// Content words → the claims holding them, for candidate generation.
struct Postings<'i> {
    items: &'i [usize],
    /// The lowest word the items hold: words are keyed from it.
    lowest: usize,
    /// Per word: the positions in `items` of the claims holding it, in order.
    lists: Buckets,
}

impl<'i> Postings<'i> {
    fn build(corpus: &Corpus, items: &'i [usize]) -> Postings<'i> {
        // Within one story, or all of them, the words held are a dense range
        // of ids, keyed from the lowest.
        let lowest = items
            .iter()
            .filter_map(|&i| corpus.content(i).words.first())
            .min()
            .map_or(0, |&word| word);
        let mut entries: Vec<(usize, usize)> = Vec::new();
        for (n, &i) in items.iter().enumerate() {
            entries.extend(corpus.content(i).words.iter().map(|&word| (word - lowest, n)));
        }
        let keys = entries.iter().map(|e| e.0 + 1).max().unwrap_or(0);
        Postings { items, lowest, lists: Buckets::new(keys, &entries) }
    }

    /// Positions of the claims holding `word`, if it is not too common to
    /// propose candidates.
    fn list(&self, word: usize) -> impl Iterator<Item = usize> + '_ {
        let list = word.checked_sub(self.lowest).map_or(&[][..], |key| self.lists.of(key));
        let list = if list.len() <= MAX_POSTINGS { list } else { &[] };
        list.iter().copied()
    }

    /// Claims sharing a not-too-common word with `content`, in claim order.
    fn candidates(&self, content: &[usize]) -> Vec<usize> {
        let mut found: Vec<usize> = Vec::new();
        for &word in content {
            found.extend(self.list(word).map(|n| self.items[n]));
        }
        found.sort_unstable();
        found.dedup();
        found
    }

    /// Pairs of claims sharing a not-too-common word, each once, smaller
    /// claim index first, in no particular order.
    fn pairs(&self, corpus: &Corpus) -> Vec<(usize, usize)> {
        // Per position: the last position it was paired with, so each pair is made once.
        let mut paired_with = vec![usize::MAX; self.items.len()];
        let mut pairs = Vec::new();
        for (n, &a) in self.items.iter().enumerate() {
            for &word in &corpus.content(a).words {
                for m in self.list(word) {
                    if m > n && paired_with[m] != n {
                        paired_with[m] = n;
                        let b = self.items[m];
                        pairs.push((a.min(b), a.max(b)));
                    }
                }
            }
        }
        pairs
    }
}

/// Links pairs of `items` (one block) that share at least `threshold` of
/// their weighted content.
///
/// Claims of one story with the very same content words score 1 against each
/// other and alike against any other claim, so they are linked at once and
/// one of them stands for all when pairs are sought. A wire story reprinted
/// by dozens of outlets would otherwise put every word of it in too many
/// claims to propose a pair, and its copies would stay apart.
fn link_by_content(corpus: &Corpus, items: &[usize], threshold: f64, links: &mut DisjointSets) {
    let key = |i: usize| (corpus.story[i], corpus.content(i).words.as_slice());
    let copies = group_by(items, &|a, b| key(a).cmp(&key(b)));
    let mut representatives = Vec::with_capacity(copies.len());
    for group in &copies {
        let (first, content) = (group[0], corpus.content(group[0]));
        // Too little content to score: no copy links to anything.
        if corpus.similarity(content, content) >= threshold {
            for &copy in &group[1..] {
                links.union(first, copy);
            }
        }
        representatives.push(first);
    }
    for (_, a, b) in similar_pairs(corpus, &representatives, &|_, _| Some(threshold)) {
        links.union(a, b);
    }
}

/// Pairs of `items` in one story sharing at least the share of their weighted
/// content that `needed` asks of the pair, with that share, in no particular
/// order. A pair `needed` rules out (`None`: it may not link whatever it
/// says) is not scored.
fn similar_pairs(
    corpus: &Corpus,
    items: &[usize],
    needed: &dyn Fn(usize, usize) -> Option<f64>,
) -> Vec<(f64, usize, usize)> {
    let candidates = if items.len() <= SMALL_BLOCK {
        all_pairs(items)
    } else {
        Postings::build(corpus, items).pairs(corpus)
    };
    let mut similar = Vec::new();
    for (a, b) in candidates {
        let Some(threshold) = needed(a, b).filter(|_| corpus.story[a] == corpus.story[b]) else {
            continue;
        };
        let score = corpus.similarity(corpus.content(a), corpus.content(b));
        if score >= threshold {
            similar.push((score, a, b));
        }
    }
    similar
}

/// Every pair of `items`, smaller claim index first: a small block's
/// candidates. No word list of a block this small is too long to propose
/// pairs, and pairs sharing no word score nothing, so they are the pairs
/// its postings give, found without indexing its words.
fn all_pairs(items: &[usize]) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    for (n, &a) in items.iter().enumerate() {
        pairs.extend(items[n + 1..].iter().map(|&b| (a.min(b), a.max(b))));
    }
    pairs
}

// ---------------------------------------------------------------------------
// Topics and verdicts.

/// The topics, numbered in canonical order, and the claims of each.
fn build_topics(corpus: &Corpus, links: &mut DisjointSets) -> (Vec<Topic>, Vec<Vec<usize>>) {
    let groups = links.groups(&corpus.order);
    let topics = groups
        .iter()
        .enumerate()
        .map(|(n, members)| topic(corpus, format!("t{}", n + 1), members))
        .collect();
    (topics, groups)
}

fn topic(corpus: &Corpus, id: String, members: &[usize]) -> Topic {
    let first = corpus.claim(members[0]);
    let docs = corpus.docs_of(members);
    let (status, why) = if docs.len() == 1 {
        let mut why = format!("only {} reports this", first.doc);
        if members.len() > 1 {
            let _ = write!(why, " ({} mentions)", members.len());
        }
        (Status::Single, why)
    } else {
        match first.kind {
            ClaimKind::Figure => figure_verdict(corpus, members),
            ClaimKind::Event => event_verdict(corpus, members),
            ClaimKind::Statement => statement_verdict(corpus, members, docs.len()),
        }
    };
    Topic {
        id,
        label: label(corpus, members),
        kind: first.kind,
        claims: members.iter().map(|&i| corpus.claim(i).id.as_str().to_owned()).collect(),
        status,
        why,
        silent: corpus.story_docs[corpus.story[members[0]]]
            .iter()
            .filter(|doc| docs.binary_search(doc).is_err())
            .map(|&doc| Arc::clone(&corpus.shared_ids[doc]))
            .collect(),
    }
}

/// The values a figure allows, hedges and "about" included.
fn interval(quantity: &Quantity) -> (f64, f64) {
    let high = quantity.high.unwrap_or(f64::INFINITY);
    match quantity.qualifier {
        Qualifier::About => {
            (quantity.low * (1.0 - ABOUT_TOLERANCE), high * (1.0 + ABOUT_TOLERANCE))
        }
        Qualifier::Nearly => (quantity.low * (1.0 - NEARLY_TOLERANCE), high),
        _ => (quantity.low, high),
    }
}

/// The single number a figure states: its bound when open, its middle when a range.
fn stated(quantity: &Quantity) -> f64 {
    match (quantity.qualifier.is_open_below(), quantity.high) {
        (true, Some(high)) => high,
        (false, Some(high)) => (quantity.low + high) / 2.0,
        _ => quantity.low,
    }
}

/// Whether the figures' intervals all share a point: the highest low is not
/// above the lowest high.
fn intervals_meet(corpus: &Corpus, figures: &[usize]) -> bool {
    let bounds = figures.iter().map(|&i| interval(quantity_of(corpus, i)));
    let (low, high) = bounds
        .fold((f64::NEG_INFINITY, f64::INFINITY), |(low, high), (a, b)| (low.max(a), high.min(b)));
    low <= high
}

fn quantity_of<'c>(corpus: &'c Corpus, i: usize) -> &'c Quantity {
    corpus.claim(i).quantity.as_ref().expect("figure topics hold figures")
}

fn figure_verdict(corpus: &Corpus, members: &[usize]) -> (Status, String) {
    let role = corpus.figures[members[0]].as_ref().map_or(Role::Unknown, |f| f.block.role);
    if role.is_tally() {
        if let Some(trend) = trend(corpus, members) {
            return (Status::Evolving, trend);
        }
    }
    if intervals_meet(corpus, members) {
        return (Status::Agree, agreement(corpus, members));
    }
    let bounds = |i: usize| interval(quantity_of(corpus, i));
    let highest_low = *members
        .iter()
        .max_by(|&&a, &&b| bounds(a).0.total_cmp(&bounds(b).0))
        .expect("a topic has claims");
    let lowest_high = *members
        .iter()
        .min_by(|&&a, &&b| bounds(a).1.total_cmp(&bounds(b).1))
        .expect("a topic has claims");
    let side = |i: usize| format!("{} ({})", amount(quantity_of(corpus, i)), corpus.claim(i).doc);
    (Status::Conflict, format!("{} vs {}", side(lowest_high), side(highest_low)))
}

/// "at least 1,600 and up to 2,000 fit about 1,800", or "all 3 say 3,000".
fn agreement(corpus: &Corpus, members: &[usize]) -> String {
    let width = |i: usize| {
        let (low, high) = interval(quantity_of(corpus, i));
        high - low
    };
    let anchor = *members
        .iter()
        .min_by(|&&a, &&b| width(a).total_cmp(&width(b)))
        .expect("a topic has claims");
    let anchor_text = amount(quantity_of(corpus, anchor));
    let mut others: Vec<String> = members.iter().map(|&i| amount(quantity_of(corpus, i))).collect();
    sort_by(&mut others, Ord::cmp);
    others.dedup();
    others.retain(|text| *text != anchor_text);
    match others.len() {
        0 => format!("all {} say {anchor_text}", members.len()),
        1 => format!("{} fits {anchor_text}", others[0]),
        _ => format!("{} fit {anchor_text}", others.join(" and ")),
    }
}

/// "rose from at least 120 (2026-02-10) to 947 (2026-02-15)" when the figure,
/// read day by day, moves one way and never disagrees with itself on one day.
fn trend(corpus: &Corpus, members: &[usize]) -> Option<String> {
    if members.iter().any(|&i| corpus.as_of[i].is_none()) {
        return None;
    }
    let by_day = group_by(members, &|a, b| corpus.as_of[a].cmp(&corpus.as_of[b]));
    if by_day.len() < 2 {
        return None;
    }
    if !by_day.iter().all(|claims| intervals_meet(corpus, claims)) {
        return None;
    }
    // Each day's first claim stands for the day.
    let values: Vec<f64> =
        by_day.iter().map(|claims| stated(quantity_of(corpus, claims[0]))).collect();
    let rising = values.windows(2).all(|w| w[1] >= w[0]);
    let falling = values.windows(2).all(|w| w[1] <= w[0]);
    if !(rising ^ falling) {
        return None;
    }
    let end = |i: usize| {
        format!("{} ({})", amount(quantity_of(corpus, i)), corpus.as_of[i].expect("grouped by day"))
    };
    let verb = if rising { "rose" } else { "fell" };
    Some(format!("{verb} from {} to {}", end(by_day[0][0]), end(by_day[by_day.len() - 1][0])))
}

fn event_verdict(corpus: &Corpus, members: &[usize]) -> (Status, String) {
    let when = |i: usize| corpus.claim(i).when.as_ref().expect("events carry a date");
    let latest_start = *members.iter().max_by_key(|&&i| when(i).start).expect("a topic has claims");
    let earliest_end = *members.iter().min_by_key(|&&i| when(i).end).expect("a topic has claims");
    let side = |i: usize| format!("{} ({})", brief(corpus.claim(i)), corpus.claim(i).doc);
    if when(latest_start).start > when(earliest_end).end {
        return (Status::Conflict, format!("{} vs {}", side(earliest_end), side(latest_start)));
    }
    let mut ranges: Vec<String> =
        members.iter().map(|&i| range_text(when(i).start, when(i).end)).collect();
    sort_by(&mut ranges, Ord::cmp);
    ranges.dedup();
    let why = if ranges.len() == 1 {
        format!("all {} date it {}", members.len(), ranges[0])
    } else {
        format!("dates overlap: {}", ranges.join(", "))
    };
    (Status::Agree, why)
}

fn range_text(start: Date, end: Date) -> String {
    let mut text = String::new();
    push_range(&mut text, start, end);
    text
}

/// "2026-02-10", or "2026-02-01..2026-02-28" for a range.
fn push_range(out: &mut String, start: Date, end: Date) {
    let _ = write!(out, "{start}");
    if start != end {
        let _ = write!(out, "..{end}");
    }
}

/// `documents` is how many documents the topic's claims come from.
fn statement_verdict(corpus: &Corpus, members: &[usize], documents: usize) -> (Status, String) {
    let denial = members.iter().copied().find(|&i| is_denial(corpus.claim(i)));
    let assertion = members.iter().copied().find(|&i| !is_denial(corpus.claim(i)));
    let cue = |i: usize| corpus.claim(i).cue.as_deref().unwrap_or("said");
    if let (Some(d), Some(a)) = (denial, assertion) {
        return (
            Status::Conflict,
            format!(
                "{} {}; {} {} it",
                corpus.speaker_name(a),
                cue(a),
                corpus.speaker_name(d),
                cue(d)
            ),
        );
    }
    (
        Status::Agree,
        format!("{documents} documents report {} saying this", corpus.speaker_name(members[0])),
    )
}

// ---------------------------------------------------------------------------
// Labels.

/// "gist (2026-02-10)" for events, "speaker: gist" for statements; each
/// written into one string.
fn label(corpus: &Corpus, members: &[usize]) -> String {
    let first = corpus.claim(members[0]);
    let mut label = String::new();
    match first.kind {
        ClaimKind::Figure => return figure_label(corpus, members),
        ClaimKind::Event => {
            let narrowest = members
                .iter()
                .filter_map(|&i| corpus.claim(i).when.as_ref())
                .min_by_key(|w| (w.end.to_days() - w.start.to_days(), w.start));
            push_gist(&mut label, first);
            label.push_str(" (");
            if let Some(when) = narrowest {
                push_range(&mut label, when.start, when.end);
            }
            label.push(')');
        }
        ClaimKind::Statement => {
            let denier = members.iter().copied().find(|&i| is_denial(corpus.claim(i)));
            let asserter = members.iter().copied().find(|&i| !is_denial(corpus.claim(i)));
            match (asserter, denier) {
                (Some(a), Some(d)) => {
                    label.push_str(corpus.speaker_name(a));
                    label.push_str(" vs ");
                    label.push_str(corpus.speaker_name(d));
                }
                _ => label.push_str(corpus.speaker_name(members[0])),
            }
            label.push_str(": ");
            push_gist(&mut label, first);
        }
    }
    label
}

/// "Freedonian soldiers sent to Sylvania", "deaths in Peru".
fn figure_label(corpus: &Corpus, members: &[usize]) -> String {
    let subject_words = |i: usize| words(&quantity_of(corpus, i).subject).count();
    let representative = *members
        .iter()
        .max_by_key(|&&i| (subject_words(i), std::cmp::Reverse(i)))
        .expect("a topic has claims");
    let quantity = quantity_of(corpus, representative);
    let facts = corpus.figures[representative].as_ref();
    let role = facts.map_or(Role::Unknown, |f| f.block.role);
    let mut label = [quantity.subject.as_str(), quantity.unit.as_str(), "figure"]
        .into_iter()
        .find(|s| !s.is_empty())
        .expect("the fallback is not empty")
        .to_string();
    if unit_role(&lowercase(&quantity.unit)).is_none() && role != Role::Unknown {
        label.push(' ');
        label.push_str(role.phrase());
    }
    if let Some(place) =
        members.iter().find_map(|&i| corpus.figures[i].as_ref().and_then(|f| f.place.as_deref()))
    {
        label.push_str(if role == Role::Sent { " to " } else { " in " });
        label.push_str(place);
    }
    if let Some(year) = facts.and_then(|f| f.block.era) {
        label.push_str(" (");
        label.push_str(&year.to_string());
        label.push(')');
    }
    label
}

/// The claim in the source's own words: the clause around its mention, or,
/// when that clause says little besides its speaker ("the agency added"),
/// the sentence's longest clause; cut
/// to [`GIST_WORDS`] words so a label reads as what an outlet wrote. Appended
/// to `out`, the label being written.
fn push_gist(out: &mut String, claim: &Claim) {
    let at = claim.mention.start.saturating_sub(claim.start);
    let clauses = clauses(&claim.text);
    let around = clauses.iter().find(|&&(start, end)| start <= at && at < end);
    // A speaker's clause counts only its other words: "U.S. Secretary of
    // State Antony Blinken" or "according to the ministry" say nothing; a
    // figure or a date is part of what its clause says.
    let mention_end = match claim.kind {
        ClaimKind::Statement => claim.mention.end.saturating_sub(claim.start),
        _ => at,
    };
    let says_more = |start: usize, end: usize| {
        let before = &claim.text[start..at];
        let after = &claim.text[mention_end.min(end)..end];
        words(before).chain(words(after)).nth(GIST_MIN_WORDS - 1).is_some()
    };
    let chosen = match around {
        Some(&(start, end)) if says_more(start, end) => (start, end),
        _ => clauses
            .iter()
            .copied()
            .max_by_key(|&(start, end)| {
                (words(&claim.text[start..end]).count(), std::cmp::Reverse(start))
            })
            .unwrap_or((0, claim.text.len())),
    };
    let clause = claim.text[chosen.0..chosen.1].trim().trim_end_matches(['.', '?', '!']);
    let clause = clause.strip_prefix("that ").unwrap_or(clause);
    let mut clause_words = words(clause);
    out.reserve(clause.len());
    for (n, word) in clause_words.by_ref().take(GIST_WORDS).enumerate() {
        if n > 0 {
            out.push(' ');
        }
        out.push_str(word);
    }
    if clause_words.next().is_some() {
        out.push('…');
    }
}

/// `text.split_whitespace()`, reading ASCII bytes directly.
fn words(text: &str) -> impl Iterator<Item = &str> {
    let mut at = 0;
    std::iter::from_fn(move || {
        let mut next = char_at(text, at);
        while let Some(c) = next.filter(|&c| is_space(c)) {
            at += c.len_utf8();
            next = char_at(text, at);
        }
        let start = at;
        while let Some(c) = next.filter(|&c| !is_space(c)) {
            at += c.len_utf8();
            next = char_at(text, at);
        }
        (at > start).then(|| &text[start..at])
    })
}

/// Byte spans of a sentence's clauses: cut at commas (not inside "1,644"),
/// semicolons, dashes, brackets and quotation marks.
/// Read byte by byte: no byte of a longer character is an ASCII mark, and the
/// curly quotes and dashes all begin E2 80.
fn clauses(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut spans = Vec::new();
    let mut start = 0;
    for (at, &byte) in bytes.iter().enumerate() {
        let width = match byte {
            b';' | b'"' | b'(' | b')' => 1,
            b',' if !bytes.get(at + 1).is_some_and(u8::is_ascii_digit) => 1,
            // “ ” — –
            0xE2 if matches!(
                bytes.get(at + 1..at + 3),
                Some([0x80, 0x9C | 0x9D | 0x94 | 0x93])
            ) =>
            {
                3
            }
            _ => continue,
        };
        spans.push((start, at));
        start = at + width;
    }
    spans.push((start, text.len()));
    spans.retain(|&(start, end)| !text[start..end].trim().is_empty());
    spans
}

/// Clauses shorter than this ("the agency added") say who, not what.
const GIST_MIN_WORDS: usize = 5;
/// Long enough to say what happened, short enough for a table row.
const GIST_WORDS: usize = 10;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::Mention;

    fn gist(claim: &Claim) -> String {
        let mut gist = String::new();
        push_gist(&mut gist, claim);
        gist
    }

    fn statement(text: &str, speaker: &str) -> Claim {
        let at = text.find(speaker).unwrap();
        Claim {
            id: "d#1".into(),
            doc: "d".into(),
            kind: ClaimKind::Statement,
            text: text.into(),
            start: 0,
            end: text.len(),
            mention: Mention { start: at, end: at + speaker.len(), text: speaker.into() },
            quantity: None,
            when: None,
            speaker: Some(speaker.into()),
            cue: Some("said".into()),
            topic: String::new(),
        }
    }

    #[test]
    fn uncut_stretches_tokenize_as_the_sentence_does() {
        let text = "Officials’ 1,644 re-count, at 3.5 p.m. — “in Piura's north”, rose: 12,000-15,000 (about) ...";
        let tokens = tokenize(text);
        let texts =
            |tokens: &[Token]| tokens.iter().map(|t| t.text.to_string()).collect::<Vec<_>>();
        let boundaries: Vec<usize> =
            (0..=text.len()).filter(|&at| text.is_char_boundary(at)).collect();
        for &from in &boundaries {
            for &to in boundaries.iter().filter(|&&to| to >= from) {
                if let Some(uncut) = uncut_tokens(&tokens, from, to) {
                    assert_eq!(texts(uncut), texts(&tokenize(&text[from..to])), "{from}..{to}");
                }
            }
        }
    }

    #[test]
    fn lowercase_comparisons_agree_with_lowercased_copies() {
        let text = "Still STILL Peña’s DIDN’T \u{212A}illed ΟΔΟΣ İstanbul “ denied Denied-it";
        let words = [
            "still",
            "pena's",
            "peña’s",
            "didn't",
            "killed",
            "οδος",
            "οδοσ",
            "i",
            "istanbul",
            "denied",
            "den",
            "“",
        ];
        for token in tokenize(text) {
            for word in words {
                assert_eq!(token.lowers_to(word), token.lower() == word, "{} = {word}", token.text);
                assert_eq!(
                    token.lower_starts_with(word),
                    token.lower().starts_with(word),
                    "{} ^ {word}",
                    token.text
                );
            }
        }
    }

    #[test]
    fn words_split_as_split_whitespace_does() {
        for text in
            ["", "  ", "a", " one  two\tthree\n", "no\u{a0}break\u{2003}em—dash “quoted” ", "end "]
        {
            assert_eq!(
                words(text).collect::<Vec<_>>(),
                text.split_whitespace().collect::<Vec<_>>(),
                "{text:?}"
            );
        }
    }

    #[test]
    fn gist_is_the_clause_around_the_mention() {
        let claim = statement(
            "The agency said on Tuesday that rainfall would ease, adding that roads stay shut.",
            "The agency",
        );
        assert_eq!(gist(&claim), "The agency said on Tuesday that rainfall would ease");
    }

    #[test]
    fn gist_of_a_bare_attribution_is_the_longest_clause() {
        let claim = statement(
            "“Rescue teams are still searching the rubble for survivors,” the governor added.",
            "the governor",
        );
        assert_eq!(gist(&claim), "Rescue teams are still searching the rubble for survivors");
    }

    #[test]
    fn gist_of_a_speaker_who_fills_the_clause_is_the_longest_clause() {
        let claim = statement(
            "U.N. envoy Ines Varga, speaking in Geneva, urged both sides to accept the truce.",
            "Ines Varga",
        );
        assert_eq!(gist(&claim), "urged both sides to accept the truce");
        let according = statement(
            "According to the Health Ministry, more than 300 people have been killed.",
            "Health Ministry",
        );
        assert_eq!(gist(&according), "more than 300 people have been killed");
    }

    #[test]
    fn commas_inside_numbers_do_not_cut_clauses() {
        let claim =
            statement("Officials estimate as many as 16,000 people fled the valley.", "Officials");
        assert_eq!(gist(&claim), "Officials estimate as many as 16,000 people fled the valley");
    }

    fn event(doc: &str, text: &str, when: &str, day: (i32, u8, u8)) -> Claim {
        let date = Date::new(day.0, day.1, day.2).unwrap();
        let at = text.find(when).unwrap();
        Claim {
            id: format!("{doc}#1").into(),
            doc: doc.into(),
            kind: ClaimKind::Event,
            mention: Mention { start: at, end: at + when.len(), text: when.into() },
            when: Some(crate::claim::When { start: date, end: date, text: when.into() }),
            speaker: None,
            cue: None,
            ..statement(text, text.split_whitespace().next().unwrap())
        }
    }

    #[test]
    fn one_weekday_resolved_a_week_apart_is_compatible() {
        let a = event(
            "a",
            "Freedonia confirmed on Monday that engineers left.",
            "Monday",
            (2031, 3, 10),
        );
        let b =
            event("b", "Freedonia confirmed Monday that engineers left.", "Monday", (2031, 3, 3));
        let c = event(
            "c",
            "Freedonia confirmed on 3 March that engineers left.",
            "3 March",
            (2031, 3, 3),
        );
        assert!(compatible_days(&a, &b));
        assert!(compatible_days(&b, &c));
        assert!(!compatible_days(&a, &c), "a written date is not moved");
    }

    #[test]
    fn events_of_linked_statements_on_one_day_join() {
        use crate::document::Document;
        use crate::report::Report;
        let docs = [
            Document::from_text("a", " date 2031-03-10\n\nThe Freedonian defence ministry confirmed on Monday that it had sent engineers to Sylvania to rebuild the Ostra bridge."),
            Document::from_text("b", " date 2031-03-10\n\nOn Monday the Freedonian defence ministry acknowledged that engineers were sent to Sylvania to rebuild the Ostra bridge."),
        ];
        let report = Report::build(&docs);
        let topic_of = |doc: &str, kind: ClaimKind| {
            report
                .claims
                .iter()
                .find(|c| c.doc.as_ref() == doc && c.kind == kind)
                .map(|c| c.topic.clone())
        };
        assert!(topic_of("a", ClaimKind::Event).is_some());
        assert_eq!(topic_of("a", ClaimKind::Event), topic_of("b", ClaimKind::Event));
    }

    #[test]
    fn same_day_needs_less_similarity_than_a_wider_range() {
        let a = event(
            "a",
            "Freedonia confirmed on Monday that engineers left.",
            "Monday",
            (2031, 3, 10),
        );
        let mut wide =
            event("b", "Freedonia confirmed in March that engineers left.", "March", (2031, 3, 10));
        wide.when.as_mut().unwrap().end = Date::new(2031, 3, 31).unwrap();
        assert!(single_day(&a).is_some() && single_day(&wide).is_none());
        assert!(!compatible_days(&a, &wide));
    }

    #[test]
    fn a_denied_capture_and_fighting_that_goes_on_are_one_conflict() {
        use crate::document::Document;
        use crate::report::{Report, Status};
        let docs = [
            Document::from_text("a", " date 2031-03-10\n\nThe Sylvanian Liberation Front said on Monday that its fighters had captured the town of Ostrava. The Sylvanian army denied the claim."),
            Document::from_text("b", " date 2031-03-11\n\nSylvanian army commander Petra Novak said on Tuesday that fighting with the Liberation Front in Ostrava continues."),
            Document::from_text("c", " date 2031-03-11\n\nThe Sylvanian health ministry said on Tuesday that clinics in Dolna had reopened after the fighting."),
        ];
        let report = Report::build(&docs);
        let statement = |doc: &str, speaker: &str| {
            report
                .claims
                .iter()
                .find(|c| {
                    c.doc.as_ref() == doc
                        && c.kind == ClaimKind::Statement
                        && c.mention.text.contains(speaker)
                })
                .unwrap_or_else(|| panic!("{doc}: no statement by {speaker}"))
        };
        let rebels = statement("a", "Front");
        assert_eq!(rebels.topic, statement("a", "army").topic);
        assert_eq!(rebels.topic, statement("b", "Novak").topic);
        assert_ne!(rebels.topic, statement("c", "ministry").topic);
        let topic = report.topics.iter().find(|t| t.id == rebels.topic).unwrap();
        assert_eq!(topic.status, Status::Conflict, "{}", topic.why);
    }

    #[test]
    fn things_that_go_on_where_nobody_claims_an_end_stay_apart() {
        use crate::document::Document;
        use crate::report::Report;
        let docs = [
            Document::from_text("a", " date 2031-03-10\n\nThe Dolna health ministry said on Monday that clinics in Ostrava remain open."),
            Document::from_text("b", " date 2031-03-11\n\nThe Dolna rail operator said on Tuesday that repairs in Ostrava continue."),
        ];
        let report = Report::build(&docs);
        let topics: Vec<&str> = report
            .claims
            .iter()
            .filter(|c| c.kind == ClaimKind::Statement)
            .map(|c| c.topic.as_str())
            .collect();
        assert_eq!(topics.len(), 2);
        assert_ne!(topics[0], topics[1]);
    }
}
