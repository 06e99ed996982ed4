//! What the reader is looking at: the tab, the table's filters, the selected
//! topic, claim and article, and the timeline's period. All of it goes in
//! the URL (see `url`), so a view can be shared.

use corroborate::date::DateRange;

use super::filters::Filters;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Tab {
    #[default]
    Table,
    Timeline,
    Sources,
}

impl Tab {
    pub const ALL: [Tab; 3] = [Tab::Table, Tab::Timeline, Tab::Sources];

    pub fn name(self) -> &'static str {
        match self {
            Tab::Table => "table",
            Tab::Timeline => "timeline",
            Tab::Sources => "sources",
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            Tab::Table => "Comparison",
            Tab::Timeline => "Timeline",
            Tab::Sources => "Sources",
        }
    }

    pub fn parse(name: &str) -> Option<Tab> {
        Tab::ALL.into_iter().find(|tab| tab.name() == name)
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct View {
    pub tab: Tab,
    pub filters: Filters,
    pub topic: Option<String>,
    /// The claim whose evidence sentence is highlighted.
    pub claim: Option<String>,
    /// The article shown as evidence (a document id).
    pub article: Option<String>,
    /// The timeline's period; `None` shows everything.
    pub zoom: Option<DateRange>,
}
