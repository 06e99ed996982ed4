//! Loading: raw bytes → a [`Document`] whose text every later step slices by
//! byte offset. Binary input is refused; invalid UTF-8 is repaired with a warning
//! so one bad byte never costs the reader a whole article.

use std::fmt;

/// One article as text. Offsets of every claim point into `text`.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// Short stable name: the file stem, or what the reader typed.
    pub id: String,
    pub text: String,
    /// Problems that did not stop loading (e.g. replaced bytes).
    pub warnings: Vec<String>,
}

/// Why bytes could not become a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    Empty,
    /// Looks like a binary file (NUL bytes or mostly control characters).
    Binary,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Empty => write!(f, "the file is empty (no text to analyse)"),
            LoadError::Binary => {
                write!(f, "this looks like a binary file, not text; save the article as .txt, .md or .html")
            }
        }
    }
}

impl std::error::Error for LoadError {}

impl Document {
    /// A document from text already known to be valid.
    pub fn from_text(id: impl Into<String>, text: impl Into<String>) -> Document {
        Document { id: id.into(), text: text.into(), warnings: Vec::new() }
    }

    /// A document from raw file bytes.
    pub fn from_bytes(id: impl Into<String>, bytes: &[u8]) -> Result<Document, LoadError> {
        if bytes.iter().all(|b| b.is_ascii_whitespace()) {
            return Err(LoadError::Empty);
        }
        if looks_binary(bytes) {
            return Err(LoadError::Binary);
        }
        let mut warnings = Vec::new();
        let text = match String::from_utf8_lossy(bytes) {
            std::borrow::Cow::Borrowed(text) => text.to_owned(),
            std::borrow::Cow::Owned(text) => {
                let replaced = text.matches('\u{FFFD}').count();
                warnings.push(format!(
                    "{replaced} invalid UTF-8 byte sequence(s) replaced with \u{FFFD}; offsets refer to the repaired text"
                ));
                text
            }
        };
        Ok(Document { id: id.into(), text, warnings })
    }

    pub fn word_count(&self) -> usize {
        self.text.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count()
    }
}

/// NUL bytes, or more than one in ten bytes of the first 8 KiB a control
/// character other than whitespace, means the file is not text.
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return true;
    }
    let control =
        head.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0C)).count();
    control * 10 > head.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_and_whitespace_only_input_is_an_error() {
        assert_eq!(Document::from_bytes("a", b""), Err(LoadError::Empty));
        assert_eq!(Document::from_bytes("a", b" \n\t"), Err(LoadError::Empty));
    }

    #[test]
    fn binary_input_is_refused() {
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
        assert_eq!(Document::from_bytes("img", png), Err(LoadError::Binary));
    }

    #[test]
    fn invalid_utf8_is_repaired_with_a_warning() {
        let doc = Document::from_bytes("a", b"Caf\xE9 opened on Monday.").unwrap();
        assert!(doc.text.contains('\u{FFFD}'));
        assert_eq!(doc.warnings.len(), 1);
    }

    #[test]
    fn byte_order_mark_is_kept_so_offsets_match_the_file() {
        let doc = Document::from_bytes("a", "\u{FEFF}Hello world".as_bytes()).unwrap();
        assert_eq!(doc.text, "\u{FEFF}Hello world");
        assert_eq!(doc.word_count(), 2);
    }
}
