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
    /// A reporting verb: its simple past and the form written.
    Cue(&'static str, Form),
    Det,
    Pronoun(Kind),
    /// May stand between subject and verb: "has", "also", "reportedly".
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
        "rep", "premier", "chancellor", "king", "queen", "prince", "pope", "judge", "justice",
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
        "center", "survey",
    ]),
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

fn lexicon() -> &'static HashMap<&'static str, Lex> {
    static LEXICON: OnceLock<HashMap<&'static str, Lex>> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let mut map = HashMap::new();
        for (lex, words) in WORD_CLASSES {
            map.extend(words.iter().map(|w| (*w, *lex)));
        }
        for forms in VERBS {
            let written = [Form::Base, Form::S, Form::Past, Form::Ing].into_iter().zip(forms);
            map.extend(written.filter(|(_, w)| !w.is_empty()).map(|(form, w)| (*w, Lex::Cue(forms[2], form))));
        }
        map
    })
}

/// The lexicon entry of a word, looked up lower-cased without allocating.
fn classify(word: &str) -> Lex {
    if word.starts_with(|c: char| c.is_ascii_digit()) {
        return Lex::Stop;
    }
    if word.ends_with("n’t") || word.ends_with("n't") {
        return Lex::Neg;
    }
    let mut buf = [0u8; 16];
    if word.len() > buf.len() || !word.is_ascii() {
        return Lex::Plain;
    }
    for (b, w) in buf.iter_mut().zip(word.bytes()) {
        *b = w.to_ascii_lowercase();
    }
    let lower = std::str::from_utf8(&buf[..word.len()]).unwrap_or("");
    lexicon().get(lower).copied().unwrap_or(Lex::Plain)
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
    let mut tokens = Vec::with_capacity(text.len() / 5 + 1);
    let mut prev = ' ';
    let mut at = 0;
    while let Some(c) = text[at..].chars().next() {
        let start = at;
        at += c.len_utf8();
        if c.is_alphanumeric() {
            at = word_end(text, start);
            tokens.push(word_token(text, start, at));
        } else if !c.is_whitespace() {
            let shape = match c {
                '"' if prev.is_whitespace() || matches!(prev, '(' | '[') => Shape::Punct('“'),
                '"' => Shape::Punct('”'),
                _ => Shape::Punct(c),
            };
            tokens.push(Token { start, end: at, core_end: at, shape, lex: Lex::Stop, quoted: false });
        }
        prev = text[..at].chars().next_back().unwrap_or(' ');
    }
    mark_quoted(&mut tokens);
    tokens
}

/// Where a word starting at `start` ends: letters and digits joined by inner
/// hyphens, apostrophes and dots ("Ha-gyu", "hadn’t", "U.S."), digit groups
/// ("1,600") and a plural possessive ("Workers’").
fn word_end(text: &str, start: usize) -> usize {
    let mut end = start;
    let mut prev = ' ';
    let mut dotted = false;
    let mut chars = text[start..].char_indices().peekable();
    while let Some((offset, c)) = chars.next() {
        let next_alnum = chars.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
        let next_digit = chars.peek().is_some_and(|&(_, n)| n.is_ascii_digit());
        let plural_possessive = matches!(c, '\'' | '’') && prev == 's' && !next_alnum;
        let joins = c.is_alphanumeric()
            || plural_possessive
            || matches!(c, '-' | '‐' | '\'' | '’' | '&') && next_alnum
            || c == '.' && (next_alnum || dotted)
            || c == ',' && prev.is_ascii_digit() && next_digit;
        if !joins {
            break;
        }
        end = start + offset + c.len_utf8();
        dotted |= c == '.';
        prev = c;
        if plural_possessive || c == '.' && !next_alnum {
            break;
        }
    }
    end
}

fn word_token(text: &str, start: usize, end: usize) -> Token {
    let word = &text[start..end];
    let core_end = ["’s", "'s", "’", "'"]
        .iter()
        .find(|p| word.len() > p.len() && word.ends_with(*p))
        .map_or(end, |p| end - p.len());
    let core = &text[start..core_end];
    let upper = |c: char| c.is_uppercase();
    let shape = if core.len() >= 2 && core.bytes().all(|b| b.is_ascii_uppercase()) {
        Shape::Acronym
    } else if core.starts_with(upper) {
        Shape::Capital
    } else {
        Shape::Lower
    };
    let lex = if shape == Shape::Acronym { Lex::Plain } else { classify(core) };
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
/// How far back the opening comma of "X, who …, said" is looked for.
const MAX_APPOSITION: usize = 40;

fn attributions(s: &Sentence) -> Vec<Attribution> {
    let mut found = Vec::new();
    for (i, t) in s.tokens.iter().enumerate() {
        if t.quoted {
            continue;
        }
        if s.is(i, "according") && s.is(i + 1, "to") {
            if let Some(range) = phrase_after(s, i + 2) {
                let cue_span = t.start..s.tokens[i + 1].end;
                found.push(Attribution { subject: Subject::Phrase(range), cue: "according to", cue_span });
            }
        } else if let Lex::Cue(past, form) = t.lex {
            let attributed = quoted_as(s, i, past).or_else(|| attribute(s, i, past, form));
            found.extend(attributed.map(|(subject, cue)| Attribution { subject, cue, cue_span: t.start..t.end }));
        }
    }
    found
}

/// "KCNA cited Kim as saying" → Kim, "said"; "… as describing" keeps "cited".
fn quoted_as(s: &Sentence, i: usize, past: &'static str) -> Option<(Subject, &'static str)> {
    if !matches!(past, "cited" | "quoted") {
        return None;
    }
    let range = phrase_after(s, i + 1)?;
    let verb = range.end + 1;
    let participle = s.is(range.end, "as") && s.lex(verb).is_some() && s.core(verb).ends_with("ing");
    let cue = match s.lex(verb) {
        Some(Lex::Cue(spoken, Form::Ing)) => spoken,
        _ => past,
    };
    participle.then_some((Subject::Phrase(range), cue))
}

/// The speaker of a finite reporting verb at `i`, from the words around it.
fn attribute(s: &Sentence, i: usize, past: &'static str, form: Form) -> Option<(Subject, &'static str)> {
    if form == Form::Ing || noun_before_verb(s, i, form) {
        return None;
    }
    let subject = match before_verb(s, i)? {
        Before::Passive => phrase_after(s, i + 1).filter(|_| s.is(i + 1, "by")).map(|_| Subject::Phrase(phrase_after(s, i + 2)?))?,
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
    (j + 1 == i).then(|| phrase_after(s, i + 1)).flatten().map(Subject::Phrase)
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
    let role_ending = matches!(s.lex(comma - 1), Some(Lex::Title | Lex::Org));
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
    let mut first = head;
    while let Some(p) = first.checked_sub(1) {
        if head - p >= MAX_PHRASE {
            break;
        }
        let linked = |link: usize| {
            link > 0
                && (s.lex(link) == Some(Lex::Link) && s.names_something(link - 1)
                    || s.is(link, "in") && matches!(s.lex(link - 1), Some(Lex::Title | Lex::Org)))
        };
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
    fullest: HashMap<&'a str, &'a str>,
    people: HashSet<&'a str>,
    /// "Long Name, or ACR," and "Long Name (ACR)".
    declared: HashMap<&'a str, &'a str>,
    /// Initials of runs of two to eight capitalized words.
    initials: HashMap<[u8; 8], &'a str>,
}

impl<'a> NameIndex<'a> {
    fn build(sentences: impl Iterator<Item = Sentence<'a>>) -> Self {
        let mut index = NameIndex::default();
        let mut seen: HashMap<&'a str, (usize, usize)> = HashMap::new(); // name → (count, first seen)
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
        let by_initials = || (acronym.len() >= 3).then(|| initials(acronym.split("")).and_then(|k| self.initials.get(&k))).flatten();
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
    let mut n = 0;
    for word in words.filter(|w| !w.is_empty()) {
        let first = *word.as_bytes().first()?;
        if n == key.len() || !first.is_ascii_uppercase() {
            return None;
        }
        key[n] = first;
        n += 1;
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
        Some(m) if m + 1 < head_end => (m + 1..range.end, None),
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
