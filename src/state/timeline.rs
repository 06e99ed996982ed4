//! The timeline's geometry, in SVG user units: a lane per source, each dated
//! event at its resolved date (a dot for a day, a bar for a week, month,
//! season or year), publication dates marked, for any period the reader zooms to.

use std::ops::Range;

use corroborate::claim::ClaimKind;
use corroborate::date::{Date, DateRange};
use corroborate::report::{brief, Status};

use super::corpus::Corpus;

// Whole SVG user units: integers keep float formatting out of the wasm.
pub const WIDTH: i32 = 1000;
/// Left gutter for lane names.
pub const GUTTER: i32 = 140;
const RIGHT: i32 = 16;
/// Height of the date axis above the lanes.
pub const AXIS: i32 = 26;
const ROW: i32 = 16;
const LANE_PAD: i32 = 10;
/// The default period leaves out events more than this long before the
/// latest publication (a war decades ago would squash the story to a dot);
/// the "All dates" preset shows them.
const STORY_DAYS: i64 = 730;
/// Overlapping marks stack into at most this many rows per lane.
const MAX_ROWS: usize = 4;
/// Horizontal room a day dot needs.
const DOT: i32 = 6;

/// The months' three-letter names, in one string: a table of twelve `&str`
/// would cost the .wasm a pointer and a length each.
const MONTHS: &str = "JanFebMarAprMayJunJulAugSepOctNovDec";

/// The three-letter name of `date`'s month.
fn month_name(date: Date) -> &'static str {
    let at = 3 * (usize::from(date.month) - 1);
    &MONTHS[at..at + 3]
}

#[derive(Debug, Clone, PartialEq)]
pub struct Timeline {
    /// What is drawn; `None` when no article has a dated event or date.
    pub period: Option<DateRange>,
    pub height: i32,
    pub lanes: Vec<Lane>,
    pub ticks: Vec<Tick>,
    /// Dated events outside the period.
    pub outside: usize,
    /// Periods worth zooming to, with a button label each (`None` = everything).
    pub presets: Vec<(&'static str, Option<DateRange>)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Lane {
    pub doc: String,
    pub name: String,
    pub top: i32,
    pub height: i32,
    /// Where the publication date falls, if it is in the period.
    pub published: Option<i32>,
    pub marks: Vec<TimeMark>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TimeMark {
    pub claim: String,
    /// Left edge (or centre, for a day).
    pub x: i32,
    /// Zero for a single day.
    pub width: i32,
    /// Vertical centre.
    pub y: i32,
    pub status: Status,
    /// "2024-09-01..2024-11-30 (last fall)".
    pub label: String,
    pub sentence: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    pub x: i32,
    pub label: String,
}

/// Maps days onto the horizontal axis of a period.
struct Scale {
    first: i64,
    days: f64,
}

impl Scale {
    fn new(period: DateRange) -> Scale {
        Scale { first: period.start.to_days(), days: period.days() as f64 }
    }

    /// `day` may be fractional: `+ 0.5` is the middle of a day.
    fn x(&self, day: f64) -> i32 {
        let fraction = (day - self.first as f64) / self.days;
        GUTTER + (fraction * f64::from(WIDTH - GUTTER - RIGHT)).round() as i32
    }
}

/// The timeline for `zoom`, drawing the lanes of sources `lanes` only: the
/// period and the count of events outside it still cover every source.
pub fn layout(corpus: &Corpus, zoom: Option<DateRange>, lanes: Range<usize>) -> Timeline {
    let latest =
        corpus.sources().iter().filter_map(|source| source.extraction.metadata.published).max();
    let full = extent(corpus, None);
    let story = extent(corpus, latest.map(|latest| latest.add_days(-STORY_DAYS))).or(full);
    let presets = presets(latest, full, story);
    let Some(period) = zoom.or_else(|| story.map(padded)) else {
        return Timeline {
            period: None,
            height: AXIS,
            lanes: Vec::new(),
            ticks: Vec::new(),
            outside: 0,
            presets,
        };
    };
    let scale = Scale::new(period);
    let mut top = AXIS;
    let lanes = corpus.sources()[lanes]
        .iter()
        .map(|source| {
            let published =
                source.extraction.metadata.published.filter(|&date| period.contains(date));
            let mut marks: Vec<TimeMark> = corpus
                .claims_of(source.id())
                .filter(|claim| claim.kind == ClaimKind::Event)
                .filter_map(|claim| {
                    let when = claim.when.as_ref()?;
                    let range = DateRange { start: when.start, end: when.end };
                    if !range.overlaps(period) {
                        return None;
                    }
                    let (x, width) = if when.start == when.end {
                        (scale.x(when.start.to_days() as f64 + 0.5), 0)
                    } else {
                        let start = scale.x(range.start.max(period.start).to_days() as f64);
                        (start, scale.x(range.end.min(period.end).to_days() as f64 + 1.0) - start)
                    };
                    let status =
                        corpus.topic_of(&claim.id).map_or(Status::Single, |topic| topic.status);
                    Some(TimeMark {
                        claim: claim.id.as_str().to_owned(),
                        x,
                        width,
                        y: 0,
                        status,
                        label: brief(claim),
                        sentence: claim.text.as_str().to_owned(),
                    })
                })
                .collect();
            let rows = stack(&mut marks, top);
            let height = rows.max(1) as i32 * ROW + LANE_PAD;
            let lane = Lane {
                doc: source.id().to_string(),
                name: source.name(),
                top,
                height,
                published: published.map(|date| scale.x(date.to_days() as f64 + 0.5)),
                marks,
            };
            top += height;
            lane
        })
        .collect();
    let outside = events(corpus).filter(|range| !range.overlaps(period)).count();
    Timeline {
        period: Some(period),
        height: top + 4,
        lanes,
        ticks: ticks(period, &scale),
        outside,
        presets,
    }
}

fn events(corpus: &Corpus) -> impl Iterator<Item = DateRange> + '_ {
    corpus
        .report()
        .claims
        .iter()
        .filter(|claim| claim.kind == ClaimKind::Event)
        .filter_map(|claim| claim.when.as_ref())
        .map(|when| DateRange { start: when.start, end: when.end })
}

/// Every dated event ending `since` or later, and every publication date, end to end.
fn extent(corpus: &Corpus, since: Option<Date>) -> Option<DateRange> {
    let events = events(corpus)
        .filter(|range| since.is_none_or(|since| range.end >= since))
        .flat_map(|range| [range.start, range.end]);
    let published =
        corpus.sources().iter().filter_map(|source| source.extraction.metadata.published);
    let dates: Vec<Date> = events.chain(published).collect();
    Some(DateRange { start: *dates.iter().min()?, end: *dates.iter().max()? })
}

/// A little room on both sides so marks at the ends are not cut.
fn padded(range: DateRange) -> DateRange {
    let pad = (range.days() / 30).max(2);
    DateRange { start: range.start.add_days(-pad), end: range.end.add_days(pad) }
}

/// The story (the default); every date, if that is more; the year up to the
/// latest publication; the fortnight around it.
fn presets(
    latest: Option<Date>,
    full: Option<DateRange>,
    story: Option<DateRange>,
) -> Vec<(&'static str, Option<DateRange>)> {
    let mut presets = vec![("Story", None)];
    if full != story {
        presets.push(("All dates", full.map(padded)));
    }
    if let (Some(latest), Some(_)) = (latest, full) {
        presets.push((
            "Year before publication",
            Some(DateRange { start: latest.add_days(-365), end: latest.add_days(3) }),
        ));
        presets.push((
            "Publication week",
            Some(DateRange { start: latest.add_days(-10), end: latest.add_days(3) }),
        ));
    }
    presets
}

/// Assigns each mark a row so overlapping ones stack; returns the rows used.
fn stack(marks: &mut [TimeMark], lane_top: i32) -> usize {
    corroborate::sort::sort_by(marks, |a, b| a.x.cmp(&b.x).then_with(|| a.claim.cmp(&b.claim)));
    let mut row_ends: Vec<i32> = Vec::new();
    for mark in marks.iter_mut() {
        let (left, right) = if mark.width == 0 {
            (mark.x - DOT, mark.x + DOT)
        } else {
            (mark.x, mark.x + mark.width)
        };
        let row = match row_ends.iter().position(|&end| end <= left) {
            Some(row) => row,
            None if row_ends.len() < MAX_ROWS => {
                row_ends.push(i32::MIN);
                row_ends.len() - 1
            }
            None => (0..row_ends.len()).min_by_key(|&row| row_ends[row]).unwrap_or(0),
        };
        row_ends[row] = row_ends[row].max(right + 1);
        mark.y = lane_top + LANE_PAD / 2 + row as i32 * ROW + ROW / 2;
    }
    row_ends.len()
}

/// Days, weeks, months or years, whichever gives a readable number of ticks.
fn ticks(period: DateRange, scale: &Scale) -> Vec<Tick> {
    let days = period.days();
    let mut ticks = Vec::new();
    let mut date = period.start;
    let mut previous_year = None;
    while date <= period.end {
        let label = if days <= 16 {
            Some(format!("{} {}", month_name(date), date.day))
        } else if days <= 75 {
            matches!(date.day, 1 | 8 | 15 | 22)
                .then(|| format!("{} {}", month_name(date), date.day))
        } else if days <= 800 {
            (date.day == 1).then(|| match previous_year.replace(date.year) {
                Some(year) if year == date.year => month_name(date).to_string(),
                _ => format!("{} {}", month_name(date), date.year),
            })
        } else {
            let step = (days / 3650 + 1) as i32;
            (date.day == 1 && date.month == 1 && date.year % step == 0)
                .then(|| date.year.to_string())
        };
        if let Some(label) = label {
            ticks.push(Tick { x: scale.x(date.to_days() as f64), label });
        }
        date = date.add_days(1);
    }
    ticks
}

#[cfg(test)]
mod tests {
    use super::*;
    use corroborate::document::Document;

    fn date(y: i32, m: u8, d: u8) -> Date {
        Date::new(y, m, d).unwrap()
    }

    #[test]
    fn bundled_timeline_has_a_lane_per_source_and_marks_inside_the_plot() {
        let corpus = Corpus::bundled();
        let timeline = layout(&corpus, None, 0..corpus.sources().len());
        assert_eq!(timeline.lanes.len(), corpus.sources().len());
        assert!(timeline.lanes.iter().all(|lane| lane.published.is_some()));
        let marks: Vec<&TimeMark> = timeline.lanes.iter().flat_map(|lane| &lane.marks).collect();
        assert!(marks.len() >= 10);
        assert!(marks.iter().any(|mark| mark.width > 0), "months and seasons are ranges");
        for mark in marks {
            assert!(mark.x >= GUTTER && mark.x + mark.width <= WIDTH, "{mark:?}");
        }
        assert!(!timeline.ticks.is_empty());
        assert!(timeline.presets.len() >= 2);
        let all = timeline
            .presets
            .iter()
            .find(|(label, _)| *label == "All dates")
            .map(|(_, period)| *period);
        if let Some(all) = all {
            assert!(timeline.outside > 0, "the default period leaves the old events out");
            assert_eq!(layout(&corpus, all, 0..corpus.sources().len()).outside, 0);
        }
    }

    #[test]
    fn zoom_keeps_only_events_in_the_period_and_clips_ranges() {
        let mut corpus = Corpus::restore(&Default::default());
        corpus.add(Document::from_text(
            "x",
            " date 2025-04-28\nTroops arrived last fall. They left on Saturday. Talks began in 2019.",
        ));
        let zoom = DateRange { start: date(2024, 11, 1), end: date(2025, 4, 30) };
        let timeline = layout(&corpus, Some(zoom), 0..corpus.sources().len());
        let lane = timeline.lanes.iter().find(|lane| lane.doc == "x").unwrap();
        assert_eq!(lane.marks.len(), 2, "{:?}", lane.marks);
        let fall = lane.marks.iter().find(|mark| mark.width > 0).expect("last fall, clipped");
        assert_eq!(fall.x, GUTTER);
        assert!(lane.published.is_some());
        assert_eq!(timeline.ticks.first().map(|tick| tick.label.as_str()), Some("Nov 2024"));
    }

    #[test]
    fn overlapping_marks_stack_into_rows() {
        let mark = |x: i32, width: i32| TimeMark {
            claim: String::new(),
            x,
            width,
            y: 0,
            status: Status::Single,
            label: String::new(),
            sentence: String::new(),
        };
        let mut marks = vec![mark(200, 100), mark(250, 0), mark(400, 0)];
        assert_eq!(stack(&mut marks, 0), 2);
        assert_eq!(marks[0].y, marks[2].y);
        assert!(marks[1].y > marks[0].y);
    }

    #[test]
    fn ticks_adapt_to_the_span() {
        let week = DateRange { start: date(2025, 4, 21), end: date(2025, 4, 28) };
        assert_eq!(ticks(week, &Scale::new(week)).len(), 8);
        let decade = DateRange { start: date(2000, 1, 1), end: date(2030, 1, 1) };
        let labels: Vec<String> =
            ticks(decade, &Scale::new(decade)).into_iter().map(|t| t.label).collect();
        assert!(labels.len() <= 12 && labels.contains(&"2020".to_string()), "{labels:?}");
    }

    #[test]
    fn an_undated_corpus_has_no_period() {
        let mut corpus = Corpus::restore(&Default::default());
        for id in corpus.ids().iter().map(|id| id.to_string()).collect::<Vec<_>>() {
            corpus.remove(&id);
        }
        corpus.add(Document::from_text("x", "No dates here at all."));
        let timeline = layout(&corpus, None, 0..corpus.sources().len());
        assert_eq!(timeline.period, None);
        assert!(timeline.lanes.is_empty());
    }
}
