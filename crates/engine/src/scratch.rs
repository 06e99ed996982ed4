//! Buffers kept from one call to the next. The figure and date scanners
//! tokenize every sentence into a vector; allocating a fresh one each time
//! cost more than filling it, as the allocator tidies its free lists before
//! large requests.

use std::cell::Cell;
use std::thread::LocalKey;

/// How many items a kept buffer may hold, so that one huge input does not pin its memory.
const MAX_KEPT: usize = 1 << 14;

/// A thread's kept buffer of `T`s.
pub(crate) type Slot<T> = LocalKey<Cell<Vec<T>>>;

/// The buffer kept in `slot`, emptied (a new one if none), to hand back with [`give_back`].
pub(crate) fn take<T>(slot: &'static Slot<T>) -> Vec<T> {
    let mut buffer = slot.take();
    buffer.clear();
    buffer
}

/// Keeps `buffer` in `slot` for the next call, unless it grew too large.
pub(crate) fn give_back<T>(slot: &'static Slot<T>, buffer: Vec<T>) {
    if buffer.capacity() <= MAX_KEPT {
        slot.set(buffer);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    thread_local! {
        static NUMBERS: Cell<Vec<u32>> = const { Cell::new(Vec::new()) };
    }

    #[test]
    fn a_buffer_comes_back_empty_with_its_room_unless_it_grew_too_large() {
        let mut buffer = take(&NUMBERS);
        buffer.extend([1, 2, 3]);
        let room = buffer.capacity();
        give_back(&NUMBERS, buffer);
        let again = take(&NUMBERS);
        assert!(again.is_empty() && again.capacity() == room);
        give_back(&NUMBERS, Vec::with_capacity(MAX_KEPT + 1));
        assert_eq!(take(&NUMBERS).capacity(), 0);
    }
}
