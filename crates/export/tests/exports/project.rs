use atlas_export::project::{
    from_project, to_project, Dispatch, Project, ProjectError, PROJECT_FORMAT,
};
use serde_json::json;

use crate::fixture::{self, D1_TEXT, D2_TEXT};

fn dispatches() -> Vec<Dispatch> {
    vec![
        Dispatch {
            text: D1_TEXT.into(),
            dct: Some("2024-12-04".into()),
            lang: Some("de".into()),
            dct_from: None,
        },
        Dispatch {
            text: D2_TEXT.into(),
            dct: None,
            lang: None,
            // a part split off another: its date, for want of a dateline
            dct_from: Some("2024-12-08".into()),
        },
    ]
}

fn corrections() -> serde_json::Value {
    json!({"events": {"e5": {"deleted": true}}, "notes": ["checked <by> \"hand\" & eye", 1.5, null]})
}

fn project_text() -> String {
    to_project(&fixture::analysis(), &dispatches(), &corrections())
}

#[test]
fn round_trip() {
    let a = fixture::analysis();
    let text = project_text();
    let p = from_project(&text).expect("reads back");
    assert_eq!(p.analysis, a);
    assert_eq!(p.dispatches, dispatches());
    assert_eq!(p.corrections, corrections());
    assert_eq!(
        p,
        Project {
            analysis: a,
            dispatches: dispatches(),
            corrections: corrections()
        }
    );
    // Writing again gives the same bytes.
    assert_eq!(p.to_json(), text);
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["format"], PROJECT_FORMAT);
    assert_eq!(v["dispatches"][1]["dct"], serde_json::Value::Null);
}

#[test]
fn awkward_floats_round_trip_exactly() {
    let mut a = fixture::analysis();
    a.places[0].lat = Some(0.1 + 0.2);
    a.places[0].lon = Some(-179.999_999_999_999_97);
    a.events[0].confidence = 1.0 / 3.0;
    let p = from_project(&to_project(&a, &[], &serde_json::Value::Null)).unwrap();
    assert_eq!(p.analysis, a);
}

fn err(text: &str) -> (ProjectError, String) {
    let e = from_project(text).expect_err("must be rejected");
    let msg = e.to_string();
    assert!(!msg.contains('\n'), "one line: {msg}");
    (e, msg)
}

#[test]
fn empty_and_not_json() {
    assert_eq!(err("").0, ProjectError::Empty);
    assert_eq!(err(" \n\t").0, ProjectError::Empty);
    assert!(err("").1.contains("empty"));
    let (e, msg) = err("hello, world");
    assert!(matches!(e, ProjectError::NotJson { line: 1, .. }), "{e:?}");
    assert!(msg.contains("not valid JSON"), "{msg}");
    let (e, msg) = err("[1, 2]");
    assert_eq!(e, ProjectError::NotAnObject);
    assert!(msg.contains("not a Dispatch Atlas project"), "{msg}");
}

#[test]
fn truncated() {
    let text = project_text();
    let (e, msg) = err(&text[..text.len() / 2]);
    assert!(matches!(e, ProjectError::Truncated { .. }), "{e:?}");
    assert!(msg.contains("cut off"), "{msg}");
    // No prefix of a project is accepted, and none panics.
    let mut cut = 0;
    while cut < text.trim_end().len() {
        if text.is_char_boundary(cut) {
            assert!(
                from_project(&text[..cut]).is_err(),
                "prefix of {cut} bytes accepted"
            );
        }
        cut += 7;
    }
}

#[test]
fn wrong_versions_name_found_and_expected() {
    let text = project_text();
    let (e, msg) = err(&text.replacen(PROJECT_FORMAT, "dispatch-atlas/project@0", 1));
    assert!(
        matches!(e, ProjectError::UnsupportedVersion { newer: false, .. }),
        "{e:?}"
    );
    assert!(
        msg.contains("version 0") && msg.contains("dispatch-atlas/project@0"),
        "{msg}"
    );
    assert!(
        msg.contains("older") && msg.contains("dispatch-atlas/project@1"),
        "{msg}"
    );
    let (e, msg) = err(&text.replacen(PROJECT_FORMAT, "dispatch-atlas/project@2", 1));
    assert!(
        matches!(e, ProjectError::UnsupportedVersion { newer: true, .. }),
        "{e:?}"
    );
    assert!(
        msg.contains("version 2")
            && msg.contains("newer")
            && msg.contains("dispatch-atlas/project@1"),
        "{msg}"
    );
    let (e, msg) = err(&text.replacen(PROJECT_FORMAT, "something/else@1", 1));
    assert!(matches!(e, ProjectError::NotAProject { .. }), "{e:?}");
    assert!(
        msg.contains("something/else@1") && msg.contains(PROJECT_FORMAT),
        "{msg}"
    );
    // An analysis file opened as a project.
    let analysis = serde_json::to_string(&fixture::analysis()).unwrap();
    let (_, msg) = err(&analysis);
    assert!(msg.contains("analysis file"), "{msg}");
}

#[test]
fn missing_and_damaged_fields() {
    let full: serde_json::Value = serde_json::from_str(&project_text()).unwrap();
    for field in ["format", "analysis", "dispatches", "corrections"] {
        let mut v = full.clone();
        v.as_object_mut().unwrap().remove(field);
        let (e, msg) = err(&v.to_string());
        assert_eq!(e, ProjectError::MissingField(field));
        assert!(msg.contains(&format!("\"{field}\"")), "{msg}");
    }
    let mut v = full.clone();
    v["analysis"]["events"][0]["negated"] = json!("perhaps");
    let (e, msg) = err(&v.to_string());
    assert!(
        matches!(
            e,
            ProjectError::Invalid {
                field: "analysis",
                ..
            }
        ),
        "{e:?}"
    );
    assert!(msg.contains("\"analysis\" is damaged"), "{msg}");
    let mut v = full.clone();
    v["analysis"]["format"] = json!("dispatch-atlas/analysis@9");
    let (_, msg) = err(&v.to_string());
    assert!(
        msg.contains("dispatch-atlas/analysis@9") && msg.contains("dispatch-atlas/analysis@1"),
        "{msg}"
    );
    let mut v = full.clone();
    v["dispatches"] = json!([{"dct": "2024-12-04"}]);
    let (e, _) = err(&v.to_string());
    assert!(
        matches!(
            e,
            ProjectError::Invalid {
                field: "dispatches",
                ..
            }
        ),
        "{e:?}"
    );
    let mut v = full.clone();
    v["format"] = json!(1);
    assert!(matches!(
        err(&v.to_string()).0,
        ProjectError::Invalid {
            field: "format",
            ..
        }
    ));
    let mut v = full;
    v["analysis"] = json!([]);
    assert!(matches!(
        err(&v.to_string()).0,
        ProjectError::Invalid {
            field: "analysis",
            ..
        }
    ));
}

#[test]
fn unknown_fields_and_bom_are_accepted() {
    let mut v: serde_json::Value = serde_json::from_str(&project_text()).unwrap();
    v["app_version"] = json!("0.2");
    v["analysis"]["future_field"] = json!({"x": 1});
    let text = format!("\u{feff}{v}");
    let p = from_project(&text).expect("extra fields are ignored");
    assert_eq!(p.analysis, fixture::analysis());
}
