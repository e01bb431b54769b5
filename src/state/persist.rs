//! Saving the user's work in the browser (localStorage) and reading it back,
//! recovering what can be recovered from a damaged store.
//!
//! Each dispatch's text has a key of its own and an index holds the rest
//! (ids, user-set dates and languages, corrections, theme), so a save writes
//! only the texts that changed since the last one: a correction or a new
//! date costs one small write, not the whole workspace again; a large paste
//! is written a few texts at a time ([`Saving::step`]).

use std::collections::HashMap;
use std::hash::{Hash, Hasher};

use serde::{Deserialize, Serialize};

use super::atlas::Dispatch;

/// The storage key of the index (dispatches without their texts, corrections, theme).
pub const KEY: &str = "dispatch-atlas/workspace@2";
/// Where earlier versions kept the whole workspace under one key.
pub const LEGACY_KEY: &str = "dispatch-atlas/workspace@1";
/// Where a damaged store is moved so nothing is lost.
pub const DAMAGED_KEY: &str = "dispatch-atlas/workspace@2.damaged";

/// The storage key of one dispatch's text.
pub fn text_key(id: u64) -> String {
    format!("dispatch-atlas/text@2/{id}")
}

/// A key–value store: the browser's localStorage, or a map in tests.
pub trait Store {
    /// The value of a key.
    fn get(&self, key: &str) -> Option<String>;
    /// Sets a key; fails when the store is full.
    fn set(&mut self, key: &str, value: &str) -> Result<(), Full>;
    /// Removes a key.
    fn remove(&mut self, key: &str);
}

/// The browser's localStorage.
impl Store for web_sys::Storage {
    fn get(&self, key: &str) -> Option<String> {
        self.get_item(key).ok().flatten()
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), Full> {
        self.set_item(key, value).map_err(|_| Full)
    }
    fn remove(&mut self, key: &str) {
        let _ = self.remove_item(key);
    }
}

/// The store refused a write (its quota is used up).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Full;

/// What is saved.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Saved {
    /// The dispatches.
    #[serde(default)]
    pub dispatches: Vec<Dispatch>,
    /// The user's corrections, as stored operations.
    #[serde(default)]
    pub corrections: serde_json::Value,
    /// The UI theme.
    #[serde(default)]
    pub theme: Option<String>,
}

/// The theme to open with: the one the user chose (saved), else the
/// system's (`prefers-color-scheme`). Returns the theme and whether the user
/// chose it; a saved value that is neither `light` nor `dark` counts as no
/// choice.
pub fn initial_theme(saved: Option<&str>, system_dark: bool) -> (&'static str, bool) {
    match saved {
        Some("dark") => ("dark", true),
        Some("light") => ("light", true),
        _ if system_dark => ("dark", false),
        _ => ("light", false),
    }
}

/// One dispatch in the index: everything but its text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Entry {
    id: u64,
    #[serde(default)]
    dct: Option<String>,
    #[serde(default)]
    lang: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    dct_from: Option<String>,
}

/// The index as stored.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct Index {
    #[serde(default)]
    dispatches: Vec<Entry>,
    #[serde(default)]
    corrections: serde_json::Value,
    #[serde(default)]
    theme: Option<String>,
}

/// Which texts the store holds: a checksum of each dispatch's text by id.
pub type Written = HashMap<u64, u64>;

fn checksum(text: &str) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    text.hash(&mut h);
    h.finish()
}

/// The result of reading a store.
#[derive(Debug, Clone, PartialEq)]
pub struct Restored {
    /// What could be read.
    pub saved: Saved,
    /// A message for the user when something was damaged.
    pub warning: Option<String>,
    /// The texts the store holds (for the next save).
    pub written: Written,
}

const UNREADABLE: &str = "The saved workspace was damaged and could not be read; a copy was kept in the browser storage.";

/// Reads the saved workspace: the index and each dispatch's text, or the
/// single-key workspace of earlier versions. A damaged store keeps every
/// dispatch that can still be read and says what was lost (the damaged
/// index is copied to [`DAMAGED_KEY`]).
pub fn load(store: &mut impl Store) -> Restored {
    let Some(raw) = store.get(KEY).filter(|r| !r.trim().is_empty()) else {
        let legacy = store.get(LEGACY_KEY);
        let restored = restore_legacy(legacy.as_deref());
        if let (Some(_), Some(r)) = (&restored.warning, &legacy) {
            let _ = store.set(DAMAGED_KEY, r);
        }
        return restored;
    };
    let (index, mut lost) = match serde_json::from_str::<Index>(&raw) {
        Ok(index) => (index, 0),
        Err(_) => match salvage::<Entry>(&raw) {
            Some((dispatches, lost, corrections, theme)) => (
                Index {
                    dispatches,
                    corrections,
                    theme,
                },
                lost,
            ),
            None => {
                let _ = store.set(DAMAGED_KEY, &raw);
                return Restored {
                    saved: Saved::default(),
                    warning: Some(UNREADABLE.into()),
                    written: Written::new(),
                };
            }
        },
    };
    let mut saved = Saved {
        dispatches: Vec::with_capacity(index.dispatches.len()),
        corrections: index.corrections,
        theme: index.theme,
    };
    let mut written = Written::new();
    for e in index.dispatches {
        match store.get(&text_key(e.id)) {
            Some(text) => {
                written.insert(e.id, checksum(&text));
                saved.dispatches.push(Dispatch {
                    id: e.id,
                    text,
                    dct: e.dct,
                    lang: e.lang,
                    dct_from: e.dct_from,
                });
            }
            None => lost += 1,
        }
    }
    let warning = (lost > 0).then(|| {
        let _ = store.set(DAMAGED_KEY, &raw);
        lost_message(lost)
    });
    Restored {
        saved,
        warning,
        written,
    }
}

fn lost_message(lost: usize) -> String {
    format!("Part of the saved workspace was damaged: {lost} dispatch(es) could not be read; the rest was restored and a copy of the damaged store was kept.")
}

/// Reads a whole workspace saved under one key (earlier versions).
pub fn restore_legacy(raw: Option<&str>) -> Restored {
    let Some(raw) = raw.filter(|r| !r.trim().is_empty()) else {
        return Restored {
            saved: Saved::default(),
            warning: None,
            written: Written::new(),
        };
    };
    if let Ok(saved) = serde_json::from_str::<Saved>(raw) {
        return Restored {
            saved,
            warning: None,
            written: Written::new(),
        };
    }
    match salvage::<Dispatch>(raw) {
        Some((dispatches, lost, corrections, theme)) => Restored {
            saved: Saved {
                dispatches,
                corrections,
                theme,
            },
            warning: Some(lost_message(lost)),
            written: Written::new(),
        },
        None => Restored {
            saved: Saved::default(),
            warning: Some(UNREADABLE.into()),
            written: Written::new(),
        },
    }
}

/// Reads what can be read from a damaged store: the dispatches one by one
/// (and how many were lost), the corrections and the theme; `None` when it
/// is not JSON at all.
type Salvaged<T> = (Vec<T>, usize, serde_json::Value, Option<String>);
fn salvage<T: serde::de::DeserializeOwned>(raw: &str) -> Option<Salvaged<T>> {
    let value: serde_json::Value = serde_json::from_str(raw).ok()?;
    let mut items = Vec::new();
    let mut lost = 0;
    for item in value
        .get("dispatches")
        .and_then(|d| d.as_array())
        .into_iter()
        .flatten()
    {
        match serde_json::from_value::<T>(item.clone()) {
            Ok(d) => items.push(d),
            Err(_) => lost += 1,
        }
    }
    let corrections = value
        .get("corrections")
        .cloned()
        .unwrap_or(serde_json::Value::Null);
    let theme = value
        .get("theme")
        .and_then(|t| t.as_str())
        .map(str::to_string);
    Some((items, lost.max(1), corrections, theme))
}

/// A save in progress: the texts that changed, then the index, then the
/// removal of texts no longer in the workspace.
pub struct Saving {
    saved: Saved,
    /// Positions in `saved.dispatches` of the texts to write, with their checksums.
    texts: Vec<(usize, u64)>,
    next: usize,
}

impl Saving {
    /// Plans a save of `saved` into a store holding `written`.
    pub fn new(saved: Saved, written: &Written) -> Saving {
        let texts = saved
            .dispatches
            .iter()
            .enumerate()
            .filter_map(|(i, d)| {
                let sum = checksum(&d.text);
                (written.get(&d.id) != Some(&sum)).then_some((i, sum))
            })
            .collect();
        Saving {
            saved,
            texts,
            next: 0,
        }
    }

    /// How many texts this save writes.
    pub fn texts(&self) -> usize {
        self.texts.len()
    }

    /// Writes the next texts (at least one, about `bytes` of them); once all
    /// are written, the index, and removes the texts of dispatches that are
    /// gone. True when the save is complete. `written` follows every write,
    /// so a save cut short by a newer one leaves nothing to redo.
    pub fn step(
        &mut self,
        store: &mut impl Store,
        written: &mut Written,
        bytes: usize,
    ) -> Result<bool, Full> {
        let mut budget = bytes.max(1);
        while let Some(&(i, sum)) = self.texts.get(self.next) {
            if budget == 0 {
                return Ok(false);
            }
            let d = &self.saved.dispatches[i];
            store.set(&text_key(d.id), &d.text)?;
            written.insert(d.id, sum);
            budget = budget.saturating_sub(d.text.len());
            self.next += 1;
        }
        let index = Index {
            dispatches: self
                .saved
                .dispatches
                .iter()
                .map(|d| Entry {
                    id: d.id,
                    dct: d.dct.clone(),
                    lang: d.lang.clone(),
                    dct_from: d.dct_from.clone(),
                })
                .collect(),
            corrections: self.saved.corrections.clone(),
            theme: self.saved.theme.clone(),
        };
        let json = serde_json::to_string(&index).map_err(|_| Full)?;
        store.set(KEY, &json)?;
        let kept: std::collections::HashSet<u64> =
            self.saved.dispatches.iter().map(|d| d.id).collect();
        let gone: Vec<u64> = written
            .keys()
            .copied()
            .filter(|id| !kept.contains(id))
            .collect();
        for id in gone {
            store.remove(&text_key(id));
            written.remove(&id);
        }
        store.remove(LEGACY_KEY);
        Ok(true)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A store in memory that counts its writes.
    #[derive(Default)]
    struct Mem {
        map: HashMap<String, String>,
        writes: Vec<String>,
        quota: Option<usize>,
    }

    impl Store for Mem {
        fn get(&self, key: &str) -> Option<String> {
            self.map.get(key).cloned()
        }
        fn set(&mut self, key: &str, value: &str) -> Result<(), Full> {
            let used: usize = self.map.values().map(String::len).sum();
            if self.quota.is_some_and(|q| used + value.len() > q) {
                return Err(Full);
            }
            self.writes.push(key.to_string());
            self.map.insert(key.to_string(), value.to_string());
            Ok(())
        }
        fn remove(&mut self, key: &str) {
            self.map.remove(key);
        }
    }

    use crate::state::fixture::dispatch;

    fn save_all(store: &mut Mem, saved: &Saved, written: &mut Written) {
        let mut s = Saving::new(saved.clone(), written);
        while !s.step(store, written, 1).unwrap() {}
    }

    #[test]
    fn a_save_reads_back_and_writes_only_what_changed() {
        let mut store = Mem::default();
        let mut written = Written::new();
        let mut saved = Saved {
            dispatches: vec![dispatch(1, "Erster Text."), dispatch(2, "Second text.")],
            corrections: serde_json::json!([{"op": "x"}]),
            theme: Some("dark".into()),
        };
        save_all(&mut store, &saved, &mut written);
        assert_eq!(store.writes.len(), 3, "two texts and the index");
        let back = load(&mut store);
        assert_eq!(back.saved, saved);
        assert!(back.warning.is_none());
        assert_eq!(back.written, written);

        // A new date: only the index is written again.
        store.writes.clear();
        saved.dispatches[0].dct = Some("2024-12-04".into());
        save_all(&mut store, &saved, &mut written);
        assert_eq!(store.writes, vec![KEY.to_string()]);
        // An edited text: that text and the index.
        store.writes.clear();
        saved.dispatches[1].text = "Second text, edited.".into();
        save_all(&mut store, &saved, &mut written);
        assert_eq!(store.writes, vec![text_key(2), KEY.to_string()]);
        // A removed dispatch: its text goes.
        saved.dispatches.remove(0);
        save_all(&mut store, &saved, &mut written);
        assert!(store.get(&text_key(1)).is_none());
        assert_eq!(load(&mut store).saved, saved);
    }

    #[test]
    fn a_large_save_goes_in_steps_and_a_newer_one_takes_over() {
        let mut store = Mem::default();
        let mut written = Written::new();
        let saved = Saved {
            dispatches: (1..=10).map(|i| dispatch(i, &"x".repeat(100))).collect(),
            ..Saved::default()
        };
        let mut s = Saving::new(saved.clone(), &written);
        assert_eq!(s.texts(), 10);
        assert!(!s.step(&mut store, &mut written, 250).unwrap());
        assert_eq!(written.len(), 3, "about 250 bytes: three texts");
        assert!(store.get(KEY).is_none(), "the index comes last");
        // A newer save starts before this one ends: it writes only the rest.
        let newer = Saving::new(saved.clone(), &written);
        assert_eq!(newer.texts(), 7);
        save_all(&mut store, &saved, &mut written);
        assert_eq!(load(&mut store).saved, saved);
    }

    #[test]
    fn damaged_and_legacy_stores() {
        // Earlier versions' single key is read, and replaced by the next save.
        let mut store = Mem::default();
        store.map.insert(
            LEGACY_KEY.into(),
            r#"{"dispatches":[{"id":1,"text":"Hallo Welt"}],"corrections":[]}"#.into(),
        );
        let r = load(&mut store);
        assert_eq!(r.saved.dispatches.len(), 1);
        assert!(r.warning.is_none());
        let mut written = r.written.clone();
        save_all(&mut store, &r.saved, &mut written);
        assert!(store.get(LEGACY_KEY).is_none());
        assert_eq!(load(&mut store).saved, r.saved);

        // Nothing saved.
        let r = load(&mut Mem::default());
        assert!(r.saved.dispatches.is_empty() && r.warning.is_none());

        // An unreadable index: nothing restored, a copy kept.
        let mut store = Mem::default();
        store.map.insert(KEY.into(), "{not json".into());
        let r = load(&mut store);
        assert!(r.saved.dispatches.is_empty());
        assert!(r.warning.unwrap().contains("damaged"));
        assert_eq!(store.get(DAMAGED_KEY).as_deref(), Some("{not json"));

        // A damaged entry and a missing text: the rest is restored.
        let mut store = Mem::default();
        store.map.insert(
            KEY.into(),
            r#"{"dispatches":[{"id":1},{"id":"x"},{"id":3},{"id":4}],"theme":"dark"}"#.into(),
        );
        store.map.insert(text_key(1), "ok".into());
        store.map.insert(text_key(3), "also ok".into());
        let r = load(&mut store);
        assert_eq!(r.saved.dispatches.len(), 2);
        assert_eq!(r.saved.theme.as_deref(), Some("dark"));
        assert!(r.warning.unwrap().contains("2 dispatch"));

        // A damaged legacy store.
        let partly =
            r#"{"dispatches":[{"id":1,"text":"ok"},{"id":"x"},{"id":3,"text":"also ok"}]}"#;
        let r = restore_legacy(Some(partly));
        assert_eq!(r.saved.dispatches.len(), 2);
        assert!(r.warning.unwrap().contains("1 dispatch"));
    }

    #[test]
    fn a_full_store_is_an_error_not_a_loss() {
        let mut store = Mem {
            quota: Some(150),
            ..Mem::default()
        };
        let mut written = Written::new();
        let saved = Saved {
            dispatches: vec![dispatch(1, &"a".repeat(100)), dispatch(2, &"b".repeat(100))],
            ..Saved::default()
        };
        let mut s = Saving::new(saved, &written);
        let mut result = Ok(false);
        while result == Ok(false) {
            result = s.step(&mut store, &mut written, 1);
        }
        assert_eq!(result, Err(Full));
        assert_eq!(written.len(), 1, "what was written is known");
    }

    #[test]
    fn the_theme_follows_the_system_until_the_user_chooses() {
        assert_eq!(initial_theme(None, true), ("dark", false));
        assert_eq!(initial_theme(None, false), ("light", false));
        assert_eq!(initial_theme(Some("light"), true), ("light", true));
        assert_eq!(initial_theme(Some("dark"), false), ("dark", true));
        assert_eq!(initial_theme(Some("<b>"), true), ("dark", false));
    }
}
