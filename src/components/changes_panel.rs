//! The changes panel: every correction the analyst made, each revertable.

use leptos::prelude::*;

use crate::state::atlas::use_atlas;
use crate::state::corrections::stale;

/// The list of corrections.
#[component]
pub fn ChangesPanel() -> impl IntoView {
    let atlas = use_atlas();
    let rows = move || {
        let ops = atlas.ops.get();
        let stale_flags = atlas.raw.with(|r| stale(&r.analysis, &ops, &r.ids));
        ops.iter()
            .enumerate()
            .map(|(i, op)| {
                let is_stale = stale_flags.get(i).copied().unwrap_or(false);
                view! {
                    <li class="change" class:stale=is_stale data-testid="change-item">
                        <span>{op.describe()}</span>
                        {is_stale.then(|| view! { <span class="muted small" title="Its target is no longer in the analysis (text edited or removed)">" (no longer applies)"</span> })}
                        <button class="ghost small" data-testid="revert-change" on:click=move |_| atlas.revert(i)>"Revert"</button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <details class="changes-panel" data-testid="changes-panel">
            <summary>{move || format!("Your corrections ({})", atlas.ops.with(Vec::len))}</summary>
            <Show when=move || atlas.ops.with(Vec::is_empty)>
                <p class="empty small">"None yet. Correct actors, places, dates, events and relations from the details panel; your changes are kept when you add dispatches."</p>
            </Show>
            <ol class="plain changes">{rows}</ol>
        </details>
    }
}
