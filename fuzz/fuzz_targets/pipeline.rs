//! The whole pipeline on arbitrary bytes: loading, cleaning, extraction and the
//! report must never panic, and every claim must slice the text it came from.

#![no_main]

use corroborate::document::Document;
use corroborate::extract::extract;
use corroborate::report::Report;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let Ok(doc) = Document::from_bytes("fuzz", bytes) else {
        return;
    };
    for claim in &extract(&doc).claims {
        assert_eq!(doc.text.get(claim.start..claim.end), Some(&*claim.text));
        assert_eq!(doc.text.get(claim.mention.start..claim.mention.end), Some(claim.mention.text.as_str()));
    }
    let report = Report::build(std::slice::from_ref(&doc));
    assert_eq!(report.documents.len(), 1);
});
