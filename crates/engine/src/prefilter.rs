//! Which scanners a sentence needs, from one cheap pass over its bytes.
//!
//! The figure and date scanners tokenize a whole sentence before they know
//! whether it holds anything, and most sentences hold neither a figure nor a
//! date. Every figure starts at a digit or a number word ("seven", "dozen",
//! see [`figures::is_number_word`]); every date holds a digit or a calendar
//! word ("May", "yesterday", "ago", see [`dates::is_anchor`]). Both scanners
//! only match such words as whole words, so each is a maximal run of ASCII
//! letters here. A sentence without any skips the scanner.

use crate::bytescan::{ascii_letters_of_sixteen, contains_ascii_digit};
use crate::dates::{self, word_key};
use crate::figures;

/// The scanners that may find something in a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Needs {
    pub figures: bool,
    pub dates: bool,
}

impl Needs {
    const NONE: Needs = Needs { figures: false, dates: false };
    const ALL: Needs = Needs { figures: true, dates: true };

    /// Adds what the whole word `word` (ASCII letters) needs.
    fn note_word(&mut self, word: &[u8]) {
        if !WORD_FILTER.may_contain(outline(word)) {
            return;
        }
        let key = word_key(word);
        self.figures |= figures::is_number_word(key);
        self.dates |= dates::is_anchor(key);
    }
}

/// What `sentence` needs: a digit needs both scanners; otherwise its words
/// decide. Digits are looked for first, as nearly half the sentences hold
/// one and then need no word read. Words are read 64 bytes at a time: their
/// edges are found from a mask of letters, so that the loop over them ends
/// once per block rather than once per eight bytes (its end is a branch no
/// predictor foresees).
pub fn needs(sentence: &str) -> Needs {
    let bytes = sentence.as_bytes();
    if contains_ascii_digit(bytes) {
        return Needs::ALL;
    }
    let mut needs = Needs::NONE;
    // Where the word being read started, while the last byte read is a letter.
    let mut word_start = None;
    // The blocks, the last one short (empty if need be, so that a word at
    // the very end stops there: zero bytes are not letters).
    for n in 0..bytes.len() / 64 + 1 {
        let letters = letter_mask(&bytes[64 * n..bytes.len().min(64 * n + 64)]);
        // A bit for each byte that starts a word (a letter after another
        // byte), and for each that ends one (another byte after a letter).
        let before = letters << 1 | u64::from(word_start.is_some());
        let (mut starts, mut ends) = (letters & !before, !letters & before);
        // Each end closes the word started last: one from an earlier block first.
        while ends != 0 {
            let end = 64 * n + ends.trailing_zeros() as usize;
            ends &= ends - 1;
            let start = word_start.take().unwrap_or_else(|| {
                let start = 64 * n + starts.trailing_zeros() as usize;
                starts &= starts - 1;
                start
            });
            // Bytes, not text: word edges are ASCII, so no character
            // boundary needs checking.
            needs.note_word(&bytes[start..end]);
        }
        if starts != 0 {
            word_start = Some(64 * n + starts.trailing_zeros() as usize);
        }
    }
    needs
}

/// Which bytes of `block` (at most 64) are ASCII letters: bit `i` of the
/// mask stands for byte `i`.
fn letter_mask(block: &[u8]) -> u64 {
    // A short block zero-padded (zeros are not letters), so that every block
    // is read as four runs of sixteen bytes by a loop of known length.
    let mut padded = [0; 64];
    let whole = match block.first_chunk::<64>() {
        Some(whole) => whole,
        None => {
            padded[..block.len()].copy_from_slice(block);
            &padded
        }
    };
    (0..4).fold(0, |letters, k| {
        let sixteen = whole[16 * k..].first_chunk().expect("16 bytes");
        letters | u64::from(ascii_letters_of_sixteen(sixteen)) << (16 * k)
    })
}

/// Number and calendar words by their [`outline`], so that most words are
/// passed over before their key is computed.
const WORD_FILTER: OutlineFilter = OutlineFilter::new(&[&figures::NUMBER_WORDS, &dates::ANCHORS]);

/// A word's outline: its first, second and last letter (lowercase) and its
/// length, packed. Cheap to read at the end of a word, and telling enough to
/// turn most words away ("the" from "tue").
fn outline(word: &[u8]) -> u32 {
    match word {
        [first, second, .., last] => packed_outline(*first, *second, *last, word.len()),
        [first, last] => packed_outline(*first, *last, *last, 2),
        [only] => packed_outline(*only, 0, *only, 1),
        [] => 0,
    }
}

/// The [`outline`] of the word with [`crate::dates::key`] `key` (its bytes, high to low).
const fn key_outline(key: u128) -> u32 {
    let len = 16 - key.leading_zeros() as usize / 8;
    let second = if len > 1 { (key >> (8 * (len - 2))) as u8 } else { 0 };
    packed_outline((key >> (8 * (len - 1))) as u8, second, key as u8, len)
}

const fn packed_outline(first: u8, second: u8, last: u8, len: usize) -> u32 {
    let letters =
        ((first | 0x20) as u32) << 16 | ((second | 0x20) as u32) << 8 | (last | 0x20) as u32;
    letters << 5 ^ len as u32
}

/// A 2048-bit Bloom filter over word [`outline`]s: never false for a word given
/// to `new`, rarely true for others.
struct OutlineFilter([u64; 32]);

impl OutlineFilter {
    const fn new(lists: &[&[u128]]) -> OutlineFilter {
        let mut bits = [0; 32];
        let mut list = 0;
        while list < lists.len() {
            let mut i = 0;
            while i < lists[list].len() {
                let bucket = OutlineFilter::bucket(key_outline(lists[list][i]));
                bits[bucket / 64] |= 1 << (bucket % 64);
                i += 1;
            }
            list += 1;
        }
        OutlineFilter(bits)
    }

    /// One of 2048 buckets, by multiplicative hashing.
    const fn bucket(outline: u32) -> usize {
        (outline.wrapping_mul(0x9E37_79B1) >> 21) as usize
    }

    fn may_contain(&self, outline: u32) -> bool {
        let bucket = OutlineFilter::bucket(outline);
        self.0[bucket / 64] >> (bucket % 64) & 1 == 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::Date;
    use crate::{clean, sentences};

    #[test]
    fn digits_number_words_and_calendar_words_are_needed() {
        assert_eq!(needs("At least 1,600 died."), Needs::ALL);
        assert_eq!(needs("Seven people died."), Needs { figures: true, dates: false });
        assert_eq!(needs("It rained last week."), Needs { figures: false, dates: true });
        assert_eq!(needs("A DOZEN came on Monday."), Needs::ALL);
        assert_eq!(needs("The minister said so."), Needs { figures: false, dates: false });
        // Inside longer words, number and calendar words are no words of their own.
        assert_eq!(needs("Someone often mayhem."), Needs { figures: false, dates: false });
    }

    #[test]
    fn words_are_read_whole_across_blocks() {
        for pad in 0..140 {
            let spaces = " ".repeat(pad);
            assert!(needs(&format!("{spaces}yesterday")).dates, "{pad}");
            assert!(needs(&format!("{spaces}seven x")).figures, "{pad}");
            assert_eq!(needs(&format!("{spaces}ayesterday sevens")), Needs::NONE, "{pad}");
            assert_eq!(needs(&format!("{spaces}ab 7")), Needs::ALL, "{pad}");
        }
    }

    /// A listed word spelled out from its key, in lower and upper case.
    fn spelled(key: u128) -> [String; 2] {
        let lower: String =
            key.to_be_bytes().iter().filter(|&&b| b != 0).map(|&b| char::from(b)).collect();
        [lower.clone(), lower.to_ascii_uppercase()]
    }

    #[test]
    fn every_number_and_calendar_word_is_needed() {
        for word in figures::NUMBER_WORDS.iter().flat_map(|&key| spelled(key)) {
            assert!(needs(&format!("({word})")).figures, "{word}");
        }
        for word in dates::ANCHORS.iter().flat_map(|&key| spelled(key)) {
            assert!(needs(&word).dates, "{word}");
        }
    }

    /// Every body sentence of the articles under `dirs` (relative to the workspace).
    fn article_sentences(dirs: &[&str]) -> Vec<String> {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let mut found = Vec::new();
        for dir in dirs {
            let Ok(entries) = std::fs::read_dir(root.join(dir)) else { continue };
            for path in entries.filter_map(Result::ok).map(|entry| entry.path()) {
                let Ok(text) = std::fs::read_to_string(&path) else { continue };
                for block in clean::clean(&text).body() {
                    let body = &text[block.start..block.end];
                    found.extend(
                        sentences::split(body)
                            .into_iter()
                            .map(|(start, end)| body[start..end].to_string()),
                    );
                }
            }
        }
        found
    }

    #[test]
    fn a_sentence_turned_away_holds_nothing_its_scanner_finds() {
        let sentences =
            article_sentences(&["corpus", "tests/gold/articles", "tests/heldout/articles"]);
        assert!(sentences.len() > 100, "articles not found");
        let published = Date::parse_iso("2025-04-28");
        let (mut without_figures, mut without_dates) = (0, 0);
        for sentence in &sentences {
            let needs = needs(sentence);
            if !needs.figures {
                without_figures += 1;
                assert_eq!(figures::find_figures(sentence), [], "{sentence}");
            }
            if !needs.dates {
                without_dates += 1;
                assert_eq!(dates::find_dates(sentence, published), [], "{sentence}");
            }
        }
        assert!(
            without_figures > 0 && without_dates > 0,
            "the filter should spare the scanners some sentences"
        );
    }
}
