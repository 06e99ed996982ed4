use leptos::ev::MouseEvent;
use leptos::prelude::*;

use super::{handler, part};

use crate::browser;
use crate::state::AppState;

/// Title and the theme switch.
#[component]
pub fn AppHeader(state: ReadSignal<AppState>, set_state: WriteSignal<AppState>) -> impl IntoView {
    let theme = part(state, |s| s.theme);
    let toggle = handler(move |_: MouseEvent| {
        set_state.update(|s| s.theme = s.theme.next());
        browser::save_theme(theme.get_untracked());
    });
    view! {
        <header class="app-header">
            <div>
                <h1>"Corroborate"</h1>
                <p class="tagline">"How different outlets report the same event."</p>
            </div>
            <button class="theme-toggle" on:click=toggle title="Switch between the system, light and dark themes">
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
            notice.get().map(|notice| {
                view! {
                    <div class="notice" class:error=notice.error role=if notice.error { "alert" } else { "status" }>
                        <p>{notice.text}</p>
                        <button class="dismiss" on:click=handler(move |_: MouseEvent| set_state.update(AppState::dismiss_notice)) aria-label="Dismiss">
                            "×"
                        </button>
                    </div>
                }
                .into_any()
            })
            .into_any()
        }}
    }
}

