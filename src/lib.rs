//! Dispatch Atlas, the web app: dispatches in, analysis out, all in the browser.
//!
//! Text flows one way: the dispatches (state) go to the engine in a Web
//! Worker, its analysis comes back, pure layout code turns it into
//! positions, and components draw them and report gestures back as
//! selections, filters and corrections.
#![deny(missing_docs)]

pub mod components;
pub mod engine_client;
pub mod examples;
pub mod layout;
pub mod split;
pub mod state;

use atlas_engine::Analysis;

pub use components::app::App;

/// A one-line summary of an analysis: how many documents, in which languages.
pub fn summary(analysis: &Analysis) -> String {
    let n = analysis.documents.len();
    if n == 0 {
        return "No dispatches yet".into();
    }
    // a text in a script the engine does not read is no "English" text
    let mut names: Vec<String> = analysis
        .documents
        .iter()
        .map(|d| doc_language(&d.lang, &d.text).1)
        .collect();
    names.sort_unstable();
    names.dedup();
    let noun = if n == 1 { "document" } else { "documents" };
    let mut out = format!("{n} {noun} · {}", names.join(", "));
    let counts = [
        (analysis.events.len(), "event", "events"),
        (analysis.actors.len(), "actor", "actors"),
        (analysis.places.len(), "place", "places"),
    ];
    for (c, one, many) in counts {
        if c > 0 {
            out.push_str(&format!(" · {c} {}", if c == 1 { one } else { many }));
        }
    }
    out
}

/// A dispatch's language as the views name it: (badge, name). A text in a
/// script the engine does not read is no language of its own: "?" and
/// "Arabic script (not read)", not the "en" the engine guessed.
pub fn doc_language(code: &str, text: &str) -> (String, String) {
    match state::atlas::foreign_script(text) {
        Some(s) => ("?".into(), format!("{s} script (not read)")),
        None => (code.to_uppercase(), lang_name(code).into()),
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use atlas_engine::{analyze, Input};

    #[test]
    fn a_text_in_a_script_not_read_has_no_language() {
        assert_eq!(
            doc_language(
                "en",
                "Beirut - Israeli strikes hit the southern suburbs on Monday."
            ),
            ("EN".to_string(), "English".to_string())
        );
        assert_eq!(
            doc_language(
                "en",
                "بيروت - شنت إسرائيل غارات على الضاحية الجنوبية يوم الاثنين"
            ),
            ("?".to_string(), "Arabic script (not read)".to_string())
        );
    }

    #[test]
    fn summary_names_count_and_language() {
        let a = analyze(&[Input::new(
            "Die Rebellen haben die Stadt erobert, sagte ein Sprecher.",
        )]);
        assert!(
            summary(&a).starts_with("1 document · German"),
            "{}",
            summary(&a)
        );
        assert_eq!(summary(&Analysis::default()), "No dispatches yet");
        let arabic = analyze(&[Input::new(
            "دمشق (رويترز) - قال مسؤولون إن المعارضة السورية سيطرت على مدينة حلب يوم الجمعة",
        )]);
        assert_eq!(summary(&arabic), "1 document · Arabic script (not read)");
    }
}
