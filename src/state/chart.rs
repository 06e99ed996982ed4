//! The figure chart's geometry: for a figure topic, each source's interval side
//! by side on one value axis — a dot for one number, a bar for a range, an
//! arrow for an open-ended hedge ("at least", "up to") — in publication order,
//! joined by a line, when the figure evolves.

use corroborate::claim::{Claim, ClaimKind};
use corroborate::quantity::Quantity;
use corroborate::report::{brief, format_number, Status};

use super::corpus::Corpus;

// Whole SVG user units: integers keep float formatting out of the wasm.
pub const WIDTH: i32 = 360;
pub const HEIGHT: i32 = 220;
/// Room for value labels on the left.
pub const LEFT: i32 = 58;
const RIGHT: i32 = 10;
pub const TOP: i32 = 12;
/// The zero line; below it go the source names and dates.
pub const BOTTOM: i32 = 180;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    Point,
    Range,
    /// "at least", "more than": from the number up, without end.
    OpenAbove,
    /// "up to", "fewer than": from the number down to zero.
    OpenBelow,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub claim: String,
    pub source: String,
    pub published: String,
    pub x: i32,
    /// Top and bottom of the interval (equal for a point).
    pub top: i32,
    pub bottom: i32,
    pub shape: Shape,
    /// The figure as written, hedge included.
    pub label: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FigureChart {
    pub unit: String,
    pub status: Status,
    pub bars: Vec<Bar>,
    /// Value gridlines: (y, "10,000").
    pub ticks: Vec<(i32, String)>,
    /// SVG `points` joining the figures over time, when the topic evolves.
    pub trend: Option<String>,
}

/// The chart of a figure topic; `None` for other topics or figures without values.
pub fn figure_chart(corpus: &Corpus, topic_id: &str) -> Option<FigureChart> {
    let topic = corpus.topic(topic_id).filter(|topic| topic.kind == ClaimKind::Figure)?;
    let mut figures: Vec<(usize, &Claim, &Quantity)> = topic
        .claims
        .iter()
        .filter_map(|id| corpus.claim(id))
        .filter_map(|claim| {
            let order = corpus.sources().iter().position(|source| source.id() == &*claim.doc)?;
            Some((order, claim, claim.quantity.as_ref()?))
        })
        .collect();
    if figures.is_empty() {
        return None;
    }
    let evolving = topic.status == Status::Evolving;
    if evolving {
        let key = |&(order, claim, _): &(usize, &Claim, &Quantity)| {
            (
                corpus.source(&claim.doc).and_then(|source| source.extraction.metadata.published),
                order,
            )
        };
        corroborate::sort::sort_by(&mut figures, |a, b| key(a).cmp(&key(b)));
    }
    let largest =
        figures.iter().map(|(_, _, q)| q.high.unwrap_or(q.low).max(q.low)).fold(0.0, f64::max);
    let (step, max) = axis(largest);
    let y = |value: f64| BOTTOM - (value / max * f64::from(BOTTOM - TOP)).round() as i32;
    let slot = f64::from(WIDTH - LEFT - RIGHT) / figures.len() as f64;
    let bars: Vec<Bar> = figures
        .iter()
        .enumerate()
        .map(|(i, &(_, claim, quantity))| {
            let (shape, top, bottom) = shape(quantity);
            let source = corpus.source(&claim.doc);
            Bar {
                claim: claim.id.as_str().to_owned(),
                source: source.map_or_else(|| claim.doc.to_string(), |source| source.name()),
                published: source.map(|source| source.published_label()).unwrap_or_default(),
                x: LEFT + ((i as f64 + 0.5) * slot).round() as i32,
                top: top.map_or(TOP, y),
                bottom: y(bottom),
                shape,
                label: brief(claim),
            }
        })
        .collect();
    let ticks = (0..)
        .map(|i| i as f64 * step)
        .take_while(|&value| value <= max + step / 2.0)
        .map(|value| (y(value), format_number(value)))
        .collect();
    let trend = (evolving && bars.len() > 1).then(|| {
        bars.iter().map(|bar| format!("{},{}", bar.x, anchor(bar))).collect::<Vec<_>>().join(" ")
    });
    Some(FigureChart {
        unit: figures[0].2.unit.as_str().to_owned(),
        status: topic.status,
        bars,
        ticks,
        trend,
    })
}

/// The interval a quantity stands for: shape, top value (`None` = open) and bottom value.
fn shape(quantity: &Quantity) -> (Shape, Option<f64>, f64) {
    let high = quantity.high.unwrap_or(quantity.low);
    if quantity.high.is_none() || quantity.qualifier.is_open_above() {
        (Shape::OpenAbove, None, quantity.low)
    } else if quantity.qualifier.is_open_below() {
        (Shape::OpenBelow, Some(high), 0.0)
    } else if high != quantity.low {
        (Shape::Range, Some(high), quantity.low)
    } else {
        (Shape::Point, Some(quantity.low), quantity.low)
    }
}

/// Where the trend line touches a bar: the stated number.
fn anchor(bar: &Bar) -> i32 {
    match bar.shape {
        Shape::OpenAbove => bar.bottom,
        Shape::OpenBelow => bar.top,
        Shape::Point | Shape::Range => (bar.top + bar.bottom) / 2,
    }
}

/// A round gridline step (1, 2 or 5 × 10ⁿ) and the axis top, a little above `largest`.
fn axis(largest: f64) -> (f64, f64) {
    let target = (largest * 1.15).max(1.0);
    let raw = target / 4.0;
    // `powi`, not `powf`: a few multiplications, exact up to 10²², where
    // `powf` would bring 2.6 KB of code and tables into the .wasm.
    let magnitude = 10f64.powi(raw.log10().floor() as i32);
    let step =
        [1.0, 2.0, 5.0, 10.0].into_iter().map(|m| m * magnitude).find(|&s| s >= raw).unwrap_or(raw);
    (step, (target / step).ceil() * step)
}

#[cfg(test)]
mod tests {
    use super::*;
    use corroborate::document::Document;
    use corroborate::quantity::Qualifier;

    fn quantity(low: f64, high: Option<f64>, qualifier: Qualifier) -> Quantity {
        Quantity { low, high, qualifier, unit: "troops".into(), subject: "troops".into() }
    }

    #[test]
    fn hedges_decide_the_shape() {
        assert_eq!(
            shape(&quantity(10.0, None, Qualifier::AtLeast)),
            (Shape::OpenAbove, None, 10.0)
        );
        assert_eq!(
            shape(&quantity(0.0, Some(50.0), Qualifier::UpTo)),
            (Shape::OpenBelow, Some(50.0), 0.0)
        );
        assert_eq!(
            shape(&quantity(10.0, Some(12.0), Qualifier::About)),
            (Shape::Range, Some(12.0), 10.0)
        );
        assert_eq!(
            shape(&quantity(14.0, Some(14.0), Qualifier::Exact)),
            (Shape::Point, Some(14.0), 14.0)
        );
    }

    #[test]
    fn axis_steps_are_round() {
        assert_eq!(axis(14_000.0), (5_000.0, 20_000.0));
        assert_eq!(axis(3.0), (1.0, 4.0));
        assert_eq!(axis(0.0), (0.5, 1.0));
    }

    #[test]
    fn a_figure_topic_is_charted_inside_the_plot() {
        let mut corpus = Corpus::restore(&Default::default());
        corpus.add(Document::from_text(
            "x",
            " date 2025-04-28\nOfficials said at least 10,000 troops were sent.",
        ));
        let claim =
            corpus.claims_of("x").find(|claim| claim.kind == ClaimKind::Figure).unwrap().clone();
        let topic = corpus.topic_of(&claim.id).unwrap().id.clone();
        let chart = figure_chart(&corpus, &topic).unwrap();
        assert!(chart
            .bars
            .iter()
            .any(|bar| bar.claim == claim.id && bar.shape == Shape::OpenAbove));
        for bar in &chart.bars {
            assert!(bar.top >= TOP && bar.bottom <= BOTTOM && bar.top <= bar.bottom, "{bar:?}");
            assert!(bar.x > LEFT && bar.x < WIDTH);
        }
        assert_eq!(chart.ticks.first().map(|t| t.1.as_str()), Some("0"));
        let event = corpus
            .claims_of("x")
            .find(|claim| claim.kind != ClaimKind::Figure)
            .map(|c| c.id.clone());
        if let Some(event) = event {
            assert_eq!(figure_chart(&corpus, &corpus.topic_of(&event).unwrap().id.clone()), None);
        }
    }
}
