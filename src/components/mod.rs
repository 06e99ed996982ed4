//! Views. Each takes plain data (or a signal of it) and renders; the logic they
//! call lives in [`crate::state`].

mod article_view;
mod source_list;

pub use article_view::ArticleView;
pub use source_list::SourceList;
