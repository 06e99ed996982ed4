//! Views. Each takes the state's reader (and writer, if it acts), derives
//! what it shows through memos and renders it; the logic they call lives in
//! [`crate::state`]. Article text only ever becomes text nodes.
//!
//! For a smaller `.wasm`, every reactive part, list item and optional part of
//! a view is an `AnyView` (`.into_any()`): the rendering code is then compiled
//! once for all of them rather than once per type of view. Likewise, Leptos
//! code that would be compiled once per type is kept to one type: memos hold a
//! [`Shared`] value ([`memo()`], [`fresh`]), attributes and listeners are set by
//! name ([`attr`], [`listen`]), and the state is read and changed through its
//! guards (`state.read()`, `set_state.write()`). Views render memo values by
//! reference, cloning only the strings they show.

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

use std::any::Any;
use std::marker::PhantomData;
use std::rc::Rc;
use std::sync::{Arc, Mutex};

use leptos::ev::{Custom, Event, KeyboardEvent};
use leptos::prelude::*;
use leptos::tachys::html::attribute::custom::{custom_attribute, CustomAttr};
use leptos::tachys::html::attribute::{Attribute, AttributeValue};
use leptos::tachys::html::event::on;
use leptos::tachys::reactive_graph::SharedReactiveFunction;
use leptos::wasm_bindgen::JsCast;

use crate::state::AppState;

/// The corpus's revision. Memos of rows, lanes and lists read it so they
/// are derived again only when the articles change, not on every click: with
/// 1,000 articles each is thousands of items. They read it, not only track
/// it, which keeps it computed and so subscribed.
fn corpus_revision(state: ReadSignal<AppState>) -> Derived<u32> {
    part(state, |s| s.corpus.revision())
}

/// A memo of one part of the state, re-rendering its readers only when that
/// part changes.
pub fn part<T: Clone + PartialEq + Send + Sync + 'static>(
    state: ReadSignal<AppState>,
    read: fn(&AppState) -> T,
) -> Derived<T> {
    memo(move || read(&state.read()))
}

/// A memo of what `derive` returns, telling its readers only when the value
/// differs from the last.
pub fn memo<T: Clone + PartialEq + Send + Sync + 'static>(
    derive: impl Fn() -> T + Send + Sync + 'static,
) -> Derived<T> {
    derived(derive, equal::<T>)
}

/// A memo of a large value derived only when the memos it reads change (the
/// corpus's revision, a page, the filters): it then differs all but always,
/// so it is not compared, which would cost time and code for nothing.
pub fn fresh<T: Clone + Send + Sync + 'static>(
    derive: impl Fn() -> T + Send + Sync + 'static,
) -> Derived<T> {
    derived(derive, never_equal)
}

fn derived<T: Clone + Send + Sync + 'static>(
    derive: impl Fn() -> T + Send + Sync + 'static,
    same: Same,
) -> Derived<T> {
    let derive = move || Shared { value: Arc::new(derive()), same };
    Derived { memo: shared_memo(Box::new(derive)), value: PhantomData }
}

fn shared_memo(derive: Box<dyn Fn() -> Shared + Send + Sync>) -> Memo<Shared> {
    Memo::new(move |_| derive())
}

/// Whether two values of one memo are the same.
type Same = fn(&dyn Any, &dyn Any) -> bool;

fn equal<T: PartialEq + 'static>(a: &dyn Any, b: &dyn Any) -> bool {
    a.downcast_ref::<T>() == b.downcast_ref::<T>()
}

fn never_equal(_: &dyn Any, _: &dyn Any) -> bool {
    false
}

/// A derived value of any type. Every memo of the app holds one, so Leptos's
/// memo code is compiled once rather than once per type of value: a smaller
/// `.wasm`.
#[derive(Clone)]
pub struct Shared {
    value: Arc<dyn Any + Send + Sync>,
    same: Same,
}

impl PartialEq for Shared {
    fn eq(&self, other: &Shared) -> bool {
        (self.same)(&*self.value, &*other.value)
    }
}

impl Shared {
    /// The value, as the `T` its [`Derived`] was made with.
    fn value<T: 'static>(&self) -> &T {
        self.value.downcast_ref().expect("a memo's value keeps its type")
    }
}

/// A memo of a `T`, held as a [`Shared`] value.
pub struct Derived<T> {
    memo: Memo<Shared>,
    value: PhantomData<fn() -> T>,
}

impl<T> Clone for Derived<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Derived<T> {}

impl<T: Clone + 'static> Derived<T> {
    pub fn with<R>(self, read: impl FnOnce(&T) -> R) -> R {
        read(self.memo.read().value())
    }

    pub fn with_untracked<R>(self, read: impl FnOnce(&T) -> R) -> R {
        read(self.memo.read_untracked().value())
    }

    pub fn get(self) -> T {
        self.with(T::clone)
    }

    pub fn get_untracked(self) -> T {
        self.with_untracked(T::clone)
    }
}

/// Applies `change`, which says whether it changed anything; the state's
/// readers are told only if it did. Through the write guard, like every other
/// change of the state, rather than a `maybe_update` compiled per closure.
fn change_if(set_state: WriteSignal<AppState>, change: impl FnOnce(&mut AppState) -> bool) {
    let mut state = set_state.write();
    if !change(&mut state) {
        state.untrack();
    }
}

/// Runs `run` now and again whenever what it reads changes. Boxed, like
/// [`memo()`]'s closure, so the effect's code is compiled once for all effects.
pub fn effect(run: impl Fn() + 'static) {
    boxed_effect(Box::new(run));
}

fn boxed_effect(run: Box<dyn Fn()>) {
    Effect::new(move |_| run());
}

/// A listener for the event `name`. Leptos gives each event it knows
/// (`click`, `keydown`…) a type, and so a copy of the listener code, of its
/// own; named, all listeners share one, and the handler is erased so that
/// all closures share it too. A handler that needs the event's own type (a
/// key, dropped files) casts it.
pub fn listen(name: &'static str, handle: impl Fn(Event) + 'static) -> impl Attribute {
    on(Custom::new(name), shared_handler(Rc::new(handle)))
}

fn shared_handler(handle: Rc<dyn Fn(Event)>) -> impl Fn(Event) + Clone + 'static {
    move |event| handle(event)
}

/// A click listener applying `action` to the state for `id` (a claim, topic
/// or article).
fn on_id(
    set_state: WriteSignal<AppState>,
    action: fn(&mut AppState, &str),
    id: String,
) -> impl Attribute {
    listen("click", move |_| action(&mut set_state.write(), &id))
}

/// Enter or Space on a mark drawn as a button opens its claim, as a click does.
fn on_key_open(set_state: WriteSignal<AppState>, claim: String) -> impl Attribute {
    listen("keydown", move |event| {
        let event: &KeyboardEvent = event.unchecked_ref();
        if event.key() == "Enter" || event.key() == " " {
            event.prevent_default();
            set_state.write().open_claim(&claim);
        }
    })
}

/// An attribute set by name. Leptos gives each attribute it knows (`title`,
/// `role`, `aria-label`…) a type, and so a copy of the attribute code, of its
/// own; set by name they all share the code of `data-` attributes.
pub fn attr<V: AttributeValue>(name: &'static str, value: V) -> CustomAttr<&'static str, V> {
    custom_attribute(name, value)
}

/// A boolean attribute's value (`disabled`, `selected`): present and empty,
/// or absent. As an `Option` it shares the code of other optional values.
fn flag(on: bool) -> Option<&'static str> {
    on.then_some("")
}

/// A reactive attribute's value, erased as the view macro erases reactive
/// children: the attribute code is compiled once per type of value rather
/// than once per closure.
pub fn reactive<T: 'static>(
    value: impl FnMut() -> T + Send + 'static,
) -> SharedReactiveFunction<T> {
    Arc::new(Mutex::new(value))
}

fn holds(current: Derived<Option<String>>, id: String) -> impl Fn() -> bool + Send + 'static {
    move || current.with(|current| current.as_deref() == Some(id.as_str()))
}

/// The classes `base` of an element, and `selected` while `current` (the
/// selected claim or topic) is `id`. Set by name, like `aria-pressed`, it
/// shares the code of the other reactive attributes.
fn selectable_class(base: String, current: Derived<Option<String>>, id: String) -> impl Attribute {
    let holds = holds(current, id);
    attr("class", reactive(move || if holds() { format!("{base} selected") } else { base.clone() }))
}

/// `aria-pressed` of a button that selects `id`.
fn pressed(current: Derived<Option<String>>, id: String) -> SharedReactiveFunction<String> {
    let holds = holds(current, id);
    reactive(move || holds().to_string())
}
