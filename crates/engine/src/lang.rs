//! Language identification for the four languages of the wire services.
//!
//! Counts very frequent function words of each language; the language with
//! the most hits wins. A text with no hits at all gets English, the lingua
//! franca of the wires, as its best guess.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::hash::FxMap;

/// The languages the engine reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// German.
    De,
    /// English.
    En,
    /// French.
    Fr,
    /// Spanish.
    Es,
}

impl Lang {
    /// All languages, in a fixed order.
    pub const ALL: [Lang; 4] = [Lang::De, Lang::En, Lang::Fr, Lang::Es];

    /// The ISO 639-1 code.
    pub fn code(self) -> &'static str {
        match self {
            Lang::De => "de",
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Es => "es",
        }
    }

    /// Parses an ISO 639-1 code (`de`, `EN`, …).
    pub fn from_code(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().as_str() {
            "de" => Some(Lang::De),
            "en" => Some(Lang::En),
            "fr" => Some(Lang::Fr),
            "es" => Some(Lang::Es),
            _ => None,
        }
    }
}

const DE: &[&str] = &[
    "der", "die", "das", "und", "ist", "nicht", "mit", "von", "den", "dem", "des", "sich", "auf",
    "für", "ein", "eine", "einer", "auch", "nach", "wurde", "wurden", "sagte", "bei", "hat",
    "haben", "sind", "zu", "im", "am", "vom", "zum", "zur", "über", "dass", "wie", "aus", "seit",
    "wird", "werden", "sei", "oder",
];
const EN: &[&str] = &[
    "the", "and", "of", "to", "in", "is", "that", "for", "on", "with", "was", "were", "said", "by",
    "as", "at", "from", "has", "have", "had", "it", "its", "an", "be", "been", "which", "who",
    "their", "after", "will", "would", "this", "they", "not", "are",
];
const FR: &[&str] = &[
    "le", "la", "les", "et", "des", "du", "un", "une", "est", "dans", "pour", "que", "qui", "sur",
    "au", "aux", "par", "avec", "a", "ont", "été", "selon", "ce", "cette", "son", "sa", "ses",
    "ne", "pas", "se", "plus", "depuis", "contre", "lors", "leur",
];
const ES: &[&str] = &[
    "el", "los", "las", "y", "del", "en", "que", "por", "con", "una", "para", "es", "se", "su",
    "sus", "al", "como", "fue", "han", "ha", "según", "desde", "este", "esta", "tras", "contra",
    "pero", "sobre", "entre", "también", "dijo", "lo",
];

fn words(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::De => DE,
        Lang::En => EN,
        Lang::Fr => FR,
        Lang::Es => ES,
    }
}

/// Every function word of the four lists with the languages whose list
/// has it (bit `i` for `Lang::ALL[i]`), built on first use.
fn function_words() -> &'static FxMap<&'static str, u8> {
    static WORDS: OnceLock<FxMap<&'static str, u8>> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut m: FxMap<&'static str, u8> = FxMap::default();
        for (i, lang) in Lang::ALL.iter().enumerate() {
            for w in words(*lang) {
                *m.entry(*w).or_insert(0) |= 1 << i;
            }
        }
        m
    })
}

/// Scores of each language for `text`: function-word hits per language.
pub fn scores(text: &str) -> [(Lang, u32); 4] {
    let mut out = Lang::ALL.map(|l| (l, 0u32));
    let table = function_words();
    let mut lower = String::with_capacity(32);
    // Look at the first 20 000 bytes at most: plenty for a guess, bounded on huge pastes.
    let mut end = text.len().min(20_000);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    for word in text[..end].split(|c: char| !c.is_alphabetic()) {
        if word.is_empty() || word.len() > 8 {
            continue;
        }
        if word.is_ascii() {
            lower.clear();
            lower.push_str(word);
            lower.make_ascii_lowercase();
        } else {
            lower = word.to_lowercase();
        }
        let langs = table.get(lower.as_str()).copied().unwrap_or(0);
        for (i, (_, score)) in out.iter_mut().enumerate() {
            if langs & (1 << i) != 0 {
                *score += 1;
            }
        }
        // Letters that only one of the languages uses (none is ASCII).
        let special = !lower.is_ascii();
        if special
            && (lower.contains('ß')
                || lower.contains('ä')
                || lower.contains('ö')
                || lower.contains('ü'))
        {
            out[0].1 += 1;
        }
        if special && (lower.contains('ñ') || lower.contains('¿')) {
            out[3].1 += 1;
        }
        if special && (lower.contains('ç') || lower.contains('è') || lower.contains('ê'))
            || lower.ends_with('\'')
        {
            out[2].1 += 1;
        }
    }
    out
}

/// The most likely language of `text`; English when nothing is recognised.
pub fn detect(text: &str) -> Lang {
    let s = scores(text);
    let mut best = (Lang::En, 0u32);
    for (lang, score) in s {
        if score > best.1 {
            best = (lang, score);
        }
    }
    best.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_each_language() {
        let cases = [
            (
                "lang_de_001",
                "Die Rebellen haben am Dienstag die Stadt erobert, sagte ein Sprecher.",
                Lang::De,
            ),
            (
                "lang_en_001",
                "The rebels captured the city on Tuesday, a spokesman said.",
                Lang::En,
            ),
            (
                "lang_fr_001",
                "Les rebelles se sont emparés de la ville mardi, selon un porte-parole.",
                Lang::Fr,
            ),
            (
                "lang_es_001",
                "Los rebeldes tomaron la ciudad el martes, según un portavoz.",
                Lang::Es,
            ),
            ("lang_de_short", "Angriff auf Kiew", Lang::De),
            ("lang_empty", "", Lang::En),
            ("lang_digits", "12345 678", Lang::En),
        ];
        for (name, text, want) in cases {
            assert_eq!(detect(text), want, "{name}");
        }
    }

    #[test]
    fn codes_round_trip() {
        for l in Lang::ALL {
            assert_eq!(Lang::from_code(l.code()), Some(l));
        }
        assert_eq!(Lang::from_code("it"), None);
    }
}
