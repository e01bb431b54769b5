//! Dispatch Atlas, the web app: dispatches in, analysis out, all in the browser.
#![deny(missing_docs)]

pub mod layout;

use atlas_engine::{analyze, Analysis, Input};
use leptos::prelude::*;

/// A one-line summary of an analysis: how many documents, in which languages.
pub fn summary(analysis: &Analysis) -> String {
    let n = analysis.documents.len();
    let mut langs: Vec<&str> = analysis.documents.iter().map(|d| d.lang.as_str()).collect();
    langs.sort_unstable();
    langs.dedup();
    let noun = if n == 1 { "document" } else { "documents" };
    let names: Vec<&str> = langs.iter().map(|l| lang_name(l)).collect();
    format!("{n} {noun} · {}", names.join(", "))
}

/// The English name of a language code.
pub fn lang_name(code: &str) -> &'static str {
    match code {
        "de" => "German",
        "en" => "English",
        "fr" => "French",
        "es" => "Spanish",
        _ => "unknown language",
    }
}

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let text = RwSignal::new(String::new());
    let analysis = RwSignal::new(None::<Analysis>);
    let run = move |_| {
        let t = text.get_untracked();
        if t.trim().is_empty() {
            analysis.set(None);
            return;
        }
        analysis.set(Some(analyze(&[Input::new(t)])));
    };
    view! {
        <main class="shell">
            <h1>"Dispatch Atlas"</h1>
            <textarea
                data-testid="article-input"
                prop:value=move || text.get()
                on:input:target=move |ev| text.set(ev.target().value())
            ></textarea>
            <button data-testid="analyze-button" on:click=run>"Analyze"</button>
            <p data-testid="analysis-summary">
                {move || analysis.with(|a| a.as_ref().map(summary).unwrap_or_default())}
            </p>
        </main>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_names_count_and_language() {
        let a = analyze(&[Input::new("Die Rebellen haben die Stadt erobert, sagte ein Sprecher.")]);
        assert_eq!(summary(&a), "1 document · German");
    }
}
