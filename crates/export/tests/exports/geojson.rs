//! Structural checks from RFC 7946.

use atlas_export::geojson::to_geojson;
use serde_json::Value;

use crate::fixture::{self, EVIDENCE_E2};

fn parse(a: &atlas_engine::Analysis) -> Value {
    serde_json::from_str(&to_geojson(a)).expect("GeoJSON is JSON")
}

/// RFC 7946 §3.1.1–3.3 for a collection of Points.
fn check_rfc7946(v: &Value) {
    let obj = v.as_object().expect("a GeoJSON text is an object");
    assert_eq!(obj["type"], "FeatureCollection");
    assert!(!obj.contains_key("crs"), "RFC 7946 §4: no crs member");
    for f in obj["features"].as_array().expect("features is an array") {
        let f = f.as_object().expect("feature object");
        assert_eq!(f["type"], "Feature");
        assert!(
            f.contains_key("geometry") && f.contains_key("properties"),
            "§3.2: geometry and properties members"
        );
        if let Some(id) = f.get("id") {
            assert!(
                id.is_string() || id.is_number(),
                "§3.2: id is a string or number"
            );
        }
        assert!(f["properties"].is_object());
        let g = f["geometry"].as_object().expect("geometry object");
        assert_eq!(g["type"], "Point");
        let pos = g["coordinates"].as_array().expect("position array");
        assert_eq!(pos.len(), 2, "§3.1.1: [lon, lat] without altitude");
        let (lon, lat) = (pos[0].as_f64().unwrap(), pos[1].as_f64().unwrap());
        assert!((-180.0..=180.0).contains(&lon) && (-90.0..=90.0).contains(&lat));
        for x in [lon, lat] {
            assert_eq!((x * 1e6).round() / 1e6, x, "at most 6 decimals: {x}");
        }
    }
}

fn feature<'v>(v: &'v Value, id: &str) -> &'v Value {
    v["features"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == id)
        .unwrap_or_else(|| panic!("no feature {id}"))
}

#[test]
fn feature_collection_of_located_events_and_datelines() {
    let a = fixture::analysis();
    let v = parse(&a);
    check_rfc7946(&v);
    let ids: Vec<&str> = v["features"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["id"].as_str().unwrap())
        .collect();
    // e4's place has no coordinates; d2 has no dateline.
    assert_eq!(ids, ["e1", "e2", "e3", "e5", "dateline-d1"]);
    let roles: Vec<&str> = v["features"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["properties"]["role"].as_str().unwrap())
        .collect();
    assert_eq!(roles, ["event", "event", "event", "event", "reporting"]);
}

#[test]
fn longitude_first() {
    let v = parse(&fixture::analysis());
    // Aleppo: lat 36.2021, lon 37.1343.
    assert_eq!(
        feature(&v, "e1")["geometry"]["coordinates"],
        serde_json::json!([37.1343, 36.2021])
    );
    // Moscow, the reporting place of d1.
    assert_eq!(
        feature(&v, "dateline-d1")["geometry"]["coordinates"],
        serde_json::json!([37.6173, 55.7558])
    );
}

#[test]
fn event_properties() {
    let v = parse(&fixture::analysis());
    let p = &feature(&v, "e2")["properties"];
    for key in [
        "id",
        "type",
        "label",
        "date",
        "actors",
        "sources",
        "targets",
        "supporters",
        "reporters",
        "place",
        "place_kind",
        "placed_by",
        "doc",
        "evidence",
        "negated",
        "reported",
    ] {
        assert!(p.get(key).is_some(), "missing property {key}");
    }
    assert_eq!(p["id"], "e2");
    assert_eq!(p["type"], "ASSAULT");
    assert_eq!(p["date"], "2024-12");
    assert_eq!(
        p["actors"],
        serde_json::json!(["Russia", "Hayat Tahrir al-Sham"])
    );
    // the same names by role
    assert_eq!(p["sources"], serde_json::json!(["Russia"]));
    assert_eq!(p["targets"], serde_json::json!(["Hayat Tahrir al-Sham"]));
    assert_eq!(p["supporters"], serde_json::json!([]));
    assert_eq!(p["reporters"], serde_json::json!([]));
    assert_eq!(p["place"], "Idlib Governorate");
    assert_eq!(p["place_kind"], "region");
    assert_eq!(
        p["placed_by"],
        Value::Null,
        "a gazetteer place has its own point"
    );
    assert_eq!(p["doc"], "d2");
    assert_eq!(p["evidence"], EVIDENCE_E2);
    assert_eq!(p["reported"], true);
    let p5 = &feature(&v, "e5")["properties"];
    assert_eq!(p5["date"], Value::Null);
    assert_eq!(p5["negated"], true);
    assert_eq!(p5["actors"][1], fixture::A5_NAME);
    let r = &feature(&v, "dateline-d1")["properties"];
    assert_eq!(r["role"], "reporting");
    assert_eq!(r["place"], "Moscow");
    assert_eq!(r["agency"], "AFP");
    assert_eq!(r["date"], "2024-12-04");
}

#[test]
fn rounding_and_invalid_coordinates() {
    let mut a = fixture::analysis();
    a.places[0].lat = Some(36.202_123_456_78);
    a.places[0].lon = Some(-37.134_349_999_9);
    a.places[2].lat = Some(f64::NAN);
    a.places[1].lon = Some(200.0);
    let v = parse(&a);
    check_rfc7946(&v);
    assert_eq!(
        feature(&v, "e1")["geometry"]["coordinates"],
        serde_json::json!([-37.13435, 36.202123])
    );
    let ids: Vec<&str> = v["features"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        ["e1", "e5"],
        "NaN and out-of-range coordinates are left out"
    );
}

#[test]
fn empty_analysis() {
    let v = parse(&atlas_engine::Analysis::default());
    check_rfc7946(&v);
    assert_eq!(v["features"], serde_json::json!([]));
}

#[test]
fn an_approximately_placed_village_names_the_place_it_was_placed_by() {
    let mut a = fixture::analysis();
    let e2 = a
        .events
        .iter()
        .find(|e| e.id == "e2")
        .unwrap()
        .place
        .clone()
        .unwrap();
    let other = a.places.iter().find(|p| p.id != e2).unwrap();
    let (near_id, near_name) = (other.id.clone(), other.name.clone());
    a.places.iter_mut().find(|p| p.id == e2).unwrap().near = Some(near_id);
    let v = parse(&a);
    assert_eq!(
        feature(&v, "e2")["properties"]["placed_by"],
        near_name.as_str()
    );
}
