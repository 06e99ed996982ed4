//! Calendar dates and date intervals: the small value types every other module
//! uses to say *when*. Proleptic Gregorian, no time zones (news dates are days).

use std::fmt;

use crate::wordlist;

/// A calendar day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

/// Day of the week, Monday first (ISO 8601).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl Weekday {
    pub const ALL: [Weekday; 7] = [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
        Weekday::Saturday,
        Weekday::Sunday,
    ];

    /// Monday = 0 … Sunday = 6.
    pub fn index(self) -> i64 {
        Weekday::ALL.iter().position(|&d| d == self).unwrap_or(0) as i64
    }

    /// Full or abbreviated English name ("Saturday", "Sat", "Sat."), any case.
    pub fn from_name(word: &str) -> Option<Weekday> {
        let word = word.trim_end_matches('.');
        const NAMES: [&str; 7] =
            ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
        NAMES
            .iter()
            .position(|name| {
                word.eq_ignore_ascii_case(name)
                    || ((3..=5).contains(&word.len()) && starts_with_any_case(name, word))
            })
            .map(|i| Weekday::ALL[i])
    }
}

/// English month name or abbreviation ("March", "Mar", "Mar.", "Sept") → 1..=12.
pub fn month_from_name(word: &str) -> Option<u8> {
    let word = word.trim_end_matches('.');
    const NAMES: &str =
        "january february march april may june july august september october november december";
    let names = || wordlist::words(NAMES);
    if let Some(i) = names().position(|name| word.eq_ignore_ascii_case(name)) {
        return Some(i as u8 + 1);
    }
    if word.eq_ignore_ascii_case("sept") {
        return Some(9);
    }
    // Three-letter abbreviations only; "Mar" yes, "Marc" no, "may" handled above.
    if word.len() == 3 {
        return names().position(|name| starts_with_any_case(name, word)).map(|i| i as u8 + 1);
    }
    None
}

/// Whether `name` (lowercase ASCII) begins with `word` in any ASCII case:
/// `name.starts_with(&word.to_ascii_lowercase())` without the copy, since
/// names are looked up for many words of every article.
fn starts_with_any_case(name: &str, word: &str) -> bool {
    name.len() >= word.len() && name.as_bytes()[..word.len()].eq_ignore_ascii_case(word.as_bytes())
}

pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// A valid date, or `None` for "31 February" and friends.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        (1..=12)
            .contains(&month)
            .then_some(())
            .filter(|_| day >= 1 && day <= days_in_month(year, month))
            .map(|_| Date { year, month, day })
    }

    /// Parses `YYYY-MM-DD`. Every part is read as an `i32`, so that one
    /// number parser serves the three (a smaller .wasm).
    pub fn parse_iso(text: &str) -> Option<Date> {
        let mut parts = text.splitn(3, '-').map(|part| part.parse::<i32>().ok());
        let year = parts.next()??;
        let month = u8::try_from(parts.next()??).ok()?;
        let day = u8::try_from(parts.next()??).ok()?;
        Date::new(year, month, day)
    }

    pub fn first_of_month(year: i32, month: u8) -> Option<Date> {
        Date::new(year, month, 1)
    }

    pub fn last_of_month(year: i32, month: u8) -> Option<Date> {
        Date::new(year, month, days_in_month(year, month))
    }

    /// Days since 1970-01-01 (negative before), by Howard Hinnant's algorithm.
    pub fn to_days(self) -> i64 {
        let y = self.year as i64 - if self.month <= 2 { 1 } else { 0 };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = self.month as i64;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + self.day as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    pub fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + if month <= 2 { 1 } else { 0 }) as i32;
        Date { year, month, day }
    }

    pub fn add_days(self, days: i64) -> Date {
        Date::from_days(self.to_days() + days)
    }

    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday (index 3).
        Weekday::ALL[(self.to_days() + 3).rem_euclid(7) as usize]
    }

    /// The most recent `weekday` on or before `self`.
    pub fn previous_or_same(self, weekday: Weekday) -> Date {
        let back = (self.weekday().index() - weekday.index()).rem_euclid(7);
        self.add_days(-back)
    }

    /// The first `weekday` on or after `self`.
    pub fn next_or_same(self, weekday: Weekday) -> Date {
        let ahead = (weekday.index() - self.weekday().index()).rem_euclid(7);
        self.add_days(ahead)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Date::parse_iso(&text)
            .ok_or_else(|| serde::de::Error::custom(format!("not a YYYY-MM-DD date: {text}")))
    }
}

/// An inclusive interval of days: a day is `start == end`, a month its first to last day.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub struct DateRange {
    pub start: Date,
    pub end: Date,
}

impl DateRange {
    pub fn day(date: Date) -> DateRange {
        DateRange { start: date, end: date }
    }

    pub fn month(year: i32, month: u8) -> Option<DateRange> {
        Some(DateRange {
            start: Date::first_of_month(year, month)?,
            end: Date::last_of_month(year, month)?,
        })
    }

    pub fn year(year: i32) -> DateRange {
        DateRange { start: Date { year, month: 1, day: 1 }, end: Date { year, month: 12, day: 31 } }
    }

    pub fn days(self) -> i64 {
        self.end.to_days() - self.start.to_days() + 1
    }

    pub fn overlaps(self, other: DateRange) -> bool {
        self.start <= other.end && other.start <= self.end
    }

    pub fn contains(self, date: Date) -> bool {
        self.start <= date && date <= self.end
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_round_trip_across_leap_years_and_epoch() {
        for days in [-800_000, -1, 0, 1, 11_016, 20_206, 20_208, 800_000] {
            assert_eq!(Date::from_days(days).to_days(), days);
        }
        assert_eq!(Date::from_days(0).to_string(), "1970-01-01");
        assert_eq!(Date::new(2024, 2, 29).unwrap().add_days(1).to_string(), "2024-03-01");
    }

    #[test]
    fn invalid_calendar_dates_are_rejected() {
        assert_eq!(Date::new(2025, 2, 29), None);
        assert_eq!(Date::new(2025, 13, 1), None);
        assert_eq!(Date::new(2025, 4, 0), None);
        assert_eq!(Date::parse_iso("2025-04-31"), None);
    }

    #[test]
    fn weekday_is_known_for_a_monday() {
        let monday = Date::parse_iso("2025-04-28").unwrap();
        assert_eq!(monday.weekday(), Weekday::Monday);
        assert_eq!(monday.previous_or_same(Weekday::Saturday).to_string(), "2025-04-26");
        assert_eq!(monday.previous_or_same(Weekday::Monday), monday);
        assert_eq!(monday.next_or_same(Weekday::Friday).to_string(), "2025-05-02");
    }

    #[test]
    fn month_and_weekday_names_accept_abbreviations() {
        assert_eq!(month_from_name("Mar"), Some(3));
        assert_eq!(month_from_name("Sept."), Some(9));
        assert_eq!(month_from_name("MAY"), Some(5));
        assert_eq!(month_from_name("Marc"), None);
        assert_eq!(Weekday::from_name("Sat."), Some(Weekday::Saturday));
        assert_eq!(Weekday::from_name("thurs"), Some(Weekday::Thursday));
        assert_eq!(Weekday::from_name("Sa"), None);
    }

    #[test]
    fn month_range_covers_every_day() {
        let feb = DateRange::month(2024, 2).unwrap();
        assert_eq!(feb.days(), 29);
        assert!(feb.overlaps(DateRange::day(Date::new(2024, 2, 29).unwrap())));
    }
}
