//! The example bundle behind "Try an example": dispatches from the project's
//! own corpus, written for Dispatch Atlas, in four languages.

/// The example dispatches, one per language, on the war in Syria and eastern DR Congo.
pub const EXAMPLE: [&str; 4] = [
    include_str!("../tests/corpus/examples/afp-de-2024-12-04-moskau-syrien.txt"),
    include_str!("../tests/corpus/reuters-en-2024-12-08-damascus-assad-moscow.txt"),
    include_str!("../tests/corpus/afp-fr-2025-01-27-goma-prise-revendiquee.txt"),
    include_str!("../tests/corpus/efe-es-2024-12-09-damasco-transicion.txt"),
];
