//! The example bundle behind "Try an example": dispatches from the project's
//! own corpus, written for Dispatch Atlas, in four languages.

/// The example dispatches, one per language, on the war in Syria and eastern DR Congo.
pub const EXAMPLE: [&str; 4] = [
    include_str!("../tests/corpus/examples/afp-de-2024-12-04-moskau-syrien.txt"),
    include_str!("../tests/corpus/reuters-en-2024-12-08-damascus-assad-moscow.txt"),
    include_str!("../tests/corpus/afp-fr-2025-01-27-goma-prise-revendiquee.txt"),
    include_str!("../tests/corpus/efe-es-2024-12-09-damasco-transicion.txt"),
];

/// Whether a page address's query (`?example`, `?foo&example=1`) asks to open
/// on the example: what `scripts/run.sh` prints, so a first look shows a
/// filled workbench.
pub fn wants_example(query: &str) -> bool {
    query
        .trim_start_matches('?')
        .split('&')
        .any(|kv| kv.split('=').next() == Some("example"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn example_query() {
        for (q, want) in [
            ("?example", true),
            ("?example=1", true),
            ("?lang=de&example", true),
            ("", false),
            ("?examples", false),
            ("?x=example", false),
        ] {
            assert_eq!(wants_example(q), want, "{q:?}");
        }
    }
}
