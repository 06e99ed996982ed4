//! What a figure claims: an interval of values, the hedge that shaped it, and
//! the thing counted. Shared by `figures` (which finds them) and `align`
//! (which compares them).

use serde::{Deserialize, Serialize};

use crate::claim::SharedStr;

/// The hedge in front of a number. It decides the interval a figure stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// No hedge: "1,644 people".
    Exact,
    /// "about", "some", "approximately", "around", "roughly", "an estimated".
    About,
    /// "nearly", "almost", "close to": just below the number.
    Nearly,
    /// "at least": [n, ∞).
    AtLeast,
    /// "more than", "over", "upwards of": (n, ∞).
    MoreThan,
    /// "up to", "as many as", "at most": [0, n].
    UpTo,
    /// "fewer than", "less than", "under": [0, n).
    FewerThan,
}

impl Qualifier {
    /// Whether the true value may lie anywhere above the stated number.
    pub fn is_open_above(self) -> bool {
        matches!(self, Qualifier::AtLeast | Qualifier::MoreThan)
    }

    /// Whether the true value may lie anywhere below the stated number.
    pub fn is_open_below(self) -> bool {
        matches!(self, Qualifier::UpTo | Qualifier::FewerThan)
    }
}

/// A figure's value as an interval. `low`/`high` already reflect the hedge:
/// "at least 10,000" is `{low: 10000, high: None}`, "up to 50" is
/// `{low: 0, high: Some(50)}`, "about 1,000 to 1,200" is `{1000, Some(1200)}`
/// with `qualifier: About` (fuzziness is applied when comparing, not here).
/// Its words are `Text`: shared with the document in a claim, borrowed from
/// the sentence while figures are found.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quantity<Text = SharedStr> {
    pub low: f64,
    /// `None` for an interval open above.
    pub high: Option<f64>,
    pub qualifier: Qualifier,
    /// The counted thing, as its head noun in the plural where the text has it
    /// ("soldiers", "tonne", "drones"); inferred from the sentence when elided.
    pub unit: Text,
    /// The noun phrase around the unit ("North Korean soldiers").
    pub subject: Text,
}

impl<Text> Quantity<Text> {
    /// The same quantity with its words made `Other`s by `convert`.
    pub fn map_text<Other>(self, mut convert: impl FnMut(Text) -> Other) -> Quantity<Other> {
        let Quantity { low, high, qualifier, unit, subject } = self;
        Quantity { low, high, qualifier, unit: convert(unit), subject: convert(subject) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mapping_the_words_keeps_the_interval() {
        let found = Quantity {
            low: 3.0,
            high: None,
            qualifier: Qualifier::AtLeast,
            unit: "troops",
            subject: "Ukrainian troops",
        };
        let lengths = found.map_text(str::len);
        assert_eq!((lengths.low, lengths.high, lengths.qualifier), (3.0, None, Qualifier::AtLeast));
        assert_eq!((lengths.unit, lengths.subject), (6, 16));
    }
}
