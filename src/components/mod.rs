//! Views. Each takes the state's reader (and writer, if it acts), derives
//! what it shows through memos and renders it; the logic they call lives in
//! [`crate::state`]. Article text only ever becomes text nodes.
//!
//! For a smaller `.wasm`, every reactive part, list item and optional part of
//! a view is an `AnyView` (`.into_any()`): the rendering code is then compiled
//! once for all of them rather than once per type of view.

mod article_view;
mod evidence;
mod figure_chart;
mod filter_bar;
mod header;
mod pager;
mod sources;
mod table;
mod tabs;
mod timeline;

pub use evidence::EvidencePanel;
pub use header::{AppHeader, NoticeBar};
pub use sources::{read_stored, SourcesPanel};
pub use table::TableView;
pub use tabs::Tabs;
pub use timeline::TimelineView;

use std::rc::Rc;
use std::sync::{Arc, Mutex};

use leptos::ev::{KeyboardEvent, MouseEvent};
use leptos::prelude::*;
use leptos::tachys::reactive_graph::SharedReactiveFunction;

use crate::state::AppState;

/// The corpus's revision. Memos of rows, lanes and lists read it so they
/// are derived again only when the articles change, not on every click: with
/// 1,000 articles each is thousands of items. They read it, not only track
/// it, which keeps it computed and so subscribed.
fn corpus_revision(state: ReadSignal<AppState>) -> Memo<u32> {
    part(state, |s| s.corpus.revision())
}

/// A memo of one part of the state, re-rendering its readers only when that
/// part changes. The part is read by a plain `fn`, not a closure, so the memo's
/// code is compiled once per type of part rather than once per use: a smaller
/// `.wasm`.
pub fn part<T: Clone + PartialEq + Send + Sync + 'static>(state: ReadSignal<AppState>, read: fn(&AppState) -> T) -> Memo<T> {
    memo(move || state.with(read))
}

/// A memo of what `derive` returns. The closure is boxed, so the memo's code
/// is compiled once per type of value rather than once per closure.
pub fn memo<T: Clone + PartialEq + Send + Sync + 'static>(derive: impl Fn() -> T + Send + Sync + 'static) -> Memo<T> {
    boxed_memo(Box::new(derive))
}

fn boxed_memo<T: Clone + PartialEq + Send + Sync + 'static>(derive: Box<dyn Fn() -> T + Send + Sync>) -> Memo<T> {
    Memo::new(move |_| derive())
}

/// Runs `run` now and again whenever what it reads changes. Boxed, like
/// [`memo`]'s closure, so the effect's code is compiled once for all effects.
pub fn effect(run: impl Fn() + 'static) {
    boxed_effect(Box::new(run));
}

fn boxed_effect(run: Box<dyn Fn()>) {
    Effect::new(move |_| run());
}

/// An event handler, erased so that all handlers of one type of event share
/// the event-binding code rather than each closure having its own copy.
pub fn handler<E: 'static>(handle: impl Fn(E) + 'static) -> impl Fn(E) + Clone + 'static {
    shared_handler(Rc::new(handle))
}

fn shared_handler<E: 'static>(handle: Rc<dyn Fn(E)>) -> impl Fn(E) + Clone + 'static {
    move |event| handle(event)
}

/// A click handler applying `action` to the state for `id` (a claim, topic or
/// article).
fn on_id(set_state: WriteSignal<AppState>, action: fn(&mut AppState, &str), id: String) -> impl Fn(MouseEvent) + Clone + 'static {
    handler(move |_| set_state.update(|s| action(s, &id)))
}

/// Enter or Space on a mark drawn as a button opens its claim, as a click does.
fn on_key_open(set_state: WriteSignal<AppState>, claim: String) -> impl Fn(KeyboardEvent) + Clone + 'static {
    handler(move |event: KeyboardEvent| {
        if event.key() == "Enter" || event.key() == " " {
            event.prevent_default();
            set_state.update(|s| s.open_claim(&claim));
        }
    })
}

/// A reactive attribute's value, erased as the view macro erases reactive
/// children: the attribute code is compiled once per type of value rather
/// than once per closure.
pub fn reactive<T: 'static>(value: impl FnMut() -> T + Send + 'static) -> SharedReactiveFunction<T> {
    Arc::new(Mutex::new(value))
}

fn holds(current: Memo<Option<String>>, id: String) -> impl Fn() -> bool + Send + 'static {
    move || current.with(|current| current.as_deref() == Some(id.as_str()))
}

/// Whether `current` (the selected claim or topic) is `id`.
fn is_current(current: Memo<Option<String>>, id: String) -> SharedReactiveFunction<bool> {
    reactive(holds(current, id))
}

/// `aria-pressed` of a button that selects `id`.
fn pressed(current: Memo<Option<String>>, id: String) -> SharedReactiveFunction<String> {
    let holds = holds(current, id);
    reactive(move || holds().to_string())
}
