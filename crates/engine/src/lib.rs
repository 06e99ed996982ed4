//! Corroborate's claim engine: a plain library (no UI) that turns news articles
//! into comparable claims. Read it as a pipeline, one module per step:
//!
//! 1. [`document`]: bytes → text, with a warning for invalid UTF-8 and an error for binary.
//! 2. [`clean`]: header, dateline, byline and title → [`clean::Metadata`]; boilerplate
//!    ("ALSO READ", donation prompts, repeated captions) marked, not deleted.
//! 3. [`sentences`]: body text → sentences, abbreviation- and quote-aware.
//! 4. [`figures`], [`dates`], [`statements`]: sentences → numbers with what they count,
//!    dated expressions resolved against the publication date, and who said what
//!    ([`prefilter`] spares the first two the sentences they cannot match).
//! 5. [`extract`]: all of the above for one document → [`claim::Claim`]s.
//! 6. [`align`] (with [`entities`] for speakers): claims of many documents → topics
//!    of claims that state the same thing, each with a verdict and its blindspots.
//! 7. [`report`]: documents, claims and topics → the JSON/table report.
//!
//! Besides the pipeline: [`date`] and [`quantity`] are the value types, [`sort`]
//! the one shared sort and [`case`] the lower case that keep the browser build
//! small, [`bytescan`] the eight-bytes-at-a-time byte tests the scanners share.

pub mod align;
pub mod bytescan;
pub mod case;
pub mod claim;
pub mod clean;
pub mod date;
pub mod dates;
pub mod document;
pub mod entities;
pub mod extract;
pub mod figures;
mod json;
mod keyfilter;
pub mod prefilter;
pub mod quantity;
pub mod report;
mod scratch;
pub mod sentences;
pub mod sort;
pub mod statements;
pub mod textmap;
pub mod wordlist;
