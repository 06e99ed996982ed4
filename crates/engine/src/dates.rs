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

use crate::date::{month_from_name, Date, DateRange, Weekday};

/// How exact a resolved date is; drives how a timeline draws it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Precision {
    Day,
    Week,
    Month,
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
    let scan = Scanner { text: sentence, tokens: tokenize(sentence), published };
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
    mentions
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
}

fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5 + 1);
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        let kind = match c {
            _ if c.is_whitespace() => continue,
            _ if c.is_alphabetic() => Kind::Word,
            '0'..='9' => Kind::Number,
            _ => Kind::Punct,
        };
        let mut end = start + c.len_utf8();
        while let Some(&(at, next)) = chars.peek() {
            let continues = match kind {
                Kind::Word => next.is_alphabetic(),
                Kind::Number => {
                    next.is_ascii_digit()
                        || matches!(next, ',' | '.')
                            && text[at + 1..].starts_with(|d: char| d.is_ascii_digit())
                }
                Kind::Punct => false,
            };
            if !continues {
                break;
            }
            end = at + next.len_utf8();
            chars.next();
        }
        tokens.push(Token { start, end, kind });
    }
    tokens
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

#[derive(Debug, Clone, Copy)]
enum Part {
    Early,
    Mid,
    Late,
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
    /// 0 spring (Mar–May), 1 summer, 2 fall, 3 winter (Dec–Feb): meteorological, northern.
    Season(u8),
}

impl Name {
    /// The occurrence `k` weeks (weekdays) or years (months, seasons) from the
    /// one in the publication's week or year.
    fn occurrence(self, published: Date, k: i64) -> Option<DateRange> {
        let week = Unit::Week.containing(published).start;
        let year = (published.year as i64 + k) as i32;
        match self {
            Name::Weekday(day) => Some(DateRange::day(week.add_days(7 * k + day.index()))),
            Name::Weekend => {
                let saturday = week.add_days(7 * k + 5);
                Some(DateRange { start: saturday, end: saturday.add_days(1) })
            }
            Name::Month(month) => DateRange::month(year, month),
            Name::Season(season) => {
                let start = Date::first_of_month(year, 3 + 3 * season)?;
                let end = Unit::Month.shifted(start, 3).add_days(-1);
                Some(DateRange { start, end })
            }
        }
    }

    fn resolve(self, published: Date, pick: Pick) -> Option<Resolved> {
        let candidates = [-2, -1, 0, 1].map(|k| self.occurrence(published, k));
        let mut all = candidates.iter().flatten();
        let range = match pick {
            Pick::Past => all.rev().find(|r| r.start <= published),
            Pick::Future => all.find(|r| r.end >= published),
            Pick::Last => all.rev().find(|r| r.end < published),
            Pick::Next => all.find(|r| r.start > published),
            Pick::This => all.find(|r| r.contains(published)).or(candidates[2].as_ref()),
        };
        range.map(|&range| Resolved { range, precision: self.precision() })
    }

    fn precision(self) -> Precision {
        match self {
            Name::Weekday(_) => Precision::Day,
            Name::Weekend => Precision::Week,
            Name::Month(_) => Precision::Month,
            Name::Season(_) => Precision::Season,
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
const MONTH_CUES: &[&str] = &[
    "in", "since", "until", "till", "by", "from", "through", "during", "before", "after", "early",
    "late", "mid", "of",
];
/// Words after which a season name is a season ("in (the) fall", "last spring").
const SEASON_CUES: &[&str] =
    &["in", "since", "until", "by", "through", "during", "over", "early", "late", "mid"];
/// Words after which a four-digit number is a year.
const YEAR_CUES: &[&str] = &[
    "in", "since", "until", "till", "by", "from", "through", "during", "before", "after", "early",
    "late", "mid", "year", "fiscal", "between",
];
/// Time nouns whose "of" introduces a year ("the end of 2024", not "a total of 2000").
const OF_YEAR_NOUNS: &[&str] = &["end", "start", "beginning", "middle", "half", "quarter", "rest"];
/// Words before a number that make it a count ("about 2000", "rose to 2000").
const COUNT_HEDGES: &[&str] = &[
    "about", "around", "nearly", "almost", "some", "over", "than", "least", "to", "roughly",
    "approximately", "only", "just", "of", "another", "additional", "under", "below", "above",
];
/// Words before a number that make it a year ("the 2024 elections", "Russia's 2022 invasion").
const YEAR_DETERMINERS: &[&str] = &["the", "this", "that", "its", "their", "his", "her", "s"];
/// Words before "last"/"next" that make it a duration or an ordinal ("the last week", "his last day").
const NOT_RELATIVE_AFTER: &[&str] =
    &["the", "a", "his", "her", "its", "their", "our", "my", "your", "s"];
/// Nouns that are counted although they do not end in "s" ("2000 people").
const COUNTED_NOUNS: &[&str] = &["people", "men", "women", "children", "police", "personnel", "staff", "percent"];
/// Words that start a new clause, ending the search for a tense marker.
const CLAUSE_WORDS: &[&str] =
    &["that", "which", "who", "and", "but", "while", "when", "because", "although", "though", "where", "if"];
/// Words that may precede a date at the start of a clause ("On Friday, …").
const LEAD_WORDS: &[&str] = &[
    "on", "in", "by", "since", "until", "from", "at", "during", "the", "of", "early", "late", "mid",
    "last", "next", "this", "past", "coming", "over",
];
const FUTURE_WORDS: &[&str] = &[
    "will", "shall", "upcoming", "scheduled", "slated", "expected", "planned", "plans", "plan",
    "planning", "intends", "aims",
];
const NUMBER_WORDS: &[&str] =
    &["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

/// How many tokens the tense search looks at on each side of a date.
const TENSE_WINDOW: usize = 8;

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

    fn is(&self, i: usize, word: &str) -> bool {
        self.kind(i) == Some(Kind::Word) && self.str(i).eq_ignore_ascii_case(word)
    }

    fn is_any(&self, i: usize, words: &[&str]) -> bool {
        self.which(i, words).is_some()
    }

    fn is_punct(&self, i: usize, marks: &[&str]) -> bool {
        self.kind(i) == Some(Kind::Punct) && marks.contains(&self.str(i))
    }

    fn is_dash(&self, i: usize) -> bool {
        self.is_punct(i, &["-", "–", "—"])
    }

    /// Token `i` touches token `i + 1` (no space between).
    fn glued(&self, i: usize) -> bool {
        let Some(token) = self.tokens.get(i) else { return false };
        self.tokens.get(i + 1).is_some_and(|next| next.start == token.end)
    }

    /// Index in `words` of the word at `i`, any case.
    fn which(&self, i: usize, words: &[&str]) -> Option<usize> {
        if self.kind(i) != Some(Kind::Word) {
            return None;
        }
        words.iter().position(|w| self.str(i).eq_ignore_ascii_case(w))
    }

    fn capitalized(&self, i: usize) -> bool {
        self.kind(i) == Some(Kind::Word) && self.str(i).starts_with(|c: char| c.is_uppercase())
    }

    /// A plain number of `digits` (a range of lengths) digits: no thousands separator.
    fn number(&self, i: usize, digits: std::ops::RangeInclusive<usize>) -> Option<u32> {
        let text = self.str(i);
        let plain = self.kind(i) == Some(Kind::Number) && text.bytes().all(|b| b.is_ascii_digit());
        (plain && digits.contains(&text.len())).then(|| text.parse().ok()).flatten()
    }

    /// Not part of a code, clock time, amount or measure ("F16", "03:00",
    /// "$2000", "2000km"); "mid-2024" and "24th" are fine.
    fn isolated(&self, i: usize) -> bool {
        !self.glued_to_previous(i) && !self.glued_to_next(i)
    }

    fn glued_to_previous(&self, i: usize) -> bool {
        let p = before(i);
        let mid_dash = self.is_dash(p) && self.is(before(p), "mid");
        let joins = self.kind(p) != Some(Kind::Punct) || self.is_dash(p) || self.is_punct(p, &["/", "$", "£", "€", "#", ":", "."]);
        self.glued(p) && joins && !mid_dash
    }

    fn glued_to_next(&self, i: usize) -> bool {
        let ordinal = self.is_any(i + 1, &["st", "nd", "rd", "th"]);
        self.glued(i)
            && (self.is_punct(i + 1, &[":", "%", "/"]) || self.kind(i + 1) == Some(Kind::Word) && !ordinal)
    }

    /// The previous word is one of `cues`, seen through a "mid-" dash.
    fn has_cue(&self, i: usize, cues: &[&str]) -> bool {
        let p = if self.is_dash(before(i)) { before(before(i)) } else { before(i) };
        self.is_any(p, cues)
    }

    /// Token `i` is a lowercase plural noun or unit, so a number before it counts.
    fn counts_something(&self, i: usize) -> bool {
        let word = self.str(i);
        self.kind(i) == Some(Kind::Word)
            && word.starts_with(|c: char| c.is_lowercase())
            && (COUNTED_NOUNS.contains(&word)
                || word.len() >= 4
                    && word.ends_with('s')
                    && !["ss", "us", "is"].iter().any(|end| word.ends_with(end)))
    }

    fn resolve_with(&self, end: usize, f: impl FnOnce(Date) -> Option<Resolved>) -> Found {
        Found { end, when: self.published.and_then(f) }
    }

    fn expression_at(&self, i: usize) -> Option<Found> {
        self.part_of(i).or_else(|| self.whole_expression_at(i))
    }

    /// Any expression but a part of one, so "early early …" cannot recurse.
    fn whole_expression_at(&self, i: usize) -> Option<Found> {
        match self.kind(i)? {
            Kind::Number => self.ago(i).or_else(|| self.number_expression(i)),
            Kind::Word => self
                .relative_word(i)
                .or_else(|| self.relative_phrase(i))
                .or_else(|| self.ago(i))
                .or_else(|| self.weekday_expression(i))
                .or_else(|| self.month_expression(i))
                .or_else(|| self.season_expression(i))
                .or_else(|| self.weekend_expression(i)),
            Kind::Punct => None,
        }
    }

    /// "early 2024", "mid-April", "late last year": a third of what follows.
    fn part_of(&self, i: usize) -> Option<Found> {
        let part = [Part::Early, Part::Mid, Part::Late][self.which(i, &["early", "mid", "late"])?];
        let j = if self.is_dash(i + 1) && self.glued(i) { i + 2 } else { i + 1 };
        let inner = self.whole_expression_at(j)?;
        Some(Found { end: inner.end, when: inner.when.map(|w| w.narrowed(part)) })
    }

    /// "yesterday", "today", "tonight", "tomorrow".
    fn relative_word(&self, i: usize) -> Option<Found> {
        let offset = [-1, 0, 0, 1][self.which(i, &["yesterday", "today", "tonight", "tomorrow"])?];
        Some(self.resolve_with(i + 1, |p| Some(Resolved::day(p.add_days(offset)))))
    }

    /// "last week", "earlier this year", "next Friday", "this past weekend",
    /// "last fall", "last night", "this morning".
    fn relative_phrase(&self, i: usize) -> Option<Found> {
        if self.is_any(i, &["earlier", "later"]) && self.is(i + 1, "this") {
            let unit = self.calendar_unit_at(i + 2)?;
            let earlier = self.is(i, "earlier");
            return Some(self.resolve_with(i + 3, |p| {
                let DateRange { start, end } = unit.containing(p);
                let range = if earlier { DateRange { start, end: p } } else { DateRange { start: p, end } };
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
            Pick::Last if self.is(j, "night") => Some(-1),
            Pick::This if self.is_any(j, &["morning", "afternoon", "evening"]) => Some(0),
            _ => None,
        };
        if let Some(offset) = time_of_day {
            return Some(self.resolve_with(j + 1, |p| Some(Resolved::day(p.add_days(offset)))));
        }
        let (name, end) = self.name_at(j)?;
        Some(self.resolve_with(end, |p| name.resolve(p, pick)))
    }

    /// "last", "next", "this", "this past", "this coming" — unless a duration
    /// or ordinal ("over the last week", "his last day").
    fn modifier_at(&self, i: usize) -> Option<(Pick, usize)> {
        let modifier = self.which(i, &["last", "next", "this"])?;
        if self.is_any(before(i), NOT_RELATIVE_AFTER) {
            return None;
        }
        match modifier {
            0 => Some((Pick::Last, i + 1)),
            1 => Some((Pick::Next, i + 1)),
            _ if self.is(i + 1, "past") => Some((Pick::Last, i + 2)),
            _ if self.is(i + 1, "coming") => Some((Pick::Next, i + 2)),
            _ => Some((Pick::This, i + 1)),
        }
    }

    /// "week", "month", "year": what "last"/"this"/"next" can shift.
    fn calendar_unit_at(&self, i: usize) -> Option<Unit> {
        Some([Unit::Week, Unit::Month, Unit::Year][self.which(i, &["week", "month", "year"])?])
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
        self.is(i, "weekend").then_some((Name::Weekend, i + 1))
    }

    /// "two days ago", "3 weeks ago", "a year ago".
    fn ago(&self, i: usize) -> Option<Found> {
        if !self.is(i + 2, "ago") {
            return None;
        }
        let count = match self.number(i, 1..=2) {
            Some(n) => n as i64,
            None if self.is_any(i, &["a", "an"]) => 1,
            None => NUMBER_WORDS.iter().position(|w| self.str(i).eq_ignore_ascii_case(w))? as i64 + 1,
        };
        const UNITS: [&str; 8] = ["day", "days", "week", "weeks", "month", "months", "year", "years"];
        let unit = [Unit::Day, Unit::Week, Unit::Month, Unit::Year][self.which(i + 1, &UNITS)? / 2];
        Some(self.resolve_with(i + 3, |p| Some(unit.resolved(unit.shifted(p, -count)))))
    }

    /// A capitalized weekday name: (weekday, token after it and its dot, can
    /// stand alone). Abbreviations ("Wed", "Sun") stand alone only with a dot.
    fn weekday_at(&self, i: usize) -> Option<(Weekday, usize, bool)> {
        let word = self.str(i);
        if !self.capitalized(i) || word.len() > 9 || !word.starts_with(['M', 'T', 'W', 'F', 'S']) {
            return None;
        }
        let day = Weekday::from_name(word)?;
        let full = word.len() >= 6;
        let dotted = !full && self.glued(i) && self.is_punct(i + 1, &["."]);
        Some((day, i + 1 + usize::from(dotted), full || dotted))
    }

    /// A capitalized month name: (month, token after it and its dot, is the
    /// full name). Abbreviations ("Mar", "Jan") count only before a number.
    fn month_at(&self, i: usize) -> Option<(u8, usize, bool)> {
        let word = self.str(i);
        let initial = ['J', 'F', 'M', 'A', 'S', 'O', 'N', 'D'];
        if !self.capitalized(i) || !(3..=9).contains(&word.len()) || !word.starts_with(initial) {
            return None;
        }
        let month = month_from_name(word)?;
        let full = word.len() > 4 || ["may", "june", "july"].iter().any(|m| word.eq_ignore_ascii_case(m));
        let dotted = !full && self.glued(i) && self.is_punct(i + 1, &["."]);
        Some((month, i + 1 + usize::from(dotted), full))
    }

    /// A season name as `Name::Season` numbers it.
    fn season_at(&self, i: usize) -> Option<u8> {
        Some([0, 1, 2, 2, 3][self.which(i, &["spring", "summer", "fall", "autumn", "winter"])?])
    }

    /// "Saturday", "Sat.", or a weekday labelling a date ("Saturday, April 26").
    fn weekday_expression(&self, i: usize) -> Option<Found> {
        let (day, j, alone) = self.weekday_at(i)?;
        let k = j + usize::from(self.is_punct(j, &[","]));
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
        let (day, k) = self.day_at(j)?;
        Some(self.dated_day(i, month, day, k))
    }

    /// "26 April", "11 January 2025", "26th of April".
    fn day_month(&self, i: usize) -> Option<Found> {
        let (day, j) = self.day_at(i)?;
        let j = j + usize::from(self.is(j, "of"));
        let (month, k, _) = self.month_at(j)?;
        Some(self.dated_day(i, month, day, k))
    }

    /// A day of the month, with its ordinal suffix, that is not a count ("24 people").
    fn day_at(&self, i: usize) -> Option<(u8, usize)> {
        let day = self.number(i, 1..=2).filter(|d| (1..=31).contains(d))?;
        if !self.isolated(i) {
            return None;
        }
        let end = i + 1 + usize::from(self.glued(i) && self.kind(i + 1) == Some(Kind::Word));
        (!self.counts_something(end)).then_some((day as u8, end))
    }

    /// Finishes a day and month at `next` with an optional year; without one,
    /// the year comes from the publication date and tense.
    fn dated_day(&self, i: usize, month: u8, day: u8, next: usize) -> Found {
        let k = next + usize::from(self.is_punct(next, &[","]));
        if let Some(year) = self.year_at(k, 1000..=2999) {
            return Found { end: k + 1, when: Date::new(year, month, day).map(Resolved::day) };
        }
        let pick = self.tense(i, next);
        self.resolve_with(next, |p| {
            let year = Name::Month(month).resolve(p, pick)?.range.start.year;
            Date::new(year, month, day).map(Resolved::day)
        })
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
        if let Some(found) = self.name_with_year(Name::Month(month), j) {
            return Some(found);
        }
        let cued = self.has_cue(i, MONTH_CUES) || self.after_listed_month(i);
        (full && cued).then(|| self.by_tense(Name::Month(month), i, j))
    }

    /// "March and April", "March to May": a month listed after another.
    fn after_listed_month(&self, i: usize) -> bool {
        let p = before(i);
        self.is_any(p, &["and", "or", "to", "through"]) && self.month_at(before(p)).is_some()
    }

    /// "fall 2024", "summer of 2023", "fall last year", "in the fall", "last spring".
    fn season_expression(&self, i: usize) -> Option<Found> {
        let season = Name::Season(self.season_at(i)?);
        if let Some(found) = self.name_with_year(season, i + 1) {
            return Some(found);
        }
        let p = before(i);
        let cued = self.has_cue(i, SEASON_CUES) || self.is(p, "the") && self.has_cue(p, SEASON_CUES);
        // "the fall of Kabul" is an event, not a season.
        (cued && !self.is(i + 1, "of")).then(|| self.by_tense(season, i, i + 1))
    }

    /// "over the weekend", "at the weekend".
    fn weekend_expression(&self, i: usize) -> Option<Found> {
        let p = before(i);
        let cued = self.is(p, "the") && self.is_any(before(p), &["over", "at", "during", "on"]);
        (self.is(i, "weekend") && cued).then(|| self.by_tense(Name::Weekend, i, i + 1))
    }

    /// A month or season name ending before `j`, followed by "[of] 2024" or
    /// "[of] last/this/next year".
    fn name_with_year(&self, name: Name, j: usize) -> Option<Found> {
        // The occurrence that holds January 1: "winter 2024" is Dec 2023 – Feb 2024.
        let in_year = |year: i64| name.resolve(Date { year: year as i32, month: 1, day: 1 }, Pick::This);
        let k = j + usize::from(self.is(j, "of"));
        if let Some(year) = self.year_at(k, 1000..=2999) {
            return Some(Found { end: k + 1, when: in_year(year as i64) });
        }
        if !self.is(k + 1, "year") {
            return None;
        }
        let offset = self.which(k, &["last", "this", "next"])? as i64 - 1;
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
        if !glued || !self.is_punct(i + 1, &["-"]) || !self.is_punct(i + 3, &["-"]) {
            return None;
        }
        let month = self.number(i + 2, 2..=2)?;
        let day = self.number(i + 4, 2..=2)?;
        let date = Date::new(year as i32, month as u8, day as u8);
        Some(Found { end: i + 5, when: date.map(Resolved::day) })
    }

    /// "1950-53", "2014–2016", "2014-15".
    fn year_span(&self, i: usize) -> Option<Found> {
        let first = self.year_at(i, 1000..=2999)?;
        if !(self.glued(i) && self.is_dash(i + 1) && self.glued(i + 1)) {
            return None;
        }
        let last = match self.number(i + 2, 2..=2) {
            Some(tail) => first - first % 100 + tail as i32,
            None => self.number(i + 2, 4..=4)? as i32,
        };
        if last <= first || last - first > 100 || self.glued_to_next(i + 2) || self.counts_something(i + 3) {
            return None;
        }
        let range = DateRange { start: DateRange::year(first).start, end: DateRange::year(last).end };
        Some(Found { end: i + 3, when: Some(Resolved { range, precision: Precision::Years }) })
    }

    /// "1990s", "1990's".
    fn decade(&self, i: usize) -> Option<Found> {
        let year = self.number(i, 4..=4).filter(|y| y % 10 == 0)? as i32;
        let apostrophe = self.glued(i) && self.is_punct(i + 1, &["'", "’"]);
        let s = i + 1 + usize::from(apostrophe);
        if !(self.glued(s - 1) && self.is(s, "s")) {
            return None;
        }
        let range = DateRange { start: DateRange::year(year).start, end: DateRange::year(year + 9).end };
        Some(Found { end: s + 1, when: Some(Resolved { range, precision: Precision::Years }) })
    }

    /// "in 2024", "the 2024 elections", "2024 treaty", "2024 was…" — but not
    /// "2024 troops", "about 2000" or "Resolution 1973".
    fn lone_year(&self, i: usize) -> Option<Found> {
        let year = self.four_digits_at(i, 1900..=2100)?;
        let p = before(i);
        let counted = self.counts_something(i + 1)
            || self.is_any(p, COUNT_HEDGES)
            || self.capitalized(p)
            || self.kind(p) == Some(Kind::Number);
        let is_year = self.kind(p).is_none()
            || self.has_cue(i, YEAR_CUES)
            || self.is(p, "of") && self.is_any(before(p), OF_YEAR_NOUNS)
            || self.is_any(p, YEAR_DETERMINERS)
            || self.is_any(p, &["and", "or", "to"]) && self.number(before(p), 4..=4).is_some()
            || !counted;
        let when = Resolved { range: DateRange::year(year), precision: Precision::Year };
        is_year.then_some(Found { end: i + 1, when: Some(when) })
    }

    /// Future if the clause of tokens `start..end` has a future marker before the
    /// date, or after it when the date opens the clause ("On Friday, they will…").
    fn tense(&self, start: usize, end: usize) -> Pick {
        let mut opens_clause = true;
        for i in (start.saturating_sub(TENSE_WINDOW)..start).rev() {
            if self.breaks_clause(i) {
                break;
            }
            if self.is_future_marker(i) {
                return Pick::Future;
            }
            opens_clause &= self.is_any(i, LEAD_WORDS);
        }
        if opens_clause {
            let from = end + usize::from(self.is_punct(end, &[","]));
            for i in from..(from + TENSE_WINDOW).min(self.tokens.len()) {
                if self.breaks_clause(i) {
                    break;
                }
                if self.is_future_marker(i) {
                    return Pick::Future;
                }
            }
        }
        Pick::Past
    }

    fn breaks_clause(&self, i: usize) -> bool {
        self.is_punct(i, &[",", ";", ":", "(", ")", "\"", "“", "”", "—", "–"]) || self.is_any(i, CLAUSE_WORDS)
    }

    /// "will", "'ll", "won't", "is due", "set to", "would" (not "would have"), "scheduled"…
    fn is_future_marker(&self, i: usize) -> bool {
        let apostrophe = self.is_punct(before(i), &["'", "’"]);
        self.is_any(i, FUTURE_WORDS)
            || self.is(i, "ll") && apostrophe
            || self.is(i, "t") && apostrophe && self.is(before(before(i)), "won")
            || self.is(i, "would") && !self.is(i + 1, "have")
            || self.is_any(i, &["set", "going"]) && self.is(i + 1, "to")
            || self.is(i, "due") && self.is_any(before(i), &["is", "are", "was", "were", "be", "s"])
    }
}
