//! Small line icons drawn inline (no emoji: where no emoji font is
//! installed, those render as empty boxes). They take the text's colour.

use leptos::prelude::*;

/// An icon: a 16 × 16 drawing of `paths`, stroked in the current colour.
fn icon(name: &'static str, paths: &'static [&'static str], filled: bool) -> impl IntoView {
    view! {
        <svg class="ico" data-icon=name viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false"
            fill=if filled { "currentColor" } else { "none" } stroke=if filled { "none" } else { "currentColor" }
            stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round">
            {paths.iter().map(|d| view! { <path d=*d></path> }).collect_view()}
        </svg>
    }
}

/// Maximise a view (arrows out to the corners).
pub fn maximise() -> impl IntoView {
    icon(
        "maximise",
        &[
            "M9.5 2.5h4v4",
            "M13.5 2.5 9 7",
            "M6.5 13.5h-4v-4",
            "M2.5 13.5 7 9",
        ],
        false,
    )
}

/// Restore a maximised view (arrows in from the corners).
pub fn restore() -> impl IntoView {
    icon(
        "restore",
        &["M13 7H9V3", "M9 7l4.5-4.5", "M3 9h4v4", "M7 9l-4.5 4.5"],
        false,
    )
}

/// Undo (an arrow bending back to the left).
pub fn undo() -> impl IntoView {
    icon(
        "undo",
        &["M5.5 3 2.5 6l3 3", "M2.5 6h7a4 4 0 0 1 0 8H7"],
        false,
    )
}

/// Redo (an arrow bending on to the right).
pub fn redo() -> impl IntoView {
    icon(
        "redo",
        &["M10.5 3l3 3-3 3", "M13.5 6h-7a4 4 0 0 0 0 8H9"],
        false,
    )
}

/// The light theme (a sun).
pub fn sun() -> impl IntoView {
    icon(
        "sun",
        &[
            "M8 5a3 3 0 1 0 0 6a3 3 0 1 0 0-6z",
            "M8 1v1.5M8 13.5V15M1 8h1.5M13.5 8H15M3 3l1.1 1.1M11.9 11.9 13 13M3 13l1.1-1.1M11.9 4.1 13 3",
        ],
        false,
    )
}

/// The dark theme (a crescent moon).
pub fn moon() -> impl IntoView {
    icon(
        "moon",
        &["M13.5 10A6 6 0 0 1 6 2.5a6 6 0 1 0 7.5 7.5z"],
        false,
    )
}

/// A place (a map pin).
pub fn pin() -> impl IntoView {
    icon(
        "pin",
        &[
            "M8 14.5s-4.5-4.3-4.5-7.5a4.5 4.5 0 0 1 9 0c0 3.2-4.5 7.5-4.5 7.5z",
            "M8 5.2a1.8 1.8 0 1 0 0 3.6a1.8 1.8 0 1 0 0-3.6z",
        ],
        false,
    )
}

/// Play (a triangle).
pub fn play() -> impl IntoView {
    icon("play", &["M4.5 2.5v11l9-5.5z"], true)
}

/// Stop (a square).
pub fn stop() -> impl IntoView {
    icon("stop", &["M3.5 3.5h9v9h-9z"], true)
}
