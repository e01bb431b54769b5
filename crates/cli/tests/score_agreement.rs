//! `atlas eval` must agree with the reference scorer `shared/tools/score.py`
//! run over `atlas analyze` on the same corpus.

use std::path::PathBuf;
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn agree_on(corpus: &str) {
    let root = root();
    let scorer = root.join("../shared/tools/score.py");
    assert!(
        scorer.exists(),
        "reference scorer missing at {}",
        scorer.display()
    );
    let bin = env!("CARGO_BIN_EXE_atlas");
    let reference = Command::new("python3")
        .arg(&scorer)
        .arg(root.join(corpus))
        .arg("--cli")
        .arg(format!("{bin} analyze"))
        .arg("--json")
        .output()
        .expect("python3 runs");
    assert!(
        reference.status.success(),
        "score.py failed: {}",
        String::from_utf8_lossy(&reference.stderr)
    );
    let ours = Command::new(bin)
        .arg("eval")
        .arg(root.join(corpus))
        .arg("--json")
        .output()
        .expect("atlas runs");
    assert!(
        ours.status.success(),
        "atlas eval failed: {}",
        String::from_utf8_lossy(&ours.stderr)
    );
    let a: serde_json::Value =
        serde_json::from_slice(&reference.stdout).expect("score.py prints JSON");
    let b: serde_json::Value =
        serde_json::from_slice(&ours.stdout).expect("atlas eval prints JSON");
    let a_errors = a["errors"].as_array().map(Vec::len).unwrap_or(0);
    assert_eq!(
        a_errors, 0,
        "the CLI failed on some documents: {}",
        a["errors"]
    );
    for key in a.as_object().expect("object").keys() {
        assert!(b.get(key).is_some(), "atlas eval --json lacks key {key}");
    }
    for cat in atlas_cli::eval::CATEGORIES {
        for m in ["p", "r", "f1"] {
            let (x, y) = (
                a[cat][m].as_f64().unwrap_or(-1.0),
                b[cat][m].as_f64().unwrap_or(-2.0),
            );
            assert!(
                (x - y).abs() <= 0.0011,
                "{corpus} {cat}.{m}: score.py {x} vs atlas eval {y}"
            );
        }
    }
    for k in [
        "dct_acc",
        "actor_kind_acc",
        "geocode_acc",
        "event_type_acc",
        "event_place_acc",
        "docs",
    ] {
        let (x, y) = (a[k].as_f64(), b[k].as_f64());
        match (x, y) {
            (Some(x), Some(y)) => assert!(
                (x - y).abs() <= 0.0011,
                "{corpus} {k}: score.py {x} vs atlas eval {y}"
            ),
            (x, y) => assert_eq!(x, y, "{corpus} {k}"),
        }
    }
}

#[test]
fn agrees_with_score_py_on_the_seed() {
    agree_on("../shared/corpus/seed");
}

#[test]
fn agrees_with_score_py_on_the_development_corpus() {
    agree_on("tests/corpus");
}
