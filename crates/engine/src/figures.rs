//! Figures: the numbers in a sentence, with the hedge that shapes their
//! interval and the thing they count.
//!
//! The sentence is tokenized once into words, digit runs ("1,644", "1.3") and
//! single symbols; each token records whether it touches the previous one,
//! which is what tells "F-16" (a name) from "10,000 - 12,000" (a range). The
//! scanner then walks the tokens once. Where a number starts it
//!
//! 1. reads it with its scale, currency and percent ("$1.5 billion", "EUR 4 bn", "Rs 500 crore", "40%",
//!    "twenty-five", "a dozen", "half a million");
//! 2. drops what is not a count: years, dates, clock times, ordinals, decades,
//!    identifiers ("F-16", "G7", "Article 4", "No. 5", "#5", URLs), rates and
//!    scores ("1 in 3", "2-1"), fractions ("two-thirds"), ages ("10-year-old")
//!    and the pronoun "one" ("one of the…");
//! 3. extends it to a range ("1,000 to 1,200", "between 200 and 300");
//! 4. looks back for a hedge ("at least", "an estimated total of");
//! 5. finds the counted noun: the first plural of the following noun phrase
//!    ("25 North Korean soldiers", subject "North Korean soldiers"), the "of"
//!    phrase ("300 of the army's troops"), or a measure used as a modifier
//!    ("5,000-tonne destroyer", "a magnitude 7.7 earthquake", "a 7.7 magnitude
//!    quake": the measure is the unit, the modified noun completes the subject,
//!    "tonne destroyer"). Percentages count "percent" (subject "percent of
//!    vote"), "percentage points" count "points", money its currency ("dollars").
//!
//! A figure with no noun ("injured more than 3,400") borrows the unit of the
//! nearest figure in the sentence that counts a plural, else takes the nearest
//! lowercase plural that is not a speaker ("officials said") or the dead of a
//! "death toll"; failing both its unit is "" (the noun may be in another sentence).
//!
//! Only closed classes are listed (hedges, number words, function words,
//! months, scales, reporting verbs, time units, common irregular verbs); open-class
//! words are judged by shape: capitalization, a plural -s, a past-tense -ed.
//! Vague plurals ("dozens", "hundreds of") and fractions ("nearly half") are not
//! figures; durations are ("seven months"). Signs are ignored ("-5" reads 5).

use std::borrow::Cow;
use std::cell::Cell;

use crate::bytescan::{char_at, is_alphabetic, is_space, letters_end};
use crate::case::{is_lower, is_upper};
use crate::dates::{key, letters_with_key, word_key, word_key_at};
use crate::keyfilter::KeyFilter;
use crate::quantity::{Qualifier, Quantity};
use crate::scratch;

/// One figure; `start..end` are byte offsets *within the sentence* covering the
/// hedge, the number(s) and the counted noun when adjacent ("at least 10,000").
#[derive(Debug, Clone, PartialEq)]
pub struct Figure<'a> {
    pub start: usize,
    pub end: usize,
    /// Its unit and subject are words of the sentence unless they had to
    /// be rewritten ("percent of vote"): most figures are claims, whose
    /// words are shared with the document rather than copied.
    pub quantity: Quantity<Cow<'a, str>>,
}

thread_local! {
    /// One token buffer for every sentence (see [`scratch`]).
    static TOKENS: Cell<Vec<Token>> = const { Cell::new(Vec::new()) };
    /// One buffer of where figures were found for every sentence.
    static PLACES: Cell<Vec<Place>> = const { Cell::new(Vec::new()) };
}

/// Every figure in `sentence`, in order of appearance.
pub fn find_figures(sentence: &str) -> Vec<Figure<'_>> {
    let scanner = Scanner::new(sentence, scratch::take(&TOKENS));
    let mut figures = Vec::new();
    let mut places = scratch::take(&PLACES);
    let mut at = 0;
    while at < scanner.tokens.len() {
        if !scanner.may_start_number(at) {
            at += 1;
            continue;
        }
        at = match scanner.figure_at(at) {
            Step::Found(figure, place, next) => {
                figures.push(figure);
                places.push(place);
                next
            }
            Step::Skip(next) => next,
        };
    }
    scanner.infer_elided_units(&mut figures, &places);
    scratch::give_back(&TOKENS, scanner.tokens);
    scratch::give_back(&PLACES, places);
    figures
}

/// Hedges by the qualifier they imply; the longest match wins.
#[rustfmt::skip]
const HEDGES: &[(Qualifier, &[&str])] = &[
    (Qualifier::About, &["about", "some", "approximately", "around", "roughly", "circa",
                         "estimated", "an estimated"]),
    (Qualifier::Nearly, &["nearly", "almost", "close to", "just under"]),
    (Qualifier::AtLeast, &["at least", "no fewer than", "no less than", "a minimum of"]),
    (Qualifier::MoreThan, &["more than", "over", "upwards of", "in excess of", "above"]),
    (Qualifier::UpTo, &["up to", "as many as", "as much as", "at most", "no more than",
                        "a maximum of"]),
    (Qualifier::FewerThan, &["fewer than", "less than", "under", "below"]),
];

/// Words that end a noun phrase: determiners, prepositions, conjunctions,
/// pronouns, auxiliaries and a few adverbs.
#[rustfmt::skip]
const FUNCTION_WORDS: &[u128] = word_set![
    "a", "about", "according", "across", "after", "again", "against", "ago", "all", "already",
    "also", "although", "amid", "among", "an", "and", "any", "are", "as", "at", "be", "because",
    "been", "before", "being", "between", "beyond", "both", "but", "by", "can", "could", "despite",
    "did", "do", "does", "down", "during", "each", "earlier", "even", "every", "for", "from", "had",
    "has", "have", "he", "her", "here", "him", "his", "i", "if", "in", "including", "into", "is",
    "it", "its", "just", "last", "later", "like", "may", "me", "might", "must", "my", "near",
    "next", "no", "nor", "not", "now", "of", "off", "on", "only", "onto", "or", "our", "out",
    "over", "overnight", "per", "shall", "she", "should", "since", "so", "some", "still", "such",
    "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "those",
    "though", "through", "to", "today", "tomorrow", "tonight", "too", "toward", "towards", "under",
    "until", "up", "us", "very", "via", "was", "we", "were", "what", "when", "where", "whether",
    "which", "while", "who", "whom", "whose", "will", "with", "within", "without", "would",
    "yesterday", "yet", "you", "your",
];

/// Determiners that may open the noun phrase of "300 of the troops".
#[rustfmt::skip]
const DETERMINERS: &[u128] = word_set![
    "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "your", "my",
];

/// Adjectives that quantify rather than measure ("the remaining 300").
#[rustfmt::skip]
const QUANTIFYING_ADJECTIVES: &[u128] = word_set![
    "other", "further", "additional", "extra", "mere", "total", "whole", "entire", "full", "latest",
    "record", "more", "less", "fewer", "apiece", "alone", "overall", "first", "second", "third", "last",
    "final", "next", "remaining",
];

/// Adjectives that name people on their own after "the": "12 of the
/// injured", "three of the dead".
const PEOPLE_ADJECTIVES: &[u128] = word_set![
    "dead",
    "injured",
    "wounded",
    "missing",
    "displaced",
    "elderly",
    "homeless",
    "unemployed"
];

/// People whose age "under"/"over" a number gives: "children under five".
const AGE_GROUPS: &[u128] = word_set![
    "children", "kids", "babies", "infants", "people", "adults", "those", "anyone", "women", "men",
    "girls", "boys", "patients",
];

/// Plural nouns without a final -s.
#[rustfmt::skip]
const IRREGULAR_PLURALS: &[u128] = word_set![
    "people", "men", "women", "children", "police", "personnel", "staff", "cattle", "livestock",
    "crew", "aircraft", "sheep", "deer", "fish", "feet", "teeth", "geese", "mice",
];

/// Common past tenses the "-ed" test misses (irregular, or "-eed" like
/// "agreed", which that test leaves to nouns like "speed"), which follow a
/// subject like "earthquake struck" or "ceasefire agreed".
#[rustfmt::skip]
const IRREGULAR_PAST: &[u128] = word_set![
    "agreed", "became", "began", "broke", "brought", "burnt", "came", "caught", "cut", "decreed",
    "drew", "drove", "fell", "fled", "fought", "found", "freed", "gave", "got", "grew",
    "guaranteed", "held", "hit", "hurt", "kept", "knew", "led", "left", "lost", "made", "met",
    "paid", "put", "ran", "rose", "sank", "saw", "sent", "set", "shook", "shot", "sold", "spent",
    "spread", "stood", "struck", "swept", "took", "told", "threw", "tore", "went", "won", "wrote",
];

/// Verbs that introduce a source: a plural before one is a speaker, not a count.
#[rustfmt::skip]
const REPORTING_VERBS: &[u128] = word_set![
    "said", "say", "says", "told", "added", "reported", "report", "estimated", "estimate",
    "claimed", "claim", "stated", "announced", "confirmed", "believe", "believed", "warned",
];

/// Durations: never the elided noun of a bare count.
#[rustfmt::skip]
const TIME_UNITS: &[u128] = word_set![
    "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
    "month", "months", "year", "years", "decade", "decades", "century", "centuries",
];

/// Month names and their abbreviations; only capitalized words are months ("May", not "may").
#[rustfmt::skip]
const MONTHS: &[u128] = word_set![
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
];

/// Words that make a following "one" a pronoun: "a second one", "the same one".
const ONE_MODIFIERS: &[u128] =
    word_set!["second", "third", "another", "other", "same", "new", "last", "next"];
/// Fractions read as plural nouns ("two-thirds"): proportions, not counts.
#[rustfmt::skip]
const FRACTIONS: &[u128] = word_set![
    "half", "halves", "third", "quarter", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth",
];

#[rustfmt::skip]
const SMALL_NUMBERS: &[&str] = &[
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
];

#[rustfmt::skip]
const TENS: &[&str] = &[
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

#[rustfmt::skip]
const SCALES: &[(&str, f64)] = &[
    ("hundred", 1e2), ("thousand", 1e3), ("million", 1e6), ("mn", 1e6), ("mln", 1e6),
    ("billion", 1e9), ("bn", 1e9), ("trillion", 1e12), ("tn", 1e12),
    ("lakh", 1e5), ("crore", 1e7),
];

/// Nouns a bare number after them is the value of, and what it counts: "a
/// population of 45,000", "a vote of 61 to 38", "a magnitude of 6.4".
const VALUED_NOUNS: [(u128, &str); 3] =
    [(key("population"), "people"), (key("vote"), "votes"), (key("magnitude"), "magnitude")];

/// Single-letter scales, only read as such glued to an amount of money ("$5m")
/// or before what it counts ("3m people").
#[rustfmt::skip]
const MONEY_SCALES: &[(&str, f64)] = &[("k", 1e3), ("m", 1e6), ("b", 1e9)];

/// Signs and codes written before an amount ("$5m", "HK$2.4 billion", "EUR
/// 4.2 billion", "Rs 500 crore") and their currencies, as "sign currency;"
/// entries; read only as written, so that "won" or "try" in lower case stay
/// words. A dollar other than the plain sign says whose it is, so that Hong
/// Kong and US dollars are never compared as one unit. One string: a table
/// of pointers compresses badly.
const CURRENCIES: &str =
    "$ dollars;€ euros;£ pounds;¥ yen;₹ rupees;US$ dollars;HK$ Hong Kong dollars;\
    S$ Singapore dollars;A$ Australian dollars;C$ Canadian dollars;NZ$ New Zealand dollars;\
    AUD Australian dollars;BRL reais;CAD Canadian dollars;CHF francs;CNY yuan;DKK crowns;EUR euros;\
    GBP pounds;HKD Hong Kong dollars;INR rupees;JPY yen;KRW won;MXN pesos;NOK crowns;\
    NZD New Zealand dollars;PLN zlotys;RMB yuan;Rs rupees;RUB roubles;SEK crowns;\
    SGD Singapore dollars;TRY lira;UAH hryvnias;USD dollars;ZAR rand;";

/// The currency a sign or code stands for, if it is one of [`CURRENCIES`].
fn currency(written: &str) -> Option<&'static str> {
    // Most words asked about ("In 2024", "The 300") are no code: their last
    // byte ends none, else one search of the whole string turns them away
    // faster than reading it entry by entry.
    let last = *written.as_bytes().last()?;
    if CURRENCY_ENDS[usize::from(last / 64)] >> (last % 64) & 1 == 0 {
        return None;
    }
    // Where `written` is an entry's sign: it opens the entry and a space follows.
    CURRENCIES.match_indices(written).find_map(|(at, _)| {
        let opens = at == 0 || CURRENCIES.as_bytes()[at - 1] == b';';
        let rest = CURRENCIES[at + written.len()..].strip_prefix(' ').filter(|_| opens)?;
        rest.split(';').next()
    })
}

/// The last byte of each sign and code of [`CURRENCIES`], a bit per byte value.
const CURRENCY_ENDS: [u64; 4] = {
    let bytes = CURRENCIES.as_bytes();
    let mut ends = [0; 4];
    // Each entry's sign or code runs up to its first space.
    let (mut at, mut in_sign) = (0, true);
    while at < bytes.len() {
        match bytes[at] {
            b' ' if in_sign => {
                let last = bytes[at - 1];
                ends[(last / 64) as usize] |= 1 << (last % 64);
                in_sign = false;
            }
            b';' => in_sign = true,
            _ => {}
        }
        at += 1;
    }
    ends
};

#[rustfmt::skip]
const TEMPERATURE_SCALES: &[(&str, &str)] = &[
    ("celsius", "degrees Celsius"), ("centigrade", "degrees Celsius"), ("c", "degrees Celsius"),
    ("fahrenheit", "degrees Fahrenheit"), ("f", "degrees Fahrenheit"),
];

/// How far (in tokens) an elided figure looks for the noun it leaves out.
const REACH: usize = 40;

/// How far (in words) back a figure looks for the noun it is the value of
/// ("the death toll rose to at least 212").
const VALUE_REACH: usize = 6;
/// Longest noun phrase considered after a number.
const MAX_PHRASE: usize = 6;

/// A word's text and its [`key`] (lowercase, packed in an integer), computed
/// once per token so that checking it against the word lists above compares
/// integers instead of strings.
#[derive(Debug, Clone, Copy)]
struct Word<'a> {
    text: &'a str,
    key: u128,
}

impl<'a> Word<'a> {
    fn new(text: &'a str) -> Word<'a> {
        Word { text, key: word_key(text.as_bytes()) }
    }

    fn is_in(self, set: &[u128]) -> bool {
        self.key != 0 && set.binary_search(&self.key).is_ok()
    }
}

/// A closed word class as the sorted keys of its members (see [`key`]):
/// membership is a binary search over integers.
macro_rules! word_set {
    ($($word:literal),* $(,)?) => {
        &const { sorted_keys([$($word),*]) }
    };
}
use word_set;

/// The keys of `words`, sorted. A word without a key (not ASCII, or longer
/// than 16 bytes) fails the build, as it could never match.
const fn sorted_keys<const N: usize>(words: [&str; N]) -> [u128; N] {
    let mut keys = [0; N];
    let mut i = 0;
    while i < N {
        keys[i] = key(words[i]);
        assert!(keys[i] != 0, "listed words are ASCII and at most 16 bytes long");
        i += 1;
    }
    sort_keys(keys)
}

/// `keys` in ascending order: an insertion sort, as sorting must run at compile time.
const fn sort_keys<const N: usize>(mut keys: [u128; N]) -> [u128; N] {
    let mut i = 1;
    while i < N {
        let mut j = i;
        while j > 0 && keys[j - 1] > keys[j] {
            (keys[j - 1], keys[j]) = (keys[j], keys[j - 1]);
            j -= 1;
        }
        i += 1;
    }
    keys
}

/// A phrase of a few words as the keys of its words, last word first: matched
/// backwards from a number, one integer comparison per word.
#[derive(Clone, Copy)]
struct Phrase {
    keys: [u128; 4],
    len: usize,
}

impl Phrase {
    const fn new(text: &str) -> Phrase {
        let bytes = text.as_bytes();
        let mut phrase = Phrase { keys: [0; 4], len: 0 };
        let (mut start, mut at) = (0, 0);
        while at <= bytes.len() {
            if at == bytes.len() || bytes[at] == b' ' {
                let (_, head) = bytes.split_at(start);
                let (word, _) = head.split_at(at - start);
                match std::str::from_utf8(word) {
                    Ok(word) => phrase.keys[phrase.len] = key(word),
                    Err(_) => panic!("phrases are ASCII"),
                }
                phrase.len += 1;
                start = at + 1;
            }
            at += 1;
        }
        // Last word first.
        let mut i = 0;
        while i < phrase.len / 2 {
            (phrase.keys[i], phrase.keys[phrase.len - 1 - i]) =
                (phrase.keys[phrase.len - 1 - i], phrase.keys[i]);
            i += 1;
        }
        phrase
    }

    fn words(&self) -> &[u128] {
        &self.keys[..self.len]
    }
}

const HEDGE_PHRASE_COUNT: usize = {
    let (mut count, mut q) = (0, 0);
    while q < HEDGES.len() {
        count += HEDGES[q].1.len();
        q += 1;
    }
    count
};

/// Every phrase of [`HEDGES`] with its qualifier, in order.
const HEDGE_PHRASES: [(Qualifier, Phrase); HEDGE_PHRASE_COUNT] = {
    let mut phrases = [(Qualifier::Exact, Phrase { keys: [0; 4], len: 0 }); HEDGE_PHRASE_COUNT];
    let (mut count, mut q) = (0, 0);
    while q < HEDGES.len() {
        let (qualifier, texts) = HEDGES[q];
        let mut p = 0;
        while p < texts.len() {
            phrases[count] = (qualifier, Phrase::new(texts[p]));
            (count, p) = (count + 1, p + 1);
        }
        q += 1;
    }
    phrases
};

/// What a hedge may stand before: "at least a total of 300".
const TOTAL_OF: [Phrase; 2] = [Phrase::new("a total of"), Phrase::new("total of")];

/// Every word of the hedge phrases ("at", "least", "an", "estimated", …).
const HEDGE_WORDS: &[u128] = &const { hedge_words() };
const HEDGE_WORD_COUNT: usize = 64;

/// The keys of all words of [`HEDGE_PHRASES`], sorted, padded with zeros
/// (which match no word).
const fn hedge_words() -> [u128; HEDGE_WORD_COUNT] {
    let mut keys = [0; HEDGE_WORD_COUNT];
    let mut count = 0;
    let mut p = 0;
    while p < HEDGE_PHRASES.len() {
        let phrase = HEDGE_PHRASES[p].1;
        let mut w = 0;
        while w < phrase.len {
            keys[count] = phrase.keys[w];
            (count, w) = (count + 1, w + 1);
        }
        p += 1;
    }
    sort_keys(keys)
}

/// The key of a word literal, computed at compile time.
macro_rules! kw {
    ($word:literal) => {
        const { key($word) }
    };
}

fn lookup<T: Copy>(table: &[(&str, T)], word: Word) -> Option<T> {
    let same = |w: &str| w.len() == word.text.len() && w.eq_ignore_ascii_case(word.text);
    table.iter().find(|(w, _)| same(w)).map(|&(_, v)| v)
}

/// Asked of most words near a number: the filter turns most other words
/// away before the search.
fn is_function_word(word: Word) -> bool {
    FUNCTION_WORD_FILTER.may_contain(word.key) && word.is_in(FUNCTION_WORDS)
}

const FUNCTION_WORD_FILTER: KeyFilter = KeyFilter::new(FUNCTION_WORDS);

fn is_hedge_word(word: Word) -> bool {
    word.is_in(HEDGE_WORDS)
}

fn is_capitalized(word: &str) -> bool {
    word.starts_with(is_upper)
}

fn is_lowercase(word: &str) -> bool {
    word.starts_with(is_lower)
}

fn is_month(word: Word) -> bool {
    is_capitalized(word.text) && word.is_in(MONTHS)
}

fn is_fraction(word: &str) -> bool {
    let fraction = |w: &str| Word::new(w).is_in(FRACTIONS);
    fraction(word) || word.strip_suffix('s').is_some_and(fraction)
}

/// A plural by shape: "soldiers", "Palestinians", "people"; not "its",
/// "Beijing's", "class", "various", "crisis".
fn looks_plural(word: Word) -> bool {
    let text = word.text;
    let regular = text.len() >= 4
        && ends_with(text, "s")
        && !["ss", "us", "is"].iter().any(|end| ends_with(text, end))
        && !is_possessive(text);
    // "businessmen", "gunmen", but not "specimen" or "abdomen".
    let men = text.len() >= 5
        && ends_with(text, "men")
        && !["imen", "omen"].iter().any(|end| ends_with(text, end))
        && is_lowercase(text);
    (regular && !is_function_word(word)) || men || word.is_in(IRREGULAR_PLURALS)
}

fn is_possessive(word: &str) -> bool {
    word.ends_with("'s") || word.ends_with("’s")
}

fn ends_with(word: &str, suffix: &str) -> bool {
    // Bytes, not text: no character boundary to check, and the bytes of a
    // character cut in two never match an ASCII suffix.
    let at = word.len().wrapping_sub(suffix.len());
    word.as_bytes().get(at..).is_some_and(|end| end.eq_ignore_ascii_case(suffix.as_bytes()))
}

/// A past tense or participle ("died", "killed", "struck"), which ends a noun
/// phrase; "speed" and "red" are not.
fn looks_past(word: Word) -> bool {
    let text = word.text;
    let regular = text.len() >= 4 && text.ends_with("ed") && !text.ends_with("eed");
    is_lowercase(text) && (regular || word.is_in(IRREGULAR_PAST))
}

/// A digit run's value ("1,644", "1.3"); `None` when it overflows. Read by
/// hand rather than by `str::parse::<f64>`, whose general float parser would
/// be most of the browser build's number code. Up to 2^53 (fifteen digits
/// and more), the digits as an integer divided by a power of ten is exactly
/// what `parse` gives: both are correctly rounded. Longer runs may differ in
/// the last bit.
fn digits_value(text: &str) -> Option<f64> {
    let digits = text.bytes().filter(u8::is_ascii_digit).map(|d| d - b'0');
    // A byte search: `str::find` sets up a searcher, which cost more than
    // these few bytes take to read.
    let decimals = text.bytes().position(|b| b == b'.').map_or(0, |point| text.len() - point - 1);
    let whole = digits.clone().try_fold(0u64, |n, d| n.checked_mul(10)?.checked_add(u64::from(d)));
    let mantissa = match whole {
        Some(n) => n as f64,
        None => digits.fold(0.0, |n, d| n * 10.0 + f64::from(d)),
    };
    let value = match POWERS_OF_TEN.get(decimals) {
        Some(power) => mantissa / power,
        None => (0..decimals).fold(mantissa, |n, _| n / 10.0),
    };
    Some(value).filter(|v| v.is_finite())
}

/// 10^0 to 10^22, the powers of ten a double holds exactly.
const POWERS_OF_TEN: [f64; 23] = {
    let mut powers = [1.0; 23];
    let mut k = 1;
    while k < powers.len() {
        powers[k] = powers[k - 1] * 10.0;
        k += 1;
    }
    powers
};

/// The interval a hedge turns `low..=high` into.
fn interval(low: f64, high: f64, qualifier: Qualifier) -> (f64, Option<f64>) {
    if qualifier.is_open_above() {
        (low, None)
    } else if qualifier.is_open_below() {
        (0.0, Some(high))
    } else {
        (low, Some(high))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Word,
    Digits,
    Symbol,
}

#[derive(Debug, Clone, Copy)]
struct Token {
    start: usize,
    end: usize,
    kind: Kind,
    /// No whitespace between this token and the previous one.
    glued: bool,
    /// The word's [`key`]; 0 for other tokens.
    key: u128,
}

/// Words (letters with inner apostrophes), digit runs with thousands
/// separators and a decimal point, and single-character symbols. A URL, an
/// e-mail address or a handle becomes one opaque symbol so its digits are ignored.
/// Filled into `tokens`, an empty buffer kept from sentence to sentence.
fn tokenize(text: &str, mut tokens: Vec<Token>) -> Vec<Token> {
    let bytes = text.as_bytes();
    let (mut pos, mut glued) = (0, false);
    // Byte offset and first token of the current run of non-whitespace.
    let mut chunk = (0, 0);
    while let Some(ch) = char_at(text, pos) {
        if is_space(ch) {
            pos += ch.len_utf8();
            glued = false;
            continue;
        }
        if !glued {
            chunk = (pos, tokens.len());
        }
        let rest = &bytes[pos..];
        let link = (ch == ':' && rest.starts_with(b"://"))
            || ch == '@'
            || (ch == 'w' && !glued && rest.starts_with(b"www."));
        let (kind, end, key) = if link {
            tokens.truncate(chunk.1);
            pos = chunk.0;
            let end = text[pos..].find(char::is_whitespace).map_or(text.len(), |n| pos + n);
            (Kind::Symbol, end, 0)
        } else if ch.is_ascii_digit() {
            (Kind::Digits, digits_end(bytes, pos), 0)
        } else if is_alphabetic(ch) {
            let (end, key) = word_at(text, pos);
            (Kind::Word, end, key)
        } else {
            (Kind::Symbol, pos + ch.len_utf8(), 0)
        };
        tokens.push(Token { start: pos, end, kind, glued: glued && !link, key });
        // Most tokens end at a single space, passed over here rather than by a
        // turn of the loop.
        (pos, glued) = if bytes.get(end) == Some(&b' ') { (end + 1, false) } else { (end, true) };
    }
    tokens
}

/// End of "1,644", "1.3" or "10,000,000": a comma must be followed by exactly
/// three digits, a point by at least one.
fn digits_end(bytes: &[u8], start: usize) -> usize {
    let run = |from: usize| from + bytes[from..].iter().take_while(|b| b.is_ascii_digit()).count();
    let mut end = run(start);
    let mut decimal = false;
    loop {
        match bytes.get(end) {
            Some(b',') if !decimal && run(end + 1) == end + 4 => end += 4,
            Some(b'.') if !decimal && run(end + 1) > end + 1 => {
                decimal = true;
                end = run(end + 1);
            }
            _ => return end,
        }
    }
}

/// Where the word starting at byte `start` ends, and its [`key`].
fn word_at(text: &str, start: usize) -> (usize, u128) {
    let (end, key) = letters_with_key(text.as_bytes(), start);
    match text.as_bytes().get(end) {
        // Other letters or an apostrophe may follow ("o'clock").
        Some(&byte) if !byte.is_ascii() || byte == b'\'' => {
            let whole_end = word_end(text, end);
            (whole_end, if whole_end == end { key } else { word_key_at(text, start, whole_end) })
        }
        _ => (end, key),
    }
}

/// Where the word that goes on at byte `end` ends.
fn word_end(text: &str, mut end: usize) -> usize {
    let bytes = text.as_bytes();
    loop {
        end = letters_end(bytes, end);
        let letter_follows = |c: char| char_at(text, end + c.len_utf8()).is_some_and(is_alphabetic);
        match char_at(text, end) {
            Some(c) if !c.is_ascii() && is_alphabetic(c) => end += c.len_utf8(),
            Some(c @ ('\'' | '’')) if letter_follows(c) => end += c.len_utf8(),
            _ => return end,
        }
    }
}

/// A spelled-out number word and how it combines with its neighbours.
#[derive(Debug, Clone, Copy)]
enum Part {
    /// "a" in "a dozen", "a million".
    Article,
    Small(f64),
    Tens(f64),
    /// "hundred", "dozen": multiply the group so far.
    Times(f64),
    /// "thousand", "million": close the group.
    Scale(f64),
}

impl Part {
    /// The part a word plays. Runs on every word, so most are turned away by
    /// one bit test (see [`NUMBER_WORD_FILTER`]) before any comparison.
    fn of(word: Word) -> Option<Part> {
        Part::of_key(word.key)
    }

    fn of_key(key: u128) -> Option<Part> {
        if !NUMBER_WORD_FILTER.may_contain(key) {
            return None;
        }
        NUMBER_WORD_PARTS.iter().find(|&&(k, _)| k == key).map(|&(_, part)| part)
    }

    /// Whether English lets `self` follow `previous` inside one number
    /// ("twenty five", "two hundred thousand"; not "two three").
    fn may_follow(self, previous: Option<Part>) -> bool {
        use Part::*;
        match (previous, self) {
            (None, Small(_) | Tens(_)) => true,
            (Some(Tens(_)), Small(v)) => (1.0..10.0).contains(&v),
            (Some(Times(_) | Scale(_)), Small(_) | Tens(_)) => true,
            (Some(Article | Small(_) | Tens(_) | Times(_)), Times(_) | Scale(_)) => true,
            _ => false,
        }
    }
}

/// Whether the word with [`key`] `key` is a number word ("seven", "dozen",
/// "million"): without a digit or one of these, a sentence holds no figure.
pub(crate) fn is_number_word(key: u128) -> bool {
    Part::of_key(key).is_some()
}

/// Every number word ([`SMALL_NUMBERS`], [`TENS`], "dozen", [`SCALES`]) by key
/// with its part; built at compile time.
const NUMBER_WORD_PARTS: [(u128, Part); NUMBER_WORD_COUNT] = number_word_parts();
const NUMBER_WORD_COUNT: usize = SMALL_NUMBERS.len() + TENS.len() + 1 + SCALES.len();
/// The keys of all number words.
pub(crate) const NUMBER_WORDS: [u128; NUMBER_WORD_COUNT] = number_word_keys();
const NUMBER_WORD_FILTER: KeyFilter = KeyFilter::new(&NUMBER_WORDS);
/// Number words and the words a spelled number may open with ("a dozen", "half a million").
const NUMBER_START_FILTER: KeyFilter = NUMBER_WORD_FILTER.with(&[key("a"), key("an"), key("half")]);

const fn number_word_parts() -> [(u128, Part); NUMBER_WORD_COUNT] {
    let mut parts = [(0, Part::Article); NUMBER_WORD_COUNT];
    let mut n = 0;
    let mut i = 0;
    while i < SMALL_NUMBERS.len() {
        parts[n] = (key(SMALL_NUMBERS[i]), Part::Small(i as f64));
        (n, i) = (n + 1, i + 1);
    }
    i = 0;
    while i < TENS.len() {
        parts[n] = (key(TENS[i]), Part::Tens(i as f64 * 10.0 + 20.0));
        (n, i) = (n + 1, i + 1);
    }
    parts[n] = (key("dozen"), Part::Times(12.0));
    n += 1;
    i = 0;
    while i < SCALES.len() {
        let (word, scale) = SCALES[i];
        let part = if scale < 1e3 { Part::Times(scale) } else { Part::Scale(scale) };
        parts[n] = (key(word), part);
        (n, i) = (n + 1, i + 1);
    }
    parts
}

const fn number_word_keys() -> [u128; NUMBER_WORD_COUNT] {
    let parts = number_word_parts();
    let mut keys = [0; NUMBER_WORD_COUNT];
    let mut i = 0;
    while i < NUMBER_WORD_COUNT {
        keys[i] = parts[i].0;
        i += 1;
    }
    keys
}

/// A number as written, before any range or hedge.
#[derive(Debug, Clone, Copy)]
struct Atom {
    /// The value with its scale applied.
    value: f64,
    /// The scale applied, lent to the low end of "1 to 2 million".
    scale: f64,
    first: usize,
    /// The digit run; `None` for spelled-out numbers.
    digits: Option<usize>,
    last: usize,
    /// "percent", or a currency.
    unit: Option<&'static str>,
}

/// The second bound of a range and the word that opened it ("between", "from").
struct Range {
    low: f64,
    high: Atom,
    prefix: Option<usize>,
}

/// A noun inside a phrase: the unit, and the subject's first and last tokens.
struct Noun {
    unit: usize,
    first: usize,
    last: usize,
}

/// What a figure counts, and the tokens its span must include.
struct Counted<'a> {
    unit: &'a str,
    subject: Cow<'a, str>,
    first: usize,
    last: usize,
    elided: bool,
}

impl<'a> Counted<'a> {
    fn stated(unit: &'a str, subject: Cow<'a, str>, first: usize, last: usize) -> Counted<'a> {
        Counted { unit, subject, first, last, elided: false }
    }

    fn elided(first: usize, last: usize) -> Counted<'a> {
        Counted { unit: "", subject: Cow::Borrowed(""), first, last, elided: true }
    }
}

/// Which noun of a phrase a number counts, by its grammatical number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Agreement {
    /// "one ballistic missile": the last noun before the predicate.
    One,
    /// "25 North Korean soldiers": the first plural.
    Many,
    /// "percent of the vote", "percent of voters": either.
    Any,
}

/// What unit inference needs of a figure: where its number starts and
/// whether its noun was left out.
struct Place {
    token: usize,
    elided: bool,
}

/// The tokens of a noun phrase ([`Scanner::phrase_words`]), kept on the
/// stack: a phrase is read after nearly every number, and allocating a
/// vector for it cost as much as reading it.
struct PhraseWords {
    tokens: [usize; MAX_PHRASE],
    len: usize,
}

impl PhraseWords {
    fn push(&mut self, token: usize) {
        self.tokens[self.len] = token;
        self.len += 1;
    }
}

impl std::ops::Deref for PhraseWords {
    type Target = [usize];

    fn deref(&self) -> &[usize] {
        &self.tokens[..self.len]
    }
}

/// What the scanner does at a token: report a figure and resume after it, or
/// move on.
enum Step<'a> {
    Found(Figure<'a>, Place, usize),
    Skip(usize),
}

/// A sentence, its tokens, and the rules that read figures off them.
struct Scanner<'a> {
    text: &'a str,
    tokens: Vec<Token>,
}

impl<'a> Scanner<'a> {
    /// The scanner of `text`, tokenized into `buffer`.
    fn new(text: &'a str, buffer: Vec<Token>) -> Self {
        Scanner { text, tokens: tokenize(text, buffer) }
    }

    fn kind(&self, i: usize) -> Option<Kind> {
        self.tokens.get(i).map(|t| t.kind)
    }

    fn glued(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.glued)
    }

    /// The text from token `first` through token `last`. Inlined: the rules
    /// ask it of most tokens they look at, and the call cost more than the slicing.
    #[inline]
    fn slice(&self, first: usize, last: usize) -> &'a str {
        &self.text[self.tokens[first].start..self.tokens[last].end]
    }

    fn text_of(&self, i: usize) -> &'a str {
        self.slice(i, i)
    }

    fn token_text(&self, i: usize, kind: Kind) -> Option<&'a str> {
        self.tokens.get(i).filter(|t| t.kind == kind).map(|t| &self.text[t.start..t.end])
    }

    fn word(&self, i: usize) -> Option<Word<'a>> {
        let token = self.tokens.get(i).filter(|t| t.kind == Kind::Word)?;
        Some(Word { text: &self.text[token.start..token.end], key: token.key })
    }

    /// Token `i` as a word (key 0 if it is none).
    fn word_of(&self, i: usize) -> Word<'a> {
        Word { text: self.text_of(i), key: self.tokens[i].key }
    }

    fn symbol(&self, i: usize) -> Option<&'a str> {
        self.token_text(i, Kind::Symbol)
    }

    /// Whether token `i` is the word with key `expected` (see [`kw`]), any case.
    fn is(&self, i: usize, expected: u128) -> bool {
        self.tokens.get(i).is_some_and(|t| t.key == expected)
    }

    /// Whether a number may start at token `i`: digits, a currency sign or
    /// code, a number word, or "a"/"an" and "half" before one ("a dozen", "half a
    /// million"). Most tokens are turned away here at the cost of a bit test.
    fn may_start_number(&self, i: usize) -> bool {
        let token = &self.tokens[i];
        match token.kind {
            Kind::Digits => true,
            Kind::Word => {
                NUMBER_START_FILTER.may_contain(token.key)
                    && (self.is_number_word(i) || self.opens_spelled_number(i))
                    // A code, before digits or "." ("Rs. 500").
                    || self.is_code_shaped(token) && self.currency_at(i).is_some()
            }
            Kind::Symbol => {
                let first = self.text.as_bytes()[token.start];
                !first.is_ascii() || (first == b'$' && token.end - token.start == 1)
            }
        }
    }

    fn is_number_word(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.kind == Kind::Word && is_number_word(t.key))
    }

    /// "a"/"an" before a number word ("a dozen"), or "half" before those ("half a million").
    fn opens_spelled_number(&self, i: usize) -> bool {
        let article = if self.is(i, kw!("half")) { i + 1 } else { i };
        (self.is(article, kw!("a")) || self.is(article, kw!("an")))
            && self.is_number_word(article + 1)
    }

    /// A figure starting at token `i`, or the token to resume from.
    fn figure_at(&self, i: usize) -> Step<'a> {
        let Some(low) = self.atom_at(i) else {
            return Step::Skip(i + 1);
        };
        if self.is_not_a_count(&low) || self.is_named(&low) {
            return Step::Skip(low.last + 1);
        }
        let range = self.range_after(&low);
        if let Some(next) = self.rate_or_score_end(&low).filter(|_| range.is_none()) {
            return Step::Skip(next);
        }
        let (low_value, high, prefix) =
            range.map_or((low.value, low, None), |r| (r.low, r.high, r.prefix));
        let Some(counted) = self.counted(&low, &high) else {
            return Step::Skip(high.last + 1);
        };
        if self.is(counted.last + 1, kw!("ago")) {
            return Step::Skip(counted.last + 2); // "two years ago" is a date
        }
        if self.is_pronoun_one(&low, &high, &counted) {
            return Step::Skip(low.last + 1);
        }
        let lead = prefix.unwrap_or(low.first);
        let (qualifier, hedge) = self.hedge_before(lead).unwrap_or((Qualifier::Exact, lead));
        let (low_bound, high_bound) = interval(low_value, high.value, qualifier);
        let first = hedge.min(counted.first);
        let last = high.last.max(counted.last);
        let figure = Figure {
            start: self.tokens[first].start,
            end: self.tokens[last].end,
            quantity: Quantity {
                low: low_bound,
                high: high_bound,
                qualifier,
                unit: Cow::Borrowed(counted.unit),
                subject: counted.subject,
            },
        };
        Step::Found(figure, Place { token: low.first, elided: counted.elided }, last + 1)
    }

    /// The number starting at token `i`, with currency, scale and percent.
    fn atom_at(&self, i: usize) -> Option<Atom> {
        let (value, digits, last, currency) = if self.kind(i)? == Kind::Digits {
            (digits_value(self.text_of(i))?, Some(i), i, None)
        } else if let Some((currency, at)) = self.currency_at(i) {
            (digits_value(self.text_of(at))?, Some(at), at, Some(currency))
        } else {
            let (value, last) = self.spelled_number(i)?;
            (value, None, last, None)
        };
        let (scale, last) = self.scale_after(last, currency.is_some()).unwrap_or((1.0, last));
        let (unit, last) = self.percent_after(last).map_or((currency, last), |(u, l)| (Some(u), l));
        Some(Atom { value: value * scale, scale, first: i, digits, last, unit })
    }

    /// The currency that token `i` writes before an amount, and the token of
    /// the amount's digits: a sign glued to them ("$5m", "HK$8m"), or a code
    /// before them ("EUR 4.2 billion", "Rs. 500 crore").
    fn currency_at(&self, i: usize) -> Option<(&'static str, usize)> {
        let token = self.tokens.get(i)?;
        let (sign_end, digits) = match token.kind {
            Kind::Symbol if self.glued(i + 1) => (i, i + 1),
            Kind::Word if self.is_code_shaped(token) => match self.symbol(i + 1) {
                Some("$") if self.glued(i + 1) && self.glued(i + 2) => (i + 1, i + 2),
                Some(".") => (i, i + 2),
                _ => (i, i + 1),
            },
            _ => return None,
        };
        // Most tokens are turned away before the look-up, which reads the whole table.
        if self.kind(digits) != Some(Kind::Digits) {
            return None;
        }
        currency(self.slice(i, sign_end)).map(|c| (c, digits))
    }

    /// Whether the word `token` is shaped like a currency code: every code is
    /// two or three letters and starts with a capital.
    fn is_code_shaped(&self, token: &Token) -> bool {
        token.end - token.start <= 3 && self.text.as_bytes()[token.start].is_ascii_uppercase()
    }

    /// "twenty-five", "two hundred and fifty", "a dozen", "half a million".
    fn spelled_number(&self, i: usize) -> Option<(f64, usize)> {
        let half = self.is(i, kw!("half")); // "half a million"
        let start = i + usize::from(half);
        let first = self.word(start)?;
        let article = first.key == kw!("a") || first.key == kw!("an");
        if half && !article {
            return None;
        }
        let (mut previous, mut at) =
            if article { (Some(Part::Article), start + 1) } else { (None, start) };
        let (mut total, mut group, mut last) = (0.0, if article { 1.0 } else { 0.0 }, None);
        while let Some(part) = self.word(at).and_then(Part::of).filter(|p| p.may_follow(previous)) {
            match part {
                Part::Small(v) | Part::Tens(v) => group += v,
                Part::Times(m) => group *= m,
                Part::Scale(s) => {
                    total += group * s;
                    group = 0.0;
                }
                Part::Article => {}
            }
            last = Some(at);
            previous = Some(part);
            at = self.next_number_word(at, part);
        }
        let share = if half { 0.5 } else { 1.0 };
        last.map(|l| (share * (total + group), l))
    }

    /// Where a spelled number continues: past the hyphen of "twenty-five" or
    /// the "and" of "two hundred and fifty".
    fn next_number_word(&self, at: usize, part: Part) -> usize {
        let hyphen = matches!(part, Part::Tens(_))
            && self.symbol(at + 1) == Some("-")
            && self.glued(at + 1)
            && self.glued(at + 2);
        let and = matches!(part, Part::Times(_) | Part::Scale(_))
            && self.is(at + 1, kw!("and"))
            && self
                .word(at + 2)
                .and_then(Part::of)
                .is_some_and(|p| matches!(p, Part::Small(_) | Part::Tens(_)));
        if hyphen || and {
            at + 2
        } else {
            at + 1
        }
    }

    /// "million" after "1.3", or "bn"/"m" glued to "$1.5" or to a number of
    /// things ("3m people", but "a 3m wall").
    fn scale_after(&self, last: usize, money: bool) -> Option<(f64, usize)> {
        let next = last + 1;
        let word = self.word(next)?;
        let counts = |scale: usize| money || self.word(scale + 1).is_some_and(looks_plural);
        let scale = lookup(SCALES, word)
            .or_else(|| lookup(MONEY_SCALES, word).filter(|_| self.glued(next) && counts(next)))?;
        Some((scale, next))
    }

    /// "%", "percent", "per cent" or "percentage points" after a number.
    fn percent_after(&self, last: usize) -> Option<(&'static str, usize)> {
        let n = last + 1;
        if self.symbol(n) == Some("%") || self.is(n, kw!("percent")) || self.is(n, kw!("pct")) {
            Some(("percent", n))
        } else if self.is(n, kw!("per")) && self.is(n + 1, kw!("cent")) {
            Some(("percent", n + 1))
        } else if self.is(n, kw!("percentage"))
            && (self.is(n + 1, kw!("point")) || self.is(n + 1, kw!("points")))
        {
            Some(("points", n + 1))
        } else {
            None
        }
    }

    /// Whether the number itself shows it is no count: a clock time, ratio or
    /// slash date, an ordinal or decade ("3rd", "1990s"), a day of the month, a year.
    fn is_not_a_count(&self, a: &Atom) -> bool {
        let Some(d) = a.digits else { return false };
        let next = a.last + 1;
        let joined = matches!(self.symbol(next), Some(":" | "/"))
            && self.glued(next)
            && self.glued(next + 1)
            && self.kind(next + 1) == Some(Kind::Digits);
        joined
            || self.is_clock_word(next)
            || self.has_name_suffix(a, d)
            || self.is_day_of_month(d)
            || self.is_year(a, d)
            || self.is_age_after_name(a, d)
    }

    /// "Anton Berg, 61, said": a person's age between commas after a name,
    /// which no outlet reports as a claim (an age only counts for a group:
    /// "children under five").
    fn is_age_after_name(&self, a: &Atom, d: usize) -> bool {
        let whole = self.text_of(d).bytes().all(|b| b.is_ascii_digit());
        let named =
            d.checked_sub(2).and_then(|n| self.word(n)).is_some_and(|w| is_capitalized(w.text));
        whole
            && a.unit.is_none()
            && a.value < 120.0
            && named
            && self.symbol(d - 1) == Some(",")
            && self.symbol(d + 1) == Some(",")
    }

    /// "a.m.", "pm", "o'clock", "GMT" after a number.
    fn is_clock_word(&self, n: usize) -> bool {
        let dotted = (self.is(n, kw!("a")) || self.is(n, kw!("p")))
            && self.symbol(n + 1) == Some(".")
            && self.glued(n + 1)
            && self.is(n + 2, kw!("m"))
            && self.glued(n + 2);
        let clock = word_set!["am", "pm", "o'clock", "gmt", "utc"];
        dotted
            || self
                .word(n)
                .is_some_and(|w| w.is_in(clock) || w.text.eq_ignore_ascii_case("o’clock"))
    }

    /// Letters glued to the digits that make them an ordinal, decade, time or
    /// model name ("3rd", "1990s", "3pm", "5G"); lowercase units ("10km") pass.
    fn has_name_suffix(&self, a: &Atom, d: usize) -> bool {
        a.last == d
            && self.glued(d + 1)
            && self.word(d + 1).is_some_and(|w| {
                w.is_in(word_set!["st", "nd", "rd", "th", "s", "am", "pm"])
                    || w.text.chars().any(is_upper)
            })
    }

    /// "April 24", "26 April", "Jan. 5".
    fn is_day_of_month(&self, d: usize) -> bool {
        let text = self.text_of(d);
        let day = text.len() <= 2 && text.parse::<u8>().is_ok_and(|n| (1..=31).contains(&n));
        let month_before = || {
            d.checked_sub(1).is_some_and(|p| {
                self.word(p).is_some_and(is_month)
                    || (self.symbol(p) == Some(".")
                        && p.checked_sub(1).and_then(|q| self.word(q)).is_some_and(is_month))
            })
        };
        day && (month_before() || self.word(d + 1).is_some_and(is_month))
    }

    /// Four bare digits from 1000 to 2100 are a year unless a plural follows
    /// ("2024 troops"), and even then after a determiner ("the 2024 elections").
    fn is_year(&self, a: &Atom, d: usize) -> bool {
        let text = self.text_of(d);
        let year_like = text.len() == 4
            && text.bytes().all(|b| b.is_ascii_digit())
            && (1000.0..=2100.0).contains(&a.value)
            && a.last == d
            && a.unit.is_none();
        let determined = || {
            let before = a.first.checked_sub(1).and_then(|p| self.word(p));
            before.is_some_and(|w| w.is_in(DETERMINERS) || is_possessive(w.text))
        };
        let counts =
            || !self.glued(d + 1) && self.word(d + 1).is_some_and(looks_plural) && !determined();
        year_like && !counts()
    }

    /// Whether the number belongs to a name: glued to a word or "#" ("F-16",
    /// "G7", "COVID-19", "#5") or after a capitalized label ("Article 4",
    /// "No. 5", "Apollo 11", "Formula One"). Amounts of money never are.
    fn is_named(&self, a: &Atom) -> bool {
        if self.symbol(a.first).is_some() {
            return false;
        }
        // Spelled numbers are names only when capitalized: "Formula One", but
        // "met Kim three times".
        let may_be_label =
            a.digits.is_some() || self.word(a.first).is_some_and(|w| is_capitalized(w.text));
        self.is_attached(a.first) || (may_be_label && self.follows_label(a.first))
    }

    /// Glued to a word or number before it, directly or through a joiner:
    /// "G7", "F-16", "2025-04-28", "1,2"; "magnitude-7.7" is a measure instead.
    fn is_attached(&self, first: usize) -> bool {
        let Some(p) = first.checked_sub(1).filter(|_| self.glued(first)) else {
            return false;
        };
        match self.tokens[p].kind {
            Kind::Word | Kind::Digits => true,
            Kind::Symbol => {
                let joiner = "-‐–/:.,_+".contains(self.text_of(p));
                let after_name = p
                    .checked_sub(1)
                    .is_some_and(|q| self.glued(p) && self.kind(q) != Some(Kind::Symbol));
                self.text_of(p) == "#"
                    || (joiner && after_name && self.joined_measure(first).is_none())
            }
        }
    }

    /// The lowercase noun hyphenated before a number: "magnitude-7.7".
    fn joined_measure(&self, first: usize) -> Option<usize> {
        let p = first
            .checked_sub(1)
            .filter(|&p| self.glued(first) && self.symbol(p) == Some("-") && self.glued(p))?;
        let q = p.checked_sub(1)?;
        self.word(q).filter(|w| is_lowercase(w.text) && !is_function_word(*w)).map(|_| q)
    }

    /// After a capitalized word that is no hedge, month or possessive:
    /// "Article 4", "iPhone 16", "No. 5".
    fn follows_label(&self, first: usize) -> bool {
        let Some(p) = first.checked_sub(1) else {
            return false;
        };
        let abbreviated = self.symbol(p) == Some(".") && self.glued(p);
        let label = if abbreviated { p.checked_sub(1) } else { Some(p) };
        label.and_then(|l| self.word(l)).is_some_and(|w| {
            w.text.chars().any(is_upper)
                && (abbreviated || !is_function_word(w) && !is_hedge_word(w))
                && !is_month(w)
                && !is_possessive(w.text)
        })
    }

    /// "to 12,000", "-12,000", "and 300" (after "between") following `low`.
    fn range_after(&self, low: &Atom) -> Option<Range> {
        let connector = low.last + 1;
        let prefix = low
            .first
            .checked_sub(1)
            .filter(|&p| self.is(p, kw!("between")) || self.is(p, kw!("from")));
        let between = prefix.is_some_and(|p| self.is(p, kw!("between")));
        let joins = self.is(connector, kw!("to"))
            || (between && self.is(connector, kw!("and")))
            || matches!(self.symbol(connector), Some("-" | "–" | "—"));
        if !joins {
            return None;
        }
        let same_unit = |h: &Atom| low.unit.is_none() || h.unit.is_none() || low.unit == h.unit;
        let high =
            self.atom_at(connector + 1).filter(|h| same_unit(h) && !self.is_not_a_count(h))?;
        let lent = low.value * high.scale;
        let low_value = if low.scale == 1.0 && lent <= high.value { lent } else { low.value };
        (low_value < high.value).then_some(Range { low: low_value, high, prefix })
    }

    /// The end of a pair of numbers that states a rate or a score rather than
    /// counts: "1 in 3 adults", "one in five", "lost 2-1", "passed 218-214".
    fn rate_or_score_end(&self, low: &Atom) -> Option<usize> {
        let joint = low.last + 1;
        let score = matches!(self.symbol(joint), Some("-" | "–"))
            && self.glued(joint)
            && self.glued(joint + 1);
        let rate = self.is(joint, kw!("in"));
        if !score && !rate {
            return None;
        }
        let second = self.atom_at(joint + 1).filter(|a| !self.is_not_a_count(a))?;
        (score || (rate && second.value > low.value)).then_some(second.last + 1)
    }

    /// The hedge ending right before token `lead`, skipping "a total of" and
    /// "every" ("roughly every eight days").
    fn hedge_before(&self, lead: usize) -> Option<(Qualifier, usize)> {
        let of_before = lead.checked_sub(1).is_some_and(|p| self.is(p, kw!("of")));
        let total_of = TOTAL_OF.iter().filter(|_| of_before);
        let at = total_of.clone().find_map(|p| self.phrase_ending_at(p, lead)).unwrap_or(lead);
        let at = if at > 0 && self.is(at - 1, kw!("every")) { at - 1 } else { at };
        // Most numbers have no hedge: one look-up turns them away.
        if !at.checked_sub(1).and_then(|p| self.word(p)).is_some_and(is_hedge_word) {
            return None;
        }
        HEDGE_PHRASES
            .iter()
            .filter_map(|(q, p)| Some((*q, self.phrase_ending_at(p, at)?)))
            .min_by_key(|&(_, start)| start)
    }

    /// Where `phrase` starts if its words end right before token `end`.
    fn phrase_ending_at(&self, phrase: &Phrase, end: usize) -> Option<usize> {
        phrase
            .words()
            .iter()
            .try_fold(end, |at, &word| at.checked_sub(1).filter(|&p| self.is(p, word)))
    }

    /// What the number counts; `None` for a fraction ("two-thirds") or an
    /// age ("10-year-old"). A hyphenated duration counts its unit: "a 72-hour
    /// ceasefire" and "a 48-hour ceasefire" are figures that disagree.
    fn counted(&self, low: &Atom, high: &Atom) -> Option<Counted<'a>> {
        let after = high.last + 1;
        let agreement = if high.value == 1.0 { Agreement::One } else { Agreement::Many };
        let counted = if self.is_age_range(low) {
            Counted::stated("years", Cow::Borrowed("years"), low.first, high.last)
        } else if let Some(unit) = high.unit.or(low.unit) {
            let subject = match self.of_phrase(after, Agreement::Any) {
                Some(n) => Cow::Owned(format!("{unit} of {}", self.slice(n.first, n.last))),
                None => Cow::Borrowed(unit),
            };
            Counted::stated(unit, subject, low.first, high.last)
        } else if let Some(w) = self.attached_unit(high) {
            if self.word_of(w).is_in(TIME_UNITS) && self.is_age(w) {
                return None; // "a 10-year-old boy": an age, not a figure of the story
            }
            self.measure(w, w + 1, low.first, w)
        } else if let Some(m) = self.measure_before(low, after) {
            self.measure(m, after, m, high.last)
        } else if let Some(n) = self.noun_at(after, agreement) {
            self.named(&n, low.first, n.last)
        } else if let Some(n) = self.of_phrase(after, agreement) {
            self.named(&n, low.first, high.last)
        } else {
            Counted::elided(low.first, high.last)
        };
        (!is_fraction(counted.unit)).then_some(counted)
    }

    /// A noun of the text as unit, its phrase as subject; degrees keep their
    /// scale ("degrees Celsius"), which a conversion beside them does not share.
    fn named(&self, noun: &Noun, first: usize, last: usize) -> Counted<'a> {
        let subject = Cow::Borrowed(self.slice(noun.first, noun.last));
        let unit = self.dimensioned_unit(noun);
        let degrees = unit.eq_ignore_ascii_case("degrees") || unit.eq_ignore_ascii_case("degree");
        let scale =
            degrees.then(|| self.word(noun.unit + 1).and_then(|w| lookup(TEMPERATURE_SCALES, w)));
        match scale.flatten() {
            Some(scale) => Counted::stated(scale, subject, first, last),
            None => Counted::stated(unit, subject, first, last),
        }
    }

    /// The noun's unit with its dimension: "square feet", "cubic metres".
    fn dimensioned_unit(&self, noun: &Noun) -> &'a str {
        let dimension = noun.unit.checked_sub(1).filter(|&d| d >= noun.first);
        match dimension {
            Some(d) if self.is_dimension(d) => self.slice(d, noun.unit),
            _ => self.text_of(noun.unit),
        }
    }

    fn is_dimension(&self, t: usize) -> bool {
        self.is(t, kw!("square")) || self.is(t, kw!("cubic"))
    }

    /// A measure as modifier: it is the unit, and the noun after `after`
    /// completes the subject ("tonne destroyer").
    fn measure(&self, unit: usize, after: usize, first: usize, last: usize) -> Counted<'a> {
        let unit = self.text_of(unit);
        let subject = match self.noun_at(after, Agreement::One) {
            Some(n) => Cow::Owned(format!("{unit} {}", self.slice(n.first, n.last))),
            None => Cow::Borrowed(unit),
        };
        Counted::stated(unit, subject, first, last)
    }

    /// Whether the number is the age of the people it follows: "children
    /// aged 3 to 12", "children under five", "those over 65".
    fn is_age_range(&self, low: &Atom) -> bool {
        let Some(before) = low.first.checked_sub(1) else {
            return false;
        };
        let bound = self.word(before).is_some_and(|w| w.is_in(word_set!["under", "over"]));
        let group = || {
            before.checked_sub(1).and_then(|g| self.word(g)).is_some_and(|w| w.is_in(AGE_GROUPS))
        };
        self.is(before, kw!("aged")) || bound && group()
    }

    /// Whether the time unit at `unit` is glued to "-old": "10-year-old".
    fn is_age(&self, unit: usize) -> bool {
        self.glued(unit + 1) && self.glued(unit + 2) && self.is(unit + 2, key("old"))
    }

    /// A word glued to the number: "10km", "5,000-tonne", "two-year".
    fn attached_unit(&self, a: &Atom) -> Option<usize> {
        let next = a.last + 1;
        if !self.glued(next) {
            return None;
        }
        match self.kind(next)? {
            Kind::Word => Some(next),
            Kind::Symbol if matches!(self.text_of(next), "-" | "‐") && self.glued(next + 1) => {
                self.word(next + 1).map(|_| next + 1)
            }
            _ => None,
        }
    }

    /// A noun between an article and the number that measures rather than
    /// counts: "a magnitude 7.7 earthquake", "magnitude-7.7". Not when a plural
    /// follows ("the remaining 300 troops").
    fn measure_before(&self, low: &Atom, after: usize) -> Option<usize> {
        if let Some(m) = self.joined_measure(low.first) {
            return Some(m);
        }
        let p = low.first.checked_sub(1)?;
        let q = p.checked_sub(1)?;
        let after_article = self.is(q, kw!("a")) || self.is(q, kw!("an")) || self.is(q, kw!("the"));
        let noun = || {
            self.word(p).is_some_and(|w| {
                is_lowercase(w.text)
                    && !is_function_word(w)
                    && !is_hedge_word(w)
                    && !w.is_in(QUANTIFYING_ADJECTIVES)
                    && !looks_past(w)
                    && !w.text.ends_with("ing")
            })
        };
        let plural_follows =
            || self.phrase_words(after).iter().any(|&t| looks_plural(self.word_of(t)));
        (after_article && noun() && !plural_follows()).then_some(p)
    }

    /// Words of the noun phrase starting at `start`, hyphenated compounds
    /// included, up to a function word, a number, punctuation or a capitalized
    /// word after a lowercase one (capitalized modifiers come first: "North
    /// Korean soldiers").
    fn phrase_words(&self, start: usize) -> PhraseWords {
        // "three earlier versions": an adverb that ends "two days earlier"
        // modifies a plural it opens; "140 industrial and artisanal sites":
        // "and" joins two modifiers of one plural.
        let modifier = |w: Word, i: usize, previous: Option<usize>| match previous {
            None => {
                (w.key == kw!("earlier") || w.key == kw!("later"))
                    && self.word(i + 1).is_some_and(looks_plural)
            }
            Some(p) => {
                let before = self.word_of(p);
                (w.key == kw!("and") || w.key == kw!("or"))
                    && is_lowercase(before.text)
                    && !looks_plural(before)
                    && self.word(i + 1).is_some_and(|next| is_lowercase(next.text))
                    && self.word(i + 2).is_some_and(looks_plural)
            }
        };
        let is_phrase_word = |i: usize, previous: Option<usize>| {
            let after_lowercase =
                || previous.and_then(|p| self.word(p)).is_some_and(|w| is_lowercase(w.text));
            self.word(i).is_some_and(|w| {
                (!is_function_word(w) || modifier(w, i, previous))
                    && Part::of(w).is_none()
                    && !(is_capitalized(w.text) && after_lowercase())
            })
        };
        let mut words = PhraseWords { tokens: [0; MAX_PHRASE], len: 0 };
        let mut at = start;
        while words.len() < MAX_PHRASE && is_phrase_word(at, words.last().copied()) {
            words.push(at);
            let hyphen =
                self.symbol(at + 1) == Some("-") && self.glued(at + 1) && self.glued(at + 2);
            at += if hyphen && is_phrase_word(at + 2, Some(at)) { 2 } else { 1 };
        }
        self.trim_phrase(&mut words, at);
        words
    }

    /// Drops the end of a phrase that belongs to what follows it (`next`): a
    /// singular verb before its object ("the", "Myanmar": "earthquake struck
    /// Myanmar"), or a possessive before a number ("the country's 11 million").
    fn trim_phrase(&self, words: &mut PhraseWords, next: usize) {
        let object_follows = || {
            self.word(next).is_some_and(|w| {
                w.is_in(DETERMINERS)
                    || w.key == kw!("a")
                    || w.key == kw!("an")
                    || is_capitalized(w.text)
            })
        };
        let ends_singular = || words.last().is_some_and(|&t| !looks_plural(self.word_of(t)));
        if words.len() >= 2 && object_follows() && ends_singular() {
            words.len -= 1;
        }
        if words.last().is_some_and(|&t| is_possessive(self.text_of(t))) {
            words.len = 0;
        }
    }

    /// The counted noun of the phrase at `start`.
    fn noun_at(&self, start: usize, agreement: Agreement) -> Option<Noun> {
        let words = self.phrase_words(start);
        match agreement {
            Agreement::One => self.singular_noun(&words),
            Agreement::Many => self.plural_noun(&words).or_else(|| self.modified_measure(&words)),
            Agreement::Any => self.plural_noun(&words).or_else(|| self.singular_noun(&words)),
        }
    }

    /// "North Korean soldiers", "special forces soldiers" (a run of plurals
    /// ends at its last).
    fn plural_noun(&self, words: &[usize]) -> Option<Noun> {
        let plural = |t: &usize| looks_plural(self.word_of(*t));
        let p = words.iter().position(plural)?;
        let run = words[p..].iter().take_while(|t| plural(t)).count();
        Some(Noun { unit: words[p + run - 1], first: words[0], last: words[p + run - 1] })
    }

    /// "ballistic missile" in "one ballistic missile hits": the phrase ends
    /// before a word that reads as a verb (plural -s or past -ed).
    fn singular_noun(&self, words: &[usize]) -> Option<Noun> {
        let first = *words.first()?;
        let verb = |t: &usize| looks_plural(self.word_of(*t)) || looks_past(self.word_of(*t));
        let cut = words[1..].iter().position(verb).map_or(words.len(), |n| n + 1);
        Some(Noun { unit: words[cut - 1], first, last: words[cut - 1] })
    }

    /// A number before a singular phrase measures it: "7.7 magnitude quake"
    /// (unit "magnitude"). A lone word is a unit without a plural when it is
    /// an abbreviation ("10 km") or ends the clause ("500 million baht ($14.7
    /// million)"); before another word it is rather a verb ("300 remain there").
    fn modified_measure(&self, words: &[usize]) -> Option<Noun> {
        let cut = words.iter().position(|&t| looks_past(self.word_of(t))).unwrap_or(words.len());
        let lone_unit = |t: usize| {
            let w = self.text_of(t);
            let clause_ends = self.word(t + 1).is_none();
            let abbreviation = w.len() <= 3
                && w.bytes().all(|b| b.is_ascii_lowercase() && !b"aeiouy".contains(&b));
            is_lowercase(w)
                && (abbreviation || clause_ends)
                && !self.word_of(t).is_in(QUANTIFYING_ADJECTIVES)
                && !w.ends_with("ly")
        };
        match words[..cut] {
            [only] if lone_unit(only) => Some(Noun { unit: only, first: only, last: only }),
            [measure, next, .., last]
                if is_lowercase(self.text_of(last)) && self.is_dimension(measure) =>
            {
                Some(Noun { unit: next, first: measure, last })
            }
            [measure, .., last] if is_lowercase(self.text_of(last)) => {
                Some(Noun { unit: measure, first: measure, last })
            }
            _ => None,
        }
    }

    /// "of", maybe a determiner, and a noun phrase at `at`: "300 of the army's
    /// troops", "40% of voters".
    fn of_phrase(&self, at: usize, agreement: Agreement) -> Option<Noun> {
        if !self.is(at, kw!("of")) {
            return None;
        }
        let mut start = at + 1;
        while self.word(start).is_some_and(|w| w.is_in(DETERMINERS)) {
            start += 1;
        }
        self.noun_at(start, agreement)
    }

    /// "Twelve of the injured", "40 of the wounded": people named by an
    /// adjective alone, just after the figure at token `figure` — unless the
    /// sentence says what they were ("15 of the dead were children").
    fn described_people(&self, figure: usize) -> Option<(Cow<'a, str>, Cow<'a, str>)> {
        let of = (figure + 1..figure + 4).find(|&t| self.is(t, kw!("of")))?;
        let adjective = of + 2;
        let people = self.is(of + 1, kw!("the"))
            && self.word(adjective).is_some_and(|w| w.is_in(PEOPLE_ADJECTIVES));
        let were = self.word(adjective + 1).is_some_and(|w| w.is_in(word_set!["were", "are"]));
        let said_what = were && self.word(adjective + 2).is_some_and(|w| looks_plural(w));
        (people && !said_what)
            .then(|| (Cow::Borrowed("people"), Cow::Borrowed(self.slice(of + 1, adjective))))
    }

    /// "one" as a pronoun: "one of the slain soldiers", "the one who", "a
    /// second one".
    fn is_pronoun_one(&self, low: &Atom, high: &Atom, counted: &Counted) -> bool {
        let bare_one =
            low.digits.is_none() && low.first == high.last && self.is(low.first, kw!("one"));
        let modified = || {
            low.first
                .checked_sub(1)
                .and_then(|p| self.word(p))
                .is_some_and(|w| w.is_in(ONE_MODIFIERS))
        };
        bare_one && (counted.elided || modified() || self.is(low.last + 1, kw!("of")))
    }

    /// Gives each figure without a noun the unit of the nearest stated figure,
    /// else the nearest plural that is not a speaker.
    fn infer_elided_units(&self, figures: &mut [Figure<'a>], places: &[Place]) {
        for i in 0..figures.len() {
            if !places[i].elided {
                continue;
            }
            let borrowed = self
                .valued_noun(places[i].token)
                .map(|unit| (unit.clone(), unit))
                .or_else(|| {
                    let j = nearest_stated(figures, places, i)?;
                    Some((figures[j].quantity.unit.clone(), figures[j].quantity.subject.clone()))
                })
                .or_else(|| self.described_people(places[i].token))
                .or_else(|| self.implied_noun(places[i].token).map(|w| (w.clone(), w)));
            if let Some((unit, subject)) = borrowed {
                let quantity = &mut figures[i].quantity;
                quantity.unit = unit;
                quantity.subject = subject;
            }
        }
    }

    /// The noun an elided figure at token `figure` is the value of, a few
    /// words before it in its clause: "put the toll at 31" and "the death toll
    /// rose to 212" count deaths, "a population of about 45,000" people, "a
    /// magnitude of 6.4" is a magnitude and "a vote of 79 to 18" counts votes. It
    /// outranks a count nearby ("six more people died … and put the toll at 31").
    fn valued_noun(&self, figure: usize) -> Option<Cow<'a, str>> {
        (figure.saturating_sub(VALUE_REACH)..figure)
            .rev()
            // Words and numbers: "a vote of 61 to 38" reaches "vote" from 38.
            .take_while(|&t| self.tokens[t].kind != Kind::Symbol)
            .find_map(|t| {
                if self.is(t, kw!("toll")) {
                    Some(self.toll_counts(t).unwrap_or(Cow::Borrowed("deaths")))
                } else if self.is(t, kw!("dead")) && self.is(t.wrapping_sub(1), kw!("of")) {
                    Some(Cow::Borrowed("deaths")) // "the number of dead rose to 80"
                } else {
                    let (_, unit) = VALUED_NOUNS.iter().find(|&&(noun, _)| self.is(t, noun))?;
                    Some(Cow::Borrowed(*unit))
                }
            })
    }

    /// What the toll at token `toll` counts, by the word before it: "death
    /// toll" → "deaths".
    fn toll_counts(&self, toll: usize) -> Option<Cow<'a, str>> {
        let counted = toll.checked_sub(1).and_then(|p| self.word(p))?;
        (is_lowercase(counted.text) && !is_function_word(counted))
            .then(|| Cow::Owned(format!("{}s", counted.text)))
    }

    /// The noun an elided figure leaves out, nearest first (earlier words
    /// before later ones): a lowercase plural that is not a speaker, or what a
    /// toll counts ("death toll" → "deaths").
    fn implied_noun(&self, from: usize) -> Option<Cow<'a, str>> {
        let noun_at = |t: usize| {
            let word = self.word(t)?;
            if word.key == kw!("toll") {
                return self.toll_counts(t);
            }
            let plural = is_lowercase(word.text) && looks_plural(word) && !word.is_in(TIME_UNITS);
            (plural && !self.is_speaker(t)).then_some(Cow::Borrowed(word.text))
        };
        // After the figure, "…, lies in the north": a verb that opens a clause
        // after a comma, before a function word, is no noun.
        let verb_after_comma = |t: usize| {
            self.symbol(t.wrapping_sub(1)) == Some(",")
                && self.word(t + 1).is_some_and(is_function_word)
        };
        let end = (from + REACH).min(self.tokens.len());
        (from.saturating_sub(REACH)..from)
            .rev()
            .find_map(noun_at)
            .or_else(|| (from + 1..end).filter(|&t| !verb_after_comma(t)).find_map(noun_at))
    }

    /// "officials said", "officials have said", "according to officials".
    fn is_speaker(&self, t: usize) -> bool {
        let auxiliary = self.word(t + 1).is_some_and(|w| w.is_in(word_set!["have", "has", "had"]));
        let verb = if auxiliary { t + 2 } else { t + 1 };
        let according = t >= 2 && self.is(t - 2, kw!("according")) && self.is(t - 1, kw!("to"));
        according || self.word(verb).is_some_and(|w| w.is_in(REPORTING_VERBS))
    }
}

/// Gives each figure of a sentence that names nothing the unit of the last
/// figure of the sentence before it that counts a plural: "154 bodies had
/// been recovered. … “almost 180” had been found". Only the unit: what the
/// other sentence said of them ("40 of the rebels’ fighters died") is its own.
pub fn borrow_units<'a>(previous: &[Figure<'a>], figures: &mut [Figure<'a>]) {
    let Some(stated) = previous.iter().rev().map(|f| &f.quantity).find(|q| counts_a_plural(q))
    else {
        return;
    };
    for quantity in figures.iter_mut().map(|f| &mut f.quantity).filter(|q| q.unit.is_empty()) {
        quantity.unit.clone_from(&stated.unit);
        quantity.subject.clone_from(&stated.unit);
    }
}

/// Whether `quantity` names a plural it counts: neither a measure
/// ("magnitude") nor a duration.
fn counts_a_plural(quantity: &Quantity<Cow<str>>) -> bool {
    let unit = Word::new(&quantity.unit);
    looks_plural(unit) && !unit.is_in(TIME_UNITS)
}

/// The nearest figure (earlier ones first) that names what it counts, within
/// reach: a plural, so neither a measure ("magnitude") nor a duration.
fn nearest_stated(figures: &[Figure], places: &[Place], i: usize) -> Option<usize> {
    let token = places[i].token;
    let usable = |j: &usize| !places[*j].elided && counts_a_plural(&figures[*j].quantity);
    let near = |j: &usize| places[*j].token.abs_diff(token) <= REACH;
    (0..i)
        .rev()
        .take_while(near)
        .find(usable)
        .or_else(|| (i + 1..places.len()).take_while(near).find(usable))
}

#[cfg(test)]
mod tests {
    use super::*;
    use Qualifier::*;

    #[test]
    fn currency_reads_every_sign_and_code_and_nothing_else() {
        let entries = || CURRENCIES.split(';').filter_map(|entry| entry.split_once(' '));
        let listed = |written: &str| entries().find(|&(sign, _)| sign == written).map(|e| e.1);
        // Each sign, and every piece of one, of a name or across entries.
        for (at, _) in CURRENCIES.char_indices() {
            for end in
                (at..=CURRENCIES.len().min(at + 8)).filter(|&e| CURRENCIES.is_char_boundary(e))
            {
                let written = &CURRENCIES[at..end];
                assert_eq!(currency(written), listed(written), "{written:?}");
            }
        }
        assert_eq!(
            entries().filter(|&(sign, _)| currency(sign).is_some()).count(),
            entries().count()
        );
    }

    /// The only figure in `sentence`.
    fn only(sentence: &str) -> Figure<'_> {
        let figures = find_figures(sentence);
        assert_eq!(figures.len(), 1, "{sentence:?} → {figures:#?}");
        figures.into_iter().next().unwrap()
    }

    fn assert_figure<'a>(
        sentence: &'a str,
        low: f64,
        high: Option<f64>,
        qualifier: Qualifier,
        unit: &str,
    ) -> Figure<'a> {
        let figure = only(sentence);
        let q = &figure.quantity;
        assert_eq!(
            (q.low, q.high, q.qualifier, &*q.unit),
            (low, high, qualifier, unit),
            "{sentence:?}"
        );
        figure
    }

    fn span(sentence: &str) -> &str {
        let figure = only(sentence);
        &sentence[figure.start..figure.end]
    }

    fn assert_none(sentences: &[&str]) {
        for sentence in sentences {
            assert_eq!(find_figures(sentence), vec![], "{sentence:?}");
        }
    }

    fn units(sentence: &str) -> Vec<String> {
        find_figures(sentence).into_iter().map(|f| f.quantity.unit.into_owned()).collect()
    }

    #[test]
    fn digit_runs_read_as_the_standard_parser_reads_them() {
        let runs = [
            "0",
            "7",
            "40",
            "1,644",
            "1.3",
            "7.7",
            "0.1",
            "3.14159",
            "10,000,000",
            "1,000.25",
            "2025",
            "123456789012345",
            "9007199254740993",
            "18446744073709551616",
            "1,000,000,000,000,000,000,000",
            "0.000001",
            "99.999",
        ];
        for run in runs {
            assert_eq!(digits_value(run), run.replace(',', "").parse::<f64>().ok(), "{run}");
        }
        assert_eq!(digits_value(&"9".repeat(400)), None);
    }

    #[test]
    fn digits_with_separators_count_the_following_plural() {
        assert_figure("The ministry sent 16,000 troops.", 16000.0, Some(16000.0), Exact, "troops");
        assert_eq!(span("The ministry sent 16,000 troops."), "16,000 troops");
        assert_figure("It has 10,000,000 residents", 1e7, Some(1e7), Exact, "residents");
    }

    #[test]
    fn scale_words_multiply_and_the_head_noun_skips_adjectives() {
        let f = assert_figure(
            "a military of about 1.3 million active personnel",
            1.3e6,
            Some(1.3e6),
            About,
            "personnel",
        );
        assert_eq!(f.quantity.subject, "active personnel");
        assert_figure("The fund holds 3 billion euros", 3e9, Some(3e9), Exact, "euros");
        assert_figure("It fell by 2.5 points", 2.5, Some(2.5), Exact, "points");
    }

    #[test]
    fn number_words_are_read_as_numbers() {
        assert_figure("twenty-five soldiers died", 25.0, Some(25.0), Exact, "soldiers");
        assert_figure("Two hundred and fifty people fled", 250.0, Some(250.0), Exact, "people");
        assert_figure("a dozen drones", 12.0, Some(12.0), Exact, "drones");
        assert_figure("six villages", 6.0, Some(6.0), Exact, "villages");
        assert_figure("three million voters", 3e6, Some(3e6), Exact, "voters");
        assert_figure("At least two dozen people died", 24.0, None, AtLeast, "people");
    }

    #[test]
    fn vague_plurals_and_fractions_are_not_figures() {
        assert_none(&[
            "Dozens of people were hurt",
            "hundreds of thousands fled",
            "tens of thousands of protesters",
            "nearly half of the votes",
            "two-thirds of voters",
            "two thirds of the seats",
            "a few hundred people",
        ]);
    }

    #[test]
    fn ranges_take_both_bounds() {
        for sentence in [
            "20,000 to 22,000 troops",
            "20,000-22,000 troops",
            "20,000–22,000 troops",
            "between 20,000 and 22,000 troops",
            "from 20,000 to 22,000 troops",
        ] {
            let figure = assert_figure(sentence, 20000.0, Some(22000.0), Exact, "troops");
            assert_eq!(&sentence[figure.start..figure.end], sentence, "{sentence:?}");
        }
        assert_figure("between 200 and 300 migrants", 200.0, Some(300.0), Exact, "migrants");
        assert_figure("from five to seven people", 5.0, Some(7.0), Exact, "people");
    }

    #[test]
    fn range_with_hedge_keeps_both_bounds_and_the_qualifier() {
        let f = assert_figure(
            "sent about 20,000 to 22,000 troops to the front",
            20000.0,
            Some(22000.0),
            About,
            "troops",
        );
        assert_eq!(f.quantity.subject, "troops");
    }

    #[test]
    fn range_lends_its_scale_to_a_bare_low_bound() {
        assert_figure("between 1 and 1.5 million people", 1e6, Some(1.5e6), Exact, "people");
        assert_figure("500 to 1 million people", 500.0, Some(1e6), Exact, "people");
    }

    #[test]
    fn descending_numbers_are_not_a_range() {
        assert_eq!(find_figures("The vote was 52 to 48 seats").len(), 2);
    }

    #[test]
    fn percentages_have_unit_percent() {
        assert_figure("40% said no", 40.0, Some(40.0), Exact, "percent");
        assert_figure("40 percent said no", 40.0, Some(40.0), Exact, "percent");
        assert_figure("40 per cent said no", 40.0, Some(40.0), Exact, "percent");
        let f = assert_figure("Prices rose 3.2% in March", 3.2, Some(3.2), Exact, "percent");
        assert_eq!((f.start, f.end), (12, 16));
        let f = assert_figure("He won 52% of the vote", 52.0, Some(52.0), Exact, "percent");
        assert_eq!(f.quantity.subject, "percent of vote");
        assert_figure("Unemployment fell 0.2 percentage points", 0.2, Some(0.2), Exact, "points");
        assert_figure("between 40% and 45% of voters", 40.0, Some(45.0), Exact, "percent");
    }

    #[test]
    fn every_hedge_sets_qualifier_and_interval() {
        for &(qualifier, phrases) in HEDGES {
            let (low, high) = match qualifier {
                AtLeast | MoreThan => (50.0, None),
                UpTo | FewerThan => (0.0, Some(50.0)),
                _ => (50.0, Some(50.0)),
            };
            for phrase in phrases {
                let sentence = format!("{phrase} 50 people");
                let f = assert_figure(&sentence, low, high, qualifier, "people");
                assert_eq!(&sentence[f.start..f.end], sentence);
            }
        }
    }

    #[test]
    fn hedge_at_least_opens_the_interval_above() {
        let f = assert_figure(
            "The quake killed at least 1,644 people",
            1644.0,
            None,
            AtLeast,
            "people",
        );
        assert!(f.quantity.qualifier.is_open_above());
    }

    #[test]
    fn hedge_reaches_across_every() {
        let sentence = "Cases double roughly every eight days.";
        let f = assert_figure(sentence, 8.0, Some(8.0), About, "days");
        assert_eq!(&sentence[f.start..f.end], "roughly every eight days");
        // Without a hedge the figure starts at its number.
        assert_eq!(
            assert_figure("Buses run every 10 minutes.", 10.0, Some(10.0), Exact, "minutes").start,
            16
        );
    }

    #[test]
    fn hedge_reaches_across_a_total_of() {
        let sentence =
            "The ministry sent an estimated total of 16,000 troops, including 3,000 reinforcements.";
        let figures = find_figures(sentence);
        assert_eq!(figures.len(), 2);
        let q = &figures[0].quantity;
        assert_eq!((q.low, q.qualifier, &*q.unit), (16000.0, About, "troops"));
        assert_eq!(
            &sentence[figures[0].start..figures[0].end],
            "an estimated total of 16,000 troops"
        );
        assert_eq!(figures[1].quantity.unit, "reinforcements");
        assert_figure("a total of 16,000 troops", 16000.0, Some(16000.0), Exact, "troops");
    }

    #[test]
    fn counted_noun_is_the_head_of_the_phrase() {
        let f = assert_figure(
            "they killed a unit of 25 North Korean soldiers in the valley",
            25.0,
            Some(25.0),
            Exact,
            "soldiers",
        );
        assert_eq!(f.quantity.subject, "North Korean soldiers");
        let f = only("deployed 1,500 special forces soldiers to the front");
        assert_eq!(
            (&*f.quantity.unit, &*f.quantity.subject),
            ("soldiers", "special forces soldiers")
        );
        assert_eq!(units("Israel freed 300 Palestinians"), ["Palestinians"]);
        assert_eq!(units("It sent 3,000 more troops"), ["troops"]);
        assert_eq!(units("the remaining 300 troops left"), ["troops"]);
    }

    #[test]
    fn n_of_possessive_noun_counts_that_noun() {
        let sentence = "Analysts estimated that some 300 of Beijing’s troops died.";
        let f = assert_figure(sentence, 300.0, Some(300.0), About, "troops");
        assert_eq!(f.quantity.subject, "Beijing’s troops");
        assert_eq!(&sentence[f.start..f.end], "some 300");
        assert_eq!(units("two of the soldiers were hurt"), ["soldiers"]);
    }

    #[test]
    fn hyphenated_measure_is_the_unit() {
        let sentence = "He attended a launch for a new 5,000-tonne destroyer, which";
        let f = assert_figure(sentence, 5000.0, Some(5000.0), Exact, "tonne");
        assert_eq!(f.quantity.subject, "tonne destroyer");
        assert_eq!(&sentence[f.start..f.end], "5,000-tonne");
        assert_eq!(units("The road is 10km long"), ["km"]);
        assert_eq!(units("the 435-member House"), ["member"]);
    }

    #[test]
    fn the_age_of_a_group_counts_years() {
        assert_eq!(units("One in five of the sick are children aged 3 to 12."), ["years"]);
        let under = "Children under five were at risk, and 80 tonnes of supplies arrived.";
        assert_eq!(units(under), ["years", "tonnes"]);
        assert_eq!(units("Those over 65 should stay home."), ["years"]);
        assert_eq!(units("He paid under 500 dollars for 3 tickets."), ["dollars", "tickets"]);
    }

    #[test]
    fn an_area_or_a_volume_keeps_its_dimension() {
        assert_eq!(units("flats of less than 430 square feet"), ["square feet"]);
        assert_eq!(
            units("a 2,000 square kilometre reserve and 40 cubic metres of water"),
            ["square kilometre", "cubic metres"]
        );
    }

    #[test]
    fn hyphenated_duration_is_a_figure_and_an_age_is_not() {
        let sentence = "A 72-hour ceasefire agreed last month collapsed.";
        let f = assert_figure(sentence, 72.0, Some(72.0), Exact, "hour");
        assert_eq!(f.quantity.subject, "hour ceasefire");
        assert_eq!(&sentence[f.start..f.end], "72-hour");
        assert_eq!(units("under a two-year pilot scheme"), ["year"]);
        assert_eq!(units("the battle lasted two years"), ["years"]);
        assert_none(&["a 10-year-old boy", "his 17-year-old nephew was hurt"]);
    }

    #[test]
    fn a_letter_scale_glued_to_a_count_multiplies_it() {
        assert_figure("Some 3m people lack power", 3e6, Some(3e6), About, "people");
        assert_eq!(units("a 3m wall"), ["m"]);
    }

    #[test]
    fn earlier_later_and_joined_modifiers_before_a_plural_modify_it() {
        assert_eq!(units("The kids left after three earlier versions stalled."), ["versions"]);
        assert_eq!(units("It resumed two days later."), ["days"]);
        let joined = "Inspectors will visit some 140 industrial and artisanal sites.";
        assert_eq!(units(joined), ["sites"]);
    }

    #[test]
    fn plurals_in_men_count_people() {
        assert_eq!(units("Two businessmen received suspended sentences"), ["businessmen"]);
        assert_eq!(units("Police said 12 gunmen stormed the hotel"), ["gunmen"]);
        assert_eq!(units("The lab kept 40 specimen jars"), ["jars"]);
    }

    #[test]
    fn an_age_after_a_name_is_no_figure() {
        assert_none(&[
            "Judge Ana Berg said Tomas Lind, 61, had lied.",
            "said Ravi Das, 54, a farmer",
        ]);
        // Other numbers between commas still count.
        assert_eq!(
            units("Of the 40 hostages, 12, all women, were freed."),
            ["hostages", "hostages"]
        );
    }

    #[test]
    fn magnitude_before_or_after_the_number_is_the_unit() {
        let sentence = "A magnitude 7.7 earthquake struck Myanmar";
        let f = assert_figure(sentence, 7.7, Some(7.7), Exact, "magnitude");
        assert_eq!(f.quantity.subject, "magnitude earthquake");
        assert_eq!(&sentence[f.start..f.end], "magnitude 7.7");
        assert_eq!(units("a 7.7 magnitude earthquake"), ["magnitude"]);
        assert_eq!(units("a 7.7-magnitude earthquake"), ["magnitude"]);
        assert_eq!(units("a magnitude-7.7 earthquake"), ["magnitude"]);
    }

    #[test]
    fn a_list_gives_one_figure_per_item() {
        let figures = find_figures(
            "the front launched 86 drones, one ballistic missile and two cruise missiles",
        );
        let got: Vec<_> = figures
            .iter()
            .map(|f| (f.quantity.low, &*f.quantity.unit, &*f.quantity.subject))
            .collect();
        assert_eq!(
            got,
            [
                (86.0, "drones", "drones"),
                (1.0, "missile", "ballistic missile"),
                (2.0, "missiles", "cruise missiles")
            ]
        );
    }

    #[test]
    fn money_is_counted_in_its_currency() {
        let sentence = "The US pledged $1.5 billion in aid";
        let f = assert_figure(sentence, 1.5e9, Some(1.5e9), Exact, "dollars");
        assert_eq!(&sentence[f.start..f.end], "$1.5 billion");
        assert_figure("a deal worth $5m", 5e6, Some(5e6), Exact, "dollars");
        assert_figure("at least £20bn of cuts", 2e10, None, AtLeast, "pounds");
        assert_figure("It paid US$300", 300.0, Some(300.0), Exact, "dollars");
    }

    #[test]
    fn a_currency_code_before_an_amount_is_its_currency() {
        let sentence = "Epsilon offered EUR 4.2 billion for the unit";
        let f = assert_figure(sentence, 4.2e9, Some(4.2e9), Exact, "euros");
        assert_eq!(&sentence[f.start..f.end], "EUR 4.2 billion");
        assert_figure("Sales reached CHF 1.2bn last year", 1.2e9, Some(1.2e9), Exact, "francs");
        assert_figure("a loan of more than USD 300 million", 3e8, None, MoreThan, "dollars");
        assert_figure(
            "The state will spend Rs. 450 on each child",
            450.0,
            Some(450.0),
            Exact,
            "rupees",
        );
        // Codes count only as written: lower case they are words.
        assert_eq!(units("The team won 3 games"), ["games"]);
    }

    #[test]
    fn people_named_by_an_adjective_are_people() {
        assert_eq!(units("Twelve of the injured were in a critical condition."), ["people"]);
        assert_eq!(units("At least 40 of the wounded were flown to the capital."), ["people"]);
        // A noun after the adjective is the unit.
        assert_eq!(units("Two of the injured soldiers died."), ["soldiers"]);
        // What they were, when the sentence says it.
        assert_eq!(units("Between 15 and 20 of the dead were children."), ["children"]);
    }

    #[test]
    fn an_ordinal_before_a_number_is_not_its_unit() {
        assert_eq!(
            units("It has built the first 7,000 of a planned 30,000 units."),
            ["units", "units"]
        );
        assert_eq!(units("The last 300 residents left on Sunday."), ["residents"]);
    }

    #[test]
    fn a_dollar_that_says_whose_it_is_keeps_its_country() {
        let sentence = "flats worth up to HK$8 million";
        let f = assert_figure(sentence, 0.0, Some(8e6), UpTo, "Hong Kong dollars");
        assert_eq!(&sentence[f.start..f.end], "up to HK$8 million");
        assert_figure("a S$300 million fund", 3e8, Some(3e8), Exact, "Singapore dollars");
        assert_figure("It raised AUD 12 million", 1.2e7, Some(1.2e7), Exact, "Australian dollars");
        let sentence = "It paid US$300";
        let f = assert_figure(sentence, 300.0, Some(300.0), Exact, "dollars");
        assert_eq!(&sentence[f.start..f.end], "US$300");
    }

    #[test]
    fn one_after_an_ordinal_or_only_is_a_pronoun() {
        assert!(find_figures(
            "It opened a cooling unit and plans to add a second one next spring."
        )
        .is_empty());
        assert!(find_figures("They closed the old bridge and will build a new one.").is_empty());
        assert_eq!(units("Only one bridge was left standing."), ["bridge"]);
    }

    #[test]
    fn degrees_keep_their_scale() {
        let sentence = "It was 2.3 degrees Celsius (4.1 degrees Fahrenheit) warmer than 20 degrees";
        assert_eq!(units(sentence), ["degrees Celsius", "degrees Fahrenheit", "degrees"]);
    }

    #[test]
    fn a_time_ago_is_a_date_not_a_count() {
        assert!(find_figures("The law passed two years ago and three months ago.").is_empty());
        assert_eq!(units("It lasted two years."), ["years"]);
    }

    #[test]
    fn crore_and_lakh_scale_an_amount() {
        assert_figure("a budget of Rs 500 crore", 5e9, Some(5e9), Exact, "rupees");
        assert_figure("The fund raised 12.5 crore rupees", 1.25e8, Some(1.25e8), Exact, "rupees");
        assert_figure("some 3 lakh pilgrims", 3e5, Some(3e5), About, "pilgrims");
    }

    #[test]
    fn elided_noun_is_borrowed_from_the_nearest_figure() {
        let figures =
            find_figures("The quake killed at least 1,644 people and injured more than 3,400");
        assert_eq!(figures.len(), 2);
        let q = &figures[1].quantity;
        assert_eq!((q.low, q.high, q.qualifier, &*q.unit), (3400.0, None, MoreThan, "people"));
        assert_eq!(units("Of the 25 soldiers, 10 died"), ["soldiers", "soldiers"]);
        assert_eq!(units("10 of the 25 soldiers died"), ["soldiers", "soldiers"]);
    }

    #[test]
    fn elided_noun_falls_back_to_a_plural_that_is_not_the_speaker() {
        assert_eq!(units("The troops were moved and at least 10,000 remain there"), ["troops"]);
        assert_eq!(
            units(
                "South Korean and Ukraine intelligence officials have said North Korea \
                 dispatched at least 10,000 to the front last fall."
            ),
            [""]
        );
        assert_eq!(units("Officials said 300 fled"), [""]);
    }

    #[test]
    fn elision_ignores_durations() {
        assert_eq!(units("Over two years, at least 500 died in clashes"), ["years", "clashes"]);
    }

    #[test]
    fn years_are_not_figures_unless_they_count_a_plural() {
        assert_none(&[
            "signed with Moscow in 2024",
            "the war ended in 1950",
            "the 1950-53 Korean War",
            "in 2024–25",
            "date 2025-04-28 SEOUL",
            "the 2024 elections",
            "since mid-2022",
            "in the 1990s",
        ]);
        assert_figure("They sent 2024 troops", 2024.0, Some(2024.0), Exact, "troops");
        assert_figure("They sent 2,024 troops", 2024.0, Some(2024.0), Exact, "troops");
    }

    #[test]
    fn dates_are_not_figures() {
        assert_none(&[
            "said on April 24 that",
            "on 26 April about",
            "On 11 January 2025, forces captured",
            "on the 5th",
            "April 24, 2025",
            "on Jan. 5",
            "on 4/24",
            "April 24-26",
        ]);
    }

    #[test]
    fn clock_times_are_not_figures() {
        assert_none(&[
            "UPDATED 28 April, 2025, 03:00 a.m.",
            "at 3 a.m. local time",
            "at 10 p.m.",
            "at 3pm",
            "by 9 AM",
            "at 10:30",
        ]);
    }

    #[test]
    fn ordinals_are_not_figures() {
        assert_none(&[
            "for the first time",
            "his second term",
            "the 3rd battalion",
            "the 21st century",
        ]);
    }

    #[test]
    fn identifiers_and_names_are_not_figures() {
        assert_none(&[
            "citing Article 4 of the treaty",
            "under Resolution 2231",
            "Section 3 applies",
            "during COVID-19",
            "F-16 jets",
            "Su-34 bombers",
            "the G7 summit",
            "seeded No. 5",
            "since World War II",
            "the Apollo 11 crew",
            "a Boeing 737 crashed",
            "in Formula One racing",
            "5G networks",
        ]);
        assert_eq!(units("two Su-34 bombers"), ["bombers"]);
    }

    #[test]
    fn one_as_pronoun_is_skipped_but_one_noun_is_counted() {
        assert_none(&[
            "one of the slain soldiers",
            "one of the world’s biggest armies",
            "no one was hurt",
            "the one who left",
        ]);
        assert_figure("It fired one ballistic missile.", 1.0, Some(1.0), Exact, "missile");
    }

    #[test]
    fn numbers_in_urls_handles_and_after_hash_are_skipped() {
        assert_none(&[
            "see https://example.com/2024/05/25-dead",
            "visit www.news24.com today",
            "mail desk1@paper.com",
            "ranked #5",
        ]);
    }

    #[test]
    fn bare_number_verb_after_count_is_not_the_unit() {
        assert_eq!(units("the quake killed 300, and 300 fled"), ["", ""]);
    }

    #[test]
    fn offsets_are_char_boundaries_around_curly_quotes_and_dashes() {
        let sentence = "“At least 25 soldiers” — and ‘some 300’ – fled…";
        let figures = find_figures(sentence);
        let spans: Vec<&str> = figures.iter().map(|f| &sentence[f.start..f.end]).collect();
        assert_eq!(spans, ["At least 25 soldiers", "some 300"]);
    }

    #[test]
    fn death_toll_implies_deaths() {
        assert_eq!(
            units("The death toll rose to at least 212 on Sunday, officials said"),
            ["deaths"]
        );
        assert_eq!(units("the likely death toll was between 100 and 1,000"), ["deaths"]);
    }

    #[test]
    fn a_figure_after_a_toll_or_a_population_is_its_value() {
        let toll = "Six more people had died overnight, and the ministry put the toll at 31.";
        assert_eq!(units(toll), ["people", "deaths"]);
        // Not "lies", the verb after the aside.
        let town =
            "Marsk, which had a pre-war population of about 45,000, lies 8km from the river.";
        assert_eq!(units(town), ["people", "km"]);
        // Past a clause break the toll is not the figure's.
        assert_ne!(units("The toll rose sharply, and 12 were rescued."), ["deaths"]);
        let quake = "The survey put the quake's magnitude at 6.1, revised from a magnitude of 6.4.";
        assert_eq!(units(quake), ["magnitude", "magnitude"]);
        let dead = "Rescuers found 12 survivors. The number of dead rose to between 80 and 90.";
        assert_eq!(units(dead), ["survivors", "deaths"]);
        let vote = "The Senate passed the $9 billion bill by a vote of 61 to 38.";
        assert_eq!(units(vote), ["dollars", "votes", "votes"]);
    }

    #[test]
    fn a_lone_singular_noun_is_a_unit_only_at_the_end_of_the_clause() {
        assert_eq!(
            units("the government would release 500 million baht ($14.7 million)"),
            ["baht", "dollars"]
        );
        assert_eq!(units("The troops were moved and 300 remain there"), ["troops"]);
    }

    #[test]
    fn lowercase_number_word_after_a_name_is_a_count() {
        assert_eq!(units("Trump met Kim three times"), ["times"]);
        assert_eq!(units("Trump won 312 electoral votes to Harris's 226."), ["votes", "votes"]);
        assert_eq!(units("The iPhone 16 costs $799"), ["dollars"]);
    }

    #[test]
    fn rates_and_scores_are_not_counts() {
        assert_none(&[
            "About 1 in 3 adults are obese",
            "one in five voters",
            "The team lost 2-1",
            "The bill passed 218-214",
        ]);
        assert_eq!(units("killed 25 people in two attacks"), ["people", "attacks"]);
        assert_eq!(units("killed 25 in 2024"), [""]);
    }

    #[test]
    fn half_a_million_is_half_of_a_million() {
        assert_figure("Roughly half a million people attended", 5e5, Some(5e5), About, "people");
        assert_figure("half a dozen drones", 6.0, Some(6.0), Exact, "drones");
    }

    #[test]
    fn economics_weather_and_crime_news_read_naturally() {
        let cases: &[(&str, &[&str])] = &[
            ("The bank raised rates by 25 basis points to 5.25 percent", &["points", "percent"]),
            (
                "The storm left 2.3 million homes without power across 12 states",
                &["homes", "states"],
            ),
            (
                "Police arrested 14 people and seized 3 kilograms of cocaine",
                &["people", "kilograms"],
            ),
            ("The company cut 10,000 jobs, or 5% of its workforce", &["jobs", "percent"]),
            ("Ukraine said it shot down 62 of the 86 drones", &["drones", "drones"]),
        ];
        for &(sentence, expected) in cases {
            assert_eq!(units(sentence), expected, "{sentence:?}");
        }
    }

    #[test]
    fn function_words_are_sorted_for_binary_search() {
        assert!(FUNCTION_WORDS.windows(2).all(|pair| pair[0] < pair[1]));
    }

    #[test]
    fn odd_inputs_never_panic() {
        let many = "7 cats, ".repeat(3000);
        let huge = "9".repeat(400);
        let inputs = [
            "",
            "1,",
            ",5",
            "1..2",
            "-",
            "–",
            "%",
            "$",
            "a",
            "one",
            "between",
            "10,000,000,000,000,000,000,000 stars",
            &many,
            &huge,
            "日本 ３ 人 10人 ½ 5½ €",
            "1.5.6 x 3:",
            "—12",
            "12—",
            "a.m.",
            "’s 5’",
        ];
        for input in inputs {
            for figure in find_figures(input) {
                assert!(
                    figure.start < figure.end && input.get(figure.start..figure.end).is_some(),
                    "{input:?}"
                );
            }
        }
        assert_eq!(find_figures(&many).len(), 3000);
        assert_eq!(only("10,000,000,000,000,000,000,000 stars").quantity.low, 1e22);
    }
}
