//! Runs the engine off the main thread, in a Web Worker (`src/bin/worker.rs`).
//! Messages are JSON strings both ways, so the worker speaks exactly the
//! analysis format. Outside the browser (native tests) the engine runs inline.

use atlas_engine::{analyze, analyze_cached, parse_date, Analysis, Cache, Input, Lang};
use serde::{Deserialize, Serialize};

/// One dispatch as sent to the worker.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Job {
    /// The text.
    pub text: String,
    /// A user-set creation date.
    pub dct: Option<String>,
    /// A user-set language.
    pub lang: Option<String>,
}

/// Runs the engine on jobs: what the worker does with a message.
pub fn run_jobs(jobs: &[Job]) -> Analysis {
    let inputs: Vec<Input> = jobs
        .iter()
        .map(|j| Input {
            text: j.text.clone(),
            dct: j.dct.as_deref().and_then(parse_date),
            lang: j.lang.as_deref().and_then(Lang::from_code),
        })
        .collect();
    // The worker keeps what depends on one dispatch alone between messages,
    // so a change re-does that part only for the dispatches that changed.
    thread_local! {
        static CACHE: std::cell::RefCell<Cache> = std::cell::RefCell::new(Cache::new());
    }
    CACHE.with(|c| match c.try_borrow_mut() {
        Ok(mut cache) => analyze_cached(&inputs, &mut cache),
        Err(_) => analyze(&inputs),
    })
}

/// A gazetteer candidate for re-geocoding a place.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Candidate {
    /// Name.
    pub name: String,
    /// `country`, `region` or `city`.
    pub kind: String,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    /// Latitude.
    pub lat: f64,
    /// Longitude.
    pub lon: f64,
}

/// A gazetteer search request (`{"search": "Hama"}`).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Search {
    /// The name searched.
    pub search: String,
}

/// Looks a name up in the engine's gazetteer, best first.
pub fn search_gazetteer(name: &str) -> Vec<Candidate> {
    use atlas_engine::gazetteer::{gazetteer, GazKind};
    gazetteer()
        .lookup(name)
        .into_iter()
        .take(12)
        .map(|(_, e)| Candidate {
            name: e.name.to_string(),
            kind: match e.kind {
                GazKind::Country => "country",
                GazKind::Region => "region",
                GazKind::City => "city",
            }
            .to_string(),
            country: e.country.to_string(),
            lat: e.lat,
            lon: e.lon,
        })
        .collect()
}

/// The worker's message handler: JSON jobs in, JSON analysis (or an error
/// line) out; or a gazetteer search in, candidates out.
pub fn handle_message(input: &str) -> String {
    if let Ok(q) = serde_json::from_str::<Search>(input) {
        return serde_json::to_string(&search_gazetteer(&q.search))
            .unwrap_or_else(|e| format!("!{e}"));
    }
    match serde_json::from_str::<Vec<Job>>(input) {
        Ok(jobs) => serde_json::to_string(&run_jobs(&jobs)).unwrap_or_else(|e| format!("!{e}")),
        Err(e) => format!("!cannot read the dispatches: {e}"),
    }
}

/// Decodes the worker's answer.
pub fn decode_answer(answer: &str) -> Result<Analysis, String> {
    if let Some(err) = answer.strip_prefix('!') {
        return Err(err.to_string());
    }
    serde_json::from_str(answer).map_err(|e| format!("the engine's answer could not be read: {e}"))
}

#[cfg(target_arch = "wasm32")]
mod web {
    use gloo_worker::oneshot::{oneshot, OneshotBridge};
    use gloo_worker::Spawnable;
    use leptos::prelude::*;

    /// The page's handle on the worker. Its body never runs in the page: the
    /// worker binary (`src/bin/worker.rs`) registers the real one with the
    /// same message types, so the engine is not linked into the page's bundle.
    #[oneshot]
    pub async fn EngineWorker(input: String) -> String {
        input
    }

    thread_local! {
        static BRIDGE: std::cell::RefCell<Option<OneshotBridge<EngineWorker>>> = const { std::cell::RefCell::new(None) };
    }

    fn bridge() -> OneshotBridge<EngineWorker> {
        BRIDGE.with(|b| {
            let mut b = b.borrow_mut();
            if let Some(existing) = b.as_ref() {
                return existing.fork();
            }
            let spawned = EngineWorker::spawner()
                .as_module(false)
                .with_loader(true)
                .spawn("./worker_loader.js");
            let forked = spawned.fork();
            *b = Some(spawned);
            forked
        })
    }

    /// Sends jobs to the worker and waits for its answer.
    pub async fn analyze_in_worker(jobs_json: String) -> String {
        let mut b = bridge();
        b.run(jobs_json).await
    }

    /// Keeps `leptos` in scope for the macro's generated code paths.
    #[allow(dead_code)]
    fn _unused() -> Signal<()> {
        Signal::derive(|| ())
    }
}

#[cfg(target_arch = "wasm32")]
pub use web::analyze_in_worker;

/// Without a worker (native tests): run inline.
#[cfg(not(target_arch = "wasm32"))]
pub async fn analyze_in_worker(jobs_json: String) -> String {
    handle_message(&jobs_json)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_through_the_message_format() {
        let jobs = vec![Job {
            text: "Die Rebellen eroberten am Dienstag die Stadt.".into(),
            dct: Some("2024-12-04".into()),
            lang: None,
        }];
        let answer = handle_message(&serde_json::to_string(&jobs).unwrap());
        let a = decode_answer(&answer).unwrap();
        assert_eq!(a.documents.len(), 1);
        assert_eq!(a.documents[0].lang, "de");
        assert_eq!(a.documents[0].dct.as_deref(), Some("2024-12-04"));
    }

    #[test]
    fn gazetteer_search_through_the_message_format() {
        let answer = handle_message(r#"{"search":"Hama"}"#);
        let found: Vec<Candidate> = serde_json::from_str(&answer).unwrap();
        assert!(
            found
                .iter()
                .any(|c| c.country == "SY" && (c.lat - 35.13).abs() < 0.2),
            "{found:?}"
        );
        let none: Vec<Candidate> =
            serde_json::from_str(&handle_message(r#"{"search":"Xqzzyv"}"#)).unwrap();
        assert!(none.is_empty());
    }

    #[test]
    fn bad_message_is_an_error_not_a_panic() {
        assert!(decode_answer(&handle_message("{oops")).is_err());
        assert!(decode_answer("not json").is_err());
    }
}
