//! The actor map: who supports, fights, talks to or belongs to whom.

use std::collections::HashMap;

use leptos::prelude::*;

use crate::components::app::{Maximised, Ui, ViewInput, ViewInputs};
use crate::components::util::{actor, in_slices, mark};
use crate::layout::colors::{
    actor_color, actor_kind_label, relation_color, ACTOR_KINDS, RELATION_TYPES,
};
use crate::layout::network::{
    aspect_of_step, aspect_step, edge_width, fit_view, label_plan_within, refit as fit_again,
    start, LabelPlan, NetEdge, Network, MAX_TICKS,
};

/// Up to this many nodes the layout runs at once; larger graphs run in slices.
const SYNC_NODES: usize = 60;
use crate::state::filters::use_filters;
use crate::state::selection::{use_selection, Sel};

/// The actor network view.
#[component]
pub fn ActorNetwork() -> impl IntoView {
    let selection = use_selection();
    let filters = use_filters();
    let ViewInput { analysis, vis } = expect_context::<ViewInputs>().network;
    let ui = expect_context::<Ui>();
    let editor_open = expect_context::<crate::components::editors::EditorOpen>();
    let ego = RwSignal::new(false);
    let pinned = RwSignal::new(HashMap::<String, (f64, f64)>::new());
    let previous = StoredValue::new(HashMap::<String, (f64, f64)>::new());
    let zoom = RwSignal::new((1.0f64, 0.0f64, 0.0f64)); // k, tx, ty in view units
                                                        // The node under a pressed pointer, where it was pressed, and whether it has moved.
    let dragging = RwSignal::new(None::<(String, f64, f64, bool)>);
    let panning = RwSignal::new(None::<(f64, f64, f64, f64)>);
    let hover = RwSignal::new(None::<(String, f64, f64)>);
    // Where the node being dragged is now: drawn at once, without re-running
    // the layout; the layout runs once, when the node is released.
    let drag_at = RwSignal::new(None::<(String, f64, f64)>);
    // How far the background has been dragged, in client pixels, during a pan.
    let pan_px = RwSignal::new((0.0f64, 0.0f64));
    let svg_ref = NodeRef::<leptos::svg::Svg>::new();
    // The drawing's size on screen, for labels of a readable size.
    let wrap_ref = NodeRef::<leptos::html::Div>::new();
    let wrap_size = RwSignal::new((0.0f64, 0.0f64));
    crate::components::util::track_size(wrap_ref, wrap_size);

    let ego_center = Memo::new(move |_| {
        if ego.get() {
            selection
                .0
                .with(|s| s.as_ref().and_then(|s| s.actor().map(str::to_string)))
        } else {
            None
        }
    });
    // The layout runs off the reactive graph: small graphs at once, large ones
    // in slices of a few milliseconds between frames, so the page never
    // blocks; the drawing updates when the layout is done.
    let network = RwSignal::new(Network::default());
    // The edges drawn: the network's, set in the task after its nodes for a
    // large graph (drawing both at once is one long task).
    let edge_list = RwSignal::new(Vec::<NetEdge>::new());
    let view_box = RwSignal::new((-200.0f64, -150.0f64, 400.0f64, 300.0f64));
    let laying_out = RwSignal::new(false);
    let job = StoredValue::new(0u64);
    let fitted_for = StoredValue::new(None::<(usize, Option<String>, Option<i32>)>);
    let publish = move |net: Network, refit: bool| {
        // Remember positions so a growing analysis keeps its shape (a cache, not state).
        previous.update_value(|m| {
            for n in &net.nodes {
                m.insert(n.id.clone(), (n.x, n.y));
            }
        });
        let moved = zoom.get_untracked() != (1.0, 0.0, 0.0);
        let refit = network.with_untracked(|old| fit_again(refit, moved, &old.nodes, &net.nodes));
        if refit {
            // The view box fits the layout once per analysis (not while dragging),
            // and when the filters change the actors drawn (unless zoomed or panned).
            // Labels hang below and beside nodes, at their size on screen: leave them room.
            view_box.set(fit_view(&net, wrap_size.get_untracked()));
            zoom.set((1.0, 0.0, 0.0));
        }
        network.set(net);
        laying_out.set(false);
    };
    // The drawing's shape, in steps of about a fifth: a wide drawing gets a
    // wide layout, laid out again (and fitted) when its shape changes that
    // much (the timeline above it filling up, a maximised panel).
    let shape = Memo::new(move |_| aspect_step(wrap_size.get()));
    Effect::new(move |_| {
        let a = analysis.get();
        let v = vis.get();
        let centre = ego_center.get();
        let step = shape.get();
        let key = (std::sync::Arc::as_ptr(&a) as usize, centre.clone(), step);
        let before = fitted_for.get_value();
        let refit = before.as_ref() != Some(&key);
        // the same actors in a drawing of another shape: they move as far as
        // a new layout would (from where they are)
        let reshaped = before.is_some_and(|b| b.0 == key.0 && b.1 == key.1 && b.2 != key.2);
        fitted_for.set_value(Some(key));
        let prev = previous.get_value();
        let mut pending =
            pinned.with(|p| start(&a, &v.actors, &v.relations, centre.as_deref(), &prev, p));
        if let Some(step) = step {
            pending.set_aspect(aspect_of_step(step));
        }
        if reshaped {
            pending.reheat();
        }
        job.update_value(|j| *j += 1);
        let mine = job.get_value();
        if pending.len() <= SYNC_NODES {
            pending.step(MAX_TICKS);
            let net = pending.network();
            edge_list.set(net.edges.clone());
            publish(net, refit);
            return;
        }
        laying_out.set(true);
        leptos::task::spawn_local(async move {
            let step = || {
                pending.step(1);
                pending.done().then_some(())
            };
            let stale = || job.get_value() != mine;
            if in_slices("layout-slice", step, stale).await.is_none() {
                return;
            }
            // Drawing the result is a task of its own, after the last slice.
            gloo::timers::future::TimeoutFuture::new(0).await;
            if stale() {
                return;
            }
            mark("publish");
            let net = pending.network();
            let edges = net.edges.clone();
            publish(net, refit);
            gloo::timers::future::TimeoutFuture::new(0).await;
            if job.get_value() == mine {
                mark("edges");
                edge_list.set(edges);
            }
        });
    });

    // Client pixels → layout coordinates.
    let to_layout = move |cx: f64, cy: f64| -> Option<(f64, f64)> {
        let el = svg_ref.get_untracked()?;
        let rect = el.get_bounding_client_rect();
        let (vx, vy, vw, vh) = view_box.get_untracked();
        let s = (rect.width() / vw).min(rect.height() / vh);
        if s <= 0.0 {
            return None;
        }
        let ox = rect.left() + (rect.width() - vw * s) / 2.0;
        let oy = rect.top() + (rect.height() - vh * s) / 2.0;
        let (k, tx, ty) = zoom.get_untracked();
        let (ux, uy) = ((cx - ox) / s + vx, (cy - oy) / s + vy);
        Some(((ux - tx) / k, (uy - ty) / k))
    };

    let on_wheel = move |ev: leptos::ev::WheelEvent| {
        ev.prevent_default();
        let f = (-ev.delta_y() * 0.0015).exp();
        if let Some((x, y)) = to_layout(ev.client_x() as f64, ev.client_y() as f64) {
            zoom.update(|(k, tx, ty)| {
                let nk = (*k * f).clamp(0.2, 8.0);
                let r = nk / *k;
                // keep (x, y) fixed: screen = x*k + t
                *tx = x * *k + *tx - x * nk;
                *ty = y * *k + *ty - y * nk;
                let _ = r;
                *k = nk;
            });
        }
    };
    let on_bg_down = move |ev: leptos::ev::PointerEvent| {
        if ev.button() != 0 {
            return;
        }
        let (_, tx, ty) = zoom.get_untracked();
        panning.set(Some((ev.client_x() as f64, ev.client_y() as f64, tx, ty)));
        if let Some(el) = svg_ref.get_untracked() {
            let _ = el.set_pointer_capture(ev.pointer_id());
        }
    };
    let on_move = move |ev: leptos::ev::PointerEvent| {
        if let Some((id, sx, sy, moved)) = dragging.get_untracked() {
            let (cx, cy) = (ev.client_x() as f64, ev.client_y() as f64);
            if !moved && (cx - sx).hypot(cy - sy) < 4.0 {
                return;
            }
            if !moved {
                // Capture only once it really drags, so a click still selects.
                if let Some(el) = svg_ref.get_untracked() {
                    let _ = el.set_pointer_capture(ev.pointer_id());
                }
                dragging.set(Some((id.clone(), sx, sy, true)));
            }
            if let Some((x, y)) = to_layout(cx, cy) {
                drag_at.set(Some((id, x, y)));
            }
        } else if let Some((sx, sy, _, _)) = panning.get_untracked() {
            // While panning, the compositor moves the drawn picture (a CSS
            // transform, no repaint); the view's own transform follows on release.
            pan_px.set((ev.client_x() as f64 - sx, ev.client_y() as f64 - sy));
        }
    };
    let commit_pan = move || {
        let (dx, dy) = pan_px.get_untracked();
        if let Some((_, _, tx, ty)) = panning.get_untracked() {
            if dx != 0.0 || dy != 0.0 {
                let (_, _, vw, vh) = view_box.get_untracked();
                // preserveAspectRatio="meet": one view unit is the smaller of the two ratios.
                let scale = svg_ref
                    .get_untracked()
                    .map(|el| {
                        let r = el.get_bounding_client_rect();
                        (r.width() / vw).min(r.height() / vh)
                    })
                    .unwrap_or(1.0)
                    .max(1e-6);
                zoom.update(|z| {
                    z.1 = tx + dx / scale;
                    z.2 = ty + dy / scale;
                });
            }
        }
        pan_px.set((0.0, 0.0));
    };
    let on_up = move |_| {
        if let Some((id, _, _, false)) = dragging.get_untracked() {
            selection.toggle(Sel::Actor(id));
        }
        if let Some((id, x, y)) = drag_at.get_untracked() {
            pinned.update(|m| {
                m.insert(id, (x, y));
            });
            drag_at.set(None);
        }
        commit_pan();
        dragging.set(None);
        panning.set(None);
    };

    // A node's position: where it is being dragged, else where the layout put
    // it. One memo per node, made once per layout and shared by the node and
    // its edges (the memos belong to this memo and go with its next run).
    let positions = Memo::new(move |_| {
        network.with(|net| {
            net.nodes
                .iter()
                .map(|n| {
                    let (id, base) = (n.id.clone(), (n.x, n.y));
                    let p = Memo::new(move |_| {
                        drag_at.with(|d| match d {
                            Some((i, x, y)) if *i == id => (*x, *y),
                            _ => base,
                        })
                    });
                    (n.id.clone(), p)
                })
                .collect::<HashMap<String, Memo<(f64, f64)>>>()
        })
    });
    let edges = move || {
        // Edges follow `edge_list` (set after the nodes' positions), not the positions themselves.
        let pos = positions.get_untracked();
        let sel = selection.0.get();
        let sel_actor = sel.as_ref().and_then(|s| s.actor().map(str::to_string));
        let edges = edge_list.get();
        let heaviest = edges.iter().map(|e| e.weight).max().unwrap_or(0);
        edges
            .iter()
            .filter_map(|e| {
                let (&pa, &pb) = (pos.get(&e.a)?, pos.get(&e.b)?);
                let hl = sel_actor.as_deref().is_some_and(|s| s == e.a || s == e.b);
                let dim = sel_actor.is_some() && !hl;
                let directed = e.kind == "supports" || e.kind == "affiliation";
                let width = edge_width(e.weight, heaviest);
                Some(view! {
                    <line class="edge" class:highlight=hl class:dim=dim data-testid="actor-edge" data-type=e.kind.clone()
                        data-a=e.a.clone() data-b=e.b.clone() data-selected=hl.to_string()
                        x1=move || pa.get().0 y1=move || pa.get().1 x2=move || pb.get().0 y2=move || pb.get().1 stroke=relation_color(&e.kind) stroke-width=width
                        stroke-dasharray=if e.kind == "contact" { "5 4" } else { "" }
                        marker-end=if directed { format!("url(#arrow-{})", e.kind) } else { String::new() }>
                        <title>{format!("{} — {}", e.kind, e.weight)}</title>
                    </line>
                })
            })
            .collect_view()
    };
    // A resized drawing (a maximised panel, a narrower window) is fitted again,
    // so the labels keep their room.
    Effect::new(move |prev: Option<(f64, f64)>| {
        let size = wrap_size.get();
        if prev.is_some_and(|p| p != size) {
            network.with_untracked(|net| {
                if !net.nodes.is_empty() {
                    view_box.set(fit_view(net, size));
                }
            });
        }
        size
    });
    // Screen pixels per layout unit (the view box is fitted "meet", then zoomed).
    let px_per_unit = Memo::new(move |_| {
        let (w, h) = wrap_size.get();
        let (_, _, vw, vh) = view_box.get();
        let k = zoom.with(|z| z.0);
        if w <= 0.0 || h <= 0.0 {
            return 1.0;
        }
        (w / vw).min(h / vh) * k
    });
    // Which labels to draw (readable, never piled up): the selection and its
    // neighbours always, the rest by importance where there is room.
    let labels = Memo::new(move |_| -> LabelPlan {
        let sel_actor = selection
            .0
            .with(|s| s.as_ref().and_then(|s| s.actor().map(str::to_string)));
        network.with(|net| {
            let mut always: std::collections::HashSet<&str> = std::collections::HashSet::new();
            if let Some(s) = sel_actor.as_deref() {
                always.insert(s);
                for e in net.edges.iter().filter(|e| e.a == s || e.b == s) {
                    always.insert(e.a.as_str());
                    always.insert(e.b.as_str());
                }
            }
            // The part of the layout on screen: the view box, zoomed and panned.
            let (vx, vy, vw, vh) = view_box.get();
            let (k, tx, ty) = zoom.get();
            let k = k.max(1e-6);
            let (x0, y0) = ((vx - tx) / k, (vy - ty) / k);
            let on_screen = (x0, y0, x0 + vw / k, y0 + vh / k);
            label_plan_within(&net.nodes, px_per_unit.get(), &always, on_screen)
        })
    });
    let nodes = move || {
        let net = network.get();
        let sel = selection.0.get();
        let sel_actor = sel.as_ref().and_then(|s| s.actor().map(str::to_string));
        let neighbours: Vec<String> = sel_actor
            .as_ref()
            .map(|s| {
                net.edges
                    .iter()
                    .filter(|e| &e.a == s || &e.b == s)
                    .flat_map(|e| [e.a.clone(), e.b.clone()])
                    .collect()
            })
            .unwrap_or_default();
        let is_pinned = pinned.get();
        let pos = positions.get();
        net.nodes
            .iter()
            .map(|n| {
                let id = n.id.clone();
                let selected = sel_actor.as_deref() == Some(n.id.as_str());
                let dim = sel_actor.is_some() && !selected && !neighbours.contains(&n.id);
                let p = pos.get(&n.id).copied().unwrap_or_else(|| Memo::new(move |_| (0.0, 0.0)));
                let (kind, r) = (n.kind.clone(), n.r);
                let shape = move || p.with(|&(x, y)| node_shape(&kind, x, y, r));
                let pin = is_pinned.contains_key(&n.id);
                // Pointer, keyboard and hover events are handled once, on the
                // group of all nodes (see `on_node`), not on each node.
                view! {
                    <g class="node" class:selected=selected class:dim=dim class:pinned=pin data-testid="actor-node" data-actor=id
                        data-name=n.name.clone() data-kind=n.kind.clone() data-selected=selected.to_string()
                        tabindex="0" role="button" aria-label=n.name.clone()>
                        // an invisible disc at least 24 px across on screen: small nodes are easy to hit
                        <circle class="node-hit" cx=move || p.get().0 cy=move || p.get().1
                            r=move || (HIT_PX / px_per_unit.get().max(1e-6)).max(r)></circle>
                        <path d=shape fill=actor_color(&n.kind) class="node-shape"></path>
                        {n.country.clone().map(|c| view! { <text class="node-cc" x=move || p.get().0 y=move || p.get().1 + 3.5>{c}</text> })}
                    </g>
                }
            })
            .collect_view()
    };
    // Labels are a layer above the nodes, sized for the screen; a hovered
    // node's hidden label shows while the pointer is on it.
    let label_text = move |nodes: &[crate::layout::network::NetNode],
                           i: usize,
                           plan: &LabelPlan,
                           dim: bool,
                           extra: bool| {
        let n = &nodes[i];
        let p = positions.with_untracked(|m| m.get(&n.id).copied());
        let p = p.unwrap_or_else(|| Memo::new(move |_| (0.0, 0.0)));
        // The anchor's offset from the node's centre (below, above or beside it).
        let (dx, dy) = plan.anchor_offset(nodes, i);
        let anchor = plan.at(i).text_anchor();
        let font = plan.font;
        view! {
            <text class="node-label" class:dim=dim class:extra=extra data-testid="actor-label" data-actor=n.id.clone()
                text-anchor=anchor x=move || p.get().0 + dx y=move || p.get().1 + dy
                style:font-size=format!("{font:.2}px") style:stroke-width=format!("{:.2}px", font * 0.28)>
                {short(&n.name, crate::layout::network::LABEL_CHARS)}
            </text>
        }
    };
    let label_layer = move || {
        let plan = labels.get();
        let _ = positions.get();
        let sel_actor = selection
            .0
            .with(|s| s.as_ref().and_then(|s| s.actor().map(str::to_string)));
        network.with(|net| {
            let near: std::collections::HashSet<&str> = sel_actor
                .as_deref()
                .map(|s| {
                    net.edges
                        .iter()
                        .filter(|e| e.a == s || e.b == s)
                        .flat_map(|e| [e.a.as_str(), e.b.as_str()])
                        .chain(std::iter::once(s))
                        .collect()
                })
                .unwrap_or_default();
            (0..net.nodes.len())
                .filter(|&i| plan.show.get(i).copied().unwrap_or(false))
                .map(|i| {
                    let dim = sel_actor.is_some() && !near.contains(net.nodes[i].id.as_str());
                    label_text(&net.nodes, i, &plan, dim, false)
                })
                .collect_view()
        })
    };
    let hover_label = move || {
        let id = hover.with(|h| h.as_ref().map(|h| h.0.clone()))?;
        let plan = labels.get();
        network.with(|net| {
            let i = net.nodes.iter().position(|n| n.id == id)?;
            (!plan.show.get(i).copied().unwrap_or(false))
                .then(|| label_text(&net.nodes, i, &plan, false, true))
        })
    };
    let card = move || {
        hover.get().and_then(|(id, cx, cy)| {
            let a = analysis.get();
            let x = actor(&a, &id)?.clone();
            let n_events = a.events.iter().filter(|e| e.actors.iter().any(|p| p.actor == id)).count();
            let n_rel = a.relations.iter().filter(|r| r.a == id || r.b == id).count();
            let rect = svg_ref.get_untracked()?.get_bounding_client_rect();
            let roles: Vec<String> = x.roles.iter().map(|r| r.title.clone()).collect();
            Some(view! {
                <div class="hover-card" style:left=format!("{}px", (cx - rect.left() + 12.0).min(rect.width() - 240.0).max(0.0)) style:top=format!("{}px", (cy - rect.top() + 40.0).min(rect.height() - 110.0).max(0.0))>
                    <strong>{x.name.clone()}</strong>
                    <div>{actor_kind_label(&x.kind)}{x.country.clone().map(|c| format!(" · {c}"))}</div>
                    {(!roles.is_empty()).then(|| view! { <div>{roles.join("; ")}</div> })}
                    {(!x.aliases.is_empty()).then(|| view! { <div class="muted small">{format!("also: {}", x.aliases.join(", "))}</div> })}
                    <div class="muted small">{format!("{} · {} · {}", count(x.mentions.len(), "mention", "mentions"), count(n_events, "event", "events"), count(n_rel, "relation", "relations"))}</div>
                </div>
            })
        })
    };
    let relation_toggles = RELATION_TYPES
        .iter()
        .map(|&t| {
            let hidden = move || filters.0.with(|f| f.hidden_relations.contains(t));
            view! {
                <button class="toggle small" class:off=hidden data-testid=format!("network-filter-{t}") aria-pressed=move || (!hidden()).to_string()
                    on:click=move |_| filters.0.update(|f| { if !f.hidden_relations.remove(t) { f.hidden_relations.insert(t.to_string()); } })>
                    <span class="swatch" style:background=relation_color(t)></span>{t}
                </button>
            }
        })
        .collect_view();
    let kind_legend = move || {
        let present: Vec<&'static str> = analysis.with(|a| {
            ACTOR_KINDS
                .iter()
                .copied()
                .filter(|k| a.actors.iter().any(|x| x.kind == *k))
                .collect()
        });
        present
            .into_iter()
            .map(|k| {
                let hidden = move || filters.0.with(|f| f.hidden_kinds.contains(k));
                view! {
                    <button class="toggle small kind-toggle" class:off=hidden data-testid=format!("kind-filter-{k}")
                        title=format!("{}: show or hide", actor_kind_label(k)) aria-label=actor_kind_label(k) aria-pressed=move || (!hidden()).to_string()
                        on:click=move |_| filters.0.update(|f| { if !f.hidden_kinds.remove(k) { f.hidden_kinds.insert(k.to_string()); } })>
                        <svg width="12" height="12" viewBox="-6 -6 12 12" aria-hidden="true"><path d=node_shape(k, 0.0, 0.0, 5.0) fill=actor_color(k)></path></svg>
                        <span class="kind-name">{actor_kind_label(k)}</span>
                    </button>
                }
            })
            .collect_view()
    };
    let is_max = move || ui.maximised.get() == Some(Maximised::Network);
    let markers = RELATION_TYPES
        .iter()
        .map(|&t| view! {
            <marker id=format!("arrow-{t}") viewBox="0 0 10 10" refX="22" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                <path d="M0 0L10 5L0 10z" fill=relation_color(t)></path>
            </marker>
        })
        .collect_view();
    let not_drawn = move || {
        // the actors the filters keep that the map leaves out: named
        // once, in no event and no relation (the ego view leaves out
        // more on purpose)
        if ego.get() || laying_out.get() {
            return None;
        }
        let left: Vec<String> = network.with(|n| {
            let drawn: std::collections::HashSet<&str> =
                n.nodes.iter().map(|x| x.id.as_str()).collect();
            if drawn.is_empty() {
                return Vec::new();
            }
            let v = vis.get();
            analysis.with(|a| {
                a.actors
                    .iter()
                    .filter(|x| v.actors.contains(x.id.as_str()) && !drawn.contains(x.id.as_str()))
                    .map(|x| x.name.clone())
                    .collect()
            })
        });
        (!left.is_empty()).then(|| {
                    let n = left.len();
                    let text = if n == 1 { "1 actor not drawn".to_string() } else { format!("{n} actors not drawn") };
                    // named on hover and, for keyboards and screen readers, on focus
                    let names = format!("Not drawn: named once, in no event and no relation shown: {}", left.join(", "));
                    view! { <span class="not-drawn small muted" data-testid="network-not-drawn" tabindex="0" title=names.clone() aria-label=format!("{text}. {names}")>{text.clone()}</span> }
                })
    };
    view! {
        <div class="view-head">
            <span class="pane-title">"Actor map"</span>
            <div class="tools">
                <button class="small" class:on=move || ego.get() data-testid="network-ego" disabled=move || selection.0.with(|s| !matches!(s, Some(Sel::Actor(_))))
                    title="Show only the selected actor and its neighbours" on:click=move |_| ego.update(|e| *e = !*e)>"Ego view"</button>
                <button class="small" title="Release all pinned nodes and re-run the layout" on:click=move |_| { pinned.set(HashMap::new()); previous.set_value(HashMap::new()); zoom.set((1.0, 0.0, 0.0)); }>"Re-layout"</button>
                <button class="icon" data-testid="network-maximise" title=move || if is_max() { "Restore" } else { "Maximise" } aria-label=move || if is_max() { "Restore" } else { "Maximise" }
                    on:click=move |_| ui.maximised.update(|m| *m = if *m == Some(Maximised::Network) { None } else { Some(Maximised::Network) })>
                    {move || if is_max() { crate::components::icons::restore().into_any() } else { crate::components::icons::maximise().into_any() }}</button>
            </div>
        </div>
        // compact toggles above the drawing: relation types on one row, actor kinds on the next, then how many actors are not drawn
        <div class="legend net-legend">{relation_toggles}<span class="legend-sep" aria-hidden="true"></span>{kind_legend}{not_drawn}</div>
        <div class="network-wrap" node_ref=wrap_ref aria-busy=move || laying_out.get().to_string()
            tabindex="-1" aria-label="Actor map: Tab reaches its actors">
            <Show when=move || laying_out.get()>
                <p class="laying-out small muted" data-testid="network-busy">"Laying out the actor map…"</p>
            </Show>
            <Show when=move || network.with(|n| n.nodes.is_empty())>
                <p class="empty overlay">{move || if analysis.with(|a| a.documents.is_empty()) { "Actors and their relations appear here." } else { "No actors pass the current filters." }}</p>
            </Show>
            <svg class="network" data-testid="actor-network" node_ref=svg_ref preserveAspectRatio="xMidYMid meet"
                class:panning=move || panning.with(|p| p.is_some())
                style:transform=move || { let (dx, dy) = pan_px.get(); if dx == 0.0 && dy == 0.0 { String::new() } else { format!("translate({dx}px,{dy}px)") } }
                viewBox=move || { let (x, y, w, h) = view_box.get(); format!("{x} {y} {w} {h}") }
                on:wheel=on_wheel on:pointerdown=on_bg_down on:pointermove=on_move on:pointerup=on_up on:pointercancel=on_up>
                <defs>{markers}</defs>
                <g transform=move || { let (k, tx, ty) = zoom.get(); format!("translate({tx},{ty}) scale({k})") }>
                    <g class="edges">{edges}</g>
                    <g class="nodes"
                        on:pointerdown=move |ev: leptos::ev::PointerEvent| if let Some(id) = node_of(ev.target()) {
                            ev.stop_propagation();
                            if ev.button() == 0 {
                                dragging.set(Some((id, ev.client_x() as f64, ev.client_y() as f64, false)));
                            }
                        }
                        on:dblclick=move |ev: leptos::ev::MouseEvent| if let Some(id) = node_of(ev.target()) {
                            pinned.update(|m| { m.remove(&id); });
                        }
                        on:contextmenu=move |ev: leptos::ev::MouseEvent| if let Some(id) = node_of(ev.target()) {
                            crate::components::editors::context_edit(&ev, selection, editor_open, Sel::Actor(id));
                        }
                        on:keydown=move |ev: leptos::ev::KeyboardEvent| if ev.key() == "Enter" {
                            if let Some(id) = node_of(ev.target()) { selection.toggle(Sel::Actor(id)) }
                        }
                        on:mouseover=move |ev: leptos::ev::MouseEvent| if let Some(id) = node_of(ev.target()) {
                            if hover.with_untracked(|h| h.as_ref().is_none_or(|(h, _, _)| *h != id)) {
                                hover.set(Some((id, ev.client_x() as f64, ev.client_y() as f64)));
                            }
                        }
                        on:mouseout=move |ev: leptos::ev::MouseEvent| {
                            // Leaving a node (not just moving between its shape and labels).
                            if node_of(ev.related_target()) != node_of(ev.target()) {
                                hover.set(None);
                            }
                        }>{nodes}</g>
                    <g class="labels">{label_layer}{hover_label}</g>
                </g>
            </svg>
            {card}
        </div>
    }
}

/// Half the smallest width, in CSS pixels, a node can be hit across.
const HIT_PX: f64 = 12.0;

/// The actor id of the node an event happened in (its `data-actor`).
fn node_of(target: Option<web_sys::EventTarget>) -> Option<String> {
    use wasm_bindgen::JsCast;
    target?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest("[data-actor]")
        .ok()??
        .get_attribute("data-actor")
}

/// The shape of an actor kind, as path data centred on (x, y).
pub fn node_shape(kind: &str, x: f64, y: f64, r: f64) -> String {
    match kind {
        "state" | "government" => {
            format!("M{} {}h{}v{}h{}z", x - r, y - r, 2.0 * r, 2.0 * r, -2.0 * r)
        }
        "armed_group" | "military" => format!(
            "M{x} {}L{} {}L{} {}z",
            y - r * 1.15,
            x + r * 1.1,
            y + r * 0.85,
            x - r * 1.1,
            y + r * 0.85
        ),
        "organisation" | "media" => format!(
            "M{x} {}L{} {y}L{x} {}L{} {y}z",
            y - r * 1.2,
            x + r * 1.2,
            y + r * 1.2,
            x - r * 1.2
        ),
        _ => format!(
            "M{} {y}a{r} {r} 0 1 0 {} 0a{r} {r} 0 1 0 {} 0",
            x - r,
            2.0 * r,
            -2.0 * r
        ),
    }
}

fn short(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(n - 1).collect();
        t.push('…');
        t
    }
}

/// "1 event", "3 events".
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
