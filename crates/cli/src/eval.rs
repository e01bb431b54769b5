//! Scores analyses against gold files exactly as `shared/spec/gold-format.md`
//! says (and as `shared/tools/score.py` does): micro-averaged precision,
//! recall and F1 per category, plus accuracies.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

use atlas_engine::{analyze, parse_date, Analysis, Input};
use serde_json::{json, Map, Value};
use unicode_normalization::UnicodeNormalization;

/// The scored categories, in report order.
pub const CATEGORIES: [&str; 6] = [
    "timex",
    "actors",
    "places",
    "events",
    "relations",
    "mentions",
];
const ACC: [&str; 5] = ["dct", "actor_kind", "geo", "event_type", "event_place"];

/// True/false positives and false negatives of one category.
#[derive(Debug, Default, Clone, Copy, PartialEq)]
pub struct Tally {
    /// True positives.
    pub tp: u32,
    /// False positives.
    pub fp: u32,
    /// False negatives.
    pub fn_: u32,
}

impl Tally {
    fn add(&mut self, tp: u32, fp: u32, fn_: u32) {
        self.tp += tp;
        self.fp += fp;
        self.fn_ += fn_;
    }
    fn merge(&mut self, o: &Tally) {
        self.add(o.tp, o.fp, o.fn_);
    }
    /// Precision, recall, F1.
    pub fn prf(&self) -> (f64, f64, f64) {
        let p = if self.tp + self.fp > 0 {
            self.tp as f64 / (self.tp + self.fp) as f64
        } else {
            0.0
        };
        let r = if self.tp + self.fn_ > 0 {
            self.tp as f64 / (self.tp + self.fn_) as f64
        } else {
            0.0
        };
        let f = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        (p, r, f)
    }
    /// Whether anything was counted.
    pub fn is_empty(&self) -> bool {
        self.tp + self.fp + self.fn_ == 0
    }
}

/// Scores of a set of documents.
#[derive(Debug, Default, Clone)]
pub struct Scores {
    /// Per category.
    pub tallies: BTreeMap<&'static str, Tally>,
    /// Accuracy counts: name → (right, total).
    pub acc: BTreeMap<&'static str, (u32, u32)>,
    /// Documents scored.
    pub docs: u32,
    /// Readable lines for the events and relations missed (`-`) and
    /// spurious (`+`), for `atlas eval --misses`.
    pub misses: Vec<String>,
}

impl Scores {
    fn new() -> Scores {
        let mut s = Scores::default();
        for c in CATEGORIES {
            s.tallies.insert(c, Tally::default());
        }
        for a in ACC {
            s.acc.insert(a, (0, 0));
        }
        s
    }
    fn merge(&mut self, o: &Scores) {
        for (k, t) in &o.tallies {
            self.tallies.entry(k).or_default().merge(t);
        }
        for (k, (r, t)) in &o.acc {
            let e = self.acc.entry(k).or_default();
            e.0 += r;
            e.1 += t;
        }
        self.docs += o.docs;
        self.misses.extend(o.misses.iter().cloned());
    }
    fn count(&mut self, what: &'static str, right: bool) {
        let e = self.acc.entry(what).or_default();
        e.0 += u32::from(right);
        e.1 += 1;
    }
    /// An accuracy as a ratio, `None` when nothing was counted.
    pub fn ratio(&self, what: &str) -> Option<f64> {
        self.acc
            .get(what)
            .and_then(|&(r, t)| (t > 0).then(|| r as f64 / t as f64))
    }
    /// The F1 of a category.
    pub fn f1(&self, cat: &str) -> f64 {
        self.tallies.get(cat).map(|t| t.prf().2).unwrap_or(0.0)
    }
    /// The precision of a category.
    pub fn precision(&self, cat: &str) -> f64 {
        self.tallies.get(cat).map(|t| t.prf().0).unwrap_or(0.0)
    }
}

/// Rounds like the reference scorer's `round(x, 3)`.
fn r3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// NFC, case-folded, trimmed: how names are compared.
pub fn norm(s: &str) -> String {
    let nfc: String = s.nfc().collect();
    let lower = nfc.to_lowercase();
    lower
        .replace('ß', "ss")
        .replace('ſ', "s")
        .trim()
        .to_string()
}

fn s<'a>(v: &'a Value, key: &str) -> &'a str {
    v.get(key).and_then(Value::as_str).unwrap_or("")
}
fn arr<'a>(v: &'a Value, key: &str) -> &'a [Value] {
    v.get(key)
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or(&[])
}
fn optional(v: &Value) -> bool {
    v.get("optional").and_then(Value::as_bool).unwrap_or(false)
}

fn names_of(entity: &Value) -> HashSet<String> {
    let mut out: HashSet<String> = HashSet::new();
    out.insert(norm(s(entity, "name")));
    for a in arr(entity, "aliases") {
        if let Some(a) = a.as_str() {
            out.insert(norm(a));
        }
    }
    out.remove("");
    out
}

/// One-to-one matching by shared names, same kind first (as the reference scorer).
fn match_entities(gold: &[Value], system: &[Value]) -> BTreeMap<usize, usize> {
    let mut pairs = BTreeMap::new();
    let mut used = HashSet::new();
    let sys_names: Vec<HashSet<String>> = system.iter().map(names_of).collect();
    for same_kind in [true, false] {
        for (gi, g) in gold.iter().enumerate() {
            if pairs.contains_key(&gi) {
                continue;
            }
            let gnames: HashSet<String> = arr(g, "names")
                .iter()
                .filter_map(Value::as_str)
                .map(norm)
                .collect();
            let mut best: Option<usize> = None;
            let mut best_n = 0;
            for (si, sv) in system.iter().enumerate() {
                if used.contains(&si) || (same_kind && sv.get("kind") != g.get("kind")) {
                    continue;
                }
                let n = gnames.intersection(&sys_names[si]).count();
                if n > best_n {
                    best = Some(si);
                    best_n = n;
                }
            }
            if let Some(b) = best {
                pairs.insert(gi, b);
                used.insert(b);
            }
        }
    }
    pairs
}

/// Scores one document's analysis (as JSON) against its gold file.
pub fn score_doc(gold: &Value, analysis: &Value) -> Scores {
    let mut sc = Scores::new();
    sc.docs = 1;
    let doc = arr(analysis, "documents")
        .first()
        .cloned()
        .unwrap_or(Value::Null);
    // dct
    let gold_dct = gold.get("dct").and_then(Value::as_str);
    let sys_dct = doc.get("dct").and_then(Value::as_str);
    if !gold
        .get("dct_given")
        .and_then(Value::as_bool)
        .unwrap_or(false)
    {
        let right = match gold_dct {
            Some(g) => sys_dct == Some(g),
            None => sys_dct.is_none_or(str::is_empty),
        };
        sc.count("dct", right);
    }
    // timex
    let stimes: Vec<&Value> = arr(analysis, "times")
        .iter()
        .filter(|x| {
            matches!(
                x.get("kind").and_then(Value::as_str).unwrap_or("date"),
                "date" | "time"
            )
        })
        .collect();
    let mut used = HashSet::new();
    let (mut tp, mut fn_) = (0, 0);
    for g in arr(gold, "timex") {
        let gt = norm(s(g, "text"));
        let hit = stimes.iter().enumerate().position(|(si, sv)| {
            if used.contains(&si) {
                return false;
            }
            let st = norm(s(sv, "text"));
            let same_place = match (
                g.get("start").and_then(Value::as_u64),
                g.get("end").and_then(Value::as_u64),
                sv.get("start").and_then(Value::as_u64),
            ) {
                (Some(gs), Some(ge), Some(ss)) => {
                    let se = sv.get("end").and_then(Value::as_u64).unwrap_or(ss);
                    ss < ge && gs < se
                }
                _ => !st.is_empty() && (st.contains(&gt) || gt.contains(&st)),
            };
            same_place && sv.get("value") == g.get("value")
        });
        match hit {
            Some(si) => {
                used.insert(si);
                if !optional(g) {
                    tp += 1;
                }
            }
            None if !optional(g) => fn_ += 1,
            None => {}
        }
    }
    let fp = (stimes.len() - used.len()) as u32;
    sc.tallies.entry("timex").or_default().add(tp, fp, fn_);
    // actors
    let gact = arr(gold, "actors");
    let sact = arr(analysis, "actors");
    let amap = match_entities(gact, sact);
    let tp = amap.keys().filter(|&&gi| !optional(&gact[gi])).count() as u32;
    let fn_ = gact
        .iter()
        .enumerate()
        .filter(|(gi, g)| !amap.contains_key(gi) && !optional(g))
        .count() as u32;
    let fp = (sact.len() - amap.len()) as u32;
    sc.tallies.entry("actors").or_default().add(tp, fp, fn_);
    for (&gi, &si) in &amap {
        sc.count("actor_kind", gact[gi].get("kind") == sact[si].get("kind"));
    }
    let sid_to_gid: HashMap<&str, &str> = amap
        .iter()
        .map(|(&gi, &si)| (s(&sact[si], "id"), s(&gact[gi], "id")))
        .collect();
    // places
    let gpl = arr(gold, "places");
    let spl = arr(analysis, "places");
    let pmap = match_entities(gpl, spl);
    let tp = pmap.keys().filter(|&&gi| !optional(&gpl[gi])).count() as u32;
    let fn_ = gpl
        .iter()
        .enumerate()
        .filter(|(gi, g)| !pmap.contains_key(gi) && !optional(g))
        .count() as u32;
    let fp = (spl.len() - pmap.len()) as u32;
    sc.tallies.entry("places").or_default().add(tp, fp, fn_);
    let mut place_gnames: HashMap<&str, HashSet<String>> = HashMap::new();
    for (&gi, &si) in &pmap {
        let (g, sv) = (&gpl[gi], &spl[si]);
        let ok = match (
            sv.get("lat").and_then(Value::as_f64),
            sv.get("lon").and_then(Value::as_f64),
        ) {
            (Some(la), Some(lo)) => {
                let lim = if matches!(s(g, "kind"), "country" | "region") {
                    500.0
                } else {
                    50.0
                };
                let (gla, glo) = (
                    g.get("lat").and_then(Value::as_f64).unwrap_or(0.0),
                    g.get("lon").and_then(Value::as_f64).unwrap_or(0.0),
                );
                atlas_engine::gazetteer::km(gla, glo, la, lo) <= lim
            }
            _ => false,
        };
        sc.count("geo", ok);
        place_gnames.insert(
            s(sv, "id"),
            arr(g, "names")
                .iter()
                .filter_map(Value::as_str)
                .map(norm)
                .collect(),
        );
    }
    // events
    let sev = arr(analysis, "events");
    let mut used = HashSet::new();
    let (mut tp, mut fn_) = (0, 0);
    for g in arr(gold, "events") {
        let gactors: HashSet<&str> = arr(g, "actors").iter().filter_map(Value::as_str).collect();
        let hit = sev.iter().enumerate().position(|(si, sv)| {
            if used.contains(&si)
                || sv.get("date").unwrap_or(&Value::Null) != g.get("date").unwrap_or(&Value::Null)
            {
                return false;
            }
            arr(sv, "actors").iter().any(|a| {
                sid_to_gid
                    .get(s(a, "actor"))
                    .is_some_and(|gid| gactors.contains(gid))
            })
        });
        match hit {
            Some(si) => {
                used.insert(si);
                let sv = &sev[si];
                sc.count("event_type", sv.get("type") == g.get("type"));
                if let Some(gp) = g
                    .get("place")
                    .and_then(Value::as_str)
                    .filter(|p| !p.is_empty())
                {
                    let right = place_gnames
                        .get(s(sv, "place"))
                        .is_some_and(|names| names.contains(&norm(gp)));
                    sc.count("event_place", right);
                    if !right {
                        let got = spl
                            .iter()
                            .find(|p| s(p, "id") == s(sv, "place"))
                            .map_or("none", |p| s(p, "name"));
                        sc.misses.push(format!(
                            "- place of {} {} {}: {} (gold {})",
                            s(g, "date"),
                            s(g, "type"),
                            s(sv, "label"),
                            got,
                            gp
                        ));
                    }
                }
                if !optional(g) {
                    tp += 1;
                }
            }
            None if !optional(g) => {
                fn_ += 1;
                let mut names: Vec<&str> = gactors.iter().copied().collect();
                names.sort_unstable();
                sc.misses.push(format!(
                    "- event {} {} {}",
                    s(g, "date"),
                    s(g, "type"),
                    names.join(",")
                ));
            }
            None => {}
        }
    }
    let sys_name = |id: &str| -> String {
        let name = sact
            .iter()
            .find(|a| s(a, "id") == id)
            .map_or(id, |a| s(a, "name"));
        match sid_to_gid.get(id) {
            Some(g) => format!("{name}[{g}]"),
            None => format!("{name}[?]"),
        }
    };
    let unused = sev.iter().enumerate().filter(|(si, _)| !used.contains(si));
    for (_, sv) in unused {
        let actors: Vec<String> = arr(sv, "actors")
            .iter()
            .map(|a| sys_name(s(a, "actor")))
            .collect();
        sc.misses.push(format!(
            "+ event {} {} {}",
            s(sv, "date"),
            s(sv, "type"),
            actors.join(",")
        ));
    }
    let fp = (sev.len() - used.len()) as u32;
    sc.tallies.entry("events").or_default().add(tp, fp, fn_);
    // relations
    // Each system relation as its gold actors (unordered) and type.
    let skeys: Vec<(Vec<Option<&str>>, &str)> = arr(analysis, "relations")
        .iter()
        .map(|r| {
            let mut pair = vec![
                sid_to_gid.get(s(r, "a")).copied(),
                sid_to_gid.get(s(r, "b")).copied(),
            ];
            pair.sort();
            pair.dedup();
            (pair, s(r, "type"))
        })
        .collect();
    let srel: HashSet<&(Vec<Option<&str>>, &str)> = skeys.iter().collect();
    let (mut tp, mut fn_, mut hits) = (0, 0, 0u32);
    let mut matched = HashSet::new();
    for g in arr(gold, "relations") {
        let mut pair = vec![Some(s(g, "a")), Some(s(g, "b"))];
        pair.sort();
        pair.dedup();
        let key = (pair, s(g, "type"));
        if srel.contains(&key) {
            hits += 1;
            matched.insert(key);
            if !optional(g) {
                tp += 1;
            }
        } else if !optional(g) {
            fn_ += 1;
            sc.misses.push(format!(
                "- rel {} {} {}",
                s(g, "type"),
                s(g, "a"),
                s(g, "b")
            ));
        }
    }
    let srels = arr(analysis, "relations");
    for (r, key) in srels.iter().zip(&skeys) {
        if !matched.contains(key) {
            sc.misses.push(format!(
                "+ rel {} {} {}",
                s(r, "type"),
                sys_name(s(r, "a")),
                sys_name(s(r, "b"))
            ));
        }
    }
    let fp = (srels.len() as u32).saturating_sub(hits);
    sc.tallies.entry("relations").or_default().add(tp, fp, fn_);
    sc
}

/// One scored document of a corpus.
#[derive(Debug, Clone)]
pub struct DocResult {
    /// File stem.
    pub name: String,
    /// Gold language.
    pub lang: String,
    /// Its scores.
    pub scores: Scores,
}

/// Runs the engine over every `NAME.txt` with a `NAME.gold.json` in `dir` and scores it.
pub fn eval_dir(dir: &Path) -> Result<Vec<DocResult>, String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map_err(|e| format!("cannot read '{}': {e}", dir.display()))?
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            e.file_name()
                .to_str()
                .and_then(|n| n.strip_suffix(".gold.json"))
                .map(str::to_string)
        })
        .filter(|base| dir.join(format!("{base}.txt")).exists())
        .collect();
    names.sort();
    let mut out = Vec::new();
    for base in names {
        let gold_path = dir.join(format!("{base}.gold.json"));
        let gold_text = std::fs::read_to_string(&gold_path)
            .map_err(|e| format!("cannot read '{}': {e}", gold_path.display()))?;
        let gold: Value = serde_json::from_str(&gold_text)
            .map_err(|e| format!("'{}' is not valid JSON: {e}", gold_path.display()))?;
        let text_path = dir.join(format!("{base}.txt"));
        let bytes = std::fs::read(&text_path)
            .map_err(|e| format!("cannot read '{}': {e}", text_path.display()))?;
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let given = gold
            .get("dct_given")
            .and_then(Value::as_bool)
            .unwrap_or(false);
        let dct = if given {
            gold.get("dct").and_then(Value::as_str).and_then(parse_date)
        } else {
            None
        };
        let analysis: Analysis = analyze(&[Input {
            text,
            dct,
            lang: None,
        }]);
        let value = serde_json::to_value(&analysis).map_err(|e| e.to_string())?;
        out.push(DocResult {
            name: base,
            lang: s(&gold, "lang").to_string(),
            scores: score_doc(&gold, &value),
        });
    }
    Ok(out)
}

/// Adds up the scores of many documents.
pub fn total<'a>(docs: impl IntoIterator<Item = &'a DocResult>) -> Scores {
    let mut t = Scores::new();
    for d in docs {
        t.merge(&d.scores);
    }
    t
}

/// The JSON report, with the same keys as `score.py --json`.
pub fn to_json(t: &Scores) -> Value {
    let mut m = Map::new();
    for c in CATEGORIES {
        let (p, r, f) = t.tallies.get(c).copied().unwrap_or_default().prf();
        m.insert(c.into(), json!({"p": r3(p), "r": r3(r), "f1": r3(f)}));
    }
    let ratio = |k: &str| t.ratio(k).map(r3);
    m.insert("dct_acc".into(), json!(ratio("dct")));
    m.insert("actor_kind_acc".into(), json!(ratio("actor_kind")));
    m.insert("geocode_acc".into(), json!(ratio("geo")));
    m.insert("event_type_acc".into(), json!(ratio("event_type")));
    m.insert("event_place_acc".into(), json!(ratio("event_place")));
    m.insert("docs".into(), json!(t.docs));
    m.insert("errors".into(), json!([]));
    m.insert("cli_seconds".into(), json!(0.0));
    Value::Object(m)
}

/// The readable table.
pub fn to_table(t: &Scores) -> String {
    let mut out = String::new();
    out.push_str(&format!(
        "{:<10} {:>6} {:>6} {:>6}   {:>4} {:>4} {:>4}\n",
        "category", "P", "R", "F1", "tp", "fp", "fn"
    ));
    for c in CATEGORIES {
        let tally = t.tallies.get(c).copied().unwrap_or_default();
        if tally.is_empty() {
            continue;
        }
        let (p, r, f) = tally.prf();
        out.push_str(&format!(
            "{c:<10} {p:>6.3} {r:>6.3} {f:>6.3}   {:>4} {:>4} {:>4}\n",
            tally.tp, tally.fp, tally.fn_
        ));
    }
    for (k, label) in [
        ("dct", "dct_acc"),
        ("actor_kind", "actor_kind_acc"),
        ("geo", "geocode_acc"),
        ("event_type", "event_type_acc"),
        ("event_place", "event_place_acc"),
    ] {
        match t.ratio(k) {
            Some(x) => out.push_str(&format!("{label:<16} {x:.3}\n")),
            None => out.push_str(&format!("{label:<16} -\n")),
        }
    }
    out.push_str(&format!("docs={}\n", t.docs));
    out
}
