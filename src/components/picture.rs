//! Pictures of the views: the three SVG views as they are on screen, with
//! their computed styles inlined, a legend and a footer naming the source
//! dispatches' dates, as one SVG file or rendered to PNG.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::components::export_menu::{download, download_blob};
use crate::layout::colors::{relation_color, EventClass, RELATION_TYPES};
use crate::state::atlas::Atlas;

const STYLE_PROPS: [&str; 12] = [
    "fill",
    "fill-opacity",
    "stroke",
    "stroke-width",
    "stroke-opacity",
    "stroke-dasharray",
    "opacity",
    "font-size",
    "font-weight",
    "font-family",
    "text-anchor",
    "paint-order",
];

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Copies the computed presentation styles of `src` and its descendants onto `dst` (a deep clone of it).
fn inline_styles(window: &web_sys::Window, src: &web_sys::Element, dst: &web_sys::Element) {
    // As presentation attributes, not a `style` attribute: the page's
    // Content-Security-Policy refuses inline styles (one console error per
    // element), and a standalone SVG reads both the same.
    if let Ok(Some(cs)) = window.get_computed_style(src) {
        for p in STYLE_PROPS {
            if let Ok(v) = cs.get_property_value(p) {
                if !v.is_empty() {
                    let _ = dst.set_attribute(p, &v);
                }
            }
        }
    }
    let _ = dst.remove_attribute("style");
    let (a, b) = (src.children(), dst.children());
    for i in 0..a.length().min(b.length()) {
        if let (Some(x), Some(y)) = (a.item(i), b.item(i)) {
            inline_styles(window, &x, &y);
        }
    }
}

/// The timeline is two layers on screen (lanes, and the plot that pans
/// above them: an SVG, plus a canvas when it is dense); the picture puts
/// the plot back into the lanes' SVG.
fn add_timeline_plot(window: &web_sys::Window, doc: &web_sys::Document, into: &web_sys::Element) {
    // The lane titles' column, as wide as the timeline drew it.
    let gutter = into
        .get_attribute("data-gutter")
        .filter(|g| g.parse::<f64>().is_ok())
        .unwrap_or_else(|| crate::layout::timeline::GUTTER_MIN.to_string());
    if let Some(plot) = doc
        .query_selector("[data-testid=timeline] .tl-plot")
        .ok()
        .flatten()
    {
        if let Some(copy) = plot
            .clone_node_with_deep(true)
            .ok()
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        {
            inline_styles(window, &plot, &copy);
            copy.set_attribute("x", &gutter).ok();
            into.append_child(&copy).ok();
        }
    }
    let canvas = doc
        .query_selector("[data-testid=timeline-canvas]")
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into::<web_sys::HtmlCanvasElement>().ok());
    if let Some(c) = canvas {
        let rect = c.get_bounding_client_rect();
        if let (Ok(url), Ok(img)) = (
            c.to_data_url(),
            doc.create_element_ns(Some("http://www.w3.org/2000/svg"), "image"),
        ) {
            img.set_attribute("href", &url).ok();
            img.set_attribute("x", &gutter).ok();
            img.set_attribute("y", "0").ok();
            img.set_attribute("width", &rect.width().to_string()).ok();
            img.set_attribute("height", &rect.height().to_string()).ok();
            into.append_child(&img).ok();
        }
    }
}

/// One view's SVG markup, styles inlined, placed at (x, y).
fn view_markup(
    window: &web_sys::Window,
    doc: &web_sys::Document,
    selector: &str,
    title: &str,
    x: f64,
    y: f64,
) -> Option<(String, f64, f64)> {
    let el = doc.query_selector(selector).ok()??;
    let rect = el.get_bounding_client_rect();
    let (w, h) = (rect.width().max(1.0), rect.height().max(1.0));
    let clone: web_sys::Element = el.clone_node_with_deep(true).ok()?.dyn_into().ok()?;
    inline_styles(window, &el, &clone);
    if selector.contains("timeline") {
        add_timeline_plot(window, doc, &clone);
    }
    clone.set_attribute("x", &format!("{x}")).ok();
    clone.set_attribute("y", &format!("{}", y + 20.0)).ok();
    clone.set_attribute("width", &format!("{w}")).ok();
    clone.set_attribute("height", &format!("{h}")).ok();
    let inner = web_sys::XmlSerializer::new()
        .ok()?
        .serialize_to_string(&clone)
        .ok()?;
    let head = format!(
        r##"<text x="{x}" y="{}" font-size="13" font-weight="700" fill="#1d2430">{}</text>"##,
        y + 14.0,
        escape(title)
    );
    Some((format!("{head}{inner}"), w, h + 20.0))
}

/// The composed SVG of the three views, legend and footer.
pub fn compose(atlas: &Atlas) -> Result<(String, f64, f64), String> {
    let window = web_sys::window().ok_or("no window")?;
    let doc = window.document().ok_or("no document")?;
    let pad = 16.0;
    let mut body = String::new();
    let mut y = pad + 28.0;
    let mut width: f64 = 600.0;
    if let Some((m, w, h)) = view_markup(
        &window,
        &doc,
        "[data-testid=timeline] svg",
        "Timeline",
        pad,
        y,
    ) {
        body.push_str(&m);
        width = width.max(w);
        y += h + pad;
    }
    let mut row_h: f64 = 0.0;
    let mut x = pad;
    for (sel, title) in [
        ("[data-testid=actor-network]", "Actor map"),
        ("[data-testid=geo-map]", "Map"),
    ] {
        if let Some((m, w, h)) = view_markup(&window, &doc, sel, title, x, y) {
            body.push_str(&m);
            x += w + pad;
            row_h = row_h.max(h);
        }
    }
    width = width.max(x - pad);
    y += row_h + pad;
    // Legend.
    let mut lx = pad;
    for c in EventClass::ALL {
        body.push_str(&format!(r##"<circle cx="{}" cy="{}" r="5" fill="{}"/><text x="{}" y="{}" font-size="11" fill="#1d2430">{}</text>"##, lx + 5.0, y + 6.0, c.color(), lx + 14.0, y + 10.0, escape(c.label())));
        lx += 22.0 + c.label().len() as f64 * 6.2;
    }
    for r in RELATION_TYPES {
        body.push_str(&format!(r##"<rect x="{lx}" y="{}" width="14" height="4" fill="{}"/><text x="{}" y="{}" font-size="11" fill="#1d2430">{r}</text>"##, y + 4.0, relation_color(r), lx + 18.0, y + 10.0));
        lx += 30.0 + r.len() as f64 * 6.2;
    }
    y += 24.0;
    // Footer: the dispatches' dates.
    let footer = atlas.analysis.with_untracked(|a| {
        let mut parts: Vec<String> = a
            .documents
            .iter()
            .map(|d| {
                format!(
                    "{} ({})",
                    d.dateline
                        .as_ref()
                        .and_then(|dl| dl.agency.clone())
                        .unwrap_or_else(|| d.id.clone()),
                    d.dct.clone().unwrap_or_else(|| "undated".into())
                )
            })
            .collect();
        parts.dedup();
        format!("Dispatch Atlas · sources: {}", parts.join(", "))
    });
    body.push_str(&format!(
        r##"<text x="{pad}" y="{}" font-size="11" fill="#5d6878">{}</text>"##,
        y + 10.0,
        escape(&footer)
    ));
    y += 24.0;
    let w = width + 2.0 * pad;
    let svg = format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="{w}" height="{y}" viewBox="0 0 {w} {y}" font-family="system-ui, sans-serif"><rect width="100%" height="100%" fill="#ffffff"/><text x="{pad}" y="{}" font-size="16" font-weight="700" fill="#1d2430">Dispatch Atlas</text>{body}</svg>"##,
        pad + 10.0
    );
    Ok((svg, w, y))
}

/// Downloads the views as SVG, or as PNG (rendered through a canvas).
pub fn export_views(png: bool, atlas: &Atlas) -> Result<(), String> {
    let (svg, w, h) = compose(atlas)?;
    if !png {
        return download("dispatch-atlas-views.svg", "image/svg+xml", &svg);
    }
    let parts = js_sys::Array::new();
    parts.push(&wasm_bindgen::JsValue::from_str(&svg));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type("image/svg+xml");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts)
        .map_err(|_| "cannot make the picture")?;
    let url =
        web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| "cannot make the picture")?;
    let img = web_sys::HtmlImageElement::new().map_err(|_| "cannot make the picture")?;
    let doc = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let canvas: web_sys::HtmlCanvasElement = doc
        .create_element("canvas")
        .map_err(|_| "no canvas")?
        .dyn_into()
        .map_err(|_| "no canvas")?;
    let scale = 2.0;
    canvas.set_width((w * scale) as u32);
    canvas.set_height((h * scale) as u32);
    let img2 = img.clone();
    let url2 = url.clone();
    let notice = atlas.notice;
    let onload = Closure::once(move || {
        let ctx = canvas
            .get_context("2d")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok());
        if let Some(ctx) = ctx {
            let _ = ctx.scale(scale, scale);
            let _ = ctx.draw_image_with_html_image_element(&img2, 0.0, 0.0);
            let done = Closure::once(move |b: Option<web_sys::Blob>| match b {
                Some(b) => {
                    if let Err(e) = download_blob("dispatch-atlas-views.png", &b) {
                        leptos::prelude::Set::set(&notice, Some(format!("Export failed: {e}")));
                    }
                }
                None => leptos::prelude::Set::set(
                    &notice,
                    Some("Export failed: the browser could not render the picture.".into()),
                ),
            });
            let _ = canvas.to_blob(done.as_ref().unchecked_ref());
            done.forget();
        }
        let _ = web_sys::Url::revoke_object_url(&url2);
    });
    img.set_onload(Some(onload.as_ref().unchecked_ref()));
    onload.forget();
    img.set_src(&url);
    Ok(())
}
