//! The workspace: the dispatches, the analysis of them and its status.

use std::sync::Arc;

use atlas_engine::Analysis;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::state::corrections::{apply, Op};

/// One dispatch the user added.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dispatch {
    /// A local id, stable for the dispatch's life.
    pub id: u64,
    /// The text as pasted or edited.
    pub text: String,
    /// A creation date the user set (`YYYY-MM-DD`), overriding the dateline.
    #[serde(default)]
    pub dct: Option<String>,
    /// A language the user set, overriding detection.
    #[serde(default)]
    pub lang: Option<String>,
    /// The date of the dispatch this one was split from (`YYYY-MM-DD`): its
    /// date when its own text has no dated dateline (a dispatch's second
    /// half keeps telling "Tuesday" from the day the whole was filed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dct_from: Option<String>,
}

/// Where the analysis stands.
#[derive(Debug, Clone, PartialEq)]
pub enum Status {
    /// Nothing to analyse.
    Idle,
    /// The worker is analysing this many dispatches.
    Working(usize),
    /// Done, in this many milliseconds.
    Done(f64),
    /// Failed with a message.
    Failed(String),
}

/// How far an analysis of `dispatches` dispatches has probably got after
/// `elapsed_ms`, for the header's progress bar: the worker answers once, at
/// the end, so this is an estimate that approaches, and never reaches, 95 %
/// (about 300 ms plus 2 ms per dispatch is "most of the way").
pub fn progress_estimate(elapsed_ms: f64, dispatches: usize) -> f64 {
    let tau = 300.0 + 2.0 * dispatches as f64;
    if !(elapsed_ms > 0.0) {
        return 0.0;
    }
    0.95 * (1.0 - (-elapsed_ms / tau).exp())
}

/// The engine's answer: the analysis and the local ids of the dispatches
/// it was computed from (document `d{i+1}` is dispatch `ids[i]`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Raw {
    /// The analysis as the engine made it (shared, never copied).
    pub analysis: Arc<Analysis>,
    /// Dispatch ids in document order.
    pub ids: Vec<u64>,
}

/// Undo and redo: snapshots of what the user changes (dispatches and corrections).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct History {
    undo: Vec<(Vec<Dispatch>, Vec<Op>)>,
    redo: Vec<(Vec<Dispatch>, Vec<Op>)>,
}

/// How many steps the history keeps.
pub const HISTORY_DEPTH: usize = 100;

impl History {
    /// Records the state `before` a change as an undo step (and forgets
    /// what was undone). With `again` (the change sets again what the last
    /// correction set) no step is added when the last step is the state
    /// before that correction: a setting changed several times in a row, as
    /// the arrow keys on a closed dropdown do, is one step.
    fn record(&mut self, before: (Vec<Dispatch>, Vec<Op>), again: bool) {
        let repeat = again
            && before.1.split_last().is_some_and(|(_, rest)| {
                self.undo
                    .last()
                    .is_some_and(|(d, o)| *d == before.0 && o.as_slice() == rest)
            });
        if !repeat {
            self.undo.push(before);
            if self.undo.len() > HISTORY_DEPTH {
                self.undo.remove(0);
            }
        }
        self.redo.clear();
    }
}

/// What a step of the history changed, going from `from` to `to`, in a few
/// words for the Undo and Redo buttons ("Event “offensive” dated 2024-11-28",
/// "Split a dispatch").
pub fn describe_change(from: (&[Dispatch], &[Op]), to: (&[Dispatch], &[Op])) -> String {
    let (d0, o0) = from;
    let (d1, o1) = to;
    if d0 == d1 {
        return match o1.len() as i64 - o0.len() as i64 {
            // a correction added (or one that replaced the last)
            0 | 1 if o1.last().is_some_and(|o| o0.last() != Some(o)) => {
                o1.last().map(Op::describe).unwrap_or_default()
            }
            -1 => match o0.iter().find(|o| !o1.contains(o)) {
                Some(o) => format!("Removed the correction “{}”", o.describe()),
                None => "Removed a correction".into(),
            },
            _ if o1.is_empty() => "Removed all corrections".into(),
            _ => "Changed the corrections".into(),
        };
    }
    if d1.is_empty() {
        return "Cleared the workspace".into();
    }
    let text_of = |ds: &[Dispatch], id: u64| ds.iter().find(|d| d.id == id).map(|d| d.text.len());
    // the example or a project opened in the place of the work there
    let kept = d0
        .iter()
        .filter(|d| d1.iter().any(|e| e.id == d.id))
        .count();
    if !d0.is_empty() && kept == 0 {
        let n = |k: usize| {
            if k == 1 {
                "a dispatch".to_string()
            } else {
                format!("{k} dispatches")
            }
        };
        return format!("Replaced {} with {}", n(d0.len()), n(d1.len()));
    }
    match d1.len() as i64 - d0.len() as i64 {
        0 => {
            let changed: Vec<(&Dispatch, &Dispatch)> =
                d0.iter().zip(d1).filter(|(a, b)| a != b).collect();
            match changed.as_slice() {
                [(a, b)] if a.text != b.text => "Edited a dispatch's text".into(),
                [(a, b)] if a.dct != b.dct => "Set a dispatch's date".into(),
                [(a, b)] if a.lang != b.lang => "Set a dispatch's language".into(),
                _ => "Changed the dispatches".into(),
            }
        }
        1 => {
            // a new dispatch right after one whose text got shorter: a split
            let new = d1.iter().position(|d| !d0.iter().any(|e| e.id == d.id));
            let split =
                new.is_some_and(|i| i > 0 && text_of(d1, d1[i - 1].id) < text_of(d0, d1[i - 1].id));
            if split {
                "Split a dispatch".into()
            } else {
                "Added a dispatch".into()
            }
        }
        -1 => {
            let gone = d0.iter().position(|d| !d1.iter().any(|e| e.id == d.id));
            let joined = gone
                .is_some_and(|i| i > 0 && text_of(d1, d0[i - 1].id) > text_of(d0, d0[i - 1].id));
            if joined {
                "Joined two dispatches".into()
            } else {
                "Removed a dispatch".into()
            }
        }
        n if n > 0 => format!("Added {n} dispatches"),
        n => format!("Removed {} dispatches", -n),
    }
}

/// The workspace context.
#[derive(Debug, Clone, Copy)]
pub struct Atlas {
    /// The dispatches, in order.
    pub dispatches: RwSignal<Vec<Dispatch>>,
    /// The engine's analysis of the dispatches.
    pub raw: RwSignal<Arc<Raw>>,
    /// The user's corrections, applied in order.
    pub ops: RwSignal<Vec<Op>>,
    /// The analysis with the corrections applied: what every view draws.
    pub analysis: Memo<Arc<Analysis>>,
    /// The analysis status.
    pub status: RwSignal<Status>,
    /// A message for the user (damaged store, truncated paste…), dismissable.
    pub notice: RwSignal<Option<String>>,
    /// Undo/redo snapshots.
    history: StoredValue<History>,
    /// (undo steps, redo steps), for the buttons.
    pub steps: RwSignal<(usize, usize)>,
}

/// Provides an empty workspace.
pub fn provide_atlas() -> Atlas {
    let raw = RwSignal::new(Arc::new(Raw::default()));
    let ops = RwSignal::new(Vec::<Op>::new());
    let analysis = Memo::new(move |_| {
        let r = raw.get();
        ops.with(|ops| {
            if ops.is_empty() {
                Arc::clone(&r.analysis)
            } else {
                Arc::new(apply(&r.analysis, ops, &r.ids))
            }
        })
    });
    let a = Atlas {
        dispatches: RwSignal::new(Vec::new()),
        raw,
        ops,
        analysis,
        status: RwSignal::new(Status::Idle),
        notice: RwSignal::new(None),
        history: StoredValue::new(History::default()),
        steps: RwSignal::new((0, 0)),
    };
    provide_context(a);
    a
}

/// The workspace of the surrounding app.
pub fn use_atlas() -> Atlas {
    expect_context::<Atlas>()
}

/// Appends `texts` as new dispatches (cut at [`MAX_DISPATCH_BYTES`]) after
/// the highest id; returns how many were cut.
fn append(ds: &mut Vec<Dispatch>, texts: Vec<String>) -> usize {
    let next = ds.iter().map(|d| d.id).max().unwrap_or(0) + 1;
    append_from(ds, texts, next)
}

/// Drops from `texts` those already among `ds` or earlier in `texts` (the
/// same text but for surrounding blanks); returns how many it dropped.
fn drop_repeats(ds: &[Dispatch], texts: &mut Vec<String>) -> usize {
    let mut seen: std::collections::HashSet<String> =
        ds.iter().map(|d| d.text.trim().to_string()).collect();
    let before = texts.len();
    texts.retain(|t| seen.insert(t.trim().to_string()));
    before - texts.len()
}

/// [`append`] with ids from `next` on.
fn append_from(ds: &mut Vec<Dispatch>, texts: Vec<String>, mut next: u64) -> usize {
    let mut cut = 0;
    for mut t in texts {
        if truncate(&mut t, MAX_DISPATCH_BYTES) {
            cut += 1;
        }
        ds.push(Dispatch {
            id: next,
            text: t,
            dct: None,
            lang: None,
            dct_from: None,
        });
        next += 1;
    }
    cut
}

/// Largest dispatch the app accepts; longer texts are cut here (on a char boundary).
pub const MAX_DISPATCH_BYTES: usize = 2 * 1024 * 1024;
/// Largest paste the app accepts at once.
pub const MAX_PASTE_BYTES: usize = 12 * 1024 * 1024;

/// Cuts `text` to at most `max` bytes on a char boundary; returns whether it cut.
pub fn truncate(text: &mut String, max: usize) -> bool {
    if text.len() <= max {
        return false;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.truncate(end);
    true
}

impl Atlas {
    /// Makes an undoable change to the dispatches and corrections.
    pub fn change(&self, f: impl FnOnce(&mut Vec<Dispatch>, &mut Vec<Op>)) {
        self.change_again(f, false);
    }

    /// [`Atlas::change`]; `again`: see [`History::record`].
    fn change_again(&self, f: impl FnOnce(&mut Vec<Dispatch>, &mut Vec<Op>), again: bool) {
        let before = (self.dispatches.get_untracked(), self.ops.get_untracked());
        let mut ds = before.0.clone();
        let mut ops = before.1.clone();
        f(&mut ds, &mut ops);
        if ds == before.0 && ops == before.1 {
            return;
        }
        self.history.update_value(|h| h.record(before, again));
        if ds != self.dispatches.get_untracked() {
            self.dispatches.set(ds);
        }
        if ops != self.ops.get_untracked() {
            self.ops.set(ops);
        }
        self.sync_steps();
    }

    /// Adds a correction (undoable); one that sets again what the last one
    /// set replaces it (see [`Op::supersedes`]).
    pub fn correct(&self, op: Op) {
        let again = self
            .ops
            .with_untracked(|ops| ops.last().is_some_and(|prev| op.supersedes(prev)));
        self.change_again(
            |_, ops| {
                if again {
                    ops.pop();
                }
                ops.push(op)
            },
            again,
        );
    }

    /// Removes the correction at `index` (undoable).
    pub fn revert(&self, index: usize) {
        self.change(|_, ops| {
            if index < ops.len() {
                ops.remove(index);
            }
        });
    }

    fn restore(&self, snap: (Vec<Dispatch>, Vec<Op>)) {
        if snap.0 != self.dispatches.get_untracked() {
            self.dispatches.set(snap.0);
        }
        if snap.1 != self.ops.get_untracked() {
            self.ops.set(snap.1);
        }
    }

    /// Undoes the last change.
    pub fn undo(&self) {
        let now = (self.dispatches.get_untracked(), self.ops.get_untracked());
        let mut snap = None;
        self.history.update_value(|h| {
            if let Some(prev) = h.undo.pop() {
                h.redo.push(now);
                snap = Some(prev);
            }
        });
        if let Some(s) = snap {
            self.restore(s);
        }
        self.sync_steps();
    }

    /// Redoes the last undone change.
    pub fn redo(&self) {
        let now = (self.dispatches.get_untracked(), self.ops.get_untracked());
        let mut snap = None;
        self.history.update_value(|h| {
            if let Some(next) = h.redo.pop() {
                h.undo.push(now);
                snap = Some(next);
            }
        });
        if let Some(s) = snap {
            self.restore(s);
        }
        self.sync_steps();
    }

    /// The undo history as JSON (kept in the tab's session storage, so undo survives a reload).
    pub fn history_json(&self) -> Option<String> {
        self.history.with_value(|h| serde_json::to_string(h).ok())
    }

    /// Restores an undo history saved by [`Atlas::history_json`]; a damaged one is ignored.
    pub fn restore_history(&self, json: &str) {
        if let Ok(h) = serde_json::from_str::<History>(json) {
            self.history.set_value(h);
            self.sync_steps();
        }
    }

    /// What Undo would undo, then what Redo would redo ("" when nothing).
    pub fn step_labels(&self) -> (String, String) {
        // borrowed, not cloned: the dispatches may hold megabytes of text
        self.dispatches.with_untracked(|ds| {
            self.ops.with_untracked(|ops| {
                let now = (ds.as_slice(), ops.as_slice());
                self.history.with_value(|h| {
                    (
                        h.undo
                            .last()
                            .map(|(d, o)| describe_change((d, o), now))
                            .unwrap_or_default(),
                        h.redo
                            .last()
                            .map(|(d, o)| describe_change(now, (d, o)))
                            .unwrap_or_default(),
                    )
                })
            })
        })
    }

    fn sync_steps(&self) {
        let steps = self.history.with_value(|h| (h.undo.len(), h.redo.len()));
        self.steps.set(steps);
    }

    /// The local dispatch id of a document id, by the analysis being shown.
    pub fn dispatch_of_doc(&self, doc: &str) -> Option<u64> {
        self.raw
            .with_untracked(|r| crate::state::corrections::doc_dispatch(doc, &r.ids))
    }

    /// Adds dispatches (already split), cutting over-long ones and leaving
    /// out those already in the list; returns a notice when it did either.
    pub fn add(&self, mut texts: Vec<String>) -> Option<String> {
        let repeats = self
            .dispatches
            .with_untracked(|ds| drop_repeats(ds, &mut texts));
        let mut cut = 0;
        if !texts.is_empty() {
            self.change(|ds, _| cut = append(ds, texts));
        }
        let mut notes = Vec::new();
        if repeats == 1 {
            notes.push("One dispatch was already in the list and was not added again.".to_string());
        } else if repeats > 1 {
            notes.push(format!(
                "{repeats} dispatches were already in the list and were not added again."
            ));
        }
        if cut > 0 {
            notes.push(format!(
                "{cut} dispatch(es) were longer than 2 MB and were cut at 2 MB."
            ));
        }
        (!notes.is_empty()).then(|| notes.join(" "))
    }

    /// Puts `texts` in place of every dispatch and correction, as one
    /// undoable step.
    pub fn replace_all(&self, texts: Vec<String>) {
        self.change(|ds, ops| {
            // new ids: nothing undone later mistakes them for the old ones
            let next = ds.iter().map(|d| d.id).max().unwrap_or(0) + 1;
            ds.clear();
            ops.clear();
            append_from(ds, texts, next);
        });
    }

    /// The document id (`d1`…) of a dispatch id, by position.
    pub fn doc_id_of(&self, dispatch: u64) -> Option<String> {
        self.dispatches.with(|ds| {
            ds.iter()
                .position(|d| d.id == dispatch)
                .map(|i| format!("d{}", i + 1))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::state::fixture::dispatch as d;

    fn rename(name: &str) -> Op {
        Op::RenameActor {
            actor: "Rebels".into(),
            name: name.into(),
        }
    }

    #[test]
    fn a_dispatch_already_in_the_list_is_not_added_again() {
        let ds = vec![d(1, "BEIRUT (Reuters) - Strikes hit the south.")];
        let mut texts = vec![
            "  BEIRUT (Reuters) - Strikes hit the south.\n".to_string(),
            "GAZA (AP) - A truce held.".to_string(),
            "GAZA (AP) - A truce held.".to_string(),
        ];
        assert_eq!(drop_repeats(&ds, &mut texts), 2);
        assert_eq!(texts, vec!["GAZA (AP) - A truce held.".to_string()]);
    }

    #[test]
    fn a_history_step_says_what_it_changed() {
        let one = vec![d(1, "First part. Second part.")];
        let cases: Vec<(
            &str,
            (Vec<Dispatch>, Vec<Op>),
            (Vec<Dispatch>, Vec<Op>),
            &str,
        )> = vec![
            (
                "correction added",
                (one.clone(), vec![]),
                (one.clone(), vec![rename("HTS")]),
                "Renamed “Rebels” to “HTS”",
            ),
            (
                "correction replaced",
                (one.clone(), vec![rename("HTS")]),
                (one.clone(), vec![rename("SDF")]),
                "Renamed “Rebels” to “SDF”",
            ),
            (
                "correction removed",
                (one.clone(), vec![rename("HTS")]),
                (one.clone(), vec![]),
                "Removed the correction “Renamed “Rebels” to “HTS””",
            ),
            (
                "split",
                (one.clone(), vec![]),
                (vec![d(1, "First part."), d(2, "Second part.")], vec![]),
                "Split a dispatch",
            ),
            (
                "join",
                (vec![d(1, "First part."), d(2, "Second part.")], vec![]),
                (vec![d(1, "First part.\nSecond part.")], vec![]),
                "Joined two dispatches",
            ),
            (
                "added",
                (one.clone(), vec![]),
                (
                    vec![d(1, "First part. Second part."), d(2, "Other.")],
                    vec![],
                ),
                "Added a dispatch",
            ),
            (
                "removed",
                (vec![d(1, "A."), d(2, "B.")], vec![]),
                (vec![d(1, "A.")], vec![]),
                "Removed a dispatch",
            ),
            (
                "text edited",
                (one.clone(), vec![]),
                (vec![d(1, "First part, edited.")], vec![]),
                "Edited a dispatch's text",
            ),
            (
                "date set",
                (one.clone(), vec![]),
                (
                    vec![Dispatch {
                        dct: Some("2024-12-04".into()),
                        ..one[0].clone()
                    }],
                    vec![],
                ),
                "Set a dispatch's date",
            ),
            (
                "replaced by the example",
                (one.clone(), vec![]),
                (vec![d(2, "A."), d(3, "B."), d(4, "C."), d(5, "D.")], vec![]),
                "Replaced a dispatch with 4 dispatches",
            ),
            (
                "a project opened over two dispatches",
                (vec![d(1, "A."), d(2, "B.")], vec![]),
                (vec![d(7, "C.")], vec![]),
                "Replaced 2 dispatches with a dispatch",
            ),
            (
                "cleared",
                (one.clone(), vec![rename("HTS")]),
                (vec![], vec![]),
                "Cleared the workspace",
            ),
        ];
        for (name, from, to, want) in cases {
            assert_eq!(
                describe_change((&from.0, &from.1), (&to.0, &to.1)),
                want,
                "{name}"
            );
        }
    }

    #[test]
    fn progress_estimate_grows_and_stays_below_the_end() {
        assert_eq!(progress_estimate(0.0, 500), 0.0);
        assert_eq!(progress_estimate(f64::NAN, 500), 0.0);
        let mut last = 0.0;
        for ms in [50.0, 200.0, 700.0, 1_500.0, 10_000.0, 1e9] {
            let p = progress_estimate(ms, 500);
            assert!(p > last && p <= 0.95, "{ms} ms: {p}");
            last = p;
        }
        // a bigger batch is estimated to take longer
        assert!(progress_estimate(700.0, 5_000) < progress_estimate(700.0, 50));
    }

    #[test]
    fn a_setting_changed_again_and_again_is_one_undo_step() {
        let kind = |k: &str| Op::SetActorKind {
            actor: "a1".into(),
            kind: k.into(),
        };
        let other = Op::SetActorKind {
            actor: "a2".into(),
            kind: "person".into(),
        };
        let mut h = History::default();
        // a1's kind: military, then (arrow keys) armed_group, then state
        h.record((vec![], vec![]), false);
        h.record((vec![], vec![kind("military")]), true);
        h.record((vec![], vec![kind("armed_group")]), true);
        assert_eq!(
            h.undo,
            vec![(vec![], vec![])],
            "one step back to before the first"
        );
        // another actor's kind is a step of its own, and so is a1's after it
        h.record((vec![], vec![kind("state")]), false);
        h.record((vec![], vec![kind("state"), other.clone()]), false);
        assert_eq!(h.undo.len(), 3);
        // … which arrow keys then change again: still that one step
        h.record((vec![], vec![kind("state"), other, kind("person")]), true);
        assert_eq!(h.undo.len(), 3);
        // "again" with nothing before it to join is a step
        let mut fresh = History::default();
        fresh.record((vec![], vec![kind("state")]), true);
        assert_eq!(fresh.undo.len(), 1);
        // recording forgets what was undone
        h.redo.push((vec![], vec![]));
        h.record((vec![], vec![]), false);
        assert!(h.redo.is_empty());
    }

    #[test]
    fn truncate_on_char_boundary() {
        let mut s = "aé".repeat(10);
        assert!(truncate(&mut s, 4));
        assert_eq!(s, "aéa");
        let mut t = "short".to_string();
        assert!(!truncate(&mut t, 100));
    }
}

/// The first non-empty line, shortened, as a title before the engine answers.
pub fn title_of(text: &str) -> String {
    atlas_engine::pipeline::title_of(text)
}

/// The script most of a text's letters are written in when it is not the
/// Latin one the engine reads ("Arabic" for a dispatch from Al Jazeera's
/// Arabic service): the engine finds nothing in such a text, and says
/// "English" for want of a better guess. `None` for Latin text and for
/// texts of fewer than 20 letters.
pub fn foreign_script(text: &str) -> Option<&'static str> {
    const SCRIPTS: [(&str, &[(u32, u32)]); 7] = [
        (
            "Latin",
            &[(0x41, 0x5A), (0x61, 0x7A), (0xC0, 0x24F), (0x1E00, 0x1EFF)],
        ),
        (
            "Arabic",
            &[
                (0x600, 0x6FF),
                (0x750, 0x77F),
                (0xFB50, 0xFDFF),
                (0xFE70, 0xFEFF),
            ],
        ),
        ("Hebrew", &[(0x590, 0x5FF)]),
        ("Cyrillic", &[(0x400, 0x52F)]),
        ("Greek", &[(0x370, 0x3FF)]),
        (
            "Chinese, Japanese or Korean",
            &[(0x3040, 0x30FF), (0x4E00, 0x9FFF), (0xAC00, 0xD7AF)],
        ),
        ("Devanagari", &[(0x900, 0x97F)]),
    ];
    let mut counts = [0usize; SCRIPTS.len() + 1];
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        let u = c as u32;
        let k = SCRIPTS
            .iter()
            .position(|(_, rs)| rs.iter().any(|&(a, b)| (a..=b).contains(&u)))
            .unwrap_or(SCRIPTS.len());
        counts[k] += 1;
    }
    let letters: usize = counts.iter().sum();
    if letters < 20 || counts[0] * 2 >= letters {
        return None;
    }
    let (k, _) = counts
        .iter()
        .enumerate()
        .skip(1)
        .max_by_key(|&(i, n)| (*n, std::cmp::Reverse(i)))?;
    Some(SCRIPTS.get(k).map_or("a non-Latin", |s| s.0))
}

#[cfg(test)]
mod script_tests {
    use super::foreign_script;

    #[test]
    fn the_script_of_a_text_the_engine_cannot_read() {
        let cases = [
            ("german", "Die Rebellen haben am Dienstag die Stadt Hama erobert.", None),
            ("arabic", "دمشق (رويترز) - قال مسؤولون إن المعارضة سيطرت على المدينة يوم الأحد", Some("Arabic")),
            ("hebrew", "ירושלים - צבא ההגנה לישראל תקף יעדים בדרום לבנון ביום שלישי", Some("Hebrew")),
            ("russian", "Москва (Рейтер) - Министерство обороны России заявило во вторник", Some("Cyrillic")),
            ("english with an arabic name", "DAMASCUS (Reuters) - Hayat Tahrir al-Sham (هيئة تحرير الشام) took Aleppo on Friday, its fighters said.", None),
            ("too short", "دمشق", None),
            ("emoji and digits", "🔥🔥🔥 2024 12 03 🔥🔥🔥", None),
        ];
        for (name, text, want) in cases {
            assert_eq!(foreign_script(text), want, "{name}");
        }
    }
}
