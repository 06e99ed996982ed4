//! Sorting with one shared instantiation. Each distinct `sort_by` closure (and
//! each `collect()` into a B-tree, which sorts) is its own copy of the standard
//! stable sort, a few KB of the browser's .wasm apiece; these share one. Used
//! by the engine and the app alike.

/// Sorts `items` stably by `compare`, like `items.sort_by(compare)`. Public so
/// the app's sorts share it too.
pub fn sort_by<T>(items: &mut [T], compare: impl Fn(&T, &T) -> std::cmp::Ordering) {
    // Many lists sorted are a single item: no need for the permutation's two vectors.
    if items.len() < 2 {
        return;
    }
    let order = sorted_indices(items.len(), &|a, b| compare(&items[a], &items[b]));
    permute(order, &mut |a, b| items.swap(a, b));
}

/// Puts item `order[i]` at place `i` for every `i`, cycle by cycle, with
/// `swap`. Not generic, so its code is shared by every type sorted.
#[inline(never)]
fn permute(order: Vec<usize>, swap: &mut dyn FnMut(usize, usize)) {
    let mut done = vec![false; order.len()];
    for start in 0..order.len() {
        let mut i = start;
        while !done[i] {
            done[i] = true;
            let next = order[i];
            if next == start {
                break;
            }
            swap(i, next);
            i = next;
        }
    }
}

/// `0..len` sorted stably by `compare`.
#[inline(never)]
pub(crate) fn sorted_indices(
    len: usize,
    compare: &dyn Fn(usize, usize) -> std::cmp::Ordering,
) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| compare(a, b));
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sort_by_is_stable_and_permutes() {
        let mut items: Vec<(u32, usize)> =
            [5, 3, 5, 1, 3, 9, 0, 5, 2, 2].iter().enumerate().map(|(i, &k)| (k, i)).collect();
        let mut expected = items.clone();
        expected.sort_by_key(|&(k, _)| k);
        sort_by(&mut items, |a, b| a.0.cmp(&b.0));
        assert_eq!(items, expected);
        let mut empty: Vec<u8> = Vec::new();
        sort_by(&mut empty, Ord::cmp);
        assert!(empty.is_empty());
    }
}
