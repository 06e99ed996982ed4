use leptos::prelude::*;

use super::{attr, change_if, flag, listen, memo, Derived};
use crate::state::paging::List;
use crate::state::AppState;

/// "‹ Previous · Topics 101–200 of 6,538 · page 2 of 66 · Next ›" beside a
/// long list; nothing when the list fits on one page.
pub fn pager(
    state: ReadSignal<AppState>,
    set_state: WriteSignal<AppState>,
    list: List,
    // What the items are called: "Topics", "Sources".
    what: &'static str,
    total: Derived<usize>,
) -> impl IntoView {
    let page = memo(move || state.read().pages.get(list));
    // The total is read first: it may derive from the state being updated.
    let turn = move |forward: bool| {
        listen("click", move |_| {
            let total = total.get_untracked();
            change_if(set_state, |s| s.turn(list, forward, total));
        })
    };
    view! {
        {move || {
            let (page, total) = (page.get(), total.get());
            (page.count(total) > 1).then(|| {
                let index = page.index(total);
                view! {
                    <nav class="pager" data-list=list.name() {attr("aria-label", format!("{what}: pages"))}>
                        <button class="previous" {attr("disabled", flag(index == 0))} {turn(false)}>"‹ Previous"</button>
                        <span class="page-label">{page.label(what, total)}</span>
                        <button class="next" {attr("disabled", flag(index + 1 == page.count(total)))} {turn(true)}>"Next ›"</button>
                    </nav>
                }
                .into_any()
            })
            .into_any()
        }}
    }
}
