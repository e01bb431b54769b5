//! The header: name, example, import/export, theme.

use leptos::prelude::*;

use crate::components::app::Ui;
use crate::components::export_menu::ExportMenu;
use crate::examples::EXAMPLE;
use crate::state::atlas::{progress_estimate, use_atlas, Status};

/// The app's header bar.
#[component]
pub fn Header() -> impl IntoView {
    let atlas = use_atlas();
    let ui = expect_context::<Ui>();
    // The example takes the place of the user's own work only when they say
    // so (and undo brings it back); it is never mixed into it.
    let load_example = move |_| {
        let example = || EXAMPLE.iter().map(|t| t.to_string()).collect::<Vec<_>>();
        let n = atlas.dispatches.with_untracked(Vec::len);
        if n == 0 {
            atlas.add(example());
            return;
        }
        let what = if n == 1 {
            "your dispatch".to_string()
        } else {
            format!("your {n} dispatches")
        };
        let ok = web_sys::window()
            .and_then(|w| {
                w.confirm_with_message(&format!(
                    "Replace {what} and your corrections with the example? Undo brings them back."
                ))
                .ok()
            })
            .unwrap_or(false);
        if ok {
            atlas.replace_all(example());
        }
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
    // While the worker runs: the time since it started, four times a second
    // (a ticking counter rather than an endless animation, which would keep
    // the page drawing frames while the worker needs the processor).
    let elapsed = RwSignal::new(0.0f64);
    let ticker = StoredValue::new_local(None::<gloo::timers::callback::Interval>);
    Effect::new(move |_| {
        let working = matches!(atlas.status.get(), Status::Working(_));
        ticker.set_value(None);
        elapsed.set(0.0);
        if working {
            let now = crate::components::util::clock();
            let start = now();
            ticker.set_value(Some(gloo::timers::callback::Interval::new(
                250,
                move || elapsed.set(now() - start),
            )));
        }
    });
    let status = move || match atlas.status.get() {
        Status::Idle => String::new(),
        Status::Working(n) => {
            let s = elapsed.get() / 1000.0;
            let plural = if n == 1 { "" } else { "es" };
            if s >= 1.0 {
                format!("Analysing {n} dispatch{plural}… {s:.0} s")
            } else {
                format!("Analysing {n} dispatch{plural}…")
            }
        }
        Status::Done(ms) => format!("Analysed in {ms:.0} ms"),
        Status::Failed(e) => format!("Analysis failed: {e}"),
    };
    // what Undo and Redo would do, named on their buttons (and read out)
    let labels = Memo::new(move |_| {
        atlas.steps.track();
        atlas.dispatches.track();
        atlas.ops.track();
        atlas.step_labels()
    });
    view! {
        <header class="topbar">
            <div class="brand">
                <span class="logo" aria-hidden="true">"◈"</span>
                <span class="name">"Dispatch Atlas"</span>
                <span class="tagline">"who · where · when — analysed in your browser"</span>
            </div>
            <div class="status" data-testid="status" aria-live="polite">
                {move || match atlas.status.get() {
                    // the worker answers once, at the end: an estimate that fills
                    // towards 95 %; it fades in only when an analysis takes a while
                    Status::Working(n) => Some(view! {
                        <span class="progress" role="progressbar" aria-label="Analysing" aria-valuetext="Analysing" data-testid="progress">
                            <span style:width=move || format!("{:.1}%", 100.0 * progress_estimate(elapsed.get(), n))></span>
                        </span>
                    }),
                    _ => None,
                }}
                {status}
            </div>
            <nav class="actions">
                <button class="icon" data-testid="undo-button" title=move || step_title("Undo", &labels.get().0, "Ctrl+Z") aria-label=move || step_name("Undo", &labels.get().0)
                    disabled=move || atlas.steps.get().0 == 0 on:click=move |_| atlas.undo()>{crate::components::icons::undo()}</button>
                <button class="icon" data-testid="redo-button" title=move || step_title("Redo", &labels.get().1, "Ctrl+Shift+Z") aria-label=move || step_name("Redo", &labels.get().1)
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

/// An Undo/Redo button's tooltip: "Undo: Split a dispatch (Ctrl+Z)".
fn step_title(verb: &str, what: &str, keys: &str) -> String {
    if what.is_empty() {
        format!("{verb} ({keys})")
    } else {
        format!("{verb}: {what} ({keys})")
    }
}

/// An Undo/Redo button's accessible name: "Undo: Split a dispatch".
fn step_name(verb: &str, what: &str) -> String {
    if what.is_empty() {
        verb.to_string()
    } else {
        format!("{verb}: {what}")
    }
}
