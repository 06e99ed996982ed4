//! What a figure claims: an interval of values, the hedge that shaped it, and
//! the thing counted. Shared by `figures` (which finds them) and `align`
//! (which compares them).

use serde::{Deserialize, Serialize};

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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    pub low: f64,
    /// `None` for an interval open above.
    pub high: Option<f64>,
    pub qualifier: Qualifier,
    /// The counted thing, as its head noun in the plural where the text has it
    /// ("soldiers", "tonne", "drones"); inferred from the sentence when elided.
    pub unit: String,
    /// The noun phrase around the unit ("North Korean soldiers").
    pub subject: String,
}
