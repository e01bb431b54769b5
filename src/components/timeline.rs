//! The interactive timeline: lanes of events on a zoomable time axis.

use std::collections::HashSet;

use leptos::prelude::*;

use crate::components::app::{Maximised, Ui, ViewInput, ViewInputs};
use crate::components::util::{
    actor, date_explanation, event, event_actor_names, place, pretty_date,
};
use crate::layout::colors::event_type_label;
use crate::layout::colors::EventClass;
use crate::layout::time::{ticks, TimeScale};
use crate::layout::timeline::{
    describe_mark, extent, fit_title, focus, gutter as gutter_for, hit, lane_heads_among,
    lane_title, lay_out_among, links as timeline_links, outside, LaneMode, Mark, TimelineLayout,
    DENSE_MARKS, TITLE_BASELINE, TITLE_X,
};
use crate::state::filters::use_filters;
use crate::state::selection::{use_selection, Sel};

/// Height of the axis.
const AXIS_H: f64 = 26.0;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Drag {
    Pan { x0: f64 },
    Brush { x0: f64, x1: f64 },
}

/// The timeline view.
#[component]
pub fn Timeline() -> impl IntoView {
    let selection = use_selection();
    let filters = use_filters();
    let ViewInput { analysis, vis } = expect_context::<ViewInputs>().timeline;
    let ui = expect_context::<Ui>();
    let editor_open = expect_context::<crate::components::editors::EditorOpen>();
    let mode = RwSignal::new(LaneMode::Actor);
    // Lanes the user opened or closed against their default (see `OPEN_LANES`).
    let toggled = RwSignal::new(HashSet::<String>::new());
    let size = RwSignal::new((900.0f64, 200.0f64));
    let width = Signal::derive(move || size.get().0);
    let user_scale = RwSignal::new(None::<TimeScale>);
    let drag = RwSignal::new(None::<Drag>);
    let drag_dx = RwSignal::new(0.0f64);
    let hover = RwSignal::new(None::<(String, f64, f64)>);
    // A cluster of one day's events that zooming cannot split, listed where
    // it was clicked: (event ids, x, y).
    let cluster = RwSignal::new(None::<(Vec<String>, f64, f64)>);
    let wrap = NodeRef::<leptos::html::Div>::new();

    crate::components::util::track_size(wrap, size);

    // The lane titles' column: as wide as the longest title (measured in
    // the font it is drawn in), within bounds (`layout::timeline::gutter`).
    let title_font = || format!("600 12px {}", crate::components::util::page_font_family());
    let gutter = Memo::new(move |_| {
        let font = title_font();
        let mut titles: Vec<String> = analysis.with(|a| {
            vis.with(|v| lane_heads_among(a, &v.events, Some(&v.actors), mode.get()))
                .into_iter()
                .map(|(label, n)| lane_title(&label, n))
                .collect()
        });
        // The longest by characters are the widest: measuring those is enough.
        titles.sort_unstable_by_key(|t| std::cmp::Reverse(t.chars().count()));
        titles.truncate(32);
        let widths = titles
            .iter()
            .map(|t| crate::components::util::text_width(&font, t));
        gutter_for(widths, width.get())
    });
    let plot_w = move || (width.get() - gutter.get() - 8.0).max(100.0);
    let fitted = Memo::new(move |_| {
        let a = analysis.get();
        let v = vis.get();
        TimeScale::fit(extent(&a, &v.events), 0.0, plot_w())
    });
    // The span the timeline opens on: the news around the dispatches' dates,
    // not decades of background (see `layout::timeline::focus`).
    let focused = Memo::new(move |_| {
        let a = analysis.get();
        let v = vis.get();
        focus(&a, &v.events)
    });
    // A new analysis of the dispatches opens on its focus again; a
    // correction (a deleted or re-dated event) keeps the reader's view.
    let atlas = crate::state::atlas::use_atlas();
    Effect::new(move |_| {
        atlas.raw.track();
        user_scale.set(None);
    });
    let scale = Memo::new(move |_| {
        user_scale
            .get()
            .map(|s| s.with_range(0.0, plot_w()))
            .unwrap_or_else(|| match focused.get() {
                Some((d0, d1)) => TimeScale::new(d0, d1, 0.0, plot_w()),
                None => fitted.get(),
            })
    });
    // Events outside the view, before and after it: the cue that there is more.
    let beyond = Memo::new(move |_| {
        let s = scale.get();
        analysis.with(|a| vis.with(|v| outside(extent(a, &v.events), s.d0, s.d1)))
    });
    let show_all = move || user_scale.set(Some(fitted.get_untracked()));
    let layout = Memo::new(move |_| {
        let a = analysis.get();
        let v = vis.get();
        lay_out_among(
            &a,
            &v.events,
            Some(&v.actors),
            mode.get(),
            &scale.get(),
            &toggled.get(),
        )
    });

    // Thousands of marks go on a canvas; a few hundred stay SVG elements
    // (focusable, with test ids and ARIA labels).
    let dense = Memo::new(move |_| layout.with(|l| l.marks.len() > DENSE_MARKS));
    // The events the selection highlights, found in one pass.
    let selected_events = Memo::new(move |_| {
        let a = analysis.get();
        selection.0.with(|s| -> HashSet<String> {
            match s {
                Some(Sel::Event(e)) => [e.clone()].into(),
                Some(Sel::Actor(x)) => a
                    .events
                    .iter()
                    .filter(|e| e.actors.iter().any(|p| &p.actor == x))
                    .map(|e| e.id.clone())
                    .collect(),
                Some(Sel::Place(p)) => a
                    .events
                    .iter()
                    .filter(|e| e.place.as_deref() == Some(p.as_str()))
                    .map(|e| e.id.clone())
                    .collect(),
                // a dispatch: the events it tells (a new one's, after Analyze)
                Some(Sel::Doc(d)) => a
                    .events
                    .iter()
                    .filter(|e| &e.doc == d)
                    .map(|e| e.id.clone())
                    .collect(),
                _ => HashSet::new(),
            }
        })
    });
    // A new selection whose marks are all scrolled out of sight brings the
    // first of them into the timeline's window (a dispatch just added: its
    // lanes come last).
    Effect::new(move |_| {
        let sel = selected_events.get();
        if sel.is_empty() {
            return;
        }
        let Some(el) = wrap.get_untracked() else {
            return;
        };
        let ys: Vec<f64> = layout.with_untracked(|l| {
            l.marks
                .iter()
                .filter(|m| m.events.iter().any(|e| sel.contains(e)))
                .map(|m| m.y + AXIS_H)
                .collect()
        });
        let (top, h) = (el.scroll_top() as f64, el.client_height() as f64);
        if let Some(to) = scroll_to_show(&ys, top, h, AXIS_H) {
            el.set_scroll_top(to.round() as i32);
        }
    });
    let svg_ref = NodeRef::<leptos::svg::Svg>::new();
    let canvas_ref = NodeRef::<leptos::html::Canvas>::new();
    // Pointer position in layout pixels (plot x, lanes y), from the SVG's box.
    let plot_xy = move |ev: &web_sys::MouseEvent| -> Option<(f64, f64)> {
        let r = svg_ref.get_untracked()?.get_bounding_client_rect();
        Some((
            ev.client_x() as f64 - r.left() - gutter.get_untracked(),
            ev.client_y() as f64 - r.top() - AXIS_H,
        ))
    };
    // The mark under the pointer, drawn on the canvas or in SVG: pointer
    // events on marks are handled here, once for the whole plot, rather than
    // by a handler on each mark.
    let hit_at = move |ev: &web_sys::MouseEvent| -> Option<Mark> {
        let (x, y) = plot_xy(ev)?;
        layout.with_untracked(|l| hit(&l.marks, x, y).and_then(|i| l.marks.get(i).cloned()))
    };

    let zoom = move |factor: f64, at: Option<f64>| {
        let s = scale.get_untracked();
        let x = at.unwrap_or((s.r0 + s.r1) / 2.0);
        user_scale.set(Some(s.zoom_at(x, factor)));
    };
    let pan = move |dx: f64| user_scale.set(Some(scale.get_untracked().pan(dx)));

    // The container's client origin, measured once per gesture: reading it on
    // every pointer move would force a layout in each frame of a drag.
    let origin = StoredValue::new(None::<(f64, f64)>);
    let wrap_origin = move || -> (f64, f64) {
        if let Some(o) = origin.get_value() {
            return o;
        }
        let o = wrap
            .get_untracked()
            .map(|t| {
                let r = t.get_bounding_client_rect();
                (r.left(), r.top())
            })
            .unwrap_or((0.0, 0.0));
        if drag.get_untracked().is_some() {
            origin.set_value(Some(o));
        }
        o
    };
    let local_x = move |ev: &web_sys::MouseEvent| -> f64 {
        ev.client_x() as f64 - wrap_origin().0 - gutter.get_untracked()
    };
    let local_y = move |ev: &web_sys::MouseEvent| -> f64 { ev.client_y() as f64 - wrap_origin().1 };

    let on_wheel = move |ev: leptos::ev::WheelEvent| {
        ev.prevent_default();
        let factor = (-ev.delta_y() * 0.0015).exp();
        zoom(factor, Some(local_x(&ev)));
    };
    let pinch = StoredValue::new(crate::layout::gesture::Pinch::default());
    // the mark last clicked (its hover card stays hidden while the pointer is on it)
    let clicked_mark = StoredValue::new(None::<String>);
    let on_down = move |ev: leptos::ev::PointerEvent| {
        if ev.button() != 0 {
            return;
        }
        origin.set_value(None);
        let x = local_x(&ev);
        pinch.update_value(|p| p.down(ev.pointer_id(), x, 0.0));
        let y = local_y(&ev);
        if x < 0.0 {
            return;
        }
        let brush = ev.shift_key() || y < AXIS_H + 4.0;
        drag.set(Some(if brush {
            Drag::Brush { x0: x, x1: x }
        } else {
            Drag::Pan { x0: x }
        }));
    };
    let on_move = move |ev: leptos::ev::PointerEvent| {
        let x = local_x(&ev);
        let mut pinched = None;
        pinch.update_value(|p| pinched = p.moved(ev.pointer_id(), x, 0.0));
        if let Some((f, cx, _)) = pinched {
            drag.set(None);
            drag_dx.set(0.0);
            zoom(f, Some(cx));
            return;
        }
        // Capture the pointer only once it really drags, so a click still reaches the mark under it.
        let capture = |ev: &leptos::ev::PointerEvent| {
            if let Some(t) = ev
                .current_target()
                .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            {
                if !t.has_pointer_capture(ev.pointer_id()) {
                    let _ = t.set_pointer_capture(ev.pointer_id());
                }
            }
        };
        match drag.get_untracked() {
            Some(Drag::Pan { x0 }) if (x - x0).abs() > 3.0 => {
                capture(&ev);
                drag_dx.set(x - x0);
            }
            Some(Drag::Pan { .. }) => {}
            Some(Drag::Brush { x0, .. }) => {
                capture(&ev);
                drag.set(Some(Drag::Brush { x0, x1: x }));
            }
            None => {
                let now = hit_at(&ev).map(|m| m.events[0].clone());
                // the mark just clicked shows its event in the details: no card
                // over the lanes until the pointer has left it
                if now.is_some() && now == clicked_mark.get_value() {
                    return;
                }
                clicked_mark.set_value(None);
                if now != hover.with_untracked(|h| h.as_ref().map(|h| h.0.clone())) {
                    hover.set(now.map(|id| (id, x + gutter.get_untracked(), local_y(&ev))));
                }
            }
        }
    };
    // A click on a mark, or Enter on it: a cluster zooms in at `x0` (or,
    // when its events share one date, lists them at `at`); an event is
    // selected. True when the list opened.
    let activate = move |events: Vec<String>, one_date: bool, x0: f64, at: (f64, f64)| -> bool {
        if events.len() > 1 && one_date {
            hover.set(None);
            cluster.set(Some((events, at.0, at.1)));
            // a list that opens past the window's edge (a phone, a page
            // scrolled down) is scrolled into sight
            request_animation_frame(move || {
                let Some(w) = wrap.get_untracked() else {
                    return;
                };
                if let Ok(Some(card)) = w.query_selector("[data-testid=\"timeline-cluster\"]") {
                    let r = card.get_bounding_client_rect();
                    let high = web_sys::window()
                        .and_then(|w| w.inner_height().ok())
                        .and_then(|h| h.as_f64())
                        .unwrap_or(f64::INFINITY);
                    if r.bottom() > high || r.top() < 0.0 {
                        card.scroll_into_view_with_bool(r.top() < 0.0);
                    }
                }
            });
            true
        } else if events.len() > 1 {
            user_scale.set(Some(scale.get_untracked().zoom_at(x0, 6.0)));
            false
        } else {
            if let Some(id) = events.into_iter().next() {
                selection.toggle(Sel::Event(id));
            }
            false
        }
    };
    let on_up = move |ev: leptos::ev::PointerEvent| {
        pinch.update_value(|p| p.up(ev.pointer_id()));
        match drag.get_untracked() {
            Some(Drag::Pan { .. }) => {
                let dx = drag_dx.get_untracked();
                if dx.abs() > 1.0 {
                    pan(dx);
                } else if let Some(m) = hit_at(&ev) {
                    if m.events.len() == 1 {
                        hover.set(None);
                        clicked_mark.set_value(Some(m.events[0].clone()));
                    }
                    let at = (local_x(&ev) + gutter.get_untracked(), local_y(&ev));
                    activate(m.events.clone(), m.one_date, m.x0, at);
                }
            }
            Some(Drag::Brush { x0, x1 }) => {
                if (x1 - x0).abs() > 4.0 {
                    let s = scale.get_untracked();
                    let (a, b) = (s.invert(x0.min(x1)), s.invert(x0.max(x1)));
                    filters.0.update(|f| f.window = Some((a, b)));
                }
            }
            None => {}
        }
        drag.set(None);
        drag_dx.set(0.0);
        origin.set_value(None);
    };
    // The mark a day's list was opened from by the keyboard: the focus goes
    // back to it when the list closes (it would fall to the page).
    let cluster_from = StoredValue::new(None::<String>);
    Effect::new(move |_| {
        if cluster.with(Option::is_some) {
            return;
        }
        let Some(id) = cluster_from.get_value() else {
            return;
        };
        cluster_from.set_value(None);
        request_animation_frame(move || {
            let Some(w) = wrap.get_untracked() else {
                return;
            };
            let sel = format!("[data-testid=\"timeline-event\"][data-event=\"{id}\"]");
            if let Ok(Some(m)) = w.query_selector(&sel) {
                use wasm_bindgen::JsCast;
                if let Ok(m) = m.dyn_into::<web_sys::SvgElement>() {
                    let _ = m.focus();
                }
            }
        });
    });
    // After the list of a day's events opens from the keyboard, its first
    // event has the focus (once the list is drawn).
    let focus_first_cluster_event = move || {
        request_animation_frame(move || {
            let Some(w) = wrap.get_untracked() else {
                return;
            };
            if let Ok(Some(b)) = w.query_selector("[data-testid=\"cluster-event\"]") {
                use wasm_bindgen::JsCast;
                if let Ok(b) = b.dyn_into::<web_sys::HtmlElement>() {
                    let _ = b.focus();
                }
            }
        });
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let step = plot_w() * 0.1;
        match ev.key().as_str() {
            // Enter (or Space) on a focused mark does what a click does: it
            // selects its event, lists a day's events (focus to the first),
            // or zooms into a group of several days.
            "Enter" | " " => {
                use wasm_bindgen::JsCast;
                let Some(el) = ev
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                else {
                    return;
                };
                // (only on a mark: a button inside the timeline, an event of
                // a day's list, does its own click)
                if el.get_attribute("data-testid").as_deref() != Some("timeline-event") {
                    return;
                }
                let Some(id) = el.get_attribute("data-event") else {
                    return;
                };
                let ids: Vec<String> = el
                    .get_attribute("data-events")
                    .unwrap_or_default()
                    .split_whitespace()
                    .map(str::to_string)
                    .collect();
                let ids = if ids.is_empty() {
                    vec![id.clone()]
                } else {
                    ids
                };
                let Some(box_) = wrap.get_untracked().map(|w| w.get_bounding_client_rect()) else {
                    return;
                };
                let r = el.get_bounding_client_rect();
                let at = (
                    r.x() + r.width() / 2.0 - box_.x(),
                    r.y() + r.height() / 2.0 - box_.y(),
                );
                let x0 = el
                    .get_attribute("data-x")
                    .and_then(|x| x.parse().ok())
                    .unwrap_or(at.0 - gutter.get_untracked());
                let one_date = el.get_attribute("data-one-date").as_deref() == Some("true");
                if activate(ids, one_date, x0, at) {
                    cluster_from.set_value(Some(id));
                    focus_first_cluster_event();
                }
            }
            "Escape" if cluster.with_untracked(Option::is_some) => cluster.set(None),
            "ArrowLeft" => pan(step),
            "ArrowRight" => pan(-step),
            "+" | "=" => zoom(1.5, None),
            "-" | "_" => zoom(1.0 / 1.5, None),
            "0" => show_all(),
            _ => return,
        }
        ev.prevent_default();
    };

    // The ticks of the time axis: a label and a line down through the lanes
    // (`through`), or a short one (the sticky strip's).
    let axis_ticks = move |through: bool| {
        let s = scale.get();
        ticks(&s, 80.0)
            .into_iter()
            .map(|t| {
                let x = s.map(t.t);
                let at_edge = x > plot_w() - 40.0;
                let (label_x, anchor) = if at_edge {
                    (x - 3.0, "end")
                } else {
                    (x + 3.0, "start")
                };
                let y2 = move || {
                    if through {
                        layout.with(|l| l.height) + AXIS_H
                    } else {
                        AXIS_H
                    }
                };
                view! {
                    <g class="tick" class:major=t.major>
                        <line x1=x x2=x y1=AXIS_H - 6.0 y2=y2></line>
                        // A label at the right edge hangs left of its tick, so it is not cut.
                        <text x=label_x y=AXIS_H - 10.0 text-anchor=anchor>{t.label}</text>
                    </g>
                }
            })
            .collect_view()
    };
    // The axis again, in a strip that stays at the top of the timeline's box
    // while its lanes scroll (the dates stay in sight): labels only.
    let scrolled = RwSignal::new(false);
    let axis_strip = move || {
        scrolled.get().then(|| {
            let labels = axis_ticks(false);
            view! {
                <div class="tl-axis-sticky" data-testid="timeline-axis-sticky" aria-hidden="true" style:height=format!("{AXIS_H}px")
                    style:margin-bottom=format!("-{AXIS_H}px")>
                    <div class="tl-axis-clip" style:left=move || format!("{}px", gutter.get()) style:width=move || format!("{}px", plot_w() + 8.0)>
                        <svg class="tl-plot" width=move || plot_w() + 8.0 height=AXIS_H style:transform=move || format!("translateX({}px)", drag_dx.get())>
                            <rect class="axis-bg" x="0" y="0" width="100%" height=AXIS_H></rect>
                            <g class="axis">{labels}</g>
                        </svg>
                    </div>
                </div>
            }
        })
    };
    let on_scroll = move |ev: leptos::ev::Event| {
        let top = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .map_or(0, |el| el.scroll_top());
        if (top > 0) != scrolled.get_untracked() {
            scrolled.set(top > 0);
        }
    };
    let axis = move || axis_ticks(true);
    // A click on a lane's toggle collapses or opens it; on its label, selects its actor or place.
    let on_lane_click = move |ev: leptos::ev::MouseEvent| {
        use wasm_bindgen::JsCast;
        let Some(el) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        let Some(key) = el
            .closest("[data-key]")
            .ok()
            .flatten()
            .and_then(|g| g.get_attribute("data-key"))
        else {
            return;
        };
        let class = el.get_attribute("class").unwrap_or_default();
        if class.contains("lane-toggle") {
            toggled.update(|c| {
                if !c.remove(&key) {
                    c.insert(key);
                }
            });
        } else if class.contains("lane-label") && !key.starts_with('_') {
            match mode.get_untracked() {
                LaneMode::Actor => selection.toggle(Sel::Actor(key)),
                LaneMode::Place => selection.toggle(Sel::Place(key)),
                _ => {}
            }
        }
    };
    let lanes = move || {
        let (g, font) = (gutter.get(), title_font());
        layout
            .get()
            .lanes
            .into_iter()
            .map(|lane| {
                let title = fit_title(&lane.label, lane.count, g, |t| {
                    crate::components::util::text_width(&font, t)
                });
                // The whole title on hover when it had to be shortened.
                let full = (title != lane_title(&lane.label, lane.count))
                    .then(|| view! { <title>{lane_title(&lane.label, lane.count)}</title> });
                let key = lane.key;
                // a selection changes a lane's state, not the lanes (see the marks)
                let k = key.clone();
                let selected = Memo::new(move |_| {
                    selection.0.with(|s| match s {
                        Some(Sel::Place(p)) => *p == k,
                        Some(s) => s.actor() == Some(k.as_str()),
                        None => false,
                    })
                });
                // Clicks are handled once, on the group of all lanes (see `on_lane_click`).
                view! {
                    <g class="lane" class:selected=move || selected.get() data-testid="timeline-lane" data-key=key
                        data-selected=move || selected.get().to_string() transform=format!("translate(0,{})", lane.y + AXIS_H)>
                        <rect class="lane-bg" x="0" y="0" width="100%" height=lane.height></rect>
                        <text class="lane-toggle" x="6" y=TITLE_BASELINE>{if lane.collapsed { "▸" } else { "▾" }}</text>
                        <text class="lane-label" x=TITLE_X y=TITLE_BASELINE>{title}{full}</text>
                    </g>
                }
            })
            .collect_view()
    };
    let marks = move || {
        if dense.get() {
            return None;
        }
        let place_names: std::collections::HashMap<String, String> = analysis.with(|a| {
            a.places
                .iter()
                .map(|p| (p.id.to_string(), p.name.clone()))
                .collect()
        });
        let marks = layout.get().marks.into_iter().map(|m| {
                // Marks outside the view stay out of the Tab order.
                let in_view = m.x1.max(m.x0) >= -6.0 && m.x0 <= plot_w() + 6.0;
                let aria = describe_mark(
                    &m.kind,
                    &pretty_date(&m.date),
                    m.place.as_ref().and_then(|p| place_names.get(p)).map(String::as_str),
                    m.events.len(),
                    m.one_date,
                );
                let first = m.events[0].clone();
                // a selection changes a mark's state, not the marks: each
                // mark follows it (redrawing a few hundred marks per click was
                // one long task)
                let evs = m.events.clone();
                let is_sel =
                    Memo::new(move |_| selected_events.with(|s| evs.iter().any(|e| s.contains(e))));
                let y = m.y + AXIS_H;
                let color = m.class.color();
                let n = m.events.len();
                let events_attr = m.events.join(" ");
                let shape = if n > 1 {
                    view! {
                        <g>
                            <circle cx=m.x0 cy=y r="9" fill=color class="cluster"></circle>
                            <text class="cluster-count" x=m.x0 y=y + 4.0>{n}</text>
                        </g>
                    }
                    .into_any()
                } else if m.band {
                    view! { <rect x=m.x0 y=y - 6.0 width=(m.x1 - m.x0).max(3.0) height="12" rx="3" fill=color stroke=if m.negated { color } else { "none" } class="band"></rect> }.into_any()
                } else if matches!(m.class, crate::layout::colors::EventClass::MaterialConflict | crate::layout::colors::EventClass::VerbalConflict) {
                    let d = format!("M{} {}l6 6l-6 6l-6 -6z", m.x0, y - 6.0);
                    view! { <path d=d fill=color stroke=color class="point"></path> }.into_any()
                } else {
                    view! { <circle cx=m.x0 cy=y r="6" fill=color stroke=color class="point"></circle> }.into_any()
                };
                let aria = if m.negated { format!("{aria}; did not happen") } else { aria };
                view! {
                    <g class="tl-event" class:selected=move || is_sel.get() class:negated=m.negated data-negated=m.negated.to_string()
                        data-testid="timeline-event" data-event=first.clone()
                        data-events=events_attr data-date=m.date.clone() data-lane=m.lane.clone() data-type=m.kind.clone()
                        data-band=m.band.to_string() data-one-date=m.one_date.to_string() data-selected=move || is_sel.get().to_string() data-x=format!("{:.1}", m.x0)
                        tabindex=if in_view { "0" } else { "-1" } role="button" aria-label=aria>
                        {shape}
                    </g>
                }
            });
        Some(marks.collect_view())
    };
    // An event in several lanes (one per actor) is linked by a thin line.
    let links = move || {
        if dense.get() {
            return None;
        }
        let l = layout.get();
        Some(
            timeline_links(&l)
                .into_iter()
                .map(|(x, y0, y1)| view! { <line class="tl-link" x1=x x2=x y1=y0 + AXIS_H y2=y1 + AXIS_H></line> })
                .collect_view(),
        )
    };
    let brush = move || match drag.get() {
        Some(Drag::Brush { x0, x1 }) => Some(
            view! { <rect class="brush" x=x0.min(x1) y="0" width=(x1 - x0).abs() height=move || layout.with(|l| l.height) + AXIS_H></rect> },
        ),
        _ => None,
    };
    let window_rect = move || {
        filters.0.with(|f| f.window).map(|(a, b)| {
            let s = scale.get();
            let (x0, x1) = (s.map(a), s.map(b));
            view! { <rect class="window" x=x0 y="0" width=(x1 - x0).max(1.0) height=AXIS_H></rect> }
        })
    };
    let card = move || {
        hover.get().and_then(|(id, x, y)| {
            let a = analysis.get();
            let e = event(&a, &id)?.clone();
            let expl = date_explanation(&a, &e);
            let place_name = e.place.as_deref().and_then(|p| place(&a, p)).map(|p| p.name.clone());
            let doc_title = a.documents.iter().find(|d| d.id == e.doc).map(|d| d.title.clone()).unwrap_or_default();
            Some(view! {
                <div class="hover-card" data-testid="hover-card" style:left=format!("{}px", (x + 14.0).min(width.get_untracked() - 300.0).max(0.0)) style:top=format!("{}px", y + 12.0)>
                    <strong>{crate::components::util::event_title(&e)}</strong>
                    <div>{e.date.as_deref().map(pretty_date).unwrap_or_default()}" · "<span data-type=e.kind.clone()>{event_type_label(&e.kind)}</span></div>
                    {expl.map(|x| view! { <div class="muted small">{x}</div> })}
                    <div>{event_actor_names(&a, &e)}</div>
                    {place_name.map(|p| view! { <div>{crate::components::icons::pin()}" "{p}</div> })}
                    <div class="muted small">{doc_title}</div>
                </div>
            })
        })
    };
    // The events of a one-day cluster: a click selects one and closes the list.
    let cluster_card = move || {
        cluster.get().map(|(ids, x, y)| {
            let a = analysis.get();
            let events: Vec<&atlas_engine::model::Event> = ids.iter().filter_map(|id| event(&a, id)).collect();
            let day = events.first().and_then(|e| e.date.as_deref()).map(pretty_date).unwrap_or_default();
            let items = events
                .iter()
                .map(|e| {
                    let who = who_line(&a, e);
                    let id = e.id.clone();
                    view! {
                        <li><button class="link" data-testid="cluster-event" data-event=e.id.clone()
                            on:click=move |_| { selection.set(Sel::Event(id.clone())); cluster.set(None); }>
                            <span class="dot" style:background=EventClass::of(&e.kind).color()></span>{crate::components::util::event_title(e)}
                            {(!who.is_empty()).then(|| view! { <span class="muted">" · "{who}</span> })}
                        </button></li>
                    }
                })
                .collect_view();
            // below the mark when it fits, else above it: never cut by the timeline's edge
            let place = card_place(y, size.get_untracked().1, 260.0);
            view! {
                <div class="hover-card cluster-card" data-testid="timeline-cluster" role="dialog" aria-label="Events of one day"
                    style:left=format!("{}px", (x + 14.0).min(width.get_untracked() - 320.0).max(0.0))
                    style:top=place.top.map(|t| format!("{t}px")) style:bottom=place.bottom.map(|b| format!("{b}px"))
                    style:max-height=format!("{}px", place.max_h)
                    on:pointerdown=|ev| ev.stop_propagation() on:pointerup=|ev| ev.stop_propagation()
                    on:keydown=move |ev: leptos::ev::KeyboardEvent| if ev.key() == "Escape" { ev.stop_propagation(); cluster.set(None); }>
                    <div class="cluster-head"><strong>{format!("{} events on {day}", events.len())}</strong>
                        <button class="icon small" data-testid="timeline-cluster-close" aria-label="Close" title="Close (Esc)" on:click=move |_| cluster.set(None)>"×"</button></div>
                    <ul class="plain">{items}</ul>
                </div>
            }
        })
    };
    // The list closes when the timeline shows something else.
    Effect::new(move |_| {
        layout.track();
        cluster.set(None);
    });
    // The undated events, listed only while their list is open (hundreds of
    // them would otherwise be built with every analysis); one click handler.
    let undated_open = RwSignal::new(false);
    let on_undated_click = move |ev: leptos::ev::MouseEvent| {
        use wasm_bindgen::JsCast;
        if let Some(id) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("[data-event]").ok().flatten())
            .and_then(|el| el.get_attribute("data-event"))
        {
            selection.toggle(Sel::Event(id));
        }
    };
    let undated_items = move || {
        undated_open.get().then(|| {
            let a = analysis.get();
            let by_id: std::collections::HashMap<&str, &atlas_engine::model::Event> =
                a.events.iter().map(|e| (e.id.as_str(), e)).collect();
            layout.with(|l| {
                l.undated
                    .iter()
                    .filter_map(|id| by_id.get(id.as_str()))
                    .map(|e| {
                        let who = who_line(&a, e);
                        let who = (!who.is_empty()).then(|| view! { " · "<span class="undated-actors" data-testid="undated-actors">{who}</span> });
                        view! { <li><button class="link" data-testid="timeline-undated" data-event=e.id.clone()>{crate::components::util::event_title(e)}{who}" · "<span class="muted" data-type=e.kind.clone()>{event_type_label(&e.kind)}</span></button></li> }
                    })
                    .collect_view()
            })
        })
    };
    let undated = move || {
        let n = layout.with(|l| l.undated.len());
        (n > 0).then(|| {
            view! {
                <details class="undated" open=undated_open.get_untracked()
                    on:toggle=move |ev: leptos::ev::Event| {
                        use wasm_bindgen::JsCast;
                        let open = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).is_some_and(|el| el.has_attribute("open"));
                        undated_open.set(open);
                    }>
                    <summary>{format!("Undated events ({n})")}</summary>
                    <ul class="plain" on:click=on_undated_click>{undated_items}</ul>
                </details>
            }
        })
    };
    // Pills at the plot's edges say how many events lie outside the view; a
    // click shows them all.
    let beyond_cue = move || {
        let (before, after) = beyond.get();
        let pill = move |n: usize, earlier: bool| {
            (n > 0).then(|| {
                let what = if n == 1 { "event" } else { "events" };
                let text = if earlier {
                    format!("← {n} earlier {what}")
                } else {
                    format!("{n} later {what} →")
                };
                view! {
                    // In the gutter's axis corner (earlier) or at the axis's right end (later).
                    <button class="beyond" class:later=!earlier
                        data-testid=if earlier { "timeline-earlier" } else { "timeline-later" } data-count=n.to_string()
                        title="Outside the view: click to show every dated event"
                        on:pointerdown=|ev: leptos::ev::PointerEvent| ev.stop_propagation()
                        on:click=move |_| show_all()>{text}</button>
                }
            })
        };
        view! { {pill(before, true)}{pill(after, false)} }
    };
    let svg_h = move || layout.with(|l| l.height) + AXIS_H + 8.0;
    // Dense mode: draw the marks whenever the layout, selection, size or theme changes.
    Effect::new(move |_| {
        if !dense.get() {
            return;
        }
        let _ = ui.theme.get();
        let Some(canvas) = canvas_ref.get() else {
            return;
        };
        let (w, h) = (plot_w() + 8.0, svg_h());
        selected_events.with(|sel| layout.with(|l| draw_marks(&canvas, l, sel, w, h)));
    });
    let on_context = move |ev: leptos::ev::MouseEvent| {
        if let Some(m) = hit_at(&ev) {
            crate::components::editors::context_edit(
                &ev,
                selection,
                editor_open,
                Sel::Event(m.events[0].clone()),
            );
        }
    };
    let is_max = move || ui.maximised.get() == Some(Maximised::Timeline);
    view! {
        <div class="view-head">
            <span class="pane-title">"Timeline"</span>
            <div class="tools">
                <label class="small">"Lanes "
                    <select data-testid="timeline-lanes" on:change=move |ev| mode.set(match event_target_value(&ev).as_str() { "place" => LaneMode::Place, "type" => LaneMode::Type, _ => LaneMode::Actor })>
                        <option value="actor">"by actor"</option>
                        <option value="place">"by place"</option>
                        <option value="type">"by event type"</option>
                    </select>
                </label>
                <button class="icon" data-testid="timeline-zoom-in" title="Zoom in (+)" on:click=move |_| zoom(2.0, None)>"+"</button>
                <button class="icon" data-testid="timeline-zoom-out" title="Zoom out (−)" on:click=move |_| zoom(0.5, None)>"−"</button>
                <button class="small" data-testid="timeline-fit" title="Show every dated event (0)" on:click=move |_| show_all()>"Show all"</button>
                <Show when=move || focused.get().is_some()>
                    // Disabled while the view is the focus already.
                    <button class="small" data-testid="timeline-focus" title="Back to the dispatches' own days"
                        disabled=move || user_scale.with(Option::is_none)
                        on:click=move |_| user_scale.set(None)>"Focus"</button>
                </Show>
                <button class="icon" title=move || if is_max() { "Restore" } else { "Maximise" } aria-label=move || if is_max() { "Restore" } else { "Maximise" } data-testid="timeline-maximise"
                    on:click=move |_| ui.maximised.update(|m| *m = if *m == Some(Maximised::Timeline) { None } else { Some(Maximised::Timeline) })>
                    {move || if is_max() { crate::components::icons::restore().into_any() } else { crate::components::icons::maximise().into_any() }}</button>
            </div>
        </div>
        <div class="timeline" data-testid="timeline" node_ref=wrap tabindex="0"
            aria-label="Timeline: drag to pan, wheel or +/− to zoom, drag on the axis or Shift+drag to select a time window"
            on:keydown=on_key on:contextmenu=on_context on:mouseleave=move |_| { hover.set(None); clicked_mark.set_value(None); }
            on:wheel=on_wheel on:pointerdown=on_down on:pointermove=on_move on:pointerup=on_up on:pointercancel=on_up
            on:scroll=on_scroll>
            {axis_strip}
            <Show when=move || layout.with(|l| l.marks.is_empty())>
                <p class="empty overlay" data-testid="timeline-empty">{move || if analysis.with(|a| a.documents.is_empty()) {
                    "Events appear here once dispatches are analysed."
                } else if layout.with(|l| !l.undated.is_empty()) {
                    "No event here has a date the timeline can place: they are listed below. A dispatch's date, set on its card, dates what it tells."
                } else {
                    "No dated events pass the current filters."
                }}</p>
            </Show>
            // Lanes (titles, backgrounds) stay put; the plot above them (axis,
            // marks, or the canvas of a dense timeline) is its own layer, moved
            // by the compositor while the user drags (no repaint per frame).
            <svg width=move || width.get() height=svg_h class="tl-svg" class:blank=move || layout.with(|l| l.marks.is_empty())
                data-gutter=move || gutter.get().to_string()
                node_ref=svg_ref>
                <rect class="axis-bg" x="0" y="0" width=move || gutter.get() height=AXIS_H></rect>
                <g class="lanes" on:click=on_lane_click>{lanes}</g>
            </svg>
            <div class="tl-plot-clip" class:blank=move || layout.with(|l| l.marks.is_empty()) style:left=move || format!("{}px", gutter.get()) style:top="0px"
                style:width=move || format!("{}px", plot_w() + 8.0) style:height=move || format!("{}px", svg_h())>
                <div class="tl-plot-layer" style:transform=move || format!("translateX({}px)", drag_dx.get())>
                <svg class="tl-plot" data-testid="timeline-plot" width=move || plot_w() + 8.0 height=svg_h>
                    <rect class="axis-bg" x="0" y="0" width="100%" height=AXIS_H></rect>
                    <g class="axis">{axis}</g>
                    {window_rect}
                    <g class="links">{links}</g>
                    <g class="marks">{marks}</g>
                    {brush}
                </svg>
                <Show when=move || dense.get()>
                    <canvas class="tl-canvas" data-testid="timeline-canvas" node_ref=canvas_ref
                        data-marks=move || layout.with(|l| l.marks.len()).to_string()
                        aria-label=move || format!("{} event marks, drawn on a canvas: click one to select it", layout.with(|l| l.marks.len()))
                        style:width=move || format!("{}px", plot_w() + 8.0) style:height=move || format!("{}px", svg_h())></canvas>
                </Show>
                </div>
            </div>
            {card}
            {cluster_card}
            {beyond_cue}
        </div>
        <div class="tl-foot">
            {undated}
            <p class="hint small muted"><span class="for-mouse">"Drag to pan · wheel to zoom · Shift+drag or drag the axis to filter to a time window"</span>
                <span class="for-touch">"Drag to pan · pinch to zoom · drag the axis to filter to a time window"</span></p>
        </div>
    }
}

/// An event's participants in one short line ("Rebels → Syrian army").
fn who_line(a: &atlas_engine::Analysis, e: &atlas_engine::model::Event) -> String {
    let pairs: Vec<(&str, &str)> = e
        .actors
        .iter()
        .filter_map(|p| actor(a, &p.actor).map(|x| (x.name.as_str(), p.role.as_str())))
        .collect();
    crate::layout::timeline::actor_line(&pairs, 2)
}

/// Draws the marks of a dense timeline on its canvas (`w` × `h` CSS pixels,
/// the plot's origin at the canvas's left edge, lanes below the axis):
/// what the SVG marks show, batched by colour.
fn draw_marks(
    canvas: &web_sys::HtmlCanvasElement,
    l: &TimelineLayout,
    sel: &HashSet<String>,
    w: f64,
    h: f64,
) {
    use wasm_bindgen::JsCast;
    let dpr = web_sys::window()
        .map(|w| w.device_pixel_ratio())
        .unwrap_or(1.0)
        .clamp(1.0, 3.0);
    // Canvas size limits: beyond ~16k device pixels a canvas stays blank.
    let dpr = dpr.min(16_000.0 / h.max(1.0)).max(0.25);
    let (pw, ph) = ((w * dpr).round() as u32, (h * dpr).round() as u32);
    if canvas.width() != pw {
        canvas.set_width(pw);
    }
    if canvas.height() != ph {
        canvas.set_height(ph);
    }
    let Some(ctx) = canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
    else {
        return;
    };
    let var = |name: &str, dflt: &str| -> String {
        web_sys::window()
            .and_then(|w| w.get_computed_style(canvas).ok().flatten())
            .and_then(|cs| cs.get_property_value(name).ok())
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
            .unwrap_or_else(|| dflt.to_string())
    };
    let (ink, panel, muted) = (
        var("--ink", "#1d2430"),
        var("--panel", "#ffffff"),
        var("--muted", "#5d6878"),
    );
    let _ = ctx.set_transform(dpr, 0.0, 0.0, dpr, 0.0, 0.0);
    ctx.clear_rect(0.0, 0.0, w, h);
    let _ = ctx.translate(0.0, AXIS_H);
    // Links first, under the marks.
    ctx.set_global_alpha(0.35);
    ctx.set_stroke_style_str(&muted);
    ctx.set_line_width(1.0);
    ctx.begin_path();
    for (x, y0, y1) in timeline_links(l) {
        ctx.move_to(x, y0);
        ctx.line_to(x, y1);
    }
    ctx.stroke();
    ctx.set_global_alpha(1.0);
    let shape = |ctx: &web_sys::CanvasRenderingContext2d, m: &Mark| {
        let y = m.y;
        if m.events.len() > 1 {
            ctx.move_to(m.x0 + 9.0, y);
            let _ = ctx.arc(m.x0, y, 9.0, 0.0, std::f64::consts::TAU);
        } else if m.band {
            ctx.rect(m.x0, y - 6.0, (m.x1 - m.x0).max(3.0), 12.0);
        } else if matches!(
            m.class,
            EventClass::MaterialConflict | EventClass::VerbalConflict
        ) {
            ctx.move_to(m.x0, y - 6.0);
            ctx.line_to(m.x0 + 6.0, y);
            ctx.line_to(m.x0, y + 6.0);
            ctx.line_to(m.x0 - 6.0, y);
            ctx.close_path();
        } else {
            ctx.move_to(m.x0 + 6.0, y);
            let _ = ctx.arc(m.x0, y, 6.0, 0.0, std::f64::consts::TAU);
        }
    };
    for class in EventClass::ALL {
        for band in [true, false] {
            ctx.begin_path();
            let mut any = false;
            for m in l
                .marks
                .iter()
                .filter(|m| m.class == class && m.band == band && !m.negated)
            {
                shape(&ctx, m);
                any = true;
            }
            if any {
                ctx.set_global_alpha(if band { 0.55 } else { 1.0 });
                ctx.set_fill_style_str(class.color());
                ctx.fill();
                ctx.set_global_alpha(1.0);
                if !band {
                    ctx.set_stroke_style_str(&panel);
                    ctx.set_line_width(1.5);
                    ctx.stroke();
                }
            }
            // what did not happen: hollow, in the class's colour
            ctx.begin_path();
            let mut hollow = false;
            for m in l
                .marks
                .iter()
                .filter(|m| m.class == class && m.band == band && m.negated)
            {
                shape(&ctx, m);
                hollow = true;
            }
            if hollow {
                ctx.set_fill_style_str(&panel);
                ctx.fill();
                ctx.set_stroke_style_str(class.color());
                ctx.set_line_width(2.0);
                ctx.stroke();
            }
        }
    }
    // The selection on top.
    ctx.begin_path();
    for m in l
        .marks
        .iter()
        .filter(|m| m.events.iter().any(|e| sel.contains(e)))
    {
        shape(&ctx, m);
    }
    ctx.set_stroke_style_str(&ink);
    ctx.set_line_width(2.5);
    ctx.stroke();
    // Cluster counts.
    ctx.set_fill_style_str("#fff");
    ctx.set_font("700 10px system-ui, sans-serif");
    ctx.set_text_align("center");
    for m in l.marks.iter().filter(|m| m.events.len() > 1) {
        let _ = ctx.fill_text(&m.events.len().to_string(), m.x0, m.y + 3.5);
    }
}

/// Where a card opened at height `y` of a panel `h` high goes: `top` (below
/// the mark) or `bottom` (above it, counted from the panel's bottom), and
/// the height it may take (at most `most`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CardPlace {
    /// Distance from the panel's top, when below the mark.
    pub top: Option<f64>,
    /// Distance from the panel's bottom, when above the mark.
    pub bottom: Option<f64>,
    /// Its largest height.
    pub max_h: f64,
}

/// See [`CardPlace`]: below the mark when there is room for most of the
/// card (or more room than above), else above it.
pub fn card_place(y: f64, h: f64, most: f64) -> CardPlace {
    const GAP: f64 = 12.0;
    const EDGE: f64 = 6.0;
    let below = (h - y - GAP - EDGE).max(0.0);
    let above = (y - GAP - EDGE).max(0.0);
    if below >= most.min(140.0) || below >= above {
        CardPlace {
            top: Some(y + GAP),
            bottom: None,
            max_h: below.clamp(60.0, most),
        }
    } else {
        CardPlace {
            top: None,
            bottom: Some((h - y + GAP).max(0.0)),
            max_h: above.clamp(60.0, most),
        }
    }
}

#[cfg(test)]
mod card_tests {
    use super::card_place;

    #[test]
    fn a_card_goes_below_its_mark_when_it_fits_else_above() {
        // room below: below, as tall as it may be
        let p = card_place(40.0, 300.0, 260.0);
        assert_eq!((p.top, p.bottom), (Some(52.0), None));
        assert!(p.max_h <= 300.0 - 52.0);
        // near the bottom of a short panel: above, and no taller than the room there
        let p = card_place(200.0, 240.0, 260.0);
        assert_eq!(p.top, None);
        assert_eq!(p.bottom, Some(52.0));
        assert!(p.max_h <= 200.0 - 12.0 && p.max_h >= 60.0, "{p:?}");
        // little room anywhere: the larger side, scrolled
        let p = card_place(60.0, 130.0, 260.0);
        assert!(p.max_h >= 60.0);
    }
}

/// Where to scroll a panel `h` high, scrolled to `top`, so that one of the
/// marks at heights `ys` shows: `None` when one already does (or there is
/// none), else the first mark a little below the `head` (the axis).
pub fn scroll_to_show(ys: &[f64], top: f64, h: f64, head: f64) -> Option<f64> {
    const MARGIN: f64 = 8.0;
    let first = ys.iter().copied().fold(f64::INFINITY, f64::min);
    if !first.is_finite()
        || ys
            .iter()
            .any(|&y| y >= top + head + MARGIN && y <= top + h - MARGIN)
    {
        return None;
    }
    Some((first - head - 2.0 * MARGIN).max(0.0))
}

#[cfg(test)]
mod scroll_tests {
    use super::scroll_to_show;

    #[test]
    fn a_selection_out_of_sight_is_scrolled_into_the_window() {
        // lanes 0–200 px in sight; marks far below: scroll to the first
        assert_eq!(
            scroll_to_show(&[700.0, 520.0], 0.0, 200.0, 26.0),
            Some(478.0)
        );
        // one of them in sight: stay
        assert_eq!(scroll_to_show(&[120.0, 700.0], 0.0, 200.0, 26.0), None);
        // above the window (scrolled down past it): back up, never below 0
        assert_eq!(scroll_to_show(&[40.0], 300.0, 200.0, 26.0), Some(0.0));
        assert_eq!(scroll_to_show(&[], 0.0, 200.0, 26.0), None);
    }
}
