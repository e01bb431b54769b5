//! Pictures of the views: the three SVG views as they are on screen, with
//! their computed styles inlined, a legend and a footer naming the source
//! dispatches' dates, as one SVG file or rendered to PNG.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::components::export_menu::{download, download_blob};
use crate::layout::colors::{relation_color, EventClass, RELATION_TYPES};
use crate::layout::legend::{flow, wrap};
use crate::state::atlas::Atlas;

const STYLE_PROPS: [&str; 13] = [
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
    "letter-spacing",
];

/// The picture's type face, for its own texts (the views' keep theirs).
const PICTURE_FONT: &str = "system-ui, sans-serif";
/// A legend entry's swatch and the space before its label.
const LEGEND_SWATCH: f64 = 18.0;
/// Space between legend entries in a row.
const LEGEND_GAP: f64 = 14.0;
/// Height of a legend row or a footer line.
const LEGEND_ROW: f64 = 18.0;

/// The theme's colours the picture is drawn in (what the views show on).
struct ThemeColors {
    background: String,
    ink: String,
    muted: String,
}

/// The current theme's panel, text and muted colours (light ones if the
/// page cannot tell).
fn theme_colors(window: &web_sys::Window, doc: &web_sys::Document) -> ThemeColors {
    let style = doc
        .query_selector("[data-testid=app]")
        .ok()
        .flatten()
        .and_then(|app| window.get_computed_style(&app).ok().flatten());
    let var = |name: &str, fallback: &str| {
        style
            .as_ref()
            .and_then(|cs| cs.get_property_value(name).ok())
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
            .map(|v| escape(&v))
            .unwrap_or_else(|| fallback.to_string())
    };
    ThemeColors {
        background: var("--panel", "#ffffff"),
        ink: var("--ink", "#1d2430"),
        muted: var("--muted", "#5d6878"),
    }
}

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
                // "normal" letter spacing is the default: not written out
                if !v.is_empty() && (p != "letter-spacing" || v != "normal") {
                    let _ = dst.set_attribute(p, &v);
                }
            }
        }
        // SVG has no attribute for a CSS text transform: a label shown in
        // capitals (the map's country names) is written in capitals
        let upper = cs
            .get_property_value("text-transform")
            .is_ok_and(|v| v == "uppercase");
        if upper && dst.child_element_count() == 0 {
            if let Some(t) = dst.text_content() {
                dst.set_text_content(Some(&t.to_uppercase()));
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
    (x, y): (f64, f64),
    ink: &str,
) -> Option<(String, f64, f64)> {
    let el = doc.query_selector(selector).ok()??;
    let rect = el.get_bounding_client_rect();
    // a view hidden while another is maximised is not in the picture:
    // the picture shows the views as they are on screen
    if rect.width() < 2.0 || rect.height() < 2.0 {
        return None;
    }
    let (w, h) = (rect.width(), rect.height());
    let clone: web_sys::Element = el.clone_node_with_deep(true).ok()?.dyn_into().ok()?;
    inline_styles(window, &el, &clone);
    // controls are not part of the picture: lane fold arrows, hit areas
    if let Ok(list) = clone.query_selector_all(".lane-toggle, .node-hit") {
        for i in 0..list.length() {
            if let Some(e) = list
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            {
                e.remove();
            }
        }
    }
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
        r##"<text x="{x}" y="{}" font-size="13" font-weight="700" fill="{ink}">{}</text>"##,
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
    let colors = theme_colors(&window, &doc);
    if let Some((m, w, h)) = view_markup(
        &window,
        &doc,
        "[data-testid=timeline] svg",
        "Timeline",
        (pad, y),
        &colors.ink,
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
        if let Some((m, w, h)) = view_markup(&window, &doc, sel, title, (x, y), &colors.ink) {
            body.push_str(&m);
            x += w + pad;
            row_h = row_h.max(h);
        }
    }
    width = width.max(x - pad);
    y += row_h + pad;
    let font = format!("11px {PICTURE_FONT}");
    let measure = |t: &str| crate::components::util::text_width(&font, t);
    // Legend: entries flowed into rows as wide as the views, from their
    // measured labels, so none is cut at the picture's edge.
    let entries: Vec<(String, String, bool)> = EventClass::ALL
        .iter()
        .map(|c| (c.label().to_string(), c.color().to_string(), true))
        .chain(
            RELATION_TYPES
                .iter()
                .map(|r| (r.to_string(), relation_color(r).to_string(), false)),
        )
        .collect();
    let widths: Vec<f64> = entries
        .iter()
        .map(|(label, _, _)| LEGEND_SWATCH + measure(label))
        .collect();
    let legend = flow(&widths, width, LEGEND_GAP, LEGEND_ROW);
    width = width.max(legend.width);
    body.push_str(r#"<g data-testid="picture-legend">"#);
    for ((label, color, class), slot) in entries.iter().zip(&legend.slots) {
        let (lx, ly) = (pad + slot.x, y + slot.y);
        if *class {
            body.push_str(&format!(
                r#"<circle cx="{}" cy="{}" r="5" fill="{color}"/>"#,
                lx + 5.0,
                ly + 7.0
            ));
        } else {
            body.push_str(&format!(
                r#"<rect x="{lx}" y="{}" width="14" height="4" fill="{color}"/>"#,
                ly + 5.0
            ));
        }
        body.push_str(&format!(
            r#"<text x="{}" y="{}" font-size="11" fill="{}">{}</text>"#,
            lx + LEGEND_SWATCH,
            ly + 11.0,
            colors.ink,
            escape(label)
        ));
    }
    body.push_str("</g>");
    y += legend.height + 8.0;
    // Footer: the dispatches' dates, wrapped to the picture's width.
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
    body.push_str(r#"<g data-testid="picture-footer">"#);
    for line in wrap(&footer, width, &measure) {
        body.push_str(&format!(
            r#"<text x="{pad}" y="{}" font-size="11" fill="{}">{}</text>"#,
            y + 10.0,
            colors.muted,
            escape(&line)
        ));
        y += LEGEND_ROW;
    }
    body.push_str("</g>");
    y += 8.0;
    let w = width + 2.0 * pad;
    let svg = format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="{w}" height="{y}" viewBox="0 0 {w} {y}" font-family="{PICTURE_FONT}"><rect width="100%" height="100%" fill="{bg}"/><text x="{pad}" y="{}" font-size="16" font-weight="700" fill="{ink}">Dispatch Atlas</text>{body}</svg>"##,
        pad + 10.0,
        bg = colors.background,
        ink = colors.ink,
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
