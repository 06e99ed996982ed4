//! Figures: numbers in a sentence with their hedge and the thing they count.
//! (Being written; see the module contract below.)

use crate::quantity::Quantity;

/// One figure; `start..end` are byte offsets *within the sentence* covering the
/// hedge, the number(s) and the counted noun when adjacent ("at least 10,000").
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    pub start: usize,
    pub end: usize,
    pub quantity: Quantity,
}

/// Every figure in `sentence`, in order of appearance.
pub fn find_figures(sentence: &str) -> Vec<Figure> {
    let _ = sentence;
    Vec::new()
}
