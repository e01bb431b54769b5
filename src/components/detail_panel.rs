//! The right-hand detail panel for whatever is selected.

use leptos::prelude::*;

use crate::components::editors::{
    ActorEditor, EventEditor, PlaceEditor, RelationTools, TimeEditor,
};
use crate::components::util::{
    actor, anchor_words, date_explanation, event, event_title, place, pretty_date, time_words,
};
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
                    .filter_map(|p| actor(&a, &p.actor).map(|x| (p.role.clone(), x.name.clone(), x.id.to_string(), actor_color(&x.kind))))
                    .map(|(role, name, aid, c)| view! { <li><span class="role">{role}</span>{link(name, Sel::Actor(aid), c)}</li> })
                    .collect();
                let place_link = e.place.as_deref().and_then(|p| place(&a, p)).map(|p| link(p.name.clone(), Sel::Place(p.id.to_string()), "#5a6b7b"));
                let time_expl = date_explanation(&a, e);
                // each figure with the words it was read from (they may come from another report)
                let figures: Vec<_> = e
                    .figures
                    .iter()
                    .map(|f| {
                        let quote = a
                            .documents
                            .iter()
                            .find(|d| d.id == f.doc)
                            .and_then(|d| d.text.get(f.start..f.end))
                            .map(|q| format!(" (“{q}”)"))
                            .unwrap_or_default();
                        view! { <li data-testid="event-figure">{figure_text(f)}<span class="muted">{quote}</span></li> }
                    })
                    .collect();
                let also = also_line(&a, e);
                view! {
                    <div class="detail" data-kind="event">
                        <h3><span class="dot" class:hollow=e.negated style:background=if e.negated { "transparent" } else { class.color() }
                            style:border-color=class.color()></span>{event_title(e)}</h3>
                        {e.negated.then(|| view! { <p class="warn small" data-testid="event-negated">"The text says this did not happen."</p> })}
                        <dl>
                            <dt>"Type"</dt><dd><span data-type=e.kind.clone() title=format!("PLOVER type {}", e.kind)>{crate::layout::colors::event_type_label(&e.kind)}</span>" · "{class.label()}</dd>
                            <dt>"Date"</dt><dd>{e.date.as_deref().map(time_words).unwrap_or_else(|| "not given".into())}
                                {time_expl.map(|x| view! { <div class="muted small">{x}</div> })}</dd>
                            <dt>"Actors"</dt><dd><ul class="plain">{actors}</ul></dd>
                            <dt>"Place"</dt><dd>{place_link.map(|l| l.into_any()).unwrap_or_else(|| "not given".into_any())}</dd>
                            <dt>"Source"</dt><dd><blockquote>{e.evidence.text.to_string()}</blockquote>
                                {also.map(|x| view! { <div class="muted small" data-testid="event-also">{x}</div> })}</dd>
                            {(!figures.is_empty()).then(|| view! { <dt>"Figures"</dt><dd><ul class="plain">{figures}</ul></dd> })}
                            {e.disagreement.clone().map(|d| view! { <dt>"Reports differ"</dt><dd class="warn">{d}</dd> })}
                        </dl>
                        <p class="flags">
                            {e.negated.then(|| view! { <span class="flag">"negated: did not happen"</span> })}
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
                    .map(|e| view! { <li>{link(format!("{} · {}", e.date.as_deref().map(time_words).unwrap_or_else(|| "undated".into()), e.label), Sel::Event(e.id.clone()), EventClass::of(&e.kind).color())}</li> })
                    .collect();
                let rels: Vec<_> = a
                    .relations
                    .iter()
                    .filter(|r| r.a == id || r.b == id)
                    .filter_map(|r| {
                        let other = if r.a == id { &r.b } else { &r.a };
                        let (an, bn) = (actor(&a, &r.a).map(|x| x.name.clone()).unwrap_or_default(), actor(&a, &r.b).map(|x| x.name.clone()).unwrap_or_default());
                        actor(&a, other).map(|o| {
                            let other_link = link(o.name.clone(), Sel::Actor(o.id.to_string()), relation_color(&r.kind));
                            view! { <li class="rel-row" data-testid="relation-row">
                                <RelationTools a=an b=bn kind=r.kind.clone()>{other_link}</RelationTools></li> }
                        })
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
                            <dt>"Kind"</dt><dd>{actor_kind_label(&x.kind)}{x.country.as_deref().map(|c| format!(" · {c}"))}</dd>
                            {(!roles.is_empty()).then(|| view! { <dt>"Role"</dt><dd>{roles.join("; ")}</dd> })}
                            {
                                let (names, words) = names_and_words(&x.aliases);
                                view! {
                                    <dt>"Also called"</dt><dd data-testid="actor-names">{if names.is_empty() { "—".to_string() } else { names.join(", ") }}</dd>
                                    {(!words.is_empty()).then(|| view! { <dt>"Referred to as"</dt><dd data-testid="actor-words">{words.join(", ")}</dd> })}
                                }
                            }
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
                    .map(|e| view! { <li>{link(format!("{} · {}", e.date.as_deref().map(time_words).unwrap_or_else(|| "undated".into()), e.label), Sel::Event(e.id.clone()), EventClass::of(&e.kind).color())}</li> })
                    .collect();
                view! {
                    <div class="detail" data-kind="place">
                        <h3>{p.name.clone()}</h3>
                        <dl>
                            <dt>"Kind"</dt><dd>{p.kind.to_string()}{p.country.as_deref().map(|c| format!(" · {c}"))}{p.reporting.then_some(" · reporting place (dateline)")}</dd>
                            <dt>"Coordinates"</dt><dd data-testid="place-coordinates">{match (p.lat, p.lon) { (Some(la), Some(lo)) => format!("{la:.4}, {lo:.4}"), _ => "not geocoded: not on the map (set its place below)".into() }}</dd>
                            {p.near.as_deref().and_then(|n| place(&a, n)).map(|n| {
                                let to = Sel::Place(n.id.to_string());
                                let words = crate::layout::geo::placed_by_words(&p, n);
                                let (before, after) = words.rsplit_once(n.name.as_str()).map_or((words.clone(), String::new()), |(b, a)| (b.to_string(), a.to_string()));
                                view! {
                                    <dt>"Location"</dt><dd data-testid="place-near">"approximate: the gazetteer does not hold it, so it is placed "{before}{link(n.name.clone(), to, "#5a6b7b")}{after}", as the text locates it"</dd>
                                }
                            })}
                            {
                                let (names, words) = names_and_words(&p.aliases);
                                view! {
                                    <dt>"Also called"</dt><dd data-testid="place-names">{if names.is_empty() { "—".to_string() } else { names.join(", ") }}</dd>
                                    {(!words.is_empty()).then(|| view! { <dt>"Referred to as"</dt><dd data-testid="place-words">{words.join(", ")}</dd> })}
                                }
                            }
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
                            <dt>"Language"</dt><dd data-testid="doc-language">{crate::doc_language(&d.lang, &d.text).1}</dd>
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
                            <dt>"Value"</dt><dd>{
                                let words = time_words(&t.value);
                                if words == t.value.as_str() { words } else { format!("{words} ({})", t.value) }
                            }</dd>
                            <dt>"Kind"</dt><dd>{t.kind.to_string()}" · "{anchor_words(&t.anchor)}</dd>
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
        <section class="detail-panel" data-testid="detail-panel" tabindex="-1">
            <div class="pane-head"><span class="pane-title">"Details"</span>
                <Show when=move || selection.0.with(Option::is_some)>
                    <button class="ghost small" on:click=move |_| selection.clear() title="Clear the selection (Esc)">"✕"</button>
                </Show>
            </div>
            {body}
        </section>
    }
}

/// A figure as a reader says it: "at least 25 killed", "1,500 troops"; a
/// vague amount in words, its least value after it: "dozens killed (24 or
/// more)".
pub fn figure_text(f: &atlas_engine::model::Figure) -> String {
    let n = thousands(f.value);
    match f.qualifier.as_deref() {
        Some(q)
            if matches!(
                q.split(' ').next(),
                Some("tens" | "dozens" | "hundreds" | "thousands")
            ) =>
        {
            format!("{q} {} ({n} or more)", f.what)
        }
        Some(q) if !q.is_empty() => format!("{q} {n} {}", f.what),
        _ => format!("{n} {}", f.what),
    }
}

/// `n` with a comma between thousands ("12,500").
fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Where else an event is told: "Also told by AFP (fr) and EFE (es)", or
/// "Also told 2 more times in this dispatch"; `None` when only once.
fn also_line(a: &atlas_engine::Analysis, e: &atlas_engine::model::Event) -> Option<String> {
    if e.also.is_empty() {
        return None;
    }
    let mut others: Vec<String> = Vec::new();
    let mut same = 0;
    for m in &e.also {
        if m.doc == e.doc {
            same += 1;
            continue;
        }
        let who = a.documents.iter().find(|d| d.id == m.doc).map(|d| {
            let agency = d.dateline.as_ref().and_then(|dl| dl.agency.clone());
            format!("{} ({})", agency.unwrap_or_else(|| d.id.clone()), d.lang)
        });
        if let Some(w) = who {
            if !others.contains(&w) {
                others.push(w);
            }
        }
    }
    let mut parts = Vec::new();
    if !others.is_empty() {
        let list = match others.len() {
            1 => others[0].clone(),
            n => format!("{} and {}", others[..n - 1].join(", "), others[n - 1]),
        };
        parts.push(format!("Also told by {list}"));
    }
    if same > 0 {
        let times = if same == 1 {
            "once more".to_string()
        } else {
            format!("{same} more times")
        };
        parts.push(if parts.is_empty() {
            format!("Also told {times} in this dispatch")
        } else {
            format!("and {times} in this dispatch")
        });
    }
    Some(parts.join(" "))
}

/// An entity's aliases split into names ("Kigali", "Forces armées de la
/// RDC", "AFC") and the common words a dispatch also refers to it by
/// ("rwandais", "militaires congolais", "la rébellion"): a name starts
/// with a capital letter or a digit.
pub fn names_and_words<S: AsRef<str>>(aliases: &[S]) -> (Vec<&str>, Vec<&str>) {
    aliases
        .iter()
        .map(|a| a.as_ref().trim())
        .filter(|a| !a.is_empty())
        .partition(|a| {
            // past opening quotes; an Arabic article starts a name ("al-Qaeda")
            let a = a.trim_start_matches(|c: char| !c.is_alphanumeric());
            ["al-", "el-", "ad-", "ash-", "an-"]
                .iter()
                .any(|p| a.starts_with(p))
                || a.chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_numeric())
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use atlas_engine::model::Figure;

    #[test]
    fn aliases_split_into_names_and_words() {
        let (names, words) = names_and_words(&[
            "Forces armées de la RDC",
            "militaires congolais",
            "AFC",
            "armée congolaise",
            "23 March Movement",
            "Élysée",
            "",
            "al-Qaeda",
            "« Tigres »",
            " rebels ",
        ]);
        assert_eq!(
            names,
            [
                "Forces armées de la RDC",
                "AFC",
                "23 March Movement",
                "Élysée",
                "al-Qaeda",
                "« Tigres »"
            ]
        );
        assert_eq!(
            words,
            ["militaires congolais", "armée congolaise", "rebels"]
        );
        let none: [&str; 0] = [];
        assert_eq!(names_and_words(&none), (vec![], vec![]));
    }

    fn fig(what: &str, value: u64, q: Option<&str>) -> Figure {
        Figure {
            what: what.into(),
            value,
            qualifier: q.map(Into::into),
            doc: "d1".into(),
            start: 0,
            end: 0,
        }
    }

    #[test]
    fn figures_read_as_a_reader_says_them() {
        assert_eq!(
            figure_text(&fig("killed", 25, Some("at least"))),
            "at least 25 killed"
        );
        assert_eq!(figure_text(&fig("troops", 1500, None)), "1,500 troops");
        assert_eq!(
            figure_text(&fig("killed", 500_000, Some("about"))),
            "about 500,000 killed"
        );
        assert_eq!(
            figure_text(&fig("killed", 24, Some("dozens"))),
            "dozens killed (24 or more)"
        );
        assert_eq!(
            figure_text(&fig("displaced", 20_000, Some("tens of thousands"))),
            "tens of thousands displaced (20,000 or more)"
        );
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1000), "1,000");
        assert_eq!(thousands(1_234_567), "1,234,567");
    }
}
