//! What the reader pastes or opens, turned into a [`Document`] the engine can
//! read — or a reason, in plain words, why not.

use std::fmt;

use corroborate::date::Date;
use corroborate::document::{Document, LoadError};

use super::html;

/// Larger than any news article; keeps local storage and the page responsive.
pub const MAX_BYTES: usize = 2 * 1024 * 1024;

/// The file types the reader can open.
pub const ACCEPTED: &str = ".txt,.md,.markdown,.html,.htm";

const UNTITLED: &str = "Pasted article";
const MAX_ID_CHARS: usize = 60;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    Load(LoadError),
    TooLarge {
        bytes: usize,
    },
    BadDate(String),
    /// A file type other than text, Markdown or HTML.
    Unsupported(String),
    /// HTML with no text left once the markup is gone.
    NoText,
    /// The browser could not read the file (its reason).
    Unreadable(String),
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::Load(error) => write!(f, "{error}"),
            ImportError::TooLarge { bytes } => write!(
                f,
                "the article is {} KB; the limit is {} MB — paste only the story text",
                bytes / 1024,
                MAX_BYTES / (1024 * 1024)
            ),
            ImportError::BadDate(date) => {
                write!(f, "“{date}” is not a date; use YYYY-MM-DD or leave it empty")
            }
            ImportError::Unsupported(name) => {
                write!(f, "“{name}” is not a .txt, .md or .html file")
            }
            ImportError::NoText => {
                write!(f, "the page has no text once its HTML markup is removed")
            }
            ImportError::Unreadable(reason) => {
                write!(f, "the browser could not read the file ({reason})")
            }
        }
    }
}

/// Pasted text, with the outlet (its name in the table) and publication date
/// the reader may add. The date becomes a `date YYYY-MM-DD` header line, the
/// form the engine reads a publication date from.
pub fn pasted(
    text: &str,
    outlet: &str,
    date: &str,
    taken: &[&str],
) -> Result<Document, ImportError> {
    check_size(text.len())?;
    let date = date.trim();
    let header = if date.is_empty() {
        String::new()
    } else {
        let parsed = Date::parse_iso(date).ok_or_else(|| ImportError::BadDate(date.to_string()))?;
        format!(" date {parsed}\n")
    };
    let id = unique_id(outlet, taken);
    let doc = Document::from_bytes(id, text.as_bytes()).map_err(ImportError::Load)?;
    Ok(Document { text: format!("{header}{}", doc.text), ..doc })
}

/// An opened or dropped file; HTML is reduced to its text.
pub fn file(name: &str, bytes: &[u8], taken: &[&str]) -> Result<Document, ImportError> {
    check_size(bytes.len())?;
    let (stem, extension) = match name.rsplit_once('.') {
        Some((stem, extension)) if !stem.is_empty() => (stem, extension.to_ascii_lowercase()),
        _ => (name, String::new()),
    };
    let is_html = match extension.as_str() {
        "html" | "htm" => true,
        "txt" | "md" | "markdown" | "text" => false,
        _ => return Err(ImportError::Unsupported(name.to_string())),
    };
    let doc = Document::from_bytes(unique_id(stem, taken), bytes).map_err(ImportError::Load)?;
    if !is_html {
        return Ok(doc);
    }
    let text = html::to_text(&doc.text);
    if text.trim().is_empty() {
        return Err(ImportError::NoText);
    }
    Ok(Document { text, ..doc })
}

/// Checked before reading a file, so a huge one is refused without loading it.
pub fn check_size(bytes: usize) -> Result<(), ImportError> {
    if bytes > MAX_BYTES {
        return Err(ImportError::TooLarge { bytes });
    }
    Ok(())
}

/// `wanted` tidied into a name no other source has: "Daily Planet (2)".
fn unique_id(wanted: &str, taken: &[&str]) -> String {
    let tidy: String = wanted
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(MAX_ID_CHARS)
        .collect();
    let base = if tidy.is_empty() { UNTITLED.to_string() } else { tidy };
    let mut id = base.clone();
    let mut n = 1;
    while taken.contains(&id.as_str()) {
        n += 1;
        id = format!("{base} ({n})");
    }
    id
}

#[cfg(test)]
mod tests {
    use super::*;
    use corroborate::extract::extract;

    #[test]
    fn pasted_text_gets_the_outlet_as_name_and_the_date_as_header() {
        let doc = pasted(
            "Officials said 500 people fled on Monday.",
            "  Daily   Planet ",
            "2025-04-29",
            &[],
        )
        .unwrap();
        assert_eq!(doc.id, "Daily Planet");
        let metadata = extract(&doc).metadata;
        assert_eq!(metadata.published, Date::new(2025, 4, 29));
        assert!(doc.text.ends_with("Officials said 500 people fled on Monday."));
    }

    #[test]
    fn names_are_made_unique() {
        assert_eq!(
            pasted("Some text.", "", "", &["Pasted article"]).unwrap().id,
            "Pasted article (2)"
        );
        assert_eq!(unique_id("a", &["a", "a (2)"]), "a (3)");
    }

    #[test]
    fn bad_input_is_explained() {
        assert_eq!(pasted("   ", "x", "", &[]), Err(ImportError::Load(LoadError::Empty)));
        assert_eq!(
            pasted("Text.", "x", "29/04/2025", &[]),
            Err(ImportError::BadDate("29/04/2025".into()))
        );
        let huge = "a".repeat(MAX_BYTES + 1);
        let error = pasted(&huge, "x", "", &[]).unwrap_err();
        assert!(error.to_string().contains("limit is 2 MB"), "{error}");
        assert_eq!(
            file("photo.png", b"\x89PNG", &[]),
            Err(ImportError::Unsupported("photo.png".into()))
        );
        assert_eq!(
            file("a.txt", b"\0\0\x01binary", &[]),
            Err(ImportError::Load(LoadError::Binary))
        );
        assert_eq!(file("a.html", b"<script>x</script>", &[]), Err(ImportError::NoText));
    }

    #[test]
    fn files_are_named_by_stem_and_html_is_reduced() {
        let doc =
            file("Wire Story.HTML", b"<p>Rescuers said <b>40</b> died &amp; 3 fled.</p>", &[])
                .unwrap();
        assert_eq!(doc.id, "Wire Story");
        assert_eq!(doc.text, "Rescuers said 40 died & 3 fled.");
        let doc = file("notes.md", "# Title\n\nText é.".as_bytes(), &[]).unwrap();
        assert_eq!(doc.text, "# Title\n\nText é.");
    }

    #[test]
    fn markup_in_pasted_text_stays_text() {
        let doc = pasted("<script>alert(1)</script><img onerror=x>", "x", "", &[]).unwrap();
        assert!(doc.text.contains("<script>alert(1)</script>"));
    }
}
