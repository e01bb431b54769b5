//! Sentence segmentation cases in the four languages.

use atlas_engine::text::split_sentences;

fn sents(text: &str) -> Vec<&str> {
    split_sentences(text)
        .into_iter()
        .map(|r| &text[r])
        .collect()
}

const CASES: &[(&str, &str, &[&str])] = &[
    ("sent_001_de_ordinal_month", "Die Offensive begann am 27. November im Nordwesten. Sie traf am Dienstag ein.", &["Die Offensive begann am 27. November im Nordwesten.", "Sie traf am Dienstag ein."]),
    ("sent_002_de_date", "Moskau, 4. Dezember 2024. Die Rebellen rücken vor.", &["Moskau, 4. Dezember 2024.", "Die Rebellen rücken vor."]),
    ("sent_003_dr", "Dr. Müller sagte, die Lage sei ernst. Er reiste ab.", &["Dr. Müller sagte, die Lage sei ernst.", "Er reiste ab."]),
    ("sent_004_zb", "Viele Staaten, z. B. Iran, unterstützen das Regime. Andere nicht.", &["Viele Staaten, z. B. Iran, unterstützen das Regime.", "Andere nicht."]),
    ("sent_005_us", "Kyiv fired U.S. and British weapons into Russia. Putin warned the West.", &["Kyiv fired U.S. and British weapons into Russia.", "Putin warned the West."]),
    ("sent_006_us_end", "The weapons were made in the U.S. The army used them.", &["The weapons were made in the U.S.", "The army used them."]),
    ("sent_007_nr", "Die Schule Nr. 5 wurde getroffen. Niemand starb.", &["Die Schule Nr. 5 wurde getroffen.", "Niemand starb."]),
    ("sent_008_st", "He flew to St. Petersburg on Monday. Talks began.", &["He flew to St. Petersburg on Monday.", "Talks began."]),
    ("sent_009_initials", "The report by J. R. Smith was published. It was long.", &["The report by J. R. Smith was published.", "It was long."]),
    ("sent_010_de_quote_inside", "„Wir hoffen auf Frieden“, sagte sie. Dann ging sie.", &["„Wir hoffen auf Frieden“, sagte sie.", "Dann ging sie."]),
    ("sent_011_de_quote_end", "Sie sagte: „Wir hoffen auf Frieden.“ Dann ging sie.", &["Sie sagte: „Wir hoffen auf Frieden.“", "Dann ging sie."]),
    ("sent_012_fr_guillemets", "Il a déclaré : « Nous allons combattre. » Le ministre est parti.", &["Il a déclaré : « Nous allons combattre. »", "Le ministre est parti."]),
    ("sent_013_en_quotes", "He said: \"We will fight.\" The army advanced.", &["He said: \"We will fight.\"", "The army advanced."]),
    ("sent_014_newline", "Erste Zeile ohne Punkt\nZweite Zeile.", &["Erste Zeile ohne Punkt", "Zweite Zeile."]),
    ("sent_015_crlf", "First line.\r\nSecond line.\r\n", &["First line.", "Second line."]),
    ("sent_016_fr_m", "M. Macron a parlé. Mme Le Pen a répondu.", &["M. Macron a parlé.", "Mme Le Pen a répondu."]),
    ("sent_017_es_sra", "La Sra. García habló el martes. Luego se fue.", &["La Sra. García habló el martes.", "Luego se fue."]),
    ("sent_018_gen", "Gen. Gerasimov told Putin the advance had been halted. Kyiv made no comment.", &["Gen. Gerasimov told Putin the advance had been halted.", "Kyiv made no comment."]),
    ("sent_019_number_end", "Die Zahl der Toten stieg auf 25. Die Armee rückte vor.", &["Die Zahl der Toten stieg auf 25.", "Die Armee rückte vor."]),
    ("sent_020_decimal", "The rate rose to 3.5 percent. Prices fell.", &["The rate rose to 3.5 percent.", "Prices fell."]),
    ("sent_021_question", "Was passiert jetzt? Niemand weiß es!", &["Was passiert jetzt?", "Niemand weiß es!"]),
    ("sent_022_es_inverted", "¿Qué pasará ahora? Nadie lo sabe.", &["¿Qué pasará ahora?", "Nadie lo sabe."]),
    ("sent_023_ellipsis", "Die Truppen ... zogen ab. Danach kam Ruhe.", &["Die Truppen ... zogen ab.", "Danach kam Ruhe."]),
    ("sent_024_de_weltkrieg", "Nach dem 2. Weltkrieg wurde das Land geteilt. Später kam die Einheit.", &["Nach dem 2. Weltkrieg wurde das Land geteilt.", "Später kam die Einheit."]),
    ("sent_025_dec_abbrev", "The offensive began on Dec. 4 in Idlib. Rebels advanced.", &["The offensive began on Dec. 4 in Idlib.", "Rebels advanced."]),
    ("sent_026_empty_lines", "\n\nEins.\n\n\nZwei.\n", &["Eins.", "Zwei."]),
    ("sent_027_seed_line", "Der syrische Bürgerkrieg, der 2011 begann, hat rund eine halbe Million Tote gefordert.\nMoskau, 4. Dezember 2024 (AFP) –\nBelgium", &["Der syrische Bürgerkrieg, der 2011 begann, hat rund eine halbe Million Tote gefordert.", "Moskau, 4. Dezember 2024 (AFP) –", "Belgium"]),
    ("sent_028_parenthesis", "The group (HTS) led the offensive. Aleppo fell.", &["The group (HTS) led the offensive.", "Aleppo fell."]),
    ("sent_029_fr_date", "Le 1er décembre, la ville est tombée. Les rebelles ont avancé.", &["Le 1er décembre, la ville est tombée.", "Les rebelles ont avancé."]),
    ("sent_030_usw", "Waffen, Munition usw. wurden geliefert. Das reicht.", &["Waffen, Munition usw. wurden geliefert.", "Das reicht."]),
];

#[test]
fn sentence_cases() {
    let mut names = std::collections::HashSet::new();
    let mut failures = Vec::new();
    for (name, text, want) in CASES {
        assert!(names.insert(*name), "duplicate {name}");
        let got = sents(text);
        if got != *want {
            failures.push(format!("{name}:\n  want {want:?}\n  got  {got:?}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} sentence cases failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn seed_sentences() {
    let text = include_str!("data/seed.txt");
    let s = sents(text);
    // nine article lines, the dateline line and the feed line
    assert_eq!(s.len(), 11, "{s:#?}");
    assert!(s[4].contains("am 27. November eine spektakuläre Offensive"));
}
