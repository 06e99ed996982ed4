use leptos::prelude::*;

use super::{attr, listen, part};

use crate::browser;
use crate::state::AppState;

/// Title and the theme switch.
#[component]
pub fn AppHeader(state: ReadSignal<AppState>, set_state: WriteSignal<AppState>) -> impl IntoView {
    let theme = part(state, |s| s.theme);
    let toggle = listen("click", move |_| {
        let next = theme.get_untracked().next();
        set_state.write().theme = next;
        browser::save_theme(next);
    });
    view! {
        <header class="app-header">
            <div>
                <h1>"Corroborate"</h1>
                <p class="tagline">"How different outlets report the same event."</p>
            </div>
            <button {attr("title", "Switch between the system, light and dark themes")} class="theme-toggle" {toggle}>
                {move || format!("Theme: {}", theme.get().name()).into_any()}
            </button>
        </header>
    }
}

/// The outcome of the reader's last action: added, removed, or why not.
#[component]
pub fn NoticeBar(state: ReadSignal<AppState>, set_state: WriteSignal<AppState>) -> impl IntoView {
    let notice = part(state, |s| s.notice.clone());
    view! {
        {move || {
            notice.with(|notice| notice.as_ref().map(|notice| {
                view! {
                    <div class=if notice.error { "notice error" } else { "notice" } {attr("role", if notice.error { "alert" } else { "status" })}>
                        <p>{notice.text.clone()}</p>
                        <button class="dismiss" {listen("click", move |_| set_state.write().dismiss_notice())} {attr("aria-label", "Dismiss")}>
                            "×"
                        </button>
                    </div>
                }
                .into_any()
            })
            .into_any())
        }}
    }
}
