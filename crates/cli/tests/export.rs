//! `atlas export`, run as a user would.

use std::path::PathBuf;
use std::process::{Command, Output};

fn atlas(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_atlas"))
        .args(args)
        .output()
        .expect("atlas runs")
}

fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn seed_files() -> Vec<String> {
    let dir = repo_root().join("../shared/corpus/seed");
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no seed dispatches in {}", dir.display());
    files
}

const HEADER: &str = "event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,assoc_actor_1,actor2,assoc_actor_2,country,admin1,location,latitude,longitude,geo_precision,source,notes,fatalities,plover_type,negated,reported,doc";

fn one_line_error(out: &Output) -> String {
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(
        stderr.trim_end().lines().count(),
        1,
        "one line on stderr: {stderr:?}"
    );
    assert!(stderr.starts_with("atlas: "), "{stderr:?}");
    stderr
}

#[test]
fn csv_of_the_seed_dispatches() {
    let files = seed_files();
    let mut args = vec!["export", "--format", "csv"];
    args.extend(files.iter().map(String::as_str));
    let out = atlas(&args);
    assert!(
        out.status.success(),
        "exit {:?}: {}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).expect("UTF-8");
    assert_eq!(stdout.split("\r\n").next(), Some(HEADER));
}

#[test]
fn options_of_analyze_are_accepted() {
    let files = seed_files();
    let out = atlas(&[
        "export",
        "--dct",
        "2024-12-04",
        "--format=geojson",
        "--lang",
        "de",
        &files[0],
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("GeoJSON is JSON");
    assert_eq!(v["type"], "FeatureCollection");
}

#[test]
fn unknown_format_exits_2_with_one_line() {
    let files = seed_files();
    let out = atlas(&["export", "--format", "xlsx", &files[0]]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = one_line_error(&out);
    assert!(
        err.contains("xlsx") && err.contains("csv, geojson"),
        "{err}"
    );
}

#[test]
fn missing_format_exits_2() {
    let out = atlas(&["export", &seed_files()[0]]);
    assert_eq!(out.status.code(), Some(2));
    assert!(one_line_error(&out).contains("--format"));
}

#[test]
fn from_an_existing_analysis() {
    let files = seed_files();
    let analyzed = atlas(&["analyze", &files[0]]);
    assert!(analyzed.status.success());
    let path = std::env::temp_dir().join(format!("atlas-export-test-{}.json", std::process::id()));
    std::fs::write(&path, &analyzed.stdout).unwrap();
    let path_s = path.to_string_lossy().into_owned();
    let out = atlas(&["export", "--format", "json", "--from", &path_s]);
    let graph = atlas(&["export", "--format", "gexf", "--from", &path_s]);
    let with_file = atlas(&["export", "--format", "csv", "--from", &path_s, &files[0]]);
    std::fs::write(&path, "{\"format\": \"dispatch-atlas/project@0\"}").unwrap();
    let old_project = atlas(&["export", "--format", "csv", "--from", &path_s]);
    std::fs::remove_file(&path).ok();

    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let a: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let b: serde_json::Value = serde_json::from_slice(&analyzed.stdout).unwrap();
    assert_eq!(a, b, "json export of --from is the analysis itself");
    assert!(graph.status.success());
    assert!(String::from_utf8_lossy(&graph.stdout).contains("xmlns=\"http://gexf.net/1.3\""));
    assert_eq!(with_file.status.code(), Some(2));
    one_line_error(&with_file);
    assert_eq!(old_project.status.code(), Some(2));
    assert!(one_line_error(&old_project).contains("dispatch-atlas/project@0"));
}

#[test]
fn help_lists_export() {
    let out = atlas(&["--help"]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("atlas export --format"));
}
