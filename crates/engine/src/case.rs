//! Lower case without the standard library's Unicode case tables, which cost
//! the browser build ~10 KB gzipped (`str::to_lowercase`) for scripts news in
//! English hardly names anyone in. Covered: ASCII, Latin-1, Latin
//! Extended-A, Latin Extended Additional (Vietnamese), modern Greek and
//! Russian Cyrillic — in those blocks [`lower`] agrees with `char::to_lowercase`
//! wherever that gives one character (a test checks every one). Any other
//! letter is left as written, so two spellings of a name in another script
//! are compared as written. [`is_upper`] and [`is_lower`] answer from the
//! same mapping, so the uppercase and lowercase tables stay out too (~2 KB).

/// `c` in lower case.
pub fn lower(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    let code = c as u32;
    let even = code.is_multiple_of(2);
    let lowered = match code {
        0xC0..=0xD6 | 0xD8..=0xDE => code + 0x20,
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 if even => code + 1,
        0x139..=0x148 | 0x179..=0x17E if !even => code + 1,
        0x178 => 0xFF,
        0x1E00..=0x1E95 | 0x1EA0..=0x1EFF if even => code + 1,
        0x1E9E => 0xDF,
        0x386 => 0x3AC,
        0x388..=0x38A => code + 0x25,
        0x38C => 0x3CC,
        0x38E..=0x38F => code + 0x3F,
        0x391..=0x3A1 | 0x3A3..=0x3AB => code + 0x20,
        0x400..=0x40F => code + 0x50,
        0x410..=0x42F => code + 0x20,
        _ => code,
    };
    char::from_u32(lowered).unwrap_or(c)
}

/// Whether `c` is a capital: a letter [`lower`] changes. In the blocks it
/// covers this is `char::is_uppercase`, but for 'İ', whose lower case is two
/// characters; capitals of other scripts count as not capitals.
#[inline]
pub fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_uppercase()
    } else {
        lower(c) != c
    }
}

/// Whether `c` is a letter and no capital. In the blocks [`lower`] covers this
/// is `char::is_lowercase`, but for 'İ'; letters of scripts without case
/// ("北京") count as lower case, capitals of scripts not covered too.
#[inline]
pub fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_lowercase()
    } else {
        c.is_alphabetic() && !is_upper(c)
    }
}

/// `text` in lower case, letter by letter (see [`lower`]).
pub fn lowercase(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    text.chars().map(lower).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The blocks [`lower`] claims to cover, as the standard library's tables
    /// have them.
    const COVERED: &[(u32, u32)] = &[(0, 0x17F), (0x386, 0x3CE), (0x400, 0x44F), (0x1E00, 0x1EFF)];

    #[test]
    fn agrees_with_the_standard_library_in_the_blocks_it_covers() {
        for &(from, to) in COVERED {
            for c in (from..=to).filter_map(char::from_u32) {
                let mut std = c.to_lowercase();
                if let (Some(single), None) = (std.next(), std.next()) {
                    // Final-sigma and the like aside, one letter lowers to one.
                    assert_eq!(lower(c), single, "{c:?} (U+{:04X})", c as u32);
                }
            }
        }
    }

    #[test]
    fn never_changes_a_letter_into_something_else_than_its_lower_case() {
        for c in (0..0x3_0000).filter_map(char::from_u32) {
            assert!(lower(c) == c || c.to_lowercase().eq([lower(c)]), "{c:?}");
        }
    }

    #[test]
    fn capitals_and_small_letters_agree_with_the_standard_library_in_the_blocks_covered() {
        let mut differ = Vec::new();
        for &(from, to) in COVERED {
            for c in (from..=to).filter_map(char::from_u32) {
                if is_upper(c) != c.is_uppercase() || is_lower(c) != c.is_lowercase() {
                    differ.push(c);
                }
            }
        }
        assert_eq!(differ, ['İ']);
    }

    #[test]
    fn lowers_names_in_the_scripts_covered() {
        assert_eq!(lowercase("KOWALCZYK"), "kowalczyk");
        assert_eq!(lowercase("Đorđević, Şahin, NGUYỄN, Ōsaka"), "đorđević, şahin, nguyễn, ōsaka");
        assert_eq!(lowercase("ΑΘΗΝΑ Москва"), "αθηνα москва");
        assert_eq!(lowercase("Ⓐ 北京"), "Ⓐ 北京");
    }
}
