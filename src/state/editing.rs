//! The correction form that is open in the detail panel, kept on its item
//! while the analysis changes under it.
//!
//! A correction changes the analysis, and so does every re-analysis; the
//! selection names items by the analysis's own ids (`e12`, `a3`), which a
//! re-analysis may hand out again to other items. The open form therefore
//! also holds its item's stable identity ([`ItemKey`]: the names and spans
//! corrections are keyed by) and finds the item again by it after each
//! change ([`step`]): the form stays open on it, under its new id if it has
//! one, or closes with a note when the item is gone.

use atlas_engine::Analysis;
use leptos::prelude::*;

use crate::state::atlas::Atlas;
use crate::state::corrections::{doc_dispatch, event_key, EventKey, SpanKey};
use crate::state::selection::{Sel, Selection};

/// What an item is, independent of the analysis's ids.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ItemKey {
    /// An event: its evidence sentence and the engine's label.
    Event(EventKey),
    /// An actor: its name first, then its other names (a rename or a
    /// merge keeps the older ones as aliases; an undo brings one back).
    Actor(Vec<String>),
    /// A place: its name first, then its other names.
    Place(Vec<String>),
    /// A time expression: where it is written.
    Time(SpanKey),
}

impl ItemKey {
    /// How the note names the item (`the event “…”`).
    pub fn describe(&self) -> String {
        let first = |names: &[String]| names.first().cloned().unwrap_or_default();
        match self {
            ItemKey::Event(k) => format!("The event “{}”", k.label),
            ItemKey::Actor(n) => format!("The actor “{}”", first(n)),
            ItemKey::Place(n) => format!("The place “{}”", first(n)),
            ItemKey::Time(k) => format!("The date “{}”", k.text),
        }
    }
}

fn names(name: &str, aliases: &[String]) -> Vec<String> {
    let mut v = vec![name.to_string()];
    v.extend(aliases.iter().filter(|a| *a != name).cloned());
    v
}

/// The stable identity of the selected item `sel` of `a` (document `d{i+1}`
/// is dispatch `ids[i]`); `None` for a dispatch or an item not in `a`.
pub fn key_of(a: &Analysis, ids: &[u64], sel: &Sel) -> Option<ItemKey> {
    match sel {
        Sel::Event(id) => {
            let e = a.events.iter().find(|e| &e.id == id)?;
            event_key(a, e, ids).map(ItemKey::Event)
        }
        Sel::Actor(id) => {
            let x = a.actors.iter().find(|x| &x.id == id)?;
            Some(ItemKey::Actor(names(&x.name, &x.aliases)))
        }
        Sel::Place(id) => {
            let p = a.places.iter().find(|p| &p.id == id)?;
            Some(ItemKey::Place(names(&p.name, &p.aliases)))
        }
        Sel::Time(doc, start) => {
            let t = a
                .times
                .iter()
                .find(|t| t.doc == *doc && t.start == *start)?;
            Some(ItemKey::Time(SpanKey {
                dispatch: doc_dispatch(doc, ids)?,
                start: *start,
                text: t.text.to_string(),
            }))
        }
        Sel::Doc(_) => None,
    }
}

/// The id of the first item named by `key` (its names in order: a current
/// name wins over an alias, the first name over later ones).
fn by_names<'a>(
    items: impl Iterator<Item = (&'a str, &'a str, &'a [String])> + Clone,
    key: &[String],
) -> Option<String> {
    for n in key {
        if let Some((id, _, _)) = items.clone().find(|(_, name, _)| name == n) {
            return Some(id.to_string());
        }
    }
    for n in key {
        if let Some((id, _, _)) = items.clone().find(|(_, _, al)| al.contains(n)) {
            return Some(id.to_string());
        }
    }
    None
}

/// The item `key` names in `a`, as a selection.
pub fn find(a: &Analysis, ids: &[u64], key: &ItemKey) -> Option<Sel> {
    match key {
        ItemKey::Event(k) => a
            .events
            .iter()
            .find(|e| {
                doc_dispatch(&e.evidence.doc, ids) == Some(k.evidence.dispatch)
                    && e.evidence.start == k.evidence.start
                    && e.evidence.text == k.evidence.text
                    && e.label == k.label
            })
            .map(|e| Sel::Event(e.id.clone())),
        ItemKey::Actor(n) => by_names(
            a.actors
                .iter()
                .map(|x| (x.id.as_str(), x.name.as_str(), x.aliases.as_slice())),
            n,
        )
        .map(Sel::Actor),
        ItemKey::Place(n) => by_names(
            a.places
                .iter()
                .map(|p| (p.id.as_str(), p.name.as_str(), p.aliases.as_slice())),
            n,
        )
        .map(Sel::Place),
        ItemKey::Time(k) => a
            .times
            .iter()
            .find(|t| {
                doc_dispatch(&t.doc, ids) == Some(k.dispatch)
                    && t.start == k.start
                    && t.text == k.text
            })
            .map(|t| Sel::Time(t.doc.to_string(), t.start)),
    }
}

/// What becomes of an open form after the analysis or the selection changed.
#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    /// It stays open on its item (`key` refreshed: a rename changes it).
    Stay(ItemKey),
    /// Its item has a new id: select it and keep the form open on it.
    Move(Sel, ItemKey),
    /// The user selected something else or cleared the selection: close it.
    Close,
    /// Its item is gone (deleted, or not found by a re-analysis): close it
    /// and say so.
    Gone(String),
}

/// Where the form open on `open` (identity `key`) goes in the analysis `a`,
/// with `selected` selected. Selecting another item closes it; clearing the
/// selection closes it unless its item is gone with the same change (a
/// delete clears the selection), which is reported.
pub fn step(a: &Analysis, ids: &[u64], open: &Sel, key: &ItemKey, selected: Option<&Sel>) -> Step {
    if selected.is_some_and(|s| s != open) {
        return Step::Close;
    }
    match find(a, ids, key) {
        None => Step::Gone(format!(
            "{} is gone after your last change, so its correction form closed. Undo (Ctrl+Z) brings it back.",
            key.describe()
        )),
        Some(_) if selected.is_none() => Step::Close,
        Some(s) => {
            let fresh = key_of(a, ids, &s).unwrap_or_else(|| key.clone());
            if &s == open {
                Step::Stay(fresh)
            } else {
                Step::Move(s, fresh)
            }
        }
    }
}

/// The open correction form, shared by the detail panel and the views'
/// context menus (right-click opens an item's form).
#[derive(Debug, Clone, Copy)]
pub struct EditorOpen {
    /// The item whose form is open, by the ids of the analysis shown.
    pub sel: RwSignal<Option<Sel>>,
    /// Its stable identity.
    key: StoredValue<Option<ItemKey>>,
    /// Why a form closed by itself, shown in the detail panel until
    /// something else is selected.
    pub note: RwSignal<Option<String>>,
    /// Opened and not yet shown (brought into view) by the panel.
    fresh: StoredValue<bool>,
    atlas: Atlas,
}

impl EditorOpen {
    /// Opens the form of `sel` (and drops any note).
    pub fn open(&self, sel: Sel) {
        let key = self.atlas.raw.with_untracked(|r| {
            self.atlas
                .analysis
                .with_untracked(|a| key_of(a, &r.ids, &sel))
        });
        self.key.set_value(key);
        self.fresh.set_value(true);
        self.note.set(None);
        self.sel.set(Some(sel));
    }

    /// Whether the form was opened since the panel last showed it: the
    /// panel brings a newly opened form into view, not one it redraws
    /// after a correction.
    pub fn take_fresh(&self) -> bool {
        let f = self.fresh.get_value();
        self.fresh.set_value(false);
        f
    }

    /// Closes the form.
    pub fn close(&self) {
        self.key.set_value(None);
        self.fresh.set_value(false);
        if self.sel.with_untracked(Option::is_some) {
            self.sel.set(None);
        }
    }

    /// Whether the form of `sel` is open (reactive).
    pub fn is_open(&self, sel: &Sel) -> bool {
        self.sel.with(|o| o.as_ref() == Some(sel))
    }

    /// Follows the analysis and the selection (see [`step`]).
    fn follow(&self, selection: Selection) {
        let selected = selection.0.get();
        let a = self.atlas.analysis.get();
        let Some(open) = self.sel.get_untracked() else {
            if selected.is_some() && self.note.with_untracked(Option::is_some) {
                self.note.set(None);
            }
            return;
        };
        let Some(key) = self.key.get_value() else {
            return;
        };
        let ids = self.atlas.raw.with_untracked(|r| r.ids.clone());
        match step(&a, &ids, &open, &key, selected.as_ref()) {
            Step::Stay(k) => self.key.set_value(Some(k)),
            Step::Move(s, k) => {
                self.key.set_value(Some(k));
                self.sel.set(Some(s.clone()));
                selection.set(s);
            }
            Step::Close => self.close(),
            Step::Gone(note) => {
                self.close();
                if selected.is_some() {
                    selection.clear();
                }
                self.note.set(Some(note));
            }
        }
    }
}

/// Provides the (closed) correction form to the component tree; it follows
/// every new analysis and selection from then on.
pub fn provide_editor(atlas: Atlas, selection: Selection) -> EditorOpen {
    let e = EditorOpen {
        sel: RwSignal::new(None),
        key: StoredValue::new(None),
        note: RwSignal::new(None),
        fresh: StoredValue::new(false),
        atlas,
    };
    provide_context(e);
    // The analysis is replaced by corrections and by the worker; the form
    // finds its item again by its identity after each replacement.
    Effect::new(move |_| e.follow(selection));
    e
}

/// The open correction form of the surrounding app.
pub fn use_editor() -> EditorOpen {
    expect_context::<EditorOpen>()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::corrections::{apply, Op};
    use atlas_engine::model::Event;

    use crate::state::fixture::m;

    const TEXT: &str = "Das Regime eroberte 2016 Aleppo zurück. Russland bombardierte Idlib.";

    fn sample() -> Analysis {
        let mut a = crate::state::fixture::sample(TEXT, ("government", "government", "government"));
        a.events = vec![
            Event::new("e1", "ASSAULT", "recaptured", m("d1", 0, &TEXT[..40])),
            Event::new("e2", "ASSAULT", "bombed", m("d1", 41, &TEXT[41..])),
        ];
        a
    }

    fn ev(id: &str) -> Sel {
        Sel::Event(id.into())
    }

    #[test]
    fn keys_find_their_items_again() {
        let a = sample();
        for sel in [
            ev("e2"),
            Sel::Actor("a2".into()),
            Sel::Place("p1".into()),
            Sel::Time("d1".into(), 20),
        ] {
            let k = key_of(&a, &[7], &sel).unwrap();
            assert_eq!(find(&a, &[7], &k), Some(sel));
        }
        assert_eq!(key_of(&a, &[7], &Sel::Doc("d1".into())), None);
        assert_eq!(key_of(&a, &[7], &ev("e9")), None);
    }

    #[test]
    fn the_form_stays_on_an_event_through_two_corrections() {
        let raw = sample();
        let open = ev("e2");
        let key = key_of(&raw, &[7], &open).unwrap();
        let ItemKey::Event(ek) = key.clone() else {
            panic!()
        };
        let ops = vec![
            Op::SetEventType {
                event: ek.clone(),
                kind: "COERCE".into(),
            },
            Op::SetEventActors {
                event: ek,
                actors: vec![("Russia".into(), "source".into())],
            },
        ];
        for n in 1..=ops.len() {
            let a = apply(&raw, &ops[..n], &[7]);
            assert_eq!(
                step(&a, &[7], &open, &key, Some(&open)),
                Step::Stay(key.clone())
            );
        }
    }

    #[test]
    fn a_renumbered_event_is_followed_to_its_new_id() {
        let a = sample();
        let open = ev("e2");
        let key = key_of(&a, &[7], &open).unwrap();
        // A re-analysis found one more event first: "bombed" is e3 now, and
        // e2 is another event.
        let mut b = a.clone();
        b.events[1].id = "e3".into();
        b.events
            .insert(1, Event::new("e2", "PROTEST", "marched", m("d1", 0, "Das")));
        assert_eq!(
            step(&b, &[7], &open, &key, Some(&open)),
            Step::Move(ev("e3"), key)
        );
    }

    #[test]
    fn a_renamed_or_merged_actor_keeps_its_form() {
        let raw = sample();
        let open = Sel::Actor("a2".into());
        let key = key_of(&raw, &[7], &open).unwrap();
        let renamed = apply(
            &raw,
            &[Op::RenameActor {
                actor: "Regime".into(),
                name: "Assad government".into(),
            }],
            &[7],
        );
        let Step::Stay(k2) = step(&renamed, &[7], &open, &key, Some(&open)) else {
            panic!("rename keeps the form open")
        };
        assert_eq!(
            k2,
            ItemKey::Actor(vec!["Assad government".into(), "Regime".into()])
        );
        // Undoing the rename: found by its older name.
        assert_eq!(
            step(&raw, &[7], &open, &k2, Some(&open)),
            Step::Stay(key.clone())
        );
        // Merged into the government: the form follows it there.
        let merged = apply(
            &raw,
            &[Op::MergeActors {
                from: "Regime".into(),
                into: "Syrian government".into(),
            }],
            &[7],
        );
        let Step::Move(s, _) = step(&merged, &[7], &open, &key, Some(&open)) else {
            panic!("merge moves the form")
        };
        assert_eq!(s, Sel::Actor("a1".into()));
    }

    #[test]
    fn a_deleted_item_closes_its_form_with_a_note() {
        let raw = sample();
        let open = ev("e1");
        let key = key_of(&raw, &[7], &open).unwrap();
        let ItemKey::Event(ek) = key.clone() else {
            panic!()
        };
        let a = apply(&raw, &[Op::DeleteEvent { event: ek }], &[7]);
        // The delete button clears the selection as it deletes.
        let Step::Gone(note) = step(&a, &[7], &open, &key, None) else {
            panic!("gone")
        };
        assert!(note.contains("“recaptured” is gone"), "{note}");
        // Editing the dispatch's text moves the sentence: gone too.
        let mut b = raw.clone();
        b.events[0].evidence.start = 3;
        assert!(matches!(
            step(&b, &[7], &open, &key, Some(&open)),
            Step::Gone(_)
        ));
    }

    #[test]
    fn selecting_something_else_or_nothing_closes_the_form() {
        let a = sample();
        let open = ev("e1");
        let key = key_of(&a, &[7], &open).unwrap();
        assert_eq!(step(&a, &[7], &open, &key, Some(&ev("e2"))), Step::Close);
        assert_eq!(step(&a, &[7], &open, &key, None), Step::Close);
    }
}
