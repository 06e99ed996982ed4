//! Dates: absolute and relative date expressions in a sentence, resolved to
//! day intervals against the publication date.
//!
//! The sentence is tokenized once into words, numbers and single punctuation
//! marks (byte spans, one vector per sentence). A cursor walks the tokens and
//! tries the expression shapes that can *start* at each token: a part
//! ("early", "mid-"), a relative word ("yesterday"), a modifier ("last",
//! "this past"), "N … ago", a weekday, a month, a season or a number. The first
//! shape that matches consumes its tokens, so mentions never overlap: "11
//! January 2025" is one mention, never a day plus a year.
//!
//! Ambiguous words need context. Month and weekday names must be capitalized;
//! a bare month ("May", "March") also needs a cue before it ("in", "since",
//! "early"…), and abbreviations ("Mar", "Wed") need a day, a year or a dot. A
//! four-digit number is a year unless something says it counts ("about 2000",
//! "2024 troops", "Resolution 1973").
//!
//! A bare weekday, month or season means the latest one not after publication,
//! unless its clause is in the future tense ("will meet on Friday"), then the
//! first one not before it. Without a publication date, relative expressions
//! are recognized (so their words are not misread) but not reported.
//!
//! Spans leave out a leading preposition or article and keep modifiers:
//! "on Saturday" → "Saturday", "in June last year" → "June last year",
//! "the 1990s" → "1990s", "last fall", "mid-2024".

use std::cell::Cell;

use crate::bytescan::{self, is_alphabetic, leading_letters, letters_end, padded_word};
use crate::case::is_lower;
use crate::date::{Date, DateRange, Weekday};
use crate::keyfilter::KeyFilter;
use crate::scratch;

/// How exact a resolved date is; drives how a timeline draws it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Precision {
    Day,
    Week,
    Month,
    /// Three months: a season or a quarter.
    Season,
    Year,
    /// Several years ("1950-53").
    Years,
}

/// One date expression; `start..end` are byte offsets within the sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct DateMention {
    pub start: usize,
    pub end: usize,
    pub range: DateRange,
    pub precision: Precision,
}

/// Every date expression in `sentence`, in order. Relative expressions need
/// `published`; without it they are skipped.
pub fn find_dates(sentence: &str, published: Option<Date>) -> Vec<DateMention> {
    let scan =
        Scanner { text: sentence, tokens: tokenize(sentence, scratch::take(&TOKENS)), published };
    let mut mentions = Vec::new();
    let mut i = 0;
    while i < scan.tokens.len() {
        let Some(found) = scan.expression_at(i) else {
            i += 1;
            continue;
        };
        if let Some(when) = found.when {
            mentions.push(DateMention {
                start: scan.tokens[i].start,
                end: scan.tokens[found.end - 1].end,
                range: when.range,
                precision: when.precision,
            });
        }
        i = found.end;
    }
    scratch::give_back(&TOKENS, scan.tokens);
    mentions
}

thread_local! {
    /// One token buffer for every sentence (see [`scratch`]).
    static TOKENS: Cell<Vec<Token>> = const { Cell::new(Vec::new()) };
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Word,
    Number,
    Punct,
}

/// A word (letters), a number (digits, with "," or "." only between digits)
/// or one punctuation character, as a byte span.
#[derive(Debug, Clone, Copy)]
struct Token {
    start: usize,
    end: usize,
    kind: Kind,
    /// `key` of a word, 0 for anything else.
    key: u128,
    /// Whether an expression may start here: at a number, at a word that
    /// starts one (see [`STARTER_LISTS`]) or at the count of "two days ago".
    /// Known once the sentence is tokenized, so that the scan passes over
    /// every other token at one test.
    may_start: bool,
}

/// A word of letters folded to lowercase and packed into an integer, so that
/// matching a token against a word list compares integers. 0 (matching no
/// list word) if longer than 16 bytes or not ASCII.
pub(crate) const fn key(word: &str) -> u128 {
    const HIGH_BITS: u128 = u128::from_ne_bytes([0x80; 16]);
    let bytes = word.as_bytes();
    if bytes.len() > 16 {
        return 0;
    }
    let mut key = 0;
    let mut i = 0;
    while i < bytes.len() {
        // `| 0x20` lowercases an ASCII letter.
        key = key << 8 | (bytes[i] | 0x20) as u128;
        i += 1;
    }
    if key & HIGH_BITS == 0 {
        key
    } else {
        0
    }
}

/// [`key`] at run time, for a token known to be a word: the bytes are loaded
/// at once into an integer instead of shifted in one by one.
pub(crate) fn word_key(bytes: &[u8]) -> u128 {
    if bytes.len() > 16 {
        return 0;
    }
    folded(big_endian(bytes), bytes.len())
}

/// [`word_key`] of the word `text[start..end]`, read as the 16 bytes from
/// `start` shifted down to the word's own where the text goes on that far
/// (most words): no branching on the word's length, which no predictor
/// foresees.
pub(crate) fn word_key_at(text: &str, start: usize, end: usize) -> u128 {
    let len = end - start;
    match text.as_bytes().get(start..).and_then(<[u8]>::first_chunk::<16>) {
        Some(window) if (1..=16).contains(&len) => {
            folded(u128::from_be_bytes(*window) >> (8 * (16 - len)), len)
        }
        _ => word_key(&text.as_bytes()[start..end]),
    }
}

/// Where the run of ASCII letters starting at `start` in `bytes` ends, and
/// the run's [`key`], read off the same eight-byte loads that find its end:
/// loading the word again for its key cost as much as finding its end, for
/// every word of every sentence scanned. Inlined always in native builds: a
/// call cost a third as much again; the browser build, which weighs bytes,
/// keeps one copy.
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
pub(crate) fn letters_with_key(bytes: &[u8], start: usize) -> (usize, u128) {
    let head = padded_word(bytes, start);
    let head_len = leading_letters(head);
    if head_len < 8 {
        return (start + head_len, packed(head, head_len));
    }
    let tail = padded_word(bytes, start + 8);
    let tail_len = leading_letters(tail);
    let key = packed(head, 8) << (8 * tail_len) | packed(tail, tail_len);
    if tail_len < 8 {
        return (start + 8 + tail_len, key);
    }
    // Sixteen letters or more: only sixteen have a key.
    let end = letters_end(bytes, start + 16);
    (end, if end == start + 16 { key } else { 0 })
}

/// The [`key`] of the first `len` bytes (ASCII letters) of the little-endian `word`.
fn packed(word: u64, len: usize) -> u128 {
    const LOWERCASE: u64 = u64::from_ne_bytes([0x20; 8]);
    let first_highest = (word | LOWERCASE).swap_bytes();
    u128::from(first_highest.checked_shr(8 * (8 - len) as u32).unwrap_or(0))
}

/// The key of the word of `len` bytes (at most 16) in `raw`, big-endian:
/// lower-cased, or 0 if not ASCII.
fn folded(raw: u128, len: usize) -> u128 {
    const HIGH_BITS: u128 = u128::from_ne_bytes([0x80; 16]);
    const LOWERCASE: u128 = u128::from_ne_bytes([0x20; 16]);
    // The lowercase bit for the word's own bytes only: the padding stays 0.
    let lowercase = LOWERCASE.checked_shr(8 * (16 - len) as u32).unwrap_or(0);
    if raw & HIGH_BITS == 0 {
        raw | lowercase
    } else {
        0
    }
}

/// Up to 16 bytes as a big-endian integer. Built from two overlapping loads
/// (overlapping bytes land on the same bits, so OR-ing them is harmless)
/// rather than copied into a buffer, which costs a call to `memcpy`.
fn big_endian(bytes: &[u8]) -> u128 {
    let n = bytes.len();
    // The first and the last `width` bytes (read by `load`), each at its place.
    let ends = |width: usize, load: fn(&[u8]) -> u128| {
        load(bytes) << (8 * (n - width)) | load(&bytes[n - width..])
    };
    match n {
        0 => 0,
        1..=3 => bytes.iter().fold(0, |value, &b| value << 8 | u128::from(b)),
        4..=7 => ends(4, |b| u128::from(u32::from_be_bytes([b[0], b[1], b[2], b[3]]))),
        _ => ends(8, |b| {
            u128::from(u64::from_be_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]]))
        }),
    }
}

const fn keys<const N: usize>(words: [&str; N]) -> [u128; N] {
    let mut keys = [0; N];
    let mut i = 0;
    while i < N {
        keys[i] = key(words[i]);
        i += 1;
    }
    keys
}

/// The key of one word, computed at compile time.
macro_rules! word {
    ($word:literal) => {
        const { key($word) }
    };
}

/// A word list as keys, built at compile time.
macro_rules! words {
    ($($word:literal),* $(,)?) => {
        &const { keys([$($word),*]) }
    };
}

/// The tokens of `text`, filled into `tokens`, an empty buffer kept from
/// sentence to sentence.
fn tokenize(text: &str, mut tokens: Vec<Token>) -> Vec<Token> {
    let bytes = text.as_bytes();
    let mut start = 0;
    while let Some(&byte) = bytes.get(start) {
        if byte.is_ascii_whitespace() {
            start += 1;
            continue;
        }
        let c = char_at(text, start);
        let (kind, end, key) = if is_alphabetic(c) {
            let (end, key) = word_at(text, start);
            (Kind::Word, end, key)
        } else if byte.is_ascii_digit() {
            (Kind::Number, number_end(bytes, start), 0)
        } else if c.is_whitespace() {
            start += c.len_utf8();
            continue;
        } else {
            (Kind::Punct, start + c.len_utf8(), 0)
        };
        let may_start = kind == Kind::Number || kind == Kind::Word && is_starter(key);
        tokens.push(Token { start, end, kind, key, may_start });
        // "Two days ago" starts at its count, when that is a word.
        if key == word!("ago") && tokens.len() >= 3 {
            let count = tokens.len() - 3;
            tokens[count].may_start |= tokens[count].kind == Kind::Word;
        }
        // Most tokens end at a single space, passed over here rather than by a
        // turn of the loop.
        start = end + usize::from(bytes.get(end) == Some(&b' '));
    }
    tokens
}

/// Where the number starting at byte `end` ends: digits, and "," or "."
/// between digits ("1,644", "7.7").
fn number_end(bytes: &[u8], mut end: usize) -> usize {
    let digit_at = |at: usize| bytes.get(at).is_some_and(u8::is_ascii_digit);
    while digit_at(end) || matches!(bytes.get(end), Some(b',' | b'.')) && digit_at(end + 1) {
        end += 1;
    }
    end
}

/// Where the word starting at byte `start` ends, and its [`key`]; ASCII
/// letters need no decoding.
fn word_at(text: &str, start: usize) -> (usize, u128) {
    let (end, key) = letters_with_key(text.as_bytes(), start);
    match text.as_bytes().get(end) {
        // Other letters may follow, and make the word no ASCII word.
        Some(byte) if !byte.is_ascii() => {
            let whole_end = word_end(text, end);
            (whole_end, if whole_end == end { key } else { 0 })
        }
        _ => (end, key),
    }
}

/// Where the word that goes on at byte `end` ends.
fn word_end(text: &str, mut end: usize) -> usize {
    let bytes = text.as_bytes();
    loop {
        end = letters_end(bytes, end);
        match bytes.get(end) {
            Some(byte) if !byte.is_ascii() && is_alphabetic(char_at(text, end)) => {
                end += char_at(text, end).len_utf8();
            }
            _ => return end,
        }
    }
}

/// The character at byte `at`, a char boundary (see [`bytescan::char_at`]).
fn char_at(text: &str, at: usize) -> char {
    bytescan::char_at(text, at).unwrap_or(' ')
}

/// The token before `i`; out of range (so matching nothing) at the start.
fn before(i: usize) -> usize {
    i.wrapping_sub(1)
}

#[derive(Debug, Clone, Copy)]
struct Resolved {
    range: DateRange,
    precision: Precision,
}

impl Resolved {
    fn day(date: Date) -> Resolved {
        Resolved { range: DateRange::day(date), precision: Precision::Day }
    }

    fn years(first: i32, last: i32) -> Resolved {
        let (start, end) = (DateRange::year(first).start, DateRange::year(last).end);
        Resolved { range: DateRange { start, end }, precision: Precision::Years }
    }

    /// "early"/"mid"/"late" keep one third of a range; a day or weekend stays whole.
    fn narrowed(self, part: Part) -> Resolved {
        let days = self.range.days();
        if days < 3 {
            return self;
        }
        let third = days / 3;
        let DateRange { start, end } = self.range;
        let (start, end) = match part {
            Part::Early => (start, start.add_days(third - 1)),
            Part::Mid => (start.add_days(third), end.add_days(-third)),
            Part::Late => (end.add_days(1 - third), end),
        };
        Resolved { range: DateRange { start, end }, ..self }
    }
}

/// An expression recognized from some token up to `end` (exclusive), and when
/// it is, if that can be known.
struct Found {
    end: usize,
    when: Option<Resolved>,
}

/// Days of one month: "24" or "24-26".
#[derive(Debug, Clone, Copy)]
struct Days {
    first: u8,
    last: u8,
}

#[derive(Debug, Clone, Copy)]
enum Part {
    Early,
    Mid,
    Late,
}

/// What a token near a date says about its tense.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TenseMark {
    ClauseBreak,
    Future,
    /// "agreed to", "vowed to": the future for what follows ("agreed to meet
    /// on Friday"), not for the day the intent was stated ("On Friday, they
    /// agreed to meet").
    Intent,
}

/// Which occurrence of a recurring name ("Friday", "June", "fall") is meant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pick {
    /// Bare, past or present tense: the latest starting on or before publication.
    Past,
    /// Bare, future tense: the first not over at publication.
    Future,
    /// "last": the latest already over.
    Last,
    /// "next": the first not yet begun.
    Next,
    /// "this": the current one, else the one in this week or year.
    This,
}

/// Something that recurs every week or year.
#[derive(Debug, Clone, Copy)]
enum Name {
    Weekday(Weekday),
    Weekend,
    Month(u8),
    /// Three months from the given one: a quarter, or a meteorological northern
    /// season (spring from March … winter from December, across the new year).
    Season(u8),
    /// Six months from the given one: "the second half of 2026".
    Half(u8),
}

impl Name {
    /// The occurrence `k` weeks (weekdays) or years (months, seasons) from the
    /// one in the publication's week or year; `week` is the first day of the
    /// publication's week.
    fn occurrence(self, published: Date, week: Date, k: i64) -> Option<DateRange> {
        let year = (published.year as i64 + k) as i32;
        match self {
            Name::Weekday(day) => Some(DateRange::day(week.add_days(7 * k + day.index()))),
            Name::Weekend => {
                let saturday = week.add_days(7 * k + 5);
                Some(DateRange { start: saturday, end: saturday.add_days(1) })
            }
            Name::Month(month) => DateRange::month(year, month),
            Name::Season(first_month) | Name::Half(first_month) => {
                let months = if matches!(self, Name::Half(_)) { 6 } else { 3 };
                let start = Date::first_of_month(year, first_month)?;
                let end = Unit::Month.shifted(start, months).add_days(-1);
                Some(DateRange { start, end })
            }
        }
    }

    fn resolve(self, published: Date, pick: Pick) -> Option<Resolved> {
        // Worked out once for the four candidates rather than once each.
        let week = Unit::Week.containing(published).start;
        // The candidates, worked out only as far as the search goes.
        let mut all =
            [-2, -1, 0, 1].into_iter().filter_map(|k| self.occurrence(published, week, k));
        let range = match pick {
            Pick::Past => all.rev().find(|r| r.start <= published),
            Pick::Future => all.find(|r| r.end >= published),
            Pick::Last => all.rev().find(|r| r.end < published),
            Pick::Next => all.find(|r| r.start > published),
            Pick::This => {
                all.find(|r| r.contains(published)).or_else(|| self.occurrence(published, week, 0))
            }
        };
        range.map(|range| Resolved { range, precision: self.precision() })
    }

    fn precision(self) -> Precision {
        match self {
            Name::Weekday(_) => Precision::Day,
            Name::Weekend => Precision::Week,
            Name::Month(_) => Precision::Month,
            Name::Season(_) | Name::Half(_) => Precision::Season,
        }
    }
}

/// A calendar unit: "last week" is the Monday–Sunday week before this one.
#[derive(Debug, Clone, Copy)]
enum Unit {
    Day,
    Week,
    Month,
    Year,
}

impl Unit {
    fn containing(self, date: Date) -> DateRange {
        match self {
            Unit::Day => DateRange::day(date),
            Unit::Week => {
                let monday = date.previous_or_same(Weekday::Monday);
                DateRange { start: monday, end: monday.add_days(6) }
            }
            Unit::Month => DateRange {
                start: Date { day: 1, ..date },
                end: Date::last_of_month(date.year, date.month).unwrap_or(date),
            },
            Unit::Year => DateRange::year(date.year),
        }
    }

    /// A day in the unit `k` units away from the one containing `date`.
    fn shifted(self, date: Date, k: i64) -> Date {
        match self {
            Unit::Day => date.add_days(k),
            Unit::Week => date.add_days(7 * k),
            Unit::Month => {
                let months = date.year as i64 * 12 + date.month as i64 - 1 + k;
                let month = months.rem_euclid(12) as u8 + 1;
                Date { year: months.div_euclid(12) as i32, month, day: 1 }
            }
            Unit::Year => Date { year: (date.year as i64 + k) as i32, month: 1, day: 1 },
        }
    }

    fn resolved(self, date: Date) -> Resolved {
        let precision = match self {
            Unit::Day => Precision::Day,
            Unit::Week => Precision::Week,
            Unit::Month => Precision::Month,
            Unit::Year => Precision::Year,
        };
        Resolved { range: self.containing(date), precision }
    }
}

/// Words after which a capitalized month name is a month ("in May", "mid-March").
const MONTH_CUES: &[u128] = words![
    "in", "since", "until", "till", "by", "from", "for", "through", "during", "before", "after",
    "between", "early", "late", "mid", "of",
];
/// Words after which a season name is a season ("in (the) fall", "last spring").
const SEASON_CUES: &[u128] =
    words!["in", "since", "until", "by", "through", "during", "over", "early", "late", "mid"];
/// Words after which a four-digit number is a year.
const YEAR_CUES: &[u128] = words![
    "in", "since", "until", "till", "by", "from", "through", "during", "before", "after", "early",
    "late", "mid", "year", "fiscal", "between",
];
/// Time nouns whose "of" introduces a year ("the end of 2024", not "a total of 2000").
const OF_YEAR_NOUNS: &[u128] =
    words!["end", "start", "beginning", "middle", "half", "quarter", "rest"];
/// Words before a number that make it a count ("about 2000", "rose to 2000").
const COUNT_HEDGES: &[u128] = words![
    "about",
    "around",
    "nearly",
    "almost",
    "some",
    "over",
    "than",
    "least",
    "to",
    "roughly",
    "approximately",
    "only",
    "just",
    "of",
    "another",
    "additional",
    "under",
    "below",
    "above",
];
/// Words before a number that make it a year ("the 2024 elections", "Russia's 2022 war").
const YEAR_DETERMINERS: &[u128] = words!["the", "this", "that", "its", "their", "his", "her", "s"];
/// Time zones and "hours" after four digits make them a 24-hour clock time:
/// "(2040 UTC)", "at 1800 GMT", "0600 hours".
const CLOCK_ZONES: &[u128] = words![
    "utc", "gmt", "bst", "cet", "cest", "eet", "est", "edt", "cst", "pst", "pdt", "jst", "ist",
    "hours", "hrs"
];
/// Determiners: before "last"/"next" they make a duration or ordinal ("the
/// last week", "his last day"); after "agreed to" a noun ("agreed to the deal").
const DETERMINERS: &[u128] =
    words!["the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "s"];
/// Nouns that are counted although they do not end in "s" ("2000 people").
const COUNTED_NOUNS: &[u128] =
    words!["people", "men", "women", "children", "police", "personnel", "staff", "percent"];
/// Words that start a new clause, ending the search for a tense marker.
const CLAUSE_WORDS: &[u128] = words![
    "that", "which", "who", "and", "but", "while", "when", "because", "although", "though",
    "where", "if",
];
/// Words that may precede a date at the start of a clause ("On Friday, …").
const LEAD_WORDS: &[u128] = words![
    "on", "in", "by", "since", "until", "from", "at", "during", "the", "of", "early", "late",
    "mid", "last", "next", "this", "past", "coming", "over",
];
/// Future auxiliaries, plans, and present-tense schedule verbs ("the trial opens Monday").
const FUTURE_WORDS: &[u128] = words![
    "will",
    "shall",
    "upcoming",
    "scheduled",
    "slated",
    "expected",
    "expects",
    "expect",
    "planned",
    "planning",
    "intends",
    "aims",
    "begins",
    "starts",
    "opens",
    "resumes",
    "expires",
    "convenes",
    "meets",
    "votes",
    "visits",
    "travels",
    "hosts",
];
/// Counts before "… ago"; "a"/"an" (last) mean one.
const NUMBER_WORDS: &[u128] = words![
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "a", "an",
];
const PARTS: &[u128] = words!["early", "mid", "late"];
const RELATIVE_DAYS: &[u128] = words!["yesterday", "today", "tonight", "tomorrow"];
const EARLIER_LATER: &[u128] = words!["earlier", "later"];
const MODIFIERS: &[u128] = words!["last", "next", "this"];
/// Starting in months [3, 6, 9, 9, 12].
const SEASONS: &[u128] = words!["spring", "summer", "fall", "autumn", "winter"];
const ORDINALS: &[u128] = words!["first", "second", "third", "fourth"];
const MODALS: &[u128] = words!["would", "may", "might", "must", "should", "could"];

/// Full and short weekday names, Monday first; "tues", "thur" and "thurs" last.
const WEEKDAYS: &[u128] =
    words!["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
const SHORT_WEEKDAYS: &[u128] =
    words!["mon", "tue", "wed", "thu", "fri", "sat", "sun", "tues", "thur", "thurs"];
const MONTHS: &[u128] = words![
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december"
];
const SHORT_MONTHS: &[u128] =
    words!["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
/// What "last"/"this"/"next" can shift, Week first.
const CALENDAR_UNITS: &[u128] = words!["week", "month", "year"];
/// What "this" can name within today.
const TIMES_OF_DAY: &[u128] = words!["morning", "afternoon", "evening"];

/// Every expression not starting with a number holds one of these words (a
/// day, a month, a season, a calendar unit, a time of day, "ago" or
/// "quarter"); "early", "last" or "this" only modify one. So a sentence with
/// neither a digit nor one of them holds no date, and need not be tokenized.
const ANCHOR_LISTS: [&[u128]; 9] = [
    RELATIVE_DAYS,
    WEEKDAYS,
    SHORT_WEEKDAYS,
    MONTHS,
    SHORT_MONTHS,
    SEASONS,
    CALENDAR_UNITS,
    TIMES_OF_DAY,
    words!["sept", "weekend", "ago", "quarter", "night"],
];
/// [`ANCHOR_LISTS`] as one sorted list, for binary search.
pub(crate) const ANCHORS: [u128; total_len(&ANCHOR_LISTS)] = sorted_union(&ANCHOR_LISTS);
/// Turns most words away before the search.
const ANCHOR_FILTER: KeyFilter = KeyFilter::of_lists(&ANCHOR_LISTS);

/// Whether the word with [`key`] `key` is one of the [`ANCHOR_LISTS`].
pub(crate) fn is_anchor(key: u128) -> bool {
    ANCHOR_FILTER.may_contain(key) && ANCHORS.binary_search(&key).is_ok()
}

/// How many keys `lists` hold together.
const fn total_len(lists: &[&[u128]]) -> usize {
    let (mut count, mut list) = (0, 0);
    while list < lists.len() {
        count += lists[list].len();
        list += 1;
    }
    count
}

/// All keys of `lists`, sorted (`N` is their total length).
const fn sorted_union<const N: usize>(lists: &[&[u128]]) -> [u128; N] {
    let mut keys = [0; N];
    let (mut count, mut list) = (0, 0);
    while list < lists.len() {
        let mut i = 0;
        while i < lists[list].len() {
            let mut at = count;
            while at > 0 && keys[at - 1] > lists[list][i] {
                keys[at] = keys[at - 1];
                at -= 1;
            }
            keys[at] = lists[list][i];
            (count, i) = (count + 1, i + 1);
        }
        list += 1;
    }
    keys
}

/// The words an expression can start with (any case). The [`NUMBER_WORDS`]
/// ("a", "two") start one only two words before "ago".
const STARTER_LISTS: [&[u128]; 12] = [
    PARTS,
    OF_YEAR_NOUNS,
    RELATIVE_DAYS,
    EARLIER_LATER,
    MODIFIERS,
    SEASONS,
    ORDINALS,
    WEEKDAYS,
    SHORT_WEEKDAYS,
    MONTHS,
    SHORT_MONTHS,
    words!["weekend", "sept", "q"],
];
/// Whether the word with [`key`] `key` may start an expression (see [`STARTER_LISTS`]).
fn is_starter(key: u128) -> bool {
    STARTERS.may_contain(key) && STARTER_KEYS.binary_search(&key).is_ok()
}

/// A Bloom filter of [`STARTER_LISTS`], so that most words of a sentence are
/// passed over after one bit test.
const STARTERS: KeyFilter = KeyFilter::of_lists(&STARTER_LISTS);
/// [`STARTER_LISTS`] as one sorted list, for the words the filter lets through.
const STARTER_KEYS: [u128; total_len(&STARTER_LISTS)] = sorted_union(&STARTER_LISTS);

/// The words [`Scanner::breaks_clause`], [`Scanner::is_future_marker`] and
/// [`Scanner::is_intent`] look for at the token itself, as a Bloom filter: the tense search asks
/// both of up to 16 tokens around each date, and most of them are other
/// words, turned away by one bit test rather than a scan of every list.
const TENSE_WORDS: KeyFilter =
    KeyFilter::of_lists(&[CLAUSE_WORDS, FUTURE_WORDS, MODALS, FUTURE_PARTS, INTENT_WORDS]);

/// The words that mark the future only with their neighbours ("'ll", "won't",
/// "set to", "going to", "is due").
const FUTURE_PARTS: &[u128] = words!["ll", "t", "set", "going", "due", "plan", "plans"];

/// Verbs whose "to" clause is still to come ("agreed to meet on Friday").
const INTENT_WORDS: &[u128] = words![
    "agreed",
    "agree",
    "decided",
    "pledged",
    "promised",
    "vowed",
    "threatened",
    "hopes",
    "hope",
    "wants",
    "want",
    "intend",
    "intended",
    "prepared",
    "ready",
    "sought",
    "seeks"
];

/// How many tokens the tense search looks at on each side of a date.
const TENSE_WINDOW: usize = 12;
/// The longest aside (in tokens) the tense search passes over.
const ASIDE_WINDOW: usize = 10;

struct Scanner<'a> {
    text: &'a str,
    tokens: Vec<Token>,
    published: Option<Date>,
}

impl<'a> Scanner<'a> {
    fn str(&self, i: usize) -> &'a str {
        self.tokens.get(i).map_or("", |t| &self.text[t.start..t.end])
    }

    fn kind(&self, i: usize) -> Option<Kind> {
        self.tokens.get(i).map(|t| t.kind)
    }

    /// Whether token `i` is the word with key `word` (see [`word!`]), any case.
    fn is(&self, i: usize, word: u128) -> bool {
        self.tokens.get(i).is_some_and(|t| t.key == word)
    }

    fn is_any(&self, i: usize, words: &[u128]) -> bool {
        self.which(i, words).is_some()
    }

    /// Whether token `i` is one of the punctuation `marks` (a mark is one
    /// character, compared as such rather than as a string).
    fn is_punct(&self, i: usize, marks: &[char]) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.kind == Kind::Punct && marks.contains(&char_at(self.text, t.start)))
    }

    fn is_dash(&self, i: usize) -> bool {
        self.is_punct(i, &['-', '–', '—'])
    }

    /// Token `i` touches token `i + 1` (no space between).
    fn glued(&self, i: usize) -> bool {
        let Some(token) = self.tokens.get(i) else { return false };
        self.tokens.get(i + 1).is_some_and(|next| next.start == token.end)
    }

    /// Index in `words` of the word at `i`, any case.
    fn which(&self, i: usize, words: &[u128]) -> Option<usize> {
        let key = self.tokens.get(i)?.key;
        words.iter().position(|&word| word == key)
    }

    fn capitalized(&self, i: usize) -> bool {
        let first = |t: &Token| self.text.as_bytes()[t.start];
        self.tokens.get(i).is_some_and(|t| t.kind == Kind::Word && first(t).is_ascii_uppercase())
    }

    /// A plain number of `digits` (a range of lengths) digits: no thousands separator.
    /// Asked of most numbers several times, so the length is tested first
    /// and the digits read as they are checked.
    fn number(&self, i: usize, digits: std::ops::RangeInclusive<usize>) -> Option<u32> {
        let token = self
            .tokens
            .get(i)
            .filter(|t| t.kind == Kind::Number && digits.contains(&(t.end - t.start)))?;
        self.text.as_bytes()[token.start..token.end].iter().try_fold(0u32, |n, &b| {
            let digit = b.is_ascii_digit().then(|| u32::from(b - b'0'))?;
            n.checked_mul(10)?.checked_add(digit)
        })
    }

    /// Not part of a code, clock time, amount or measure ("F16", "03:00",
    /// "$2000", "2000km"); "mid-2024" and "24th" are fine.
    fn isolated(&self, i: usize) -> bool {
        !self.glued_to_previous(i) && !self.glued_to_next(i)
    }

    fn glued_to_previous(&self, i: usize) -> bool {
        let p = before(i);
        let mid_dash = self.is_dash(p) && self.is(before(p), word!("mid"));
        let joins = self.kind(p) != Some(Kind::Punct)
            || self.is_dash(p)
            || self.is_punct(p, &['/', '$', '£', '€', '#', ':', '.']);
        self.glued(p) && joins && !mid_dash
    }

    fn glued_to_next(&self, i: usize) -> bool {
        let ordinal = self.is_any(i + 1, words!["st", "nd", "rd", "th"]);
        self.glued(i)
            && (self.is_punct(i + 1, &[':', '%', '/'])
                || self.kind(i + 1) == Some(Kind::Word) && !ordinal)
    }

    /// The previous word is one of `cues`, seen through a "mid-" dash.
    fn has_cue(&self, i: usize, cues: &[u128]) -> bool {
        let p = if self.is_dash(before(i)) { before(before(i)) } else { before(i) };
        self.is_any(p, cues)
    }

    /// Token `i` is a lowercase plural noun or unit, so a number before it counts.
    fn counts_something(&self, i: usize) -> bool {
        let word = self.str(i);
        self.kind(i) == Some(Kind::Word)
            && word.starts_with(is_lower)
            && (self.is_any(i, COUNTED_NOUNS)
                || word.len() >= 4
                    && word.ends_with('s')
                    && !["ss", "us", "is"].iter().any(|end| word.ends_with(end)))
    }

    fn resolve_with(&self, end: usize, f: impl FnOnce(Date) -> Option<Resolved>) -> Found {
        Found { end, when: self.published.and_then(f) }
    }

    fn expression_at(&self, i: usize) -> Option<Found> {
        if !self.tokens.get(i)?.may_start {
            return None;
        }
        self.part_of(i).or_else(|| self.whole_expression_at(i))
    }

    /// Any expression but a part of one, so "early early …" cannot recurse.
    fn whole_expression_at(&self, i: usize) -> Option<Found> {
        match self.kind(i)? {
            Kind::Number => self.ago(i).or_else(|| self.number_expression(i)),
            Kind::Word => self
                .relative_word(i)
                .or_else(|| self.relative_phrase(i))
                .or_else(|| self.stretch_of_the_unit(i))
                .or_else(|| self.ago(i))
                .or_else(|| self.weekday_expression(i))
                .or_else(|| self.month_expression(i))
                .or_else(|| self.season_expression(i))
                .or_else(|| self.quarter_expression(i))
                .or_else(|| self.weekend_expression(i)),
            Kind::Punct => None,
        }
    }

    /// "early 2024", "mid-April", "late last year": a third of what follows.
    fn part_of(&self, i: usize) -> Option<Found> {
        let part = [Part::Early, Part::Mid, Part::Late][self.which(i, PARTS)?];
        let j = if self.is_dash(i + 1) && self.glued(i) { i + 2 } else { i + 1 };
        let inner = self.whole_expression_at(j)?;
        Some(Found { end: inner.end, when: inner.when.map(|w| w.narrowed(part)) })
    }

    /// "yesterday", "today", "tonight", "tomorrow".
    fn relative_word(&self, i: usize) -> Option<Found> {
        let offset = [-1, 0, 0, 1][self.which(i, RELATIVE_DAYS)?];
        Some(self.resolve_with(i + 1, |p| Some(Resolved::day(p.add_days(offset)))))
    }

    /// "last week", "earlier this year", "next Friday", "this past weekend",
    /// "last fall", "last night", "this morning".
    fn relative_phrase(&self, i: usize) -> Option<Found> {
        if self.is_any(i, EARLIER_LATER) && self.is(i + 1, word!("this")) {
            let unit = self.calendar_unit_at(i + 2)?;
            let earlier = self.is(i, word!("earlier"));
            return Some(self.resolve_with(i + 3, |p| {
                let DateRange { start, end } = unit.containing(p);
                let (start, end) = if earlier { (start, p) } else { (p, end) };
                let range = DateRange { start, end };
                Some(Resolved { range, ..unit.resolved(p) })
            }));
        }
        let (pick, j) = self.modifier_at(i)?;
        if let Some(unit) = self.calendar_unit_at(j) {
            let k = match pick {
                Pick::Last => -1,
                Pick::Next => 1,
                _ => 0,
            };
            return Some(self.resolve_with(j + 1, |p| Some(unit.resolved(unit.shifted(p, k)))));
        }
        let time_of_day = match pick {
            Pick::Last if self.is(j, word!("night")) => Some(-1),
            Pick::This if self.is_any(j, TIMES_OF_DAY) => Some(0),
            _ => None,
        };
        if let Some(offset) = time_of_day {
            return Some(self.resolve_with(j + 1, |p| Some(Resolved::day(p.add_days(offset)))));
        }
        let (name, end) = self.name_at(j)?;
        Some(self.resolve_with(end, |p| name.resolve(p, pick)))
    }

    /// "end of the year", "rest of the week": the unit the article was
    /// published in, as "the end of 2024" is 2024.
    fn stretch_of_the_unit(&self, i: usize) -> Option<Found> {
        let of_the = self.is(i + 1, word!("of")) && self.is(i + 2, word!("the"));
        if !(of_the && self.is_any(i, OF_YEAR_NOUNS)) {
            return None;
        }
        let unit = self.calendar_unit_at(i + 3)?;
        Some(self.resolve_with(i + 4, |p| Some(unit.resolved(p))))
    }

    /// "last", "next", "this", "this past", "this coming" — unless a duration
    /// or ordinal ("over the last week", "his last day").
    fn modifier_at(&self, i: usize) -> Option<(Pick, usize)> {
        let modifier = self.which(i, MODIFIERS)?;
        if self.is_any(before(i), DETERMINERS) {
            return None;
        }
        match modifier {
            0 => Some((Pick::Last, i + 1)),
            1 => Some((Pick::Next, i + 1)),
            _ if self.is(i + 1, word!("past")) => Some((Pick::Last, i + 2)),
            _ if self.is(i + 1, word!("coming")) => Some((Pick::Next, i + 2)),
            _ => Some((Pick::This, i + 1)),
        }
    }

    /// "week", "month", "year": what "last"/"this"/"next" can shift.
    fn calendar_unit_at(&self, i: usize) -> Option<Unit> {
        Some([Unit::Week, Unit::Month, Unit::Year][self.which(i, CALENDAR_UNITS)?])
    }

    /// A weekday, month or season name, or "weekend", and the token after it.
    fn name_at(&self, i: usize) -> Option<(Name, usize)> {
        if let Some((day, end, true)) = self.weekday_at(i) {
            return Some((Name::Weekday(day), end));
        }
        if let Some((month, end, true)) = self.month_at(i) {
            return Some((Name::Month(month), end));
        }
        if let Some(season) = self.season_at(i) {
            return Some((Name::Season(season), i + 1));
        }
        self.is(i, word!("weekend")).then_some((Name::Weekend, i + 1))
    }

    /// "two days ago", "3 weeks ago", "a year ago".
    fn ago(&self, i: usize) -> Option<Found> {
        if !self.is(i + 2, word!("ago")) {
            return None;
        }
        let count = match self.number(i, 1..=2) {
            Some(n) => n as i64,
            None => match self.which(i, NUMBER_WORDS)? {
                index @ 0..=11 => index as i64 + 1,
                _ => 1,
            },
        };
        let units = words!["day", "days", "week", "weeks", "month", "months", "year", "years"];
        let unit = [Unit::Day, Unit::Week, Unit::Month, Unit::Year][self.which(i + 1, units)? / 2];
        Some(self.resolve_with(i + 3, |p| Some(unit.resolved(unit.shifted(p, -count)))))
    }

    /// A capitalized weekday name: (weekday, token after it and its dot, can
    /// stand alone). Abbreviations ("Wed", "Sun") stand alone only with a dot.
    fn weekday_at(&self, i: usize) -> Option<(Weekday, usize, bool)> {
        if !self.capitalized(i) {
            return None;
        }
        let (index, full) = match self.which(i, WEEKDAYS) {
            Some(index) => (index, true),
            None => ([0, 1, 2, 3, 4, 5, 6, 1, 3, 3][self.which(i, SHORT_WEEKDAYS)?], false),
        };
        let dotted = !full && self.glued(i) && self.is_punct(i + 1, &['.']);
        Some((Weekday::ALL[index], i + 1 + usize::from(dotted), full || dotted))
    }

    /// A capitalized month name: (month, token after it and its dot, is the
    /// full name). Abbreviations ("Mar", "Jan") count only before a number.
    fn month_at(&self, i: usize) -> Option<(u8, usize, bool)> {
        if !self.capitalized(i) {
            return None;
        }
        let (index, full) = match self.which(i, MONTHS) {
            Some(index) => (index, true),
            None if self.is(i, word!("sept")) => (8, false),
            None => (self.which(i, SHORT_MONTHS)?, false),
        };
        let dotted = !full && self.glued(i) && self.is_punct(i + 1, &['.']);
        Some((index as u8 + 1, i + 1 + usize::from(dotted), full))
    }

    /// The first month of a season name; not "the fall of Kabul".
    fn season_at(&self, i: usize) -> Option<u8> {
        let season = [3, 6, 9, 9, 12][self.which(i, SEASONS)?];
        let of_year = self.kind(i + 2) == Some(Kind::Number) || self.is_any(i + 2, MODIFIERS);
        (!self.is(i + 1, word!("of")) || of_year).then_some(season)
    }

    /// "Saturday", "Sat.", or a weekday labelling a date ("Saturday, April 26").
    fn weekday_expression(&self, i: usize) -> Option<Found> {
        let (day, j, alone) = self.weekday_at(i)?;
        let k = j + usize::from(self.is_punct(j, &[',']));
        if let Some(date) = self.month_day(k).or_else(|| self.day_month(k)) {
            return Some(date);
        }
        alone.then(|| self.by_tense(Name::Weekday(day), i, j))
    }

    /// A bare name resolved by the tense of its clause.
    fn by_tense(&self, name: Name, i: usize, end: usize) -> Found {
        let pick = self.tense(i, end);
        self.resolve_with(end, |p| name.resolve(p, pick))
    }

    /// "April 24", "Mar. 29", "April 24, 2025", "April 24th".
    fn month_day(&self, i: usize) -> Option<Found> {
        let (month, j, _) = self.month_at(i)?;
        let (days, k) = self.day_at(j)?;
        Some(self.dated_day(i, month, days, k))
    }

    /// "26 April", "11 January 2025", "26th of April".
    fn day_month(&self, i: usize) -> Option<Found> {
        let (days, j) = self.day_at(i)?;
        let j = j + usize::from(self.is(j, word!("of")));
        let (month, k, _) = self.month_at(j)?;
        Some(self.dated_day(i, month, days, k))
    }

    /// Days of the month ("24", "24th", "24-26") and the token after them,
    /// unless they count something ("24 people").
    fn day_at(&self, i: usize) -> Option<(Days, usize)> {
        let first = self.day_number(i).filter(|_| !self.glued_to_previous(i))?;
        let mut days = Days { first, last: first };
        let mut end = self.after_ordinal(i);
        let dash_glued = self.glued(end - 1) && self.is_dash(end) && self.glued(end);
        if let Some(last) = self.day_number(end + 1).filter(|&last| dash_glued && last > first) {
            days.last = last;
            end = self.after_ordinal(end + 1);
        }
        (!self.counts_something(end)).then_some((days, end))
    }

    fn day_number(&self, i: usize) -> Option<u8> {
        let day = self.number(i, 1..=2).filter(|d| (1..=31).contains(d))?;
        (!self.glued_to_next(i)).then_some(day as u8)
    }

    /// The token after number `i` and its ordinal suffix ("24th").
    fn after_ordinal(&self, i: usize) -> usize {
        i + 1 + usize::from(self.glued(i) && self.kind(i + 1) == Some(Kind::Word))
    }

    /// Finishes days and a month at `next` with an optional year; without one,
    /// the year comes from the publication date and tense.
    fn dated_day(&self, i: usize, month: u8, days: Days, next: usize) -> Found {
        let in_year = |year: i32| {
            let start = Date::new(year, month, days.first)?;
            let end = Date::new(year, month, days.last)?;
            Some(Resolved { range: DateRange { start, end }, precision: Precision::Day })
        };
        let k = next + usize::from(self.is_punct(next, &[',']));
        if let Some(year) = self.year_at(k, 1000..=2999) {
            return Found { end: k + 1, when: in_year(year) };
        }
        let pick = self.tense(i, next);
        self.resolve_with(next, |p| in_year(Name::Month(month).resolve(p, pick)?.range.start.year))
    }

    /// A four-digit year within `years` that does not count something.
    fn year_at(&self, i: usize, years: std::ops::RangeInclusive<u32>) -> Option<i32> {
        self.four_digits_at(i, years).filter(|_| !self.counts_something(i + 1))
    }

    fn four_digits_at(&self, i: usize, years: std::ops::RangeInclusive<u32>) -> Option<i32> {
        let year = self.number(i, 4..=4).filter(|y| years.contains(y))?;
        self.isolated(i).then_some(year as i32)
    }

    /// "April 24…", "October 2024", "June last year", "in March", "mid-May".
    fn month_expression(&self, i: usize) -> Option<Found> {
        let (month, j, full) = self.month_at(i)?;
        if let Some(date) = self.month_day(i) {
            return Some(date);
        }
        if let Some(span) = self.month_span(month, j).filter(|_| full) {
            return Some(span);
        }
        if let Some(found) = self.name_with_year(Name::Month(month), j) {
            return Some(found);
        }
        // "an August counteroffensive", "the March election" — not "the March on".
        let attributive = self.is_any(before(i), words!["a", "an", "the"])
            && self.kind(j) == Some(Kind::Word)
            && !self.capitalized(j)
            && !self.is_any(j, words!["of", "on", "to"]);
        let cued = self.has_cue(i, MONTH_CUES) || self.after_listed_month(i) || attributive;
        (full && cued).then(|| self.by_tense(Name::Month(month), i, j))
    }

    /// "January to August", "January-February", "from March through May last
    /// year": one span,
    /// from the first month (`month`, its name ending before token `j`) to
    /// the end of the second, whose year decides both: "November to
    /// February" starts the year before.
    fn month_span(&self, month: u8, j: usize) -> Option<Found> {
        let dashed = self.is_dash(j) && self.glued(before(j)) && self.glued(j);
        if !(dashed || self.is_any(j, words!["to", "through", "until", "till"])) {
            return None;
        }
        let (last_month, _, full) = self.month_at(j + 1)?;
        let last = self.month_expression(j + 1).filter(|_| full)?;
        let end = last.when?.range.end;
        let start = Date::new(end.year - i32::from(month > last_month), month, 1)?;
        let range = DateRange { start, end };
        Some(Found { end: last.end, when: Some(Resolved { range, precision: Precision::Month }) })
    }

    /// "March and April", "March to May", "January-February": a month listed after another.
    fn after_listed_month(&self, i: usize) -> bool {
        let p = before(i);
        let joined = self.is_any(p, words!["and", "or", "to", "through"])
            || self.is_dash(p) && self.glued(p);
        joined && self.month_at(before(p)).is_some()
    }

    /// "fall 2024", "summer of 2023", "fall last year", "in the fall", "last spring".
    fn season_expression(&self, i: usize) -> Option<Found> {
        let season = Name::Season(self.season_at(i)?);
        if let Some(found) = self.name_with_year(season, i + 1) {
            return Some(found);
        }
        let p = before(i);
        let cued = self.has_cue(i, SEASON_CUES)
            || self.is(p, word!("the")) && self.has_cue(p, SEASON_CUES);
        cued.then(|| self.by_tense(season, i, i + 1))
    }

    /// "the third quarter", "first quarter of 2025", "Q3 2025", "the first
    /// half of 2026"; not a fiscal quarter, whose calendar the article may not give.
    fn quarter_expression(&self, i: usize) -> Option<Found> {
        let (period, end) = match self.which(i, ORDINALS) {
            Some(ordinal) if self.is(i + 1, word!("quarter")) => {
                (Name::Season(1 + 3 * ordinal as u8), i + 2)
            }
            Some(ordinal) if self.is(i + 1, word!("half")) && ordinal < 2 => {
                (Name::Half(1 + 6 * ordinal as u8), i + 2)
            }
            _ => (Name::Season(1 + 3 * (self.quarter_code(i)? - 1)), i + 2),
        };
        if self.is(before(i), word!("fiscal")) {
            return None;
        }
        let with_year = self.name_with_year(period, end).or_else(|| self.of_the_year(period, end));
        with_year.or_else(|| Some(self.by_tense(period, i, end)))
    }

    /// "Q3": the quarter a capital Q glued to its number names.
    fn quarter_code(&self, i: usize) -> Option<u8> {
        let code = self.capitalized(i) && self.is(i, word!("q")) && self.glued(i);
        let quarter = self.number(i + 1, 1..=1).filter(|n| (1..=4).contains(n) && code)?;
        (!self.glued_to_next(i + 1)).then_some(quarter as u8)
    }

    /// "[of] the year": the publication's.
    fn of_the_year(&self, name: Name, j: usize) -> Option<Found> {
        let the_year = self.is(j, word!("of"))
            && self.is(j + 1, word!("the"))
            && self.is(j + 2, word!("year"));
        the_year.then(|| self.resolve_with(j + 3, |p| name.resolve(p, Pick::This)))
    }

    /// "over the weekend", "at the weekend".
    fn weekend_expression(&self, i: usize) -> Option<Found> {
        let p = before(i);
        let over = words!["over", "at", "during", "on"];
        let cued = self.is(p, word!("the")) && self.is_any(before(p), over);
        (self.is(i, word!("weekend")) && cued).then(|| self.by_tense(Name::Weekend, i, i + 1))
    }

    /// A month, season or quarter ending before `j`, followed by "[of] 2024"
    /// or "[of] last/this/next year".
    fn name_with_year(&self, name: Name, j: usize) -> Option<Found> {
        // The occurrence that holds January 1: "winter 2024" is Dec 2023 – Feb 2024.
        let in_year =
            |year: i64| name.resolve(Date { year: year as i32, month: 1, day: 1 }, Pick::This);
        let k = j + usize::from(self.is(j, word!("of")));
        if let Some(year) = self.four_digits_at(k, 1000..=2999) {
            return Some(Found { end: k + 1, when: in_year(year as i64) });
        }
        if !self.is(k + 1, word!("year")) {
            return None;
        }
        let offset = [-1, 1, 0][self.which(k, MODIFIERS)?];
        Some(self.resolve_with(k + 2, |p| in_year(p.year as i64 + offset)))
    }

    /// A date starting with a number: ISO day, year span, decade, day-month or year.
    fn number_expression(&self, i: usize) -> Option<Found> {
        self.iso_date(i)
            .or_else(|| self.year_span(i))
            .or_else(|| self.decade(i))
            .or_else(|| self.day_month(i))
            .or_else(|| self.lone_year(i))
    }

    /// "2025-04-28"; an impossible one is consumed but not reported.
    fn iso_date(&self, i: usize) -> Option<Found> {
        let year = self.number(i, 4..=4)?;
        let glued = (i..i + 4).all(|t| self.glued(t));
        if !glued || !self.is_punct(i + 1, &['-']) || !self.is_punct(i + 3, &['-']) {
            return None;
        }
        let month = self.number(i + 2, 2..=2)?;
        let day = self.number(i + 4, 2..=2)?;
        let date = Date::new(year as i32, month as u8, day as u8);
        Some(Found { end: i + 5, when: date.map(Resolved::day) })
    }

    /// "1950-53", "2014–2016", "2014-15".
    fn year_span(&self, i: usize) -> Option<Found> {
        let first = self.four_digits_at(i, 1800..=2100)?;
        if !(self.glued(i) && self.is_dash(i + 1) && self.glued(i + 1)) {
            return self.years_from_to(i, first);
        }
        let last = match self.number(i + 2, 2..=2) {
            Some(tail) => first - first % 100 + tail as i32,
            None => self.number(i + 2, 4..=4)? as i32,
        };
        if last <= first || last - first > 100 || self.glued_to_next(i + 2) {
            return None;
        }
        Some(Found { end: i + 3, when: Some(Resolved::years(first, last)) })
    }

    /// "from 1990 to 2019", "between 2010 and 2015": one span of years.
    fn years_from_to(&self, i: usize, first: i32) -> Option<Found> {
        let opened = self.is_any(before(i), words!["from", "between"]);
        let joined = self.is_any(i + 1, words!["to", "and", "until", "through", "till"]);
        let last = self.four_digits_at(i + 2, 1800..=2100).filter(|_| opened && joined)?;
        if last <= first || last - first > 100 || self.glued_to_next(i + 2) {
            return None;
        }
        Some(Found { end: i + 3, when: Some(Resolved::years(first, last)) })
    }

    /// "1990s", "1990's".
    fn decade(&self, i: usize) -> Option<Found> {
        let year = self.number(i, 4..=4).filter(|y| y % 10 == 0)? as i32;
        let apostrophe = self.glued(i) && self.is_punct(i + 1, &['\'', '’']);
        let s = i + 1 + usize::from(apostrophe);
        if !(self.glued(s - 1) && self.is(s, word!("s"))) {
            return None;
        }
        Some(Found { end: s + 1, when: Some(Resolved::years(year, year + 9)) })
    }

    /// "in 2024", "the 2024 elections", "2024 treaty", "2024 was…" — but not
    /// "2024 troops", "about 2000" or "Resolution 1973".
    fn lone_year(&self, i: usize) -> Option<Found> {
        let year = self.four_digits_at(i, 1900..=2100)?;
        if self.is_any(i + 1, CLOCK_ZONES) {
            return None;
        }
        let p = before(i);
        let count_or_name = self.counts_something(i + 1)
            || self.is_any(p, COUNT_HEDGES)
            || self.capitalized(p)
            || self.kind(p) == Some(Kind::Number);
        let is_year = self.kind(p).is_none()
            || self.has_cue(i, YEAR_CUES)
            || self.is(p, word!("of")) && self.is_any(before(p), OF_YEAR_NOUNS)
            || self.is_any(p, YEAR_DETERMINERS)
            || self.is_any(p, words!["and", "or", "to"]) && self.number(before(p), 4..=4).is_some()
            || self.is(p, word!("to")) && self.is(before(p), word!("back")) // "going back to 1979"
            || !count_or_name;
        let when = Resolved { range: DateRange::year(year), precision: Precision::Year };
        is_year.then_some(Found { end: i + 1, when: Some(when) })
    }

    /// Future if the clause of tokens `start..end` has a future marker before the
    /// date, or after it when the date opens the clause ("On Friday, they will…").
    /// An aside closed just before the date is passed over: "are due to meet
    /// in Varos, the capital of Elsmere, on Sunday".
    fn tense(&self, start: usize, end: usize) -> Pick {
        let mut opens_clause = true;
        let (mut i, mut reach) = (start, start.saturating_sub(TENSE_WINDOW));
        while i > reach {
            i -= 1;
            match self.tense_mark(i) {
                Some(TenseMark::ClauseBreak) => match self.aside_closed_at(i) {
                    Some(open) => {
                        (i, reach, opens_clause) = (open, open.saturating_sub(TENSE_WINDOW), false);
                    }
                    None => break,
                },
                Some(TenseMark::Future | TenseMark::Intent) => return Pick::Future,
                None => opens_clause &= self.is_any(i, LEAD_WORDS),
            }
        }
        if opens_clause {
            let from = end + usize::from(self.is_punct(end, &[',']));
            for i in from..(from + TENSE_WINDOW).min(self.tokens.len()) {
                match self.tense_mark(i) {
                    Some(TenseMark::ClauseBreak) => break,
                    Some(TenseMark::Future) => return Pick::Future,
                    Some(TenseMark::Intent) | None => {}
                }
            }
        }
        Pick::Past
    }

    /// Where an appositive that ends at the comma `close` opens: a comma
    /// after a name, then "the"/"a" and words that mark nothing ("Varos, the
    /// capital of Elsmere,").
    fn aside_closed_at(&self, close: usize) -> Option<usize> {
        if !self.is_punct(close, &[',']) {
            return None;
        }
        let mut before_close = (close.saturating_sub(ASIDE_WINDOW)..close).rev();
        let open = before_close.find(|&t| self.tense_mark(t).is_some())?;
        let named = self.is_punct(open, &[',']) && self.capitalized(before(open));
        (named && self.is_any(open + 1, words!["the", "a", "an"])).then_some(open)
    }

    /// What token `i` tells the tense search: that the clause ends there,
    /// that it speaks of the future, or nothing.
    fn tense_mark(&self, i: usize) -> Option<TenseMark> {
        if !self.may_mark_tense(i) {
            None
        } else if self.breaks_clause(i) {
            Some(TenseMark::ClauseBreak)
        } else if self.is_future_marker(i) {
            Some(TenseMark::Future)
        } else if self.is_intent(i) {
            Some(TenseMark::Intent)
        } else {
            None
        }
    }

    /// Whether token `i` may break a clause or mark the future: a mark, or a
    /// word [`TENSE_WORDS`] may hold (most words are turned away here).
    fn may_mark_tense(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.kind == Kind::Punct || TENSE_WORDS.may_contain(t.key))
    }

    /// A clause ends at a mark or a conjunction (words all in [`TENSE_WORDS`]).
    fn breaks_clause(&self, i: usize) -> bool {
        const MARKS: &[char] = &[',', ';', ':', '.', '!', '?', '(', ')', '"', '“', '”', '—', '–'];
        self.is_punct(i, MARKS) || self.is_any(i, CLAUSE_WORDS)
    }

    /// "will", "'ll", "won't", "is due", "set to", "set for", "scheduled", a modal ("may",
    /// "could") but not "may have" or "could not" (past: "could not be reached").
    /// The words looked for at `i` itself are all in [`TENSE_WORDS`].
    fn is_future_marker(&self, i: usize) -> bool {
        let apostrophe = self.is_punct(before(i), &['\'', '’']);
        self.is_any(i, FUTURE_WORDS)
            || self.is(i, word!("ll")) && apostrophe
            || self.is(i, word!("t")) && apostrophe && self.is(before(before(i)), word!("won"))
            || self.is_any(i, MODALS)
                && !self.is(i + 1, word!("have"))
                && !(self.is(i, word!("could")) && self.is(i + 1, word!("not")))
            // "plans to vote", not "a version of the plan in January"
            || self.is_any(i, words!["set", "going", "plan", "plans"]) && self.is(i + 1, word!("to"))
            || self.is(i, word!("set")) && self.is(i + 1, word!("for"))
            || self.is(i, word!("due"))
                && self.is_any(before(i), words!["is", "are", "was", "were", "s"])
    }

    /// A verb of intent before "to" and a verb: "agreed to meet", "vowed to
    /// return", but not "agreed to the deal".
    fn is_intent(&self, i: usize) -> bool {
        self.is_any(i, INTENT_WORDS)
            && self.is(i + 1, word!("to"))
            && !self.is_any(i + 2, DETERMINERS)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every token of `sentence` is turned away by the tense filter only if
    /// neither tense test would have stopped at it.
    fn assert_tense_filter_keeps_every_mark(sentence: &str) {
        let scan =
            Scanner { text: sentence, tokens: tokenize(sentence, Vec::new()), published: None };
        for i in 0..scan.tokens.len() {
            let marks = scan.breaks_clause(i) || scan.is_future_marker(i) || scan.is_intent(i);
            assert!(scan.may_mark_tense(i) || !marks, "{:?} in {sentence:?}", scan.str(i));
        }
    }

    #[test]
    fn the_tense_filter_keeps_every_clause_break_and_future_marker() {
        let constructs = "It will, shall; upcoming: scheduled (slated) expected planned planning expects expect plans to plan to \
            intends aims begins starts opens resumes expires convenes meets votes visits travels hosts. He'll go, they won't! We would, may, \
            might, must, should, could? Set to go, going to win, the vote is due \"soon\" — that which who \
            and but while when because although though where if – WILL SHALL HE’LL WON’T. Agreed to \
            meet, vowed to go, hopes to win, AGREED TO SIGN";
        assert_tense_filter_keeps_every_mark(constructs);
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus");
        for path in std::fs::read_dir(root)
            .expect("corpus")
            .filter_map(Result::ok)
            .map(|entry| entry.path())
        {
            if let Ok(text) = std::fs::read_to_string(&path) {
                assert_tense_filter_keeps_every_mark(&text);
            }
        }
    }

    #[test]
    fn word_key_is_key() {
        let words = [
            "",
            "a",
            "May",
            "SEPT",
            "o'clock",
            "approximately",
            "sixteen-letters!",
            "seventeen-letters",
            "naïve",
            "Zürich",
        ];
        for word in words {
            assert_eq!(word_key(word.as_bytes()), key(word), "{word:?}");
        }
        // Each word read from within a text, with and without 16 bytes left to read.
        let text = words.join(" ");
        let mut start = 0;
        for word in words {
            assert_eq!(
                word_key_at(&text, start, start + word.len()),
                key(word),
                "{word:?} in {text:?}"
            );
            start += word.len() + 1;
        }
        let letters = "AbcdefghijklmnopQ";
        for n in 0..=letters.len() {
            assert_eq!(word_key(&letters.as_bytes()[..n]), key(&letters[..n]), "{n} letters");
            for end in n..=letters.len() {
                let at = end - n;
                assert_eq!(
                    word_key_at(letters, at, end),
                    key(&letters[at..end]),
                    "{n} letters at {at}"
                );
            }
        }
    }

    #[test]
    fn letters_with_key_reads_the_letters_and_their_key() {
        let text = "AbcdefghijklmnopQrstu, x ’s";
        for len in 0..=text.len() {
            let bytes = &text.as_bytes()[..len];
            for at in 0..len {
                let letters = bytes[at..].iter().take_while(|b| b.is_ascii_alphabetic()).count();
                let word = std::str::from_utf8(&bytes[at..at + letters]).expect("ASCII");
                let expected = (at + letters, key(word));
                assert_eq!(letters_with_key(bytes, at), expected, "{len} bytes, from {at}");
            }
        }
    }

    /// A Monday.
    const PUBLISHED: &str = "2025-04-28";

    /// Each mention as "text=day" or "text=start..end"; `published` "" means unknown.
    fn dates(sentence: &str, published: &str) -> Vec<String> {
        let show = |m: &DateMention| match m.range.start == m.range.end {
            true => format!("{}={}", &sentence[m.start..m.end], m.range.start),
            false => format!("{}={}..{}", &sentence[m.start..m.end], m.range.start, m.range.end),
        };
        find_dates(sentence, Date::parse_iso(published)).iter().map(show).collect()
    }

    fn precisions(sentence: &str) -> Vec<Precision> {
        find_dates(sentence, Date::parse_iso(PUBLISHED)).iter().map(|m| m.precision).collect()
    }

    #[test]
    fn day_month_year_is_one_mention() {
        let sentence = "The ceasefire took effect on 11 January 2025 in Gaza.";
        assert_eq!(dates(sentence, ""), ["11 January 2025=2025-01-11"]);
        assert_eq!(
            dates("It was signed April 24, 2025, in Rome.", ""),
            ["April 24, 2025=2025-04-24"]
        );
        assert_eq!(dates("on the 26th of April 2025", ""), ["26th of April 2025=2025-04-26"]);
    }

    #[test]
    fn day_and_month_without_year_take_the_publication_year() {
        assert_eq!(dates("Talks began April 24.", PUBLISHED), ["April 24=2025-04-24"]);
        assert_eq!(dates("the funeral on 26 April", PUBLISHED), ["26 April=2025-04-26"]);
        assert_eq!(
            dates("Mar 29 and Mar. 29", PUBLISHED),
            ["Mar 29=2025-03-29", "Mar. 29=2025-03-29"]
        );
        assert_eq!(
            dates("The strike on December 3 killed six.", PUBLISHED),
            ["December 3=2024-12-03"]
        );
    }

    #[test]
    fn day_ranges_cover_every_day() {
        assert_eq!(
            dates("Held on 24-26 April 2025.", ""),
            ["24-26 April 2025=2025-04-24..2025-04-26"]
        );
        assert_eq!(dates("from April 24–26", PUBLISHED), ["April 24–26=2025-04-24..2025-04-26"]);
    }

    #[test]
    fn future_tense_day_and_month_resolve_forward() {
        let sentence = "Russia will hold a parade on May 9.";
        assert_eq!(dates(sentence, PUBLISHED), ["May 9=2025-05-09"]);
    }

    #[test]
    fn month_year_year_and_year_spans_have_their_precision() {
        let sentence = "In October 2024, after the 1950-53 war and the 2014–2016 talks, \
                        in 2024 and in the 1990s.";
        assert_eq!(
            dates(sentence, ""),
            [
                "October 2024=2024-10-01..2024-10-31",
                "1950-53=1950-01-01..1953-12-31",
                "2014–2016=2014-01-01..2016-12-31",
                "2024=2024-01-01..2024-12-31",
                "1990s=1990-01-01..1999-12-31",
            ]
        );
        use Precision::*;
        assert_eq!(precisions(sentence), [Month, Years, Years, Year, Years]);
    }

    #[test]
    fn iso_date_is_a_day_and_an_impossible_one_is_skipped() {
        assert_eq!(dates("Filed 2025-04-28 and 2025-02-30.", ""), ["2025-04-28=2025-04-28"]);
    }

    #[test]
    fn invalid_calendar_date_is_skipped_whole() {
        assert!(dates("on 31 February 2025", "").is_empty());
        assert!(dates("on February 31", PUBLISHED).is_empty());
    }

    #[test]
    fn weekday_before_publication_resolves_to_previous_week() {
        assert_eq!(dates("Police said on Saturday that", PUBLISHED), ["Saturday=2025-04-26"]);
        assert_eq!(precisions("on Saturday"), [Precision::Day]);
    }

    #[test]
    fn weekday_on_publication_day_is_that_day() {
        assert_eq!(dates("The minister resigned Monday.", PUBLISHED), ["Monday=2025-04-28"]);
    }

    #[test]
    fn past_tense_weekday_after_publication_weekday_goes_back_a_week() {
        let sentence = "The ministry confirmed Monday that troops crossed the river.";
        assert_eq!(dates(sentence, "2025-04-27"), ["Monday=2025-04-21"]);
    }

    #[test]
    fn future_tense_weekday_resolves_forward() {
        let expected = ["Friday=2025-05-02"];
        assert_eq!(dates("The leaders will meet on Friday.", PUBLISHED), expected);
        assert_eq!(dates("Ministers are due to meet Friday in Paris.", PUBLISHED), expected);
        assert_eq!(dates("The board next meets on Friday.", PUBLISHED), expected);
        assert_eq!(dates("The vote is set for Friday.", PUBLISHED), expected);
        assert_eq!(dates("The premier travels to Oslo on Friday.", PUBLISHED), expected);
        assert_eq!(dates("On Friday, the council will vote.", PUBLISHED), expected);
        assert_eq!(dates("He said he’ll sign it Friday.", PUBLISHED), expected);
        assert_eq!(dates("The trial opens Friday.", PUBLISHED), expected);
        assert_eq!(dates("The deal must be signed by Friday.", PUBLISHED), expected);
        assert_eq!(dates("Water could run out by Friday.", PUBLISHED), expected);
        assert_eq!(dates("He could not be reached Friday.", "2025-05-03"), expected);
        assert_eq!(dates("The rally, held on Friday, will be remembered.", "2025-05-03"), expected);
    }

    #[test]
    fn a_plan_agreed_to_is_still_to_come() {
        // PUBLISHED is a Monday.
        let agreed = "Both sides agreed to meet again on Friday.";
        assert_eq!(dates(agreed, PUBLISHED), ["Friday=2025-05-02"]);
        let vowed = "The mayor vowed to reopen the bridge by Friday.";
        assert_eq!(dates(vowed, PUBLISHED), ["Friday=2025-05-02"]);
        // The day the intent was stated, and an agreement to something, are past.
        let stated = "On Friday, both sides agreed to meet again.";
        assert_eq!(dates(stated, PUBLISHED), ["Friday=2025-04-25"]);
        let deal = "The union agreed to the deal on Friday.";
        assert_eq!(dates(deal, PUBLISHED), ["Friday=2025-04-25"]);
    }

    #[test]
    fn an_aside_before_the_date_keeps_the_clause_tense() {
        let future = "Envoys are due to meet in Lisbon, the capital of Portugal, on Friday.";
        assert_eq!(dates(future, PUBLISHED), ["Friday=2025-05-02"]);
        // A comma that is no aside still ends the clause.
        let past = "Envoys will meet in Lisbon, and the talks collapsed on Friday.";
        assert_eq!(dates(past, PUBLISHED), ["Friday=2025-04-25"]);
    }

    #[test]
    fn last_and_next_weekday_exclude_publication_day() {
        assert_eq!(dates("last Friday", "2025-05-02"), ["last Friday=2025-04-25"]);
        assert_eq!(dates("next Friday", "2025-05-02"), ["next Friday=2025-05-09"]);
        assert_eq!(dates("this past Sunday", PUBLISHED), ["this past Sunday=2025-04-27"]);
    }

    #[test]
    fn abbreviated_weekday_needs_a_dot_or_a_date() {
        assert_eq!(dates("It opened Sat. in Kyiv.", PUBLISHED), ["Sat.=2025-04-26"]);
        assert_eq!(dates("Sat 26 April", PUBLISHED), ["Sat 26 April=2025-04-26"]);
        assert!(dates("The Sun reported that Wed couples Mon", PUBLISHED).is_empty());
    }

    #[test]
    fn weekday_labelling_a_date_is_one_mention() {
        let sentence = "Voters went to the polls on Sunday, Feb. 23, \
                        after the coalition collapsed in November.";
        assert_eq!(
            dates(sentence, "2025-02-24"),
            ["Sunday, Feb. 23=2025-02-23", "November=2024-11-01..2024-11-30"]
        );
    }

    #[test]
    fn last_this_next_week_are_monday_to_sunday() {
        assert_eq!(dates("last week", PUBLISHED), ["last week=2025-04-21..2025-04-27"]);
        assert_eq!(dates("this week", "2025-04-27"), ["this week=2025-04-21..2025-04-27"]);
        assert_eq!(dates("next week", PUBLISHED), ["next week=2025-05-05..2025-05-11"]);
        assert_eq!(precisions("last week"), [Precision::Week]);
    }

    #[test]
    fn last_this_next_month_and_year_are_whole_units() {
        let sentence = "last month, next month, last year, this year, next year";
        assert_eq!(
            dates(sentence, PUBLISHED),
            [
                "last month=2025-03-01..2025-03-31",
                "next month=2025-05-01..2025-05-31",
                "last year=2024-01-01..2024-12-31",
                "this year=2025-01-01..2025-12-31",
                "next year=2026-01-01..2026-12-31",
            ]
        );
        assert_eq!(dates("last month", "2025-01-10"), ["last month=2024-12-01..2024-12-31"]);
    }

    #[test]
    fn a_stretch_of_the_unit_is_the_unit_of_publication() {
        let sentence = "The bill will reach parliament by the end of the year and talks go on for the rest of the month.";
        assert_eq!(
            dates(sentence, PUBLISHED),
            ["end of the year=2025-01-01..2025-12-31", "rest of the month=2025-04-01..2025-04-30"]
        );
        assert!(dates("the end of the road, the start of the talks, a year of the war", PUBLISHED)
            .is_empty());
    }

    #[test]
    fn earlier_and_later_this_unit_split_at_publication() {
        assert_eq!(
            dates("earlier this year", PUBLISHED),
            ["earlier this year=2025-01-01..2025-04-28"]
        );
        assert_eq!(
            dates("earlier this month", PUBLISHED),
            ["earlier this month=2025-04-01..2025-04-28"]
        );
        assert_eq!(
            dates("later this month", PUBLISHED),
            ["later this month=2025-04-28..2025-04-30"]
        );
    }

    #[test]
    fn last_fall_in_spring_is_previous_autumn() {
        let expected = ["last fall=2024-09-01..2024-11-30"];
        assert_eq!(dates("Fighting resumed last fall.", PUBLISHED), expected);
        assert_eq!(dates("last autumn", PUBLISHED), ["last autumn=2024-09-01..2024-11-30"]);
        assert_eq!(precisions("last fall"), [Precision::Season]);
    }

    #[test]
    fn last_fall_during_fall_is_the_year_before() {
        assert_eq!(dates("last fall", "2025-10-15"), ["last fall=2024-09-01..2024-11-30"]);
    }

    #[test]
    fn bare_season_past_tense_is_most_recent_begun() {
        assert_eq!(
            dates("The offensive stalled in fall.", PUBLISHED),
            ["fall=2024-09-01..2024-11-30"]
        );
        assert_eq!(dates("It stalled in the fall.", "2025-10-15"), ["fall=2025-09-01..2025-11-30"]);
        assert_eq!(
            dates("Talks will resume in the summer.", PUBLISHED),
            ["summer=2025-06-01..2025-08-31"]
        );
    }

    #[test]
    fn winter_spans_the_new_year() {
        assert_eq!(dates("last winter", PUBLISHED), ["last winter=2024-12-01..2025-02-28"]);
        assert_eq!(dates("last winter", "2025-01-15"), ["last winter=2023-12-01..2024-02-29"]);
        assert_eq!(dates("this winter", "2025-01-15"), ["this winter=2024-12-01..2025-02-28"]);
    }

    #[test]
    fn season_with_year_is_that_season() {
        assert_eq!(dates("in the summer of 2023", ""), ["summer of 2023=2023-06-01..2023-08-31"]);
        assert_eq!(dates("Fall 2024 polls", ""), ["Fall 2024=2024-09-01..2024-11-30"]);
    }

    #[test]
    fn ordinal_quarter_is_three_months() {
        let sentence = "GDP grew in the third quarter and will slow in the fourth quarter of 2026.";
        assert_eq!(
            dates(sentence, "2026-11-06"),
            [
                "third quarter=2026-07-01..2026-09-30",
                "fourth quarter of 2026=2026-10-01..2026-12-31"
            ]
        );
        assert_eq!(dates("first quarter", "2025-02-10"), ["first quarter=2025-01-01..2025-03-31"]);
    }

    #[test]
    fn fall_as_event_or_verb_is_not_a_season() {
        assert!(dates("after the fall of Kabul prices fall again", PUBLISHED).is_empty());
        assert!(dates("Spring water and summer camps", PUBLISHED).is_empty());
        assert!(dates("this fall of the rouble", PUBLISHED).is_empty());
    }

    #[test]
    fn month_with_relative_year_is_one_mention() {
        assert_eq!(
            dates("It began in June last year.", PUBLISHED),
            ["June last year=2024-06-01..2024-06-30"]
        );
        assert_eq!(
            dates("in March this year", PUBLISHED),
            ["March this year=2025-03-01..2025-03-31"]
        );
        assert_eq!(
            dates("in June of next year", PUBLISHED),
            ["June of next year=2026-06-01..2026-06-30"]
        );
    }

    #[test]
    fn month_without_year_is_latest_not_after_publication() {
        let sentence = "Prices rose in March, fell in June and peaked in January and April.";
        assert_eq!(
            dates(sentence, PUBLISHED),
            [
                "March=2025-03-01..2025-03-31",
                "June=2024-06-01..2024-06-30",
                "January=2025-01-01..2025-01-31",
                "April=2025-04-01..2025-04-30",
            ]
        );
    }

    #[test]
    fn future_tense_month_resolves_forward() {
        let expected = ["June=2025-06-01..2025-06-30"];
        assert_eq!(dates("The treaty is due to be signed in June.", PUBLISHED), expected);
        assert_eq!(dates("Elections are scheduled for June.", PUBLISHED), expected);
        assert_eq!(
            dates("Elections are scheduled for early June.", PUBLISHED),
            ["early June=2025-06-01..2025-06-10"]
        );
        assert_eq!(dates("Ukraine may hold elections in June.", PUBLISHED), expected);
    }

    #[test]
    fn last_and_next_month_names() {
        assert_eq!(dates("last June", PUBLISHED), ["last June=2024-06-01..2024-06-30"]);
        assert_eq!(dates("next March", PUBLISHED), ["next March=2026-03-01..2026-03-31"]);
    }

    #[test]
    fn listed_months_are_each_a_month() {
        let sentence = "between March and May";
        assert_eq!(
            dates(sentence, PUBLISHED),
            ["March=2025-03-01..2025-03-31", "May=2024-05-01..2024-05-31"]
        );
    }

    #[test]
    fn may_as_modal_verb_is_not_a_month() {
        assert!(dates("Ukraine may have lost ground. May I add that", PUBLISHED).is_empty());
        assert!(dates("Theresa May said the vote May fail", PUBLISHED).is_empty());
        assert_eq!(dates("since May", PUBLISHED), ["May=2024-05-01..2024-05-31"]);
    }

    #[test]
    fn march_as_verb_or_noun_is_not_a_month() {
        assert!(dates("Protesters began a march on the capital. March on!", PUBLISHED).is_empty());
        assert!(dates("the March on Washington", PUBLISHED).is_empty());
        let attributive = "Rebel forces who occupied the valley in an August counter offensive.";
        assert_eq!(dates(attributive, PUBLISHED), ["August=2024-08-01..2024-08-31"]);
    }

    #[test]
    fn yesterday_today_tomorrow_last_night() {
        let sentence = "yesterday, today, tomorrow, last night, this morning";
        assert_eq!(
            dates(sentence, PUBLISHED),
            [
                "yesterday=2025-04-27",
                "today=2025-04-28",
                "tomorrow=2025-04-29",
                "last night=2025-04-27",
                "this morning=2025-04-28",
            ]
        );
    }

    #[test]
    fn spans_of_years_and_halves_of_a_year() {
        let p = Date::new(2026, 3, 9);
        let spans = [
            ("Records from 1990 to 2019 were used.", "1990 to 2019", (1990, 1, 1), (2019, 12, 31)),
            ("Sales fell between 2010 and 2015.", "2010 and 2015", (2010, 1, 1), (2015, 12, 31)),
            (
                "The deal closes in the second half of 2026.",
                "second half of 2026",
                (2026, 7, 1),
                (2026, 12, 31),
            ),
            (
                "Profit rose in the first half of the year.",
                "first half of the year",
                (2026, 1, 1),
                (2026, 6, 30),
            ),
            ("Data going back to 1979 was added.", "1979", (1979, 1, 1), (1979, 12, 31)),
        ];
        for (sentence, text, start, end) in spans {
            let found = find_dates(sentence, p);
            assert_eq!(found.len(), 1, "{sentence}: {found:?}");
            assert_eq!(&sentence[found[0].start..found[0].end], text);
            assert_eq!(found[0].range.start, Date::new(start.0, start.1, start.2).unwrap());
            assert_eq!(found[0].range.end, Date::new(end.0, end.1, end.2).unwrap());
        }
        // A fiscal quarter's calendar is the company's, not the year's.
        assert!(find_dates("In its fiscal second quarter, sales fell.", p).is_empty());
        // "rose to 2000" still counts.
        assert!(find_dates("The toll rose to 2000.", p).is_empty());
    }

    #[test]
    fn units_ago_count_back_from_publication() {
        assert_eq!(dates("two days ago", PUBLISHED), ["two days ago=2025-04-26"]);
        assert_eq!(dates("3 weeks ago", PUBLISHED), ["3 weeks ago=2025-04-07..2025-04-13"]);
        assert_eq!(dates("a year ago", PUBLISHED), ["a year ago=2024-01-01..2024-12-31"]);
    }

    #[test]
    fn weekend_is_saturday_and_sunday() {
        assert_eq!(dates("over the weekend", PUBLISHED), ["weekend=2025-04-26..2025-04-27"]);
        assert_eq!(dates("this weekend", PUBLISHED), ["this weekend=2025-05-03..2025-05-04"]);
        assert_eq!(dates("last weekend", "2025-04-27"), ["last weekend=2025-04-19..2025-04-20"]);
    }

    #[test]
    fn early_mid_late_keep_a_third() {
        assert_eq!(dates("mid-April", PUBLISHED), ["mid-April=2025-04-11..2025-04-20"]);
        assert_eq!(dates("in late 2023", ""), ["late 2023=2023-09-02..2023-12-31"]);
        assert_eq!(dates("early last year", PUBLISHED), ["early last year=2024-01-01..2024-05-01"]);
        assert_eq!(dates("mid-2024", ""), ["mid-2024=2024-05-02..2024-08-31"]);
        assert_eq!(dates("late Monday", PUBLISHED), ["late Monday=2025-04-28"]);
    }

    #[test]
    fn durations_and_ordinals_are_not_dates() {
        let sentence =
            "over the last week, in the past year, on his last day, a two-year long battle, \
                        after seven months of holding, for two days after the attack";
        assert!(dates(sentence, PUBLISHED).is_empty());
    }

    #[test]
    fn counts_are_not_years() {
        let sentence =
            "16,000 troops, 2,024 troops, 3000 soldiers, 2024 troops, about 2000 were evacuated, \
                        Resolution 1973, the 5,000-tonne ship, and the toll rose to 2000.";
        assert!(dates(sentence, "").is_empty());
    }

    #[test]
    fn year_in_date_context_is_a_year() {
        let sentences = [
            "the 2024 treaty",
            "signed with Moscow in 2024",
            "since 2014",
            "2024 was the hottest year",
            "Russia's 2022 invasion",
            "the 2024 elections",
            "by the end of 2024",
            "from 2014 to 2016",
        ];
        for sentence in sentences {
            assert!(!dates(sentence, "").is_empty(), "{sentence}");
        }
        assert_eq!(dates("from 2014 to 2016", "").len(), 1, "one span of years");
    }

    #[test]
    fn numbers_that_are_not_dates_are_skipped() {
        let sentence =
            "Article 4, World War II, the second term, at 03:00 a.m., 5km, $2000, F16, 24 people";
        assert!(dates(sentence, PUBLISHED).is_empty());
        assert!(dates("at 03:00 a.m. on 5 May", "").is_empty());
        assert_eq!(dates("at 03:00 a.m. on 5 May", PUBLISHED), ["5 May=2024-05-05"]);
    }

    #[test]
    fn relative_expressions_need_a_publication_date() {
        let sentence =
            "Yesterday, last week, on Monday, in March, April 24, last fall and on 11 January 2025";
        assert_eq!(dates(sentence, ""), ["11 January 2025=2025-01-11"]);
    }

    #[test]
    fn news_from_other_beats() {
        let quake = "The magnitude 7.7 earthquake struck Myanmar on March 28, \
                     killing more than 3,000 people.";
        assert_eq!(dates(quake, "2025-04-02"), ["March 28=2025-03-28"]);
        let economy = "Inflation slowed to 2.4% in March from 2.8% in February, \
                       the lowest since September 2024.";
        assert_eq!(
            dates(economy, "2025-04-10"),
            [
                "March=2025-03-01..2025-03-31",
                "February=2025-02-01..2025-02-28",
                "September 2024=2024-09-01..2024-09-30"
            ]
        );
        let election = "The Fed will meet next month, and Americans will vote on Nov. 4 \
                        before the 2026 midterms.";
        assert_eq!(
            dates(election, "2025-04-10"),
            [
                "next month=2025-05-01..2025-05-31",
                "Nov. 4=2025-11-04",
                "2026=2026-01-01..2026-12-31"
            ]
        );
    }

    /// First and last day of each date in `text`, published on `published`.
    fn spans(text: &str, published: Option<Date>) -> Vec<(Date, Date)> {
        find_dates(text, published).iter().map(|m| (m.range.start, m.range.end)).collect()
    }

    fn day(year: i32, month: u8, day: u8) -> Date {
        Date::new(year, month, day).unwrap()
    }

    #[test]
    fn a_span_of_months_is_one_range_in_the_year_of_its_end() {
        let spans = |text| spans(text, Date::new(2026, 9, 23));
        assert_eq!(
            spans("Sales fell from January to August."),
            [(day(2026, 1, 1), day(2026, 8, 31))]
        );
        assert_eq!(
            spans("The strike ran from March through May last year."),
            [(day(2025, 3, 1), day(2025, 5, 31))]
        );
        assert_eq!(
            spans("Snow fell from November to February."),
            [(day(2025, 11, 1), day(2026, 2, 28))]
        );
        assert_eq!(
            spans("Exports grew 4.5% in January-February."),
            [(day(2026, 1, 1), day(2026, 2, 28))]
        );
    }

    #[test]
    fn four_digits_before_a_time_zone_are_a_clock_time() {
        let published = Date::new(2026, 3, 11);
        assert!(find_dates("The train crashed at 9:40 p.m. local time (2040 UTC).", published)
            .is_empty());
        assert!(find_dates("Troops moved in at 0600 hours.", published).is_empty());
        assert_eq!(find_dates("The law dates from 2020.", published).len(), 1);
    }

    #[test]
    fn a_quarter_code_is_a_quarter() {
        let spans = |text| spans(text, Date::new(2026, 3, 11));
        assert_eq!(
            spans("Inflation was 2.1% in Q4 2025."),
            [(day(2025, 10, 1), day(2025, 12, 31))]
        );
        assert_eq!(spans("Sales rose in Q3."), [(day(2025, 7, 1), day(2025, 9, 30))]);
        // Codes and models are not quarters.
        assert!(spans("The Q5 and the Q40 sedan sold well.").is_empty());
        assert!(spans("It sells the Q4e model.").is_empty());
    }

    #[test]
    fn odd_input_never_panics_and_offsets_are_char_boundaries() {
        let long = "early ".repeat(5_000) + &"mid-".repeat(2_000) + "May 2025 99999 year 99999";
        let inputs = [
            "",
            " ",
            "’“”–—",
            "“On Saturday,” he said – 11 January 2025 — ‘last fall’…",
            "Ünïcödé Mäy 3 März 2024 2024–",
            "2024-",
            "-2024-04-",
            "last",
            "this coming",
            "two days",
            "99999-99-99 1950-",
            long.as_str(),
        ];
        for input in inputs {
            for published in ["", PUBLISHED, "9999-12-31", "0001-01-01"] {
                for m in find_dates(input, Date::parse_iso(published)) {
                    assert!(
                        m.start < m.end
                            && input.is_char_boundary(m.start)
                            && input.is_char_boundary(m.end)
                    );
                    assert!(m.range.start <= m.range.end);
                }
            }
        }
    }
}
