//! A 512-bit Bloom filter over word keys, shared by the scanners that look
//! words up in lists: most words of a sentence are in none, and are turned
//! away after one multiplication and one bit test.

pub(crate) struct KeyFilter([u64; 8]);

impl KeyFilter {
    /// A filter holding the keys of all of `lists`.
    pub(crate) const fn of_lists(lists: &[&[u128]]) -> KeyFilter {
        let mut filter = KeyFilter([0; 8]);
        let mut list = 0;
        while list < lists.len() {
            filter = filter.with(lists[list]);
            list += 1;
        }
        filter
    }

    /// A filter holding `keys`.
    pub(crate) const fn new(keys: &[u128]) -> KeyFilter {
        KeyFilter([0; 8]).with(keys)
    }

    /// This filter with `keys` added.
    pub(crate) const fn with(&self, keys: &[u128]) -> KeyFilter {
        let mut bits = self.0;
        let mut i = 0;
        while i < keys.len() {
            let bucket = KeyFilter::bucket(keys[i]);
            bits[bucket / 64] |= 1 << (bucket % 64);
            i += 1;
        }
        KeyFilter(bits)
    }

    /// Never false for a key given, rarely true for others.
    pub(crate) fn may_contain(&self, key: u128) -> bool {
        let bucket = KeyFilter::bucket(key);
        self.0[bucket / 64] >> (bucket % 64) & 1 == 1
    }

    /// One of 512 buckets, by multiplicative hashing.
    const fn bucket(key: u128) -> usize {
        ((key as u64 ^ (key >> 64) as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 55) as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_given_is_let_through_and_most_others_are_not() {
        let keys: Vec<u128> = (1..=40u128).map(|k| k * 0x1_0000_0001).collect();
        let filter = KeyFilter::of_lists(&[&keys[..20], &keys[20..]]);
        assert!(keys.iter().all(|&k| filter.may_contain(k)));
        assert!(KeyFilter::new(&keys).0 == filter.0);
        let others = (1000..2000u128).filter(|&k| filter.may_contain(k * 7919)).count();
        assert!(others < 200, "{others} of 1000 let through");
    }
}
