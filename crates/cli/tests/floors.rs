//! The regression floor: the engine's scores on the development corpus, per
//! language and category, must not fall below `tests/corpus/floors.json`.
//! Floors are raised as the engine improves and never lowered without a
//! line in CHANGELOG.md saying why.

use std::path::PathBuf;

use atlas_cli::eval::{eval_dir, total};
use serde_json::Value;

#[test]
fn scores_stay_above_their_floors() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let floors: Value = serde_json::from_str(
        &std::fs::read_to_string(root.join("tests/corpus/floors.json")).expect("floors.json"),
    )
    .expect("floors.json is JSON");
    let docs = eval_dir(&root.join("tests/corpus")).expect("corpus evaluates");
    let mut failures = Vec::new();
    let mut report = String::new();
    for (lang, cats) in floors["f1"].as_object().expect("f1 object") {
        let t = if lang == "all" {
            total(&docs)
        } else {
            total(docs.iter().filter(|d| &d.lang == lang))
        };
        assert!(t.docs > 0, "no documents in {lang}");
        for (cat, floor) in cats.as_object().expect("categories") {
            let floor = floor.as_f64().expect("number");
            let got = t.f1(cat);
            report.push_str(&format!(
                "{lang:>3} {cat:<10} F1 {got:.3} (floor {floor:.3})\n"
            ));
            if got + 1e-9 < floor {
                failures.push(format!(
                    "{lang} {cat}: F1 {got:.3} fell below its floor {floor:.3}"
                ));
            }
        }
    }
    for (key, floor) in floors["accuracy"].as_object().expect("accuracy object") {
        let floor = floor.as_f64().expect("number");
        let got = total(&docs).ratio(key).unwrap_or(0.0);
        report.push_str(&format!("all {key:<10} acc {got:.3} (floor {floor:.3})\n"));
        if got + 1e-9 < floor {
            failures.push(format!(
                "{key}: accuracy {got:.3} fell below its floor {floor:.3}"
            ));
        }
    }
    println!("{report}");
    assert!(failures.is_empty(), "{}\n\n{report}", failures.join("\n"));
}

/// The seed dispatch must always come out right: every time expression,
/// actor, place and event of its gold file, and its relations no worse than
/// the engine has reached (issue #6 asks for F1 ≥ 0.8).
#[test]
fn the_seed_comes_out_right() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let docs = eval_dir(&root.join("../shared/corpus/seed")).expect("seed evaluates");
    let t = total(&docs);
    assert_eq!(t.docs, 1);
    for cat in ["timex", "actors", "places", "events"] {
        assert!(
            (t.f1(cat) - 1.0).abs() < 1e-9,
            "seed {cat} F1 {:.3}",
            t.f1(cat)
        );
    }
    assert!(
        t.f1("relations") >= 0.857 - 1e-3,
        "seed relations F1 {:.3}",
        t.f1("relations")
    );
}
