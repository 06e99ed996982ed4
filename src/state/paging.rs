//! Long lists shown a page at a time, so a corpus of 1,000 articles never
//! becomes tens of thousands of elements on the page.

use std::ops::Range;

/// Which page of a list is shown. The index is kept as asked and clamped
/// when read, so a list that shrinks shows its last page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Page {
    index: usize,
    size: usize,
}

impl Page {
    pub const fn new(size: usize) -> Page {
        Page { index: 0, size }
    }

    /// Pages a list of `total` items fills; an empty list is one empty page.
    pub fn count(self, total: usize) -> usize {
        total.div_ceil(self.size).max(1)
    }

    /// The page shown, from 0.
    pub fn index(self, total: usize) -> usize {
        self.index.min(self.count(total) - 1)
    }

    /// The items on the page shown.
    pub fn range(self, total: usize) -> Range<usize> {
        let start = self.index(total) * self.size;
        start.min(total)..(start + self.size).min(total)
    }

    /// One page on (`forward`) or back, staying inside the list; false when
    /// already on the last (or first) page.
    pub fn turn(&mut self, forward: bool, total: usize) -> bool {
        let index = self.index(total);
        self.index =
            if forward { (index + 1).min(self.count(total) - 1) } else { index.saturating_sub(1) };
        self.index != index
    }

    pub fn first(&mut self) {
        self.index = 0;
    }

    /// Turns to the page holding item `at`; false when it is already shown.
    pub fn reveal(&mut self, at: usize, total: usize) -> bool {
        let shown = self.range(total).contains(&at);
        if !shown {
            self.index = at / self.size;
        }
        !shown
    }

    /// "Topics 51–100 of 6,538 · page 2 of 131".
    pub fn label(self, what: &str, total: usize) -> String {
        let range = self.range(total);
        format!(
            "{what} {}–{} of {} · page {} of {}",
            grouped(range.start + 1),
            grouped(range.end),
            grouped(total),
            grouped(self.index(total) + 1),
            grouped(self.count(total))
        )
    }
}

/// The lists the app pages through.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum List {
    /// The comparison table's topics.
    Rows,
    /// The comparison table's sources.
    Columns,
    /// The sources panel's articles.
    Sources,
    /// The timeline's lanes.
    Lanes,
}

impl List {
    pub fn name(self) -> &'static str {
        match self {
            List::Rows => "rows",
            List::Columns => "columns",
            List::Sources => "sources",
            List::Lanes => "lanes",
        }
    }
}

/// The page shown of each list. Sizes keep a page to a few thousand elements
/// at most: 100 rows (the bundled story's 95 topics fit on one) × 12
/// sources, 50 articles, 25 timeline lanes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pages {
    pub rows: Page,
    pub columns: Page,
    pub sources: Page,
    pub lanes: Page,
}

impl Default for Pages {
    fn default() -> Pages {
        Pages {
            rows: Page::new(100),
            columns: Page::new(12),
            sources: Page::new(50),
            lanes: Page::new(25),
        }
    }
}

impl Pages {
    pub fn get(&self, list: List) -> Page {
        *match list {
            List::Rows => &self.rows,
            List::Columns => &self.columns,
            List::Sources => &self.sources,
            List::Lanes => &self.lanes,
        }
    }

    pub fn get_mut(&mut self, list: List) -> &mut Page {
        match list {
            List::Rows => &mut self.rows,
            List::Columns => &mut self.columns,
            List::Sources => &mut self.sources,
            List::Lanes => &mut self.lanes,
        }
    }
}

/// `n` with thousands separators: "1,000".
pub fn grouped(n: usize) -> String {
    corroborate::report::format_number(n as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_cover_the_list_and_the_last_one_is_short() {
        let mut page = Page::new(50);
        assert_eq!((page.count(120), page.range(120)), (3, 0..50));
        assert!(page.turn(true, 120));
        page.turn(true, 120);
        assert_eq!(page.range(120), 100..120);
        assert!(!page.turn(true, 120), "no page past the last");
        assert_eq!(page.index(120), 2);
        page.turn(false, 120);
        assert_eq!(page.range(120), 50..100);
        page.first();
        page.turn(false, 120);
        assert_eq!(page.range(120), 0..50, "no page before the first");
    }

    #[test]
    fn an_empty_or_shrunk_list_shows_its_last_page() {
        let mut page = Page::new(10);
        assert_eq!((page.count(0), page.range(0)), (1, 0..0));
        page.reveal(95, 100);
        assert_eq!(page.range(100), 90..100);
        assert_eq!(page.range(25), 20..25, "the list shrank under the page");
        page.turn(false, 25);
        assert_eq!(page.range(25), 10..20);
    }

    #[test]
    fn revealing_an_item_turns_only_when_it_is_hidden() {
        let mut page = Page::new(12);
        assert!(!page.reveal(3, 1000));
        assert!(page.reveal(500, 1000));
        assert_eq!(page.range(1000), 492..504);
        assert!(!page.reveal(492, 1000));
    }

    #[test]
    fn labels_count_from_one_with_separators() {
        let mut page = Page::new(50);
        page.turn(true, 6538);
        assert_eq!(page.label("Topics", 6538), "Topics 51–100 of 6,538 · page 2 of 131");
        assert_eq!(
            [grouped(0), grouped(999), grouped(1000), grouped(1234567)],
            ["0", "999", "1,000", "1,234,567"]
        );
    }

    #[test]
    fn each_list_has_its_own_page() {
        let mut pages = Pages::default();
        pages.get_mut(List::Lanes).turn(true, 100);
        assert_eq!(pages.get(List::Lanes).index(100), 1);
        assert_eq!(pages.get(List::Rows).index(100), 0);
    }
}
