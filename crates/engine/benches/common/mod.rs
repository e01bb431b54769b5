//! Shared by the benches: the development corpus (`tests/corpus/*.txt`) with
//! the language taken from each file name (`afp-de-…` → German).

use std::path::PathBuf;

use atlas_engine::{Input, Lang};

/// Every corpus text with its language, in file-name order.
pub fn corpus() -> Vec<(String, Lang)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpus");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                .collect()
        })
        .unwrap_or_default();
    paths.sort();
    paths
        .into_iter()
        .filter_map(|p| {
            let text = std::fs::read_to_string(&p).ok()?;
            let name = p.file_name()?.to_string_lossy().to_string();
            let lang = name
                .split('-')
                .nth(1)
                .and_then(Lang::from_code)
                .unwrap_or(Lang::En);
            Some((text, lang))
        })
        .collect()
}

/// The corpus as engine inputs, each with its file's language (no dct).
#[allow(dead_code)] // not every bench needs it
pub fn inputs(docs: &[(String, Lang)]) -> Vec<Input> {
    docs.iter()
        .map(|(t, l)| Input {
            text: t.clone(),
            dct: None,
            lang: Some(*l),
        })
        .collect()
}
