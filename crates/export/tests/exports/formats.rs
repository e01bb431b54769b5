use atlas_export::{export, Format};

use crate::fixture;

#[test]
fn names_extensions_mimes() {
    let names = [
        "csv",
        "geojson",
        "gexf",
        "graphml",
        "timelinejs",
        "plover",
        "json",
    ];
    for (f, name) in Format::ALL.iter().zip(names) {
        assert_eq!(Format::from_name(name), Some(*f));
        assert_eq!(Format::from_name(&name.to_uppercase()), Some(*f));
        assert_eq!(f.name(), name);
        assert_eq!(f.to_string(), name);
        assert!(!f.mime().is_empty() && !f.label().is_empty());
    }
    assert_eq!(Format::from_name("xml"), None);
    assert_eq!(Format::from_name(""), None);
    let ext: Vec<&str> = Format::ALL.iter().map(|f| f.extension()).collect();
    assert_eq!(
        ext,
        ["csv", "geojson", "gexf", "graphml", "json", "jsonl", "json"]
    );
    assert_eq!(Format::GeoJson.mime(), "application/geo+json");
    assert!(Format::Csv.mime().starts_with("text/csv"));
}

#[test]
fn deterministic_and_newline_terminated() {
    let a = fixture::analysis();
    for f in Format::ALL {
        let one = export(&a, f);
        assert_eq!(one, export(&a.clone(), f), "{f} is deterministic");
        assert!(one.ends_with('\n'), "{f} ends with a newline");
        let empty = export(&atlas_engine::Analysis::default(), f);
        assert!(
            f == Format::Plover || !empty.is_empty(),
            "{f} of an empty analysis"
        );
    }
    assert_eq!(export(&a, Format::Csv), atlas_export::csv::to_csv(&a));
}

#[test]
fn json_is_the_analysis() {
    let a = fixture::analysis();
    let back: atlas_engine::Analysis = serde_json::from_str(&export(&a, Format::Json)).unwrap();
    assert_eq!(back, a);
}

#[test]
#[ignore]
fn dump() {
    let a = fixture::analysis();
    for f in Format::ALL {
        if f != Format::Json {
            println!("===== {f}\n{}", export(&a, f));
        }
    }
}
