//! Sentences: splits a paragraph into sentences by byte span.
//!
//! A full stop ends a sentence unless it belongs to an abbreviation ("Gen.",
//! "Mr.", "U.S.", "a.m.") or an initial ("J. Smith"), and nothing inside a
//! quotation ends the sentence that contains it: "“We hold. We stay,” he said."
//! is one sentence, so the quote stays with its speaker.

use crate::bytescan::{find_any, trimmed_span};
use crate::case::is_upper;

/// Titles and other abbreviations that are never sentence ends on their own.
const ABBREVIATIONS: [&str; 34] = [
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "cmdr", "adm",
    "gov", "sen", "rep", "rev", "st", "jr", "sr", "no", "vs", "jan", "feb", "aug", "sept", "oct",
    "nov", "dec", "fig", "approx", "inc", "corp", "co",
];

/// Words that make a dotted abbreviation ("U.S.", "a.m.") end a sentence after all.
const SENTENCE_OPENERS: [&str; 20] = [
    "The", "It", "He", "She", "They", "We", "I", "But", "This", "That", "There", "In", "On", "A",
    "An", "His", "Her", "Their", "Its", "However",
];

/// Sentence spans (byte offsets into `text`), trimmed, in order.
pub fn split(text: &str) -> Vec<(usize, usize)> {
    // Most sentences are longer than this: one allocation for most paragraphs.
    let mut sentences = Vec::with_capacity(text.len() / 100 + 1);
    split_into(text, &mut sentences);
    sentences
}

/// [`split`], appending to `sentences`: one list for all the paragraphs of an article.
pub fn split_into(text: &str, sentences: &mut Vec<(usize, usize)>) {
    let quoted = quoted_ranges(text);
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut at = 0;
    while let Some(found) = find_any(&bytes[at..], [b'.', b'!', b'?']) {
        at += found;
        let end = end_of_terminator(text, at);
        if !inside(&quoted, at, end) && is_sentence_end(text, at, end) {
            push_trimmed(text, start, end, sentences);
            start = end;
            at = end;
        } else {
            at += 1;
        }
    }
    push_trimmed(text, start, text.len(), sentences);
}

/// After the punctuation run at `at`: further `.!?`, closing quotes and brackets.
fn end_of_terminator(text: &str, at: usize) -> usize {
    let mut end = at;
    for c in text[at..].chars() {
        if matches!(c, '.' | '!' | '?' | '"' | '”' | '’' | '\'' | ')' | ']') {
            end += c.len_utf8();
        } else {
            break;
        }
    }
    end
}

/// A terminator ends a sentence when whitespace and then an opening of a new
/// sentence follow, and the word before it is not an abbreviation.
fn is_sentence_end(text: &str, at: usize, end: usize) -> bool {
    let rest = &text[end..];
    let after_space = rest.trim_start();
    if after_space.is_empty() {
        return true;
    }
    if after_space.len() == rest.len() {
        return false; // "1.5", "U.S.-led", "e.g.,"
    }
    let next_word = after_space.split_whitespace().next().unwrap_or("");
    let starts_sentence = after_space.chars().next().is_some_and(|c| {
        is_upper(c) || c.is_ascii_digit() || matches!(c, '"' | '“' | '‘' | '\'' | '(' | '[')
    });
    if !starts_sentence {
        return false;
    }
    if text.as_bytes()[at] != b'.' {
        return true;
    }
    let word = word_before(text, at);
    if word.contains('.') {
        // "U.S." / "a.m.": an end only before a plain sentence opener.
        return SENTENCE_OPENERS.contains(&next_word);
    }
    if ABBREVIATIONS.iter().any(|abbreviation| abbreviation.eq_ignore_ascii_case(word)) {
        return false;
    }
    // An initial: "J. Smith".
    !(word.chars().count() == 1 && word.chars().all(is_upper))
}

/// The word that ends at `at` (exclusive), without leading punctuation.
fn word_before(text: &str, at: usize) -> &str {
    let head = &text[..at];
    let start = head
        .rfind(|c: char| c.is_whitespace() || matches!(c, '(' | '"' | '“' | '‘'))
        .map_or(0, |i| i + head[i..].chars().next().map_or(1, char::len_utf8));
    &head[start..]
}

/// Byte ranges between matched quotation marks. Curly quotes pair by
/// direction; straight quotes pair in order. A quote that never closes in
/// the paragraph protects nothing.
fn quoted_ranges(text: &str) -> Vec<(usize, usize)> {
    const OPENING: &[u8] = "“".as_bytes();
    const CLOSING: &[u8] = "”".as_bytes();
    let bytes = text.as_bytes();
    let mut ranges = Vec::new();
    let mut curly_open: Option<usize> = None;
    let mut straight_open: Option<usize> = None;
    // Bytes, not chars: the marks are one ASCII byte or three bytes led by
    // 0xE2, which no other byte of valid UTF-8 is mistaken for.
    let mut at = 0;
    while let Some(found) = find_any(&bytes[at..], [b'"', 0xE2]) {
        at += found;
        match bytes[at] {
            b'"' => match straight_open.take() {
                Some(open) => insert_sorted(&mut ranges, (open, at)),
                None => straight_open = Some(at),
            },
            0xE2 if bytes[at..].starts_with(OPENING) => curly_open = Some(at),
            0xE2 if bytes[at..].starts_with(CLOSING) => {
                if let Some(open) = curly_open.take() {
                    insert_sorted(&mut ranges, (open, at));
                }
            }
            _ => {}
        }
        at += 1;
    }
    ranges
}

/// Adds `range` to `ranges`, kept sorted. Quotations close nearly in the
/// order they open, so this is mostly a push; a paragraph has few of them,
/// and a sort would be one more instance of the standard sort in the .wasm.
fn insert_sorted(ranges: &mut Vec<(usize, usize)>, range: (usize, usize)) {
    let at = ranges.partition_point(|&r| r < range);
    ranges.insert(at, range);
}

/// Whether the terminator `at..end` sits inside a quotation that it does not close.
fn inside(ranges: &[(usize, usize)], at: usize, end: usize) -> bool {
    let index = ranges.partition_point(|&(open, _)| open < at);
    index > 0 && ranges[index - 1].1 >= end
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    let (trimmed_start, trimmed_end) = trimmed_span(&text[start..end]);
    if trimmed_start < trimmed_end {
        out.push((start + trimmed_start, start + trimmed_end));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        split(text).into_iter().map(|(s, e)| &text[s..e]).collect()
    }

    #[test]
    fn splits_on_full_stops_and_question_marks() {
        assert_eq!(sentences("One. Two? Three!"), ["One.", "Two?", "Three!"]);
    }

    #[test]
    fn titles_and_initials_do_not_end_sentences() {
        assert_eq!(
            sentences("Gen. Valery Smith met Mr. J. Doe. They talked."),
            ["Gen. Valery Smith met Mr. J. Doe.", "They talked."]
        );
    }

    #[test]
    fn dotted_abbreviations_end_only_before_a_sentence_opener() {
        assert_eq!(
            sentences("The U.S. State Department said so at 3 a.m. Monday. It was late in the U.S. The end."),
            ["The U.S. State Department said so at 3 a.m. Monday.", "It was late in the U.S.", "The end."]
        );
    }

    #[test]
    fn quotations_stay_whole() {
        assert_eq!(
            sentences("“We hold. We stay,” he said. Then he left."),
            ["“We hold. We stay,” he said.", "Then he left."]
        );
    }

    #[test]
    fn closing_quote_after_full_stop_belongs_to_the_sentence() {
        assert_eq!(
            sentences("He said “enough.” Then silence."),
            ["He said “enough.”", "Then silence."]
        );
    }

    #[test]
    fn decimals_and_lowercase_continuations_do_not_split() {
        assert_eq!(
            sentences("Prices rose 1.5 percent. approx. nothing else"),
            ["Prices rose 1.5 percent. approx. nothing else"]
        );
    }

    #[test]
    fn odd_punctuation_runs_are_one_terminator() {
        assert_eq!(
            sentences("told Reuters.? South Korea said"),
            ["told Reuters.?", "South Korea said"]
        );
    }

    #[test]
    fn unclosed_quote_protects_nothing() {
        assert_eq!(sentences("He said “never. Then left."), ["He said “never.", "Then left."]);
    }
}
