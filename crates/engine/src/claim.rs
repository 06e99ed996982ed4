//! The unit of comparison: one claim found in one document, with its evidence
//! sentence located by byte offsets so any view can highlight it.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::date::Date;
use crate::quantity::Quantity;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClaimKind {
    /// A number and what it counts.
    Figure,
    /// Something dated: "on Saturday", "in October 2024".
    Event,
    /// Someone said, claimed, denied or confirmed something.
    Statement,
}

/// When a claim happened: an inclusive interval of days and the words that said so.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct When {
    pub start: Date,
    pub end: Date,
    /// The expression as written ("last fall").
    pub text: String,
}

/// The exact words a claim rests on inside its evidence sentence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// Text that many claims hold is shared (`Arc<str>`): a document yields about
/// ten claims per kilobyte, and copying the document id, the evidence sentence
/// and the speaker into each one cost more than finding them. Serialized as
/// plain strings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    /// `<doc>#<n>`: unique across a report, stable for the same input.
    pub id: String,
    /// The document's id, shared by all its claims.
    pub doc: Arc<str>,
    pub kind: ClaimKind,
    /// The evidence sentence, shared by all claims of the sentence;
    /// `document.text[start..end] == text`.
    pub text: Arc<str>,
    pub start: usize,
    pub end: usize,
    /// The figure or date expression itself (for statements: the speaker).
    pub mention: Mention,
    pub quantity: Option<Quantity>,
    pub when: Option<When>,
    /// Who said it; shared by the claims of the sentence.
    pub speaker: Option<Arc<str>>,
    pub cue: Option<Arc<str>>,
    /// The id of the claim's topic, filled by alignment (empty before).
    pub topic: String,
}
