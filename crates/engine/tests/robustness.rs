//! Properties that must hold for any input, checked on generated text and on
//! hostile shapes: no panic, and every claim's offsets slice the document to
//! exactly its evidence and mention.

use corroborate::document::{Document, LoadError};
use corroborate::extract::{extract, Extraction};
use corroborate::report::Report;

/// Pieces that exercise every extractor, mixed at random.
const FRAGMENTS: [&str; 40] = [
    "At least 10,000",
    " troops",
    " were sent",
    " on Saturday",
    ", officials said.",
    " “We hold,",
    "” he said.",
    " about 1.3 million",
    " to 12,000",
    " between 5 and 7",
    " last fall",
    " in June last year",
    " 11 January 2025",
    "ALSO READ: ",
    "\n",
    "\n\n",
    " date 2025-04-28 ",
    "By Jane Doe",
    "SEOUL: ",
    " according to the ministry",
    " Gen.",
    " U.S.",
    " a.m.",
    " 03:00",
    " Article 4",
    " World War II",
    " 1950-53",
    " twenty-five",
    " a dozen",
    " – ",
    " — ",
    "’s",
    " é",
    " 🙂",
    "\u{FEFF}",
    " nearly",
    " 5,000-tonne",
    " %",
    " $",
    "1,",
];

/// A small deterministic generator (xorshift), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn random_text(rng: &mut Rng) -> String {
    let pieces = rng.below(80);
    (0..pieces).map(|_| FRAGMENTS[rng.below(FRAGMENTS.len())]).collect()
}

fn assert_offsets_hold(doc: &Document, extraction: &Extraction) {
    for claim in &extraction.claims {
        assert_eq!(
            doc.text.get(claim.start..claim.end),
            Some(&*claim.text),
            "evidence of {claim:?}"
        );
        assert_eq!(
            doc.text.get(claim.mention.start..claim.mention.end),
            Some(claim.mention.text.as_str()),
            "mention of {claim:?}"
        );
        assert!(
            claim.start <= claim.mention.start && claim.mention.end <= claim.end,
            "mention inside evidence"
        );
        if let Some(quantity) = &claim.quantity {
            assert!(quantity.low.is_finite(), "{claim:?}");
            assert!(quantity.high.is_none_or(|high| high >= quantity.low), "{claim:?}");
        }
        if let Some(when) = &claim.when {
            assert!(when.start <= when.end, "{claim:?}");
        }
    }
    for block in &extraction.blocks {
        assert!(doc.text.get(block.start..block.end).is_some(), "block {block:?}");
    }
}

#[test]
fn generated_text_never_breaks_offsets() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for round in 0..3_000 {
        let doc = Document::from_text(format!("g{round}"), random_text(&mut rng));
        assert_offsets_hold(&doc, &extract(&doc));
    }
}

#[test]
fn seed_articles_keep_their_offsets() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpus");
    for entry in std::fs::read_dir(root).unwrap() {
        let path = entry.unwrap().path();
        let doc = Document::from_bytes("seed", &std::fs::read(&path).unwrap()).unwrap();
        let extraction = extract(&doc);
        assert!(!extraction.claims.is_empty(), "{}", path.display());
        assert_offsets_hold(&doc, &extraction);
    }
}

#[test]
fn empty_and_binary_input_are_refused_with_a_reason() {
    assert_eq!(Document::from_bytes("e", b""), Err(LoadError::Empty));
    let binary: Vec<u8> = (0..=255u8).cycle().take(4096).collect();
    assert_eq!(Document::from_bytes("b", &binary), Err(LoadError::Binary));
    assert!(LoadError::Binary.to_string().contains("binary"));
}

#[test]
fn invalid_utf8_still_yields_claims() {
    let doc =
        Document::from_bytes("u", b"Officials said at least 40 people died on Monday \xFF\xFE.")
            .unwrap();
    assert_eq!(doc.warnings.len(), 1);
    let extraction = extract(&doc);
    assert!(!extraction.claims.is_empty());
    assert_offsets_hold(&doc, &extraction);
}

#[test]
fn ten_thousand_numbers_in_one_sentence() {
    let sentence: String =
        (0..10_000).map(|n| format!("{n} troops, ")).collect::<String>() + "officials said.";
    let doc = Document::from_text("n", sentence);
    let extraction = extract(&doc);
    assert_offsets_hold(&doc, &extraction);
    assert!(extraction.claims.len() >= 5_000);
}

#[test]
fn a_one_megabyte_line_without_punctuation() {
    let line = "word and more words said nobody in particular ".repeat(24_000);
    let doc = Document::from_text("l", line);
    assert_offsets_hold(&doc, &extract(&doc));
}

#[test]
fn unbalanced_quotes_and_markup_are_just_text() {
    let text = "“Open quote never closes. <script>alert(1)</script> said <img src=x onerror=alert(2)>. ” ” “ \"";
    let doc = Document::from_text("q", text);
    assert_offsets_hold(&doc, &extract(&doc));
}

/// Inputs the fuzzer (`fuzz/`) once crashed on, kept so they never come back.
#[test]
fn fuzz_regressions_stay_fixed() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fuzz_regressions");
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if let Ok(doc) = Document::from_bytes("fuzz", &std::fs::read(&path).unwrap()) {
            assert_offsets_hold(&doc, &extract(&doc));
            Report::build(std::slice::from_ref(&doc));
        }
    }
}
