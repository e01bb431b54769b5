//! Property tests of the text layer: on arbitrary input (unicode, emoji,
//! right-to-left scripts, NUL, CRLF) nothing panics, every span is in
//! bounds, on char boundaries and non-empty, sentence ranges are ordered and
//! disjoint, and the output is deterministic.

use atlas_engine::dateline::layout;
use atlas_engine::text::{sentences, split_sentences, tokenize};
use atlas_engine::{analyze, find_times, parse_date, prepare, Input, Lang};
use proptest::prelude::*;

/// Strings mixing date-like material with hostile characters.
fn texty() -> impl Strategy<Value = String> {
    let pieces = prop::collection::vec(
        prop_oneof![
            Just("4. Dezember 2024".to_string()),
            Just("am Dienstag".to_string()),
            Just("Dec. 4".to_string()),
            Just("le 1er décembre".to_string()),
            Just("el 4 de diciembre de 2024".to_string()),
            Just("(AFP) –".to_string()),
            Just("Moskau, ".to_string()),
            Just("14.30 Uhr".to_string()),
            Just("2.000".to_string()),
            Just("„".to_string()),
            Just("«".to_string()),
            Just("\r\n".to_string()),
            Just("\n".to_string()),
            Just("\0".to_string()),
            Just("🙂👍🏽".to_string()),
            Just("مرحبا بالعالم".to_string()),
            Just("שלום".to_string()),
            Just("e\u{301}".to_string()),
            Just(". ".to_string()),
            Just("U.S.".to_string()),
            Just("2015".to_string()),
            Just("il y a trois jours".to_string()),
            Just("hace dos semanas".to_string()),
            "[0-9]{1,5}".prop_map(|s| s),
            "\\PC{0,12}".prop_map(|s| s),
            any::<String>(),
        ],
        0..12,
    );
    pieces.prop_map(|v| v.concat())
}

fn check_span(text: &str, s: usize, e: usize) -> Result<(), TestCaseError> {
    prop_assert!(s < e, "empty span {s}..{e}");
    prop_assert!(e <= text.len(), "span {s}..{e} beyond {}", text.len());
    prop_assert!(
        text.is_char_boundary(s) && text.is_char_boundary(e),
        "span {s}..{e} not on char boundaries"
    );
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn tokens_cover_the_text(text in texty()) {
        let toks = tokenize(&text);
        let mut pos = 0;
        for t in &toks {
            prop_assert_eq!(t.start, pos);
            check_span(&text, t.start, t.end)?;
            pos = t.end;
        }
        prop_assert_eq!(pos, text.len());
    }

    #[test]
    fn sentences_are_ordered_and_disjoint(text in texty()) {
        let toks = tokenize(&text);
        let ss = sentences(&text, &toks);
        let mut last_end = 0;
        for r in &ss {
            check_span(&text, r.start, r.end)?;
            prop_assert!(r.start >= last_end, "overlap or disorder at {:?}", r);
            prop_assert!(!text[r.clone()].starts_with(char::is_whitespace));
            last_end = r.end;
        }
        prop_assert_eq!(ss, split_sentences(&text));
    }

    #[test]
    fn times_are_well_formed(text in texty(), li in 0usize..4, with_dct in any::<bool>()) {
        let lang = Lang::ALL[li];
        let dct = if with_dct { parse_date("2024-12-04") } else { None };
        let a = find_times(&text, lang, dct, &[]);
        let b = find_times(&text, lang, dct, &[]);
        prop_assert_eq!(&a, &b);
        let mut last_end = 0;
        for t in &a {
            check_span(&text, t.start, t.end)?;
            prop_assert!(t.start >= last_end, "times overlap");
            last_end = t.end;
            prop_assert!(!t.value.is_empty());
            prop_assert!(!t.explanation.is_empty());
        }
    }

    #[test]
    fn layout_is_well_formed(text in texty()) {
        let lay = layout(&text);
        if let Some(d) = &lay.dateline {
            check_span(&text, d.span.start, d.span.end)?;
            prop_assert_eq!(&text[d.span.clone()], d.text.as_str());
            for r in d.place.iter().chain(d.date_span.iter()).chain(d.agency_span.iter()).chain(d.qualifiers.iter()) {
                check_span(&text, r.start, r.end)?;
            }
        }
        let mut last_end = 0;
        for r in &lay.body {
            check_span(&text, r.start, r.end)?;
            prop_assert!(r.start >= last_end);
            last_end = r.end;
        }
        for r in &lay.feed {
            check_span(&text, r.start, r.end)?;
        }
    }

    #[test]
    fn prepare_and_analyze_are_deterministic(text in texty(), with_dct in any::<bool>()) {
        let mut input = Input::new(text.clone());
        if with_dct {
            input.dct = parse_date("2025-01-19");
        }
        let p = prepare(&input);
        for r in &p.sentences {
            check_span(&text, r.start, r.end)?;
            prop_assert!(p.in_body(r));
        }
        for t in &p.times {
            check_span(&text, t.start, t.end)?;
        }
        let a = analyze(std::slice::from_ref(&input));
        let b = analyze(&[input]);
        prop_assert_eq!(&a, &b);
        for t in &a.times {
            prop_assert_eq!(&text[t.start..t.end], t.text.as_str());
        }
    }
}
