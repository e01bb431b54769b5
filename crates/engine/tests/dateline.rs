//! Dateline cases: every agency style, at the start and at the end of a
//! dispatch, with and without a date, plus feed lines and body ranges.

use atlas_engine::dateline::{layout, Position};
use atlas_engine::{analyze, analyze_cached_on, analyze_on, parse_date, Cache, Input};

/// (name, text, dateline text, place, agency, full date, month/day, position)
type Case = (
    &'static str,
    &'static str,
    &'static str,
    Option<&'static str>,
    Option<&'static str>,
    Option<&'static str>,
    Option<(u8, u8)>,
    Position,
);

const S: Position = Position::Start;
const E: Position = Position::End;

const CASES: &[Case] = &[
    ("dl_001_afp_de", "Moskau, 4. Dezember 2024 (AFP) – Die Rebellen rücken vor.", "Moskau, 4. Dezember 2024 (AFP) –", Some("Moskau"), Some("AFP"), Some("2024-12-04"), Some((12, 4)), S),
    ("dl_002_reuters_nodate", "BEIRUT (Reuters) - Syrian rebels swept into Damascus on Sunday.", "BEIRUT (Reuters) -", Some("BEIRUT"), Some("Reuters"), None, None, S),
    ("dl_003_reuters_yearless", "MOSCOW, Dec 4 (Reuters) - President Vladimir Putin said on Wednesday…", "MOSCOW, Dec 4 (Reuters) -", Some("MOSCOW"), Some("Reuters"), None, Some((12, 4)), S),
    ("dl_004_afp_fr", "Paris, 4 décembre 2024 (AFP) - Les combats continuent.", "Paris, 4 décembre 2024 (AFP) -", Some("Paris"), Some("AFP"), Some("2024-12-04"), Some((12, 4)), S),
    ("dl_005_dpa", "Damaskus (dpa) - Nach mehr als einem halben Jahrhundert ist die Herrschaft zu Ende.", "Damaskus (dpa) -", Some("Damaskus"), Some("dpa"), None, None, S),
    ("dl_006_ap_qualifier", "KYIV, Ukraine (AP) — Russia struck the Ukrainian city of Dnipro.", "KYIV, Ukraine (AP) —", Some("KYIV"), Some("AP"), None, None, S),
    ("dl_007_efe", "Madrid, 4 dic (EFE).- El Gobierno anunció nuevas medidas.", "Madrid, 4 dic (EFE).-", Some("Madrid"), Some("EFE"), None, Some((12, 4)), S),
    ("dl_008_afp_en_country", "Khartoum, Sudan, April 15, 2024 (AFP) - Sudan's war entered its second year.", "Khartoum, Sudan, April 15, 2024 (AFP) -", Some("Khartoum"), Some("AFP"), Some("2024-04-15"), Some((4, 15)), S),
    ("dl_009_afp_fr_paren", "Goma (RD Congo), 27 janvier 2025 (AFP) - Les rebelles du M23 sont entrés dans Goma.", "Goma (RD Congo), 27 janvier 2025 (AFP) -", Some("Goma"), Some("AFP"), Some("2025-01-27"), Some((1, 27)), S),
    ("dl_010_ansa", "ROMA (ANSA) - Il governo ha approvato il decreto.", "ROMA (ANSA) -", Some("ROMA"), Some("ANSA"), None, None, S),
    ("dl_011_europa_press", "MADRID, 4 Dic. (EUROPA PRESS) - El Gobierno ha aprobado el decreto.", "MADRID, 4 Dic. (EUROPA PRESS) -", Some("MADRID"), Some("Europa Press"), None, Some((12, 4)), S),
    ("dl_012_xinhua", "BEIJING, Dec. 4 (Xinhua) -- China called for restraint.", "BEIJING, Dec. 4 (Xinhua) --", Some("BEIJING"), Some("Xinhua"), None, Some((12, 4)), S),
    ("dl_013_anadolu", "ANKARA (AA) - Turkish officials said on Wednesday…", "ANKARA (AA) -", Some("ANKARA"), Some("Anadolu"), None, None, S),
    ("dl_014_ap_multiword", "DEIR AL-BALAH, Gaza Strip (AP) — A ceasefire took hold in Gaza.", "DEIR AL-BALAH, Gaza Strip (AP) —", Some("DEIR AL-BALAH"), Some("AP"), None, None, S),
    ("dl_015_reuters_sept", "BAMAKO, Sept 17 (Reuters) - Islamist militants attacked a gendarmerie school.", "BAMAKO, Sept 17 (Reuters) -", Some("BAMAKO"), Some("Reuters"), None, Some((9, 17)), S),
    ("dl_016_two_agencies", "Berlin (dpa/AFP) - Die Bundesregierung verurteilte den Angriff.", "Berlin (dpa/AFP) -", Some("Berlin"), Some("dpa/AFP"), None, None, S),
    ("dl_017_afp_es", "Beirut, 27 de septiembre de 2024 (AFP) - Israel bombardeó el sur de Beirut.", "Beirut, 27 de septiembre de 2024 (AFP) -", Some("Beirut"), Some("AFP"), Some("2024-09-27"), Some((9, 27)), S),
    ("dl_emoji_before_the_dateline", "🔥 ALEPPO, Syria, Dec 2, 2024 (Reuters) – Rebels captured Aleppo on Saturday.", "ALEPPO, Syria, Dec 2, 2024 (Reuters) –", Some("ALEPPO"), Some("Reuters"), Some("2024-12-02"), Some((12, 2)), S),
    ("dl_bullet_before_the_dateline", "• BEIRUT (Reuters) - Israeli strikes hit the southern suburbs.", "BEIRUT (Reuters) -", Some("BEIRUT"), Some("Reuters"), None, None, S),
    ("dl_018_end_seed_style", "Die Rebellen rücken vor.\nDie Armee zog sich zurück.\nMoskau, 4. Dezember 2024 (AFP) –\nBelgium", "Moskau, 4. Dezember 2024 (AFP) –", Some("Moskau"), Some("AFP"), Some("2024-12-04"), Some((12, 4)), E),
    ("dl_019_end_en", "A ceasefire took effect on Wednesday.\nBeirut, Lebanon, November 27, 2024 (AFP) -\nCyprus", "Beirut, Lebanon, November 27, 2024 (AFP) -", Some("Beirut"), Some("AFP"), Some("2024-11-27"), Some((11, 27)), E),
    ("dl_020_end_no_feed", "Les combats continuent.\nParis, 4 décembre 2024 (AFP) -", "Paris, 4 décembre 2024 (AFP) -", Some("Paris"), Some("AFP"), Some("2024-12-04"), Some((12, 4)), E),
    ("dl_021_end_reuters", "Rebels swept into Damascus.\nBEIRUT (Reuters) -", "BEIRUT (Reuters) -", Some("BEIRUT"), Some("Reuters"), None, None, E),
    ("dl_022_end_efe", "El Gobierno anunció nuevas medidas.\nMadrid, 4 dic (EFE).-", "Madrid, 4 dic (EFE).-", Some("Madrid"), Some("EFE"), None, Some((12, 4)), E),
    ("dl_023_end_dpa_feed2", "Die Lage bleibt angespannt.\nDamaskus (dpa) -\nSyrien\nNahost", "Damaskus (dpa) -", Some("Damaskus"), Some("dpa"), None, None, E),
    ("dl_024_headline_first", "Rebellen erobern Aleppo\nAleppo, 30. November 2024 (AFP) - Die Rebellen haben Aleppo erobert.", "Aleppo, 30. November 2024 (AFP) -", Some("Aleppo"), Some("AFP"), Some("2024-11-30"), Some((11, 30)), S),
    ("dl_025_agency_only", "(AFP) - Die Rebellen rücken vor.", "(AFP) -", None, Some("AFP"), None, None, S),
    ("dl_026_no_agency_date", "MOSCOW, Dec 4 - Russia said on Wednesday it would respond.", "MOSCOW, Dec 4 -", Some("MOSCOW"), None, None, Some((12, 4)), S),
    ("dl_027_tass", "MOSKAU (TASS) - Der Kreml äußerte sich nicht.", "MOSKAU (TASS) -", Some("MOSKAU"), Some("TASS"), None, None, S),
    ("dl_028_afp_colon", "Kiew, 8. Juli 2024 (AFP): Russland hat Kiew angegriffen.", "Kiew, 8. Juli 2024 (AFP):", Some("Kiew"), Some("AFP"), Some("2024-07-08"), Some((7, 8)), S),
    ("dl_029_st_place", "ST. PETERSBURG (Reuters) - The forum opened on Wednesday.", "ST. PETERSBURG (Reuters) -", Some("ST. PETERSBURG"), Some("Reuters"), None, None, S),
    ("dl_030_numeric_date", "Kiew, 08.07.2024 (dpa) - Bei Angriffen starben viele Menschen.", "Kiew, 08.07.2024 (dpa) -", Some("Kiew"), Some("dpa"), Some("2024-07-08"), Some((7, 8)), S),
    ("dl_031_ap_en_dash", "WASHINGTON (AP) — The Pentagon said Tuesday…", "WASHINGTON (AP) —", Some("WASHINGTON"), Some("AP"), None, None, S),
    ("dl_033_opening_without_date_closing_with_it", "Kiew (dpa) - Russland hat Charkiw angegriffen.\nSelenskyj forderte mehr Flugabwehr.\nKiew, 10. März 2025 (dpa) –", "Kiew (dpa) -", Some("Kiew"), Some("dpa"), Some("2025-03-10"), Some((3, 10)), S),
    ("dl_032_efe_upper", "BOGOTÁ, 4 DIC (EFE).- La guerrilla anunció un alto el fuego.", "BOGOTÁ, 4 DIC (EFE).-", Some("BOGOTÁ"), Some("EFE"), None, Some((12, 4)), S),
];

#[test]
fn dateline_cases() {
    let mut names = std::collections::HashSet::new();
    let mut failures = Vec::new();
    for (name, text, dl_text, place, agency, date, md, pos) in CASES {
        assert!(names.insert(*name), "duplicate {name}");
        let lay = layout(text);
        let Some(d) = lay.dateline else {
            failures.push(format!("{name}: no dateline in {text:?}"));
            continue;
        };
        let got = (
            d.text.as_str(),
            d.place_text.as_deref(),
            d.agency.as_deref(),
            d.date.map(|x| x.to_string()),
            d.month_day,
            d.position,
        );
        let want = (
            *dl_text,
            *place,
            *agency,
            date.map(str::to_string),
            *md,
            *pos,
        );
        if got != want {
            failures.push(format!("{name}:\n  want {want:?}\n  got  {got:?}"));
            continue;
        }
        // spans agree with the text
        assert_eq!(&text[d.span.clone()], d.text, "{name}");
        if let Some(p) = &d.place {
            assert_eq!(Some(&text[p.clone()]), d.place_text.as_deref(), "{name}");
        }
        // the body never contains the dateline
        for b in &lay.body {
            assert!(
                b.end <= d.span.start || b.start >= d.span.end,
                "{name}: body {b:?} overlaps the dateline"
            );
        }
    }
    assert!(CASES.len() >= 30);
    assert!(
        failures.is_empty(),
        "{} dateline cases failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn no_dateline_in_plain_text() {
    for text in [
        "Die Rebellen haben Aleppo erobert. Die Armee zog sich zurück.",
        "Hayat Tahrir al-Sham (HTS) led the offensive - a surprise to many.",
        "The UN (United Nations) said on Sunday it was alarmed.",
        "",
        "Moskau",
    ] {
        assert!(layout(text).dateline.is_none(), "{text:?}");
    }
}

#[test]
fn feed_lines_are_not_body() {
    let text = "Die Rebellen rücken vor.\nMoskau, 4. Dezember 2024 (AFP) –\nBelgium";
    let lay = layout(text);
    assert_eq!(lay.feed.len(), 1);
    assert_eq!(&text[lay.feed[0].clone()], "Belgium");
    assert_eq!(lay.body.len(), 1);
    assert_eq!(&text[lay.body[0].clone()], "Die Rebellen rücken vor.");
    // a final short line without punctuation after article text, no dateline
    let text = "Russia struck Dnipro on Thursday.\nUkraine";
    let lay = layout(text);
    assert!(lay.dateline.is_none());
    assert_eq!(
        lay.feed
            .iter()
            .map(|r| &text[r.clone()])
            .collect::<Vec<_>>(),
        vec!["Ukraine"]
    );
    assert_eq!(
        lay.body
            .iter()
            .map(|r| &text[r.clone()])
            .collect::<Vec<_>>(),
        vec!["Russia struck Dnipro on Thursday."]
    );
    // a one-line text is never feed
    let lay = layout("Angriff auf Kiew");
    assert!(lay.feed.is_empty());
    assert_eq!(lay.body.len(), 1);
}

#[test]
fn body_after_start_dateline() {
    let text = "KYIV, Ukraine (AP) — Russia struck the city.\nThe strike killed two.";
    let lay = layout(text);
    let body: Vec<&str> = lay.body.iter().map(|r| &text[r.clone()]).collect();
    assert_eq!(
        body,
        vec!["Russia struck the city.\nThe strike killed two."]
    );
}

#[test]
fn yearless_dateline_takes_given_dct_year() {
    let mut input = Input::new("MOSCOW, Dec 4 (Reuters) - Putin spoke on Wednesday.");
    let a = analyze(std::slice::from_ref(&input));
    assert_eq!(a.documents[0].dct, None);
    assert_eq!(
        a.documents[0]
            .dateline
            .as_ref()
            .and_then(|d| d.date.clone()),
        None
    );
    assert!(a
        .times
        .iter()
        .any(|t| t.text == "Wednesday" && t.value == "XXXX-WXX-3"));
    input.dct = parse_date("2024-12-04");
    let a = analyze(&[input]);
    assert_eq!(a.documents[0].dct.as_deref(), Some("2024-12-04"));
    assert_eq!(
        a.documents[0]
            .dateline
            .as_ref()
            .and_then(|d| d.date.as_deref()),
        Some("2024-12-04")
    );
    assert!(a
        .times
        .iter()
        .any(|t| t.text == "Dec 4" && t.value == "2024-12-04"));
    assert!(a
        .times
        .iter()
        .any(|t| t.text == "Wednesday" && t.value == "2024-12-04"));
}

#[test]
fn yearless_dateline_takes_its_year_from_the_other_dispatches() {
    let reuters =
        Input::new("DAMASCUS, Dec 8 (Reuters) - Syrian rebels seized Damascus on Sunday.");
    let efe =
        Input::new("Damasco, 9 dic (EFE).- Los rebeldes celebraron el lunes la caída de Asad.");
    let dpa = Input::new("Damaskus (dpa) - Die Rebellen haben am Sonntag, 8. Dezember 2024, Damaskus erobert.\n\nBeirut, 09.12.2024");
    let afp = Input::new("BEIRUT, 9 décembre 2024 (AFP) - Les rebelles ont pris Damas dimanche.");
    let a = analyze(&[reuters.clone(), efe.clone(), afp.clone(), dpa]);
    let dct = |i: usize| a.documents[i].dct.clone();
    assert_eq!(
        dct(0).as_deref(),
        Some("2024-12-08"),
        "{:?}",
        a.documents[0].dateline
    );
    assert_eq!(dct(1).as_deref(), Some("2024-12-09"));
    let sunday = a
        .times
        .iter()
        .find(|t| t.doc == "d1" && t.text == "Sunday")
        .expect("Sunday in d1");
    assert_eq!(sunday.value, "2024-12-08");
    let dateline_time = a
        .times
        .iter()
        .find(|t| t.doc == "d1" && t.text == "Dec 8")
        .expect("the dateline's date is a time");
    assert!(
        dateline_time
            .explanation
            .as_deref()
            .is_some_and(|e| e.contains("other dispatches")),
        "{:?}",
        dateline_time.explanation
    );
    // alone, or only with other year-less dispatches, the year stays unknown
    let a = analyze(&[reuters.clone(), efe]);
    assert_eq!(a.documents[0].dct, None);
    assert_eq!(a.documents[1].dct, None);
    // a given date wins over the others' year
    let mut given = reuters;
    given.dct = parse_date("2023-12-08");
    let a = analyze(&[given, afp]);
    assert_eq!(a.documents[0].dct.as_deref(), Some("2023-12-08"));
}

#[test]
fn yearless_dateline_takes_the_year_nearest_to_the_others_latest_date() {
    let goma = Input::new(
        "Goma (RD Congo), 27 janvier 2025 (AFP) - Le M23 a pris lundi le contrôle de Goma.",
    );
    // two months after the latest date: the same year, not the year before
    let khartoum = Input::new(
        "KHARTOUM, March 21 (Reuters) - Sudan's army said on Friday it had retaken the Republican Palace.",
    );
    let a = analyze(&[goma.clone(), khartoum]);
    assert_eq!(a.documents[1].dct.as_deref(), Some("2025-03-21"));
    // a few days before it, across the new year: the year before
    let gaza = Input::new("GAZA, Dec 30 (Reuters) - Israeli strikes killed dozens on Monday.");
    let a = analyze(&[goma, gaza]);
    assert_eq!(a.documents[1].dct.as_deref(), Some("2024-12-30"));
}

#[test]
fn yearless_dateline_alone_takes_the_latest_such_day_up_to_the_given_today() {
    let reuters = Input::new(
        "KYIV, March 3 (Reuters) - Russian forces shelled Kharkiv on Monday, the governor said.",
    );
    let efe =
        Input::new("Damasco, 9 dic (EFE).- Los rebeldes celebraron el lunes la caída de Asad.");
    let today = parse_date("2026-11-30");
    // (name, dispatches, first's date, second's date)
    type Case<'a> = (&'a str, &'a [Input], Option<&'a str>, Option<&'a str>);
    let cases: &[Case] = &[
        (
            "a March dateline read in November: this year",
            std::slice::from_ref(&reuters),
            Some("2026-03-03"),
            None,
        ),
        (
            "a December dateline read in November: last year",
            std::slice::from_ref(&efe),
            Some("2025-12-09"),
            None,
        ),
        (
            "two year-less dispatches: each up to today",
            &[reuters.clone(), efe.clone()],
            Some("2026-03-03"),
            Some("2025-12-09"),
        ),
    ];
    for (name, inputs, d0, d1) in cases {
        let a = analyze_on(inputs, today);
        assert_eq!(a.documents[0].dct.as_deref(), *d0, "{name}");
        if inputs.len() > 1 {
            assert_eq!(a.documents[1].dct.as_deref(), *d1, "{name}");
        }
        // the same through the cache
        let mut cache = Cache::new();
        let b = analyze_cached_on(inputs, &mut cache, today);
        assert_eq!(
            serde_json::to_string(&a).ok(),
            serde_json::to_string(&b).ok(),
            "{name}: cached"
        );
    }
    // the weekday is read against that date, and the explanation says where the year came from
    let a = analyze_on(std::slice::from_ref(&reuters), today);
    let monday = a.times.iter().find(|t| t.text == "Monday").expect("Monday");
    assert_eq!(monday.value, "2026-03-02");
    let dl = a
        .times
        .iter()
        .find(|t| t.text == "March 3")
        .expect("the dateline's date");
    assert!(
        dl.explanation
            .as_deref()
            .is_some_and(|e| e.contains("up to today")),
        "{:?}",
        dl.explanation
    );
    // another dispatch's year wins over today
    let afp = Input::new("BEIRUT, 9 décembre 2024 (AFP) - Les rebelles ont pris Damas dimanche.");
    let a = analyze_on(&[efe.clone(), afp], today);
    assert_eq!(a.documents[0].dct.as_deref(), Some("2024-12-09"));
    // without a today, as before
    assert_eq!(analyze_on(&[reuters], None).documents[0].dct, None);
    // a year that does not fit the weekdays the text names gives way to the
    // latest that does: 21 March 2026 is a Saturday, 2025's a Friday; the
    // text's only weekday is a Wednesday (fits neither) or a Friday (2025:
    // the day itself; 2026: the day before, which also fits)
    let wednesday = Input::new(
        "KHARTOUM, March 21 (Reuters) - Sudan's army said on Wednesday it had retaken the palace.",
    );
    let a = analyze_on(std::slice::from_ref(&wednesday), today);
    // 2026-03-21 Sat (Wed neither it nor Fri before) → 2024-03-21 is a Thursday: Wednesday the day before
    assert_eq!(a.documents[0].dct.as_deref(), Some("2024-03-21"));
    let dl = a
        .times
        .iter()
        .find(|t| t.text == "March 21")
        .expect("dateline date");
    assert!(
        dl.explanation
            .as_deref()
            .is_some_and(|e| e.contains("Wednesday")),
        "{:?}",
        dl.explanation
    );
    let friday = Input::new(
        "KHARTOUM, March 21 (Reuters) - Sudan's army said on Friday it had retaken the palace.",
    );
    assert_eq!(
        analyze_on(&[friday], today).documents[0].dct.as_deref(),
        Some("2026-03-21"),
        "a Friday fits the Saturday's day before: the latest year stays"
    );
}

#[test]
fn seed_dateline() {
    let text = include_str!("data/seed.txt");
    let lay = layout(text);
    let d = lay.dateline.expect("the seed has a dateline");
    assert_eq!(d.position, Position::End);
    assert_eq!(d.place_text.as_deref(), Some("Moskau"));
    assert_eq!(d.agency.as_deref(), Some("AFP"));
    assert_eq!(d.date.map(|x| x.to_string()).as_deref(), Some("2024-12-04"));
    assert_eq!(
        lay.feed
            .iter()
            .map(|r| &text[r.clone()])
            .collect::<Vec<_>>(),
        vec!["Belgium"]
    );
    assert!(lay
        .body
        .iter()
        .all(|b| !text[b.clone()].contains("Belgium")));
}

/// A closing dateline that dates an opening one is no body text.
#[test]
fn closing_dateline_is_no_body() {
    let text = "Kiew (dpa) - Russland hat Charkiw angegriffen.\nKiew, 10. März 2025 (dpa) –";
    let lay = layout(text);
    let end = text.find("Kiew, 10.").unwrap_or(0);
    assert!(lay.body.iter().all(|b| b.end <= end), "{:?}", lay.body);
}
