//! A map keyed by pieces of the article (names, lines), hashed eight bytes per
//! multiplication. The keys come from the text itself, so SipHash's defence
//! against chosen keys buys nothing, and its cost showed in profiles. One
//! map type serves every caller, the app's included, so the browser build
//! holds one copy of it.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// Counts or positions by piece of text.
pub type TextMap<'t> = HashMap<&'t str, usize, BuildHasherDefault<TextHasher>>;

#[derive(Default)]
pub struct TextHasher(u64);

impl Hasher for TextHasher {
    fn write(&mut self, bytes: &[u8]) {
        // A long key (a line) is told apart by its first 32 bytes, its last
        // eight and its length: keys hashed alike are compared in full anyway.
        // Native builds only: in the browser build, which weighs bytes, the
        // two paths cost 256 B gz, inlined wherever a key is hashed.
        #[cfg(not(target_arch = "wasm32"))]
        if let (Some(head), Some(tail)) = (bytes.first_chunk::<32>(), bytes.last_chunk::<8>()) {
            self.write_all(head);
            self.write_all(tail);
            self.mix(bytes.len() as u64);
            return;
        }
        self.write_all(bytes);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

impl TextHasher {
    /// Mixes in every byte of `bytes`, eight at a time.
    fn write_all(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in chunks.by_ref() {
            self.mix(u64::from_le_bytes(chunk.try_into().expect("8 bytes")));
        }
        let tail = chunks.remainder();
        if !tail.is_empty() {
            self.mix(tail.iter().fold(0, |word, &b| word << 8 | u64::from(b)));
        }
    }

    fn mix(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x517C_C1B7_2722_0A95);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_text_meets_and_different_text_stays_apart() {
        let mut map = TextMap::default();
        let text = "Ana Lopes said Ana Lopes and Ana Lope said";
        for piece in
            [&text[0..9], &text[15..24], &text[29..37], "Ana Lopes said it again, at length"]
        {
            *map.entry(piece).or_insert(0) += 1;
        }
        assert_eq!(map["Ana Lopes"], 2);
        assert_eq!(map["Ana Lope"], 1);
        assert_eq!(map.len(), 3);
    }

    #[test]
    fn long_keys_alike_at_both_ends_stay_apart() {
        let (a, b) = (
            format!("{}A{}", "x".repeat(40), "y".repeat(40)),
            format!("{}B{}", "x".repeat(40), "y".repeat(40)),
        );
        let mut map = TextMap::default();
        for key in [a.as_str(), b.as_str(), a.as_str()] {
            *map.entry(key).or_insert(0) += 1;
        }
        assert_eq!((map[a.as_str()], map[b.as_str()]), (2, 1));
    }
}
