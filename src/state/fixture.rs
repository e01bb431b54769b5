//! Test fixtures shared by the state modules' tests: a one-dispatch German
//! analysis ("Das Regime eroberte 2016 Aleppo zurück. …") with three actors,
//! Aleppo and the year 2016; each test adds the events it needs; and a
//! dispatch as the user gave it.

use atlas_engine::model::{Actor, Analysis, Document, Mention, Place, Time};

use crate::state::atlas::Dispatch;

/// Dispatch `id` of `text`, with no date or language set.
pub fn dispatch(id: u64, text: &str) -> Dispatch {
    Dispatch {
        id,
        text: text.into(),
        dct: None,
        lang: None,
        dct_from: None,
    }
}

/// A mention of `t` at byte `s` of document `doc`.
pub fn m(doc: &str, s: usize, t: &str) -> Mention {
    Mention {
        doc: doc.into(),
        start: s,
        end: s + t.len(),
        text: t.into(),
    }
}

/// An actor of Syria mentioned at the start of `d1`.
pub fn actor(id: &str, name: &str, kind: &str) -> Actor {
    Actor {
        id: id.into(),
        name: name.into(),
        kind: kind.into(),
        country: Some("SY".into()),
        aliases: vec![],
        roles: vec![],
        mentions: vec![m("d1", 0, name)],
    }
}

/// Dispatch `d1` of `text` (which begins "Das Regime eroberte 2016 Aleppo")
/// with the actors a1 Syrian government, a2 Regime (of `kinds.1`), a3
/// Russia (of `kinds.2`), the place p1 Aleppo and the time 2016; no events.
pub fn sample(text: &str, kinds: (&str, &str, &str)) -> Analysis {
    let mut a = Analysis::default();
    a.documents.push(Document {
        id: "d1".into(),
        title: String::new(),
        lang: "de".into(),
        dct: Some("2024-12-04".into()),
        dateline: None,
        text: text.into(),
    });
    a.actors = vec![
        actor("a1", "Syrian government", kinds.0),
        actor("a2", "Regime", kinds.1),
        actor("a3", "Russia", kinds.2),
    ];
    a.places.push(Place {
        id: "p1".into(),
        name: "Aleppo".into(),
        kind: "city".into(),
        country: Some("SY".into()),
        lat: Some(36.2),
        lon: Some(37.1),
        aliases: vec![],
        mentions: vec![m("d1", 25, "Aleppo")],
        reporting: false,
        near: None,
    });
    a.times.push(Time {
        doc: "d1".into(),
        start: 20,
        end: 24,
        text: "2016".into(),
        value: "2016".into(),
        kind: "date".into(),
        anchor: "absolute".into(),
        explanation: None,
    });
    a
}
