//! Small helpers shared by components.

use atlas_engine::model::{Actor, Event, Place};
use atlas_engine::Analysis;

/// How long one slice of main-thread work may run before the page gets a turn.
pub const SLICE_MS: f64 = 8.0;

/// Marks a stage of the page's work in the browser's performance timeline
/// (seen in DevTools' performance panel; the benchmark attributes long tasks by it).
pub fn mark(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}

/// The page's performance clock, in milliseconds (0 outside a browser).
pub fn clock() -> impl Fn() -> f64 {
    let p = web_sys::window().and_then(|w| w.performance());
    move || p.as_ref().map_or(0.0, |p| p.now())
}

/// Runs `step` until it gives a result, in slices of about [`SLICE_MS`]
/// (each marked `name`), yielding to the page between slices; `None` when
/// `stale()` says, after a yield, that the work is no longer wanted.
pub async fn in_slices<T>(
    name: &str,
    mut step: impl FnMut() -> Option<T>,
    stale: impl Fn() -> bool,
) -> Option<T> {
    let now = clock();
    loop {
        mark(name);
        let t0 = now();
        while now() - t0 < SLICE_MS {
            if let Some(done) = step() {
                return Some(done);
            }
        }
        gloo::timers::future::TimeoutFuture::new(0).await;
        if stale() {
            return None;
        }
    }
}

thread_local! {
    /// Widths measured so far, by font, then text (looked up without allocating).
    static WIDTHS: std::cell::RefCell<std::collections::HashMap<String, std::collections::HashMap<String, f64>>> =
        std::cell::RefCell::new(std::collections::HashMap::new());
    /// A canvas context to measure text with, and the font it is set to.
    static MEASURE: std::cell::RefCell<Option<(web_sys::CanvasRenderingContext2d, js_sys::Function, String)>> =
        const { std::cell::RefCell::new(None) };
}

/// The width in CSS pixels of `text` drawn in `font` (a CSS `font`
/// shorthand: `600 12px system-ui`), measured as the browser draws it; a
/// rough 0.6 em a character where there is no canvas.
pub fn text_width(font: &str, text: &str) -> f64 {
    use wasm_bindgen::JsCast;
    // every redraw measures the same titles again: each width is measured once
    if let Some(w) = WIDTHS.with(|c| c.borrow().get(font).and_then(|m| m.get(text)).copied()) {
        return w;
    }
    let measured = MEASURE.with(|m| {
        let mut m = m.borrow_mut();
        if m.is_none() {
            let ctx = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.create_element("canvas").ok())
                .and_then(|c| c.dyn_into::<web_sys::HtmlCanvasElement>().ok())
                .and_then(|c| c.get_context("2d").ok().flatten())
                .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok());
            // `measureText` by name: its `TextMetrics` result needs only its `width`.
            let f = ctx.as_ref().and_then(|c| {
                js_sys::Reflect::get(c, &"measureText".into())
                    .ok()
                    .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
            });
            *m = ctx.zip(f).map(|(c, f)| (c, f, String::new()));
        }
        let (ctx, f, set) = m.as_mut()?;
        if set != font {
            ctx.set_font(font);
            *set = font.to_string();
        }
        let metrics = f.call1(ctx, &text.into()).ok()?;
        js_sys::Reflect::get(&metrics, &"width".into())
            .ok()?
            .as_f64()
    });
    if let Some(w) = measured {
        WIDTHS.with(|c| {
            let mut c = c.borrow_mut();
            // a bound on memory across many analyses
            if c.values().map(|m| m.len()).sum::<usize>() >= 8192 {
                c.clear();
            }
            c.entry(font.to_string())
                .or_default()
                .insert(text.to_string(), w);
        });
        return w;
    }
    {
        let px = font
            .split_whitespace()
            .find_map(|w| w.strip_suffix("px").and_then(|n| n.parse::<f64>().ok()))
            .unwrap_or(12.0);
        text.chars().count() as f64 * px * 0.6
    }
}

/// The page's font family (the body's), for text measured or drawn outside CSS.
pub fn page_font_family() -> String {
    web_sys::window()
        .and_then(|w| {
            let body = w.document()?.body()?;
            w.get_computed_style(&body)
                .ok()??
                .get_property_value("font-family")
                .ok()
        })
        .filter(|f| !f.trim().is_empty())
        .unwrap_or_else(|| "system-ui, sans-serif".into())
}

/// The actor with `id`.
pub fn actor<'a>(a: &'a Analysis, id: &str) -> Option<&'a Actor> {
    a.actors.iter().find(|x| x.id == id)
}

/// The place with `id`.
pub fn place<'a>(a: &'a Analysis, id: &str) -> Option<&'a Place> {
    a.places.iter().find(|x| x.id == id)
}

/// The event with `id`.
pub fn event<'a>(a: &'a Analysis, id: &str) -> Option<&'a Event> {
    a.events.iter().find(|x| x.id == id)
}

/// How the engine read an event's date: the explanation of the time
/// expression of that value inside the event's evidence, if any.
pub fn date_explanation(a: &Analysis, e: &Event) -> Option<String> {
    let d = e.date.as_ref()?;
    a.times
        .iter()
        .find(|t| {
            t.doc == e.doc
                && &t.value == d
                && t.start >= e.evidence.start
                && t.end <= e.evidence.end
        })
        .and_then(|t| t.explanation.as_ref().map(|x| x.to_string()))
}

/// Names of an event's actors, joined.
pub fn event_actor_names(a: &Analysis, e: &Event) -> String {
    let names: Vec<&str> = e
        .actors
        .iter()
        .filter_map(|p| actor(a, &p.actor).map(|x| x.name.as_str()))
        .collect();
    names.join(", ")
}

/// A readable form of a TIMEX value ("3 Dec 2024", "Nov 2024", "2015").
pub fn pretty_date(value: &str) -> String {
    const M: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let parts: Vec<&str> = value.split(['-', 'T']).collect();
    match parts.as_slice() {
        [y, m, d, ..] if m.len() == 2 && d.len() == 2 => {
            let mi: usize = m.parse().unwrap_or(0);
            let di: u32 = d.parse().unwrap_or(0);
            match M.get(mi.wrapping_sub(1)) {
                Some(mn) => format!("{di} {mn} {y}"),
                None => value.to_string(),
            }
        }
        [y, m] if m.len() == 2 && m.bytes().all(|b| b.is_ascii_digit()) => {
            let mi: usize = m.parse().unwrap_or(0);
            match M.get(mi.wrapping_sub(1)) {
                Some(mn) => format!("{mn} {y}"),
                None => value.to_string(),
            }
        }
        [y] if y.len() == 3 && y.bytes().all(|b| b.is_ascii_digit()) => format!("{y}0s"),
        _ => value.to_string(),
    }
}

/// A time value in words for the details panel: durations ("P1W" → "1
/// week"), weeks ("2024-W49" → "week 49 of 2024"), days of an unknown year
/// ("XXXX-12-03" → "3 Dec, year unknown"), else as [`pretty_date`].
pub fn time_words(value: &str) -> String {
    if let Some(rest) = value.strip_prefix('P') {
        let (rest, clock) = match rest.strip_prefix('T') {
            Some(r) => (r, true),
            None => (rest, false),
        };
        let Some(u) = rest.len().checked_sub(1).and_then(|k| rest.get(k..)) else {
            return value.to_string();
        };
        let n = &rest[..rest.len() - u.len()];
        let unit = match (u, clock) {
            ("Y", false) => "year",
            ("M", false) => "month",
            ("W", false) => "week",
            ("D", false) => "day",
            ("H", true) => "hour",
            ("M", true) => "minute",
            ("S", true) => "second",
            _ => return value.to_string(),
        };
        return match n {
            "X" => format!("some {unit}s"),
            "1" => format!("1 {unit}"),
            _ if !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit() || b == b'.') => {
                format!("{n} {unit}s")
            }
            _ => value.to_string(),
        };
    }
    if let Some((y, w)) = value.split_once("-W") {
        // a weekday of a week: "XXXX-WXX-2" ("on Tuesday", no date to count from)
        if let Some((w, d)) = w.split_once('-') {
            let day = d
                .parse::<usize>()
                .ok()
                .and_then(|n| atlas_engine::dates::WEEKDAY_NAMES.get(n.wrapping_sub(1)));
            if let Some(day) = day {
                return match (y, w) {
                    ("XXXX", "XX") => format!("a {day}, date unknown"),
                    (_, "XX") => format!("a {day} of {y}"),
                    _ => format!("{day} of {}", time_words(&format!("{y}-W{w}"))),
                };
            }
        }
        if y.len() == 4 && w.len() == 2 && w.bytes().all(|b| b.is_ascii_digit()) {
            let w = w.trim_start_matches('0');
            return if y == "XXXX" {
                format!("week {w}, year unknown")
            } else {
                format!("week {w} of {y}")
            };
        }
    }
    if let Some(rest) = value.strip_prefix("XXXX-") {
        let shown = pretty_date(&format!("2000-{rest}"));
        if let Some(day) = shown.strip_suffix(" 2000") {
            return format!("{day}, year unknown");
        }
    }
    pretty_date(value)
}

/// An event's title: its label, with "not" when the text negates it ("not attacked").
pub fn event_title(e: &atlas_engine::model::Event) -> String {
    if e.negated {
        format!("not {}", e.label)
    } else {
        e.label.clone()
    }
}

/// How a time's value was anchored, in words.
pub fn anchor_words(anchor: &str) -> &'static str {
    match anchor {
        "absolute" => "as written",
        "dct" => "counted from the dispatch's date",
        "narrative" => "counted from the date told before it",
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn time_values_in_words() {
        for (v, want) in [
            ("P1W", "1 week"),
            ("P3D", "3 days"),
            ("P2Y", "2 years"),
            ("PT5H", "5 hours"),
            ("PT30M", "30 minutes"),
            ("P6M", "6 months"),
            ("PXD", "some days"),
            ("2024-W49", "week 49 of 2024"),
            ("2024-W05", "week 5 of 2024"),
            ("XXXX-12-03", "3 Dec, year unknown"),
            ("XXXX-WXX-1", "a Monday, date unknown"),
            ("XXXX-WXX-7", "a Sunday, date unknown"),
            ("2024-W49-3", "Wednesday of week 49 of 2024"),
            ("XXXX-WXX-9", "XXXX-WXX-9"),
            ("2024-12-03", "3 Dec 2024"),
            ("201", "2010s"),
            ("PQ", "PQ"),
        ] {
            assert_eq!(time_words(v), want, "{v}");
        }
        assert_eq!(pretty_date("P1W"), "P1W", "no decade of a duration");
        assert_eq!(anchor_words("dct"), "counted from the dispatch's date");
    }

    #[test]
    fn pretty_dates() {
        for (v, want) in [
            ("2024-12-03", "3 Dec 2024"),
            ("2024-11", "Nov 2024"),
            ("2015", "2015"),
            ("201", "2010s"),
            ("2024-W49", "2024-W49"),
            ("XXXX-12-03", "3 Dec XXXX"),
            ("2024-13-01", "2024-13-01"),
        ] {
            assert_eq!(pretty_date(v), want, "{v}");
        }
    }
}

/// Keeps `size` equal to the element's client size (width, height), using a
/// ResizeObserver (DOM: an effect) so a view redraws when its box changes.
pub fn track_size<E>(node: leptos::prelude::NodeRef<E>, size: leptos::prelude::RwSignal<(f64, f64)>)
where
    E: leptos::html::ElementType + 'static,
    E::Output: wasm_bindgen::JsCast + Clone + 'static,
{
    use leptos::prelude::*;
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    Effect::new(move |prev: Option<bool>| {
        if prev == Some(true) {
            return true;
        }
        let Some(el) = node.get() else { return false };
        let Ok(el) = el.dyn_into::<web_sys::Element>() else {
            return false;
        };
        let read = {
            let el = el.clone();
            move || {
                let (w, h) = (el.client_width() as f64, el.client_height() as f64);
                if w > 0.0 && h > 0.0 && size.get_untracked() != (w, h) {
                    size.set((w, h));
                }
            }
        };
        read();
        let cb = Closure::<dyn FnMut(js_sys::Array)>::new(move |_entries: js_sys::Array| read());
        if let Ok(obs) = web_sys::ResizeObserver::new(cb.as_ref().unchecked_ref()) {
            obs.observe(&el);
            // The observer lives as long as the page's single app instance.
            std::mem::forget(obs);
        }
        cb.forget();
        true
    });
}
