//! Statements: who said, told, claimed, denied or confirmed what.
//!
//! Each sentence is tokenized once into words and punctuation marks (byte
//! spans). Every word is classified once against a small closed lexicon:
//! reporting verbs in their four forms ("say", "says", "said", "saying"),
//! determiners, pronouns, auxiliaries, titles ("President", "spokesman") and
//! organisation heads ("Ministry", "agency"). Tokens inside quotation marks are
//! flagged so that reporting verbs inside quotes are never cues.
//!
//! Each reporting verb outside quotes is then attributed by grammar alone:
//! - the subject noun phrase just before it, skipping auxiliaries and adverbs
//!   ("X has also said", "X on Monday said"), a relative clause or a role
//!   apposition ("X, who …, said", "Y, spokesperson for X, said");
//! - after a comma or closing quote, the phrase after it ("…,” said X");
//! - "X cited/quoted Y as saying" credits Y; "according to X"; passive "… by X".
//!
//! A found phrase becomes a speaker: determiners and leading modifiers are
//! dropped ("the official Korean Central News Agency"), a name after a title is
//! kept alone ("Unification Ministry spokesman Koo Byoung-sam" → "Koo
//! Byoung-sam"), an acronym becomes its long form and a single name its fullest
//! form in the document. Both come from one index of the document's capitalized
//! runs, built in a single pass. Pronoun subjects ("he said") resolve to the
//! most recent named speaker of a compatible kind.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;
use std::sync::OnceLock;

/// An attributed sentence. Offsets are byte offsets within that sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Statement {
    /// Index into the sentences passed to [`find_statements`].
    pub sentence: usize,
    /// The fullest name the document gives this speaker ("Kim Jong Un" for "Kim").
    pub speaker: String,
    /// The reporting verb in its simple past form: "said", "told", "claimed",
    /// "denied"…, or "according to".
    pub cue: String,
    /// Where the speaker is named (or the pronoun that stands for them).
    pub speaker_start: usize,
    pub speaker_end: usize,
    /// Where the cue is written ("says", "according to").
    pub cue_start: usize,
    pub cue_end: usize,
}

/// Attributions for a document's sentences, in order. "He said" resolves to the
/// last named speaker; names are expanded to their fullest form in the document.
pub fn find_statements(sentences: &[&str]) -> Vec<Statement> {
    let tokenized: Vec<Vec<Token>> = sentences.iter().map(|s| tokenize(s)).collect();
    let sentence = |n: usize| Sentence { text: sentences[n], tokens: &tokenized[n] };
    let index = NameIndex::build((0..sentences.len()).map(sentence));
    let mut recent = RecentSpeakers::default();
    let mut statements: Vec<Statement> = Vec::new();
    for n in 0..sentences.len() {
        let s = sentence(n);
        let first = statements.len();
        for found in attributions(&s) {
            let Some((speaker, span)) = identify(&s, found.subject, &index, &mut recent) else {
                continue;
            };
            let repeated = statements[first..].iter().any(|st| st.speaker == speaker && st.cue == found.cue);
            if !repeated {
                statements.push(Statement {
                    sentence: n,
                    speaker,
                    cue: found.cue.to_string(),
                    speaker_start: span.start,
                    speaker_end: span.end,
                    cue_start: found.cue_span.start,
                    cue_end: found.cue_span.end,
                });
            }
        }
    }
    statements
}

/// The speaker's canonical name and where it is written; named speakers are
/// remembered for later pronouns.
fn identify(
    s: &Sentence,
    subject: Subject,
    index: &NameIndex,
    recent: &mut RecentSpeakers,
) -> Option<(String, Range<usize>)> {
    match subject {
        Subject::Phrase(range) => {
            let speaker = index.speaker(s, range)?;
            recent.remember(speaker.kind, &speaker.name);
            Some((speaker.name, speaker.span))
        }
        Subject::Pronoun(i, kind) => {
            let name = recent.resolve(kind)?.to_string();
            Some((name, s.tokens[i].start..s.tokens[i].end))
        }
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

/// The grammatical role a word can play around a reporting verb.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
    Title,
    Org,
    Time,
    Stop,
    Plain,
}

/// base, -s, past, -ing; "" where that form is too often something else.
#[rustfmt::skip]
const VERBS: &[[&str; 4]] = &[
    ["say", "says", "said", "saying"],
    ["tell", "tells", "told", "telling"],
    ["claim", "claims", "claimed", "claiming"],
    ["deny", "denies", "denied", "denying"],
    ["confirm", "confirms", "confirmed", "confirming"],
    ["report", "reports", "reported", "reporting"],
    ["estimate", "estimates", "estimated", "estimating"],
    ["add", "adds", "added", "adding"],
    ["warn", "warns", "warned", "warning"],
    ["acknowledge", "acknowledges", "acknowledged", "acknowledging"],
    ["announce", "announces", "announced", "announcing"],
    ["", "", "stated", "stating"],
    ["urge", "urges", "urged", "urging"],
    ["demand", "demands", "demanded", "demanding"],
    ["assess", "assesses", "assessed", "assessing"],
    ["", "counters", "countered", "countering"],
    ["quote", "quotes", "quoted", "quoting"],
    ["cite", "cites", "cited", "citing"],
    ["insist", "insists", "insisted", "insisting"],
    ["admit", "admits", "admitted", "admitting"],
    ["allege", "alleges", "alleged", "alleging"],
    ["declare", "declares", "declared", "declaring"],
    ["note", "notes", "noted", "noting"],
    ["stress", "stresses", "stressed", "stressing"],
    ["argue", "argues", "argued", "arguing"],
    ["explain", "explains", "explained", "explaining"],
    ["reiterate", "reiterates", "reiterated", "reiterating"],
];

#[rustfmt::skip]
const WORD_CLASSES: &[(Lex, &[&str])] = &[
    (Lex::Det, &["the", "a", "an", "its", "their", "his", "her", "this", "these", "those"]),
    (Lex::Pronoun(Kind::Person), &["he", "she"]),
    (Lex::Pronoun(Kind::Org), &["it"]),
    (Lex::Pronoun(Kind::Group), &["they"]),
    (Lex::Aux, &[
        "has", "have", "had", "also", "previously", "later", "earlier", "again", "reportedly", "first",
        "then", "further", "separately", "initially", "repeatedly", "publicly", "officially", "recently",
        "formally", "already", "now", "subsequently", "flatly", "quickly", "swiftly", "strongly",
    ]),
    (Lex::Be, &["is", "are", "was", "were", "be", "been", "being"]),
    (Lex::Block, &[
        "to", "will", "would", "could", "can", "may", "might", "should", "must", "do", "does", "did",
        "shall",
    ]),
    (Lex::Neg, &["not", "never", "neither", "nor"]),
    (Lex::Link, &["of", "for"]),
    (Lex::And, &["and"]),
    (Lex::Rel, &["who", "which", "whose"]),
    (Lex::Title, &[
        "president", "leader", "spokesman", "spokeswoman", "spokesperson", "spokespeople", "minister",
        "secretary", "chief", "general", "gen", "official", "officials", "chairman", "chairwoman",
        "chair", "director", "ambassador", "governor", "mayor", "senator", "sen", "representative",
        "rep", "gov", "premier", "chancellor", "king", "queen", "prince", "pope", "judge", "justice",
        "commissioner", "commander", "colonel", "col", "lieutenant", "lt", "major", "captain",
        "admiral", "marshal", "sergeant", "deputy", "vice", "mr", "mrs", "ms", "dr", "professor",
        "prof", "ceo", "executive", "head", "envoy", "adviser", "advisor", "lawmaker", "state",
        "analyst", "economist", "researcher", "scientist", "prosecutor", "lawyer", "attorney",
    ]),
    (Lex::Org, &[
        "agency", "ministry", "department", "commission", "committee", "council", "party",
        "government", "military", "army", "navy", "force", "forces", "staff", "office", "bureau",
        "service", "services", "institute", "university", "bank", "court", "police", "parliament",
        "congress", "senate", "administration", "authority", "authorities", "company",
        "corporation", "organization", "organisation", "union", "news", "media", "newspaper",
        "publication", "outlet", "broadcaster", "network", "association", "federation",
        "intelligence", "command", "headquarters", "embassy", "cabinet", "regime", "group", "centre",
        "center", "survey", "assembly",
    ]),
    // Nouns that look like "-ly" adverbs.
    (Lex::Plain, &["ally", "family", "supply", "rally", "anomaly", "monopoly", "daily", "weekly"]),
    (Lex::Time, &[
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
        "february", "march", "april", "june", "july", "august", "september", "october", "november",
        "december", "today", "yesterday", "tonight",
    ]),
    (Lex::Stop, &[
        "that", "in", "on", "at", "by", "with", "from", "into", "after", "before", "during", "since",
        "under", "over", "about", "than", "as", "while", "when", "where", "if", "because",
        "although", "though", "but", "or", "so", "yet", "there", "here", "what", "how", "why",
        "whom", "we", "i", "you", "me", "him", "them", "us", "our", "your", "my", "per", "via",
        "amid", "against", "without", "within", "including", "despite", "following", "however",
        "meanwhile", "according", "both", "either", "all", "some", "any", "each", "every", "many",
        "most", "several", "only", "just", "even", "last", "next", "one", "two", "three", "four",
        "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands",
    ]),
];

/// The simple past of the reporting verb in row `verb` of [`VERBS`].
fn past(verb: u8) -> &'static str {
    VERBS[verb as usize][2]
}

/// Fx-style multiply-rotate hashing, eight bytes at a time: keys are short
/// words and initials, for which SipHash's setup costs more than the lookup.
#[derive(Default)]
struct WordHasher(u64);

impl Hasher for WordHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.0 =
                (self.0.rotate_left(5) ^ u64::from_le_bytes(word)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
}

/// A map keyed by short words or initials.
type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<WordHasher>>;
/// Keyed by the lower-cased word packed into an integer (see [`packed`]).
type Lexicon = FastMap<u128, Lex>;

fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let mut map = Lexicon::default();
        for (lex, words) in WORD_CLASSES {
            map.extend(words.iter().filter_map(|w| Some((packed(w)?, *lex))));
        }
        for (verb, forms) in (0u8..).zip(VERBS) {
            let written = [Form::Base, Form::S, Form::Past, Form::Ing].into_iter().zip(forms);
            let cues = written
                .filter_map(|(form, w)| Some((packed(w).filter(|_| !w.is_empty())?, Lex::Cue(verb, form))));
            map.extend(cues);
        }
        map
    })
}

/// An ASCII word of up to 16 bytes, lower-cased into one integer: a lexicon
/// key that is built, hashed and compared without allocating.
fn packed(word: &str) -> Option<u128> {
    if word.len() > 16 || !word.is_ascii() {
        return None;
    }
    let mut bytes = [0u8; 16];
    for (b, w) in bytes.iter_mut().zip(word.bytes()) {
        *b = w.to_ascii_lowercase();
    }
    Some(u128::from_le_bytes(bytes))
}

/// The lexicon entry of a word; unknown lower-case "-ly" words are adverbs.
fn classify(word: &str) -> Lex {
    if word.starts_with(|c: char| c.is_ascii_digit()) {
        return Lex::Stop;
    }
    if word.ends_with("n’t") || word.ends_with("n't") {
        return Lex::Neg;
    }
    let known = packed(word).and_then(|key| lexicon().get(&key).copied());
    let adverb =
        word.len() >= 5 && word.ends_with("ly") && word.starts_with(|c: char| c.is_ascii_lowercase());
    known.unwrap_or(if adverb { Lex::Aux } else { Lex::Plain })
}

// ---------------------------------------------------------------- tokens

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    Lower,
    Capital,
    /// All capitals, two letters or more: "KCNA".
    Acronym,
    /// One punctuation mark; straight quotes become “ or ” by position.
    Punct(char),
}

#[derive(Debug, Clone, Copy)]
struct Token {
    start: usize,
    end: usize,
    /// End without a possessive "’s" or plural "’": the owner's name.
    core_end: usize,
    shape: Shape,
    lex: Lex,
    quoted: bool,
}

impl Token {
    fn possessive(&self) -> bool {
        self.core_end < self.end
    }

    fn capital(&self) -> bool {
        matches!(self.shape, Shape::Capital | Shape::Acronym)
    }
}

fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 4 + 1);
    let mut at = 0;
    while let Some(c) = char_at(text, at) {
        if c == ' ' {
            at += 1;
            continue;
        }
        let start = at;
        at += c.len_utf8();
        if c.is_alphanumeric() {
            at = word_end(text, start);
            let mut word = word_token(text, start, at);
            // "Dr.", "Gen.": the dot belongs to an abbreviated title.
            if word.lex == Lex::Title && at - start <= 4 && text[at..].starts_with('.') {
                at += 1;
                (word.end, word.core_end) = (at, at);
            }
            tokens.push(word);
        } else if !c.is_whitespace() {
            let shape = match c {
                '"' if opens_quote(&text[..start]) => Shape::Punct('“'),
                '"' => Shape::Punct('”'),
                _ => Shape::Punct(c),
            };
            tokens.push(Token { start, end: at, core_end: at, shape, lex: Lex::Stop, quoted: false });
        }
    }
    mark_quoted(&mut tokens);
    tokens
}

/// A straight quote opens when it follows a space, a bracket or nothing.
fn opens_quote(before: &str) -> bool {
    before.chars().next_back().is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '['))
}

/// Where a word starting at `start` ends: letters and digits joined by inner
/// hyphens, apostrophes and dots ("Ha-gyu", "hadn’t", "U.S."), digit groups
/// ("1,600") and a plural possessive ("Workers’").
fn word_end(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    let mut end = start;
    let mut dotted = false;
    loop {
        while let Some(c) = char_at(text, end).filter(|c| c.is_alphanumeric()) {
            end += c.len_utf8();
            while bytes.get(end).is_some_and(u8::is_ascii_alphanumeric) {
                end += 1;
            }
        }
        let Some(joiner) = char_at(text, end) else { return end };
        let after = end + joiner.len_utf8();
        let next = char_at(text, after);
        let next_alnum = next.is_some_and(char::is_alphanumeric);
        let prev = bytes[end - 1];
        match joiner {
            '-' | '‐' | '\'' | '’' | '&' if next_alnum => end = after,
            '\'' | '’' if prev == b's' => return after,
            '.' if next_alnum => {
                dotted = true;
                end = after;
            }
            '.' if dotted => return after,
            ',' if prev.is_ascii_digit() && next.is_some_and(|n| n.is_ascii_digit()) => end = after,
            _ => return end,
        }
    }
}

/// The character at byte `at`, decoding only outside ASCII.
fn char_at(text: &str, at: usize) -> Option<char> {
    match *text.as_bytes().get(at)? {
        b if b.is_ascii() => Some(char::from(b)),
        _ => text.get(at..)?.chars().next(),
    }
}

fn word_token(text: &str, start: usize, end: usize) -> Token {
    let word = &text[start..end];
    let core_end = match word.as_bytes() {
        [.., _, b'\'', b's'] => end - 2,
        [.., _, 0xE2, 0x80, 0x99, b's'] => end - 4,
        [.., _, b'\''] => end - 1,
        [.., _, 0xE2, 0x80, 0x99] => end - 3,
        _ => end,
    };
    let core = &text[start..core_end];
    let shape = if core.len() >= 2 && core.bytes().all(|b| b.is_ascii_uppercase()) {
        Shape::Acronym
    } else if core.starts_with(char::is_uppercase) {
        Shape::Capital
    } else {
        Shape::Lower
    };
    // An acronym is a name ("US" is not "us") unless it is a title or an organisation ("CEO").
    let lex = match classify(core) {
        lex @ (Lex::Title | Lex::Org) => lex,
        _ if shape == Shape::Acronym => Lex::Plain,
        lex => lex,
    };
    Token { start, end, core_end, shape, lex, quoted: false }
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
struct Sentence<'a> {
    text: &'a str,
    tokens: &'a [Token],
}

impl<'a> Sentence<'a> {
    fn lex(&self, i: usize) -> Option<Lex> {
        self.tokens.get(i).filter(|t| !matches!(t.shape, Shape::Punct(_))).map(|t| t.lex)
    }

    fn core(&self, i: usize) -> &'a str {
        self.tokens.get(i).map_or("", |t| &self.text[t.start..t.core_end])
    }

    fn is(&self, i: usize, word: &str) -> bool {
        self.lex(i).is_some() && self.core(i).eq_ignore_ascii_case(word)
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

    /// A word that can be part of a speaker's name or description.
    fn np_word(&self, i: usize) -> bool {
        let noun_like = matches!(
            self.lex(i),
            Some(Lex::Plain | Lex::Title | Lex::Org | Lex::Cue(_, Form::Base | Form::S))
        );
        noun_like && !self.tokens[i].quoted
    }

    /// A word that a complement can hang on: "Ministry of", "spokesperson for".
    fn names_something(&self, i: usize) -> bool {
        self.np_word(i) && (self.capital(i) || matches!(self.lex(i), Some(Lex::Title | Lex::Org)))
    }

    fn span(&self, range: &Range<usize>) -> Range<usize> {
        self.tokens[range.start].start..self.tokens[range.end - 1].core_end
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
/// Documents rather than speakers: "according to the statement" names no one.
const DOCUMENT_NOUNS: &[&str] =
    &["statement", "report", "announcement", "message", "release", "letter", "document", "post"];
/// How far back the opening comma of "X, who …, said" is looked for.
const MAX_APPOSITION: usize = 40;

fn attributions(s: &Sentence) -> Vec<Attribution> {
    let mut found = Vec::new();
    for (i, t) in s.tokens.iter().enumerate() {
        if t.quoted {
            continue;
        }
        if t.lex == Lex::Stop && s.is(i, "according") && s.is(i + 1, "to") {
            if let Some(range) = phrase_after(s, i + 2) {
                let cue_span = t.start..s.tokens[i + 1].end;
                found.push(Attribution { subject: Subject::Phrase(range), cue: "according to", cue_span });
            }
        } else if let Lex::Cue(verb, form) = t.lex {
            let attributed = quoted_as(s, i, past(verb)).or_else(|| attribute(s, i, past(verb), form));
            found.extend(attributed.map(|(subject, cue)| Attribution {
                subject,
                cue,
                cue_span: t.start..t.end,
            }));
        }
    }
    found
}

/// "KCNA cited Kim as saying" → Kim, "said"; "… as describing" keeps "cited".
fn quoted_as(s: &Sentence, i: usize, channel: &'static str) -> Option<(Subject, &'static str)> {
    if !matches!(channel, "cited" | "quoted") {
        return None;
    }
    let range = phrase_after(s, i + 1)?;
    let verb = range.end + 1;
    let participle = s.is(range.end, "as") && s.lex(verb).is_some() && s.core(verb).ends_with("ing");
    let cue = match s.lex(verb) {
        Some(Lex::Cue(spoken, Form::Ing)) => past(spoken),
        _ => channel,
    };
    participle.then_some((Subject::Phrase(range), cue))
}

/// The speaker of a finite reporting verb at `i`, from the words around it.
fn attribute(s: &Sentence, i: usize, past: &'static str, form: Form) -> Option<(Subject, &'static str)> {
    if form == Form::Ing || noun_before_verb(s, i, form) {
        return None;
    }
    let subject = match before_verb(s, i)? {
        Before::Passive if s.is(i + 1, "by") => Subject::Phrase(phrase_after(s, i + 2)?),
        Before::Passive => return None,
        Before::Token(j) => subject_at(s, i, j)?,
    };
    Some((subject, past))
}

/// "State media reports said": a base or -s form followed by a verb is a noun.
fn noun_before_verb(s: &Sentence, i: usize, form: Form) -> bool {
    let next = (i + 1..s.tokens.len()).find(|&k| s.lex(k) != Some(Lex::Aux)).unwrap_or(i + 1);
    matches!(form, Form::Base | Form::S) && matches!(s.lex(next), Some(Lex::Cue(_, Form::Past | Form::S)))
}

enum Before {
    /// The last token before the verb and its auxiliaries.
    Token(usize),
    Passive,
}

/// Steps back over auxiliaries, adverbs and "on Monday"; `None` when negated,
/// blocked ("to say") or at the start of the sentence.
fn before_verb(s: &Sentence, i: usize) -> Option<Before> {
    let mut j = i.checked_sub(1)?;
    loop {
        match s.lex(j) {
            Some(Lex::Aux) => j = j.checked_sub(1)?,
            Some(Lex::Time) if j > 0 && s.is(j - 1, "on") => j = j.checked_sub(2)?,
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
        (None, Some(Lex::Pronoun(kind))) if main_subject(s, j) => Some(Subject::Pronoun(j, kind)),
        (None, Some(Lex::Rel)) if s.punct(j.wrapping_sub(1)) == Some(',') => {
            phrase_before(s, j.checked_sub(2)?).map(Subject::Phrase)
        }
        _ => phrase_before(s, j).map(Subject::Phrase),
    }
}

/// "…,” said X" and "…, said X": the speaker follows the verb.
fn inverted(s: &Sentence, i: usize, j: usize) -> Option<Subject> {
    if j + 1 != i {
        return None;
    }
    phrase_after(s, i + 1).map(Subject::Phrase)
}

/// "X, who …, said" / "X, spokesperson for Y, said" / "X, or ACR, reported":
/// the phrase before the comma that opens the aside ending at `comma`.
fn apposition_subject(s: &Sentence, comma: usize) -> Option<Subject> {
    let floor = comma.saturating_sub(MAX_APPOSITION);
    let open = (floor..comma).rev().find(|&k| s.punct(k).is_some())?;
    if s.punct(open) != Some(',') {
        return None;
    }
    let first = open + 1;
    let opener = matches!(s.lex(first), Some(Lex::Rel | Lex::Title | Lex::Det))
        || s.is(first, "or")
        || s.lex(first) == Some(Lex::Plain) && ["ing", "ed"].iter().any(|x| s.core(first).ends_with(x));
    let role_ending = matches!(s.lex(comma.wrapping_sub(1)), Some(Lex::Title | Lex::Org));
    if !(opener || role_ending) {
        return None;
    }
    phrase_before(s, open.checked_sub(1)?).map(Subject::Phrase)
}

/// A pronoun is the speaker only as the subject of the main clause: "he said",
/// "“…,” she said" — not "when they announced".
fn main_subject(s: &Sentence, j: usize) -> bool {
    j == 0 || s.tokens[j].capital() || s.punct(j - 1).is_some() || s.lex(j - 1) == Some(Lex::And)
}

/// The noun phrase whose last word is `head`, scanning left: names,
/// possessive owners, modifiers, "of"/"for" complements and coordinated names.
fn phrase_before(s: &Sentence, head: usize) -> Option<Range<usize>> {
    if !s.np_word(head) || s.tokens[head].possessive() {
        return None;
    }
    // "Ministry of …", "spokesperson for …", "officials in …".
    let linked = |link: usize| {
        link > 0
            && (s.lex(link) == Some(Lex::Link) && s.names_something(link - 1)
                || s.is(link, "in") && matches!(s.lex(link - 1), Some(Lex::Title | Lex::Org)))
    };
    let mut first = head;
    while let Some(p) = first.checked_sub(1) {
        if head - p >= MAX_PHRASE {
            break;
        }
        match s.lex(p) {
            _ if s.np_word(p) || linked(p) => first = p,
            Some(Lex::Det) if p > 0 && linked(p - 1) => first = p - 1,
            Some(Lex::Det) => return Some(p..head + 1),
            Some(Lex::And) if coordinated(s, p) => first = p,
            _ => break,
        }
    }
    Some(first..head + 1)
}

/// "South Korean and Ukraine officials", "military and intelligence officials":
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
/// word starts another phrase ("…, says Marco Rubio Moscow’s claim").
fn phrase_after(s: &Sentence, start: usize) -> Option<Range<usize>> {
    let mut k = start;
    while s.lex(k) == Some(Lex::Det) {
        k += 1;
    }
    let first = k;
    while k - first < MAX_PHRASE && s.np_word(k) && !(k > first && s.tokens[k].possessive()) {
        let after_name = k > first && s.capital(k - 1) && !s.tokens[k - 1].possessive();
        if after_name && !s.capital(k) && s.lex(k) == Some(Lex::Plain) {
            break;
        }
        k += 1;
        if s.lex(k) == Some(Lex::Link) && s.names_something(k - 1) {
            k += 1;
            while s.lex(k) == Some(Lex::Det) {
                k += 1;
            }
        }
    }
    while k > first && !s.np_word(k - 1) {
        k -= 1;
    }
    (k > first).then_some(start..k)
}

// ---------------------------------------------------------------- names

/// A resolved speaker.
struct Speaker {
    name: String,
    kind: Kind,
    span: Range<usize>,
}

/// The document's capitalized runs, indexed once: the fullest run each name
/// word belongs to, the runs seen after a title (people), and acronyms.
#[derive(Default)]
struct NameIndex<'a> {
    fullest: FastMap<&'a str, &'a str>,
    people: HashSet<&'a str, BuildHasherDefault<WordHasher>>,
    /// "Long Name, or ACR," and "Long Name (ACR)".
    declared: FastMap<&'a str, &'a str>,
    /// Initials of runs of two to eight capitalized words.
    initials: FastMap<[u8; 8], &'a str>,
}

impl<'a> NameIndex<'a> {
    fn build(sentences: impl Iterator<Item = Sentence<'a>>) -> Self {
        let mut index = NameIndex::default();
        let mut seen: FastMap<&'a str, (usize, usize)> = FastMap::default(); // name → (count, first seen)
        let mut members: Vec<(&'a str, &'a str)> = Vec::new(); // (word, name containing it)
        for s in sentences {
            for run in name_runs(&s) {
                index.note_acronyms(&s, run.clone());
                let Some((range, person)) = full_name(&s, run) else { continue };
                let name = &s.text[s.span(&range)];
                let order = seen.len();
                seen.entry(name).or_insert((0, order)).0 += 1;
                if person {
                    index.people.insert(name);
                }
                members.extend(range.map(|k| (s.core(k), name)));
            }
        }
        let rank = |name: &&str| seen.get(name).map(|&(count, order)| (count, usize::MAX - order));
        for (word, name) in members {
            let best = index.fullest.entry(word).or_insert(name);
            if rank(&name) > rank(best) {
                *best = name;
            }
        }
        index
    }

    fn note_acronyms(&mut self, s: &Sentence<'a>, run: Range<usize>) {
        let e = run.end;
        let declared = match (s.punct(e), s.punct(e + 2)) {
            (Some(','), _) if s.is(e + 1, "or") => Some(e + 2),
            (Some('('), Some(')')) => Some(e + 1),
            _ => None,
        };
        let long = &s.text[s.span(&run)];
        if let Some(a) = declared.filter(|&a| s.tokens.get(a).is_some_and(|t| t.shape == Shape::Acronym)) {
            self.declared.entry(s.core(a)).or_insert(long);
        }
        for a in run.clone() {
            for b in a + 2..=(a + 8).min(run.end) {
                if let Some(key) = initials((a..b).map(|k| s.core(k))) {
                    self.initials.entry(key).or_insert(&s.text[s.span(&(a..b))]);
                }
            }
        }
    }

    /// The canonical speaker for the phrase `range` of sentence `s`.
    fn speaker(&self, s: &Sentence, range: Range<usize>) -> Option<Speaker> {
        let start = (range.start..range.end).find(|&k| s.lex(k) != Some(Lex::Det))?;
        let (range, role_kind) = narrow(s, start..range.end);
        let span = s.span(&range);
        let written = &s.text[span.clone()];
        let single = range.len() == 1;
        if single && DOCUMENT_NOUNS.contains(&written) {
            return None;
        }
        let acronym = single && s.tokens[range.start].shape == Shape::Acronym;
        let long = acronym.then(|| self.long_form(written)).flatten();
        let fuller = (single && !acronym).then(|| self.fullest.get(written).copied()).flatten();
        let name = long.or(fuller).unwrap_or(written);
        let kind = role_kind.unwrap_or_else(|| {
            if acronym || long.is_some() {
                Kind::Org
            } else {
                self.kind_of(s, &range, name)
            }
        });
        Some(Speaker { name: name.split_whitespace().collect::<Vec<_>>().join(" "), kind, span })
    }

    fn long_form(&self, acronym: &str) -> Option<&'a str> {
        let letters = (0..acronym.len()).filter_map(|k| acronym.get(k..k + 1));
        let by_initials =
            || initials(letters).filter(|_| acronym.len() >= 3).and_then(|k| self.initials.get(&k));
        self.declared.get(acronym).or_else(by_initials).copied()
    }

    /// Judged by the head word: "Ukraine’s General Staff" (org), "officials"
    /// (group), "the governor" (person), else by how the document names it.
    fn kind_of(&self, s: &Sentence, range: &Range<usize>, name: &str) -> Kind {
        let head = range.end - 1;
        let plural = s.core(head).ends_with('s') && !s.core(head).ends_with("ss");
        match s.lex(head) {
            Some(Lex::Org) => Kind::Org,
            Some(Lex::Title) if plural => Kind::Group,
            Some(Lex::Title) => Kind::Person,
            _ if plural && !s.capital(head) => Kind::Group,
            _ if range.clone().any(|k| s.lex(k) == Some(Lex::Org)) => Kind::Org,
            _ if self.people.contains(name) => Kind::Person,
            _ => Kind::Unknown,
        }
    }
}

/// Initials of capitalized ASCII words, as a fixed key; `None` if any word
/// is not one or there are more than eight.
fn initials<'w>(words: impl Iterator<Item = &'w str>) -> Option<[u8; 8]> {
    let mut key = [0u8; 8];
    for (n, word) in words.filter(|w| !w.is_empty()).enumerate() {
        let first = *word.as_bytes().first()?;
        if n == key.len() || !first.is_ascii_uppercase() {
            return None;
        }
        key[n] = first;
    }
    Some(key)
}

/// Maximal runs of capitalized words; a possessive word ends its run.
fn name_runs(s: &Sentence) -> Vec<Range<usize>> {
    let mut runs = Vec::new();
    let mut start = None;
    for k in 0..=s.tokens.len() {
        let in_name = s.capital(k) && matches!(s.lex(k), Some(Lex::Plain | Lex::Title | Lex::Org));
        match (start, in_name) {
            (None, true) => start = Some(k),
            (Some(a), false) => {
                runs.push(a..k);
                start = None;
            }
            _ => {}
        }
        if let (Some(a), true) = (start, in_name && s.tokens[k].possessive()) {
            runs.push(a..k + 1);
            start = None;
        }
    }
    runs
}

/// The name a run contributes to the index, and whether it names a person:
/// the words after its last title ("Russian President Vladimir Putin"), a whole
/// organisation name ending in its head ("Korean Central News Agency"), or a
/// whole plain run. Single words and runs ending in a title add nothing.
fn full_name(s: &Sentence, run: Range<usize>) -> Option<(Range<usize>, bool)> {
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

/// Drops roles and modifiers from a speaker phrase. "spokesman Koo Byoung-sam"
/// and "President Volodymyr Zelenskyy" keep the name after the title (a
/// person; after an organisation word, an organisation); "the official Korean
/// Central News Agency" and "state-run Korean Central News Agency" keep the
/// capitalized name that ends the phrase.
fn narrow(s: &Sentence, range: Range<usize>) -> (Range<usize>, Option<Kind>) {
    let name_start = (range.start..range.end)
        .rev()
        .take_while(|&k| s.capital(k) && s.lex(k) == Some(Lex::Plain) && !s.tokens[k].possessive())
        .last();
    if let Some(n) = name_start.filter(|&n| n > range.start) {
        match s.lex(n - 1) {
            Some(Lex::Title) => return (n..range.end, Some(Kind::Person)),
            Some(Lex::Org) => return (n..range.end, Some(Kind::Org)),
            _ => {}
        }
    }
    let head_end = (range.start..range.end).find(|&k| s.lex(k) == Some(Lex::Link)).unwrap_or(range.end);
    let last_lower = (range.start..head_end).rev().find(|&k| !s.capital(k));
    match last_lower {
        Some(m) if m + 1 < head_end && s.lex(m) != Some(Lex::And) => (m + 1..range.end, None),
        _ => (range, None),
    }
}

/// The latest named speaker of each kind, for pronouns.
#[derive(Default)]
struct RecentSpeakers {
    latest: [Option<(usize, String)>; 4],
    seen: usize,
}

impl RecentSpeakers {
    fn remember(&mut self, kind: Kind, name: &str) {
        self.seen += 1;
        self.latest[kind as usize] = Some((self.seen, name.to_string()));
    }

    /// "he"/"she" → a person, "it" → an organisation, "they" → a group or an
    /// organisation; a speaker of unknown kind fits any, the latest wins.
    fn resolve(&self, pronoun: Kind) -> Option<&str> {
        let fits: &[Kind] = match pronoun {
            Kind::Person => &[Kind::Person, Kind::Unknown],
            Kind::Group => &[Kind::Group, Kind::Org, Kind::Unknown],
            _ => &[Kind::Org, Kind::Unknown],
        };
        let candidates = fits.iter().filter_map(|&k| self.latest[k as usize].as_ref());
        candidates.max_by_key(|(seen, _)| *seen).map(|(_, name)| name.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (sentence, speaker, cue) of every statement of a document.
    fn found(sentences: &[&str]) -> Vec<(usize, String, String)> {
        find_statements(sentences).into_iter().map(|s| (s.sentence, s.speaker, s.cue)).collect()
    }

    /// Speaker and cue of the only statement of a lone sentence.
    fn only(sentence: &str) -> (String, String) {
        let all = find_statements(&[sentence]);
        assert_eq!(all.len(), 1, "{sentence}: {all:?}");
        (all[0].speaker.clone(), all[0].cue.clone())
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
    }

    #[test]
    fn cited_as_saying_credits_the_quoted_person() {
        let doc = [
            "North Korean leader Kim Jong Un ordered the deployment.",
            "“They who fought for justice are all heroes,” KCNA quoted Kim as saying.",
        ];
        assert_eq!(found(&doc), [at(1, "Kim Jong Un", "said")]);
        let commission =
            "KCNA state news agency cited the North’s ruling party as saying the battle was won.";
        assert_eq!(only(commission), said("North’s ruling party", "said"));
        let describing = "The agency cited Kim as describing the mission as sacred.";
        assert_eq!(only(describing), said("Kim", "cited"));
    }

    #[test]
    fn pronoun_resolves_to_last_named_speaker() {
        let doc = [
            "In response, Ukraine’s president Volodymyr Zelenskyy said on Sunday that the army was fighting.",
            "The ministry said it was checking the reports.",
            "“Our military continues to perform tasks,” he said.",
        ];
        let statements = find_statements(&doc);
        assert_eq!(statements[2].speaker, "Volodymyr Zelenskyy");
        assert_eq!(&doc[2][statements[2].speaker_start..statements[2].speaker_end], "he");

        let it = [
            "The official Korean Central News Agency said Monday the operation was over.",
            "It said the decision followed the treaty.",
        ];
        assert_eq!(found(&it)[1], at(1, "Korean Central News Agency", "said"));
        let they = ["Ukrainian officials said the claim was false.", "They added that fighting continued."];
        assert_eq!(found(&they)[1], at(1, "Ukrainian officials", "added"));
    }

    #[test]
    fn pronouns_resolve_only_as_main_subject_with_an_antecedent() {
        assert!(found(&["He said nothing would change."]).is_empty());
        let clause = ["Putin said the talks went well.", "They met in June when they announced the treaty."];
        assert_eq!(found(&clause), [at(0, "Putin", "said")]);
    }

    #[test]
    fn surname_expands_to_fullest_name_in_document() {
        let later =
            ["Zelenskyy said the front was holding.", "President Volodymyr Zelenskyy thanked the troops."];
        assert_eq!(found(&later), [at(0, "Volodymyr Zelenskyy", "said")]);
        let briefing = [
            "Unification Ministry spokesman Koo Byoung-sam said at a briefing that troops must withdraw.",
            "The deployment is a clear illegal act, Koo added.",
        ];
        assert_eq!(found(&briefing), [at(0, "Koo Byoung-sam", "said"), at(1, "Koo Byoung-sam", "added")]);
        let org =
            ["The Central Military Commission met.", "KCNA cited the Commission as saying the war was won."];
        assert_eq!(found(&org), [at(1, "Central Military Commission", "said")]);
    }

    #[test]
    fn acronym_maps_to_long_form() {
        let declared = [
            "“The operations were concluded,” the North’s state-run Korean Central News Agency, or KCNA, reported.",
            "The order came from the leader, said the KCNA.",
        ];
        let agency = "Korean Central News Agency";
        assert_eq!(found(&declared), [at(0, agency, "reported"), at(1, agency, "said")]);
        let by_initials = [
            "The official Korean Central News Agency said Monday citing the commission.",
            "The troops showed spirit, KCNA added.",
        ];
        assert_eq!(found(&by_initials), [at(0, agency, "said"), at(1, agency, "added")]);
        let parenthesis = ["The World Health Organization (WHO) met on Monday.", "WHO warned of shortages."];
        assert_eq!(found(&parenthesis), [at(1, "World Health Organization", "warned")]);
        assert_eq!(only("NATO said it was ready."), said("NATO", "said"));
    }

    #[test]
    fn titles_and_modifiers_are_stripped() {
        assert_eq!(only("North Korean leader Kim Jong Un said the troops were heroes.").0, "Kim Jong Un");
        assert_eq!(
            only("Russian Deputy Foreign Minister Andrei Rudenko told Russian media the talks went on.").0,
            "Andrei Rudenko"
        );
        assert_eq!(
            only("Russian Chief of General Staff Valery Gerasimov reported the region was retaken.").0,
            "Valery Gerasimov"
        );
        assert_eq!(only("Fed Chair Jerome Powell warned that rates could rise.").0, "Jerome Powell");
        assert_eq!(only("Apple CEO Tim Cook told analysts that demand was strong.").0, "Tim Cook");
        let doctor = "“The risk remains high,” said Dr. Maria Van Kerkhove, the agency’s technical lead.";
        assert_eq!(only(doctor).0, "Maria Van Kerkhove");
        let agency = "the official Korean Central News Agency said Monday citing North Korea’s Central Military Commission.";
        assert_eq!(only(agency), said("Korean Central News Agency", "said"));
        let outlet = "U.S. online publication Axios reported on Sunday that talks were held.";
        assert_eq!(only(outlet).0, "Axios");
    }

    #[test]
    fn asides_between_subject_and_verb_are_skipped() {
        let relative =
            "US President Donald Trump, who has dialed up pressure on Kyiv to reach a peace accord, \
                        said Russia and Ukraine were very close to an agreement.";
        assert_eq!(only(relative), said("Donald Trump", "said"));
        let role = "Valery Gerasimov, chief of the General Staff of the Russian Armed Forces, confirmed their participation.";
        assert_eq!(only(role), said("Valery Gerasimov", "confirmed"));
        assert_eq!(
            only("Kim Jong Un, North Korea’s leader, said on Monday that the mission was complete.").0,
            "Kim Jong Un"
        );
        assert_eq!(
            only("In a statement, the foreign ministry said the talks had failed.").0,
            "foreign ministry"
        );
        assert_eq!(
            only("A destroyer, which KCNA said was equipped with new weapons, was launched.").0,
            "KCNA"
        );
    }

    #[test]
    fn auxiliaries_adverbs_and_tenses_are_normalized() {
        let cases = [
            (
                "South Korean and Ukraine intelligence officials have said North Korea sent troops.",
                "South Korean and Ukraine intelligence officials",
                "said",
            ),
            ("North Korea sent 14,000 troops, Ukrainian officials have said.", "Ukrainian officials", "said"),
            ("Gerasimov also confirmed that the soldiers fought.", "Gerasimov", "confirmed"),
            (
                "North Korea on Monday acknowledged for the first time that it deployed troops.",
                "North Korea",
                "acknowledged",
            ),
            ("Ukraine estimates as many as 14,000 soldiers are in Russia.", "Ukraine", "estimated"),
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
        assert_eq!(only("Police in the capital said two people were arrested.").0, "Police in the capital");
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
            "North Korea sent an estimated total of 14,000 troops.",
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
        let spanning = ["“We will fight on.", "Nobody said it would be easy,” the commander told troops."];
        assert_eq!(found(&spanning), [at(1, "commander", "told")]);
        assert_eq!(only("\"They said no,\" she said, after the mayor said yes."), said("mayor", "said"));
    }

    #[test]
    fn offsets_point_at_the_speaker_and_the_cue() {
        let sentence = "“We are holding,” says Jeon Ha-gyu, spokesperson for the ministry.";
        let st = &find_statements(&[sentence])[0];
        assert_eq!(&sentence[st.speaker_start..st.speaker_end], "Jeon Ha-gyu");
        assert_eq!(&sentence[st.cue_start..st.cue_end], "says");
        let source = "Troops left, according to KCNA’s report.";
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
            "KCNA quoted as saying",
            "was denied by",
            "Kim’s",
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
        let long = "Officials said, “Kim”, and Seoul of the Ministry ".repeat(300);
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
    fn every_lexicon_word_has_one_class() {
        let verbs = VERBS.iter().flatten().filter(|w| !w.is_empty()).count();
        let others: usize = WORD_CLASSES.iter().map(|(_, words)| words.len()).sum();
        assert_eq!(lexicon().len(), verbs + others);
    }
}
