//! Word lists written as one string, words separated by single spaces. A
//! list of `&str` costs the .wasm a pointer and a length per word, numbers
//! that compress far worse than the words themselves.

/// The words of the list `words`.
pub fn words(list: &str) -> std::str::Split<'_, char> {
    list.split(' ')
}

/// Whether `word` is one of the words of `list`.
pub fn has(list: &str, word: &str) -> bool {
    words(list).any(|w| w == word)
}

/// Whether `word` is one of the words of `list`, ignoring ASCII case.
pub fn has_ignoring_case(list: &str, word: &str) -> bool {
    // Split as bytes: a byte loop, where `str::split` calls memchr per word.
    let word = word.as_bytes();
    list.as_bytes().split(|&b| b == b' ').any(|w| w.eq_ignore_ascii_case(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_separated_by_single_spaces() {
        assert_eq!(words("the a an").collect::<Vec<_>>(), ["the", "a", "an"]);
        assert!(has("company firm", "firm") && !has("company firm", "Firm"));
        assert!(has_ignoring_case("company firm", "Firm"));
        assert!(!has_ignoring_case("company firm", "fir"));
    }
}
