//! The right-hand detail panel for whatever is selected.

use leptos::prelude::*;

use crate::components::editors::{
    ActorEditor, EventEditor, PlaceEditor, RelationTools, TimeEditor,
};
use crate::components::util::{actor, date_explanation, event, place, pretty_date};
use crate::layout::colors::{actor_color, actor_kind_label, relation_color, EventClass};
use crate::state::atlas::use_atlas;
use crate::state::editing::use_editor;
use crate::state::selection::{use_selection, Sel};

/// The detail panel.
#[component]
pub fn DetailPanel() -> impl IntoView {
    let atlas = use_atlas();
    let selection = use_selection();
    let editor = use_editor();
    let body = move || {
        let a = atlas.analysis.get();
        let sel = selection.0.get();
        let link = move |label: String, target: Sel, color: &'static str| {
            view! {
                <button class="link" on:click=move |_| selection.set(target.clone())>
                    <span class="dot" style:background=color></span>{label}
                </button>
            }
        };
        match sel {
            None => view! {
                {editor.note.get().map(|n| view! {
                    <p class="editor-note" role="status" tabindex="-1" data-testid="editor-note">{n}</p>
                })}
                <p class="empty">"Select an event, actor, place or date in any view to see what the engine found and why."</p>
            }
            .into_any(),
            Some(Sel::Event(id)) => {
                let Some(e) = event(&a, &id) else { return view! { <p class="empty">"This event is gone after the last analysis."</p> }.into_any() };
                let class = EventClass::of(&e.kind);
                let actors: Vec<_> = e
                    .actors
                    .iter()
                    .filter_map(|p| actor(&a, &p.actor).map(|x| (p.role.clone(), x.name.clone(), x.id.clone(), actor_color(&x.kind))))
                    .map(|(role, name, aid, c)| view! { <li><span class="role">{role}</span>{link(name, Sel::Actor(aid), c)}</li> })
                    .collect();
                let place_link = e.place.as_deref().and_then(|p| place(&a, p)).map(|p| link(p.name.clone(), Sel::Place(p.id.clone()), "#5a6b7b"));
                let time_expl = date_explanation(&a, e);
                let figures: Vec<String> = e.figures.iter().map(|f| format!("{}{} {}", f.qualifier.as_deref().map(|q| format!("{q} ")).unwrap_or_default(), f.value, f.what)).collect();
                view! {
                    <div class="detail" data-kind="event">
                        <h3><span class="dot" style:background=class.color()></span>{e.label.clone()}</h3>
                        <dl>
                            <dt>"Type"</dt><dd><span data-type=e.kind.clone() title=format!("PLOVER type {}", e.kind)>{crate::layout::colors::event_type_label(&e.kind)}</span>" · "{class.label()}</dd>
                            <dt>"Date"</dt><dd>{e.date.as_deref().map(pretty_date).unwrap_or_else(|| "not given".into())}
                                {time_expl.map(|x| view! { <div class="muted small">{x}</div> })}</dd>
                            <dt>"Actors"</dt><dd><ul class="plain">{actors}</ul></dd>
                            <dt>"Place"</dt><dd>{place_link.map(|l| l.into_any()).unwrap_or_else(|| "not given".into_any())}</dd>
                            <dt>"Source"</dt><dd><blockquote>{e.evidence.text.to_string()}</blockquote>
                                {(!e.also.is_empty()).then(|| view! { <div class="muted small">{format!("also reported {} more time(s)", e.also.len())}</div> })}</dd>
                            {(!figures.is_empty()).then(|| view! { <dt>"Figures"</dt><dd>{figures.join(", ")}</dd> })}
                            {e.disagreement.clone().map(|d| view! { <dt>"Reports differ"</dt><dd class="warn">{d}</dd> })}
                        </dl>
                        <p class="flags">
                            {e.negated.then(|| view! { <span class="flag">"negated"</span> })}
                            {e.reported.then(|| view! { <span class="flag">"claimed by a source"</span> })}
                            <span class="muted small">{format!("confidence {:.0} %", e.confidence * 100.0)}</span>
                        </p>
                        <EventEditor id=id.clone() />
                    </div>
                }
                .into_any()
            }
            Some(Sel::Actor(id)) => {
                let Some(x) = actor(&a, &id) else { return view! { <p class="empty">"This actor is gone after the last analysis."</p> }.into_any() };
                let events: Vec<_> = a
                    .events
                    .iter()
                    .filter(|e| e.actors.iter().any(|p| p.actor == id))
                    .map(|e| view! { <li>{link(format!("{} · {}", e.date.as_deref().map(pretty_date).unwrap_or_else(|| "undated".into()), e.label), Sel::Event(e.id.clone()), EventClass::of(&e.kind).color())}</li> })
                    .collect();
                let rels: Vec<_> = a
                    .relations
                    .iter()
                    .filter(|r| r.a == id || r.b == id)
                    .filter_map(|r| {
                        let other = if r.a == id { &r.b } else { &r.a };
                        let (an, bn) = (actor(&a, &r.a).map(|x| x.name.clone()).unwrap_or_default(), actor(&a, &r.b).map(|x| x.name.clone()).unwrap_or_default());
                        actor(&a, other).map(|o| view! { <li class="rel-row" data-testid="relation-row"><span class="role">{r.kind.clone()}</span>{link(o.name.clone(), Sel::Actor(o.id.clone()), relation_color(&r.kind))}
                            <RelationTools a=an b=bn kind=r.kind.clone() /></li> })
                    })
                    .collect();
                let roles: Vec<String> = x.roles.iter().map(|r| match r.of.as_deref().and_then(|o| actor(&a, o)) {
                    Some(o) => format!("{} of {}", r.title, o.name),
                    None => r.title.clone(),
                }).collect();
                view! {
                    <div class="detail" data-kind="actor">
                        <h3><span class="dot" style:background=actor_color(&x.kind)></span>{x.name.clone()}</h3>
                        <dl>
                            <dt>"Kind"</dt><dd>{actor_kind_label(&x.kind)}{x.country.clone().map(|c| format!(" · {c}"))}</dd>
                            {(!roles.is_empty()).then(|| view! { <dt>"Role"</dt><dd>{roles.join("; ")}</dd> })}
                            <dt>"Also called"</dt><dd>{if x.aliases.is_empty() { "—".to_string() } else { x.aliases.join(", ") }}</dd>
                            <dt>"Mentions"</dt><dd>{x.mentions.len()}</dd>
                            <dt>"Events"</dt><dd><ul class="plain">{events}</ul></dd>
                            <dt>"Relations"</dt><dd><ul class="plain">{rels}</ul></dd>
                        </dl>
                        <ActorEditor id=id.clone() />
                    </div>
                }
                .into_any()
            }
            Some(Sel::Place(id)) => {
                let Some(p) = place(&a, &id) else { return view! { <p class="empty">"This place is gone after the last analysis."</p> }.into_any() };
                let events: Vec<_> = a
                    .events
                    .iter()
                    .filter(|e| e.place.as_deref() == Some(id.as_str()))
                    .map(|e| view! { <li>{link(format!("{} · {}", e.date.as_deref().map(pretty_date).unwrap_or_else(|| "undated".into()), e.label), Sel::Event(e.id.clone()), EventClass::of(&e.kind).color())}</li> })
                    .collect();
                view! {
                    <div class="detail" data-kind="place">
                        <h3>{p.name.clone()}</h3>
                        <dl>
                            <dt>"Kind"</dt><dd>{p.kind.clone()}{p.country.clone().map(|c| format!(" · {c}"))}{p.reporting.then_some(" · reporting place (dateline)")}</dd>
                            <dt>"Coordinates"</dt><dd>{match (p.lat, p.lon) { (Some(la), Some(lo)) => format!("{la:.4}, {lo:.4}"), _ => "not geocoded".into() }}</dd>
                            <dt>"Also called"</dt><dd>{if p.aliases.is_empty() { "—".to_string() } else { p.aliases.join(", ") }}</dd>
                            <dt>"Events here"</dt><dd><ul class="plain">{events}</ul></dd>
                        </dl>
                        <PlaceEditor id=id.clone() />
                    </div>
                }
                .into_any()
            }
            Some(Sel::Doc(id)) => {
                let Some(d) = a.documents.iter().find(|d| d.id == id) else { return ().into_any() };
                let n_events = a.events.iter().filter(|e| e.doc == id).count();
                view! {
                    <div class="detail" data-kind="doc">
                        <h3>{d.title.clone()}</h3>
                        <dl>
                            <dt>"Language"</dt><dd>{crate::lang_name(&d.lang)}</dd>
                            <dt>"Date"</dt><dd>{d.dct.as_deref().map(pretty_date).unwrap_or_else(|| "unknown: relative dates stay unresolved".into())}</dd>
                            <dt>"Dateline"</dt><dd>{d.dateline.as_ref().map(|dl| dl.text.clone()).unwrap_or_else(|| "none found".into())}</dd>
                            <dt>"Events"</dt><dd>{n_events}</dd>
                        </dl>
                    </div>
                }
                .into_any()
            }
            Some(Sel::Time(doc, start)) => {
                let Some(t) = a.times.iter().find(|t| t.doc == doc && t.start == start) else { return ().into_any() };
                view! {
                    <div class="detail" data-kind="time">
                        <h3>{t.text.to_string()}</h3>
                        <dl>
                            <dt>"Value"</dt><dd>{t.value.to_string()}" ("{pretty_date(&t.value)}")"</dd>
                            <dt>"Kind"</dt><dd>{t.kind.to_string()}" · anchored to "{t.anchor.to_string()}</dd>
                            <dt>"Why"</dt><dd>{t.explanation.as_deref().unwrap_or("—").to_string()}</dd>
                        </dl>
                        <TimeEditor doc=doc.clone() start=start />
                    </div>
                }
                .into_any()
            }
        }
    };
    view! {
        <section class="detail-panel" data-testid="detail-panel">
            <div class="pane-head"><span class="pane-title">"Details"</span>
                <Show when=move || selection.0.with(Option::is_some)>
                    <button class="ghost small" on:click=move |_| selection.clear() title="Clear the selection (Esc)">"✕"</button>
                </Show>
            </div>
            {body}
        </section>
    }
}
