//! Runs the engine off the main thread, in a Web Worker (`src/bin/worker.rs`).
//! Messages are JSON strings both ways: the worker answers in the analysis
//! format, written one item per line (see [`encode_answer`]) so that the page
//! can decode a large answer in slices between frames ([`Decoder`]).
//! Outside the browser (native tests) the engine runs inline.

use atlas_engine::{analyze_cached_on, analyze_on, parse_date, Analysis, Cache, Date, Input, Lang};
use serde::{Deserialize, Serialize};

/// One dispatch as sent to the worker (the page sends borrowed `Job<&str>`s,
/// the worker reads owned ones).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Job<S = String> {
    /// The text.
    pub text: S,
    /// A user-set creation date.
    pub dct: Option<S>,
    /// A user-set language.
    pub lang: Option<S>,
    /// The date of the dispatch it was split from: its creation date when
    /// its own text has no dated dateline.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dct_from: Option<S>,
}

/// Runs the engine on jobs: what the worker does with a message.
pub fn run_jobs(jobs: &[Job]) -> Analysis {
    let inputs: Vec<Input> = jobs
        .iter()
        .map(|j| Input {
            text: j.text.clone(),
            dct: j.dct.as_deref().and_then(parse_date).or_else(|| {
                let from = j.dct_from.as_deref().and_then(parse_date)?;
                let dated = atlas_engine::dateline::find_dateline(&j.text)
                    .is_some_and(|d| d.date.is_some() || d.month_day.is_some());
                (!dated).then_some(from)
            }),
            lang: j.lang.as_deref().and_then(Lang::from_code),
        })
        .collect();
    // The worker keeps what depends on one dispatch alone between messages,
    // so a change re-does that part only for the dispatches that changed.
    thread_local! {
        static CACHE: std::cell::RefCell<Cache> = std::cell::RefCell::new(Cache::new());
    }
    // A dateline without a year ("KYIV, March 3 (Reuters)") in an analysis
    // where no dispatch gives one is read as the latest such day up to the
    // reader's today.
    let today = today();
    CACHE.with(|c| match c.try_borrow_mut() {
        Ok(mut cache) => analyze_cached_on(&inputs, &mut cache, today),
        Err(_) => analyze_on(&inputs, today),
    })
}

/// The reader's local date in the browser; none outside it (native tests
/// stay independent of the day they run on).
fn today() -> Option<Date> {
    #[cfg(target_arch = "wasm32")]
    {
        let now = js_sys::Date::new_0();
        let (y, m, d) = (now.get_full_year(), now.get_month() + 1, now.get_date());
        Date::new(
            i16::try_from(y).ok()?,
            i8::try_from(m).ok()?,
            i8::try_from(d).ok()?,
        )
        .ok()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        None
    }
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
/// line) out, its documents without their texts (the page sent them, see
/// [`Decoder::finish_with_texts`]); or a gazetteer search in, candidates out.
pub fn handle_message(input: &str) -> String {
    if let Ok(q) = serde_json::from_str::<Search>(input) {
        return serde_json::to_string(&search_gazetteer(&q.search))
            .unwrap_or_else(|e| format!("!{e}"));
    }
    match serde_json::from_str::<Vec<Job>>(input) {
        Ok(jobs) => {
            let mut a = run_jobs(&jobs);
            // The page has the texts it sent: they do not travel back.
            for d in &mut a.documents {
                d.text = String::new();
            }
            encode_answer(&a).unwrap_or_else(|e| format!("!{e}"))
        }
        Err(e) => format!("!cannot read the dispatches: {e}"),
    }
}

/// Writes an analysis as the worker's answer: a first line with the format
/// and the length of each list, then every item of the lists (documents,
/// actors, places, times, events, relations), in order, one per line. Compact
/// JSON never holds a raw line break, so each line is one item's JSON.
pub fn encode_answer(a: &Analysis) -> Result<String, serde_json::Error> {
    let head = Head {
        format: a.format.clone(),
        counts: [
            a.documents.len(),
            a.actors.len(),
            a.places.len(),
            a.times.len(),
            a.events.len(),
            a.relations.len(),
        ],
    };
    let mut out = serde_json::to_string(&head)?;
    fn lines<T: Serialize>(out: &mut String, items: &[T]) -> Result<(), serde_json::Error> {
        for item in items {
            out.push('\n');
            out.push_str(&serde_json::to_string(item)?);
        }
        Ok(())
    }
    lines(&mut out, &a.documents)?;
    lines(&mut out, &a.actors)?;
    lines(&mut out, &a.places)?;
    lines(&mut out, &a.times)?;
    lines(&mut out, &a.events)?;
    lines(&mut out, &a.relations)?;
    Ok(out)
}

/// Decodes the worker's answer at once.
pub fn decode_answer(answer: &str) -> Result<Analysis, String> {
    let mut d = Decoder::new(answer)?;
    while !d.step(usize::MAX)? {}
    Ok(d.finish())
}

fn unreadable(e: serde_json::Error) -> String {
    format!("the engine's answer could not be read: {e}")
}

/// The answer's first line.
#[derive(Serialize, Deserialize)]
struct Head {
    format: String,
    /// Items in documents, actors, places, times, events, relations.
    counts: [usize; 6],
}

/// Decodes a large answer a few items at a time, so the page can decode it
/// between frames instead of in one long task: each [`Decoder::step`]
/// decodes the next lines.
pub struct Decoder<'a> {
    /// Each list's items, still undecoded.
    lists: [Vec<&'a str>; 6],
    out: Analysis,
    /// Items decoded so far, over all lists in order.
    done: usize,
}

impl<'a> Decoder<'a> {
    /// Reads the first line (or reports the worker's error line).
    pub fn new(answer: &'a str) -> Result<Self, String> {
        if let Some(err) = answer.strip_prefix('!') {
            return Err(err.to_string());
        }
        let mut lines = answer.split('\n');
        let head: Head =
            serde_json::from_str(lines.next().unwrap_or_default()).map_err(unreadable)?;
        let mut lists: [Vec<&'a str>; 6] = Default::default();
        for (list, &n) in lists.iter_mut().zip(&head.counts) {
            list.extend(lines.by_ref().take(n));
            if list.len() != n {
                return Err("the engine's answer is cut short".to_string());
            }
        }
        if lines.next().is_some() {
            return Err("the engine's answer holds more than it announces".to_string());
        }
        let [d, a, p, t, e, r] = head.counts;
        let out = Analysis {
            format: head.format,
            documents: Vec::with_capacity(d),
            actors: Vec::with_capacity(a),
            places: Vec::with_capacity(p),
            times: Vec::with_capacity(t),
            events: Vec::with_capacity(e),
            relations: Vec::with_capacity(r),
        };
        Ok(Decoder {
            lists,
            out,
            done: 0,
        })
    }

    /// How many items the answer holds, over all its lists.
    pub fn len(&self) -> usize {
        self.lists.iter().map(Vec::len).sum()
    }

    /// Decodes the next items, at least one and about `bytes` of the
    /// answer's text (decoding time follows size, not item count: one actor
    /// with all its mentions outweighs a hundred relations); true once
    /// everything is decoded.
    pub fn step(&mut self, bytes: usize) -> Result<bool, String> {
        let ([d, a, p, t, e, r], o) = (&self.lists, &mut self.out);
        let mut budget = bytes.max(1);
        let mut skip = self.done;
        for list in [
            take(d, &mut o.documents, &mut skip, &mut budget),
            take(a, &mut o.actors, &mut skip, &mut budget),
            take(p, &mut o.places, &mut skip, &mut budget),
            take(t, &mut o.times, &mut skip, &mut budget),
            take(e, &mut o.events, &mut skip, &mut budget),
            take(r, &mut o.relations, &mut skip, &mut budget),
        ] {
            self.done += list?;
        }
        Ok(self.done >= self.len())
    }

    /// The decoded analysis (complete once [`Decoder::step`] said so).
    pub fn finish(self) -> Analysis {
        self.out
    }

    /// The decoded analysis with each document's text put back: the texts
    /// of the jobs the answer is for, in order.
    pub fn finish_with_texts(self, texts: impl IntoIterator<Item = String>) -> Analysis {
        let mut a = self.out;
        for (d, t) in a.documents.iter_mut().zip(texts) {
            d.text = t;
        }
        a
    }
}

/// Decodes the items of `src` past the first `skip` (over all lists) into
/// `dst` while `budget` (bytes of text) lasts; returns how many it decoded.
fn take<T: serde::de::DeserializeOwned>(
    src: &[&str],
    dst: &mut Vec<T>,
    skip: &mut usize,
    budget: &mut usize,
) -> Result<usize, String> {
    if *skip >= src.len() {
        *skip -= src.len();
        return Ok(0);
    }
    let from = *skip;
    *skip = 0;
    let mut n = 0;
    for &text in &src[from..] {
        if *budget == 0 {
            break;
        }
        dst.push(serde_json::from_str(text).map_err(unreadable)?);
        *budget = budget.saturating_sub(text.len());
        n += 1;
    }
    Ok(n)
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
    fn a_split_part_takes_the_whole_s_date_unless_its_own_dateline_is_dated() {
        let job = |text: &str| Job {
            text: text.to_string(),
            dct: None,
            lang: Some("de".to_string()),
            dct_from: Some("2024-12-04".to_string()),
        };
        let a = run_jobs(&[
            job("Die Rebellen eroberten am Dienstag die Stadt."),
            job("Kiew, 8. Juli 2024 (dpa) - Russland griff am Montag Kiew an."),
        ]);
        let dates: Vec<Option<&str>> = a.documents.iter().map(|d| d.dct.as_deref()).collect();
        assert_eq!(dates, [Some("2024-12-04"), Some("2024-07-08")]);
        assert!(
            a.times.iter().any(|t| t.value == "2024-12-03"),
            "Tuesday resolved"
        );
    }

    #[test]
    fn round_trip_through_the_message_format() {
        let jobs: Vec<Job> = vec![Job {
            text: "Die Rebellen eroberten am Dienstag die Stadt.".into(),
            dct: Some("2024-12-04".into()),
            lang: None,
            dct_from: None,
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
    fn decoding_in_steps_equals_decoding_at_once() {
        let jobs: Vec<Job> = [
            "MOSKAU, 4. Dezember (AFP) - Russland und der Iran sicherten Syrien am Mittwoch Unterstützung zu. Die Rebellen eroberten am Dienstag Aleppo.",
            "KYIV, Dec 3 (Reuters) - Russian forces shelled Kharkiv on Monday, Ukraine's army said.",
        ]
        .iter()
        .map(|t| Job { text: t.to_string(), dct: None, lang: None, dct_from: None })
        .collect();
        let answer = handle_message(&serde_json::to_string(&jobs).unwrap());
        let whole = run_jobs(&jobs);
        assert!(!answer.trim_end().contains("\n\n"), "one item per line");
        assert!(answer.len() > 3_000, "{} bytes", answer.len());
        for bytes in [0, 1, 300, 1_000, usize::MAX] {
            let mut d = Decoder::new(&answer).unwrap();
            let total = d.len();
            assert!(total > 10, "{total} items");
            let mut steps = 1;
            while !d.step(bytes).unwrap() {
                steps += 1;
            }
            match bytes {
                0 | 1 => assert_eq!(steps, total, "one item per step"),
                usize::MAX => assert_eq!(steps, 1),
                _ => assert!(steps > 1 && steps < total, "{steps} steps of {bytes} bytes"),
            }
            assert!(
                d.out.documents.iter().all(|d| d.text.is_empty()),
                "texts stay home"
            );
            let texts = jobs.iter().map(|j| j.text.clone());
            assert_eq!(d.finish_with_texts(texts), whole, "steps of {bytes} bytes");
        }
    }

    #[test]
    fn a_damaged_item_is_an_error_in_its_step() {
        let jobs: Vec<Job> = vec![Job {
            text: "Die Rebellen eroberten am Dienstag Aleppo, teilte die syrische Armee mit."
                .into(),
            dct: Some("2024-12-04".into()),
            lang: None,
            dct_from: None,
        }];
        let answer = handle_message(&serde_json::to_string(&jobs).unwrap());
        // The first line still reads; the item fails when its turn comes.
        let damaged = answer.replacen(r#""kind":"#, r#""kind":5,"was":"#, 1);
        assert_ne!(damaged, answer);
        let mut d = Decoder::new(&damaged).unwrap();
        let mut failed = false;
        for _ in 0..d.len() {
            match d.step(1) {
                Ok(true) => break,
                Ok(false) => {}
                Err(e) => {
                    assert!(e.contains("could not be read"), "{e}");
                    failed = true;
                    break;
                }
            }
        }
        assert!(failed);
        let cut = answer.rsplit_once('\n').unwrap().0;
        assert_eq!(
            Decoder::new(cut).err().as_deref(),
            Some("the engine's answer is cut short")
        );
        assert!(Decoder::new(&format!("{answer}\n{{}}")).is_err());
        assert!(Decoder::new(r#"{"format":"x","documents":[1,"#).is_err());
        assert_eq!(
            Decoder::new("!the worker failed").err().as_deref(),
            Some("the worker failed")
        );
    }

    #[test]
    fn bad_message_is_an_error_not_a_panic() {
        assert!(decode_answer(&handle_message("{oops")).is_err());
        assert!(decode_answer("not json").is_err());
    }
}
