//! Checks written from the TimelineJS 3 JSON format: an object with an
//! optional `title` slide and an `events` array; each event has a
//! `start_date` with a `year` (other parts optional, in order of
//! precision), `text` with `headline`/`text`, optional `group` and
//! `unique_id` (unique).

use std::collections::HashSet;

use atlas_export::timelinejs::to_timelinejs;
use serde_json::{json, Value};

use crate::fixture;

fn parse(a: &atlas_engine::Analysis) -> Value {
    serde_json::from_str(&to_timelinejs(a)).expect("TimelineJS output is JSON")
}

fn check_structure(v: &Value) {
    let obj = v.as_object().unwrap();
    assert!(obj["title"]["text"]["headline"].is_string());
    let mut ids = HashSet::new();
    for e in obj["events"].as_array().unwrap() {
        let sd = e["start_date"].as_object().expect("start_date");
        let year = sd["year"].as_str().expect("year is given");
        assert!(year.parse::<i32>().is_ok());
        // No finer part without the coarser one.
        let order = ["year", "month", "day", "hour", "minute"];
        let present: Vec<bool> = order.iter().map(|k| sd.contains_key(*k)).collect();
        assert!(present.windows(2).all(|w| w[0] || !w[1]), "{sd:?}");
        for (k, v) in sd {
            assert!(order.contains(&k.as_str()), "unknown date part {k}");
            assert!(
                v.as_str().unwrap().parse::<u32>().is_ok(),
                "{k} is a number string"
            );
        }
        assert!(e["text"]["headline"].is_string() && e["text"]["text"].is_string());
        assert!(
            ids.insert(e["unique_id"].as_str().unwrap().to_string()),
            "unique ids"
        );
    }
}

fn event<'v>(v: &'v Value, id: &str) -> &'v Value {
    v["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["unique_id"] == id)
        .unwrap_or_else(|| panic!("no {id}"))
}

#[test]
fn dated_events_at_their_precision() {
    let v = parse(&fixture::analysis());
    check_structure(&v);
    let ids: Vec<&str> = v["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["unique_id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["e1", "e2", "e3", "e4"], "the undated e5 is left out");
    assert_eq!(
        event(&v, "e1")["start_date"],
        json!({"year": "2024", "month": "11", "day": "27"})
    );
    assert_eq!(
        event(&v, "e2")["start_date"],
        json!({"year": "2024", "month": "12"})
    );
    assert_eq!(
        event(&v, "e3")["start_date"],
        json!({"year": "2024", "month": "12", "day": "4"})
    );
    assert_eq!(event(&v, "e4")["start_date"], json!({"year": "2015"}));
    assert_eq!(event(&v, "e1")["group"], "ASSAULT");
    assert_eq!(event(&v, "e3")["group"], "CONSULT");
    assert!(event(&v, "e1").get("end_date").is_none());
}

#[test]
fn text_is_html_escaped() {
    let v = parse(&fixture::analysis());
    let e1 = event(&v, "e1");
    assert_eq!(e1["text"]["headline"], "launched an &quot;offensive&quot;");
    let text = e1["text"]["text"].as_str().unwrap();
    assert!(
        text.contains("gegen das Regime &amp; &lt;seine&gt; Verbündeten."),
        "{text}"
    );
    assert!(text.contains("Hayat Tahrir al-Sham (source)"), "{text}");
    assert!(text.contains("Syrian government (target)"), "{text}");
    assert!(text.contains("Dispatch: Moskau: Russland, Iran &amp; Türkei in &quot;engem Kontakt&quot; &lt;Syrien&gt; (d1)"), "{text}");
    assert!(!text.contains("<seine>"));
}

#[test]
fn weeks_and_times() {
    let mut a = fixture::analysis();
    a.events[0].date = Some("2024-W49".into());
    a.events[2].date = Some("2024-12-04T14:05".into());
    a.events[4].date = Some("XXXX-11-27".into());
    let v = parse(&a);
    check_structure(&v);
    let e1 = event(&v, "e1");
    assert_eq!(
        e1["start_date"],
        json!({"year": "2024", "month": "12", "day": "2"})
    );
    assert_eq!(
        e1["end_date"],
        json!({"year": "2024", "month": "12", "day": "8"})
    );
    assert_eq!(e1["display_date"], "week 49 of 2024");
    assert_eq!(
        event(&v, "e3")["start_date"],
        json!({"year": "2024", "month": "12", "day": "4", "hour": "14", "minute": "5"})
    );
    assert_eq!(
        v["events"].as_array().unwrap().len(),
        4,
        "a date without year is left out"
    );
}
