//! Tests the scanners make of nearly every byte, made cheap: finding the few
//! bytes that matter (sentence ends, quotation marks) eight at a time, and
//! telling word characters by table or by a shortcut around Unicode's.
//! Native x86-64 builds test sixteen bytes at once in SSE2 registers where
//! that cuts the instructions most (finding bytes, telling letters and
//! digits); the browser build keeps the eight-byte tests, smaller in bytes.

const ONES: u64 = u64::from_le_bytes([1; 8]);
const HIGH: u64 = ONES * 0x80;

/// The position in `haystack` of its first byte that is one of `needles`.
pub fn find_any<const N: usize>(haystack: &[u8], needles: [u8; N]) -> Option<usize> {
    // SAFETY: the build targets SSE2, so the CPU running it has it.
    #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
    return unsafe { find_any_by_sixteen(haystack, needles) };
    #[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
    find_any_by_eight(haystack, needles)
}

/// [`find_any`] sixteen bytes at a time, with SSE2 (which every x86-64 has):
/// the scans for sentence ends and quotation marks read every byte of the
/// body, and cost four times the instructions eight at a time in general
/// registers. Native builds only; the browser build, like the rest of a
/// haystack, reads eight at a time.
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
#[target_feature(enable = "sse2")]
fn find_any_by_sixteen<const N: usize>(haystack: &[u8], needles: [u8; N]) -> Option<usize> {
    use std::arch::x86_64::{
        _mm_cmpeq_epi8, _mm_movemask_epi8, _mm_or_si128, _mm_set1_epi8, _mm_set_epi64x,
        _mm_setzero_si128,
    };
    let mut blocks = haystack.chunks_exact(16);
    for (n, block) in blocks.by_ref().enumerate() {
        let (low, high) = halves(block.first_chunk().expect("16 bytes"));
        let bytes = _mm_set_epi64x(high as i64, low as i64);
        let hits = needles.iter().fold(_mm_setzero_si128(), |hits, &needle| {
            _mm_or_si128(hits, _mm_cmpeq_epi8(bytes, _mm_set1_epi8(needle as i8)))
        });
        let mask = _mm_movemask_epi8(hits);
        if mask != 0 {
            return Some(16 * n + mask.trailing_zeros() as usize);
        }
    }
    let rest = blocks.remainder();
    find_any_by_eight(rest, needles).map(|at| haystack.len() - rest.len() + at)
}

/// [`find_any`] eight bytes at a time.
fn find_any_by_eight<const N: usize>(haystack: &[u8], needles: [u8; N]) -> Option<usize> {
    let mut chunks = haystack.chunks_exact(8);
    for (n, chunk) in chunks.by_ref().enumerate() {
        let word = u64::from_le_bytes(*chunk.first_chunk().expect("8 bytes"));
        let hits = needles
            .iter()
            .fold(0, |hits, &needle| hits | zero_bytes(word ^ (ONES * u64::from(needle))));
        if hits != 0 {
            // The lowest flag is exact; flags above it may be spurious.
            return Some(8 * n + hits.trailing_zeros() as usize / 8);
        }
    }
    let tail = chunks.remainder();
    let at = tail.iter().position(|byte| needles.contains(byte))?;
    Some(haystack.len() - tail.len() + at)
}

/// Which of the eight bytes of the little-endian `word` are ASCII letters:
/// bit `i` stands for byte `i`. All eight bytes are tested at once.
pub fn ascii_letters(word: u64) -> u8 {
    #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
    return letters_and_digits(word, 0).0 as u8;
    #[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
    bit_per_byte(letter_flags(word))
}

/// [`ascii_letters`] of sixteen bytes, bit `i` standing for `block[i]`.
pub fn ascii_letters_of_sixteen(block: &[u8; 16]) -> u16 {
    let (low, high) = halves(block);
    #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
    return letters_and_digits(low, high).0;
    #[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
    (u16::from(ascii_letters(low)) | u16::from(ascii_letters(high)) << 8)
}

/// The two little-endian halves of sixteen bytes.
fn halves(block: &[u8; 16]) -> (u64, u64) {
    let (low, high) = block.split_at(8);
    let half = |bytes: &[u8]| u64::from_le_bytes(*bytes.first_chunk().expect("8 bytes"));
    (half(low), half(high))
}

/// Which of the sixteen bytes of the little-endian `low` and `high` are
/// ASCII letters and which ASCII digits, a bit per byte (`low`'s from bit
/// 0), tested in one SSE2 register (which every x86-64 has): a third of the
/// instructions of the tests in general-purpose registers, which the browser
/// build keeps. The tokenizers ask it of every word.
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
fn letters_and_digits(low: u64, high: u64) -> (u16, u16) {
    // SAFETY: the build targets SSE2, so the CPU running it has it.
    unsafe { letters_and_digits_by_sse2(low, high) }
}

/// [`letters_and_digits`], for callers that know the CPU has SSE2.
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
#[target_feature(enable = "sse2")]
fn letters_and_digits_by_sse2(low: u64, high: u64) -> (u16, u16) {
    use std::arch::x86_64::{
        __m128i, _mm_add_epi8, _mm_cmplt_epi8, _mm_movemask_epi8, _mm_or_si128, _mm_set1_epi8,
        _mm_set_epi64x,
    };
    // The bytes from `first` to `first + count - 1`: shifted so that `first`
    // lands on -128, they are the bytes below -128 + `count`.
    let within = |bytes: __m128i, first: u8, count: u8| {
        let shifted = _mm_add_epi8(bytes, _mm_set1_epi8(0x80u8.wrapping_sub(first) as i8));
        let below = _mm_cmplt_epi8(shifted, _mm_set1_epi8((0x80 + count) as i8));
        _mm_movemask_epi8(below) as u16
    };
    let bytes = _mm_set_epi64x(high as i64, low as i64);
    // Setting the 0x20 bit lower-cases a capital and makes no other byte a letter.
    let folded = _mm_or_si128(bytes, _mm_set1_epi8(0x20));
    (within(folded, b'a', 26), within(bytes, b'0', 10))
}

/// Whether any of the eight bytes of `word` is an ASCII digit.
pub fn has_ascii_digit(word: u64) -> bool {
    digit_flags(word) != 0
}

/// Whether any byte of `bytes` is an ASCII digit: sixteen at a time with
/// SSE2 (see [`letters_and_digits`]), else eight.
pub fn contains_ascii_digit(bytes: &[u8]) -> bool {
    #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
    return {
        let mut blocks = bytes.chunks_exact(16);
        blocks.by_ref().any(|block| {
            let (low, high) = halves(block.first_chunk().expect("16 bytes"));
            letters_and_digits(low, high).1 != 0
        }) || contains_ascii_digit_by_eight(blocks.remainder())
    };
    #[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
    contains_ascii_digit_by_eight(bytes)
}

/// [`contains_ascii_digit`], eight bytes at a time.
fn contains_ascii_digit_by_eight(bytes: &[u8]) -> bool {
    let mut chunks = bytes.chunks_exact(8);
    chunks
        .by_ref()
        .any(|chunk| has_ascii_digit(u64::from_le_bytes(*chunk.first_chunk().expect("8 bytes"))))
        || chunks.remainder().iter().any(u8::is_ascii_digit)
}

/// How many bytes of the little-endian `word`, from the lowest, are ASCII
/// letters before the first other byte.
pub fn leading_letters(word: u64) -> usize {
    ascii_letters(word).trailing_ones() as usize
}

/// Which of the eight bytes of the little-endian `word` are ASCII whitespace
/// (space, or tab to carriage return), bit `i` standing for byte `i`; `None`
/// if any byte is not ASCII (its character might be a Unicode space).
pub fn ascii_spaces(word: u64) -> Option<u8> {
    if word & HIGH != 0 {
        return None;
    }
    // With every high bit clear, no sum below carries into the next byte.
    let space = !((word ^ (ONES * u64::from(b' '))) + ONES * 0x7F);
    let control =
        (word + ONES * u64::from(0x80 - b'\t')) & !(word + ONES * u64::from(0x7F - b'\r'));
    Some(bit_per_byte((space | control) & HIGH))
}

/// The high bit of each byte of `word` that is an ASCII letter: the browser
/// build's test (x86-64 builds use [`letters_and_digits`]).
#[cfg_attr(all(target_arch = "x86_64", target_feature = "sse2"), allow(dead_code))]
fn letter_flags(word: u64) -> u64 {
    // Each byte's low seven bits, lower-cased: the sums then never carry into the next byte.
    let folded = (word & !HIGH) | (ONES * 0x20);
    let letter =
        (folded + ONES * u64::from(0x80 - b'a')) & !(folded + ONES * u64::from(0x7F - b'z'));
    letter & !word & HIGH
}

/// The high bit of each byte of `word` that is an ASCII digit.
fn digit_flags(word: u64) -> u64 {
    let low = word & !HIGH;
    let digit = (low + ONES * u64::from(0x80 - b'0')) & !(low + ONES * u64::from(0x7F - b'9'));
    digit & !word & HIGH
}

/// Where the run of ASCII letters starting at `at` in `bytes` ends.
pub fn letters_end(bytes: &[u8], at: usize) -> usize {
    run_end(bytes, at, leading_letters)
}

/// Where the run of ASCII letters and digits starting at `at` in `bytes` ends.
pub fn alnum_end(bytes: &[u8], at: usize) -> usize {
    run_end(bytes, at, leading_alnum)
}

/// Where the run of bytes starting at `at` ends, `leading` telling how many
/// of eight bytes it takes up. Read eight bytes at a time: a loop per byte
/// would mispredict its exit at the end of nearly every word, which costs
/// more than the reading.
fn run_end(bytes: &[u8], mut at: usize, leading: impl Fn(u64) -> usize) -> usize {
    loop {
        let run = leading(padded_word(bytes, at));
        at += run;
        if run < 8 {
            return at;
        }
    }
}

/// Eight bytes of `bytes` from `at` as a little-endian integer, zero-padded
/// past the end.
pub fn padded_word(bytes: &[u8], at: usize) -> u64 {
    match bytes.get(at..).and_then(<[u8]>::first_chunk) {
        Some(chunk) => u64::from_le_bytes(*chunk),
        None => bytes
            .get(at..)
            .unwrap_or_default()
            .iter()
            .rev()
            .fold(0, |word, &b| word << 8 | u64::from(b)),
    }
}

/// The high bit of each byte of `flags` gathered into one byte.
fn bit_per_byte(flags: u64) -> u8 {
    ((flags >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56) as u8
}

/// The high bit of each zero byte of `word`, counting from the lowest byte
/// up to the first zero (SWAR: a borrow may flag a byte above a zero one).
fn zero_bytes(word: u64) -> u64 {
    word.wrapping_sub(ONES) & !word & HIGH
}

/// Whether `byte` is an ASCII letter or digit: one table load, where
/// [`u8::is_ascii_alphanumeric`] takes several comparisons. Tokenizers ask
/// it of nearly every byte.
pub fn is_ascii_alnum(byte: u8) -> bool {
    ASCII_ALNUM[byte as usize]
}

/// The character at byte `at` of `text`, decoding only outside ASCII; `None`
/// past the end or inside a character. These three are inlined always: the
/// tokenizers ask them of every character, and the browser build's size
/// setting would otherwise call them.
#[inline(always)]
pub fn char_at(text: &str, at: usize) -> Option<char> {
    match *text.as_bytes().get(at)? {
        byte if byte.is_ascii() => Some(char::from(byte)),
        _ => text.get(at..)?.chars().next(),
    }
}

/// [`char::is_whitespace`], answering ASCII without the Unicode table.
#[inline(always)]
pub fn is_space(c: char) -> bool {
    if c.is_ascii() {
        matches!(c, ' ' | '\t'..='\r')
    } else {
        c.is_whitespace()
    }
}

/// [`char::is_alphanumeric`], answering ASCII and typographic punctuation
/// without the Unicode tables.
#[inline(always)]
pub fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        !matches!(c, '\u{2000}'..='\u{206F}') && c.is_alphanumeric()
    }
}

/// [`char::is_alphabetic`], answering ASCII and typographic punctuation (’ “ ”
/// —, most articles' only other characters) without the Unicode tables.
pub fn is_alphabetic(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        !matches!(c, '\u{2000}'..='\u{206F}') && c.is_alphabetic()
    }
}

const ASCII_ALNUM: [bool; 256] = {
    let mut table = [false; 256];
    let mut byte = 0;
    while byte < 256 {
        table[byte] = (byte as u8).is_ascii_alphanumeric();
        byte += 1;
    }
    table
};

/// `text` without whitespace at either end, as [`str::trim`], telling ASCII
/// bytes without decoding them: lines and sentences are trimmed several
/// times each, and `str::trim` cost more than most of what was done with them.
#[inline]
pub fn trim(text: &str) -> &str {
    let (start, end) = trimmed_span(text);
    &text[start..end]
}

/// Where [`trim`] cuts `text`: `(text.len(), text.len())` if it is all whitespace.
#[inline]
pub fn trimmed_span(text: &str) -> (usize, usize) {
    let bytes = text.as_bytes();
    let is_ascii_space = |byte: &u8| matches!(byte, b' ' | b'\t'..=b'\r');
    let Some(start) = bytes.iter().position(|byte| !is_ascii_space(byte)) else {
        return (text.len(), text.len());
    };
    let end = bytes.iter().rposition(|byte| !is_ascii_space(byte)).unwrap_or(start) + 1;
    if bytes[start].is_ascii() && bytes[end - 1].is_ascii() {
        return (start, end);
    }
    // A character outside ASCII at either end may be a Unicode space.
    let trimmed_start = text.len() - text.trim_start().len();
    (trimmed_start, text.trim_end().len().max(trimmed_start))
}

/// How many bytes of the little-endian `word`, from the lowest, are ASCII
/// letters or digits before the first other byte.
pub fn leading_alnum(word: u64) -> usize {
    #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
    return {
        let (letters, digits) = letters_and_digits(word, 0);
        (letters | digits).trailing_ones() as usize
    };
    #[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
    leading_alnum_by_flags(word)
}

/// [`leading_alnum`] in general-purpose registers: the browser build's.
#[cfg_attr(all(target_arch = "x86_64", target_feature = "sse2"), allow(dead_code))]
fn leading_alnum_by_flags(word: u64) -> usize {
    // The flag of the first other byte is its top bit: no gathering needed.
    ((letter_flags(word) | digit_flags(word)) ^ HIGH).trailing_zeros() as usize / 8
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_first_needle_at_any_position() {
        let text = "Officials said “at least 1,600” died. Aid came! Did it?";
        for start in 0..text.len() {
            let haystack = &text.as_bytes()[start..];
            let expected = haystack.iter().position(|b| matches!(b, b'.' | b'!' | b'?'));
            assert_eq!(find_any(haystack, [b'.', b'!', b'?']), expected, "from {start}");
            let expected = haystack.iter().position(|&b| b == b'"' || b == 0xE2);
            assert_eq!(find_any(haystack, [b'"', 0xE2]), expected, "from {start}");
        }
        assert_eq!(find_any(b"", [b'.']), None);
        assert_eq!(find_any(&[0, 1, 0x81, 0xFF, 0, 0, 0, 0, 0x2E], [b'.']), Some(8));
    }

    #[test]
    fn letter_and_digit_masks_test_every_byte() {
        for byte in 0..=u8::MAX {
            for at in 0..8 {
                let mut bytes = [b'.', 0xE2, b'a', b'Z', b'5', 0x80, b' ', b'q'];
                bytes[at] = byte;
                let word = u64::from_le_bytes(bytes);
                let letters = ascii_letters(word);
                // The browser build's test, which x86-64 does not use.
                assert_eq!(bit_per_byte(letter_flags(word)), letters, "{bytes:?}");
                for (i, b) in bytes.iter().enumerate() {
                    assert_eq!(
                        letters >> i & 1 == 1,
                        b.is_ascii_alphabetic(),
                        "{bytes:?} letter {i}"
                    );
                }
                assert_eq!(
                    has_ascii_digit(word),
                    bytes.iter().any(u8::is_ascii_digit),
                    "{bytes:?}"
                );
                for len in 0..=8 {
                    let expected = bytes[..len].iter().any(u8::is_ascii_digit);
                    assert_eq!(contains_ascii_digit(&bytes[..len]), expected, "{bytes:?} {len}");
                    let longer = [&bytes[..], &bytes[..len]].concat();
                    assert_eq!(
                        contains_ascii_digit(&longer),
                        has_ascii_digit(word) || expected,
                        "{longer:?}"
                    );
                }
                let leading = bytes.iter().take_while(|b| b.is_ascii_alphabetic()).count();
                assert_eq!(leading_letters(word), leading, "{bytes:?}");
            }
        }
    }

    #[test]
    fn sixteen_bytes_are_tested_at_once_and_each_in_its_place() {
        let text = *b"x.\xE2\x80\x9CAb 7Zq\xC3\xA9-9a";
        for byte in 0..=u8::MAX {
            for at in 0..16 {
                let mut block = text;
                block[at] = byte;
                let letters = ascii_letters_of_sixteen(&block);
                for (i, b) in block.iter().enumerate() {
                    assert_eq!(letters >> i & 1 == 1, b.is_ascii_alphabetic(), "{block:?} {i}");
                }
                // A digit in a block of sixteen, in the eight after it or in the rest.
                let mut longer = [b' '; 27];
                longer[at + 11 * usize::from(byte % 2 == 1)] = byte;
                assert_eq!(contains_ascii_digit(&longer), byte.is_ascii_digit(), "{longer:?}");
            }
        }
    }

    #[test]
    fn space_masks_test_every_byte() {
        for byte in 0..=u8::MAX {
            for at in 0..8 {
                let mut bytes = [b' ', b'\t', b'a', b'\r', b'\n', 0x0B, b'!', 0x0E];
                bytes[at] = byte;
                let spaces = ascii_spaces(u64::from_le_bytes(bytes));
                if !byte.is_ascii() {
                    assert_eq!(spaces, None);
                    continue;
                }
                let expected = bytes
                    .iter()
                    .rev()
                    .fold(0, |mask, b| mask << 1 | u8::from(matches!(b, b' ' | b'\t'..=b'\r')));
                assert_eq!(spaces, Some(expected), "{bytes:?}");
            }
        }
    }

    #[test]
    fn runs_end_at_the_first_other_byte() {
        let text = "Ha-gyu said 1,600 soldiers’ deaths were unconfirmedly reported x";
        let bytes = text.as_bytes();
        for at in 0..=bytes.len() {
            let letters = at + bytes[at..].iter().take_while(|b| b.is_ascii_alphabetic()).count();
            let alnum = at + bytes[at..].iter().take_while(|b| b.is_ascii_alphanumeric()).count();
            assert_eq!(letters_end(bytes, at), letters, "letters from {at}");
            assert_eq!(alnum_end(bytes, at), alnum, "alnum from {at}");
        }
    }

    #[test]
    fn alphabetic_shortcut_is_the_standard_test() {
        for c in ('\0'..='\u{3000}').chain(['’', '“', '—', 'é', 'Ж', '中']) {
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
        }
    }

    #[test]
    fn alnum_table_is_the_standard_test() {
        for byte in 0..=u8::MAX {
            assert_eq!(is_ascii_alnum(byte), byte.is_ascii_alphanumeric(), "{byte}");
        }
    }

    #[test]
    fn trimming_is_the_standard_trim() {
        let text = " \u{a0}Officials said\t“at least 1,600”\u{2009}died.\r\n x\u{3000}\x0B ";
        for start in 0..=text.len() {
            for end in start..=text.len() {
                let Some(text) = text.get(start..end) else { continue };
                assert_eq!(trim(text), text.trim(), "{text:?}");
                let (start, end) = trimmed_span(text);
                assert_eq!(
                    (start, end),
                    (text.len() - text.trim_start().len(), text.trim_end().len().max(start)),
                    "{text:?}"
                );
            }
        }
    }

    #[test]
    fn leading_letters_and_digits_stop_at_the_first_other_byte() {
        for byte in 0..=u8::MAX {
            for at in 0..8 {
                let mut bytes = *b"a1Z9bQ0z";
                bytes[at] = byte;
                let leading = bytes.iter().take_while(|b| b.is_ascii_alphanumeric()).count();
                assert_eq!(leading_alnum(u64::from_le_bytes(bytes)), leading, "{bytes:?}");
                assert_eq!(leading_alnum_by_flags(u64::from_le_bytes(bytes)), leading);
            }
        }
    }
}
