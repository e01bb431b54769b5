//! The geographic map: where the events took place, on an offline basemap.

use std::sync::{Arc, OnceLock};

use leptos::prelude::*;

use crate::components::app::{Maximised, Ui, ViewInput, ViewInputs};
use crate::components::util::{place, time_words};
use crate::layout::basemap::{parse, Basemap};
use crate::layout::geo::{
    fit_places, marker_boxes, marker_radius, markers, place_country_labels, points, story_places,
};
use crate::layout::projection::{project_deg, Viewport};
use crate::layout::time::{interval, play_frames};
use crate::state::atlas::use_atlas;
use crate::state::filters::use_filters;
use crate::state::selection::{use_selection, Sel};

/// The 110m world basemap, embedded so the map draws offline at once.
const WORLD_110M: &str = include_str!("../../public/basemap/world-110m.json");

struct Prepared {
    map: Basemap,
    paths: Vec<(usize, String)>,
}

thread_local! {
    static DETAILED: std::cell::OnceCell<&'static Option<Prepared>> = const { std::cell::OnceCell::new() };
}

/// Zoom level (relative to the whole world) above which the 1:50m shapes are drawn.
const DETAIL_ZOOM: f64 = 3.0;
/// Pixels kept free right of the easternmost marker when fitting: markers
/// put their labels on their right ("Moscow", "14 places").
const LABEL_ROOM: f64 = 80.0;
/// Places a cluster's hover card lists at most.
const MAX_CARD_PLACES: usize = 4;

/// The legend's corner of the map (width, height from the bottom left, at
/// most: six entries in one or two rows), see `.map-legend`.
const MAP_LEGEND: (f64, f64) = (360.0, 50.0);

/// Fetches the 1:50m basemap from the app's own origin (once), then `ready` turns true.
fn load_detailed(ready: RwSignal<bool>) {
    if DETAILED.with(|d| d.get().is_some()) {
        ready.set(true);
        return;
    }
    leptos::task::spawn_local(async move {
        use wasm_bindgen::JsCast;
        let Some(window) = web_sys::window() else {
            return;
        };
        let Ok(resp) = wasm_bindgen_futures::JsFuture::from(
            window.fetch_with_str("./public/basemap/world-50m.json"),
        )
        .await
        else {
            return;
        };
        let Ok(resp) = resp.dyn_into::<web_sys::Response>() else {
            return;
        };
        if !resp.ok() {
            return;
        }
        let Ok(text) = resp.text() else { return };
        let Ok(text) = wasm_bindgen_futures::JsFuture::from(text).await else {
            return;
        };
        let Some(text) = text.as_string() else { return };
        crate::components::util::mark("basemap-fetched");
        let map = parse(&text).ok();
        drop(text);
        crate::components::util::mark("basemap-parsed");
        // reading the shapes and writing their paths are two tasks, not one long one
        gloo::timers::future::TimeoutFuture::new(0).await;
        let prepared: &'static Option<Prepared> = Box::leak(Box::new(map.map(|map| {
            let paths = map.path_data();
            Prepared { map, paths }
        })));
        crate::components::util::mark("basemap-paths");
        DETAILED.with(|d| {
            let _ = d.set(prepared);
        });
        ready.set(true);
    });
}

fn detailed() -> Option<&'static Prepared> {
    DETAILED.with(|d| d.get().and_then(|p| p.as_ref()))
}

fn basemap() -> &'static Option<Prepared> {
    static MAP: OnceLock<Option<Prepared>> = OnceLock::new();
    MAP.get_or_init(|| {
        parse(WORLD_110M).ok().map(|map| {
            let paths = map.path_data();
            Prepared { map, paths }
        })
    })
}

/// The map view.
#[component]
pub fn GeoMap() -> impl IntoView {
    let atlas = use_atlas();
    let selection = use_selection();
    let filters = use_filters();
    let ViewInput { analysis, vis } = expect_context::<ViewInputs>().map;
    let ui = expect_context::<Ui>();
    let editor_open = expect_context::<crate::components::editors::EditorOpen>();
    let size = RwSignal::new((600.0f64, 360.0f64));
    let user_vp = RwSignal::new(None::<Viewport>);
    let panning = RwSignal::new(None::<(f64, f64, Viewport)>);
    let hover = RwSignal::new(None::<(Vec<String>, f64, f64)>);
    let playing = RwSignal::new(false);
    let wrap = NodeRef::<leptos::html::Div>::new();

    crate::components::util::track_size(wrap, size);

    // The filters the view fits to: search, kinds, classes and dispatches,
    // not the time window (brushing and Play leave the view where it is).
    let focus = Memo::new(move |_| {
        let f = filters.0.get();
        let narrowed = crate::state::filters::FilterState { window: None, ..f };
        narrowed.is_active().then_some(narrowed)
    });
    // Fit the data whenever the analysis or those filters change.
    let fitted = Memo::new(move |_| {
        let a = analysis.get();
        let all = match focus.get() {
            Some(f) => {
                let v = crate::state::filters::visible(&a, &f);
                fit_places(&a, Some((&v.events, &v.places)))
            }
            None => fit_places(&a, None),
        };
        let (w, h) = size.get();
        let pts = points(&a, &all);
        if pts.is_empty() {
            Viewport::world(w, h)
        } else {
            Viewport::fit_with_room(&pts, w, h, 40.0, LABEL_ROOM, MAP_LEGEND.1)
        }
    });
    Effect::new(move |_| {
        let _ = analysis.get();
        let _ = focus.get();
        user_vp.set(None);
    });
    let vp = Memo::new(move |_| user_vp.get().unwrap_or_else(|| fitted.get()));
    // The view opens on where events happen; "Fit" shows the story's
    // region: those places and the others the dispatches name near them
    // (see `story_places`).
    let fit_all = move |_| {
        let a = analysis.get_untracked();
        let v = vis.get_untracked();
        let (w, h) = size.get_untracked();
        let ids = story_places(&a, &v.places, &fit_places(&a, Some((&v.events, &v.places))));
        let pts = points(&a, &ids);
        user_vp.set(
            (!pts.is_empty())
                .then(|| Viewport::fit_with_room(&pts, w, h, 40.0, LABEL_ROOM, MAP_LEGEND.1)),
        );
    };
    let shown = Memo::new(move |_| {
        let a = analysis.get();
        let v = vis.get();
        Arc::new(markers(&a, &v.places, &v.events, &vp.get()))
    });

    let local = move |cx: f64, cy: f64| -> (f64, f64) {
        wrap.get_untracked()
            .map(|el| {
                let r = el.get_bounding_client_rect();
                (cx - r.left(), cy - r.top())
            })
            .unwrap_or((cx, cy))
    };
    let zoom_by = move |f: f64, at: Option<(f64, f64)>| {
        let v = vp.get_untracked();
        // (zooming out, the middle: the anchor is for finding the story)
        let (x, y) = at.unwrap_or_else(|| {
            if f > 1.0 {
                shown.with_untracked(|ms| crate::layout::geo::zoom_anchor(ms, v.width, v.height))
            } else {
                (v.width / 2.0, v.height / 2.0)
            }
        });
        user_vp.set(Some(v.zoom_at(x, y, f)));
    };
    let on_wheel = move |ev: leptos::ev::WheelEvent| {
        ev.prevent_default();
        let p = local(ev.client_x() as f64, ev.client_y() as f64);
        zoom_by((-ev.delta_y() * 0.0015).exp(), Some(p));
    };
    let pinch = StoredValue::new(crate::layout::gesture::Pinch::default());
    let on_down = move |ev: leptos::ev::PointerEvent| {
        if ev.button() != 0 {
            return;
        }
        let (lx, ly) = local(ev.client_x() as f64, ev.client_y() as f64);
        pinch.update_value(|p| p.down(ev.pointer_id(), lx, ly));
        panning.set(Some((
            ev.client_x() as f64,
            ev.client_y() as f64,
            vp.get_untracked(),
        )));
        if let Some(t) = ev
            .current_target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
        {
            let _ = t.set_pointer_capture(ev.pointer_id());
        }
    };
    let on_move = move |ev: leptos::ev::PointerEvent| {
        let (lx, ly) = local(ev.client_x() as f64, ev.client_y() as f64);
        let mut pinched = None;
        pinch.update_value(|p| pinched = p.moved(ev.pointer_id(), lx, ly));
        if let Some((f, cx, cy)) = pinched {
            panning.set(None);
            zoom_by(f, Some((cx, cy)));
            return;
        }
        if pinch.with_value(|p| p.active()) {
            return;
        }
        if let Some((sx, sy, v0)) = panning.get_untracked() {
            user_vp.set(Some(
                v0.pan(ev.client_x() as f64 - sx, ev.client_y() as f64 - sy),
            ));
        }
    };
    let pick = expect_context::<crate::components::editors::PickOnMap>();
    let on_up = move |ev: leptos::ev::PointerEvent| {
        pinch.update_value(|p| p.up(ev.pointer_id()));
        let moved = panning.get_untracked().is_some_and(|(sx, sy, _)| {
            (ev.client_x() as f64 - sx).hypot(ev.client_y() as f64 - sy) > 3.0
        });
        panning.set(None);
        if moved {
            return;
        }
        if let Some(name) = pick.0.get_untracked() {
            let (x, y) = local(ev.client_x() as f64, ev.client_y() as f64);
            match vp.get_untracked().invert(x, y) {
                Some((lon, lat)) => {
                    atlas.correct(crate::state::corrections::Op::SetPlace {
                        place: name,
                        name: None,
                        kind: None,
                        country: None,
                        lat,
                        lon,
                    });
                    pick.0.set(None);
                }
                None => atlas.notice.set(Some(
                    "That point is off the map: click on the globe.".into(),
                )),
            }
        }
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let v = vp.get_untracked();
        let next = match ev.key().as_str() {
            "ArrowLeft" => v.pan(40.0, 0.0),
            "ArrowRight" => v.pan(-40.0, 0.0),
            "ArrowUp" => v.pan(0.0, 40.0),
            "ArrowDown" => v.pan(0.0, -40.0),
            "+" | "=" => v.zoom_at(v.width / 2.0, v.height / 2.0, 1.5),
            "-" | "_" => v.zoom_at(v.width / 2.0, v.height / 2.0, 1.0 / 1.5),
            _ => return,
        };
        ev.prevent_default();
        user_vp.set(Some(next));
    };

    // Play: step a window (a day, month or year: see `play_frames`) from
    // one told moment to the next, skipping the time in between.
    let play_handle = StoredValue::new_local(None::<gloo::timers::callback::Interval>);
    // Stop (or the last frame) ends the play: the time window set before
    // it comes back
    let before_play = StoredValue::new(None::<(f64, f64)>);
    let stop = move || {
        playing.set(false);
        play_handle.set_value(None);
        filters.0.update(|f| f.window = before_play.get_value());
    };
    let play = move |_| {
        if playing.get_untracked() {
            stop();
            return;
        }
        let a = analysis.get_untracked();
        let spans: Vec<(f64, f64)> = a
            .events
            .iter()
            .filter_map(|e| e.date.as_deref().and_then(interval))
            .map(|(s, t, _)| (s, t))
            .collect();
        let frames = play_frames(&spans);
        let Some(&first) = frames.first() else {
            return;
        };
        let cursor = StoredValue::new(0usize);
        before_play.set_value(filters.0.with_untracked(|f| f.window));
        playing.set(true);
        filters.0.update(|f| f.window = Some(first));
        let handle = gloo::timers::callback::Interval::new(900, move || {
            let next = cursor.get_value() + 1;
            let Some(&w) = frames.get(next) else {
                stop();
                return;
            };
            cursor.set_value(next);
            filters.0.update(|f| f.window = Some(w));
        });
        play_handle.set_value(Some(handle));
    };

    let detail_ready = RwSignal::new(false);
    let want_detail = Memo::new(move |_| vp.get().zoom_level() > DETAIL_ZOOM);
    Effect::new(move |_| {
        if want_detail.get() {
            load_detailed(detail_ready);
        }
    });
    let base_transform = move || {
        let v = vp.get();
        format!("translate({:.2},{:.2}) scale({:.4})", v.tx, v.ty, v.k)
    };
    // The shapes depend on the data and the level of detail only; panning and
    // zooming change one transform.
    let base = move || {
        let use_detail = want_detail.get() && detail_ready.get();
        let chosen = if use_detail {
            detailed()
        } else {
            basemap().as_ref()
        };
        let Some(prep) = chosen else {
            return view! { <g></g> }.into_any();
        };
        let sel_countries: Vec<String> = analysis.with(|a| {
            a.places
                .iter()
                .filter(|p| {
                    p.kind == "country"
                        && a.events
                            .iter()
                            .any(|e| e.place.as_deref() == Some(p.id.as_str()))
                })
                .filter_map(|p| p.country.as_deref().map(str::to_string))
                .collect()
        });
        let paths = prep
            .paths
            .iter()
            .map(|(i, d)| {
                let c = &prep.map.countries[*i];
                let active = c.iso2.as_ref().is_some_and(|iso| sel_countries.contains(iso));
                view! { <path d=d.clone() class="country" class:active=active vector-effect="non-scaling-stroke"><title>{c.name.clone()}</title></path> }
            })
            .collect_view();
        view! { <g class="basemap" data-detail=if use_detail { "50m" } else { "110m" } transform=base_transform>{paths}</g> }.into_any()
    };
    let country_labels = move || {
        let v = vp.get();
        let Some(prep) = basemap().as_ref() else {
            return Vec::new();
        };
        let zoom = v.zoom_level();
        // Names keep clear of the pins, their labels and the legend box
        // (bottom left).
        let mut taken = shown.with(|m| marker_boxes(m));
        taken.push((
            0.0,
            v.height - MAP_LEGEND.1,
            MAP_LEGEND.0.min(v.width),
            v.height,
        ));
        if zoom <= 1.2 {
            return Vec::new();
        }
        let candidates: Vec<(String, f64, f64, f64)> = prep
            .map
            .countries
            .iter()
            .filter_map(|c| {
                let (w, h) = ((c.bbox.2 - c.bbox.0) * v.k, (c.bbox.3 - c.bbox.1) * v.k);
                let (x, y) = v.project(c.label.0, c.label.1);
                (w.max(h) > 60.0).then(|| (c.name.clone(), x, y, w * h))
            })
            .collect();
        place_country_labels(&candidates, &taken, v.width, v.height)
            .into_iter()
            .map(|(name, x, y)| view! { <text class="country-label" x=x y=y>{name}</text> })
            .collect::<Vec<_>>()
    };
    let marks = move || {
        let sel = selection.0.get();
        let a = analysis.get();
        shown
            .get()
            .iter()
            .cloned()
            .map(|m| {
                let selected = match &sel {
                    Some(Sel::Place(p)) => m.places.contains(p),
                    Some(Sel::Event(e)) => a.events.iter().any(|x| &x.id == e && x.place.as_ref().is_some_and(|p| m.places.contains(p))),
                    Some(Sel::Actor(x)) => a.events.iter().any(|e| e.actors.iter().any(|p| &p.actor == x) && e.place.as_ref().is_some_and(|p| m.places.contains(p))),
                    _ => false,
                };
                let r = marker_radius(m.count, m.reporting);
                let color = m.class.map(|c| c.color()).unwrap_or("#6b7785");
                let first = m.places[0].clone();
                let n = m.places.len();
                let (mx, my) = (m.x, m.y);
                let act = move || {
                    if n > 1 {
                        let v = vp.get_untracked();
                        user_vp.set(Some(v.zoom_at(mx, my, 3.0)));
                    } else {
                        selection.toggle(Sel::Place(first.clone()));
                    }
                };
                let key_act = act.clone();
                let click = move |ev: leptos::ev::MouseEvent| {
                    ev.stop_propagation();
                    act();
                };
                // Enter or Space on a focused marker does what a click does
                let key = move |ev: leptos::ev::KeyboardEvent| {
                    if matches!(ev.key().as_str(), "Enter" | " ") {
                        ev.prevent_default();
                        key_act();
                    }
                };
                let hover_ids = m.places.clone();
                let ctx_id = m.places[0].clone();
                let context = move |ev: leptos::ev::MouseEvent| crate::components::editors::context_edit(&ev, selection, editor_open, Sel::Place(ctx_id.clone()));
                view! {
                    <g class="marker" class:reporting=m.reporting class:approx=m.approx class:selected=selected data-testid="map-marker"
                        data-place=m.places.join(" ") data-lat=format!("{:.4}", m.lat) data-lon=format!("{:.4}", m.lon)
                        data-count=m.count.to_string() data-reporting=m.reporting.to_string() data-approx=m.approx.to_string() data-selected=selected.to_string()
                        data-x=format!("{:.1}", m.x) data-y=format!("{:.1}", m.y)
                        tabindex="0" role="button" aria-label=if m.approx { format!("{} (approximate location)", m.label) } else { m.label.clone() }
                        on:click=click on:keydown=key on:contextmenu=context on:pointerdown=|ev: leptos::ev::PointerEvent| ev.stop_propagation()
                        on:mouseenter=move |_| hover.set(Some((hover_ids.clone(), mx, my))) on:mouseleave=move |_| hover.set(None)>
                        {if m.reporting {
                            view! { <rect x=m.x - r y=m.y - r width=2.0 * r height=2.0 * r transform=format!("rotate(45 {} {})", m.x, m.y) class="pin reporting-pin"></rect> }.into_any()
                        } else {
                            view! { <circle cx=m.x cy=m.y r=r fill=color class="pin"></circle> }.into_any()
                        }}
                        // the number of events, as the pin's size (the label names the places)
                        {(m.count > 1).then(|| view! { <text class="pin-count" x=m.x y=m.y + 4.0>{m.count}</text> })}
                        {m.show_label.then(|| if m.label_left {
                            view! { <text class="pin-label" text-anchor="end" x=m.x - r - 3.0 y=m.y + 4.0>{m.label.clone()}</text> }
                        } else {
                            view! { <text class="pin-label" text-anchor="start" x=m.x + r + 3.0 y=m.y + 4.0>{m.label.clone()}</text> }
                        })}
                    </g>
                }
            })
            .collect_view()
    };
    let card = move || {
        hover.get().map(|(ids, x, y)| {
            let a = analysis.get();
            let v = vis.get();
            // a cluster lists its first places and says how many more
            let more = ids.len().saturating_sub(MAX_CARD_PLACES);
            let per_place = if ids.len() > 1 { 2 } else { 6 };
            let rows = ids
                .iter()
                .take(MAX_CARD_PLACES)
                .filter_map(|id| place(&a, id))
                .map(|p| {
                    let evs: Vec<String> = a
                        .events
                        .iter()
                        .filter(|e| e.place.as_deref() == Some(p.id.as_str()) && v.events.contains(&e.id))
                        .map(|e| format!("{} · {}", e.date.as_deref().map(time_words).unwrap_or_else(|| "undated".into()), e.label))
                        .collect();
                    let near = p.near.as_deref().and_then(|n| place(&a, n)).map(|n| view! {
                        <div class="muted small">{format!("Location approximate: placed {}", crate::layout::geo::placed_by_words(p, n))}</div>
                    });
                    view! {
                        <div><strong>{p.name.clone()}</strong>{p.reporting.then_some(" · dateline (reporting place)")}{near}
                            <ul class="plain small">{evs.into_iter().take(per_place).map(|s| view! { <li>{s}</li> }).collect_view()}</ul></div>
                    }
                })
                .collect_view();
            let (w, h) = size.get_untracked();
            // on the side of the pin with more room, never beyond the map
            let (top, bottom, room) = if y > h / 2.0 {
                ("auto".to_string(), format!("{}px", (h - y + 10.0).max(0.0)), y - 16.0)
            } else {
                (format!("{}px", y + 10.0), "auto".to_string(), h - y - 16.0)
            };
            view! {
                <div class="hover-card map-card" data-testid="map-hover-card" style:left=format!("{}px", (x + 14.0).min(w - 260.0).max(0.0)) style:top=top style:bottom=bottom
                    style:max-height=format!("{}px", room.max(60.0))>
                    {rows}
                    {(more > 0).then(|| view! { <div class="muted small">{format!("+{more} more places: click to zoom in")}</div> })}
                </div>
            }
        })
    };
    let is_max = move || ui.maximised.get() == Some(Maximised::Map);
    let graticule = {
        let mut d = String::new();
        for lon in (-180..=180).step_by(30) {
            for (i, lat) in (-90..=90).step_by(5).enumerate() {
                let (x, y) = project_deg(lon as f64, lat as f64);
                d.push_str(&format!(
                    "{}{:.3} {:.3}",
                    if i == 0 { "M" } else { "L" },
                    x,
                    -y
                ));
            }
        }
        for lat in (-60..=60).step_by(30) {
            for (i, lon) in (-180..=180).step_by(5).enumerate() {
                let (x, y) = project_deg(lon as f64, lat as f64);
                d.push_str(&format!(
                    "{}{:.3} {:.3}",
                    if i == 0 { "M" } else { "L" },
                    x,
                    -y
                ));
            }
        }
        view! { <path class="graticule" d=d transform=base_transform vector-effect="non-scaling-stroke"></path> }
    };
    view! {
        <div class="view-head">
            <span class="pane-title">"Map"</span>
            <div class="tools">
                <button class="icon" data-testid="map-zoom-in" title="Zoom in" on:click=move |_| zoom_by(1.8, None)>"+"</button>
                <button class="icon" data-testid="map-zoom-out" title="Zoom out" on:click=move |_| zoom_by(1.0 / 1.8, None)>"−"</button>
                <button class="small" data-testid="map-fit" title="Fit the places of the story: where events happen and the places named near them" on:click=fit_all>"Fit"</button>
                <button class="small" data-testid="map-world" title="Whole world" on:click=move |_| { let (w, h) = size.get_untracked(); user_vp.set(Some(Viewport::world(w, h))) }>"World"</button>
                <button class="small" data-testid="map-play" class:on=move || playing.get() title="Step through time" on:click=play>
                    {move || if playing.get() { view! { {crate::components::icons::stop()}" Stop" }.into_any() } else { view! { {crate::components::icons::play()}" Play" }.into_any() }}</button>
                <button class="icon" data-testid="map-maximise" title=move || if is_max() { "Restore" } else { "Maximise" } aria-label=move || if is_max() { "Restore" } else { "Maximise" }
                    on:click=move |_| ui.maximised.update(|m| *m = if *m == Some(Maximised::Map) { None } else { Some(Maximised::Map) })>
                    {move || if is_max() { crate::components::icons::restore().into_any() } else { crate::components::icons::maximise().into_any() }}</button>
            </div>
        </div>
        <div class="map-wrap" class:picking=move || pick.0.get().is_some() node_ref=wrap tabindex="0" on:keydown=on_key aria-label="Map: drag to pan, wheel or +/− to zoom">
            {move || pick.0.get().map(|n| view! { <div class="pick-hint" data-testid="pick-hint">{format!("Click the map where “{n}” is · Esc cancels")}</div> })}
            <svg class="geo" data-testid="geo-map" width=move || size.get().0 height=move || size.get().1
                data-k=move || format!("{:.6}", vp.get().k) data-tx=move || format!("{:.3}", vp.get().tx) data-ty=move || format!("{:.3}", vp.get().ty)
                data-zoom=move || format!("{:.3}", vp.get().zoom_level())
                on:wheel=on_wheel on:pointerdown=on_down on:pointermove=on_move on:pointerup=on_up on:pointercancel=on_up>
                <rect class="sea" x="0" y="0" width=move || size.get().0 height=move || size.get().1></rect>
                {graticule}
                {base}
                <g class="country-labels">{country_labels}</g>
                <g class="markers">{marks}</g>
            </svg>
            {card}
            <div class="map-legend small" data-testid="map-legend" title="A pin's colour: the kind of most events there; its number and size: how many events">
                {crate::layout::colors::EventClass::ALL.map(|c| view! {
                    <span data-testid="map-legend-class" title=format!("{}: {}", c.label(), c.members())><svg width="12" height="12"><circle cx="6" cy="6" r="5" fill=c.color()></circle></svg>" "{c.label().split(' ').next().unwrap_or("")}</span>
                })}
                <span><svg width="12" height="12"><circle cx="6" cy="6" r="5" fill="#6b7785"></circle></svg>" no event"</span>
                <span><svg width="12" height="12"><rect x="2" y="2" width="8" height="8" transform="rotate(45 6 6)" class="pin reporting-pin"></rect></svg>" dateline"</span>
                {move || analysis.with(|a| a.places.iter().any(|p| p.near.is_some())).then(|| view! {
                    <span data-testid="map-legend-approx" title="A village or camp the gazetteer does not hold, placed by the town the text locates it by (at it, or at the distance and direction the text gives)">
                        <svg width="12" height="12"><circle cx="6" cy="6" r="4.5" fill="#6b7785" class="pin legend-approx"></circle></svg>" approximate"</span>
                })}
            </div>
        </div>
    }
}
