use atlas_engine::model::Figure;
use atlas_engine::model::{Actor, Event, EventActor, Mention};
use atlas_engine::Analysis;
use atlas_export::csv::{acled_type, fatalities, to_csv};

use crate::fixture::{self, EVIDENCE_E1, EVIDENCE_E2};

/// The header, written out from the brief (not taken from the crate).
const HEADER: [&str; 22] = [
    "event_id_cnty",
    "event_date",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "actor2",
    "assoc_actor_2",
    "country",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "notes",
    "fatalities",
    "plover_type",
    "negated",
    "reported",
    "doc",
];

fn read(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let mut r = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(false)
        .from_reader(text.as_bytes());
    let header = r
        .headers()
        .expect("header")
        .iter()
        .map(str::to_string)
        .collect();
    let rows = r
        .records()
        .map(|rec| {
            rec.expect("record parses")
                .iter()
                .map(str::to_string)
                .collect()
        })
        .collect();
    (header, rows)
}

fn col(name: &str) -> usize {
    HEADER.iter().position(|h| *h == name).unwrap()
}

#[test]
fn header_and_row_count() {
    let a = fixture::analysis();
    let (header, rows) = read(&to_csv(&a));
    assert_eq!(header, HEADER);
    assert_eq!(rows.len(), a.events.len());
    assert!(rows.iter().all(|r| r.len() == HEADER.len()));
    let ids: Vec<&str> = rows.iter().map(|r| r[0].as_str()).collect();
    assert_eq!(ids, ["e1", "e2", "e3", "e4", "e5"]);
}

#[test]
fn rfc4180_line_endings_and_quoting() {
    let text = to_csv(&fixture::analysis());
    assert!(text.ends_with("\r\n"));
    // Every LF that ends a record is preceded by CR; the only bare LF is
    // the one inside e2's quoted evidence.
    let bare_lf = text
        .match_indices('\n')
        .filter(|(i, _)| text.as_bytes()[i - 1] != b'\r')
        .count();
    assert_eq!(bare_lf, 1);
    assert!(text.starts_with("event_id_cnty,event_date,time_precision,"));
    // Quotes inside a field are doubled and the field is quoted.
    assert!(
        text.contains("\"launched an \"\"offensive\"\": Die Rebellen, angeführt"),
        "{text}"
    );
    // A field without specials is bare.
    assert!(
        text.contains("\r\ne3,2024-12-04,1,,,Maria Zakharova,"),
        "{text}"
    );
}

#[test]
fn values_round_trip() {
    let (_, rows) = read(&to_csv(&fixture::analysis()));
    let get = |row: usize, name: &str| rows[row][col(name)].clone();
    // e1: day precision, armed group against government in a city.
    assert_eq!(get(0, "event_date"), "2024-11-27");
    assert_eq!(get(0, "time_precision"), "1");
    assert_eq!(get(0, "event_type"), "Battles");
    assert_eq!(get(0, "sub_event_type"), "Armed clash");
    assert_eq!(get(0, "actor1"), "Hayat Tahrir al-Sham");
    assert_eq!(get(0, "actor2"), "Syrian government");
    assert_eq!(get(0, "country"), "Syria");
    assert_eq!(get(0, "admin1"), "");
    assert_eq!(get(0, "location"), "Aleppo");
    assert_eq!(get(0, "latitude"), "36.2021");
    assert_eq!(get(0, "longitude"), "37.1343");
    assert_eq!(get(0, "geo_precision"), "1");
    assert_eq!(get(0, "source"), "AFP");
    assert_eq!(
        get(0, "notes"),
        format!("launched an \"offensive\": {EVIDENCE_E1}")
    );
    assert_eq!(get(0, "plover_type"), "ASSAULT");
    assert_eq!(get(0, "negated"), "false");
    assert_eq!(get(0, "reported"), "false");
    assert_eq!(get(0, "doc"), "d1");
    // e2: month precision → first day, code 3; region; no dateline.
    assert_eq!(get(1, "event_date"), "2024-12-01");
    assert_eq!(get(1, "time_precision"), "3");
    assert_eq!(get(1, "event_type"), "Explosions/Remote violence");
    assert_eq!(get(1, "sub_event_type"), "Air/drone strike");
    assert_eq!(get(1, "admin1"), "Idlib Governorate");
    assert_eq!(get(1, "geo_precision"), "2");
    assert_eq!(get(1, "source"), "unknown");
    assert_eq!(
        get(1, "notes"),
        format!("air strikes on rebel positions: {EVIDENCE_E2}")
    );
    assert_eq!(get(1, "reported"), "true");
    // e3: CONSULT is outside ACLED.
    assert_eq!(
        (get(2, "event_type"), get(2, "sub_event_type")),
        (String::new(), String::new())
    );
    assert_eq!(get(2, "country"), "Russia");
    // e4: year precision; place without coordinates.
    assert_eq!(get(3, "event_date"), "2015-01-01");
    assert_eq!(get(3, "time_precision"), "3");
    assert_eq!(get(3, "location"), "Hama countryside");
    assert_eq!(
        (get(3, "latitude"), get(3, "longitude")),
        (String::new(), String::new())
    );
    // e5: undated, negated, civilians targeted.
    assert_eq!(
        (get(4, "event_date"), get(4, "time_precision")),
        (String::new(), String::new())
    );
    assert_eq!(get(4, "event_type"), "Violence against civilians");
    assert_eq!(get(4, "sub_event_type"), "Attack");
    assert_eq!(get(4, "actor2"), fixture::A5_NAME);
    assert_eq!(get(4, "negated"), "true");
}

#[test]
fn week_precision_and_associated_actors() {
    let mut a = fixture::analysis();
    a.events[0].date = Some("2024-W49".into());
    a.events[0].actors.push(EventActor {
        actor: "a1".into(),
        role: "supporter".into(),
    });
    a.events[0].actors.push(EventActor {
        actor: "a4".into(),
        role: "source".into(),
    });
    a.events[0].actors.push(EventActor {
        actor: "a5".into(),
        role: "target".into(),
    });
    a.events[0].actors.push(EventActor {
        actor: "a99".into(),
        role: "target".into(),
    });
    let (_, rows) = read(&to_csv(&a));
    assert_eq!(rows[0][col("event_date")], "2024-12-02");
    assert_eq!(rows[0][col("time_precision")], "2");
    assert_eq!(rows[0][col("actor1")], "Hayat Tahrir al-Sham");
    assert_eq!(rows[0][col("assoc_actor_1")], "Maria Zakharova; Russia");
    assert_eq!(rows[0][col("assoc_actor_2")], fixture::A5_NAME);
}

#[test]
fn empty_analysis_is_header_only() {
    let text = to_csv(&Analysis::default());
    let (header, rows) = read(&text);
    assert_eq!(header, HEADER);
    assert!(rows.is_empty());
    assert_eq!(text.matches("\r\n").count(), 1);
}

fn one_event(
    kind: &str,
    label: &str,
    source_kind: Option<&str>,
    target_kind: Option<&str>,
) -> (Analysis, Event) {
    let mut a = Analysis::default();
    let mut actors = vec![];
    for (id, role, k) in [("s", "source", source_kind), ("t", "target", target_kind)] {
        if let Some(k) = k {
            a.actors.push(Actor {
                id: id.into(),
                name: id.into(),
                kind: k.into(),
                country: None,
                aliases: vec![],
                roles: vec![],
                mentions: vec![],
            });
            actors.push(EventActor {
                actor: id.into(),
                role: role.into(),
            });
        }
    }
    let e = Event {
        id: "e1".into(),
        doc: "d1".into(),
        kind: kind.into(),
        label: label.into(),
        date: None,
        actors,
        place: None,
        evidence: Mention {
            doc: "d1".into(),
            start: 0,
            end: 0,
            text: Default::default(),
        },
        also: vec![],
        negated: false,
        reported: false,
        confidence: 1.0,
        figures: vec![],
        disagreement: None,
    };
    a.events.push(e.clone());
    (a, e)
}

#[test]
fn plover_to_acled_table() {
    let cases: &[(&str, &str, Option<&str>, Option<&str>, (&str, &str))] = &[
        (
            "ASSAULT",
            "clashed with",
            Some("armed_group"),
            Some("military"),
            ("Battles", "Armed clash"),
        ),
        (
            "ASSAULT",
            "launched an offensive",
            Some("state"),
            Some("armed_group"),
            ("Battles", "Armed clash"),
        ),
        (
            "ASSAULT",
            "captured the city",
            Some("armed_group"),
            Some("military"),
            ("Battles", "Non-state actor overtakes territory"),
        ),
        (
            "ASSAULT",
            "took control of Aleppo",
            Some("armed_group"),
            None,
            ("Battles", "Non-state actor overtakes territory"),
        ),
        (
            "ASSAULT",
            "recaptured the town",
            Some("military"),
            Some("armed_group"),
            ("Battles", "Government regains territory"),
        ),
        (
            "ASSAULT",
            "drone strike",
            Some("military"),
            Some("armed_group"),
            ("Explosions/Remote violence", "Air/drone strike"),
        ),
        (
            "ASSAULT",
            "air raids",
            Some("state"),
            Some("civilians"),
            ("Explosions/Remote violence", "Air/drone strike"),
        ),
        (
            "ASSAULT",
            "launched strikes",
            Some("state"),
            Some("armed_group"),
            ("Explosions/Remote violence", "Air/drone strike"),
        ),
        (
            "ASSAULT",
            "missile strike on a hospital",
            Some("state"),
            Some("civilians"),
            (
                "Explosions/Remote violence",
                "Shelling/artillery/missile attack",
            ),
        ),
        (
            "ASSAULT",
            "shelling of the city",
            Some("military"),
            None,
            (
                "Explosions/Remote violence",
                "Shelling/artillery/missile attack",
            ),
        ),
        (
            "ASSAULT",
            "suicide bombing",
            Some("armed_group"),
            Some("civilians"),
            ("Explosions/Remote violence", "Suicide bomb"),
        ),
        (
            "ASSAULT",
            "car bomb",
            Some("armed_group"),
            None,
            (
                "Explosions/Remote violence",
                "Remote explosive/landmine/IED",
            ),
        ),
        (
            "ASSAULT",
            "killed villagers",
            Some("armed_group"),
            Some("civilians"),
            ("Violence against civilians", "Attack"),
        ),
        (
            "ASSAULT",
            "shot a journalist",
            Some("military"),
            Some("person"),
            ("Violence against civilians", "Attack"),
        ),
        (
            "ASSAULT",
            "kidnapped aid workers",
            Some("armed_group"),
            Some("organisation"),
            (
                "Violence against civilians",
                "Abduction/forced disappearance",
            ),
        ),
        (
            "ASSAULT",
            "took hostages",
            Some("armed_group"),
            None,
            (
                "Violence against civilians",
                "Abduction/forced disappearance",
            ),
        ),
        (
            "ASSAULT",
            "attacked",
            None,
            None,
            ("Battles", "Armed clash"),
        ),
        (
            "PROTEST",
            "demonstrated",
            Some("civilians"),
            None,
            ("Protests", "Peaceful protest"),
        ),
        (
            "PROTEST",
            "protest dispersed with tear gas",
            Some("civilians"),
            None,
            ("Protests", "Protest with intervention"),
        ),
        (
            "PROTEST",
            "rioted",
            Some("civilians"),
            None,
            ("Riots", "Violent demonstration"),
        ),
        (
            "PROTEST",
            "protesters shot",
            Some("civilians"),
            None,
            ("Protests", "Excessive force against protesters"),
        ),
        (
            "COERCE",
            "arrested",
            Some("government"),
            Some("person"),
            ("Strategic developments", "Arrests"),
        ),
        (
            "COERCE",
            "abducted",
            Some("armed_group"),
            Some("civilians"),
            (
                "Violence against civilians",
                "Abduction/forced disappearance",
            ),
        ),
        (
            "COERCE",
            "demolished homes",
            Some("military"),
            None,
            ("Strategic developments", "Looting/property destruction"),
        ),
        (
            "COERCE",
            "imposed a curfew",
            Some("government"),
            None,
            ("Strategic developments", "Other"),
        ),
        (
            "AGREE",
            "ceasefire brokered",
            Some("state"),
            Some("state"),
            ("Strategic developments", "Agreement"),
        ),
        (
            "CONCEDE",
            "accepted a truce",
            Some("armed_group"),
            None,
            ("Strategic developments", "Agreement"),
        ),
        (
            "CONCEDE",
            "eased restrictions",
            Some("government"),
            None,
            ("", ""),
        ),
        (
            "MOBILIZE",
            "established a base",
            Some("military"),
            None,
            ("Strategic developments", "Headquarters or base established"),
        ),
        (
            "MOBILIZE",
            "handed over the town",
            Some("armed_group"),
            None,
            (
                "Strategic developments",
                "Non-violent transfer of territory",
            ),
        ),
        (
            "MOBILIZE",
            "deployed reinforcements",
            Some("military"),
            None,
            ("Strategic developments", "Change to group/activity"),
        ),
        (
            "RETREAT",
            "withdrew from the city",
            Some("military"),
            None,
            (
                "Strategic developments",
                "Non-violent transfer of territory",
            ),
        ),
        (
            "RETREAT",
            "released prisoners",
            Some("government"),
            None,
            ("", ""),
        ),
        ("CONSULT", "weekly briefing", Some("person"), None, ("", "")),
        (
            "SANCTION",
            "imposed sanctions",
            Some("state"),
            Some("state"),
            ("", ""),
        ),
        (
            "THREATEN",
            "threatened strikes",
            Some("state"),
            Some("state"),
            ("", ""),
        ),
        (
            "NOT_A_TYPE",
            "attack",
            Some("state"),
            Some("state"),
            ("", ""),
        ),
    ];
    for (kind, label, s, t, want) in cases {
        let (a, e) = one_event(kind, label, *s, *t);
        assert_eq!(acled_type(&a, &e), *want, "{kind} {label:?} {s:?}→{t:?}");
    }
    // Matching is by whole word: "striker" and "airport" are not strikes.
    let (a, e) = one_event(
        "ASSAULT",
        "attacked the airport strikers",
        Some("armed_group"),
        Some("military"),
    );
    assert_eq!(acled_type(&a, &e), ("Battles", "Armed clash"));
}

fn killed(doc: &str, value: u64) -> Figure {
    Figure {
        what: "killed".into(),
        value,
        qualifier: None,
        doc: doc.into(),
        start: 0,
        end: 0,
    }
}

#[test]
fn fatalities_are_the_most_conservative_toll() {
    let (mut a, mut e) = one_event("ASSAULT", "killed", Some("armed_group"), Some("civilians"));
    e.date = Some("2024-12-08".into());
    assert_eq!(fatalities(&e), None, "no toll given");
    // one dispatch: its total, not a group counted in it, nor a sum
    e.figures = vec![killed("d1", 184), killed("d1", 20)];
    assert_eq!(fatalities(&e), Some(184));
    // two dispatches disagree: the smaller toll
    e.figures.push(killed("d2", 100));
    assert_eq!(fatalities(&e), Some(100));
    // wounded and displaced are no deaths
    e.figures = vec![Figure {
        what: "wounded".into(),
        ..killed("d1", 40)
    }];
    assert_eq!(fatalities(&e), None);
    e.figures = vec![killed("d1", 14)];
    a.events = vec![e];
    let (_, rows) = read(&to_csv(&a));
    assert_eq!(rows[0][col("fatalities")], "14");
    a.events[0].figures.clear();
    let (_, rows) = read(&to_csv(&a));
    assert_eq!(rows[0][col("fatalities")], "");
    // a toll of a year or of a war is no day's event's
    a.events[0].date = Some("2024-12-08T14:30".into());
    a.events[0].figures = vec![killed("d1", 3)];
    assert_eq!(
        fatalities(&a.events[0]),
        Some(3),
        "a day with its time is a day"
    );
    for date in [Some("2011"), Some("2024-12"), Some("XXXX-WXX-1"), None] {
        a.events[0].figures = vec![killed("d1", 500_000)];
        a.events[0].date = date.map(Into::into);
        assert_eq!(fatalities(&a.events[0]), None, "{date:?}");
    }
}

#[test]
fn the_evidence_names_the_weapon_when_the_label_does_not() {
    let cases: &[(&str, &str, &str, (&str, &str))] = &[
        (
            "launched",
            "armed_group",
            "Las FAR lanzaron un ataque con drones contra la presa de Merowe.",
            ("Explosions/Remote violence", "Air/drone strike"),
        ),
        (
            "attacked",
            "state",
            "Russland hat Charkiw in der Nacht mit Drohnen und Raketen angegriffen.",
            ("Explosions/Remote violence", "Air/drone strike"),
        ),
        (
            "attacked",
            "state",
            "Russia attacked Kharkiv with missiles overnight.",
            (
                "Explosions/Remote violence",
                "Shelling/artillery/missile attack",
            ),
        ),
        (
            "bombed",
            "state",
            "Israel bombed the southern suburbs of Beirut.",
            ("Explosions/Remote violence", "Air/drone strike"),
        ),
        (
            "bombed",
            "armed_group",
            "Militants bombed a police station.",
            (
                "Explosions/Remote violence",
                "Remote explosive/landmine/IED",
            ),
        ),
        // territory stays territory, whatever else the sentence names
        (
            "captured",
            "armed_group",
            "The rebels captured the town after drone strikes.",
            ("Battles", "Non-state actor overtakes territory"),
        ),
        (
            "attacked",
            "armed_group",
            "Gunmen attacked an army post.",
            ("Battles", "Armed clash"),
        ),
        // whole words: a shelter is no shell, an air base no air strike, missile defence no missile
        (
            "attacked",
            "armed_group",
            "Gunmen attacked a shelter for displaced people near an army post.",
            ("Battles", "Armed clash"),
        ),
        (
            "attacked",
            "armed_group",
            "Los rebeldes atacaron la base aérea de Nyala.",
            ("Battles", "Armed clash"),
        ),
        (
            "attacked",
            "armed_group",
            "Rebellen griffen eine Stellung der Raketenabwehr an.",
            ("Battles", "Armed clash"),
        ),
        (
            "attacked",
            "state",
            "L'armée a mené des frappes aériennes sur la ville.",
            ("Explosions/Remote violence", "Air/drone strike"),
        ),
    ];
    for (label, src, text, want) in cases {
        let (a, mut e) = one_event("ASSAULT", label, Some(src), Some("military"));
        e.evidence.text = (*text).into();
        assert_eq!(acled_type(&a, &e), *want, "{label}: {text}");
    }
}

#[test]
fn an_approximately_placed_village_has_geo_precision_2() {
    let mut a = fixture::analysis();
    let e1 = a.events[0].place.clone().unwrap();
    let other = a.places.iter().find(|p| p.id != e1).unwrap().id.clone();
    a.places.iter_mut().find(|p| p.id == e1).unwrap().near = Some(other);
    let (_, rows) = read(&to_csv(&a));
    assert_eq!(rows[0][col("location")], "Aleppo");
    assert_eq!(rows[0][col("geo_precision")], "2");
}
