//! A hand-built analysis of seed-like content: two dispatches, five actors,
//! four places (three with coordinates), five events (day, month, day,
//! year and undated), three relations; texts with commas, quotes, `<`, `&`
//! and newlines.

use atlas_engine::model::{Actor, Dateline, Document, Event, EventActor, Mention, Place, Relation};
use atlas_engine::Analysis;

pub const D1_TEXT: &str = "Moskau, 4. Dezember 2024 (AFP) – Russland, Iran und die Türkei stehen in „engem Kontakt“, so Moskau.\n\
Die Rebellen, angeführt von HTS, starteten am 27. November eine \"Offensive\" gegen das Regime & <seine> Verbündeten.\n\
„Die Lage ist ernst“, sagte Maria Sacharowa am Mittwoch während ihres wöchentlichen Briefings.\n\
Russland unterstützt das Regime seit 2015, mit Luftangriffen & Truppen.\n\
Die Rebellen hätten Zivilisten in Aleppo nicht angegriffen, sagte ein Sprecher, \"niemals\".\n";

pub const D2_TEXT: &str =
    "Russian jets struck rebel positions in Idlib province in December, the ministry said.\n\
Strikes hit \"command posts\",\nammunition depots & <fortified> lines, it added.\n";

pub const EVIDENCE_E1: &str = "Die Rebellen, angeführt von HTS, starteten am 27. November eine \"Offensive\" gegen das Regime & <seine> Verbündeten.";
pub const EVIDENCE_E2: &str =
    "Strikes hit \"command posts\",\nammunition depots & <fortified> lines, it added.";
pub const EVIDENCE_E3: &str = "„Die Lage ist ernst“, sagte Maria Sacharowa am Mittwoch während ihres wöchentlichen Briefings.";
pub const EVIDENCE_E4: &str =
    "Russland unterstützt das Regime seit 2015, mit Luftangriffen & Truppen.";
pub const EVIDENCE_E5: &str =
    "Die Rebellen hätten Zivilisten in Aleppo nicht angegriffen, sagte ein Sprecher, \"niemals\".";

/// The name with every character that needs escaping somewhere.
pub const A5_NAME: &str = "Civilians, \"Aleppo\" & <Idlib> 'area'";

fn span(doc: &str, text: &str, needle: &str) -> Mention {
    let start = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in {doc}"));
    Mention {
        doc: doc.into(),
        start,
        end: start + needle.len(),
        text: needle.into(),
    }
}

fn actor(
    id: &str,
    name: &str,
    kind: &str,
    country: Option<&str>,
    aliases: &[&str],
    mentions: Vec<Mention>,
) -> Actor {
    Actor {
        id: id.into(),
        name: name.into(),
        kind: kind.into(),
        country: country.map(Into::into),
        aliases: aliases.iter().map(|s| s.to_string()).collect(),
        roles: vec![],
        mentions,
    }
}

fn place(
    id: &str,
    name: &str,
    kind: &str,
    country: &str,
    ll: Option<(f64, f64)>,
    reporting: bool,
) -> Place {
    Place {
        id: id.into(),
        name: name.into(),
        kind: kind.into(),
        country: Some(country.into()),
        lat: ll.map(|x| x.0),
        lon: ll.map(|x| x.1),
        aliases: vec![],
        mentions: vec![],
        reporting,
        near: None,
    }
}

#[allow(clippy::too_many_arguments)]
fn event(
    id: &str,
    doc: &str,
    kind: &str,
    label: &str,
    date: Option<&str>,
    actors: &[(&str, &str)],
    place: Option<&str>,
    evidence: Mention,
    negated: bool,
    reported: bool,
) -> Event {
    Event {
        id: id.into(),
        doc: doc.into(),
        kind: kind.into(),
        label: label.into(),
        date: date.map(Into::into),
        actors: actors
            .iter()
            .map(|(a, r)| EventActor {
                actor: a.to_string(),
                role: r.to_string(),
            })
            .collect(),
        place: place.map(Into::into),
        evidence,
        also: vec![],
        negated,
        reported,
        confidence: 0.8,
        figures: vec![],
        disagreement: None,
    }
}

/// The analysis.
pub fn analysis() -> Analysis {
    let dl_text = "Moskau, 4. Dezember 2024 (AFP) –";
    let d1 = Document {
        id: "d1".into(),
        title: "Moskau: Russland, Iran & Türkei in \"engem Kontakt\" <Syrien>".into(),
        lang: "de".into(),
        dct: Some("2024-12-04".into()),
        dateline: Some(Dateline {
            text: dl_text.into(),
            start: 0,
            end: dl_text.len(),
            place: Some("p2".into()),
            place_text: Some("Moskau".into()),
            date: Some("2024-12-04".into()),
            agency: Some("AFP".into()),
        }),
        text: D1_TEXT.into(),
    };
    let d2 = Document {
        id: "d2".into(),
        title: "Russian jets strike Idlib".into(),
        lang: "en".into(),
        dct: None,
        dateline: None,
        text: D2_TEXT.into(),
    };
    let m1 = |s: &str| span("d1", D1_TEXT, s);
    let m2 = |s: &str| span("d2", D2_TEXT, s);
    let actors = vec![
        actor(
            "a1",
            "Russia",
            "state",
            Some("RU"),
            &["Russland", "Moskau", "Russian"],
            vec![m1("Russland"), m1("Moskau"), m2("Russian")],
        ),
        actor(
            "a2",
            "Syrian government",
            "government",
            Some("SY"),
            &["Regime"],
            vec![m1("Regime")],
        ),
        actor(
            "a3",
            "Hayat Tahrir al-Sham",
            "armed_group",
            Some("SY"),
            &["HTS", "Rebellen"],
            vec![m1("Rebellen"), m1("HTS")],
        ),
        actor(
            "a4",
            "Maria Zakharova",
            "person",
            Some("RU"),
            &["Maria Sacharowa"],
            vec![m1("Maria Sacharowa")],
        ),
        actor(
            "a5",
            A5_NAME,
            "civilians",
            None,
            &["Zivilisten"],
            vec![m1("Zivilisten")],
        ),
    ];
    let places = vec![
        place(
            "p1",
            "Aleppo",
            "city",
            "SY",
            Some((36.2021, 37.1343)),
            false,
        ),
        place("p2", "Moscow", "city", "RU", Some((55.7558, 37.6173)), true),
        place(
            "p3",
            "Idlib Governorate",
            "region",
            "SY",
            Some((35.9306, 36.6339)),
            false,
        ),
        place("p4", "Hama countryside", "locality", "SY", None, false),
    ];
    let events = vec![
        event(
            "e1",
            "d1",
            "ASSAULT",
            "launched an \"offensive\"",
            Some("2024-11-27"),
            &[("a3", "source"), ("a2", "target")],
            Some("p1"),
            m1(EVIDENCE_E1),
            false,
            false,
        ),
        event(
            "e2",
            "d2",
            "ASSAULT",
            "air strikes on rebel positions",
            Some("2024-12"),
            &[("a1", "source"), ("a3", "target")],
            Some("p3"),
            m2(EVIDENCE_E2),
            false,
            true,
        ),
        event(
            "e3",
            "d1",
            "CONSULT",
            "weekly briefing",
            Some("2024-12-04"),
            &[("a4", "source"), ("a1", "reporter")],
            Some("p2"),
            m1(EVIDENCE_E3),
            false,
            false,
        ),
        event(
            "e4",
            "d1",
            "SUPPORT",
            "supports the regime, with troops & jets",
            Some("2015"),
            &[("a1", "source"), ("a2", "target")],
            Some("p4"),
            m1(EVIDENCE_E4),
            false,
            false,
        ),
        event(
            "e5",
            "d1",
            "ASSAULT",
            "attacked civilians",
            None,
            &[("a3", "source"), ("a5", "target")],
            Some("p1"),
            m1(EVIDENCE_E5),
            true,
            true,
        ),
    ];
    let relations = vec![
        Relation {
            a: "a1".into(),
            b: "a2".into(),
            kind: "supports".into(),
            label: "ally of".into(),
            evidence: vec!["e4".into(), "d1:0-40".into()],
            weight: 2,
        },
        Relation {
            a: "a3".into(),
            b: "a2".into(),
            kind: "opposes".into(),
            label: "fights <against> & \"opposes\"".into(),
            evidence: vec!["e1".into()],
            weight: 1,
        },
        Relation {
            a: "a1".into(),
            b: "a3".into(),
            kind: "opposes".into(),
            label: "strikes".into(),
            evidence: vec!["e2".into(), "e1".into()],
            weight: 2,
        },
    ];
    Analysis {
        documents: vec![d1, d2],
        actors,
        places,
        times: vec![],
        events,
        relations,
        ..Analysis::default()
    }
}
