//! Statements: who said, told, claimed, denied or confirmed what.
//!
//! Each sentence is tokenized once into words and punctuation marks (byte
//! spans). Every word is classified once against a small closed lexicon:
//! reporting verbs in their four forms ("say", "says", "said", "saying"),
//! determiners, pronouns, auxiliaries, titles and people nouns ("President",
//! "spokesman", "residents"), organisation heads ("Ministry", "bank") and
//! document nouns ("statement"). Tokens inside quotation marks are flagged so
//! that reporting verbs inside quotes are never cues.
//!
//! Each reporting verb outside quotes is then attributed by grammar alone:
//! - the subject noun phrase just before it, skipping auxiliaries, adverbs and
//!   time words ("X has also said", "X last week said"), a relative clause, a
//!   role apposition or a declared acronym ("X, who …, said", "Y, spokesperson
//!   for X, said", "X (ACR) said");
//! - after a comma or closing quote, the phrase after it ("…,” said X");
//! - the main clause's subject for a coordinated verb or a participle ("X met
//!   Y and announced", "X …, falsely claiming"), or the subject of a gerund
//!   ("despite Lisbon insisting");
//! - "X cited/quoted Y as saying" credits Y; "according to X"; passive "… by X".
//!
//! A found phrase becomes a speaker only if it can speak (a name, a role,
//! people, an organisation or anything with a determiner; not bare "deaths").
//! Determiners and leading modifiers are dropped ("the official Xinhua News
//! Agency"), a name after a title is kept alone ("Interior Ministry spokesman
//! Tom Berg" → "Tom Berg"), an acronym becomes its long form and a single name
//! its fullest form in the document, from one index of its capitalized runs.
//! Anaphora resolves against what earlier sentences introduced: pronouns to the
//! latest speaker of a compatible kind, "the commission" / "the bank" to the
//! latest fuller name with that head word, "the company" / "the utility" to
//! the latest business ("the agency" to the latest government body), "it" to
//! the organisation that last opened a sentence, "a spokesperson" to the
//! organisation just mentioned, "the statement" to whoever issued one.
//! Nouns are not cues ("a demand", "conflicting reports"), nor is a patient
//! "admitted to hospital".

use std::borrow::Cow;
use std::cell::Cell;
use std::ops::Range;
use std::sync::OnceLock;

use crate::bytescan::{
    alnum_end, char_at, is_alphanumeric, is_ascii_alnum, leading_alnum, padded_word,
};
use crate::case::is_upper;
use crate::scratch;
use crate::textmap::TextMap;
use crate::wordlist;

/// An attributed sentence. Offsets are byte offsets within that sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Statement<'a> {
    /// Index into the sentences passed to [`find_statements`].
    pub sentence: usize,
    /// The fullest name the document gives this speaker ("Ana Lopes" for
    /// "Lopes"): words of the sentences unless it had to be rewritten.
    pub speaker: Cow<'a, str>,
    /// The reporting verb in its simple past form: "said", "told", "claimed",
    /// "denied", "called for"…, or "according to".
    pub cue: &'static str,
    /// Where the speaker is named (or the pronoun that stands for them).
    pub speaker_start: usize,
    pub speaker_end: usize,
    /// Where the cue is written ("says", "according to").
    pub cue_start: usize,
    pub cue_end: usize,
}

/// Attributions for a document's sentences, in order, one per speaker and
/// sentence (the first cue wins). "He said" resolves to the last named speaker;
/// names are expanded to their fullest form in the document.
pub fn find_statements<'a>(sentences: &[&'a str]) -> Vec<Statement<'a>> {
    let tokenized = Tokenized::new(sentences);
    let sentence = |n: usize| Sentence { text: sentences[n], tokens: tokenized.of(n) };
    let index = NameIndex::build((0..sentences.len()).map(sentence));
    let mut memory = Memory::for_sentences(sentences.len());
    // Room for as many statements as sentences, which articles rarely exceed:
    // growing from empty was 1% of extraction, with the other buffers sized
    // by sentences.
    let mut statements: Vec<Statement> = Vec::with_capacity(sentences.len());
    // One buffer for every sentence's attributions.
    let mut attributed = Vec::with_capacity(4);
    for n in 0..sentences.len() {
        let s = sentence(n);
        let first = statements.len();
        let opening = memory.note_opening(&s, n, &index);
        attributions(&s, &mut attributed);
        for found in attributed.drain(..) {
            let Some(speaker) = identify(&s, n, found.subject, &index, &mut memory) else {
                continue;
            };
            if statements[first..].iter().any(|st| *st.speaker == *speaker.name) {
                continue;
            }
            statements.push(Statement {
                sentence: n,
                speaker: speaker.name,
                cue: found.cue,
                speaker_start: speaker.span.start,
                speaker_end: speaker.span.end,
                cue_start: found.cue_span.start,
                cue_end: found.cue_span.end,
            });
        }
        memory.note_documents(&s, n, opening, &statements[first..]);
    }
    tokenized.give_back();
    statements
}

/// The speaker a subject stands for; named speakers are remembered for later
/// anaphora.
fn identify<'a>(
    s: &Sentence<'a, '_>,
    n: usize,
    subject: Subject,
    index: &NameIndex<'a>,
    memory: &mut Memory<'a>,
) -> Option<Speaker<'a>> {
    match subject {
        Subject::Phrase(phrase) => {
            let range = document_owner(s, phrase.clone());
            // "according to company figures": the company named before.
            let owner_word = (range != phrase && range.len() == 1 && !s.capital(range.start))
                .then_some(range.start);
            let speaker = match description(s, &range).or(owner_word) {
                // "the statement" names no one unless something issued one.
                Some(head) if s.lex(head) == Some(Lex::Document) => {
                    memory.antecedent(s, head, n)?
                }
                Some(head) => memory
                    .owned(s, range.start, head)
                    .or_else(|| memory.antecedent(s, head, n))
                    .or_else(|| index.named_organisation(s, head))
                    .or_else(|| index.titled_person(s, head))
                    .or_else(|| index.speaker(s, range))?,
                None => index.speaker(s, range)?,
            };
            memory.remember(n, &speaker);
            Some(speaker)
        }
        Subject::Pronoun(i, kind) => {
            let name = memory.resolve(kind)?.clone();
            Some(Speaker { name, kind, span: s.tokens[i].start()..s.tokens[i].end(), title: None })
        }
    }
}

/// Whether word `k` names something written: "statement", "data", or a
/// cue's noun form ("report", "estimates", "claims").
fn names_a_document(s: &Sentence, k: usize) -> bool {
    matches!(s.lex(k), Some(Lex::Document | Lex::Cue(_, Form::Base | Form::S)))
}

/// "The ministry's statement said", "according to U.N. estimates", "according
/// to company figures": whoever owns a document, or names it, speaks.
fn document_owner(s: &Sentence, range: Range<usize>) -> Range<usize> {
    let head = s.head(&range);
    if !names_a_document(s, head) {
        return range;
    }
    let owner = (range.start..head).rev().find(|&k| s.possessive(k));
    let name = (range.start..head).find(|&k| s.lex(k) != Some(Lex::Det)).unwrap_or(head);
    let named = name < head && (name..head).all(|k| s.capital(k));
    match owner {
        Some(owner) => range.start..owner + 1,
        None if named => name..head,
        // "company figures": the business named before ("court documents" stay).
        None if name + 1 == head && wordlist::has_ignoring_case(BUSINESSES, s.core(name)) => {
            name..head
        }
        None => range,
    }
}

// ---------------------------------------------------------------- lexicon

/// Which form of a reporting verb is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Form {
    Base,
    S,
    Past,
    Ing,
}

/// What a speaker is, so that "he", "it" and "they" find the right one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Person,
    Org,
    Group,
    Unknown,
}

/// The grammatical role a word can play around a reporting verb. With a tag
/// byte of its own (rather than one folded into the form of a cue), a test
/// for one role is one comparison: the patterns make a great many.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
enum Lex {
    /// A reporting verb (its row in [`VERBS`]) and the form written.
    Cue(u8, Form),
    Det,
    Pronoun(Kind),
    /// May stand between subject and verb: "has", "also", "reportedly", any "-ly".
    Aux,
    /// Makes the verb passive: "was denied".
    Be,
    /// Makes a base form not a report: "to say", "will confirm".
    Block,
    Neg,
    /// Joins a name to its complement: "Ministry of Defense", "spokesperson for".
    Link,
    And,
    Rel,
    /// A role or a kind of people: "President", "spokesman", "residents".
    Title,
    Org,
    /// Something written rather than someone: "statement", "message".
    Document,
    Time,
    According,
    Stop,
    Plain,
}

/// The cue as reported, then the base, -s, past and -ing forms written (a
/// [`wordlist`]); "-" where that form is too often something else. A cue of
/// two words needs its second, a particle ("called for").
#[rustfmt::skip]
const VERBS: &[(&str, &str)] = &[
    ("said", "say says said saying"),
    ("told", "tell tells told telling"),
    ("claimed", "claim claims claimed claiming"),
    ("denied", "deny denies denied denying"),
    ("confirmed", "confirm confirms confirmed confirming"),
    ("reported", "report reports reported reporting"),
    ("estimated", "estimate estimates estimated estimating"),
    ("added", "add adds added adding"),
    ("warned", "warn warns warned warning"),
    ("acknowledged", "acknowledge acknowledges acknowledged acknowledging"),
    ("announced", "announce announces announced announcing"),
    ("stated", "- - stated stating"),
    ("urged", "urge urges urged urging"),
    ("demanded", "demand demands demanded demanding"),
    ("assessed", "assess assesses assessed assessing"),
    ("countered", "- counters countered countering"),
    ("quoted", "quote quotes quoted -"),
    ("cited", "cite cites cited -"),
    ("insisted", "insist insists insisted insisting"),
    ("admitted", "admit admits admitted admitting"),
    ("alleged", "allege alleges alleged alleging"),
    ("declared", "declare declares declared declaring"),
    ("noted", "note notes noted noting"),
    ("stressed", "stress stresses stressed stressing"),
    ("argued", "argue argues argued arguing"),
    ("explained", "explain explains explained explaining"),
    ("reiterated", "reiterate reiterates reiterated reiterating"),
    ("hailed", "hail hails hailed hailing"),
    ("condemned", "condemn condemns condemned condemning"),
    ("dismissed", "dismiss dismisses dismissed dismissing"),
    ("derided", "deride derides derided deriding"),
    ("characterized", "characterize characterizes characterized characterizing"),
    ("characterized", "characterise characterises characterised characterising"),
    ("wrote", "- - wrote -"),
    ("called for", "call calls called calling"),
    // Verbs that report speech only with a "that" clause ("cautioned that",
    // not "cautioned drivers"); the cue is reported without it.
    ("cautioned that", "caution cautions cautioned cautioning"),
    ("conceded that", "concede concedes conceded conceding"),
    ("maintained that", "maintain maintains maintained maintaining"),
    ("replied that", "reply replies replied replying"),
    ("responded that", "respond responds responded responding"),
    ("revealed that", "reveal reveals revealed revealing"),
    ("testified that", "testify testifies testified testifying"),
    ("predicted that", "predict predicts predicted predicting"),
    ("pledged that", "pledge pledges pledged pledging"),
    ("promised that", "promise promises promised promising"),
    ("vowed that", "vow vows vowed vowing"),
    ("suggested that", "suggest suggests suggested suggesting"),
    ("recalled that", "recall recalls recalled recalling"),
    ("complained that", "complain complains complained complaining"),
];

#[rustfmt::skip]
const WORD_CLASSES: &[(Lex, &str)] = &[
    (Lex::Det, "the a an its their his her this these those"),
    (Lex::Pronoun(Kind::Person), "he she"),
    (Lex::Pronoun(Kind::Org), "it"),
    (Lex::Pronoun(Kind::Group), "they"),
    (Lex::Aux, "has have had also previously later earlier again reportedly first then further \
        separately initially repeatedly publicly officially recently formally already now \
        subsequently flatly quickly swiftly strongly"),
    (Lex::Be, "is are was were be been being"),
    (Lex::Block, "to will would could can may might should must do does did shall"),
    (Lex::Neg, "not never neither nor no"),
    (Lex::Link, "of for"),
    (Lex::And, "and"),
    (Lex::Rel, "who which whose"),
    (Lex::Title, "president leader spokesman spokeswoman spokesperson spokespeople minister \
        secretary chief general gen official officials chairman chairwoman chair director \
        ambassador governor mayor senator sen representative rep gov premier chancellor king queen \
        prince pope judge justice commissioner commander colonel col lieutenant lt major captain \
        admiral marshal sergeant deputy vice mr mrs ms dr professor prof ceo executive head envoy \
        adviser advisor lawmaker state analyst economist researcher scientist prosecutor lawyer \
        attorney sheriff superintendent inspector coroner constable warden treasurer auditor \
        comptroller founder strategist manager coordinator councillor councilor councilman \
        councilwoman chairperson dean bishop archbishop consul negotiator administrator cfo coo \
        cto author co-author coauthor physician legislator congressman congresswoman speaker \
        member"),
    // People who are quoted without a title: "residents said", "a witness said".
    (Lex::Title, "analysts economists researchers scientists lawmakers leaders ministers diplomats \
        diplomat experts expert observers observer witnesses witness residents resident critics \
        critic sources source allies ally people villagers survivors survivor rescuers doctors \
        doctor investigators activists activist protesters organizers organisers voters traders \
        investors officers officer soldiers soldier workers citizens locals members teachers \
        students parents relatives neighbours neighbors opponents supporters campaigners farmers \
        journalists historians sides side prosecutors lawyers attorneys judges legislators person \
        man woman men women friend nurse nurses colleague colleagues"),
    (Lex::Org, "agency ministry department commission committee council party government military \
        army navy force forces staff office bureau service services institute university bank \
        court police parliament congress senate administration authority authorities corporation \
        organization organisation union news media newspaper publication outlet broadcaster press \
        network association federation intelligence command headquarters embassy cabinet regime \
        group centre center survey assembly society fund board groups agencies organizations \
        organisations unions companies firms governments"),
    // Businesses, which "the company" may stand for ("Acme Corp." → "the company").
    (Lex::Org, BUSINESSES),
    (Lex::Document, "statement announcement message communique communiqué data documents records \
        figures statistics"),
    // Nouns that look like "-ly" adverbs.
    (Lex::Plain, "family supply rally anomaly monopoly daily weekly"),
    (Lex::Time, "monday tuesday wednesday thursday friday saturday sunday january february march \
        april june july august september october november december today yesterday tonight week \
        weekend month year morning afternoon evening night"),
    (Lex::According, "according"),
    (Lex::Stop, "that in on at by with from into after before during since under over about than as \
        while when where if because although though but or so yet there here what how why whom we \
        i you me him them us our your my per via amid against without within including despite \
        following however meanwhile both either all some any each every many like most several \
        only just even last next one two three four five six seven eight nine ten dozens hundreds \
        thousands"),
];

/// Words for a business, and the suffixes of business names: "the utility" or
/// "the firm" stands for the latest business named before it.
const BUSINESSES: &str =
    "company firm utility airline carrier retailer insurer lender manufacturer \
    automaker carmaker startup conglomerate co corp inc ltd plc llc ag ab gmbh se nv holdings";

/// Words that make an organisation a government or intergovernmental body
/// ("White House", "United Nations", "World Health Organization"), which "the
/// company" never stands for and "the agency" may.
const GOVERNMENT: &str = "ministry department government agency commission committee council \
    parliament congress senate administration authority authorities police military army navy \
    court embassy cabinet regime office bureau staff forces force guard house nations organization \
    organisation";

/// The cue reported for the verb in row `verb` of [`VERBS`]: "called for",
/// but "cautioned" for "cautioned that".
fn cue(verb: u8) -> &'static str {
    let written = VERBS[verb as usize].0;
    written.strip_suffix(" that").unwrap_or(written)
}

/// The word that must follow a phrasal cue ("for" in "called for", "that"
/// in "cautioned that"), or "".
fn particle(verb: u8) -> &'static str {
    VERBS[verb as usize].0.split_once(' ').map_or("", |(_, particle)| particle)
}

/// Slots of the lexicon's open-addressing table (a power of two, six times
/// the number of words, so that most probes end at the first slot: a probe
/// that goes on is a mispredicted branch, and most words looked up are not
/// in the table, whose probes end only at an empty slot).
const SLOTS: usize = 4096;

/// The lexicon as a flat hash table keyed by [`packed`] words: one multiply
/// and usually one comparison per word, no hashing machinery.
struct Lexicon {
    /// Fixed-size, so that a probe needs no bounds check.
    keys: Box<[u128; SLOTS]>,
    /// The class of the word in each slot; `None` for an empty slot.
    lex: Box<[Option<Lex>; SLOTS]>,
}

impl Lexicon {
    fn slot(key: u128) -> usize {
        let mixed = (key as u64 ^ (key >> 64) as u64 ^ (key >> 80) as u64)
            .wrapping_mul(0x9E37_79B9_7F4A_7C15);
        (mixed >> (64 - SLOTS.trailing_zeros())) as usize
    }

    fn get(&self, key: u128) -> Option<Lex> {
        let mut slot = Self::slot(key);
        // One test per probe: an empty slot (key 0) ends the search as the key does.
        while (self.keys[slot] != key) & (self.keys[slot] != 0) {
            slot = (slot + 1) % SLOTS;
        }
        self.lex[slot]
    }

    /// Adds a word unless it is already there (the first class listed wins).
    fn insert(&mut self, key: u128, lex: Lex) {
        let mut slot = Self::slot(key);
        while self.keys[slot] != 0 && self.keys[slot] != key {
            slot = (slot + 1) % SLOTS;
        }
        if self.keys[slot] == 0 {
            (self.keys[slot], self.lex[slot]) = (key, Some(lex));
        }
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        self.keys.iter().filter(|&&k| k != 0).count()
    }
}

fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let mut map = Lexicon { keys: Box::new([0; SLOTS]), lex: Box::new([None; SLOTS]) };
        for (lex, words) in WORD_CLASSES {
            for key in wordlist::words(words).filter_map(|w| packed(w.as_bytes())) {
                map.insert(key, *lex);
            }
        }
        for (verb, (_, forms)) in (0u8..).zip(VERBS) {
            for (form, w) in
                [Form::Base, Form::S, Form::Past, Form::Ing].into_iter().zip(wordlist::words(forms))
            {
                if let Some(key) = packed(w.as_bytes()).filter(|_| w != "-") {
                    map.insert(key, Lex::Cue(verb, form));
                }
            }
        }
        map
    })
}

/// A word of up to 16 bytes, ASCII letters lower-cased, packed into one
/// integer: a lexicon key built and compared without allocating. The keys
/// looked up and compared are those of lexicon words, which are letters; an
/// ASCII word (most) just gets the 0x20 bit of every byte set, which
/// lower-cases its letters and makes no other byte a letter.
fn packed(word: &[u8]) -> Option<u128> {
    const HIGH: u128 = u128::from_le_bytes([0x80; 16]);
    let value = little_endian(word)?;
    let lower = match value & HIGH {
        0 => LOWER_BITS[word.len()],
        _ => lower_mask(value),
    };
    Some(value | lower)
}

/// The 0x20 bit of each of the first `n` bytes, by `n`.
const LOWER_BITS: [u128; 17] = {
    let mut bits = [0; 17];
    let mut n = 1;
    while n <= 16 {
        bits[n] = bits[n - 1] | 0x20 << (8 * (n - 1));
        n += 1;
    }
    bits
};

/// Up to 16 bytes as a little-endian integer, zero-padded. Built from two
/// overlapping loads (overlapping bytes are equal, so OR-ing them is
/// harmless) rather than copied into a buffer and reloaded, which stalls.
fn little_endian(word: &[u8]) -> Option<u128> {
    let n = word.len();
    let value = match n {
        0..=8 => u128::from(short_little_endian(word)),
        9..=16 => {
            let load =
                |w: &[u8]| u128::from(u64::from_le_bytes(*w.first_chunk().expect("8 bytes")));
            load(word) | load(&word[n - 8..]) << (8 * (n - 8))
        }
        _ => return None,
    };
    Some(value)
}

/// [`little_endian`] for up to 8 bytes (most words), in 64-bit arithmetic.
fn short_little_endian(word: &[u8]) -> u64 {
    let n = word.len();
    // The first and the last `width` bytes (read by `load`), each at its place.
    let ends = |width: usize, load: fn(&[u8]) -> u64| {
        load(word) | load(&word[n - width..]) << (8 * (n - width))
    };
    match n {
        0 => 0,
        // First, middle and last byte.
        1..=3 => ends(1, |w| u64::from(w[0])) | u64::from(word[n / 2]) << (8 * (n / 2)),
        _ => ends(4, |w| u64::from(u32::from_le_bytes([w[0], w[1], w[2], w[3]]))),
    }
}

/// The bits that lower-case every ASCII capital letter of `word` at once
/// (SWAR: a byte is a capital when it is at least 'A', below '[' and ASCII).
fn lower_mask(word: u128) -> u128 {
    const ONES: u128 = u128::from_le_bytes([1; 16]);
    const HIGH: u128 = ONES * 0x80;
    let from_a = (word | HIGH) - ONES * b'A' as u128;
    let past_z = (word | HIGH) - ONES * (b'Z' as u128 + 1);
    (from_a & !past_z & !word & HIGH) >> 2
}

/// The lexicon entry of a word; unknown lower-case "-ly" words are adverbs.
/// Lexicon words are letters only, so numbers and "n’t" words are looked up
/// in vain before their own rules apply: most words are then classified with
/// no test of their own. Inlined: the tokenizer asks it of every word.
#[inline(always)]
fn classify(word: &[u8]) -> Lex {
    lexicon().classify(word, packed(word))
}

impl Lexicon {
    /// [`classify`] for a word whose key, [`packed`], is already known.
    #[inline(always)]
    fn classify(&self, word: &[u8], key: Option<u128>) -> Lex {
        if let Some(lex) = key.and_then(|key| self.get(key)) {
            return lex;
        }
        match word {
            [first, ..] if first.is_ascii_digit() => Lex::Stop,
            [.., b'n', b'\'', b't'] | [.., b'n', 0xE2, 0x80, 0x99, b't'] => Lex::Neg,
            [first, .., b'l', b'y'] if word.len() >= 5 && first.is_ascii_lowercase() => Lex::Aux,
            _ => Lex::Plain,
        }
    }
}

// ---------------------------------------------------------------- tokens

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    Lower,
    Capital,
    /// All capitals, two letters or more: "NOAA".
    Acronym,
    /// One punctuation mark; straight quotes become “ or ” by position.
    Punct(char),
}

/// Byte offsets are `u32` (a sentence of 4 GiB or more is not tokenized, see
/// [`Tokenized::new`]): a document's tokens are read in several passes, and
/// at 20 bytes rather than 32 each they stay in the data cache between them.
#[derive(Debug, Clone, Copy)]
struct Token {
    start: u32,
    end: u32,
    /// End without a possessive "’s" or plural "’": the owner's name.
    core_end: u32,
    shape: Shape,
    lex: Lex,
    quoted: bool,
}

impl Token {
    /// A token of a sentence shorter than 4 GiB from `start` to `end`, without a possessive.
    fn new(start: usize, end: usize, shape: Shape, lex: Lex) -> Token {
        let (start, end) = (start as u32, end as u32);
        Token { start, end, core_end: end, shape, lex, quoted: false }
    }

    fn start(&self) -> usize {
        self.start as usize
    }

    fn end(&self) -> usize {
        self.end as usize
    }

    fn core_end(&self) -> usize {
        self.core_end as usize
    }

    fn possessive(&self) -> bool {
        self.core_end < self.end
    }

    fn capital(&self) -> bool {
        matches!(self.shape, Shape::Capital | Shape::Acronym)
    }
}

thread_local! {
    /// One token buffer for every document (see [`scratch`]): a fresh one
    /// is a large request, before which the allocator tidies its free lists.
    static TOKENS: Cell<Vec<Token>> = const { Cell::new(Vec::new()) };
}

/// The tokens of all of a document's sentences in one buffer (one allocation
/// rather than one per sentence), with where each sentence's tokens end.
struct Tokenized {
    tokens: Vec<Token>,
    ends: Vec<usize>,
}

impl Tokenized {
    fn new(sentences: &[&str]) -> Self {
        let bytes: usize = sentences.iter().map(|s| s.len()).sum();
        let mut tokens = scratch::take(&TOKENS);
        tokens.reserve(bytes / 5 + 1);
        let mut tokenized = Tokenized { tokens, ends: Vec::with_capacity(sentences.len()) };
        // Token offsets are `u32`: a sentence of 4 GiB or more (no article's)
        // is left without tokens rather than misread.
        for text in sentences {
            if u32::try_from(text.len()).is_ok() {
                tokenize(text, &mut tokenized.tokens);
            }
            tokenized.ends.push(tokenized.tokens.len());
        }
        tokenized
    }

    /// Keeps the token buffer for the next document.
    fn give_back(self) {
        scratch::give_back(&TOKENS, self.tokens);
    }

    /// The tokens of sentence `n`.
    fn of(&self, n: usize) -> &[Token] {
        let start = n.checked_sub(1).map_or(0, |previous| self.ends[previous]);
        &self.tokens[start..self.ends[n]]
    }
}

/// Appends the tokens of `text` to `tokens`. Never inlined: inside
/// [`find_statements`], its loop kept its variables on the stack (2% more
/// instructions for the module).
#[inline(never)]
fn tokenize(text: &str, tokens: &mut Vec<Token>) {
    let bytes = text.as_bytes();
    let lexicon = lexicon();
    let first = tokens.len();
    let mut quotes = false;
    let mut at = 0;
    while let Some(&b) = bytes.get(at) {
        if b == b' ' {
            at += 1;
            continue;
        }
        let (c, starts_word) = if b.is_ascii() {
            (char::from(b), is_ascii_alnum(b))
        } else {
            let c = char_at(text, at).unwrap_or(' ');
            (c, is_alphanumeric(c))
        };
        let start = at;
        at += c.len_utf8();
        if starts_word {
            let mut word = word_at(lexicon, text, start);
            at = word.end();
            // "Dr.", "Gen.": the dot belongs to an abbreviated title.
            if word.lex == Lex::Title && at - start <= 4 && bytes.get(at) == Some(&b'.') {
                at += 1;
                (word.end, word.core_end) = (at as u32, at as u32);
            }
            tokens.push(word);
        } else if !c.is_whitespace() {
            let shape = match c {
                '"' if opens_quote(&text[..start]) => Shape::Punct('“'),
                '"' => Shape::Punct('”'),
                _ => Shape::Punct(c),
            };
            quotes |= matches!(shape, Shape::Punct('“' | '”'));
            tokens.push(Token::new(start, at, shape, Lex::Stop));
        }
    }
    // Most sentences quote no one: nothing to flag.
    if quotes {
        mark_quoted(&mut tokens[first..]);
    }
}

/// A straight quote opens when it follows a space, a bracket or nothing.
fn opens_quote(before: &str) -> bool {
    before.chars().next_back().is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '['))
}

/// Where a word ends, read on from `from` (its start, or past ASCII letters
/// and digits it starts with): letters and digits joined by inner hyphens,
/// apostrophes and dots ("Ha-gyu", "hadn’t", "U.S."), digit groups ("1,600")
/// and a plural possessive ("Workers’").
fn word_end(text: &str, from: usize) -> usize {
    let bytes = text.as_bytes();
    let alnum = |at: usize| match bytes.get(at) {
        Some(&b) if b.is_ascii() => is_ascii_alnum(b),
        Some(_) => char_at(text, at).is_some_and(is_alphanumeric),
        None => false,
    };
    let mut end = from;
    let mut dotted = false;
    loop {
        loop {
            end = alnum_end(bytes, end);
            match bytes.get(end) {
                Some(b) if !b.is_ascii() && alnum(end) => {
                    end += char_at(text, end).map_or(1, char::len_utf8)
                }
                _ => break,
            }
        }
        // Most words end at a space or a mark that joins nothing.
        match bytes.get(end) {
            None => return end,
            Some(b) if b.is_ascii() && !matches!(b, b'-' | b'\'' | b'&' | b'.' | b',') => {
                return end
            }
            _ => {}
        }
        let Some(joiner) = char_at(text, end) else {
            return end;
        };
        let after = end + joiner.len_utf8();
        let prev = bytes[end - 1];
        match joiner {
            '-' | '‐' | '\'' | '’' | '&' if alnum(after) => end = after,
            '\'' | '’' if prev == b's' => return after,
            '.' if alnum(after) => {
                dotted = true;
                end = after;
            }
            '.' if dotted => return after,
            ',' if prev.is_ascii_digit() && bytes.get(after).is_some_and(u8::is_ascii_digit) => {
                end = after
            }
            _ => return end,
        }
    }
}

/// The word starting at `start`. Tested first: most words are at most seven
/// ASCII letters and digits ended by a space or a mark that joins nothing,
/// whose end, key and shape come from one 8-byte load; the others are read
/// on from where their first letters and digits end.
#[inline(always)]
fn word_at(lexicon: &Lexicon, text: &str, start: usize) -> Token {
    let bytes = text.as_bytes();
    let head = padded_word(bytes, start);
    let run = leading_alnum(head);
    let short = run < 8 && ends_at(head, run);
    let end = if short { start + run } else { word_end(text, start + run) };
    if end - start != run || run == 8 {
        return word_token(lexicon, text, start, end);
    }
    // ASCII letters and digits only: the key is the bytes with the 0x20 bit
    // set (see [`packed`]), and no byte has it unset but a capital.
    const CASE_BITS: u64 = u64::from_le_bytes([0x20; 8]);
    let within = u64::MAX >> (64 - 8 * run);
    let word = head & within;
    let key = word | CASE_BITS & within;
    let shape = if !(head as u8).is_ascii_uppercase() {
        Shape::Lower
    } else if run >= 2 && word & CASE_BITS == 0 {
        Shape::Acronym
    } else {
        Shape::Capital
    };
    word_of(start, end, end, shape, lexicon.classify(&bytes[start..end], Some(u128::from(key))))
}

/// Whether a word ends after its first `run` bytes of `head`, ASCII letters
/// and digits (`run` below 8): the next byte is ASCII and joins nothing, or
/// is a "," or "." before no letter or digit ("said,", "year."). Otherwise
/// [`word_end`] reads on.
fn ends_at(head: u64, run: usize) -> bool {
    match (head >> (8 * run)) as u8 {
        b',' | b'.' => {
            run < 7 && {
                let next = (head >> (8 * run + 8)) as u8;
                next.is_ascii() && !is_ascii_alnum(next)
            }
        }
        b'-' | b'\'' | b'&' => false,
        mark => mark.is_ascii(),
    }
}

/// A surname with a particle joined by a hyphen, a capitalized name:
/// "al-Sayari", "el-Sisi".
fn particled(word: &[u8]) -> bool {
    let Some(dash) = word.iter().take(4).position(|&b| b == b'-') else {
        return false;
    };
    word.get(dash + 1).is_some_and(u8::is_ascii_uppercase)
        && NAME_PARTICLES.iter().any(|p| p.as_bytes() == &word[..dash])
}

fn word_token(lexicon: &Lexicon, text: &str, start: usize, end: usize) -> Token {
    let word = &text.as_bytes()[start..end];
    let core_end = match word {
        [.., _, b'\'', b's'] => end - 2,
        [.., _, 0xE2, 0x80, 0x99, b's'] => end - 4,
        [.., _, b'\''] => end - 1,
        [.., _, 0xE2, 0x80, 0x99] => end - 3,
        _ => end,
    };
    let core = &word[..core_end - start];
    let shape = if core[0].is_ascii_uppercase() {
        if core.len() >= 2 && core.iter().all(u8::is_ascii_uppercase) {
            Shape::Acronym
        } else {
            Shape::Capital
        }
    } else if !core[0].is_ascii() && text[start..].starts_with(is_upper) || particled(core) {
        Shape::Capital
    } else {
        Shape::Lower
    };
    word_of(start, end, core_end, shape, lexicon.classify(core, packed(core)))
}

/// A word token of class `lex`, but that an acronym is a name ("US" is not
/// "us") unless it is a title or an organisation ("CEO").
fn word_of(start: usize, end: usize, core_end: usize, shape: Shape, lex: Lex) -> Token {
    let lex = match lex {
        lex @ (Lex::Title | Lex::Org) => lex,
        _ if shape == Shape::Acronym => Lex::Plain,
        lex => lex,
    };
    Token { core_end: core_end as u32, ..Token::new(start, end, shape, lex) }
}

/// Flags tokens between “ and ”. A sentence whose first mark closes a quote
/// started inside one (a quotation spanning several sentences).
fn mark_quoted(tokens: &mut [Token]) {
    let mut inside = tokens
        .iter()
        .find_map(|t| match t.shape {
            Shape::Punct('“') => Some(false),
            Shape::Punct('”') => Some(true),
            _ => None,
        })
        .unwrap_or(false);
    for t in tokens {
        match t.shape {
            Shape::Punct('“') => inside = true,
            Shape::Punct('”') => inside = false,
            _ => t.quoted = inside,
        }
    }
}

/// One tokenized sentence with the questions the patterns ask of it. Indices
/// out of range answer "no", so callers need no bounds checks.
#[derive(Clone, Copy)]
struct Sentence<'a, 't> {
    text: &'a str,
    tokens: &'t [Token],
}

impl<'a> Sentence<'a, '_> {
    fn lex(&self, i: usize) -> Option<Lex> {
        self.tokens.get(i).filter(|t| !matches!(t.shape, Shape::Punct(_))).map(|t| t.lex)
    }

    fn core(&self, i: usize) -> &'a str {
        self.tokens.get(i).map_or("", |t| &self.text[t.start()..t.core_end()])
    }

    /// The core of word `i` as bytes; `None` for a mark.
    fn word(&self, i: usize) -> Option<&'a [u8]> {
        let t = self.tokens.get(i).filter(|t| !matches!(t.shape, Shape::Punct(_)))?;
        self.text.as_bytes().get(t.start()..t.core_end())
    }

    fn is(&self, i: usize, word: &str) -> bool {
        self.word(i).is_some_and(|w| w.eq_ignore_ascii_case(word.as_bytes()))
    }

    /// Whether word `i` is one of `words`, its core read once for them all.
    fn is_any(&self, i: usize, words: &[&str]) -> bool {
        self.word(i)
            .is_some_and(|w| words.iter().any(|word| w.eq_ignore_ascii_case(word.as_bytes())))
    }

    fn punct(&self, i: usize) -> Option<char> {
        match self.tokens.get(i)?.shape {
            Shape::Punct(c) => Some(c),
            _ => None,
        }
    }

    fn capital(&self, i: usize) -> bool {
        self.lex(i).is_some() && self.tokens[i].capital()
    }

    fn possessive(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(Token::possessive)
    }

    /// A word that can be part of a speaker's name or description.
    fn np_word(&self, i: usize) -> bool {
        let noun_like = matches!(
            self.lex(i),
            Some(
                Lex::Plain
                    | Lex::Title
                    | Lex::Org
                    | Lex::Document
                    | Lex::Cue(_, Form::Base | Form::S)
            )
        );
        noun_like && !self.tokens[i].quoted
    }

    /// A word that a complement can hang on: "Ministry of", "spokesperson for".
    fn names_something(&self, i: usize) -> bool {
        self.np_word(i) && (self.capital(i) || matches!(self.lex(i), Some(Lex::Title | Lex::Org)))
    }

    /// A past participle: "economists polled by Bloomberg".
    fn participle(&self, i: usize) -> bool {
        match self.lex(i) {
            Some(Lex::Cue(_, Form::Past)) => true,
            Some(Lex::Plain) => !self.capital(i) && self.core(i).ends_with("ed"),
            _ => false,
        }
    }

    /// The head word of a phrase: its last word before a complement ("of",
    /// "for", "in", "by").
    fn head(&self, range: &Range<usize>) -> usize {
        let complement = |k: usize| {
            self.lex(k) == Some(Lex::Link) || self.is_any(k, &["by", "in", "at", "with", "to"])
        };
        let complement = (range.start + 1..range.end).find(|&k| complement(k)).unwrap_or(range.end);
        // "economists polled by Bloomberg", "people familiar with the matter"
        let adjective = self.is(complement, "with") || self.is(complement, "to");
        if complement > range.start + 1
            && (self.is(complement, "by") && self.participle(complement - 1) || adjective)
        {
            return complement - 2;
        }
        complement - 1
    }

    fn span(&self, range: &Range<usize>) -> Range<usize> {
        self.tokens[range.start].start()..self.tokens[range.end - 1].core_end()
    }
}

// ---------------------------------------------------------------- patterns

/// Who a cue is attributed to, before names are resolved.
enum Subject {
    /// Tokens of a noun phrase naming the speaker.
    Phrase(Range<usize>),
    /// A pronoun token standing for an earlier speaker of this kind.
    Pronoun(usize, Kind),
}

struct Attribution {
    subject: Subject,
    cue: &'static str,
    cue_span: Range<usize>,
}

/// Longest noun phrase considered, in tokens.
const MAX_PHRASE: usize = 10;
/// How far back the opening comma of "X, who …, said" is looked for.
const MAX_APPOSITION: usize = 40;
/// How far into a sentence a dateline dash or an opening phrase's comma is looked for.
const MAX_OPENING: usize = 12;

/// Appends the attributions of sentence `s` to `found`.
fn attributions(s: &Sentence, found: &mut Vec<Attribution>) {
    // Where the last "according to" phrase ends: "According to local media
    // reports, …" holds no report of its own.
    let mut source_end = 0;
    for (i, t) in s.tokens.iter().enumerate() {
        // Most words are no cue: one test of the class passes them over.
        if !matches!(t.lex, Lex::According | Lex::Cue(..)) || t.quoted || i < source_end {
            continue;
        }
        if t.lex == Lex::According && s.is(i + 1, "to") {
            if let Some(range) = phrase_after(s, i + 2).map(|range| issuer(s, past_owner(s, range)))
            {
                source_end = range.end;
                let cue_span = t.start()..s.tokens[i + 1].end();
                found.push(Attribution {
                    subject: Subject::Phrase(range),
                    cue: "according to",
                    cue_span,
                });
            }
        } else if let Lex::Cue(verb, form) = t.lex {
            // "the journal Climate and Health Reports": a word of a name.
            if i > 0 && t.capital() && s.capital(i - 1) {
                continue;
            }
            let mut cue_span = t.start()..t.end();
            let particle = particle(verb);
            if s.is(i + 1, particle) {
                cue_span.end = s.tokens[i + 1].end();
            } else {
                // "called" without "for"; "cautioned" without "that" unless after a
                // quotation or before one ("replied: …").
                let quoted_that =
                    particle == "that" && (just_quoted(s, i) || s.punct(i + 1) == Some(':'));
                if !(particle.is_empty() || quoted_that) {
                    continue;
                }
            }
            let attributed = quoted_as(s, i, cue(verb))
                .or_else(|| attribute(s, i, form).map(|subject| (subject, cue(verb))))
                .filter(|(subject, _)| !negated(s, subject));
            found.extend(attributed.map(|(subject, cue)| Attribution {
                subject,
                cue,
                cue_span: cue_span.clone(),
            }));
        }
    }
}

/// "Neither side has confirmed", "No official denied": a subject that
/// nobody is reports nothing.
fn negated(s: &Sentence, subject: &Subject) -> bool {
    matches!(subject, Subject::Phrase(range) if s.lex(range.start.wrapping_sub(1)) == Some(Lex::Neg))
}

/// "according to Upper Kiluma's civil protection service": a phrase that
/// stops at a named owner goes on to what it owns.
fn past_owner(s: &Sentence, range: Range<usize>) -> Range<usize> {
    let owner = range.end;
    if !(s.possessive(owner) && s.capital(owner)) {
        return range;
    }
    phrase_after(s, owner + 1).map_or(range.clone(), |owned| range.start..owned.end)
}

/// Whether a quotation ends just before the verb at `i` and its subject:
/// "“It was a mistake,” she conceded".
fn just_quoted(s: &Sentence, i: usize) -> bool {
    (i.saturating_sub(QUOTE_TO_VERB)..i).any(|k| s.tokens[k].quoted)
}

/// The most tokens between a quotation and the verb that reports it.
const QUOTE_TO_VERB: usize = 4;

/// "The agency cited Ortiz as saying / as describing" → Ortiz, "said".
fn quoted_as(s: &Sentence, i: usize, channel: &'static str) -> Option<(Subject, &'static str)> {
    if !matches!(channel, "cited" | "quoted") {
        return None;
    }
    let range = phrase_after(s, i + 1)?;
    let verb = range.end + 1;
    let participle =
        s.is(range.end, "as") && s.lex(verb).is_some() && s.core(verb).ends_with("ing");
    participle.then_some((Subject::Phrase(range), "said"))
}

/// The speaker of a reporting verb at `i`, from the words around it.
fn attribute(s: &Sentence, i: usize, form: Form) -> Option<Subject> {
    if noun_before_verb(s, i, form) {
        return None;
    }
    let phrase = match before_verb(s, i)? {
        Before::Passive if form != Form::Ing && s.is(i + 1, "by") => phrase_after(s, i + 2)?,
        Before::Passive => return None,
        Before::Token(j) if form == Form::Ing => participle_subject(s, j)?,
        // "The WHO has sent a team … and warned", "… appealed for funds, but says".
        Before::Token(j) if s.lex(j) == Some(Lex::And) || s.is(j, "but") => {
            main_subject(s).filter(|r| r.end < j)?
        }
        Before::Token(j) => return subject_at(s, i, j),
    };
    Some(Subject::Phrase(phrase))
}

/// "State media reports said", "Jobless claims rose": a base or -s form
/// followed by a verb is a noun; so is one after a determiner or an -ing modifier ("a demand",
/// "conflicting reports"); and "admitted to hospital" reports nothing.
fn noun_before_verb(s: &Sentence, i: usize, form: Form) -> bool {
    let next = (i + 1..s.tokens.len()).find(|&k| s.lex(k) != Some(Lex::Aux)).unwrap_or(i + 1);
    let modified = |k: usize| {
        s.lex(k) == Some(Lex::Det)
            || s.lex(k) == Some(Lex::Plain) && !s.capital(k) && s.core(k).ends_with("ing")
    };
    // "Jobless claims rose": numbers move, speakers do not.
    let moved = s.is_any(next, &["rose", "fell", "grew", "sank"]);
    let noun = matches!(form, Form::Base | Form::S)
        && (matches!(s.lex(next), Some(Lex::Cue(_, Form::Past | Form::S)))
            || moved
            || modified(i.wrapping_sub(1)));
    noun || form == Form::Base && after_a_singular(s, i) || admitted_to_care(s, i)
}

/// "an interim report", "a final say": a base form after "a" and a modifier
/// or two is a noun, as no single subject takes a verb's base form.
fn after_a_singular(s: &Sentence, i: usize) -> bool {
    let modifier =
        |k: &usize| s.lex(*k) == Some(Lex::Plain) && !s.capital(*k) && !s.core(*k).ends_with('s');
    let modifiers = (0..i).rev().take(2).take_while(modifier).count();
    modifiers > 0
        && i > modifiers
        && s.is_any(i - modifiers - 1, &["a", "an", "another", "each", "every"])
}

/// "admitted to hospital", "admitted into the intensive care unit",
/// "admitted to treatment centres": a patient taken in, not a concession.
fn admitted_to_care(s: &Sentence, i: usize) -> bool {
    const CARE: &str =
        "hospital hospitals clinic clinics care intensive icu ward wards treatment centre \
        centres center centers";
    let core = s.core(i).as_bytes();
    if !(core.len() >= 5 && core[..5].eq_ignore_ascii_case(b"admit")) {
        return false;
    }
    if !(s.is(i + 1, "to") || s.is(i + 1, "into")) {
        return false;
    }
    let mut k = i + 2;
    while s.lex(k) == Some(Lex::Det) || s.is(k, "a") {
        k += 1;
    }
    // "admitted to cholera treatment centres": the place may be modified.
    (k..k + 3).any(|k| wordlist::words(CARE).any(|w| s.is(k, w)))
}

enum Before {
    /// The last token before the verb and its auxiliaries.
    Token(usize),
    Passive,
}

/// Steps back over auxiliaries, adverbs and time words ("on Monday", "last
/// week"); `None` when negated, blocked ("to say") or at the sentence start.
fn before_verb(s: &Sentence, i: usize) -> Option<Before> {
    let mut j = i.checked_sub(1)?;
    loop {
        match s.lex(j) {
            Some(Lex::Aux) => j = j.checked_sub(1)?,
            Some(Lex::Time) => {
                j = j.checked_sub(1)?;
                if s.is_any(j, &["on", "last", "this", "next", "late", "early"]) {
                    j = j.checked_sub(1)?;
                }
            }
            Some(Lex::Be) => return Some(Before::Passive),
            Some(Lex::Neg | Lex::Block) => return None,
            _ => return Some(Before::Token(j)),
        }
    }
}

/// The subject ending at token `j`, just before the verb at `i`.
fn subject_at(s: &Sentence, i: usize, j: usize) -> Option<Subject> {
    match (s.punct(j), s.lex(j)) {
        (Some(','), _) => apposition_subject(s, j).or_else(|| inverted(s, i, j)),
        (Some('”'), _) => inverted(s, i, j),
        (Some(')'), _) => declared_acronym(s, j).map(Subject::Phrase),
        (None, Some(Lex::Pronoun(kind))) if pronoun_subject(s, j) => {
            Some(Subject::Pronoun(j, kind))
        }
        (None, Some(Lex::Rel)) if s.punct(j.wrapping_sub(1)) == Some(',') => {
            phrase_before(s, j.checked_sub(2)?).map(Subject::Phrase)
        }
        _ => phrase_before(s, j).map(|range| Subject::Phrase(without_modifiers(s, range))),
    }
}

/// "X (ACR) said": the acronym, which the document spells out.
fn declared_acronym(s: &Sentence, close: usize) -> Option<Range<usize>> {
    let acronym = close.checked_sub(1)?;
    let declared =
        s.punct(acronym.wrapping_sub(1)) == Some('(') && s.tokens[acronym].shape == Shape::Acronym;
    declared.then_some(acronym..close)
}

/// "The big retailers including Aldi and Lidl have warned", "St Brigid's
/// Hospital in Lessa confirmed": neither the examples nor the place is the
/// subject, the phrase they modify is.
fn without_modifiers(s: &Sentence, range: Range<usize>) -> Range<usize> {
    let before = range.start.wrapping_sub(1);
    let marker = s.is(before, "including") || s.is(before, "like") || s.is(before, "in");
    marker.then(|| phrase_before(s, before.wrapping_sub(1))).flatten().unwrap_or(range)
}

/// "…,” said X" and "…, said X": the speaker follows the verb.
/// Not "…, said the curfew would be lifted": a phrase followed by a verb is
/// what was said, not who said it.
fn inverted(s: &Sentence, i: usize, j: usize) -> Option<Subject> {
    if j + 1 != i {
        return None;
    }
    let range = phrase_after(s, i + 1)?;
    let clause_follows = matches!(s.lex(range.end), Some(Lex::Aux | Lex::Be | Lex::Block));
    (!clause_follows).then_some(Subject::Phrase(range))
}

/// Whether token `k` is a lower-case word inside a name: "Ursula von der
/// Leyen", "Luiz Inácio Lula da Silva".
fn name_particle(s: &Sentence, k: usize) -> bool {
    let particle = |k: usize| s.is_any(k, NAME_PARTICLES);
    // Most lower-case words are followed by another: asked first.
    (s.capital(k + 1) || s.capital(k + 2)) && particle(k) && (s.capital(k + 1) || particle(k + 1))
}

const NAME_PARTICLES: &[&str] = &[
    "von", "van", "der", "den", "de", "da", "del", "della", "di", "du", "dos", "bin", "ibn", "al",
    "el", "la", "le",
];

/// Prepositions that open an aside between a subject and its verb: "The
/// ministry, in a statement, said".
const ASIDE_PREPOSITIONS: &[&str] = &["in", "on", "at", "for", "after", "during", "via", "through"];

/// "a statement from the army", "data compiled by Bloomberg": who issued the
/// document; any other phrase as it is.
fn issuer(s: &Sentence, range: Range<usize>) -> Range<usize> {
    // The participle may have joined the phrase ("data compiled") or not.
    let joined = range.len() > 1 && s.participle(range.end - 1);
    // "estimates by Harbourview", "reports from state media": a cue's noun form.
    let document = names_a_document(s, range.end - 1 - usize::from(joined));
    let by = if !joined && s.participle(range.end) { range.end + 1 } else { range.end };
    let issued = document && (s.is(by, "from") || s.is(by, "by"));
    issued.then(|| phrase_after(s, by + 1)).flatten().unwrap_or(range)
}

/// "X, who …, said" / "X, spokesperson for Y, said" / "X, or ACR, reported":
/// the phrase before the comma that opens the aside ending at `comma`; but
/// "Y’s spokesman, X, said": the name in the aside.
fn apposition_subject(s: &Sentence, comma: usize) -> Option<Subject> {
    let floor = comma.saturating_sub(MAX_APPOSITION);
    let open = (floor..comma).rev().find(|&k| s.punct(k).is_some())?;
    if s.punct(open) != Some(',') {
        return None;
    }
    let first = open + 1;
    // "Y's spokesman, X, said", "the main opposition party, the Social Democrats, said".
    let name = if s.lex(first) == Some(Lex::Det) { first + 1 } else { first };
    let role = |k: usize| matches!(s.lex(k), Some(Lex::Title | Lex::Org));
    // "The governor of Kharkiv region, Oleh Syniehubov, said": the role heads the phrase.
    // "The freight operator, Nordfracht Logistik, said": a description that
    // opens the clause, named in the aside.
    let described = |r: &Range<usize>| {
        let head = s.head(r);
        r.start == clause_start(s)
            && s.lex(r.start) == Some(Lex::Det)
            && s.lex(head) == Some(Lex::Plain)
            && !s.capital(head)
    };
    let role_before = open.checked_sub(1).is_some_and(|k| {
        role(k) || phrase_before(s, k).is_some_and(|r| role(s.head(&r)) || described(&r))
    });
    let named_role = role_before && (name..comma).all(|k| s.capital(k));
    if named_role && name < comma {
        return Some(Subject::Phrase(name..comma));
    }
    let opener = matches!(s.lex(first), Some(Lex::Rel | Lex::Title | Lex::Det))
        || s.is(first, "or")
        || s.is_any(first, ASIDE_PREPOSITIONS)
        // "The Kremlin, however, insisted": one adverb between commas.
        || (s.lex(first) == Some(Lex::Aux) || s.is_any(first, &["however", "meanwhile", "though"]))
            && first + 1 == comma
        || s.is(first, "one") && s.is(first + 1, "of")
        || s.lex(first) == Some(Lex::Plain)
            && ["ing", "ed"].iter().any(|x| s.core(first).ends_with(x));
    let role_ending = matches!(s.lex(comma.wrapping_sub(1)), Some(Lex::Title | Lex::Org));
    if !(opener || role_ending) {
        return None;
    }
    // "The Monetary Authority (HKMA), which …, confirmed": the declared name.
    let before = open.checked_sub(1)?;
    let range = if s.punct(before) == Some(')') {
        declared_acronym(s, before)
            .or_else(|| phrase_before(s, parenthesis_opened(s, before)? - 1))?
    } else {
        phrase_before(s, before)?
    };
    if let Some(issuer) = published_by(s, &range, first..comma) {
        return Some(Subject::Phrase(issuer));
    }
    // "X, a physician in Phoenix, Arizona, who …, said": the phrase found
    // closes an earlier aside; the subject opens it.
    let earlier = range.start.checked_sub(1).filter(|&k| s.punct(k) == Some(','));
    Some(earlier.and_then(|k| apposition_subject(s, k)).unwrap_or(Subject::Phrase(range)))
}

/// Where the parenthesis closed at `close` opens: "Gregory Tran (At Large),
/// who …" or "(D-Calif.)" after a name. Not at the sentence start.
fn parenthesis_opened(s: &Sentence, close: usize) -> Option<usize> {
    (close.saturating_sub(MAX_PHRASE)..close)
        .rev()
        .find(|&k| s.punct(k) == Some('('))
        .filter(|&k| k > 0)
}

/// "The report, published on Thursday by the World Bank, said": a document
/// speaks for whoever the aside says issued it.
fn published_by(s: &Sentence, subject: &Range<usize>, aside: Range<usize>) -> Option<Range<usize>> {
    let issued = names_a_document(s, s.head(subject)) && s.participle(aside.start);
    let by = aside.clone().find(|&k| s.is(k, "by")).filter(|_| issued)?;
    phrase_after(s, by + 1).filter(|issuer| issuer.end <= aside.end && can_lead(s, issuer))
}

/// A pronoun is the speaker only as the subject of the main clause: "he said",
/// "“…,” she said", "But he warned" — not "when they announced".
fn pronoun_subject(s: &Sentence, j: usize) -> bool {
    j == 0
        || s.tokens[j].capital()
        || s.punct(j - 1).is_some()
        || s.lex(j - 1) == Some(Lex::And)
        || s.is(j - 1, "but")
}

/// Who does a participle or a gerund ending at `j`: the main subject after a
/// comma ("X rejected it, falsely claiming …"), the named subject after a
/// preposition ("despite Lisbon insisting").
fn participle_subject(s: &Sentence, j: usize) -> Option<Range<usize>> {
    if s.punct(j) == Some(',') {
        return main_subject(s).filter(|r| r.end <= j);
    }
    let range = phrase_before(s, j)?;
    let before = range.start.wrapping_sub(1);
    let gerund = s.is_any(before, &["despite", "after", "with", "amid", "following"]);
    (gerund && can_lead(s, &range)).then_some(range)
}

/// The subject that opens the main clause (after a dateline or an opening
/// "In response," phrase), when a verb follows it: "Mayor Ana Lopes visited …".
fn main_subject(s: &Sentence) -> Option<Range<usize>> {
    let range = phrase_after(s, clause_start(s))?;
    let is_verb =
        |k: usize| matches!(s.lex(k), Some(Lex::Aux | Lex::Be | Lex::Cue(..))) || s.participle(k);
    // "The mayor visited the site and said": a lower-case past form inside
    // the scanned phrase is the verb that ends the subject; so is a plain
    // word after a role or organisation ("the weather service forecast
    // rain", "government forces took the town"), whatever its form.
    let noun = (range.start..range.end).find(|&k| s.lex(k) != Some(Lex::Det))?;
    let after_role = |k: usize| {
        s.lex(k) == Some(Lex::Plain) && matches!(s.lex(k - 1), Some(Lex::Title | Lex::Org))
    };
    let verb = (noun + 1..range.end)
        .find(|&k| !s.capital(k) && (is_verb(k) || after_role(k)))
        .unwrap_or(range.end);
    let subject = range.start..verb;
    if verb < range.end {
        return can_lead(s, &subject).then_some(subject);
    }
    // "The World Health Organization (WHO) has sent": past the acronym;
    // "Prime Minister Ana Ruiz, who visited the site, promised": past the aside.
    let verb = if s.punct(verb) == Some('(') && declared_acronym(s, verb + 2).is_some() {
        verb + 3
    } else if s.punct(verb) == Some(',') && s.lex(verb + 1) == Some(Lex::Rel) {
        (verb + 2..s.tokens.len().min(verb + MAX_APPOSITION)).find(|&k| s.punct(k).is_some())? + 1
    } else {
        verb
    };
    (is_verb(verb) && can_lead(s, &subject)).then_some(subject)
}

/// Where the main clause starts: after a dateline dash ("SANTIAGO, Nov 6
/// (AP) - ") or after an opening prepositional phrase's comma.
fn clause_start(s: &Sentence) -> usize {
    let opening = || 0..MAX_OPENING.min(s.tokens.len());
    if let Some(dash) = opening().find(|&k| matches!(s.punct(k), Some('-' | '—' | '–'))) {
        return dash + 1;
    }
    let comma = opening().find(|&k| s.punct(k) == Some(','));
    match comma {
        Some(c) if s.lex(0) == Some(Lex::Stop) => c + 1,
        _ => 0,
    }
}

/// A phrase that can be a clause's actor: headed by a name, a role or an
/// organisation ("Claims of victory spread" has none).
fn can_lead(s: &Sentence, range: &Range<usize>) -> bool {
    let head = s.head(range);
    matches!(s.lex(head), Some(Lex::Title | Lex::Org))
        || s.lex(head) == Some(Lex::Plain) && s.capital(head)
}

/// The noun phrase whose last word is `head`, scanning left: names,
/// possessive owners, modifiers, "of"/"for" complements, "polled by" agents
/// and coordinated names ("German, French and Italian officials", "Boeing
/// and its suppliers").
fn phrase_before(s: &Sentence, head: usize) -> Option<Range<usize>> {
    if !s.np_word(head) || s.possessive(head) {
        return None;
    }
    // "Ministry of …", "spokesperson for …", "officials in …" or "from …", "analysts polled
    // by …", "hydrologists at …", "people familiar with …", "sources close to …".
    let linked = |link: usize| {
        link > 0
            && (s.lex(link) == Some(Lex::Link) && s.names_something(link - 1)
                || s.is_any(link, &["in", "at", "from"])
                    && (matches!(s.lex(link - 1), Some(Lex::Title | Lex::Org))
                        || s.core(link - 1).ends_with("ists"))
                || s.is(link, "by") && link > 1 && s.participle(link - 1) && s.np_word(link - 2)
                || s.is(link, "with") && s.is(link - 1, "familiar")
                || s.is(link, "to") && s.is(link - 1, "close"))
    };
    // Where the phrase a link joins on starts: before the word that takes
    // "by", "with" or "to" ("polled by", "familiar with", "close to").
    let joined_at =
        |link: usize| if s.is_any(link, &["by", "with", "to"]) { link - 2 } else { link };
    let mut first = head;
    let mut joined = false;
    while let Some(p) = first.checked_sub(1) {
        if head - p >= MAX_PHRASE {
            break;
        }
        match s.lex(p) {
            _ if linked(p) => first = joined_at(p),
            _ if s.np_word(p) => first = p,
            Some(Lex::Det) if p > 0 && linked(p - 1) => first = joined_at(p - 1),
            // "officials from both sides"
            _ if s.is(p, "both") && p > 0 && linked(p - 1) => first = joined_at(p - 1),
            // "Both sides said": the two are the speaker.
            _ if s.is(p, "both") && first == head => return Some(p..head + 1),
            Some(Lex::Det) if p > 1 && s.lex(p - 1) == Some(Lex::And) && s.capital(p - 2) => {
                first = p - 2
            }
            Some(Lex::Det) => return Some(p..head + 1),
            Some(Lex::And) if coordinated(s, p) => {
                joined = s.capital(p + 1);
                first = p;
            }
            None if joined && listed(s, p) => first = p,
            _ => break,
        }
    }
    Some(first..head + 1)
}

/// "German, French and …": a comma between capitalized words that opens
/// the sentence or follows a determiner lists the first item.
fn listed(s: &Sentence, comma: usize) -> bool {
    let item = comma.wrapping_sub(1);
    let opens = item == 0 || s.lex(item - 1) == Some(Lex::Det);
    s.punct(comma) == Some(',')
        && s.capital(item)
        && s.np_word(item)
        && s.capital(comma + 1)
        && opens
}

/// "German and Italian officials", "Spanish military and police officials":
/// "and" joins words of one phrase when both sides are capitalized alike and
/// the left side holds a name.
fn coordinated(s: &Sentence, and: usize) -> bool {
    let (left, right) = (and.wrapping_sub(1), and + 1);
    if !s.np_word(left) || s.capital(left) != s.capital(right) {
        return false;
    }
    (and.saturating_sub(MAX_PHRASE)..and).rev().take_while(|&k| s.np_word(k)).any(|k| s.capital(k))
}

/// The noun phrase starting at `start`, scanning right: determiners, then
/// names, modifiers and "of"/"for" complements. A possessive after the first
/// word starts another phrase ("…, says Ana Lopes Lisbon’s claim").
fn phrase_after(s: &Sentence, start: usize) -> Option<Range<usize>> {
    let mut k = start;
    while s.lex(k) == Some(Lex::Det) {
        k += 1;
    }
    let first = k;
    while k - first < MAX_PHRASE && s.np_word(k) && !(k > first && s.possessive(k)) {
        let after_name = k > first && s.capital(k - 1) && !s.possessive(k - 1);
        if after_name && !s.capital(k) && s.lex(k) == Some(Lex::Plain) && !name_particle(s, k) {
            break;
        }
        k += 1;
        // "analysts at Jefferies": people described by where they work.
        let at_work = s.is(k, "at") && s.lex(k - 1) == Some(Lex::Title);
        if (s.lex(k) == Some(Lex::Link) || at_work) && s.names_something(k - 1) {
            k += 1;
            while s.lex(k) == Some(Lex::Det) {
                k += 1;
            }
        } else if s.lex(k) == Some(Lex::And) && s.capital(k - 1) && s.capital(k + 1) {
            k += 1; // "Department of Disaster Prevention and Mitigation"
        }
    }
    while k > first && !s.np_word(k - 1) {
        k -= 1;
    }
    (k > first).then_some(start..k)
}

// ---------------------------------------------------------------- names

/// A resolved speaker. Its name is borrowed from the article unless it had
/// to be rewritten: most speakers found are never reported, so copying every
/// name showed in profiles.
struct Speaker<'a> {
    name: Cow<'a, str>,
    kind: Kind,
    span: Range<usize>,
    /// The title or organisation word written before the name ("governor"
    /// for "Governor Lina Ortiz"), or the word a description used.
    title: Option<u128>,
}

/// The fewest letters an undeclared acronym must have to be matched by the
/// initials of a run of words (one word per letter, so shorter runs are not kept).
const MIN_SPELLED: usize = 3;

/// The document's capitalized runs, gathered once: names (with whether a title
/// introduced them, i.e. a person) and acronyms the text spells out. Lookups
/// scan them, which is cheaper than indexing every word for the few speakers
/// a document has.
#[derive(Default)]
struct NameIndex<'a> {
    /// Each distinct name of two words or more, in order of first use: how
    /// often it is used and whether a title introduced it (a person).
    names: Vec<(&'a str, usize, bool)>,
    /// Each word of each name, with the name's position in `names`: what
    /// [`NameIndex::fullest`] scans.
    name_words: Vec<(&'a str, usize)>,
    /// Every capitalized run of at least [`MIN_SPELLED`] words, for acronyms
    /// matched by initials.
    runs: Vec<&'a str>,
    /// "Long Name, or ACR," and "Long Name (ACR)".
    declared: Vec<(&'a str, &'a str)>,
    /// Organisations named by a complement: "Ministry of Agriculture".
    complemented: Vec<&'a str>,
    /// People and the title written before their name: ("mayor", "Kevin
    /// Ashby") for "Mayor Kevin Ashby".
    titled: Vec<(u128, &'a str)>,
}

impl<'a> NameIndex<'a> {
    fn build<'t>(sentences: impl ExactSizeIterator<Item = Sentence<'a, 't>>) -> Self {
        // Articles name fewer people and organisations than they have sentences.
        let n = sentences.len();
        let mut index = NameIndex {
            names: Vec::with_capacity(n),
            name_words: Vec::with_capacity(2 * n),
            runs: Vec::with_capacity(n / 2),
            ..NameIndex::default()
        };
        let mut position = TextMap::with_capacity_and_hasher(64, Default::default());
        for s in sentences {
            name_runs(&s, |run| {
                if run.len() >= MIN_SPELLED {
                    index.runs.push(&s.text[s.span(&run)]);
                }
                // "Ministry of Agriculture": the run, its link and the capitals after.
                if s.lex(run.end - 1) == Some(Lex::Org) && s.lex(run.end) == Some(Lex::Link) {
                    let end = (run.end + 1..s.tokens.len())
                        .find(|&k| !s.capital(k))
                        .unwrap_or(s.tokens.len());
                    if end > run.end + 1 {
                        index.complemented.push(&s.text[s.span(&(run.start..end))]);
                    }
                }
                let Some((range, person)) = full_name(&s, run) else {
                    return;
                };
                let name = &s.text[s.span(&range)];
                let title = range.start.checked_sub(1).filter(|&t| s.lex(t) == Some(Lex::Title));
                if let Some(key) = title.and_then(|t| packed(s.core(t).as_bytes())) {
                    index.titled.push((key, name));
                }
                let at = *position.entry(name).or_insert_with(|| {
                    let at = index.names.len();
                    index.names.push((name, 0, false));
                    index.name_words.extend(name.split(' ').map(|word| (word, at)));
                    at
                });
                let (_, count, titled) = &mut index.names[at];
                *count += 1;
                *titled |= person;
            });
            for (k, t) in s.tokens.iter().enumerate() {
                if t.shape == Shape::Acronym {
                    index.note_declared(&s, k);
                }
            }
        }
        index
    }

    /// "Kenya’s Independent Electoral and Boundaries Commission (IEBC)":
    /// the long form is the part of the phrase before the acronym whose
    /// initials spell it, else the phrase without its modifiers. Capitalized
    /// words before that part belong to the name ("United Nations Office for
    /// the Coordination of Humanitarian Affairs (OCHA)"), an owner does not.
    fn note_declared(&mut self, s: &Sentence<'a, '_>, acronym: usize) {
        let Some(before) = acronym.checked_sub(1) else {
            return;
        };
        let phrase_end = match (s.punct(before), s.punct(acronym + 1)) {
            (Some('('), Some(')')) => before,
            (None, Some(','))
                if s.is(before, "or") && s.punct(before.wrapping_sub(1)) == Some(',') =>
            {
                before - 1
            }
            _ => return,
        };
        let Some(mut range) = phrase_end.checked_sub(1).and_then(|head| phrase_before(s, head))
        else {
            return;
        };
        // "the Organization of American States (OAS)": the name has no "the".
        while range.len() > 1 && s.lex(range.start) == Some(Lex::Det) {
            range.start += 1;
        }
        let letters = s.core(acronym);
        let spelled =
            (range.start..range.end).find(|&k| s.capital(k) && spells(s, k..range.end, letters));
        let part_of_name = |k: usize| s.capital(k) && !s.possessive(k);
        let long = match spelled {
            Some(k) if (range.start..k).all(part_of_name) => range,
            Some(k) => k..range.end,
            None => narrow(s, range).0,
        };
        if !self.declared.iter().any(|&(a, _)| a == letters) {
            self.declared.push((letters, &s.text[s.span(&long)]));
        }
    }

    /// The canonical speaker for the phrase `range` of sentence `s`; `None`
    /// when its head cannot speak.
    fn speaker(&self, s: &Sentence<'a, '_>, range: Range<usize>) -> Option<Speaker<'a>> {
        let start = (range.start..range.end).find(|&k| s.lex(k) != Some(Lex::Det))?;
        // "the airline said", but not "a truce announced on Feb. 3": only a
        // definite description lets any noun speak.
        let definite = start > range.start && !s.is_any(range.start, &["a", "an"]);
        let (range, title) = narrow(s, start..range.end);
        // Worked out once for the two questions asked of it.
        let head = s.head(&range);
        if !definite && !can_speak(s, &range, head) {
            return None;
        }
        let span = s.span(&range);
        let written = &s.text[span.clone()];
        let single = range.len() == 1;
        let acronym = single && s.tokens[range.start].shape == Shape::Acronym;
        let long = acronym.then(|| self.long_form(written)).flatten();
        // "U.N." alone is not "U.N. Security Council": abbreviations stay as written.
        let fuller =
            (single && !acronym && !written.contains('.')).then(|| self.fullest(written)).flatten();
        let name = long.or(fuller).unwrap_or(written);
        // "spokesperson for Aquaterra" is written "Aquaterra spokesperson", as
        // "State Department spokesperson" is: one form for alignment to read.
        // Asked of every speaker found: turned away at the first letter.
        let spokesperson_for = (name.as_bytes().first().is_some_and(|b| b | 0x20 == b's'))
            .then(|| name.split_once(' '))
            .flatten()
            .filter(|(role, _)| wordlist::has_ignoring_case(SPOKESPEOPLE, role))
            .and_then(|(role, rest)| Some((role, rest.strip_prefix("for ")?)));
        if let Some((role, org)) = spokesperson_for {
            let org = org.strip_prefix("the ").unwrap_or(org);
            return Some(Speaker {
                name: Cow::Owned(spokesperson_of(org, role)),
                kind: Kind::Person,
                span,
                title: packed(role.as_bytes()),
            });
        }
        let kind = match title {
            Some(t) if s.lex(t) == Some(Lex::Org) => Kind::Org,
            Some(_) => Kind::Person,
            None if acronym || long.is_some() => Kind::Org,
            None => self.kind_of(s, &range, head, name),
        };
        // A title is a lexicon word, so it always packs.
        let title = title.and_then(|t| packed(s.core(t).as_bytes()));
        Some(Speaker { name: single_spaced(name), kind, span, title })
    }

    /// The name of two words or more containing `word` that the document uses
    /// most often (the first of those): "Lopes" → "Ana Lopes".
    fn fullest(&self, word: &str) -> Option<&'a str> {
        let mut best: Option<(&'a str, usize)> = None;
        // "Al-Sayari" opening a sentence is "Hamid al-Sayari"'s.
        let same = |w: &str| {
            w.len() == word.len()
                && w.as_bytes()[0].eq_ignore_ascii_case(&word.as_bytes()[0])
                && w[1..] == word[1..]
        };
        for &(_, at) in self.name_words.iter().filter(|&&(w, _)| same(w)) {
            let (name, count, _) = self.names[at];
            if best.is_none_or(|(_, most)| count > most) {
                best = Some((name, count));
            }
        }
        best.map(|(name, _)| name)
    }

    /// "the ministry" → "Ministry of Agriculture": the one name in the
    /// document with that organisation word, though it was not yet quoted;
    /// none when two are named ("Ministry of Finance", "Ministry of Health").
    fn named_organisation(&self, s: &Sentence, head: usize) -> Option<Speaker<'a>> {
        if s.lex(head) != Some(Lex::Org) {
            return None;
        }
        let word = s.core(head);
        let names =
            self.names.iter().map(|&(name, _, _)| name).chain(self.complemented.iter().copied());
        let name =
            sole(names.filter(|name| name.split(' ').any(|w| w.eq_ignore_ascii_case(word))))?;
        Some(Speaker {
            name: Cow::Borrowed(name),
            kind: Kind::Org,
            span: s.tokens[head].start()..s.tokens[head].core_end(),
            title: packed(word.as_bytes()),
        })
    }

    /// "The mayor has said" → "Kevin Ashby", the one person the document
    /// names with that title ("Mayor Kevin Ashby"), though he was not quoted.
    fn titled_person(&self, s: &Sentence, head: usize) -> Option<Speaker<'a>> {
        let key = packed(s.core(head).as_bytes()).filter(|_| s.lex(head) == Some(Lex::Title))?;
        let name = sole(self.titled.iter().filter(|&&(title, _)| title == key).map(|&(_, n)| n))?;
        Some(Speaker {
            name: Cow::Borrowed(name),
            kind: Kind::Person,
            span: s.tokens[head].start()..s.tokens[head].core_end(),
            title: Some(key),
        })
    }

    /// "NOAA" → "National Oceanic and Atmospheric Administration": declared,
    /// else the first run of capitalized words with those initials (at least
    /// [`MIN_SPELLED`] letters).
    fn long_form(&self, acronym: &str) -> Option<&'a str> {
        let declared = self.declared.iter().find(|&&(a, _)| a == acronym).map(|&(_, long)| long);
        declared.or_else(|| {
            (acronym.len() >= MIN_SPELLED)
                .then(|| self.runs.iter().find_map(|run| initials_window(run, acronym)))
                .flatten()
        })
    }

    /// Judged by the head word `head`: "Spain’s General Staff" (org), "officials"
    /// (group), "the governor" (person), else by how the document names it.
    fn kind_of(&self, s: &Sentence, range: &Range<usize>, head: usize, name: &str) -> Kind {
        let plural =
            s.core(head).ends_with('s') && !s.core(head).ends_with("ss") || s.is(head, "people");
        match s.lex(head) {
            Some(Lex::Org) => Kind::Org,
            Some(Lex::Title) if plural => Kind::Group,
            Some(Lex::Title) => Kind::Person,
            _ if plural && !s.capital(head) => Kind::Group,
            _ if range.clone().any(|k| s.lex(k) == Some(Lex::Org)) => Kind::Org,
            _ if self.names.iter().any(|&(n, _, person)| person && n == name) => Kind::Person,
            _ => Kind::Unknown,
        }
    }
}

/// The one name `names` gives, however often; `None` for none or several.
fn sole<'a>(mut names: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let first = names.next()?;
    names.all(|name| name == first).then_some(first)
}

/// A name with any line break or run of spaces inside made one space.
/// Borrowed unless that changes it: names written with ’ ("Norway’s central
/// bank") are common, and were copied when only ASCII counted as regular.
fn single_spaced(name: &str) -> Cow<'_, str> {
    // One pass, without a branch per byte: nearly every name is regular.
    let (mut other, mut double_space, mut after_space) = (false, false, false);
    for &b in name.as_bytes() {
        let space = b == b' ';
        other |= !space & (!b.is_ascii() | b.is_ascii_whitespace());
        double_space |= space & after_space;
        after_space = space;
    }
    // Bytes other than letters and spaces: mostly those of ’, which leaves
    // the name as it is unless they make a Unicode space.
    let only_words = || {
        !name.starts_with(' ')
            && !name.ends_with(' ')
            && !name.contains(|c: char| c != ' ' && c.is_whitespace())
    };
    if !double_space && (!other || only_words()) {
        Cow::Borrowed(name)
    } else {
        Cow::Owned(name.split_whitespace().collect::<Vec<_>>().join(" "))
    }
}

/// The span within `run` of the first consecutive words whose initials spell
/// `acronym` (one word per letter), found without collecting the words.
fn initials_window<'r>(run: &'r str, acronym: &str) -> Option<&'r str> {
    let n = acronym.len();
    let offset = |word: &str| word.as_ptr() as usize - run.as_ptr() as usize;
    let mut words = run.split_whitespace();
    loop {
        let window = words.clone().take(n);
        let first = words.next()?;
        let spelled = window
            .clone()
            .zip(acronym.bytes())
            .take_while(|(word, letter)| word.as_bytes()[0] == *letter)
            .count();
        if spelled == n {
            let last = window.last()?;
            return Some(&run[offset(first)..offset(last) + last.len()]);
        }
    }
}

/// Whether the capitalized words of `range` spell `acronym`, skipping "of"
/// and "and": "Department of Water Resources" → DWR, "U.S. Food and Drug
/// Administration" → USFDA.
fn spells(s: &Sentence, range: Range<usize>, acronym: &str) -> bool {
    let mut letters = acronym.bytes();
    for k in range.filter(|&k| s.capital(k)) {
        let word = s.core(k);
        let dotted = word.contains('.');
        let initials = word.bytes().filter(|b| b.is_ascii_uppercase()).take(if dotted {
            word.len()
        } else {
            1
        });
        for b in initials {
            if letters.next() != Some(b) {
                return false;
            }
        }
    }
    letters.next().is_none()
}

/// A phrase without a determiner must name or describe someone: a name, a
/// role, people, an organisation, a report ("State media reports") or a
/// named group ("Rail operators") — not bare "deaths" or "week". With one,
/// any noun can ("the airline"). `head` is the phrase's head word.
fn can_speak(s: &Sentence, range: &Range<usize>, head: usize) -> bool {
    matches!(s.lex(head), Some(Lex::Title | Lex::Org | Lex::Cue(..)))
        || s.lex(head) == Some(Lex::Document) && range.len() > 1
        || range.clone().any(|k| s.capital(k))
}

/// The role word of a name, for "the …" later: its last title or
/// organisation word before any complement ("Department of …" → department).
fn role_of(name: &str) -> Option<u128> {
    let words = name.split_whitespace().take_while(|w| !matches!(*w, "of" | "for"));
    let roles = words.filter(|w| matches!(classify(w.as_bytes()), Lex::Title | Lex::Org));
    roles.last().and_then(|w| packed(w.as_bytes()))
}

/// Maximal runs of capitalized words; a possessive word ends its run.
fn name_runs(s: &Sentence, mut run: impl FnMut(Range<usize>)) {
    let in_name = |t: &Token| t.capital() && matches!(t.lex, Lex::Plain | Lex::Title | Lex::Org);
    let mut from = 0;
    // Most words are in no name: one search passes them over.
    while let Some(start) = s.tokens[from..].iter().position(in_name).map(|at| from + at) {
        let mut end = start + 1;
        while !s.tokens[end - 1].possessive() && s.tokens.get(end).is_some_and(in_name) {
            end += 1;
        }
        run(start..end);
        from = end;
    }
}

/// The name a run contributes to the index, and whether it names a person:
/// the words after its last title ("French President Emmanuel Macron"), a whole
/// organisation name ending in its head ("European Space Agency"), or a
/// whole plain run. Single words and runs ending in a title add nothing.
fn full_name(s: &Sentence, run: Range<usize>) -> Option<(Range<usize>, bool)> {
    // A title and its portfolio can take up to five words ("Minister of State
    // for Trade and Industry"); the run is what follows them.
    // Most runs follow no "of", "for" or "and", and are no portfolio.
    let linked = matches!(s.lex(run.start.wrapping_sub(1)), Some(Lex::Link | Lex::And));
    let titles = run.start.saturating_sub(5)..run.start;
    if let Some((_, name)) =
        linked.then(|| portfolio_before(s, titles, run.start, run.end)).flatten()
    {
        return (run.end - name >= 2).then_some((name..run.end, true));
    }
    let last_role = run.clone().rev().find(|&k| matches!(s.lex(k), Some(Lex::Title | Lex::Org)));
    let titled_before = s.lex(run.start.wrapping_sub(1)) == Some(Lex::Title);
    let (range, person) = match last_role {
        None => (run, titled_before),
        Some(r) if r + 1 == run.end && s.lex(r) == Some(Lex::Org) => (run, false),
        Some(r) if r + 1 == run.end => return None,
        Some(r) => (r + 1..run.end, s.lex(r) == Some(Lex::Title)),
    };
    (range.len() >= 2).then_some((range, person))
}

/// Drops roles and modifiers from a speaker phrase, and returns the title or
/// organisation word dropped before a name. "spokesman Tom Berg" and
/// "President Emmanuel Macron" keep the name after the title; "the official
/// Xinhua News Agency" and "state-run Xinhua News Agency" keep the capitalized
/// name that ends the phrase; "Executive Committee of the city’s largest
/// teachers’ union" loses its descriptive complement.
fn narrow(s: &Sentence, range: Range<usize>) -> (Range<usize>, Option<usize>) {
    let name_start = (range.start..range.end)
        .rev()
        .take_while(|&k| {
            s.capital(k) && s.lex(k) == Some(Lex::Plain) && !s.possessive(k) || name_particle(s, k)
        })
        .last();
    if let Some(n) = name_start.filter(|&n| n > range.start) {
        if matches!(s.lex(n - 1), Some(Lex::Title | Lex::Org)) {
            return (n..range.end, Some(n - 1));
        }
        if let Some((title, name)) = portfolio_before(s, range.start..n, n, range.end) {
            return (name..range.end, Some(title));
        }
    }
    let head_end = s.head(&range) + 1;
    let range =
        if descriptive_complement(s, head_end..range.end) { range.start..head_end } else { range };
    let last_lower = (range.start..head_end).rev().find(|&k| !s.capital(k) && !name_particle(s, k));
    match last_lower {
        Some(m) if m + 1 < head_end && s.lex(m) != Some(Lex::And) => (m + 1..range.end, None),
        _ => (range, None),
    }
}

/// A capitalized title, "of" or "for", and the portfolio it names, before
/// a name that ends at `end` ("Secretary for Housing Linda Chow", "Minister
/// of Trade and Industry Gan Kim Yong"): the title's position and the name's
/// first word. The title is one of `titles`; the name starts at `first_name`
/// or later, since portfolio words are capitalized like names.
fn portfolio_before(
    s: &Sentence,
    titles: Range<usize>,
    first_name: usize,
    end: usize,
) -> Option<(usize, usize)> {
    let portfolio = |k: usize| {
        s.lex(k) == Some(Lex::And)
            || s.capital(k) && wordlist::has_ignoring_case(PORTFOLIOS, s.core(k))
    };
    let title = |t: &usize| {
        s.capital(*t) && s.lex(*t) == Some(Lex::Title) && s.lex(t + 1) == Some(Lex::Link)
    };
    titles.filter(title).find_map(|t| {
        let name = (t + 2..end).find(|&k| !portfolio(k))?;
        (name > t + 2 && name >= first_name).then_some((t, name))
    })
}

/// Words of a minister's or secretary's portfolio, which come between the
/// title and the name: "Secretary for Housing Linda Chow".
const PORTFOLIOS: &str = "affairs foreign home housing health security homeland defence defense \
    finance treasury trade industry commerce economy economic development planning policy \
    education transport transportation infrastructure labour labor employment pensions energy \
    environment climate agriculture food rural fisheries interior culture tourism sport sports \
    arts heritage science technology innovation digital communications information women \
    children youth family social welfare veterans immigration public safety emergency water \
    resources local government regional european international cooperation budget revenue \
    state";

/// An "of …" complement that describes rather than names: it holds an owner
/// or a lower-case word ("of the city’s largest teachers’ union", unlike "of
/// Water Resources").
fn descriptive_complement(s: &Sentence, complement: Range<usize>) -> bool {
    let of = complement.start;
    let names_before = s.capital(of.wrapping_sub(1));
    let describes = (of + 1..complement.end)
        .filter(|&k| !matches!(s.lex(k), Some(Lex::Det | Lex::Link | Lex::And)))
        .any(|k| s.possessive(k) || !s.capital(k));
    s.is(of, "of") && names_before && describes
}

/// "the commission", "a spokesperson", "the statement": a determiner and a
/// single role, organisation or document word, which stands for something
/// named earlier; where it is based may come between ("the Frankfurt-based
/// company"). Returns that word.
fn description(s: &Sentence, range: &Range<usize>) -> Option<usize> {
    let head = range.end - 1;
    let based = |k: usize| s.core(k).ends_with("-based");
    let determined = head > range.start
        && s.lex(range.start) == Some(Lex::Det)
        && (range.start..head).all(|k| s.lex(k) == Some(Lex::Det) || based(k));
    let describes = matches!(s.lex(head), Some(Lex::Title | Lex::Org | Lex::Document));
    (determined && describes && !s.tokens[head].quoted).then_some(head)
}

/// A capitalized organisation name that is neither a government body nor a
/// union or association: what "the company" or "the utility" can stand for
/// ("Pacific Gas and Electric Co.", not "Ministry of Finance" or "Railway and
/// Transport Union").
fn is_business(name: &str) -> bool {
    let capitalized = name.starts_with(is_upper);
    let words = || name.split_whitespace().map(|w| w.trim_end_matches('.'));
    let other = |w: &str| {
        wordlist::has_ignoring_case(GOVERNMENT, w) || wordlist::has_ignoring_case(NOT_BUSINESSES, w)
    };
    // "Upper Kiluma's civil protection service" describes; a name is capitalized.
    let described =
        || words().any(|w| w.len() > 3 && w.starts_with(|c: char| c.is_ascii_lowercase()));
    capitalized && !words().any(other) && !described()
}

/// Organisation words that are no business: "the company" never stands for them.
const NOT_BUSINESSES: &str = "union association federation party society league church";

/// A capitalized name holding a government word: "the agency" can stand for it.
fn is_government(name: &str) -> bool {
    let capitalized = name.starts_with(is_upper);
    capitalized && name.split_whitespace().any(|w| wordlist::has_ignoring_case(GOVERNMENT, w))
}

/// "State Department spokesperson": the one way a spokesperson is named.
fn spokesperson_of(org: &str, role: &str) -> String {
    [org, " ", &role.to_ascii_lowercase()].concat()
}

/// "X spokesperson" → "X".
fn spokesperson_org<'a>(name: &Cow<'a, str>) -> Option<Cow<'a, str>> {
    let (org, role) = name.rsplit_once(' ')?;
    if !wordlist::has_ignoring_case(SPOKESPEOPLE, role) {
        return None;
    }
    Some(match name {
        Cow::Borrowed(name) => Cow::Borrowed(&name[..org.len()]),
        Cow::Owned(_) => Cow::Owned(org.to_string()),
    })
}

/// Spokespeople speak for the organisation just mentioned.
const SPOKESPEOPLE: &str = "spokesperson spokesman spokeswoman";
/// How many sentences back "a spokesperson" looks for its organisation.
const SPOKESPERSON_REACH: usize = 2;

/// What earlier sentences introduced, for anaphora: the latest named speaker
/// of each kind ("he", "it", "they") and, by role word, the names that "the
/// commission", "the spokesperson" or "the statement" can stand for.
#[derive(Default)]
struct Memory<'a> {
    latest: [Option<(usize, Cow<'a, str>)>; 4],
    seen: usize,
    /// (sentence, role word, name, kind), in document order.
    antecedents: Vec<(usize, u128, Cow<'a, str>, Kind)>,
    /// The role word of each name written in the article, once worked out
    /// (see [`Memory::role`]).
    roles: Vec<(&'a str, Option<u128>)>,
}

impl<'a> Memory<'a> {
    /// A memory with room for what an article of `n` sentences introduces.
    fn for_sentences(n: usize) -> Self {
        Memory {
            antecedents: Vec::with_capacity(n),
            roles: Vec::with_capacity(n),
            ..Memory::default()
        }
    }

    /// The role or organisation word a later "the …" may use for `speaker`:
    /// "bank" for "Norway’s central bank", "governor" for "Governor Lina
    /// Ortiz". Asked only of speakers remembered, so not worked out for the
    /// others; worked out once per name, as most speakers are named again
    /// and again and [`role_of`] classifies every word of the name.
    fn role(&mut self, speaker: &Speaker<'a>) -> Option<u128> {
        if speaker.title.is_some() {
            return speaker.title;
        }
        let Cow::Borrowed(name) = speaker.name else {
            return role_of(&speaker.name);
        };
        if let Some(&(_, role)) = self.roles.iter().find(|&&(known, _)| known == name) {
            return role;
        }
        let role = role_of(name);
        self.roles.push((name, role));
        role
    }

    fn remember(&mut self, n: usize, speaker: &Speaker<'a>) {
        self.seen += 1;
        self.latest[speaker.kind as usize] = Some((self.seen, speaker.name.clone()));
        if let Some(role) = self.role(speaker) {
            self.antecedents.push((n, role, speaker.name.clone(), speaker.kind));
        }
    }

    /// "Councilwoman Dana Price, who …, disagreed. “…,” she said": a person
    /// named with a title at the start of a sentence is whom "she" stands for
    /// next, though she reported nothing there.
    fn note_titled_person(
        &mut self,
        s: &Sentence<'a, '_>,
        n: usize,
        range: Range<usize>,
        index: &NameIndex<'a>,
    ) {
        let titled = (range.start..range.end)
            .any(|k| s.lex(k) == Some(Lex::Title) && s.capital(k) && s.capital(k + 1));
        if !titled {
            return;
        }
        if let Some(person) = index.speaker(s, range).filter(|p| p.kind == Kind::Person) {
            self.remember(n, &person);
        }
    }

    /// "he"/"she" → a person, "it" → an organisation, "they" → a group or an
    /// organisation; a speaker of unknown kind fits any; the latest wins.
    fn resolve(&self, pronoun: Kind) -> Option<&Cow<'a, str>> {
        let fits: &[Kind] = match pronoun {
            Kind::Person => &[Kind::Person, Kind::Unknown],
            Kind::Group => &[Kind::Group, Kind::Org, Kind::Unknown],
            _ => &[Kind::Org, Kind::Unknown],
        };
        let candidates = fits.iter().filter_map(|&k| Some((k, self.latest[k as usize].as_ref()?)));
        // For "he"/"she", a lone word of unknown kind ("Lisbon") ranks below people.
        let rank = |(kind, (seen, name)): &(Kind, &(usize, Cow<str>))| {
            (pronoun != Kind::Person || *kind == Kind::Person || name.contains(' '), *seen)
        };
        candidates.max_by_key(rank).map(|(_, (_, name))| name)
    }

    /// "his office", "her lawyer", "its spokesman": the role of whoever the
    /// possessive pronoun at `owner` stands for ("Ana Ruiz's office").
    fn owned(&self, s: &Sentence, owner: usize, head: usize) -> Option<Speaker<'a>> {
        let pronoun = match s.word(owner)? {
            b"his" | b"His" | b"her" | b"Her" => Kind::Person,
            b"its" | b"Its" => Kind::Org,
            _ => return None,
        };
        let name = self.resolve(pronoun)?;
        let role = s.core(head);
        let name = if wordlist::has_ignoring_case(SPOKESPEOPLE, role) {
            spokesperson_of(name, role)
        } else {
            [name, "'s ", role].concat()
        };
        let kind = if s.lex(head) == Some(Lex::Org) { Kind::Org } else { Kind::Person };
        let span = s.tokens[owner].start()..s.tokens[head].core_end();
        Some(Speaker { name: Cow::Owned(name), kind, span, title: packed(role.as_bytes()) })
    }

    /// What the description whose word is `head` (in sentence `n`) stands for:
    /// the latest other name with that role word ("the bank" → "Norway’s
    /// central bank"); for a spokesperson, else the organisation of the last
    /// sentences ("The European Commission … A spokesperson said").
    fn antecedent(&self, s: &Sentence, head: usize, n: usize) -> Option<Speaker<'a>> {
        let key = packed(s.core(head).as_bytes())?;
        let span = s.tokens[head].start()..s.tokens[head].core_end();
        let word = s.core(head);
        let named_so = |name: &str| {
            name.split_whitespace().any(|w| w.trim_end_matches('.').eq_ignore_ascii_case(word))
        };
        let same_role = self.antecedents.iter().rev().find(|(_, role, name, _)| {
            (*role == key || named_so(name)) && !name.eq_ignore_ascii_case(word)
        });
        // "the company" → the latest business; "the agency" → the latest
        // government body ("Federal Aviation Administration"); "the
        // organization" → the latest organisation of any kind.
        let business = || {
            let wanted: fn(&str) -> bool = if wordlist::has_ignoring_case(BUSINESSES, word) {
                is_business
            } else if word.eq_ignore_ascii_case("agency") {
                is_government
            } else if wordlist::has_ignoring_case("organization organisation group", word) {
                |_| true // "the organization": whichever was named last
            } else {
                return None;
            };
            let mut latest = self.antecedents.iter().rev();
            latest.find(|(_, _, name, kind)| *kind == Kind::Org && wanted(name))
        };
        if let Some((_, _, name, kind)) = same_role.or_else(business) {
            // "the association" after its spokesperson spoke: the association.
            let organisation =
                spokesperson_org(name).filter(|_| !wordlist::has_ignoring_case(SPOKESPEOPLE, word));
            let (name, kind) = organisation.map_or((name.clone(), *kind), |org| (org, Kind::Org));
            return Some(Speaker { name, kind, span, title: Some(key) });
        }
        // An ASCII word from here on: lower-cased without Unicode's tables.
        if !wordlist::has_ignoring_case(SPOKESPEOPLE, word) {
            return None;
        }
        let recent = |(seen, _, _, kind): &&(usize, u128, Cow<str>, Kind)| {
            *kind == Kind::Org && seen + SPOKESPERSON_REACH >= n
        };
        let (_, _, org, _) = self.antecedents.iter().rev().find(recent)?;
        Some(Speaker {
            name: Cow::Owned(spokesperson_of(org, word)),
            kind: Kind::Person,
            span,
            title: Some(key),
        })
    }

    /// The organisation that opens sentence `n` as its subject, and where it
    /// starts; remembered before the sentence's own speakers ("Norway’s
    /// central bank cut rates" → "the bank" later).
    fn note_opening(
        &mut self,
        s: &Sentence<'a, '_>,
        n: usize,
        index: &NameIndex<'a>,
    ) -> Option<(usize, Speaker<'a>)> {
        let start = clause_start(s);
        let range = phrase_after(s, start)?;
        // "The Frankfurt-based company …" stands for one named before.
        if description(s, &(start..range.end)).is_some() {
            return None;
        }
        let org = (range.start..range.end).rev().find(|&k| s.lex(k) == Some(Lex::Org));
        // Without an organisation word, only an acronym can make the opening
        // an organisation (see `NameIndex::speaker`); most sentences have
        // neither, and nothing is noted for them.
        let acronym = || (range.start..range.end).any(|k| s.tokens[k].shape == Shape::Acronym);
        if org.is_none() && !acronym() {
            self.note_titled_person(s, n, range, index);
            return None;
        }
        // "Union leaders will meet …": the organisation word only modifies
        // the people who act, so "it" does not become the union.
        if org.is_some_and(|org| !s.capital(org + 1) && s.lex(org + 1) == Some(Lex::Title)) {
            return None;
        }
        let end = org.map_or(range.end, |org| {
            (org..range.end).rev().find(|&k| s.capital(k)).unwrap_or(org) + 1
        });
        let opening = index.speaker(s, range.start..end)?;
        if opening.kind != Kind::Org {
            return org.is_some().then(|| (s.tokens[range.start].start(), opening));
        }
        if let Some(role) = self.role(&opening) {
            self.antecedents.push((n, role, opening.name.clone(), Kind::Org));
        }
        // "Acme Corp. recalled its cars. It said …": the organisation that
        // last acted is what "it" stands for, even if another one spoke before.
        self.seen += 1;
        self.latest[Kind::Org as usize] = Some((self.seen, opening.name.clone()));
        Some((s.tokens[range.start].start(), opening))
    }

    /// Who issued each statement or message sentence `n` introduces ("X said
    /// in a statement", "X issued a statement"): the nearest actor before it
    /// (its `opening` subject or a speaker), for "the statement" later.
    fn note_documents(
        &mut self,
        s: &Sentence,
        n: usize,
        opening: Option<(usize, Speaker<'a>)>,
        said: &[Statement],
    ) {
        // Walked again for each document word (rare), rather than collected for every sentence.
        let actors = || {
            let speakers = said.iter().map(|st| (st.speaker_start, &*st.speaker));
            opening.iter().map(|(at, sp)| (*at, &*sp.name)).chain(speakers)
        };
        for k in 1..s.tokens.len() {
            let issued = s.lex(k) == Some(Lex::Document)
                && !s.is(k - 1, "the")
                && s.lex(k - 1) == Some(Lex::Det);
            let Some(key) = issued.then(|| packed(s.core(k).as_bytes())).flatten() else {
                continue;
            };
            let at = s.tokens[k].start();
            let before = actors().filter(|(pos, _)| *pos < at).max_by_key(|(pos, _)| *pos);
            if let Some((_, author)) = before.or_else(|| actors().next()) {
                self.antecedents.push((n, key, Cow::Owned(author.to_string()), Kind::Org));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (sentence, speaker, cue) of every statement of a document.
    fn found(sentences: &[&str]) -> Vec<(usize, String, String)> {
        find_statements(sentences)
            .into_iter()
            .map(|s| (s.sentence, s.speaker.to_string(), s.cue.to_string()))
            .collect()
    }

    /// Speaker and cue of the only statement of a lone sentence.
    fn only(sentence: &str) -> (String, String) {
        let all = find_statements(&[sentence]);
        assert_eq!(all.len(), 1, "{sentence}: {all:?}");
        (all[0].speaker.to_string(), all[0].cue.to_string())
    }

    fn said(speaker: &str, cue: &str) -> (String, String) {
        (speaker.to_string(), cue.to_string())
    }

    fn at(sentence: usize, speaker: &str, cue: &str) -> (usize, String, String) {
        (sentence, speaker.to_string(), cue.to_string())
    }

    #[test]
    fn subject_before_the_verb_is_the_speaker() {
        assert_eq!(
            only("Officials said at least 1,600 people died in the earthquake."),
            said("Officials", "said")
        );
        assert_eq!(
            only("The central bank said on Tuesday that inflation had eased."),
            said("central bank", "said")
        );
        let staff =
            "Ukraine’s General Staff countered that its defensive operation in certain areas was continuing.";
        assert_eq!(only(staff), said("Ukraine’s General Staff", "countered"));
        let seoul =
            "In January, troops captured two North Korean soldiers and Seoul estimated that some 300 died.";
        assert_eq!(only(seoul), said("Seoul", "estimated"));
    }

    #[test]
    fn told_reuters_keeps_speaker_not_outlet() {
        let reuters = "Countries such as North Korea “bear responsibility,” a State Department spokesperson told Reuters.";
        assert_eq!(only(reuters), said("State Department spokesperson", "told"));
        let quake = "“We are doing everything we can,” the governor told reporters.";
        assert_eq!(only(quake), said("governor", "told"));
    }

    #[test]
    fn inverted_said_after_quote_names_the_speaker() {
        let briefing = "“Their acknowledgement amounts to admitting to a criminal act,” said Jeon Ha-gyu, \
                        spokesperson for the Ministry of National Defense, at a regular briefing on Monday.";
        assert_eq!(only(briefing), said("Jeon Ha-gyu", "said"));
        let bank = "“Prices will keep rising,” said the central bank in a statement on Sunday.";
        assert_eq!(only(bank), said("central bank", "said"));
        let headline =
            "A peace deal needs to happen soon, says Marco Rubio Moscow’s claim could not be verified.";
        assert_eq!(only(headline), said("Marco Rubio", "said"));
    }

    #[test]
    fn according_to_names_the_source() {
        let ap = "The vote was delayed until Friday, according to the Associated Press.";
        assert_eq!(only(ap), said("Associated Press", "according to"));
        let local = "At least 40 people were missing, according to local officials.";
        assert_eq!(only(local), said("local officials", "according to"));
        assert!(found(&["The leader ordered it, according to the statement."]).is_empty());
        let issued = "Two soldiers were wounded, according to a statement from the army.";
        assert_eq!(only(issued), said("army", "according to"));
        let opening = "According to a statement by the Health Ministry, 12 people died.";
        assert_eq!(only(opening), said("Health Ministry", "according to"));
    }

    #[test]
    fn wrote_reports_what_a_judge_or_an_analyst_put_in_writing() {
        let judge = "Chief Justice Ana Verhoeven wrote that the decree was void.";
        assert_eq!(only(judge), said("Ana Verhoeven", "wrote"));
        let note = "Analyst Sophie Laurent wrote in a note to clients that the price was fair.";
        assert_eq!(only(note), said("Sophie Laurent", "wrote"));
        assert!(found(&["She writes for the Guardian."]).is_empty());
    }

    #[test]
    fn asides_before_the_verb_lead_back_to_the_subject() {
        let chained = "Dr. Priya Raman, an emergency physician at Desert Valley Medical Center in Phoenix, \
                       Arizona, who was not involved in the research, said the findings were sobering.";
        assert_eq!(only(chained), said("Priya Raman", "said"));
        let party =
            "The country’s main opposition party, the Social Democrats, called for a new vote.";
        assert_eq!(only(party), said("Social Democrats", "called for"));
        let coauthor = "Co-author Tomás Reyes said hospitals were not ready.";
        assert_eq!(only(coauthor), said("Tomás Reyes", "said"));
    }

    #[test]
    fn wire_copy_attributions() {
        let however = "The Kremlin, however, insisted that its troops had advanced.";
        assert_eq!(only(however), said("Kremlin", "insisted"));
        let sides = "Both sides have denied targeting civilians.";
        assert_eq!(only(sides), said("Both sides", "denied"));
        let particles = "“This is unacceptable,” said Ursula von der Leyen, president of the European Commission.";
        assert_eq!(only(particles), said("Ursula von der Leyen", "said"));
        let governor =
            "The governor of Kharkiv region, Oleh Syniehubov, said three people were injured.";
        assert_eq!(only(governor), said("Oleh Syniehubov", "said"));
        let hyphened = [
            "Marsa's envoy, Deputy Foreign Minister Karim el-Fassi, denied the report.",
            "“We will not sign,” El-Fassi said.",
        ];
        let fassi = "Karim el-Fassi";
        assert_eq!(found(&hyphened), [at(0, fassi, "denied"), at(1, fassi, "said")]);
        let doc = [
            "According to Ukraine’s General Staff, Russia lost 1,200 troops in a day.",
            "The company announced on Tuesday that it would cut 500 jobs.",
        ];
        assert_eq!(found(&doc)[1], at(1, "company", "announced"));
    }

    #[test]
    fn a_spokesperson_for_an_organisation_is_its_spokesperson() {
        let denied = "A spokesperson for Aquaterra denied the claim.";
        assert_eq!(only(denied), said("Aquaterra spokesperson", "denied"));
        let ministry = "A spokeswoman for the Interior Ministry said the curfew would end.";
        assert_eq!(only(ministry), said("Interior Ministry spokeswoman", "said"));
    }

    #[test]
    fn a_portfolio_between_title_and_name_is_no_part_of_the_name() {
        let housing = [
            "Secretary for Housing Mei Lan Ho-yin told reporters that prices would fall.",
            "Ho-yin said the scheme would open in May.",
        ];
        assert_eq!(
            found(&housing),
            [at(0, "Mei Lan Ho-yin", "told"), at(1, "Mei Lan Ho-yin", "said")]
        );
        let chained = "Minister of State for Trade and Industry Arno Keller said exports rose.";
        assert_eq!(only(chained), said("Arno Keller", "said"));
        let affairs = "Minister of Foreign Affairs Ines Varga denied the report.";
        assert_eq!(only(affairs), said("Ines Varga", "denied"));
    }

    #[test]
    fn the_ministry_is_the_one_ministry_the_article_names() {
        let doc = [
            "The decree was issued by the Ministry of Agriculture in March.",
            "The ministry said it was studying the judgment.",
        ];
        assert_eq!(found(&doc)[0], at(1, "Ministry of Agriculture", "said"));
        let two = [
            "Officials from the Ministry of Finance and the Ministry of Health met on Monday.",
            "The ministry said it was studying the plan.",
        ];
        assert_eq!(found(&two)[0].1, "ministry");
    }

    #[test]
    fn documents_are_sources_when_they_say_whose_they_are() {
        let court = "According to court documents, the firm paid €2m.";
        assert_eq!(only(court), said("court documents", "according to"));
        let compiled = "It is the largest deal this year, according to data compiled by Bloomberg.";
        assert_eq!(only(compiled), said("Bloomberg", "according to"));
        assert!(found(&["The leader ordered it, according to the documents."]).is_empty());
    }

    #[test]
    fn a_capitalized_cue_inside_a_name_is_no_report() {
        let journal =
            "A study published Wednesday in the journal Climate and Health Reports has found it.";
        assert!(found(&[journal]).is_empty());
        let aside = "Judge Pavel Rehak, one of the two dissenting judges, said the state had acted lawfully.";
        assert_eq!(only(aside), said("Pavel Rehak", "said"));
    }

    #[test]
    fn unnamed_sources_keep_what_describes_them() {
        let familiar = "The talks stalled in March, people familiar with the matter said.";
        assert_eq!(only(familiar), said("people familiar with the matter", "said"));
        let close = "Sources close to the minister said she would resign.";
        assert_eq!(only(close), said("Sources close to the minister", "said"));
        let at = "Hydrologists at the University of Tessel estimated that the river would dry up.";
        assert_eq!(only(at), said("Hydrologists at the University of Tessel", "estimated"));
    }

    #[test]
    fn an_aside_between_subject_and_verb_keeps_the_subject() {
        let aside = "The interior ministry, in a statement, said the curfew would be lifted.";
        assert_eq!(only(aside), said("interior ministry", "said"));
        let dated = "The company, on Monday, said profits had doubled.";
        assert_eq!(only(dated), said("company", "said"));
    }

    #[test]
    fn what_follows_said_with_its_own_verb_is_not_the_speaker() {
        assert!(found(&["Yesterday, said the curfew would be lifted."]).is_empty());
    }

    #[test]
    fn cited_as_saying_credits_the_quoted_person() {
        let doc = [
            "North Korean leader Lee Jun Ho ordered the deployment.",
            "“They who fought for justice are all heroes,” NCNA quoted Lee as saying.",
        ];
        assert_eq!(found(&doc), [at(1, "Lee Jun Ho", "said")]);
        let commission =
            "NCNA state news agency cited the North’s ruling party as saying the battle was won.";
        assert_eq!(only(commission), said("North’s ruling party", "said"));
        let describing = "The agency cited Lee as describing the mission as sacred.";
        assert_eq!(only(describing), said("Lee", "said"));
    }

    #[test]
    fn pronoun_resolves_to_last_named_speaker() {
        let doc = [
            "In response, Ukraine’s president Andriy Melnyk said on Sunday that the army was fighting.",
            "The ministry said it was checking the reports.",
            "“Our military continues to perform tasks,” he said.",
        ];
        let statements = find_statements(&doc);
        assert_eq!(&*statements[2].speaker, "Andriy Melnyk");
        assert_eq!(&doc[2][statements[2].speaker_start..statements[2].speaker_end], "he");

        let it = [
            "The official Northland Central News Agency said Monday the operation was over.",
            "It said the decision followed the treaty.",
        ];
        assert_eq!(found(&it)[1], at(1, "Northland Central News Agency", "said"));
        let they = [
            "Ukrainian officials said the claim was false.",
            "They added that fighting continued.",
        ];
        assert_eq!(found(&they)[1], at(1, "Ukrainian officials", "added"));
        let modifier = [
            "Verbund Handel, the union for store staff, warned that jobs could go.",
            "Union leaders will meet management next week, it said.",
        ];
        assert_eq!(found(&modifier)[1], at(1, "Verbund Handel", "said"));
    }

    #[test]
    fn pronouns_resolve_only_as_main_subject_with_an_antecedent() {
        assert!(found(&["He said nothing would change."]).is_empty());
        let clause =
            ["Putin said the talks went well.", "They met in June when they announced the treaty."];
        assert_eq!(found(&clause), [at(0, "Putin", "said")]);
    }

    #[test]
    fn surname_expands_to_fullest_name_in_document() {
        let later =
            ["Melnyk said the front was holding.", "President Andriy Melnyk thanked the troops."];
        assert_eq!(found(&later), [at(0, "Andriy Melnyk", "said")]);
        let briefing = [
            "Unification Ministry spokesman Koo Byoung-sam said at a briefing that troops must withdraw.",
            "The deployment is a clear illegal act, Koo added.",
        ];
        assert_eq!(
            found(&briefing),
            [at(0, "Koo Byoung-sam", "said"), at(1, "Koo Byoung-sam", "added")]
        );
        let org = [
            "The Central Military Commission met.",
            "NCNA cited the Commission as saying the war was won.",
        ];
        assert_eq!(found(&org), [at(1, "Central Military Commission", "said")]);
    }

    #[test]
    fn acronym_maps_to_long_form() {
        let declared = [
            "“The operations were concluded,” the North’s state-run Northland Central News Agency, or NCNA, reported.",
            "The order came from the leader, said the NCNA.",
        ];
        let agency = "Northland Central News Agency";
        assert_eq!(found(&declared), [at(0, agency, "reported"), at(1, agency, "said")]);
        let by_initials = [
            "The official Northland Central News Agency said Monday citing the commission.",
            "The troops showed spirit, NCNA added.",
        ];
        assert_eq!(found(&by_initials), [at(0, agency, "said"), at(1, agency, "added")]);
        let parenthesis =
            ["The World Health Organization (WHO) met on Monday.", "WHO warned of shortages."];
        assert_eq!(found(&parenthesis), [at(1, "World Health Organization", "warned")]);
        assert_eq!(only("NATO said it was ready."), said("NATO", "said"));
    }

    #[test]
    fn titles_and_modifiers_are_stripped() {
        assert_eq!(
            only("North Korean leader Lee Jun Ho said the troops were heroes.").0,
            "Lee Jun Ho"
        );
        assert_eq!(
            only("Russian Deputy Foreign Minister Andrei Rudenko told Russian media the talks went on.").0,
            "Andrei Rudenko"
        );
        assert_eq!(
            only("Russian Chief of General Staff Pavel Orlov reported the region was retaken.").0,
            "Pavel Orlov"
        );
        assert_eq!(
            only("Fed Chair Jerome Powell warned that rates could rise.").0,
            "Jerome Powell"
        );
        assert_eq!(only("Apple CEO Tim Cook told analysts that demand was strong.").0, "Tim Cook");
        let doctor =
            "“The risk remains high,” said Dr. Maria Van Kerkhove, the agency’s technical lead.";
        assert_eq!(only(doctor).0, "Maria Van Kerkhove");
        let agency = "the official Northland Central News Agency said Monday citing North Korea’s Central Military Commission.";
        assert_eq!(only(agency), said("Northland Central News Agency", "said"));
        let outlet = "U.S. online publication Axios reported on Sunday that talks were held.";
        assert_eq!(only(outlet).0, "Axios");
    }

    #[test]
    fn asides_between_subject_and_verb_are_skipped() {
        let relative =
            "US President Donald Trump, who has dialed up pressure on Kyiv to reach a peace accord, \
                        said Russia and Ukraine were very close to an agreement.";
        assert_eq!(only(relative), said("Donald Trump", "said"));
        let role = "Pavel Orlov, chief of the General Staff of the Russian Armed Forces, confirmed their participation.";
        assert_eq!(only(role), said("Pavel Orlov", "confirmed"));
        assert_eq!(
            only("Lee Jun Ho, North Korea’s leader, said on Monday that the mission was complete.")
                .0,
            "Lee Jun Ho"
        );
        assert_eq!(
            only("In a statement, the foreign ministry said the talks had failed.").0,
            "foreign ministry"
        );
        assert_eq!(
            only("A destroyer, which NCNA said was equipped with new weapons, was launched.").0,
            "NCNA"
        );
    }

    #[test]
    fn auxiliaries_adverbs_and_tenses_are_normalized() {
        let cases = [
            (
                "South Korean and Ukraine intelligence officials have said The junta sent troops.",
                "South Korean and Ukraine intelligence officials",
                "said",
            ),
            ("The junta sent 16,000 troops, Ukrainian officials have said.", "Ukrainian officials", "said"),
            ("Orlov also confirmed that the soldiers fought.", "Orlov", "confirmed"),
            (
                "North Korea on Monday acknowledged for the first time that it deployed troops.",
                "North Korea",
                "acknowledged",
            ),
            ("Ukraine estimates as many as 16,000 soldiers are in Russia.", "Ukraine", "estimated"),
            ("Ukraine’s air force says Russia launched 86 drones overnight.", "Ukraine’s air force", "said"),
            ("The company flatly denies the allegations.", "company", "denied"),
            (
                "Ukrainian military and intelligence officials have assessed that the troops learned fast.",
                "Ukrainian military and intelligence officials",
                "assessed",
            ),
        ];
        for (sentence, speaker, cue) in cases {
            assert_eq!(only(sentence), said(speaker, cue), "{sentence}");
        }
    }

    #[test]
    fn organisations_places_and_passives_speak() {
        let kyiv = "Kyiv denied the claim and said their troops were still operating in Belgorod.";
        assert_eq!(only(kyiv), said("Kyiv", "denied"));
        let both =
            "Russia said last week that Ukrainian forces had been expelled, although Kyiv denied the claim.";
        assert_eq!(found(&[both]), [at(0, "Russia", "said"), at(0, "Kyiv", "denied")]);
        assert_eq!(only("The claim was denied by the Kremlin."), said("Kremlin", "denied"));
        assert_eq!(
            only("Police in the capital said two people were arrested.").0,
            "Police in the capital"
        );
        assert_eq!(only("State media reports said the leaders met.").0, "State media reports");
    }

    #[test]
    fn several_attributions_in_one_sentence() {
        let two = "The government urged the withdrawal of troops, Unification Ministry spokesman Koo Byoung-sam said at a briefing.";
        assert_eq!(found(&[two]), [at(0, "government", "urged"), at(0, "Koo Byoung-sam", "said")]);
    }

    #[test]
    fn words_that_only_look_like_reports_are_not_statements() {
        let sentences = [
            "Both sides signed the said treaty in 1961.",
            "Moscow’s claim could not be independently verified.",
            "The junta sent an estimated total of 16,000 troops.",
            "The North Korean statement didn’t say how many troops died.",
            "North Korea hadn’t confirmed or denied the deployment.",
            "It follows Russia’s claim that it has retaken the region.",
            "The so-called confirmation took months.",
            "It was reported that the border had closed.",
            "Officials plan to announce the results on Friday.",
            "Claims of victory spread quickly, saying nothing.",
            "The army denied claims that fighting had ended, stating that operations continue.",
        ];
        for sentence in &sentences[..10] {
            assert!(found(&[sentence]).is_empty(), "{sentence}: {:?}", found(&[sentence]));
        }
        assert_eq!(only(sentences[10]), said("army", "denied"));
    }

    #[test]
    fn reporting_verbs_inside_quotes_are_not_cues() {
        assert_eq!(only("“People say we are finished,” the mayor said."), said("mayor", "said"));
        let spanning =
            ["“We will fight on.", "Nobody said it would be easy,” the commander told troops."];
        assert_eq!(found(&spanning), [at(1, "commander", "told")]);
        assert_eq!(
            only("\"They said no,\" she said, after the mayor said yes."),
            said("mayor", "said")
        );
    }

    #[test]
    fn offsets_point_at_the_speaker_and_the_cue() {
        let sentence = "“We are holding,” says Jeon Ha-gyu, spokesperson for the ministry.";
        let st = &find_statements(&[sentence])[0];
        assert_eq!(&sentence[st.speaker_start..st.speaker_end], "Jeon Ha-gyu");
        assert_eq!(&sentence[st.cue_start..st.cue_end], "says");
        let source = "Troops left, according to NCNA’s report.";
        let st = &find_statements(&[source])[0];
        assert_eq!(&source[st.cue_start..st.cue_end], "according to");
    }

    #[test]
    fn odd_input_never_panics_and_offsets_are_char_boundaries() {
        let odd = [
            "",
            " ",
            "said",
            "”",
            "“",
            "’s",
            "s’",
            "He said",
            ", said",
            "according to",
            "according",
            "cited as",
            "NCNA quoted as saying",
            "was denied by",
            "Lee’s",
            "é said Ω",
            "\"",
            "“”",
            "Ünal Şahin said, “Ça va,” said Émile.",
            "—said— X",
            "U.S.",
            "a.b.c.",
            "1,600,",
            ", who said",
            "the the the said",
            "Ω’s’s said",
            "AB (AB) said",
            "Foo, or FOO, said",
            "said by",
        ];
        let long = "Officials said, “Lee”, and Seoul of the Ministry ".repeat(300);
        let mut doc: Vec<&str> = odd.to_vec();
        doc.push(&long);
        let doc: Vec<&str> = doc.iter().cycle().take(3000).copied().collect();
        for st in find_statements(&doc) {
            let s = doc[st.sentence];
            for offset in [st.speaker_start, st.speaker_end, st.cue_start, st.cue_end] {
                assert!(s.is_char_boundary(offset), "{st:?}");
            }
            assert!(st.speaker_start < st.speaker_end && st.cue_start < st.cue_end, "{st:?}");
        }
        assert!(find_statements(&[]).is_empty());
    }

    #[test]
    fn newer_reporting_verbs_are_cues() {
        let cases = [
            ("The union hailed the agreement as a victory for nurses.", "union", "hailed"),
            (
                "Opposition lawmakers condemned the budget cuts.",
                "Opposition lawmakers",
                "condemned",
            ),
            ("The league dismissed the report as speculation.", "league", "dismissed"),
            ("Critics have derided the stadium plan as a vanity project.", "Critics", "derided"),
            ("The regulator characterised the outage as avoidable.", "regulator", "characterized"),
            (
                "The Health Ministry called for calm after the outbreak.",
                "Health Ministry",
                "called for",
            ),
        ];
        for (sentence, speaker, cue) in cases {
            assert_eq!(only(sentence), said(speaker, cue), "{sentence}");
        }
        assert!(found(&["Fans called the referee a disgrace."]).is_empty());
    }

    #[test]
    fn one_statement_per_speaker_with_the_first_cue() {
        let coordinated =
            "Mayor Ana Lopes visited the flooded district and announced new shelters.";
        assert_eq!(only(coordinated), said("Ana Lopes", "announced"));
        let two_cues = "The airline denied the delays were deliberate and said crews were ill.";
        assert_eq!(only(two_cues), said("airline", "denied"));
        let participle =
            "The Fire Service has warned against travel, falsely claiming the roads were closed.";
        assert_eq!(only(participle), said("Fire Service", "warned"));
        let alone =
            "The Port Authority has defended the fee, claiming that dredging costs doubled.";
        assert_eq!(only(alone), said("Port Authority", "claimed"));
        let gerund = "The striker left the club despite Benfica insisting he was not for sale.";
        assert_eq!(only(gerund), said("Benfica", "insisted"));
    }

    #[test]
    fn speakers_must_be_able_to_speak() {
        assert!(found(&["A tally of 40 deaths announced by noon was revised."]).is_empty());
        let polled = "Nine of 12 economists polled by Bloomberg last month said prices would fall.";
        assert_eq!(only(polled), said("economists polled by Bloomberg", "said"));
        let time = "Regional officials earlier this week said the dam was safe.";
        assert_eq!(only(time), said("Regional officials", "said"));
    }

    #[test]
    fn lists_coordination_and_examples_stay_one_speaker() {
        let list = "German, French and Italian health officials have said the vaccine is safe.";
        assert_eq!(only(list), said("German, French and Italian health officials", "said"));
        let its = "Boeing and its suppliers have denied any wrongdoing.";
        assert_eq!(only(its), said("Boeing and its suppliers", "denied"));
        let examples = "The big retailers including Aldi and Lidl have warned of shortages.";
        assert_eq!(only(examples), said("big retailers", "warned"));
        let place = "The Royal Infirmary in Dunmore confirmed that it had treated 40 people.";
        assert_eq!(only(place), said("Royal Infirmary", "confirmed"));
        // A described place stays with the people it describes.
        let region = "Officials in the region said roads were closed.";
        assert_eq!(only(region), said("Officials in the region", "said"));
        let opener = "However, Spanish and Portuguese officials said the count was accurate.";
        assert_eq!(only(opener), said("Spanish and Portuguese officials", "said"));
    }

    #[test]
    fn declared_acronyms_and_named_roles() {
        let doc = [
            "The National Oceanic and Atmospheric Administration (NOAA) said the storm would strengthen.",
            "NOAA added that landfall was likely on Friday.",
        ];
        let noaa = "National Oceanic and Atmospheric Administration";
        assert_eq!(found(&doc), [at(0, noaa, "said"), at(1, noaa, "added")]);
        let owner =
            "Kenya’s Independent Electoral and Boundaries Commission (IEBC) said turnout was high.";
        assert_eq!(only(owner).0, "Independent Electoral and Boundaries Commission");
        let role = "The club’s spokesman, Tom Berg, dismissed the rumours.";
        assert_eq!(only(role), said("Tom Berg", "dismissed"));
        let prefix = "The United Nations Office for the Coordination of Humanitarian Affairs (OCHA) warned of hunger.";
        assert_eq!(
            only(prefix).0,
            "United Nations Office for the Coordination of Humanitarian Affairs"
        );
        let described =
            "The newly formed Independent Review Panel (IRP) said it would report in June.";
        assert_eq!(only(described).0, "Independent Review Panel");
        let complement =
            "The Executive Committee of the city’s largest teachers’ union said the strike would go ahead.";
        assert_eq!(only(complement).0, "Executive Committee");
    }

    #[test]
    fn figures_name_who_issued_them() {
        let from = "Most of the sick are children, according to figures from the ministry.";
        assert_eq!(only(from), said("ministry", "according to"));
        let own = "About 62 percent ran on time, according to the agency's own statistics.";
        assert_eq!(only(own), said("agency", "according to"));
        let named = "Jobless claims rose, according to Labor Department figures.";
        assert_eq!(only(named), said("Labor Department", "according to"));
        let abbreviation = [
            "The U.N. Security Council met on Monday.",
            "About 40,000 fled, according to U.N. estimates.",
        ];
        assert_eq!(found(&abbreviation), [at(1, "U.N.", "according to")]);
    }

    #[test]
    fn some_verbs_report_speech_only_before_that() {
        let replied = "Maria Lopez, the head of the agency, replied that funds were short.";
        assert_eq!(only(replied), said("Maria Lopez", "replied"));
        let cautioned = "Scientists cautioned that the data were preliminary.";
        assert_eq!(only(cautioned), said("Scientists", "cautioned"));
        assert_eq!(only("“It was a mistake,” Lopez conceded."), said("Lopez", "conceded"));
        for object in [
            "The pilot cautioned passengers to stay seated.",
            "Residents complained about the noise.",
        ] {
            assert!(find_statements(&[object]).is_empty(), "{object}");
        }
    }

    #[test]
    fn descriptions_resolve_to_the_latest_fuller_name() {
        let bank = [
            "Norway’s central bank held rates on Thursday.",
            "Growth was slowing, the bank said in a statement.",
        ];
        assert_eq!(found(&bank), [at(1, "Norway’s central bank", "said")]);
        let department = [
            "The Department of Water Resources said reservoirs were at 40 percent.",
            "The Forestry Department was not consulted.",
            "Rationing could start in May, the department added.",
        ];
        assert_eq!(found(&department)[1], at(2, "Forestry Department", "added"));
        let governor = [
            "Provincial Governor Lina Ortiz said 30 homes were destroyed.",
            "The governor later told reporters that aid had arrived.",
        ];
        assert_eq!(found(&governor)[1], at(1, "Lina Ortiz", "told"));
        let spokesperson = [
            "The European Commission expressed concern about the merger.",
            "A spokesperson said the review would take months.",
            "The spokesperson added that no decision had been made.",
        ];
        let role = "European Commission spokesperson";
        assert_eq!(found(&spokesperson), [at(1, role, "said"), at(2, role, "added")]);
        assert_eq!(only("The ministry said the road was closed."), said("ministry", "said"));
    }

    #[test]
    fn the_statement_is_its_issuer() {
        let doc = [
            "The Football Association issued a statement backing the referee.",
            "The statement warned that abuse would not be tolerated.",
            "Three fans were banned, according to the statement.",
        ];
        let fa = "Football Association";
        assert_eq!(found(&doc), [at(1, fa, "warned"), at(2, fa, "according to")]);
        let said_in = [
            "Rail operators said in a statement that services would resume.",
            "Engineers worked overnight, according to the statement.",
        ];
        assert_eq!(found(&said_in)[1], at(1, "Rail operators", "according to"));
        let in_quote = "Tom Berg said, according to the statement, that he would stay.";
        assert_eq!(found(&[in_quote]), [at(0, "Tom Berg", "said")]);
    }

    #[test]
    fn he_prefers_people_to_lone_places() {
        let doc = [
            "Mayor Ana Lopes said the bridge would reopen despite Lisbon claiming it was unsafe.",
            "“We checked every bolt,” she said.",
        ];
        assert_eq!(found(&doc)[2], at(1, "Ana Lopes", "said"));
    }

    #[test]
    fn words_pack_as_zero_padded_little_endian() {
        let text = b"AbcdefghijklmnopQ";
        for n in 0..=text.len() {
            let mut buffer = [0u8; 16];
            let expected = (n <= 16).then(|| {
                buffer[..n].copy_from_slice(&text[..n]);
                u128::from_le_bytes(buffer)
            });
            assert_eq!(little_endian(&text[..n]), expected, "{n} bytes");
        }
        assert_eq!(packed(b"Said"), packed(b"said"));
    }

    #[test]
    fn a_word_ends_before_a_mark_that_joins_nothing() {
        let head = |text: &str| padded_word(text.as_bytes(), 0);
        assert!(ends_at(head("said, he"), 4));
        assert!(ends_at(head("year."), 4));
        assert!(ends_at(head("said \u{201C}"), 4));
        // Read on by `word_end`: a mark that may join, or one past the eight bytes.
        assert!(!ends_at(head("U.S."), 1));
        assert!(!ends_at(head("1,600"), 1));
        assert!(!ends_at(head("Ha-gyu"), 2));
        assert!(!ends_at(head("hadn't"), 4));
        assert!(!ends_at(head("caf\u{E9}"), 3));
        assert!(!ends_at(head("year.\u{201D}"), 4));
        assert!(!ends_at(head("Bahrain."), 7));
    }

    #[test]
    fn tokens_are_small_and_the_lexicon_sparse() {
        assert!(std::mem::size_of::<Token>() <= 20);
        assert!(lexicon().len() * 6 <= SLOTS, "{} words", lexicon().len());
    }

    #[test]
    fn every_lexicon_word_has_one_class() {
        let verbs = VERBS
            .iter()
            .flat_map(|(_, forms)| wordlist::words(forms))
            .filter(|&w| w != "-")
            .count();
        let others: usize =
            WORD_CLASSES.iter().map(|(_, words)| wordlist::words(words).count()).sum();
        assert_eq!(lexicon().len(), verbs + others);
    }

    #[test]
    fn local_roles_before_a_name_are_stripped() {
        let sheriff = "Maricopa County Sheriff Dana Whitfield said the road would reopen.";
        assert_eq!(only(sheriff).0, "Dana Whitfield");
        let officer = "Chief Operating Officer Priya Natarajan said margins improved.";
        assert_eq!(only(officer).0, "Priya Natarajan");
        let fire = "Harbor Authority Executive Director Miles Grant said ships were waiting.";
        assert_eq!(only(fire).0, "Miles Grant");
    }

    #[test]
    fn names_are_borrowed_unless_their_spacing_changes() {
        for name in ["Ana Lopes", "Norway’s central bank", "Zoë"] {
            assert!(matches!(single_spaced(name), Cow::Borrowed(n) if n == name));
        }
        for name in ["Ana  Lopes", "Ana\nLopes", "Ana\u{a0}Lopes", "Norway’s\r\ncentral bank"] {
            let spaced = single_spaced(name);
            assert!(matches!(spaced, Cow::Owned(_)), "{name:?}");
            assert_eq!(spaced, name.split_whitespace().collect::<Vec<_>>().join(" "));
        }
    }

    #[test]
    fn role_words_are_worked_out_once_per_name() {
        let speaker =
            |name, title| Speaker { name: Cow::Borrowed(name), kind: Kind::Org, span: 0..0, title };
        let mut memory = Memory::default();
        let bank = speaker("Norway’s central bank", None);
        for _ in 0..2 {
            assert_eq!(memory.role(&bank), packed(b"bank"));
        }
        assert_eq!(memory.role(&speaker("Ana Lopes", None)), None);
        assert_eq!(memory.role(&speaker("Ana Lopes", packed(b"minister"))), packed(b"minister"));
        assert_eq!(memory.roles, [("Norway’s central bank", packed(b"bank")), ("Ana Lopes", None)]);
    }

    #[test]
    fn declared_long_forms_drop_their_determiner() {
        let doc = [
            "The Association of Southeast Asian Nations (ASEAN) met on Monday.",
            "The ASEAN said talks would continue.",
        ];
        assert_eq!(found(&doc), [at(1, "Association of Southeast Asian Nations", "said")]);
    }

    #[test]
    fn people_at_an_organisation_keep_the_whole_description() {
        let at_bank = "Analysts at Barclays said the rally would fade.";
        assert_eq!(only(at_bank).0, "Analysts at Barclays");
        let inverted = "“The rally will fade,” said economists at Nomura.";
        assert_eq!(only(inverted).0, "economists at Nomura");
    }

    #[test]
    fn a_coordinated_report_after_another_verb_credits_the_subject() {
        let mayor = "The mayor visited the site and said rebuilding would start soon.";
        assert_eq!(only(mayor), said("mayor", "said"));
        let acronym =
            "The Disaster Relief Agency (DRA) has sent 40 medics and warned that roads were cut.";
        assert_eq!(only(acronym), said("Disaster Relief Agency", "warned"));
        let but = "The agency has appealed for $2m, but says it has received little.";
        assert_eq!(only(but), said("agency", "said"));
        // An irregular past after an organisation: "forecast", "took".
        let forecast = "The weather service forecast more rain and warned that rivers could rise.";
        assert_eq!(only(forecast), said("weather service", "warned"));
        let took = "Rebel forces took the airport on Monday and claimed that the road was open.";
        assert_eq!(only(took), said("Rebel forces", "claimed"));
        // A relative clause between the subject and its first verb.
        let aside =
            "Governor Ana Ruiz, who toured the camp, pledged $5m and said more would follow.";
        assert_eq!(only(aside), said("Ana Ruiz", "said"));
    }

    #[test]
    fn a_parenthesis_after_a_name_and_council_members() {
        let ward = "Council member Ana Ruiz (Ward 3), who led the push, said the vote was overdue.";
        assert_eq!(only(ward), said("Ana Ruiz", "said"));
        let inverted = "“It is overdue,” said Council member Ana Ruiz (Ward 3), who led the push.";
        assert_eq!(only(inverted), said("Ana Ruiz", "said"));
    }

    #[test]
    fn the_mayor_and_the_group_are_the_ones_the_article_named() {
        let doc = [
            "The plan, which Mayor Kevin Ashby proposed last fall, passed.",
            "The Tenants Association warned that rents would rise.",
            "The mayor has said the city needs the plan.",
            "The group said it would sue.",
        ];
        assert_eq!(
            found(&doc),
            [
                at(1, "Tenants Association", "warned"),
                at(2, "Kevin Ashby", "said"),
                at(3, "Tenants Association", "said")
            ]
        );
    }

    #[test]
    fn an_owner_and_a_company_name_the_source_of_their_figures() {
        let owner =
            "About 2,000 people live nearby, according to Upper Kiluma's civil protection service.";
        assert_eq!(only(owner), said("Upper Kiluma's civil protection service", "according to"));
        let company = [
            "Orvanta Mining Ltd said 19 workers were missing.",
            "The mine produced 2.4 tonnes last year, according to company figures.",
        ];
        assert_eq!(found(&company)[1], at(1, "Orvanta Mining Ltd", "according to"));
    }

    #[test]
    fn she_is_the_titled_person_who_opened_the_sentence_before() {
        let doc = [
            "“We did what we could,” said Maria Ortega, the city’s fire chief.",
            "Councilwoman Dana Price, who represents the district, disagreed.",
            "“This was preventable,” she said.",
        ];
        assert_eq!(found(&doc)[1], at(2, "Dana Price", "said"));
    }

    #[test]
    fn a_reply_before_a_colon_reports_and_nobody_reports_nothing() {
        let replied = "Asked whether he would resign, the mayor replied: “Absolutely not.”";
        assert_eq!(only(replied), said("mayor", "replied"));
        for nobody in ["Neither side has confirmed the figures.", "No official denied the report."]
        {
            assert!(find_statements(&[nobody]).is_empty(), "{nobody}");
        }
    }

    #[test]
    fn groups_of_organisations_and_officials_from_somewhere_speak() {
        let groups = "The UN warned of famine, while aid groups said deliveries had slowed.";
        assert_eq!(found(&[groups]), [at(0, "UN", "warned"), at(0, "aid groups", "said")]);
        assert_eq!(only("Both sides said the talks were useful."), said("Both sides", "said"));
        let from = "Talks failed on Monday, officials from both sides said.";
        assert_eq!(only(from), said("officials from both sides", "said"));
    }

    #[test]
    fn his_office_and_its_spokesman_belong_to_whoever_the_pronoun_stands_for() {
        let office = [
            "Prime Minister Ana Ruiz vowed that the strikes would go on.",
            "His office later said a delegation would travel to Lisbon.",
        ];
        assert_eq!(found(&office)[1], at(1, "Ana Ruiz's office", "said"));
        let spokesman = [
            "The Fisheries Commission closed the bay on Monday.",
            "Its spokesman said it would reopen soon.",
        ];
        assert_eq!(found(&spokesman), [at(1, "Fisheries Commission spokesman", "said")]);
    }

    #[test]
    fn an_indefinite_subject_speaks_only_if_it_can() {
        assert!(find_statements(&["A truce announced on Feb. 3 collapsed within days."]).is_empty());
        assert_eq!(only("A woman told reporters the train was fast."), said("woman", "told"));
        assert_eq!(
            only("A spokesperson said the talks would resume."),
            said("spokesperson", "said")
        );
    }

    #[test]
    fn nouns_and_hospital_admissions_are_not_cues() {
        for sentence in [
            "Officials gave conflicting reports about the casualties.",
            "Farmers made a demand for subsidies.",
            "Three people admitted to hospital were later released.",
            "The death rate among patients admitted to cholera treatment centres fell.",
            "Two climbers were admitted into intensive care.",
        ] {
            assert_eq!(found(&[sentence]), [], "{sentence}");
        }
        assert_eq!(
            only("The minister admitted to reporters that the plan had failed."),
            said("minister", "admitted")
        );
    }

    #[test]
    fn business_descriptions_resolve_to_the_latest_business() {
        let utility = [
            "Pacific Gas and Electric Co. cut power to 20,000 homes.",
            "The utility said crews were inspecting lines.",
        ];
        assert_eq!(found(&utility), [at(1, "Pacific Gas and Electric Co", "said")]);
        let airline = [
            "The Ministry of Transport opened an inquiry.",
            "Delta Air Lines Inc. cancelled flights.",
            "The airline said storms were to blame.",
        ];
        assert_eq!(found(&airline), [at(2, "Delta Air Lines Inc", "said")]);
        let based = [
            "Nordlicht Optik SE agreed to buy a rival.",
            "The deal closes in May, the Hamburg-based company said.",
            "The Hamburg-based firm said it would keep both brands.",
        ];
        assert_eq!(
            found(&based),
            [at(1, "Nordlicht Optik SE", "said"), at(2, "Nordlicht Optik SE", "said")]
        );
        let organisation = [
            "The International Federation of Mountain Rescue (IFMR) said 12 climbers were found.",
            "Two were still missing, according to the organisation.",
        ];
        let ifmr = "International Federation of Mountain Rescue";
        assert_eq!(found(&organisation), [at(0, ifmr, "said"), at(1, ifmr, "according to")]);
        let union = [
            "Acme Corp. cut 300 jobs.",
            "The Transport and Rail Union called a strike.",
            "Sales fell, the company said.",
        ];
        assert_eq!(found(&union), [at(2, "Acme Corp", "said")]);
        // No business named: the description stays as written.
        let none = ["The Ministry of Finance raised taxes.", "The company said costs rose."];
        assert_eq!(found(&none), [at(1, "company", "said")]);
        let agency = [
            "The Federal Aviation Administration grounded the jets.",
            "The agency said inspections were due.",
        ];
        assert_eq!(found(&agency), [at(1, "Federal Aviation Administration", "said")]);
        let white_house = [
            "The White House said the president had been briefed.",
            "The airline said the flight landed safely.",
        ];
        assert_eq!(found(&white_house), [at(0, "White House", "said"), at(1, "airline", "said")]);
        let health = [
            "The World Health Organization warned of new cases.",
            "The agency said vaccines were on the way.",
        ];
        assert_eq!(
            found(&health),
            [
                at(0, "World Health Organization", "warned"),
                at(1, "World Health Organization", "said")
            ]
        );
    }

    #[test]
    fn a_description_named_in_an_aside_is_the_name() {
        let ferry = "The ferry company, Baltic Crossings, said in a statement that all passengers were safe.";
        assert_eq!(only(ferry), said("Baltic Crossings", "said"));
    }

    #[test]
    fn an_aside_after_a_declared_acronym_leads_back_to_its_name() {
        let grid = "The National Grid Agency (NGA), which runs the transmission network, confirmed on Monday that power was back.";
        assert_eq!(only(grid), said("National Grid Agency", "confirmed"));
    }

    #[test]
    fn but_she_goes_on_from_the_last_speaker() {
        let found = found(&[
            "Ana Lopes, an economist at Norvik Bank, said growth would slow.",
            "But she warned that prices could rise.",
        ]);
        assert_eq!(found, vec![at(0, "Ana Lopes", "said"), at(1, "Ana Lopes", "warned")]);
    }

    #[test]
    fn a_report_after_a_and_a_modifier_is_a_noun() {
        assert!(
            find_statements(&["The board expects to publish a final report in May."]).is_empty()
        );
        assert!(
            find_statements(&["The inspectors sent an interim report to the ministry."]).is_empty()
        );
        // A base form that opens the sentence has nothing before it to read.
        assert!(find_statements(&["report that the road is open."]).is_empty());
        assert_eq!(
            only("Local officials report that the road is open."),
            said("Local officials", "reported")
        );
    }

    #[test]
    fn estimates_and_reports_by_someone_name_their_source() {
        let exports = "Exports fell by a third, according to estimates by Halden Research.";
        assert_eq!(only(exports), said("Halden Research", "according to"));
    }

    #[test]
    fn prosecutors_and_legislators_speak() {
        let lyon = "The suspect has not been charged, prosecutors in Lyon said.";
        assert_eq!(only(lyon), said("prosecutors in Lyon", "said"));
        assert_eq!(
            only("Legislator Mia Tan claimed the bill was rushed."),
            said("Mia Tan", "claimed")
        );
    }

    #[test]
    fn the_organisation_its_spokesperson_spoke_for_is_the_organisation() {
        let found = found(&[
            "A spokesperson for the Northern Farmers Union said members would protest.",
            "The union denied that it had been paid.",
        ]);
        assert_eq!(
            found,
            vec![
                at(0, "Northern Farmers Union spokesperson", "said"),
                at(1, "Northern Farmers Union", "denied")
            ]
        );
    }

    #[test]
    fn the_owner_of_a_statement_speaks() {
        let found = found(&[
            "The Ministry of Defence said three soldiers died.",
            "The ministry’s statement said 14 had been hurt.",
        ]);
        assert_eq!(
            found,
            vec![at(0, "Ministry of Defence", "said"), at(1, "Ministry of Defence", "said")]
        );
        assert_eq!(
            only("The army’s latest statement said the town had fallen."),
            said("army", "said")
        );
    }

    #[test]
    fn he_is_a_person_not_a_news_agency() {
        let found = found(&[
            "Ivan Petrov, the ministry spokesman, denied the reports.",
            "The Associated Press reported that 12 people died.",
            "He later told reporters that the plan was on track.",
        ]);
        assert_eq!(found[2], at(2, "Ivan Petrov", "told"));
    }

    #[test]
    fn a_document_speaks_for_whoever_published_it() {
        let bank = "The report, published on Thursday by the World Bank, said growth would slow.";
        assert_eq!(only(bank), said("World Bank", "said"));
        let plain = "The report, which runs to 90 pages, said growth would slow.";
        assert_eq!(only(plain), said("report", "said"));
    }

    #[test]
    fn a_report_named_as_a_source_is_no_report_of_its_own() {
        let media = "According to local media reports, at least 20 people were hurt.";
        assert_eq!(only(media), said("local media reports", "according to"));
    }

    #[test]
    fn it_prefers_the_organisation_that_last_acted() {
        let doc = [
            "The ministry said prices rose.",
            "Acme Corp. launched a recall.",
            "It said the defect was rare.",
        ];
        assert_eq!(found(&doc), [at(0, "ministry", "said"), at(2, "Acme Corp", "said")]);
    }
}
