//! The unit of comparison: one claim found in one document, with its evidence
//! sentence located by byte offsets so any view can highlight it.

use std::fmt;
use std::ops::{Deref, Range};
use std::sync::Arc;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

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
    pub text: SharedStr,
}

/// The exact words a claim rests on inside its evidence sentence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub text: SharedStr,
}

/// Text that many claims hold is shared (`Arc<str>`, [`SharedStr`]): a
/// document yields about ten claims per kilobyte, and copying the document
/// id, the evidence sentence, the speaker, the id and the mention into each
/// one cost more than finding them. Serialized as plain strings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    /// `<doc>#<n>`: unique across a report, stable for the same input.
    pub id: SharedStr,
    /// The document's id, shared by all its claims.
    pub doc: Arc<str>,
    pub kind: ClaimKind,
    /// The evidence sentence, shared by all claims of the document;
    /// `document.text[start..end] == text`.
    pub text: SharedStr,
    pub start: usize,
    pub end: usize,
    /// The figure or date expression itself (for statements: the speaker).
    pub mention: Mention,
    pub quantity: Option<Quantity>,
    pub when: Option<When>,
    /// Who said it; shared by the claims of the sentence.
    pub speaker: Option<SharedStr>,
    pub cue: Option<Arc<str>>,
    /// The id of the claim's topic, filled by alignment (empty before).
    pub topic: String,
}

/// A slice of a string that other claims share, standing for that slice: a
/// claim's mention and date are words of its evidence sentence, and a
/// document's claim ids are slices of one string of them all. With a string
/// of their own, allocating and freeing them was 8% of extraction. Compares,
/// orders, prints and serializes as the `str` it stands for.
#[derive(Clone)]
pub struct SharedStr {
    whole: Arc<str>,
    start: usize,
    end: usize,
}

impl SharedStr {
    /// `whole[range]`, sharing `whole`. Reading it panics if `range` is not
    /// within `whole` at character boundaries.
    pub fn slice(whole: &Arc<str>, range: Range<usize>) -> SharedStr {
        debug_assert!(whole.get(range.clone()).is_some(), "{range:?} is no slice of {whole:?}");
        SharedStr { whole: Arc::clone(whole), start: range.start, end: range.end }
    }

    pub fn as_str(&self) -> &str {
        &self.whole[self.start..self.end]
    }
}

impl Deref for SharedStr {
    type Target = str;

    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl From<&str> for SharedStr {
    fn from(text: &str) -> Self {
        SharedStr { whole: Arc::from(text), start: 0, end: text.len() }
    }
}

impl From<String> for SharedStr {
    fn from(text: String) -> Self {
        SharedStr::from(text.as_str())
    }
}

impl PartialEq for SharedStr {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for SharedStr {}

impl PartialEq<str> for SharedStr {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for SharedStr {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<String> for SharedStr {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<SharedStr> for String {
    fn eq(&self, other: &SharedStr) -> bool {
        self == other.as_str()
    }
}

impl PartialOrd for SharedStr {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for SharedStr {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl fmt::Debug for SharedStr {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for SharedStr {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        fmt::Display::fmt(self.as_str(), f)
    }
}

impl Serialize for SharedStr {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self)
    }
}

impl<'de> Deserialize<'de> for SharedStr {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(SharedStr::from)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_shared_slice_stands_for_its_words() {
        let sentence: Arc<str> = Arc::from("Officials said 1,600 died.");
        let figure = SharedStr::slice(&sentence, 15..20);
        assert!(Arc::ptr_eq(&figure.whole, &sentence));
        assert_eq!(figure, "1,600");
        assert_eq!(figure, SharedStr::from("1,600"));
        assert!(SharedStr::slice(&sentence, 0..9) > figure);
        assert_eq!(
            (format!("{figure:>6}"), format!("{figure:?}")),
            (" 1,600".to_string(), "\"1,600\"".to_string())
        );
        assert_eq!(serde_json::to_string(&figure).unwrap(), "\"1,600\"");
        assert_eq!(serde_json::from_str::<SharedStr>("\"1,600\"").unwrap(), figure);
    }
}
