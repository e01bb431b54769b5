//! The source view: the selected dispatch's text with every actor, place
//! and date highlighted. Text is only ever inserted as text nodes.

use leptos::prelude::*;

use crate::components::util::{actor, event, place, pretty_date};
use crate::layout::highlight::{segments, split_plain_at, MentionKind};
use crate::state::atlas::use_atlas;
use crate::state::selection::{use_selection, Sel};

/// The document and the evidence range that the selection points at.
pub fn focus_of(
    a: &atlas_engine::Analysis,
    sel: Option<&Sel>,
) -> Option<(String, Option<(usize, usize)>)> {
    match sel? {
        Sel::Doc(d) => Some((d.clone(), None)),
        Sel::Event(e) => event(a, e).map(|e| {
            (
                e.evidence.doc.to_string(),
                Some((e.evidence.start, e.evidence.end)),
            )
        }),
        Sel::Actor(x) => actor(a, x)
            .and_then(|x| x.mentions.first())
            .map(|m| (m.doc.to_string(), Some((m.start, m.end)))),
        Sel::Place(p) => place(a, p)
            .and_then(|p| p.mentions.first())
            .map(|m| (m.doc.to_string(), Some((m.start, m.end)))),
        Sel::Time(d, s) => a
            .times
            .iter()
            .find(|t| &t.doc == d && t.start == *s)
            .map(|t| (t.doc.to_string(), Some((t.start, t.end)))),
    }
}

/// The source text panel.
#[component]
pub fn SourceView() -> impl IntoView {
    let atlas = use_atlas();
    let selection = use_selection();
    // The document shown stays put when the selection is cleared.
    let shown_doc = RwSignal::new(None::<String>);
    let focus = Memo::new(move |_| {
        atlas
            .analysis
            .with(|a| selection.0.with(|s| focus_of(a, s.as_ref())))
    });
    Effect::new(move |_| {
        if let Some((d, _)) = focus.get() {
            shown_doc.set(Some(d));
        }
    });
    let doc = Memo::new(move |_| {
        let id = shown_doc.get().or_else(|| {
            atlas
                .analysis
                .with(|a| a.documents.first().map(|d| d.id.clone()))
        });
        id.filter(|id| {
            atlas
                .analysis
                .with(|a| a.documents.iter().any(|d| &d.id == id))
        })
    });
    let container = NodeRef::<leptos::html::Section>::new();
    // Scroll to the evidence after the selection changes (DOM side effect).
    // Deferred a turn, so that the pane has its final size: the detail panel
    // above it grows with the same selection.
    Effect::new(move |_| {
        let _ = focus.get();
        if let Some(el) = container.get() {
            gloo::timers::callback::Timeout::new(0, move || {
                let Ok(Some(target)) = el.query_selector(".in-evidence, .mention.selected") else {
                    return;
                };
                // Centre it in the pane, which scrolls by itself (side by side) …
                let (pane, t) = (
                    el.get_bounding_client_rect(),
                    target.get_bounding_client_rect(),
                );
                let delta = (t.top() + t.height() / 2.0) - (pane.top() + pane.height() / 2.0);
                el.set_scroll_top(el.scroll_top() + delta.round() as i32);
                // … and only when it is still off screen (one column), scroll the page.
                let t = target.get_bounding_client_rect();
                let height = web_sys::window()
                    .and_then(|w| w.inner_height().ok())
                    .and_then(|h| h.as_f64())
                    .unwrap_or(f64::MAX);
                if t.top() < 0.0 || t.bottom() > height {
                    let opts = web_sys::ScrollIntoViewOptions::new();
                    opts.set_block(web_sys::ScrollLogicalPosition::Center);
                    opts.set_behavior(web_sys::ScrollBehavior::Smooth);
                    target.scroll_into_view_with_scroll_into_view_options(&opts);
                }
            })
            .forget();
        }
    });
    let body = move || {
        let Some(doc_id) = doc.get() else {
            return view! { <p class="empty">"Select a dispatch, an event, an actor or a place to read its source here."</p> }.into_any();
        };
        let a = atlas.analysis.get();
        let Some(d) = a.documents.iter().find(|d| d.id == doc_id) else {
            return ().into_any();
        };
        let evidence = focus
            .get()
            .and_then(|(fd, ev)| if fd == doc_id { ev } else { None });
        let cuts: Vec<usize> = evidence.map(|(s, e)| vec![s, e]).unwrap_or_default();
        let segs = split_plain_at(segments(&a, &doc_id), &cuts);
        let text = d.text.clone();
        let sel = selection.0.get();
        let nodes: Vec<AnyView> = segs
            .into_iter()
            .map(|s| {
                let piece = text.get(s.start..s.end).unwrap_or("").to_string();
                let in_ev = evidence.is_some_and(|(a0, a1)| s.start >= a0 && s.end <= a1);
                match s.mention {
                    None => {
                        if in_ev {
                            view! { <mark class="in-evidence">{piece}</mark> }.into_any()
                        } else {
                            view! { <span>{piece}</span> }.into_any()
                        }
                    }
                    Some((kind, id)) => {
                        let (tip, target) = describe(&a, kind, &id);
                        let is_sel = sel.as_ref() == Some(&target);
                        let key_target = target.clone();
                        // Enter or Space on a focused mention selects it, as a click does
                        let key = move |ev: leptos::ev::KeyboardEvent| {
                            if matches!(ev.key().as_str(), "Enter" | " ") {
                                ev.prevent_default();
                                selection.toggle(key_target.clone());
                            }
                        };
                        let class = format!("mention {}{}{}", kind.key(), if in_ev { " in-evidence" } else { "" }, if is_sel { " selected" } else { "" });
                        view! {
                            <span class=class data-testid="mention" data-kind=kind.key() data-entity=id.clone() title=tip
                                tabindex="0" role="button"
                                on:click=move |_| selection.toggle(target.clone()) on:keydown=key>{piece}</span>
                        }
                        .into_any()
                    }
                }
            })
            .collect();
        view! {
            <div class="doc-head">
                <span class="lang-badge">{crate::doc_language(&d.lang, &d.text).0}</span>
                <span dir="auto">{d.title.clone()}</span>
                <span class="muted">{d.dct.as_deref().map(pretty_date).unwrap_or_else(|| "no date".into())}</span>
            </div>
            // a right-to-left dispatch (Arabic, Hebrew, Persian) reads right to left
            <div class="doc-text" dir="auto">{nodes}</div>
            <div class="form-row">
                <button class="small" data-testid="add-event-from-selection" title="Select words of a sentence above, then add it as an event"
                    on:mousedown=|ev: leptos::ev::MouseEvent| ev.prevent_default()
                    on:click=move |_| if let Err(e) = crate::components::editors::add_event_from_selection(&doc_id) { atlas.notice.set(Some(e.to_string())) }>
                    "+ Event from selected sentence"</button>
            </div>
        }
        .into_any()
    };
    view! {
        <section class="source-view" data-testid="source-view" node_ref=container>
            <div class="pane-head"><span class="pane-title">"Source"</span>
                <span class="legend-inline">
                    <span class="mention actor">"actor"</span>" "
                    <span class="mention place">"place"</span>" "
                    <span class="mention time">"date"</span>
                </span>
            </div>
            {body}
        </section>
    }
}

/// The hover text of a mention and what clicking it selects.
fn describe(a: &atlas_engine::Analysis, kind: MentionKind, id: &str) -> (String, Sel) {
    match kind {
        MentionKind::Actor => {
            let tip = actor(a, id)
                .map(|x| {
                    format!(
                        "{} · {}{}",
                        x.name,
                        crate::layout::colors::actor_kind_label(&x.kind),
                        x.country
                            .as_deref()
                            .map(|c| format!(" · {c}"))
                            .unwrap_or_default()
                    )
                })
                .unwrap_or_default();
            (tip, Sel::Actor(id.to_string()))
        }
        MentionKind::Place => {
            let tip = place(a, id)
                .map(|p| match (p.lat, p.lon) {
                    (Some(la), Some(lo)) => format!("{} · {} · {la:.3}, {lo:.3}", p.name, p.kind),
                    _ => format!("{} · {} · not geocoded", p.name, p.kind),
                })
                .unwrap_or_default();
            (tip, Sel::Place(id.to_string()))
        }
        MentionKind::Time => {
            let (doc, start) = id
                .split_once(':')
                .map(|(d, s)| (d.to_string(), s.parse().unwrap_or(0)))
                .unwrap_or_default();
            let tip = a
                .times
                .iter()
                .find(|t| t.doc == doc && t.start == start)
                .map(|t| match &t.explanation {
                    Some(x) => format!("{} → {} ({}) · {x}", t.text, t.value, t.kind),
                    None => format!("{} → {} ({}, {})", t.text, t.value, t.kind, t.anchor),
                })
                .unwrap_or_default();
            (tip, Sel::Time(doc, start))
        }
    }
}
