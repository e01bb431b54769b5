//! The workbench: header, dispatches on the left, the three views in the
//! middle, details and the source text on the right.

use std::sync::Arc;

use atlas_engine::Analysis;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::components::changes_panel::ChangesPanel;
use crate::components::detail_panel::DetailPanel;
use crate::components::dispatch_list::DispatchList;
use crate::components::filter_bar::FilterBar;
use crate::components::geo_map::GeoMap;
use crate::components::header::Header;
use crate::components::network::ActorNetwork;
use crate::components::source_view::SourceView;
use crate::components::timeline::Timeline;
use crate::components::util::{clock, in_slices, mark};
use crate::engine_client::{analyze_in_worker, Decoder, Job};
use crate::state::atlas::{provide_atlas, Raw, Status};
use crate::state::filters::{provide_filters, visible, Visible};
use crate::state::persist::{self, Saved, Saving};
use crate::state::selection::provide_selection;

/// Session-storage key of the undo history.
const HISTORY_KEY: &str = "dispatch-atlas/history@1";
/// How long after the last change the workspace is saved.
const SAVE_DELAY_MS: u32 = 250;
/// How much text one saving step writes before the clock is checked.
const SAVE_STEP_BYTES: usize = 64 * 1024;

/// Which view is maximised, if any.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Maximised {
    /// The timeline.
    Timeline,
    /// The actor network.
    Network,
    /// The map.
    Map,
}

/// What one view draws: the analysis (corrections applied) and what the
/// filters let through, always changed together.
#[derive(Debug, Clone, Copy)]
pub struct ViewInput {
    /// The analysis.
    pub analysis: RwSignal<Arc<Analysis>>,
    /// What passes the filters.
    pub vis: RwSignal<Arc<Visible>>,
}

impl ViewInput {
    fn new() -> Self {
        ViewInput {
            analysis: RwSignal::new(Arc::new(Analysis::default())),
            vis: RwSignal::new(Arc::new(Visible::default())),
        }
    }

    fn set(&self, a: &Arc<Analysis>, v: &Arc<Visible>) {
        self.analysis.set(Arc::clone(a));
        self.vis.set(Arc::clone(v));
    }
}

/// The inputs of the three views. After a change they are updated one view
/// per task (see `STAGE_ABOVE`), so drawing a large analysis is three
/// shorter tasks instead of one long one, and the page answers in between.
#[derive(Debug, Clone, Copy)]
pub struct ViewInputs {
    /// The timeline's.
    pub timeline: ViewInput,
    /// The geographic map's.
    pub map: ViewInput,
    /// The actor map's.
    pub network: ViewInput,
}

/// Above this many events, actors and places, the views update in turn.
const STAGE_ABOVE: usize = 300;

/// The UI theme and which view is maximised.
#[derive(Debug, Clone, Copy)]
pub struct Ui {
    /// `light` or `dark`.
    pub theme: RwSignal<String>,
    /// Whether the user chose the theme (else it follows the system's).
    pub theme_chosen: RwSignal<bool>,
    /// The maximised view.
    pub maximised: RwSignal<Option<Maximised>>,
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

/// `window.matchMedia("(prefers-color-scheme: dark)")`, if the browser has it.
fn dark_query() -> Option<wasm_bindgen::JsValue> {
    use wasm_bindgen::JsCast;
    let w = web_sys::window()?;
    let f = js_sys::Reflect::get(&w, &"matchMedia".into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    f.call1(&w, &"(prefers-color-scheme: dark)".into()).ok()
}

/// Whether the system asks for a dark theme.
fn system_dark() -> bool {
    dark_query()
        .and_then(|q| js_sys::Reflect::get(&q, &"matches".into()).ok())
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}

/// Calls `on_change(dark)` whenever the system's colour scheme changes.
fn follow_system_theme(on_change: impl Fn(bool) + 'static) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let Some(q) = dark_query() else { return };
    let Some(add) = js_sys::Reflect::get(&q, &"addEventListener".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    else {
        return;
    };
    let cb = Closure::<dyn Fn()>::new(move || on_change(system_dark()));
    let _ = add.call2(&q, &"change".into(), cb.as_ref().unchecked_ref());
    // The listener lives as long as the page's single app instance.
    cb.forget();
}

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let atlas = provide_atlas();
    let selection = provide_selection();
    let filters = provide_filters();
    let ui = Ui {
        theme: RwSignal::new("light".into()),
        theme_chosen: RwSignal::new(false),
        maximised: RwSignal::new(None),
    };
    provide_context(ui);
    let pick = crate::components::editors::PickOnMap(RwSignal::new(None));
    provide_context(pick);
    crate::state::editing::provide_editor(atlas, selection);

    // Restore the saved workspace once, before anything is saved.
    let restored = match storage() {
        Some(mut s) => persist::load(&mut s),
        None => persist::restore_legacy(None),
    };
    let written = StoredValue::new(restored.written.clone());
    atlas.dispatches.set(restored.saved.dispatches.clone());
    if let Ok(ops) = serde_json::from_value::<Vec<crate::state::corrections::Op>>(
        restored.saved.corrections.clone(),
    ) {
        atlas.ops.set(ops);
    }
    // The user's theme, else the system's, followed while it changes.
    let (theme, chosen) = persist::initial_theme(restored.saved.theme.as_deref(), system_dark());
    ui.theme.set(theme.into());
    ui.theme_chosen.set(chosen);
    follow_system_theme(move |dark| {
        if !ui.theme_chosen.get_untracked() {
            ui.theme.set(if dark { "dark" } else { "light" }.into());
        }
    });
    atlas.notice.set(restored.warning.clone());
    // `?example` (the address `scripts/run.sh` prints) opens on the example
    // bundle, unless the workspace already holds dispatches.
    let query = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    if crate::examples::wants_example(&query) && atlas.dispatches.with_untracked(Vec::is_empty) {
        atlas.add(
            crate::examples::EXAMPLE
                .iter()
                .map(|t| t.to_string())
                .collect(),
        );
    }

    // The undo history lives in the tab's session storage: it survives a reload.
    let session = || web_sys::window().and_then(|w| w.session_storage().ok().flatten());
    if let Some(h) = session().and_then(|s| s.get_item(HISTORY_KEY).ok().flatten()) {
        atlas.restore_history(&h);
    }
    // Save as things change (talking to the outside world: an effect): a
    // short while after the last change, in slices of a few milliseconds
    // (only the texts that changed are written, see `persist`), and all at
    // once when the page goes away with changes unsaved.
    let snapshot = move || Saved {
        dispatches: atlas.dispatches.get_untracked(),
        corrections: serde_json::to_value(atlas.ops.get_untracked())
            .unwrap_or(serde_json::Value::Null),
        // Saved only when chosen: otherwise it follows the system next time too.
        theme: ui
            .theme_chosen
            .get_untracked()
            .then(|| ui.theme.get_untracked()),
    };
    let save_history = move || {
        if let (Some(s), Some(json)) = (session(), atlas.history_json()) {
            if s.set_item(HISTORY_KEY, &json).is_err() {
                let _ = s.remove_item(HISTORY_KEY);
            }
        }
    };
    // Told after whatever notice is up (a paste's split notice comes first),
    // not in its place.
    let full = move || {
        const FULL: &str = "The browser's storage is full: your latest changes are kept in this tab but not saved. Export a project file to keep them.";
        atlas.notice.update(|n| {
            *n = Some(match n.take() {
                Some(before) if !before.contains(FULL) => format!("{before}\n{FULL}"),
                _ => FULL.to_string(),
            })
        })
    };
    let dirty = StoredValue::new(false);
    let saving = StoredValue::new(0u64);
    let save_in_slices = move || {
        saving.update_value(|g| *g += 1);
        let mine = saving.get_value();
        let mut plan = Saving::new(snapshot(), &written.get_value());
        save_history();
        spawn_local(async move {
            let Some(mut store) = storage() else { return };
            let step =
                || match written.try_update_value(|w| plan.step(&mut store, w, SAVE_STEP_BYTES)) {
                    Some(Ok(false)) => None,
                    Some(Ok(true)) => Some(true),
                    _ => Some(false),
                };
            // A save cut short goes on in the newer one, from what this one wrote.
            match in_slices("save-slice", step, || saving.get_value() != mine).await {
                Some(true) if saving.get_value() == mine => dirty.set_value(false),
                Some(false) => full(),
                _ => {}
            }
        });
    };
    let save_now = move || {
        saving.update_value(|g| *g += 1);
        let mut plan = Saving::new(snapshot(), &written.get_value());
        save_history();
        let Some(mut store) = storage() else { return };
        match written.try_update_value(|w| plan.step(&mut store, w, usize::MAX)) {
            Some(Ok(_)) => dirty.set_value(false),
            _ => full(),
        }
    };
    thread_local! {
        static PENDING_SAVE: std::cell::RefCell<Option<gloo::timers::callback::Timeout>> =
            const { std::cell::RefCell::new(None) };
    }
    Effect::new(move |_| {
        atlas.steps.track();
        atlas.dispatches.track();
        atlas.ops.track();
        ui.theme.track();
        dirty.set_value(true);
        let timer = gloo::timers::callback::Timeout::new(SAVE_DELAY_MS, move || {
            PENDING_SAVE.with(|p| p.borrow_mut().take());
            save_in_slices();
        });
        // Replacing a pending timer cancels it: one save per burst of changes.
        PENDING_SAVE.with(|p| *p.borrow_mut() = Some(timer));
    });
    let _flush = window_event_listener(leptos::ev::pagehide, move |_| {
        PENDING_SAVE.with(|p| p.borrow_mut().take());
        if dirty.get_value() {
            save_now();
        }
    });

    // Analyse in the worker whenever the dispatches change; late answers to
    // older requests are dropped.
    let generation = StoredValue::new(0u64);
    Effect::new(move |_| {
        let (n, ids): (usize, Vec<u64>) = atlas
            .dispatches
            .with(|ds| (ds.len(), ds.iter().map(|d| d.id).collect()));
        generation.update_value(|g| *g += 1);
        let mine = generation.get_value();
        if n == 0 {
            atlas.raw.set(Arc::new(Raw::default()));
            atlas.status.set(Status::Idle);
            return;
        }
        atlas.status.set(Status::Working(n));
        let now = clock();
        let started = now();
        spawn_local(async move {
            // Sending is a task of its own, after the change has been drawn.
            gloo::timers::future::TimeoutFuture::new(0).await;
            if generation.get_value() != mine {
                return;
            }
            mark("request");
            let json = atlas.dispatches.with_untracked(|ds| {
                let jobs: Vec<Job<&str>> = ds
                    .iter()
                    .map(|d| Job {
                        text: d.text.as_str(),
                        dct: d.dct.as_deref(),
                        lang: d.lang.as_deref(),
                        dct_from: d.dct_from.as_deref(),
                    })
                    .collect();
                serde_json::to_string(&jobs).unwrap_or_else(|_| "[]".into())
            });
            let answer = analyze_in_worker(json).await;
            mark("answer");
            if generation.get_value() != mine {
                return;
            }
            // The answer's documents come without their texts: the dispatches' own.
            let texts = atlas.dispatches.with_untracked(|ds| {
                let by_id: std::collections::HashMap<u64, &str> =
                    ds.iter().map(|d| (d.id, d.text.as_str())).collect();
                ids.iter()
                    .map(|id| by_id.get(id).map(|t| t.to_string()).unwrap_or_default())
                    .collect::<Vec<_>>()
            });
            let Some(decoded) =
                decode_in_slices(&answer, texts, || generation.get_value() != mine).await
            else {
                return;
            };
            drop(answer);
            // Decoding a large analysis and drawing it are separate tasks, not one
            // long one: the page answers input in between.
            gloo::timers::future::TimeoutFuture::new(0).await;
            if generation.get_value() != mine {
                return;
            }
            match decoded {
                Ok(a) => {
                    mark("raw-set");
                    atlas.raw.set(Arc::new(Raw {
                        analysis: Arc::new(a),
                        ids,
                    }));
                    atlas.status.set(Status::Done(now() - started));
                }
                Err(e) => atlas.status.set(Status::Failed(e)),
            }
        });
    });

    let vis = Memo::new(move |_| {
        let a = atlas.analysis.get();
        Arc::new(filters.0.with(|f| visible(&a, f)))
    });
    provide_context(crate::state::filters::Shown(vis));
    let inputs = ViewInputs {
        timeline: ViewInput::new(),
        map: ViewInput::new(),
        network: ViewInput::new(),
    };
    provide_context(inputs);
    let stage = StoredValue::new(0u64);
    Effect::new(move |_| {
        let (a, v) = (atlas.analysis.get(), vis.get());
        stage.update_value(|g| *g += 1);
        let mine = stage.get_value();
        let order = [
            ("timeline", inputs.timeline),
            ("map", inputs.map),
            ("network", inputs.network),
        ];
        if a.events.len() + a.actors.len() + a.places.len() <= STAGE_ABOVE {
            order.iter().for_each(|(_, i)| i.set(&a, &v));
            return;
        }
        spawn_local(async move {
            for (name, input) in order {
                gloo::timers::future::TimeoutFuture::new(0).await;
                if stage.get_value() != mine {
                    return;
                }
                mark(name);
                input.set(&a, &v);
            }
        });
    });

    // Escape clears the selection, then restores a maximised view, then clears
    // the filters; Ctrl+Z / Ctrl+Shift+Z undo and redo.
    let _keys = window_event_listener(leptos::ev::keydown, move |ev| {
        let in_field = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
        if (ev.ctrl_key() || ev.meta_key()) && ev.key().eq_ignore_ascii_case("z") && !in_field {
            ev.prevent_default();
            if ev.shift_key() {
                atlas.redo()
            } else {
                atlas.undo()
            }
            return;
        }
        if (ev.ctrl_key() || ev.meta_key()) && ev.key().eq_ignore_ascii_case("y") && !in_field {
            ev.prevent_default();
            atlas.redo();
            return;
        }
        if ev.key() == "Escape" {
            if pick.0.with_untracked(Option::is_some) {
                pick.0.set(None);
            } else if selection.0.with_untracked(Option::is_some) {
                selection.clear();
            } else if ui.maximised.with_untracked(Option::is_some) {
                ui.maximised.set(None);
            } else {
                filters.0.set(Default::default());
            }
        }
    });

    let max_class = move |which: Maximised| {
        move || match ui.maximised.get() {
            Some(m) if m == which => "view maximised",
            Some(_) => "view hidden",
            None => "view",
        }
    };

    view! {
        <div class="app" data-theme=move || ui.theme.get() data-testid="app">
            // The first stops of the Tab order: past the hundred marks and
            // nodes of the views before the one wanted
            <nav class="skip-links" aria-label="Skip to a view">
                {[("skip-timeline", "Skip to the timeline", ".timeline"),
                  ("skip-network", "Skip to the actor map", ".network-wrap"),
                  ("skip-map", "Skip to the map", ".map-wrap"),
                  ("skip-details", "Skip to the details", ".detail-panel")]
                    .into_iter()
                    .map(|(id, label, sel)| view! { <button data-testid=id on:click=move |_| focus_first(sel)>{label}</button> })
                    .collect_view()}
            </nav>
            <Header />
            {move || atlas.notice.get().map(|n| view! {
                <div class="notice" role="status" data-testid="notice">
                    <span>{n}</span>
                    <button class="ghost" on:click=move |_| atlas.notice.set(None)>"Dismiss"</button>
                </div>
            })}
            <div class="workbench">
                <aside class="left-pane">
                    <DispatchList />
                </aside>
                <main class="views">
                    <FilterBar />
                    <section class=max_class(Maximised::Timeline)>
                        <Timeline />
                    </section>
                    <div class="views-row">
                        <section class=max_class(Maximised::Network)>
                            <ActorNetwork />
                        </section>
                        <section class=max_class(Maximised::Map)>
                            <GeoMap />
                        </section>
                    </div>
                </main>
                <aside class="right-pane">
                    <DetailPanel />
                    <ChangesPanel />
                    <SourceView />
                </aside>
            </div>
        </div>
    }
}

/// How much of the answer one decoding step reads before the clock is checked.
const DECODE_STEP_BYTES: usize = 16 * 1024;

/// Decodes the worker's answer (for dispatches with these `texts`) in
/// slices, yielding to the page between them (a large analysis takes far
/// longer than a frame to decode); `None` once `stale()` says a newer answer
/// is coming.
async fn decode_in_slices(
    answer: &str,
    texts: Vec<String>,
    stale: impl Fn() -> bool,
) -> Option<Result<Analysis, String>> {
    let mut d = match Decoder::new(answer) {
        Ok(d) => d,
        Err(e) => return Some(Err(e)),
    };
    let step = || match d.step(DECODE_STEP_BYTES) {
        Ok(false) => None,
        Ok(true) => Some(Ok(())),
        Err(e) => Some(Err(e)),
    };
    let decoded = in_slices("decode-slice", step, stale).await?;
    Some(decoded.map(|()| d.finish_with_texts(texts)))
}

/// Focuses the first element matching `selector` (a skip link's target).
fn focus_first(selector: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(selector).ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}
