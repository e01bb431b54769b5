//! The project's seed dispatch (AFP, German, Moscow, 4 December 2024): the
//! dateline, the document date and every gold time expression, and no other
//! `date` expression.

use atlas_engine::{analyze, Input};

#[test]
fn seed_times() {
    let text = include_str!("data/seed.txt");
    let a = analyze(&[Input::new(text)]);
    let d = &a.documents[0];
    assert_eq!(d.lang, "de");
    assert_eq!(d.dct.as_deref(), Some("2024-12-04"));
    let dl = d.dateline.as_ref().expect("dateline");
    assert_eq!(dl.agency.as_deref(), Some("AFP"));
    assert_eq!(dl.place_text.as_deref(), Some("Moskau"));
    assert_eq!(dl.date.as_deref(), Some("2024-12-04"));
    assert_eq!(&text[dl.start..dl.end], dl.text);
    assert_eq!(dl.text, "Moskau, 4. Dezember 2024 (AFP) –");

    let gold = [
        ("Mittwoch", "2024-12-04"),
        ("27. November", "2024-11-27"),
        ("Dienstag", "2024-12-03"),
        ("2015", "2015"),
        ("2016", "2016"),
        ("2012", "2012"),
        ("2020", "2020"),
        ("2011", "2011"),
    ];
    let dates: Vec<(&str, &str)> = a
        .times
        .iter()
        .filter(|t| t.kind == "date")
        .map(|t| (t.text.as_str(), t.value.as_str()))
        .collect();
    for (g_text, g_value) in gold {
        assert!(
            dates
                .iter()
                .any(|(t, v)| (t.contains(g_text) || g_text.contains(t)) && *v == g_value),
            "missing {g_text} = {g_value} in {dates:?}"
        );
    }
    // precision: every date is a gold one, or the dateline's own date (optional in gold)
    for (t, v) in &dates {
        let ok = gold
            .iter()
            .any(|(g, gv)| (t.contains(g) || g.contains(t)) && gv == v)
            || (*t == "4. Dezember 2024" && *v == "2024-12-04");
        assert!(ok, "unexpected date expression {t:?} = {v}");
    }
    assert_eq!(dates.len(), 9, "{dates:?}");
    // the stray "Belgium" is not article text and no time comes from it
    assert!(a.times.iter().all(|t| !t.text.contains("Belgium")));
    for t in &a.times {
        assert_eq!(&text[t.start..t.end], t.text);
        assert!(t.explanation.as_deref().is_some_and(|e| e.contains('→')));
    }
    let tue = a
        .times
        .iter()
        .find(|t| t.text == "Dienstag")
        .expect("Dienstag");
    assert_eq!(tue.anchor, "dct");
    let year = a.times.iter().find(|t| t.text == "2015").expect("2015");
    assert_eq!(year.anchor, "absolute");
}

#[test]
fn seed_prepared() {
    let text = include_str!("data/seed.txt");
    let p = atlas_engine::prepare(&Input::new(text));
    assert_eq!(p.body.len(), 1);
    assert!(!text[p.body[0].clone()].contains("Belgium"));
    assert!(!text[p.body[0].clone()].contains("(AFP)"));
    assert_eq!(p.sentences.len(), 9);
    assert_eq!(p.feed.len(), 1);
    assert_eq!(&text[p.feed[0].clone()], "Belgium");
}
