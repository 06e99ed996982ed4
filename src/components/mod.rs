//! Views. Each takes the state's reader (and writer, if it acts), derives
//! what it shows through memos and renders it; the logic they call lives in
//! [`crate::state`]. Article text only ever becomes text nodes.

mod article_view;
mod evidence;
mod figure_chart;
mod filter_bar;
mod header;
mod sources;
mod table;
mod tabs;
mod timeline;

pub use evidence::EvidencePanel;
pub use header::{AppHeader, NoticeBar};
pub use sources::SourcesPanel;
pub use table::TableView;
pub use tabs::Tabs;
pub use timeline::TimelineView;
