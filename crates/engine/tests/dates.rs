//! Table-driven tests of time expressions in the four languages, from
//! `tests/data/dates.txt` (format described at the top of that file).

use std::collections::HashSet;

use atlas_engine::{find_times, parse_date, Lang, TimeKind};

struct Case {
    name: String,
    lang: Lang,
    dct: Option<String>,
    text: String,
    expected: Vec<(String, String, Option<String>)>,
}

fn cases() -> Vec<Case> {
    let data = include_str!("data/dates.txt");
    let mut out = Vec::new();
    for (n, line) in data.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let parts: Vec<&str> = line.split(" | ").collect();
        assert_eq!(parts.len(), 5, "line {}: expected 5 fields: {line}", n + 1);
        let lang = Lang::from_code(parts[1]).unwrap_or_else(|| panic!("line {}: bad lang", n + 1));
        let dct = if parts[2] == "none" {
            None
        } else {
            Some(parts[2].to_string())
        };
        let mut expected = Vec::new();
        if parts[4] != "-" {
            for item in parts[4].split(" ; ") {
                let (span, rest) = item
                    .split_once(" => ")
                    .unwrap_or_else(|| panic!("line {}: bad item {item}", n + 1));
                let (value, kind) = match rest.split_once(" :") {
                    Some((v, k)) => (v.to_string(), Some(k.to_string())),
                    None => (rest.to_string(), None),
                };
                expected.push((span.to_string(), value, kind));
            }
        }
        out.push(Case {
            name: parts[0].to_string(),
            lang,
            dct,
            text: parts[3].to_string(),
            expected,
        });
    }
    out
}

#[test]
fn case_names_are_unique_and_plenty() {
    let cs = cases();
    let mut seen = HashSet::new();
    for c in &cs {
        assert!(
            seen.insert(c.name.clone()),
            "duplicate case name {}",
            c.name
        );
        let prefix = format!("date_{}_", c.lang.code());
        assert!(
            c.name.starts_with(&prefix),
            "case {} should start with {prefix}",
            c.name
        );
    }
    assert!(cs.len() >= 300, "only {} cases", cs.len());
    for l in Lang::ALL {
        assert!(
            cs.iter().filter(|c| c.lang == l).count() >= 60,
            "too few cases for {l:?}"
        );
    }
}

#[test]
fn date_cases() {
    let mut failures = Vec::new();
    let cs = cases();
    for c in &cs {
        let dct = c.dct.as_deref().and_then(parse_date);
        assert_eq!(dct.is_some(), c.dct.is_some(), "{}: bad dct", c.name);
        let got = find_times(&c.text, c.lang, dct, &[]);
        let got_pairs: Vec<(String, String, TimeKind)> = got
            .iter()
            .map(|t| (t.text(&c.text).to_string(), t.value.clone(), t.kind))
            .collect();
        let ok = got_pairs.len() == c.expected.len()
            && got_pairs.iter().zip(&c.expected).all(|(g, e)| {
                g.0 == e.0
                    && g.1 == e.1
                    && e.2
                        .as_deref()
                        .map_or(g.2 == TimeKind::Date, |k| k == g.2.as_str())
            });
        if !ok {
            failures.push(format!(
                "{} [{}]: {:?}\n    want {:?}\n    got  {:?}\n    why  {:?}",
                c.name,
                c.lang.code(),
                c.text,
                c.expected
                    .iter()
                    .map(|e| format!(
                        "{} => {}{}",
                        e.0,
                        e.1,
                        e.2.as_deref().map(|k| format!(" :{k}")).unwrap_or_default()
                    ))
                    .collect::<Vec<_>>(),
                got_pairs
                    .iter()
                    .map(|g| format!("{} => {} ({})", g.0, g.1, g.2.as_str()))
                    .collect::<Vec<_>>(),
                got.iter()
                    .map(|t| t.explanation.clone())
                    .collect::<Vec<_>>()
            ));
        }
    }
    if !failures.is_empty() {
        panic!(
            "{} of {} cases failed:\n{}",
            failures.len(),
            cs.len(),
            failures.join("\n")
        );
    }
}

#[test]
fn explanations_read_well() {
    let dct = parse_date("2024-12-04");
    let t = find_times(
        "Sie traf am Dienstag vor den Toren von Hama ein.",
        Lang::De,
        dct,
        &[],
    );
    assert_eq!(t.len(), 1);
    assert!(
        t[0].explanation
            .starts_with("Dienstag → 2024-12-03: the Tuesday before"),
        "{}",
        t[0].explanation
    );
    assert!(
        t[0].explanation.contains("Wed 4 Dec 2024"),
        "{}",
        t[0].explanation
    );
    assert!(
        t[0].explanation.contains("past tense"),
        "{}",
        t[0].explanation
    );
    let t = find_times(
        "Anfang Dezember rückten die Rebellen vor.",
        Lang::De,
        dct,
        &[],
    );
    assert!(t[0].explanation.contains("early"), "{}", t[0].explanation);
    let t = find_times("In late July, separatists attacked.", Lang::En, dct, &[]);
    assert!(t[0].explanation.contains("late"), "{}", t[0].explanation);
}

#[test]
fn anchors_are_typed() {
    use atlas_engine::Anchor;
    let dct = parse_date("2024-12-04");
    let text = "Am 3. Dezember 2024 begann der Angriff. Am folgenden Tag zogen die Truppen ab, gestern kehrten sie zurück.";
    let t = find_times(text, Lang::De, dct, &[]);
    let anchors: Vec<Anchor> = t.iter().map(|x| x.anchor).collect();
    assert_eq!(
        anchors,
        vec![Anchor::Absolute, Anchor::Narrative, Anchor::Dct]
    );
}

#[test]
fn body_ranges_limit_the_scan() {
    let dct = parse_date("2024-12-04");
    let text = "Am Dienstag fiel die Stadt.\nAm Mittwoch kam Hilfe.";
    let body = [0..27];
    let t = find_times(text, Lang::De, dct, &body);
    assert_eq!(t.len(), 1);
    assert_eq!(t[0].text(text), "Dienstag");
}
