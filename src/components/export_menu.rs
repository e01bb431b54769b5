//! Export and import: the project file and the analysis in the formats
//! analysts use (CSV, GeoJSON, GEXF, GraphML, TimelineJS, PLOVER), plus
//! pictures of the views. Everything is made in the page and downloaded.

use atlas_export::{export, from_project, to_project, Dispatch as ProjectDispatch, Format};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::state::atlas::{use_atlas, Atlas, Dispatch};
use crate::state::corrections::Op;

/// Starts a download of `content` named `name`.
pub fn download(name: &str, mime: &str, content: &str) -> Result<(), String> {
    let parts = js_sys::Array::new();
    parts.push(&wasm_bindgen::JsValue::from_str(content));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts)
        .map_err(|_| "the browser refused to make the file".to_string())?;
    download_blob(name, &blob)
}

/// Starts a download of a blob.
pub fn download_blob(name: &str, blob: &web_sys::Blob) -> Result<(), String> {
    let url = web_sys::Url::create_object_url_with_blob(blob)
        .map_err(|_| "the browser refused to make the file".to_string())?;
    let doc = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let a: web_sys::HtmlAnchorElement = doc
        .create_element("a")
        .map_err(|_| "no anchor")?
        .dyn_into()
        .map_err(|_| "no anchor")?;
    a.set_href(&url);
    a.set_download(name);
    a.set_attribute("data-testid", "download-link").ok();
    if let Some(body) = doc.body() {
        let _ = body.append_child(&a);
        a.click();
        let _ = body.remove_child(&a);
    }
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// The project file of the current session: dispatches numbered 1…n, the
/// corrections rewritten to those numbers, and the analysis as shown.
pub fn project_json(atlas: &Atlas) -> String {
    let dispatches = atlas.dispatches.get_untracked();
    let index = |id: u64| {
        dispatches
            .iter()
            .position(|d| d.id == id)
            .map(|i| i as u64 + 1)
    };
    let ops: Vec<Op> = atlas
        .ops
        .get_untracked()
        .into_iter()
        .filter_map(|mut op| op.map_dispatch(&index).then_some(op))
        .collect();
    let list: Vec<ProjectDispatch> = dispatches
        .iter()
        .map(|d| ProjectDispatch {
            text: d.text.clone(),
            dct: d.dct.clone(),
            lang: d.lang.clone(),
            dct_from: d.dct_from.clone(),
        })
        .collect();
    let corrections = serde_json::to_value(ops).unwrap_or(serde_json::Value::Null);
    to_project(&atlas.analysis.get_untracked(), &list, &corrections)
}

/// Restores a session from a project file; changes nothing on error.
pub fn import_project(atlas: &Atlas, text: &str) -> Result<usize, String> {
    let project = from_project(text).map_err(|e| e.to_string())?;
    let mut ops: Vec<Op> = if project.corrections.is_null() {
        Vec::new()
    } else {
        serde_json::from_value(project.corrections.clone())
            .map_err(|e| format!("the corrections in this project file could not be read: {e}"))?
    };
    // the file numbers its dispatches 1…n; they get ids after the ones open
    // now, so that undoing the opening never takes one for the other
    let base = atlas
        .dispatches
        .with_untracked(|ds| ds.iter().map(|d| d.id).max().unwrap_or(0));
    for op in &mut ops {
        op.map_dispatch(&|id| Some(id + base));
    }
    let dispatches: Vec<Dispatch> = project
        .dispatches
        .into_iter()
        .enumerate()
        .map(|(i, d)| Dispatch {
            id: base + i as u64 + 1,
            text: d.text,
            dct: d.dct,
            lang: d.lang,
            dct_from: d.dct_from,
        })
        .collect();
    let n = dispatches.len();
    atlas.change(move |ds, os| {
        *ds = dispatches;
        *os = ops;
    });
    Ok(n)
}

fn stamp(atlas: &Atlas) -> String {
    atlas.analysis.with_untracked(|a| {
        let mut dcts: Vec<&str> = a
            .documents
            .iter()
            .filter_map(|d| d.dct.as_deref())
            .collect();
        dcts.sort_unstable();
        dcts.last()
            .map(|d| d.to_string())
            .unwrap_or_else(|| "undated".into())
    })
}

/// The export menu and the import button.
#[component]
pub fn ExportMenu() -> impl IntoView {
    let atlas = use_atlas();
    let filters = crate::state::filters::use_filters();
    let shown = expect_context::<crate::state::filters::Shown>();
    let open = RwSignal::new(false);
    // with filters on, the data exports hold what the views show (unless unticked)
    let only_shown = RwSignal::new(true);
    let filtered = Memo::new(move |_| filters.0.with(|f| f.is_active()));
    let menu = NodeRef::<leptos::html::Div>::new();
    let button = NodeRef::<leptos::html::Button>::new();
    let run = move |f: Option<Format>| {
        let base = format!("dispatch-atlas-{}", stamp(&atlas));
        let result = match f {
            None => download(
                &format!("{base}.atlas.json"),
                "application/json",
                &project_json(&atlas),
            ),
            Some(fmt) => {
                let content = atlas.analysis.with_untracked(|a| {
                    if filtered.get_untracked() && only_shown.get_untracked() {
                        shown
                            .0
                            .with_untracked(|v| export(&crate::state::filters::subset(a, v), fmt))
                    } else {
                        export(a, fmt)
                    }
                });
                download(&format!("{base}.{}", fmt.extension()), fmt.mime(), &content)
            }
        };
        if let Err(e) = result {
            atlas.notice.set(Some(format!("Export failed: {e}")));
        }
        open.set(false);
    };
    let items = [
        ("export-json", "Project file (.atlas.json)", None),
        ("export-csv", "CSV (ACLED columns)", Some(Format::Csv)),
        ("export-geojson", "GeoJSON (QGIS)", Some(Format::GeoJson)),
        ("export-gexf", "GEXF 1.3 (Gephi)", Some(Format::Gexf)),
        ("export-graphml", "GraphML", Some(Format::GraphMl)),
        ("export-timelinejs", "TimelineJS JSON", Some(Format::TimelineJs)),
        ("export-plover", "PLOVER JSON Lines", Some(Format::Plover)),
    ]
    .into_iter()
    .map(|(id, label, f)| view! { <button role="menuitem" data-testid=id on:click=move |_| run(f)>{label}</button> })
    .collect_view();
    let pictures = [
        ("export-svg", "Views as SVG", false),
        ("export-png", "Views as PNG", true),
    ]
    .into_iter()
    .map(|(id, label, png)| {
        view! {
            <button role="menuitem" data-testid=id on:click=move |_| {
                if let Err(e) = crate::components::picture::export_views(png, &atlas) {
                    atlas.notice.set(Some(format!("Export failed: {e}")));
                }
                open.set(false);
            }>{label}</button>
        }
    })
    .collect_view();
    let on_import = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        input.set_value("");
        let name = file.name();
        let gf = gloo::file::File::from(file);
        leptos::task::spawn_local(async move {
            match gloo::file::futures::read_as_text(&gf).await {
                Ok(text) => match import_project(&atlas, &text) {
                    Ok(n) => atlas.notice.set(Some(format!(
                        "Opened “{name}”: {n} dispatch(es) restored with their corrections."
                    ))),
                    Err(e) => atlas.notice.set(Some(format!(
                        "“{name}” was not opened: {e}. Nothing was changed."
                    ))),
                },
                Err(e) => atlas
                    .notice
                    .set(Some(format!("“{name}” could not be read: {e}"))),
            }
        });
    };
    view! {
        <div class="menu" data-testid="export-menu"
            // Escape closes the open menu (and gives the focus back to its button);
            // leaving it with the focus or the pointer's click closes it too
            on:keydown=move |ev: leptos::ev::KeyboardEvent| if ev.key() == "Escape" && open.get_untracked() {
                ev.stop_propagation();
                open.set(false);
                if let Some(b) = button.get_untracked() { let _ = b.focus(); }
            }
            on:focusout=move |ev: leptos::ev::FocusEvent| {
                let inside = ev
                    .related_target()
                    .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
                    .zip(menu.get_untracked())
                    .is_some_and(|(t, m)| m.contains(Some(&t)));
                if !inside { open.set(false); }
            }
            node_ref=menu>
            <button node_ref=button class:on=move || open.get() aria-haspopup="menu" aria-expanded=move || open.get().to_string()
                data-testid="export-button" on:click=move |_| open.update(|o| *o = !*o)>"Export ▾"</button>
            <div class="menu-items" class:open=move || open.get() role="menu">
                <Show when=move || filtered.get()>
                    <label class="menu-option" data-testid="export-filtered-label"
                        title="CSV, GeoJSON, GEXF, GraphML, TimelineJS and PLOVER then hold the events, actors, places and relations the filters leave; the project file always holds everything">
                        <input type="checkbox" data-testid="export-filtered" prop:checked=move || only_shown.get()
                            on:change=move |ev| only_shown.set(event_target_checked(&ev)) />
                        {move || {
                            let n = shown.0.with(|v| v.events.len());
                            let all = atlas.analysis.with(|a| a.events.len());
                            format!(" Only what the filters show ({n} of {all} events)")
                        }}
                    </label>
                    <hr />
                </Show>
                {items}<hr />{pictures}</div>
        </div>
        <label class="file-pick button-like" title="Open a project file (.atlas.json)">"Open project…"
            <input type="file" accept=".json,application/json" data-testid="import-input" on:change=on_import />
        </label>
    }
}
