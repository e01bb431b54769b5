//! Scores the time expressions against the development corpus
//! (`tests/corpus/NAME.txt` + `NAME.gold.json`, written by the project) and
//! keeps precision and recall of `date` expressions above a floor.
//!
//! Matching follows `shared/spec/gold-format.md`: a gold timex is found when
//! a system expression's text contains the gold text or the other way round
//! and the values are equal; precision counts every system `date` that
//! matches no gold entry (optional entries excepted).
//!
//! `ATLAS_CORPUS_REPORT=1 cargo test -p atlas-engine --test corpus -- --nocapture`
//! prints every miss and false alarm.

use std::collections::BTreeMap;
use std::path::PathBuf;

use atlas_engine::{analyze, parse_date, Input, Lang};

fn corpus_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpus")
}

#[derive(Default, Debug, Clone, Copy)]
struct Score {
    tp_gold: usize,
    gold: usize,
    sys: usize,
    sys_ok: usize,
}

fn norm(s: &str) -> String {
    s.to_lowercase()
}

#[test]
fn corpus_timex_scores() {
    let dir = corpus_dir();
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("no corpus at {}", dir.display());
        return;
    };
    let mut golds: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".gold.json"))
        .collect();
    golds.sort();
    let report = std::env::var("ATLAS_CORPUS_REPORT").is_ok();
    let mut per_lang: BTreeMap<String, Score> = BTreeMap::new();
    let mut dct_right = 0;
    let mut dct_total = 0;
    for g in &golds {
        let txt_path = PathBuf::from(g.to_string_lossy().replace(".gold.json", ".txt"));
        let (Ok(gold_s), Ok(text)) = (
            std::fs::read_to_string(g),
            std::fs::read_to_string(&txt_path),
        ) else {
            continue;
        };
        let Ok(gold) = serde_json::from_str::<serde_json::Value>(&gold_s) else {
            continue;
        };
        let lang = gold["lang"].as_str().unwrap_or("en").to_string();
        let dct_given = gold["dct_given"].as_bool().unwrap_or(false);
        let gold_dct = gold["dct"].as_str().map(str::to_string);
        let mut input = Input::new(text.clone());
        if dct_given {
            input.dct = gold_dct.as_deref().and_then(parse_date);
        }
        input.lang = Lang::from_code(&lang);
        let a = analyze(&[input]);
        if !dct_given {
            dct_total += 1;
            if a.documents[0].dct == gold_dct {
                dct_right += 1;
            } else if report {
                eprintln!(
                    "{}: dct {:?} != gold {:?}",
                    g.display(),
                    a.documents[0].dct,
                    gold_dct
                );
            }
        }
        let sc = per_lang.entry(lang.clone()).or_default();
        let gtx: Vec<(String, String, bool)> = gold["timex"]
            .as_array()
            .map(|v| {
                v.iter()
                    .map(|t| {
                        (
                            norm(t["text"].as_str().unwrap_or("")),
                            t["value"].as_str().unwrap_or("").to_string(),
                            t["optional"].as_bool().unwrap_or(false),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default();
        let sys: Vec<(String, String, String)> = a
            .times
            .iter()
            .map(|t| (norm(&t.text), t.value.to_string(), t.kind.to_string()))
            .collect();
        let matches = |s: &(String, String, String), g: &(String, String, bool)| {
            (s.0.contains(&g.0) || g.0.contains(&s.0)) && s.1 == g.1
        };
        for gt in &gtx {
            let found = sys.iter().any(|s| matches(s, gt));
            if !gt.2 {
                sc.gold += 1;
                if found {
                    sc.tp_gold += 1;
                }
            }
            if !found && !gt.2 && report {
                eprintln!(
                    "{}: MISS {:?} = {}",
                    txt_path.file_name().unwrap_or_default().to_string_lossy(),
                    gt.0,
                    gt.1
                );
            }
        }
        for s in sys.iter().filter(|s| s.2 == "date") {
            let hit: Vec<&(String, String, bool)> = gtx.iter().filter(|g| matches(s, g)).collect();
            if hit.is_empty() {
                sc.sys += 1;
                if report {
                    eprintln!(
                        "{}: FALSE {:?} = {}",
                        txt_path.file_name().unwrap_or_default().to_string_lossy(),
                        s.0,
                        s.1
                    );
                }
            } else if hit.iter().any(|g| !g.2) {
                sc.sys += 1;
                sc.sys_ok += 1;
            }
        }
    }
    let mut total = Score::default();
    for (lang, s) in &per_lang {
        let p = if s.sys == 0 {
            1.0
        } else {
            s.sys_ok as f64 / s.sys as f64
        };
        let r = if s.gold == 0 {
            1.0
        } else {
            s.tp_gold as f64 / s.gold as f64
        };
        let f = if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        };
        eprintln!(
            "timex {lang}: P {p:.3} R {r:.3} F1 {f:.3} (gold {}, system dates {})",
            s.gold, s.sys
        );
        total.gold += s.gold;
        total.tp_gold += s.tp_gold;
        total.sys += s.sys;
        total.sys_ok += s.sys_ok;
    }
    if total.gold > 0 {
        let p = if total.sys == 0 {
            1.0
        } else {
            total.sys_ok as f64 / total.sys as f64
        };
        let r = total.tp_gold as f64 / total.gold as f64;
        let f = if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        };
        eprintln!("timex all: P {p:.3} R {r:.3} F1 {f:.3} over {} gold files; dct {dct_right}/{dct_total}", golds.len());
        // A floor, not the target (0.90): the corpus grows while the engine is tuned.
        assert!(
            p >= 0.80 && r >= 0.80,
            "timex precision {p:.3} / recall {r:.3} fell below 0.80"
        );
    }
}

/// `ATLAS_DEBUG_FILE=path [ATLAS_DEBUG_DCT=YYYY-MM-DD] cargo test -p atlas-engine --test corpus debug_file -- --nocapture`
/// prints the dateline and every time expression of one file.
#[test]
fn debug_file() {
    let Ok(path) = std::env::var("ATLAS_DEBUG_FILE") else {
        return;
    };
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let mut input = Input::new(text);
    input.dct = std::env::var("ATLAS_DEBUG_DCT")
        .ok()
        .as_deref()
        .and_then(parse_date);
    let p = atlas_engine::prepare(&input);
    eprintln!("lang {:?} dct {:?} ({:?})", p.lang, p.dct, p.dct_source);
    eprintln!("dateline {:?}", p.dateline);
    for f in &p.feed {
        eprintln!("feed {:?}", &input.text[f.clone()]);
    }
    for t in &p.times {
        eprintln!(
            "{:?} [{:?}/{:?}] {}",
            t.kind, t.anchor, t.value, t.explanation
        );
    }
}
