//! The filter bar: search, event-class toggles and chips for every active filter.

use leptos::prelude::*;

use crate::components::util::pretty_date;
use crate::layout::colors::{actor_kind_label, EventClass};
use crate::layout::time::date_of;
use crate::state::filters::use_filters;

/// The filter bar above the views.
#[component]
pub fn FilterBar() -> impl IntoView {
    let filters = use_filters();
    let chips = move || {
        let f = filters.0.get();
        let mut out: Vec<AnyView> = Vec::new();
        let chip = |label: String, clear: Box<dyn Fn() + Send + Sync>| {
            view! {
                <span class="chip" data-testid="filter-chip">{label}
                    <button class="chip-x" aria-label="Remove filter" on:click=move |_| clear()>"×"</button>
                </span>
            }
            .into_any()
        };
        if let Some((a, b)) = f.window {
            let label = format!(
                "{} – {}",
                pretty_date(&date_of(a).to_string()),
                pretty_date(&date_of(b).to_string())
            );
            out.push(chip(
                label,
                Box::new(move || filters.0.update(|f| f.window = None)),
            ));
        }
        for c in f.hidden_classes.iter().copied() {
            out.push(chip(
                format!("hide {}", c.label()),
                Box::new(move || {
                    filters.0.update(|f| {
                        f.hidden_classes.remove(&c);
                    })
                }),
            ));
        }
        for k in f.hidden_kinds.iter().cloned() {
            let label = format!("hide {}", actor_kind_label(&k));
            out.push(chip(
                label,
                Box::new(move || {
                    filters.0.update(|f| {
                        f.hidden_kinds.remove(&k);
                    })
                }),
            ));
        }
        for r in f.hidden_relations.iter().cloned() {
            let label = format!("hide {r}");
            out.push(chip(
                label,
                Box::new(move || {
                    filters.0.update(|f| {
                        f.hidden_relations.remove(&r);
                    })
                }),
            ));
        }
        for d in f.hidden_docs.iter().cloned() {
            let label = format!("hide dispatch {d}");
            out.push(chip(
                label,
                Box::new(move || {
                    filters.0.update(|f| {
                        f.hidden_docs.remove(&d);
                    })
                }),
            ));
        }
        if !f.search.trim().is_empty() {
            out.push(chip(
                format!("“{}”", f.search.trim()),
                Box::new(move || filters.0.update(|f| f.search.clear())),
            ));
        }
        out
    };
    let class_toggles = EventClass::ALL
        .iter()
        .map(|&c| {
            let hidden = move || filters.0.with(|f| f.hidden_classes.contains(&c));
            view! {
                <button class="toggle" class:off=hidden aria-pressed=move || (!hidden()).to_string() data-testid=format!("class-toggle-{}", c.key())
                    title=format!("{}: {}", c.label(), c.members())
                    on:click=move |_| filters.0.update(|f| { if !f.hidden_classes.remove(&c) { f.hidden_classes.insert(c); } })>
                    <span class="dot" style:background=c.color()></span>{c.label()}
                </button>
            }
        })
        .collect_view();
    view! {
        <div class="filter-bar">
            <input type="search" class="search" data-testid="search-box" placeholder="Search actors, places, events…"
                prop:value=move || filters.0.with(|f| f.search.clone())
                on:input:target=move |ev| { let v = ev.target().value(); filters.0.update(|f| f.search = v) } />
            <div class="class-toggles">{class_toggles}</div>
            <div class="chips">{chips}
                <Show when=move || filters.0.with(|f| f.is_active())>
                    <button class="ghost small" on:click=move |_| filters.0.set(Default::default())>"Clear filters"</button>
                </Show>
            </div>
        </div>
    }
}
