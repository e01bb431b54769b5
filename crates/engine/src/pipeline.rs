//! The pipeline: from dispatches to one [`Analysis`].

use crate::lang::{self, Lang};
use crate::model::{Analysis, Document};
use crate::Date;

/// One dispatch to analyse.
#[derive(Debug, Clone, Default)]
pub struct Input {
    /// The text as pasted.
    pub text: String,
    /// The document creation date, when the user knows it; overrides the dateline.
    pub dct: Option<Date>,
    /// The language, when the user knows it; otherwise detected.
    pub lang: Option<Lang>,
}

impl Input {
    /// A dispatch with nothing but its text.
    pub fn new(text: impl Into<String>) -> Input {
        Input { text: text.into(), dct: None, lang: None }
    }
}

/// Analyses the dispatches together.
pub fn analyze(inputs: &[Input]) -> Analysis {
    let mut analysis = Analysis::default();
    for (i, input) in inputs.iter().enumerate() {
        let lang = input.lang.unwrap_or_else(|| lang::detect(&input.text));
        analysis.documents.push(Document {
            id: format!("d{}", i + 1),
            title: title_of(&input.text),
            lang: lang.code().to_string(),
            dct: input.dct.map(|d| d.to_string()),
            dateline: None,
            text: input.text.clone(),
        });
    }
    analysis
}

/// The first non-empty line, shortened to 80 characters.
pub fn title_of(text: &str) -> String {
    let line = text.lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or("");
    let mut out: String = line.chars().take(80).collect();
    if line.chars().count() > 80 {
        out.push('…');
    }
    out
}
