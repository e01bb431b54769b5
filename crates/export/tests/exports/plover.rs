use atlas_export::plover::to_plover;
use serde_json::{json, Value};

use crate::fixture::{self, EVIDENCE_E2};

const KEYS: [&str; 14] = [
    "id",
    "date",
    "event_type",
    "mode",
    "context",
    "actor",
    "actor_country",
    "recipient",
    "recipient_country",
    "location",
    "evidence",
    "negated",
    "reported",
    "doc",
];

#[test]
fn one_json_object_per_event() {
    let a = fixture::analysis();
    let text = to_plover(&a);
    assert!(text.ends_with('\n'));
    let lines: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect();
    assert_eq!(lines.len(), a.events.len());
    for l in &lines {
        let obj = l.as_object().unwrap();
        let mut keys: Vec<&str> = obj.keys().map(String::as_str).collect();
        keys.sort();
        let mut want = KEYS.to_vec();
        want.sort();
        assert_eq!(keys, want);
        assert_eq!(obj["mode"], Value::Null);
    }
    let e2 = &lines[1];
    assert_eq!(e2["id"], "e2");
    assert_eq!(e2["date"], "2024-12");
    assert_eq!(e2["event_type"], "ASSAULT");
    assert_eq!(e2["context"], "air strikes on rebel positions");
    assert_eq!(e2["actor"], "Russia");
    assert_eq!(e2["actor_country"], "RU");
    assert_eq!(e2["recipient"], "Hayat Tahrir al-Sham");
    assert_eq!(e2["recipient_country"], "SY");
    assert_eq!(
        e2["location"],
        json!({"name": "Idlib Governorate", "country": "SY", "lat": 35.9306, "lon": 36.6339})
    );
    assert_eq!(e2["evidence"], EVIDENCE_E2);
    assert_eq!(e2["reported"], true);
    // e3 has no target; e4's place has no coordinates; e5 is undated.
    assert_eq!(lines[2]["recipient"], Value::Null);
    assert_eq!(
        lines[3]["location"],
        json!({"name": "Hama countryside", "country": "SY", "lat": null, "lon": null})
    );
    assert_eq!(lines[4]["date"], Value::Null);
    assert_eq!(lines[4]["negated"], true);
    assert_eq!(lines[4]["recipient"], fixture::A5_NAME);
    assert_eq!(lines[4]["recipient_country"], Value::Null);
}

#[test]
fn no_events_no_lines() {
    assert_eq!(to_plover(&atlas_engine::Analysis::default()), "");
}
