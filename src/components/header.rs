//! The header: name, example, import/export, theme.

use leptos::prelude::*;

use crate::components::app::Ui;
use crate::components::export_menu::ExportMenu;
use crate::examples::EXAMPLE;
use crate::state::atlas::{use_atlas, Status};

/// The app's header bar.
#[component]
pub fn Header() -> impl IntoView {
    let atlas = use_atlas();
    let ui = expect_context::<Ui>();
    let load_example = move |_| {
        atlas.add(EXAMPLE.iter().map(|t| t.to_string()).collect());
    };
    let toggle_theme = move |_| {
        ui.theme_chosen.set(true);
        ui.theme.update(|t| {
            *t = if t == "dark" {
                "light".into()
            } else {
                "dark".into()
            }
        })
    };
    let status = move || match atlas.status.get() {
        Status::Idle => String::new(),
        Status::Working(n) => format!("Analysing {n} dispatch{}…", if n == 1 { "" } else { "es" }),
        Status::Done(ms) => format!("Analysed in {ms:.0} ms"),
        Status::Failed(e) => format!("Analysis failed: {e}"),
    };
    view! {
        <header class="topbar">
            <div class="brand">
                <span class="logo" aria-hidden="true">"◈"</span>
                <span class="name">"Dispatch Atlas"</span>
                <span class="tagline">"who · where · when — analysed in your browser"</span>
            </div>
            <div class="status" data-testid="status" aria-live="polite">
                {move || matches!(atlas.status.get(), Status::Working(_)).then(|| view! {
                    // indeterminate: the worker answers once, at the end; it fades in
                    // only when an analysis takes a while
                    <span class="progress" role="progressbar" aria-label="Analysing" data-testid="progress"><span></span></span>
                })}
                {status}
            </div>
            <nav class="actions">
                <button class="icon" data-testid="undo-button" title="Undo (Ctrl+Z)" aria-label="Undo"
                    disabled=move || atlas.steps.get().0 == 0 on:click=move |_| atlas.undo()>{crate::components::icons::undo()}</button>
                <button class="icon" data-testid="redo-button" title="Redo (Ctrl+Shift+Z)" aria-label="Redo"
                    disabled=move || atlas.steps.get().1 == 0 on:click=move |_| atlas.redo()>{crate::components::icons::redo()}</button>
                <button data-testid="example-button" on:click=load_example>"Try an example"</button>
                <ExportMenu />
                <button data-testid="theme-toggle" class="ghost" on:click=toggle_theme
                    aria-label="Toggle light or dark theme">
                    {move || if ui.theme.get() == "dark" { view! { {crate::components::icons::sun()}" Light" }.into_any() } else { view! { {crate::components::icons::moon()}" Dark" }.into_any() }}
                </button>
            </nav>
        </header>
    }
}
