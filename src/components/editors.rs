//! Correction forms in the detail panel: each gesture becomes an [`Op`]
//! keyed by stable identities, so it survives re-analysis.

use leptos::prelude::*;

use crate::components::util::{actor, event, place};
use crate::engine_client::{analyze_in_worker, Candidate, Search};
use crate::layout::colors::{actor_kind_label, ACTOR_KINDS, RELATION_TYPES};
use crate::state::atlas::use_atlas;
use crate::state::corrections::{check_date, event_key, Op, SpanKey};
use crate::state::selection::{use_selection, Sel};

/// When set, the next click on the map places this place (by its name).
#[derive(Debug, Clone, Copy)]
pub struct PickOnMap(pub RwSignal<Option<String>>);

pub use crate::state::editing::EditorOpen;

/// The context-menu gesture of every view: select `sel` and open its correction form.
pub fn context_edit(
    ev: &web_sys::MouseEvent,
    selection: crate::state::selection::Selection,
    open: EditorOpen,
    sel: Sel,
) {
    ev.prevent_default();
    ev.stop_propagation();
    selection.set(sel.clone());
    open.open(sel);
}

/// The `toggle` handler of a form's `<details>`: opening or closing it by
/// its summary opens or closes the form for good (it stays open through
/// the corrections made in it); a form just opened is scrolled into view.
fn on_toggle(editor: EditorOpen, sel: Sel) -> impl Fn(leptos::ev::Event) + 'static {
    move |ev| {
        use wasm_bindgen::JsCast;
        let Some(el) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        // A form the panel has already redrawn tells nothing.
        if !el.is_connected() {
            return;
        }
        let open = el.has_attribute("open");
        let mine = editor.sel.with_untracked(|o| o.as_ref() == Some(&sel));
        if open && !mine {
            editor.open(sel.clone());
        } else if !open && mine {
            editor.close();
        }
        // A form just opened (by its summary or a view's context menu)
        // unfolds below the fold of the scrolling panel: bring it up.
        if open && editor.take_fresh() {
            let opts = web_sys::ScrollIntoViewOptions::new();
            opts.set_block(web_sys::ScrollLogicalPosition::Nearest);
            el.scroll_into_view_with_scroll_into_view_options(&opts);
        }
    }
}

/// The controls of the detail panel that can hold the focus.
const CONTROLS: &str = "button, select, input, textarea, summary";

/// What names a control across a redraw of the panel: its ARIA label, its
/// test id, else its tag and text.
fn control_name(el: &web_sys::Element) -> String {
    el.get_attribute("aria-label")
        .or_else(|| el.get_attribute("data-testid"))
        .unwrap_or_else(|| {
            format!(
                "{}:{}",
                el.tag_name(),
                el.text_content().unwrap_or_default()
            )
        })
}

fn detail_panel() -> Option<web_sys::Element> {
    web_sys::window()?
        .document()?
        .query_selector("[data-testid=detail-panel]")
        .ok()?
}

/// Makes a correction from the detail panel. The panel redraws with the
/// new analysis, which removes the control that had the focus: the focus
/// goes to the same control of the redrawn form (else to the form's
/// summary, else to the note saying why the form closed), so a keyboard
/// user goes on where they were.
fn correct_here(atlas: &crate::state::atlas::Atlas, op: Op) {
    let focused = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .filter(|el| detail_panel().is_some_and(|p| p.contains(Some(el))))
        .map(|el| control_name(&el));
    atlas.correct(op);
    let Some(name) = focused else { return };
    leptos::task::spawn_local(async move {
        // After the redraw (reactive updates run before the next task).
        gloo::timers::future::TimeoutFuture::new(0).await;
        refocus(&name);
    });
}

fn refocus(name: &str) {
    use wasm_bindgen::JsCast;
    let Some(panel) = detail_panel() else { return };
    let doc = panel.owner_document();
    // The user moved on meanwhile: leave their focus alone.
    let lost = doc
        .as_ref()
        .and_then(|d| d.active_element())
        .is_none_or(|el| !el.is_connected() || el.tag_name() == "BODY");
    if !lost {
        return;
    }
    let same = panel.query_selector_all(CONTROLS).ok().and_then(|list| {
        (0..list.length())
            .filter_map(|i| list.item(i))
            .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
            .find(|el| control_name(el) == name)
    });
    let target = same
        .or_else(|| {
            panel
                .query_selector("details.editor[open] > summary")
                .ok()
                .flatten()
        })
        .or_else(|| {
            panel
                .query_selector("[data-testid=editor-note]")
                .ok()
                .flatten()
        });
    if let Some(el) = target.and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

/// Edit an actor: rename, kind, country, merge, split an alias, relations, delete.
#[component]
pub fn ActorEditor(
    /// The actor id.
    id: String,
) -> impl IntoView {
    let atlas = use_atlas();
    let selection = use_selection();
    let editor_open = expect_context::<EditorOpen>();
    let my_sel = Sel::Actor(id.clone());
    let Some(x) = atlas.analysis.with_untracked(|a| actor(a, &id).cloned()) else {
        return ().into_any();
    };
    let name = x.name.clone();
    let new_name = RwSignal::new(x.name.clone());
    let country = RwSignal::new(x.country.as_deref().unwrap_or_default().to_string());
    let merge_target = RwSignal::new(String::new());
    let rel_other = RwSignal::new(String::new());
    let rel_kind = RwSignal::new("supports".to_string());
    let others: Vec<(String, String)> = atlas.analysis.with_untracked(|a| {
        let mut v: Vec<(String, String)> = a
            .actors
            .iter()
            .filter(|o| o.id != id)
            .map(|o| {
                (
                    o.name.clone(),
                    format!("{} ({})", o.name, actor_kind_label(&o.kind)),
                )
            })
            .collect();
        v.sort();
        v
    });
    // a name another actor has already: renaming would draw two actors of
    // one name, so the form offers to merge them instead
    let other_names: Vec<String> = others.iter().map(|(n, _)| n.clone()).collect();
    let clash = Memo::new(move |_| {
        let v = new_name.get().trim().to_lowercase();
        other_names.iter().find(|n| n.to_lowercase() == v).cloned()
    });
    let n0 = name.clone();
    let rename_blocked = move || {
        let v = new_name.get();
        let v = v.trim();
        v.is_empty() || v == n0 || clash.get().is_some()
    };
    let n7 = name.clone();
    let merge_clash = move |_| {
        if let Some(into) = clash.get_untracked() {
            correct_here(
                &atlas,
                Op::MergeActors {
                    from: n7.clone(),
                    into,
                },
            );
        }
    };
    let n1 = name.clone();
    let rename = move |_| {
        let v = new_name.get_untracked().trim().to_string();
        if !v.is_empty() && v != n1 && clash.get_untracked().is_none() {
            correct_here(
                &atlas,
                Op::RenameActor {
                    actor: n1.clone(),
                    name: v,
                },
            );
        }
    };
    let n2 = name.clone();
    let set_kind = move |ev: leptos::ev::Event| {
        correct_here(
            &atlas,
            Op::SetActorKind {
                actor: n2.clone(),
                kind: event_target_value(&ev),
            },
        )
    };
    let n3 = name.clone();
    let set_country = move |_| {
        let c = country.get_untracked().trim().to_uppercase();
        correct_here(
            &atlas,
            Op::SetActorCountry {
                actor: n3.clone(),
                country: (c.len() == 2).then_some(c),
            },
        );
    };
    let n4 = name.clone();
    let merge = move |_| {
        let into = merge_target.get_untracked();
        if !into.is_empty() {
            // The open form (and the selection) follow the merged actor
            // into `into` (see `state::editing::step`).
            correct_here(
                &atlas,
                Op::MergeActors {
                    from: n4.clone(),
                    into,
                },
            );
        }
    };
    let n5 = name.clone();
    let delete = move |_| {
        correct_here(&atlas, Op::DeleteActor { actor: n5.clone() });
        selection.clear();
    };
    let n6 = name.clone();
    let add_rel = move |_| {
        let other = rel_other.get_untracked();
        if !other.is_empty() {
            correct_here(
                &atlas,
                Op::AddRelation {
                    a: n6.clone(),
                    b: other,
                    kind: rel_kind.get_untracked(),
                },
            );
        }
    };
    let splits = x
        .aliases
        .iter()
        .cloned()
        .map(|al| {
            let n = name.clone();
            let a2 = al.clone();
            view! { <button class="ghost small" title="Make this alias an actor of its own" on:click=move |_| correct_here(&atlas, Op::SplitAlias { actor: n.clone(), alias: a2.clone() })>{format!("split “{al}”")}</button> }
        })
        .collect_view();
    let kind_options = ACTOR_KINDS
        .iter()
        .map(|k| view! { <option value=*k selected=*k == x.kind>{actor_kind_label(k)}</option> })
        .collect_view();
    let other_options = others
        .iter()
        .cloned()
        .map(|(v, label)| view! { <option value=v>{label}</option> })
        .collect_view();
    let other_options2 = others
        .into_iter()
        .map(|(v, label)| view! { <option value=v>{label}</option> })
        .collect_view();
    view! {
        <details class="editor" data-testid="actor-editor" prop:open={ let s = my_sel.clone(); move || editor_open.is_open(&s) } on:toggle=on_toggle(editor_open, my_sel)>
            <summary>"Correct this actor"</summary>
            <div class="form-row">
                <input aria-label="Name" prop:value=move || new_name.get() on:input:target=move |ev| new_name.set(ev.target().value()) />
                <button class="small" data-testid="rename-actor" on:click=rename prop:disabled=rename_blocked>"Rename"</button>
            </div>
            // (the status region stays in the page, so that its message is read when it appears)
            <div role="status" class="rename-status">
                <Show when=move || clash.get().is_some()>
                    <div class="form-row note" data-testid="rename-clash">
                        {move || format!("“{}” is another actor already.", clash.get().unwrap_or_default())}
                        <button class="small" data-testid="rename-merge" on:click=merge_clash.clone()>{move || format!("Merge into “{}”", clash.get().unwrap_or_default())}</button>
                    </div>
                </Show>
            </div>
            <div class="form-row">
                <label>"Kind " <select data-testid="actor-kind" on:change=set_kind>{kind_options}</select></label>
                <label>"Country " <input class="short" maxlength="2" placeholder="SY" prop:value=move || country.get() on:input:target=move |ev| country.set(ev.target().value()) /></label>
                <button class="small" on:click=set_country>"Set"</button>
            </div>
            <div class="form-row">
                <select data-testid="merge-actors" aria-label="Merge into" on:change=move |ev| merge_target.set(event_target_value(&ev))>
                    <option value="">"Merge into…"</option>{other_options}
                </select>
                <button class="small" data-testid="merge-button" on:click=merge>"Merge"</button>
            </div>
            <div class="form-row wrap">{splits}</div>
            <div class="form-row">
                <select aria-label="Relation type" on:change=move |ev| rel_kind.set(event_target_value(&ev))>
                    {RELATION_TYPES.iter().map(|t| view! { <option value=*t>{*t}</option> }).collect_view()}
                </select>
                <select aria-label="Other actor" data-testid="relation-other" on:change=move |ev| rel_other.set(event_target_value(&ev))>
                    <option value="">"with…"</option>{other_options2}
                </select>
                <button class="small" data-testid="add-relation" on:click=add_rel>"Add relation"</button>
            </div>
            <div class="form-row"><button class="small danger" data-testid="delete-actor" on:click=delete>"Delete actor"</button></div>
        </details>
    }
    .into_any()
}

/// Retype or delete one relation.
#[component]
pub fn RelationTools(
    /// One actor's name.
    a: String,
    /// The other actor's name.
    b: String,
    /// The relation type.
    kind: String,
    /// The other actor's link, between the type and the delete button
    /// ("opposes ▾ Hamas ×").
    children: Children,
) -> impl IntoView {
    let atlas = use_atlas();
    let (k1, a1, b1) = (kind.clone(), a.clone(), b.clone());
    let (k2, a2, b2) = (kind.clone(), a.clone(), b.clone());
    // Named after its pair, so each list row's controls are told apart (and
    // the focus finds its way back to this row after a retype).
    let type_label = format!("Type of the relation {a} — {b}");
    let delete_label = format!("Delete the relation {a} — {b}");
    view! {
        <select class="small" aria-label=type_label data-testid="retype-relation"
            on:change=move |ev| correct_here(&atlas, Op::RetypeRelation { a: a1.clone(), b: b1.clone(), from: k1.clone(), to: event_target_value(&ev) })>
            {RELATION_TYPES.iter().map(|t| view! { <option value=*t selected=*t == kind>{*t}</option> }).collect_view()}
        </select>
        {children()}
        <button class="ghost small danger" title="Delete this relation" aria-label=delete_label data-testid="delete-relation"
            on:click=move |_| correct_here(&atlas, Op::DeleteRelation { a: a2.clone(), b: b2.clone(), kind: k2.clone() })>"×"</button>
    }
}

/// Edit a place: gazetteer candidates, coordinates, a click on the map, delete.
#[component]
pub fn PlaceEditor(
    /// The place id.
    id: String,
) -> impl IntoView {
    let atlas = use_atlas();
    let selection = use_selection();
    let pick = expect_context::<PickOnMap>();
    let editor_open = expect_context::<EditorOpen>();
    let my_sel = Sel::Place(id.clone());
    let Some(p) = atlas.analysis.with_untracked(|a| place(a, &id).cloned()) else {
        return ().into_any();
    };
    let name = p.name.clone();
    let query = RwSignal::new(p.name.clone());
    let found = RwSignal::new(Vec::<Candidate>::new());
    let searching = RwSignal::new(false);
    let lat = RwSignal::new(p.lat.map(|v| format!("{v:.4}")).unwrap_or_default());
    let lon = RwSignal::new(p.lon.map(|v| format!("{v:.4}")).unwrap_or_default());
    let search = move |_| {
        let q = query.get_untracked();
        searching.set(true);
        leptos::task::spawn_local(async move {
            let answer =
                analyze_in_worker(serde_json::to_string(&Search { search: q }).unwrap_or_default())
                    .await;
            found.set(serde_json::from_str(&answer).unwrap_or_default());
            searching.set(false);
        });
    };
    let n1 = name.clone();
    let set_coords = move |_| match (
        lat.get_untracked().trim().parse::<f64>(),
        lon.get_untracked().trim().parse::<f64>(),
    ) {
        (Ok(la), Ok(lo)) if (-90.0..=90.0).contains(&la) && (-180.0..=180.0).contains(&lo) => atlas
            .correct(Op::SetPlace {
                place: n1.clone(),
                name: None,
                kind: None,
                country: None,
                lat: la,
                lon: lo,
            }),
        _ => atlas.notice.set(Some(
            "Coordinates must be a latitude (−90…90) and a longitude (−180…180).".into(),
        )),
    };
    let n2 = name.clone();
    let n3 = name.clone();
    let candidates = move || {
        found
            .get()
            .into_iter()
            .map(|c| {
                let n = n2.clone();
                let label = format!("{} · {} · {} ({:.2}, {:.2})", c.name, c.kind, c.country, c.lat, c.lon);
                view! {
                    <li><button class="link" data-testid="gazetteer-candidate" on:click=move |_| correct_here(&atlas, Op::SetPlace { place: n.clone(), name: Some(c.name.clone()), kind: Some(c.kind.clone()), country: Some(c.country.clone()), lat: c.lat, lon: c.lon })>{label}</button></li>
                }
            })
            .collect_view()
    };
    view! {
        <details class="editor" data-testid="place-editor" prop:open={ let s = my_sel.clone(); move || editor_open.is_open(&s) } on:toggle=on_toggle(editor_open, my_sel)>
            <summary>"Correct this place"</summary>
            <div class="form-row">
                <input aria-label="Search the gazetteer" prop:value=move || query.get() on:input:target=move |ev| query.set(ev.target().value()) />
                <button class="small" data-testid="gazetteer-search" on:click=search>{move || if searching.get() { "Searching…" } else { "Search gazetteer" }}</button>
            </div>
            <ul class="plain small">{candidates}</ul>
            <div class="form-row">
                <label>"Lat " <input class="mid" prop:value=move || lat.get() on:input:target=move |ev| lat.set(ev.target().value()) /></label>
                <label>"Lon " <input class="mid" prop:value=move || lon.get() on:input:target=move |ev| lon.set(ev.target().value()) /></label>
                <button class="small" on:click=set_coords>"Set"</button>
            </div>
            <div class="form-row">
                <button class="small" data-testid="place-pick-on-map" class:on=move || pick.0.get().is_some()
                    on:click=move |_| pick.0.set(Some(n3.clone()))>"Click the map to place it"</button>
                <button class="small danger" on:click=move |_| { correct_here(&atlas, Op::DeletePlace { place: name.clone() }); selection.clear(); }>"Delete place"</button>
            </div>
        </details>
    }
    .into_any()
}

/// A fresh element id for an inline field error.
fn next_error_id() -> String {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static N: AtomicUsize = AtomicUsize::new(0);
    format!("field-error-{}", N.fetch_add(1, Ordering::Relaxed))
}

/// The error of a field, shown right under it (text only, never markup).
fn field_error(err: RwSignal<Option<String>>, id: String) -> impl IntoView {
    let node = NodeRef::<leptos::html::P>::new();
    // Bring the message into view inside the scrolling detail panel.
    Effect::new(move |_| {
        if let Some(el) = node.get() {
            let opts = web_sys::ScrollIntoViewOptions::new();
            opts.set_block(web_sys::ScrollLogicalPosition::Nearest);
            el.scroll_into_view_with_scroll_into_view_options(&opts);
        }
    });
    move || {
        err.get().map(|msg| {
            view! { <p class="field-error" role="alert" id=id.clone() data-testid="field-error" node_ref=node>{msg}</p> }
        })
    }
}

/// Edit an event: type, date, place, actors, delete.
#[component]
pub fn EventEditor(
    /// The event id.
    id: String,
) -> impl IntoView {
    let atlas = use_atlas();
    let selection = use_selection();
    let editor_open = expect_context::<EditorOpen>();
    let my_sel = Sel::Event(id.clone());
    let (e, places, actors, ids) = atlas.analysis.with_untracked(|a| {
        let places: Vec<String> = a.places.iter().map(|p| p.name.clone()).collect();
        let actors: Vec<String> = a.actors.iter().map(|x| x.name.clone()).collect();
        (event(a, &id).cloned(), places, actors, ())
    });
    let _ = ids;
    let Some(e) = e else { return ().into_any() };
    let Some(key) = atlas
        .raw
        .with_untracked(|r| event_key(&r.analysis, &e, &r.ids))
    else {
        return ().into_any();
    };
    let date = RwSignal::new(e.date.clone().unwrap_or_default());
    let add_actor = RwSignal::new(String::new());
    let add_role = RwSignal::new("source".to_string());
    let current: Vec<(String, String)> = atlas.analysis.with_untracked(|a| {
        e.actors
            .iter()
            .filter_map(|p| actor(a, &p.actor).map(|x| (x.name.clone(), p.role.clone())))
            .collect()
    });
    let (k1, k2, k3, k4, k5) = (
        key.clone(),
        key.clone(),
        key.clone(),
        key.clone(),
        key.clone(),
    );
    let date_err = RwSignal::new(None::<String>);
    let date_err_id = next_error_id();
    let date_err_id2 = date_err_id.clone();
    let set_date = move |_| match check_date(&date.get_untracked(), true, false) {
        Ok(v) => {
            date_err.set(None);
            correct_here(
                &atlas,
                Op::SetEventDate {
                    event: k2.clone(),
                    date: v,
                },
            );
        }
        Err(msg) => date_err.set(Some(msg)),
    };
    let cur2 = current.clone();
    let add = move |_| {
        let n = add_actor.get_untracked();
        if !n.is_empty() {
            let mut list = cur2.clone();
            list.push((n, add_role.get_untracked()));
            correct_here(
                &atlas,
                Op::SetEventActors {
                    event: k4.clone(),
                    actors: list,
                },
            );
        }
    };
    let chips = current
        .iter()
        .cloned()
        .enumerate()
        .map(|(i, (n, role))| {
            let k = key.clone();
            let cur = current.clone();
            view! {
                <span class="chip">{format!("{n} · {role}")}
                    <button class="chip-x" aria-label=format!("Remove {n} ({role}) from this event") on:click=move |_| {
                        let mut list = cur.clone();
                        list.remove(i);
                        correct_here(&atlas, Op::SetEventActors { event: k.clone(), actors: list });
                    }>"×"</button>
                </span>
            }
        })
        .collect_view();
    let current_place = e
        .place
        .as_deref()
        .and_then(|p| {
            atlas
                .analysis
                .with_untracked(|a| place(a, p).map(|p| p.name.clone()))
        })
        .unwrap_or_default();
    view! {
        <details class="editor" data-testid="event-editor" prop:open={ let s = my_sel.clone(); move || editor_open.is_open(&s) } on:toggle=on_toggle(editor_open, my_sel)>
            <summary>"Correct this event"</summary>
            <div class="form-row">
                <label>"Type " <select data-testid="event-type" on:change=move |ev| correct_here(&atlas, Op::SetEventType { event: k1.clone(), kind: event_target_value(&ev) })>
                    {atlas_engine::model::EVENT_TYPES.iter().map(|t| view! { <option value=*t selected=*t == e.kind title=*t>{crate::layout::colors::event_type_label(t)}</option> }).collect_view()}
                </select></label>
            </div>
            <div class="form-row">
                <label>"Date " <input data-testid="edit-date" class="mid" placeholder="2024-12-03" prop:value=move || date.get()
                    aria-invalid=move || date_err.with(|e| e.is_some().then_some("true"))
                    aria-describedby=move || date_err.with(|e| e.is_some().then(|| date_err_id.clone()))
                    on:input:target=move |ev| { let v = ev.target().value(); if date_err.with_untracked(|e| e.is_some()) && check_date(&v, true, false).is_ok() { date_err.set(None); } date.set(v); } /></label>
                <button class="small" data-testid="save-date" on:click=set_date>"Set"</button>
            </div>
            {field_error(date_err, date_err_id2)}
            <div class="form-row">
                <label>"Place " <select data-testid="event-place" on:change=move |ev| { let v = event_target_value(&ev); correct_here(&atlas, Op::SetEventPlace { event: k3.clone(), place: (!v.is_empty()).then_some(v) }) }>
                    <option value="" selected=current_place.is_empty()>"none"</option>
                    {places.into_iter().map(|p| { let sel = p == current_place; let v = p.clone(); view! { <option value=v selected=sel>{p}</option> } }).collect_view()}
                </select></label>
            </div>
            <div class="form-row wrap">{chips}</div>
            <div class="form-row">
                <select aria-label="Actor" on:change=move |ev| add_actor.set(event_target_value(&ev))>
                    <option value="">"Add actor…"</option>
                    {actors.into_iter().map(|n| { let v = n.clone(); view! { <option value=v>{n}</option> } }).collect_view()}
                </select>
                <select aria-label="Role" on:change=move |ev| add_role.set(event_target_value(&ev))>
                    {["source", "target", "supporter", "reporter"].iter().map(|r| view! { <option value=*r>{*r}</option> }).collect_view()}
                </select>
                <button class="small" on:click=add>"Add"</button>
            </div>
            <div class="form-row"><button class="small danger" data-testid="delete-event" on:click=move |_| { correct_here(&atlas, Op::DeleteEvent { event: k5.clone() }); selection.clear(); }>"Delete event"</button></div>
        </details>
    }
    .into_any()
}

/// Edit a time expression's value.
#[component]
pub fn TimeEditor(
    /// The document id.
    doc: String,
    /// The expression's start offset.
    start: usize,
) -> impl IntoView {
    let atlas = use_atlas();
    let Some(t) = atlas.raw.with_untracked(|r| {
        r.analysis
            .times
            .iter()
            .find(|t| t.doc == doc && t.start == start)
            .cloned()
    }) else {
        return ().into_any();
    };
    let Some(dispatch) = atlas.dispatch_of_doc(&doc) else {
        return ().into_any();
    };
    let value = RwSignal::new(atlas.analysis.with_untracked(|a| {
        a.times
            .iter()
            .find(|x| x.doc == doc && x.start == start)
            .map(|x| x.value.to_string())
            .unwrap_or_default()
    }));
    let key = SpanKey {
        dispatch,
        start,
        text: t.text.to_string(),
    };
    let err = RwSignal::new(None::<String>);
    let err_id = next_error_id();
    let err_id2 = err_id.clone();
    let save = move |_| match check_date(&value.get_untracked(), false, true) {
        Ok(v) => {
            err.set(None);
            correct_here(
                &atlas,
                Op::SetTime {
                    time: key.clone(),
                    value: v.unwrap_or_default(),
                },
            );
        }
        Err(msg) => err.set(Some(msg)),
    };
    view! {
        <div class="editor-inline form-row">
            <input data-testid="edit-date" class="mid" aria-label="Date" prop:value=move || value.get()
                aria-invalid=move || err.with(|e| e.is_some().then_some("true"))
                aria-describedby=move || err.with(|e| e.is_some().then(|| err_id.clone()))
                on:input:target=move |ev| { let v = ev.target().value(); if err.with_untracked(|e| e.is_some()) && check_date(&v, false, true).is_ok() { err.set(None); } value.set(v); } />
            <button class="small" data-testid="save-date" on:click=save>"Set date"</button>
        </div>
        {field_error(err, err_id2)}
    }
    .into_any()
}

/// Adds an event from the sentence around the text the user selected in the source view.
pub fn add_event_from_selection(doc_id: &str) -> Result<(), String> {
    let atlas = use_atlas();
    let selected = web_sys::window()
        .and_then(|w| w.get_selection().ok().flatten())
        .and_then(|s| s.to_string().as_string())
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .ok_or("Select some words of a sentence in the source text first.")?;
    let dispatch = atlas
        .dispatch_of_doc(doc_id)
        .ok_or("This dispatch is still being analysed.")?;
    let text = atlas
        .raw
        .with_untracked(|r| {
            r.analysis
                .documents
                .iter()
                .find(|d| d.id == doc_id)
                .map(|d| d.text.clone())
        })
        .ok_or("This dispatch is still being analysed.")?;
    let at = text
        .find(&selected)
        .ok_or("The selection is not inside this dispatch's text.")?;
    let (s, e) = sentence_around(&text, at, at + selected.len());
    let sentence = text.get(s..e).unwrap_or("").to_string();
    // the sentence's date, else the dispatch's (as for present-tense reporting)
    let date = atlas.analysis.with_untracked(|a| {
        a.times
            .iter()
            .find(|t| t.doc == doc_id && t.start >= s && t.end <= e && t.kind == "date")
            .map(|t| t.value.to_string())
            .or_else(|| {
                a.documents
                    .iter()
                    .find(|d| d.id == doc_id)
                    .and_then(|d| d.dct.as_deref().map(str::to_string))
            })
    });
    // the first actor named acts, the others are its targets (the form
    // opened below corrects either)
    let actors: Vec<(String, String)> = atlas.analysis.with_untracked(|a| {
        let mut named: Vec<(usize, String)> = a
            .actors
            .iter()
            .filter_map(|x| {
                x.mentions
                    .iter()
                    .filter(|m| m.doc == doc_id && m.start >= s && m.end <= e)
                    .map(|m| m.start)
                    .min()
                    .map(|at| (at, x.name.clone()))
            })
            .collect();
        named.sort();
        named
            .into_iter()
            .enumerate()
            .map(|(i, (_, n))| (n, if i == 0 { "source" } else { "target" }.to_string()))
            .collect()
    });
    let label = short_label(&selected, 48);
    atlas.correct(Op::AddEvent {
        evidence: SpanKey {
            dispatch,
            start: s,
            text: sentence,
        },
        end: e,
        kind: "ASSAULT".into(),
        label: label.clone(),
        date,
        actors,
        place: None,
    });
    // show what was made: the new event selected, its form open
    let added = atlas.analysis.with_untracked(|a| {
        a.events
            .iter()
            .rev()
            .find(|ev| ev.evidence.doc == doc_id && ev.evidence.start == s && ev.label == label)
            .map(|ev| ev.id.to_string())
    });
    if let Some(id) = added {
        use_selection().set(Sel::Event(id.clone()));
        if let Some(editor) = use_context::<EditorOpen>() {
            editor.open(Sel::Event(id));
        }
    }
    Ok(())
}

/// `text` cut to at most `max` characters at a word's end, "…" marking the cut.
pub fn short_label(text: &str, max: usize) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= max {
        return text;
    }
    let mut out = String::new();
    for w in text.split(' ') {
        let len = out.chars().count() + usize::from(!out.is_empty()) + w.chars().count();
        if len > max.saturating_sub(1) {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    if out.is_empty() {
        out = text.chars().take(max.saturating_sub(1)).collect();
    }
    out.push('…');
    out
}

/// The byte range of the sentence around `[s, e)` (ends at . ! ? or a newline).
pub fn sentence_around(text: &str, s: usize, e: usize) -> (usize, usize) {
    let is_end = |c: char| matches!(c, '.' | '!' | '?' | '\n');
    let start = text
        .get(..s)
        .and_then(|t| t.rfind(is_end).map(|i| i + 1))
        .unwrap_or(0);
    let end = text
        .get(e..)
        .and_then(|t| t.find(is_end).map(|i| e + i + 1))
        .unwrap_or(text.len())
        .min(text.len());
    let mut st = start;
    while st < end && text[st..].starts_with(char::is_whitespace) {
        st += text[st..].chars().next().map(char::len_utf8).unwrap_or(1);
    }
    (st, end)
}

#[cfg(test)]
mod tests {
    #[test]
    fn short_label_cuts_at_a_word_end() {
        use super::short_label;
        assert_eq!(short_label("  accused   Rwanda ", 48), "accused Rwanda");
        let long =
            "accused Rwanda of invading Congolese territory, while the Rwandan government denied";
        let l = short_label(long, 48);
        assert_eq!(l, "accused Rwanda of invading Congolese territory,…");
        assert!(l.chars().count() <= 48);
        assert_eq!(
            short_label("Ein-sehr-langes-Wort-ohne-Leerzeichen", 10),
            "Ein-sehr-…"
        );
    }

    use super::sentence_around;

    #[test]
    fn sentence_bounds() {
        let t = "Erster Satz. Die Rebellen eroberten Aleppo. Dritter";
        let at = t.find("Rebellen").unwrap();
        let (s, e) = sentence_around(t, at, at + 8);
        assert_eq!(&t[s..e], "Die Rebellen eroberten Aleppo.");
        let (s, e) = sentence_around(t, t.len() - 3, t.len());
        assert_eq!(&t[s..e], "Dritter");
    }
}
