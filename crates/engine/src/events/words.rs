//! What the event layer needs to know of each distinct word of an analysis,
//! worked out once: its folded and lower-cased forms, its function-word
//! classes ([`lexicon::classes`]) and its trigger candidates
//! ([`lexicon::Lexicon::candidates`]).
//!
//! All of these depend only on the language and the word as written, and
//! news copy repeats its words (two words in three of the corpus are
//! repeats), so [`super::Doc::new`] asks a [`WordMemo`] shared by all the
//! documents of an analysis instead of folding and looking up every word
//! again.

use std::collections::hash_map::Entry;

use super::lexicon::{self, FxMap};
use crate::gazetteer::fold_into;
use crate::lang::Lang;
use crate::text::TokenKind;

/// A word (or number) as the event rules see it, borrowed from a [`WordMemo`].
pub struct WordInfo<'m> {
    /// Folded form: lower case, no diacritics.
    pub folded: &'m str,
    /// Lower-cased form with diacritics; `None` for an ASCII word, whose
    /// lower-cased form is its folded form.
    pub lower: Option<&'m str>,
    /// Function-word classes (0 for numbers).
    pub cls: u32,
    /// The relation-phrase bits ([`super::relations::word_bits`]; 0 for numbers).
    pub rel: u32,
    /// Ids of the triggers whose first word matches it.
    pub tids: &'m [u32],
}

/// Where the facts of one word are kept in a [`WordMemo`].
#[derive(Clone, Copy)]
struct Facts {
    /// Folded form: byte range of `WordMemo::forms`.
    folded: (u32, u32),
    /// Lower-cased form: byte range of `WordMemo::forms` (empty when ASCII).
    lower: (u32, u32),
    ascii: bool,
    cls: u32,
    rel: u32,
    /// Trigger candidates: range of `WordMemo::tids`.
    tids: (u32, u32),
}

/// The facts of every word seen so far in an analysis.
#[derive(Default)]
pub struct WordMemo<'t> {
    /// (language, word as written) → its facts.
    seen: FxMap<(Lang, &'t str), Facts>,
    /// Folded and lower-cased forms of all words seen.
    forms: String,
    /// Trigger candidates of all words seen, word after word.
    tids: Vec<u32>,
    /// Scratch buffer for folding.
    tmp: String,
}

impl<'t> WordMemo<'t> {
    /// An empty memo for texts of `bytes` bytes in all: room for about one
    /// distinct word per 16 bytes, so that the table seldom grows, but for
    /// no more than 8192 at first (a vocabulary grows far slower than a text).
    pub fn for_bytes(bytes: usize) -> WordMemo<'t> {
        let words = (bytes / 16).clamp(16, 8192);
        WordMemo {
            seen: FxMap::with_capacity_and_hasher(words, Default::default()),
            forms: String::with_capacity(words * 8),
            tids: Vec::new(),
            tmp: String::new(),
        }
    }

    /// The facts of `raw`, a token of kind `kind` (a word or a number, not
    /// punctuation) in a text in `lang`.
    pub fn word(&mut self, lang: Lang, kind: TokenKind, raw: &'t str) -> WordInfo<'_> {
        let facts = match self.seen.entry((lang, raw)) {
            Entry::Occupied(e) => *e.get(),
            Entry::Vacant(e) => *e.insert(learn(
                &mut self.forms,
                &mut self.tids,
                &mut self.tmp,
                lang,
                kind,
                raw,
            )),
        };
        let form = |(a, b): (u32, u32)| &self.forms[a as usize..b as usize];
        WordInfo {
            folded: form(facts.folded),
            lower: (!facts.ascii).then(|| form(facts.lower)),
            cls: facts.cls,
            rel: facts.rel,
            tids: &self.tids[facts.tids.0 as usize..facts.tids.1 as usize],
        }
    }
}

/// Works out the facts of a word not seen before, appending its forms to
/// `forms` and its trigger candidates to `tids`.
fn learn(
    forms: &mut String,
    tids: &mut Vec<u32>,
    tmp: &mut String,
    lang: Lang,
    kind: TokenKind,
    raw: &str,
) -> Facts {
    let f0 = forms.len();
    let ascii = raw.is_ascii();
    if ascii {
        // an ASCII word or number is letters or digits only: folding lower-cases it
        forms.push_str(raw);
        forms[f0..].make_ascii_lowercase();
    } else {
        fold_into(raw, tmp);
        forms.push_str(tmp);
    }
    let f1 = forms.len();
    if !ascii {
        for c in raw.chars() {
            forms.extend(c.to_lowercase());
        }
    }
    let l1 = forms.len();
    let folded = &forms[f0..f1];
    // the very same slice for an ASCII word: the lexicon skips the forms with diacritics
    let lower = if ascii { folded } else { &forms[f1..l1] };
    let (cls, rel) = if kind == TokenKind::Word {
        (
            lexicon::classes(lang).get(folded).copied().unwrap_or(0),
            super::relations::word_bits(folded),
        )
    } else {
        (0, 0)
    };
    let t0 = tids.len() as u32;
    lexicon::lexicon().candidates(lang, folded, lower, tids);
    Facts {
        folded: (f0 as u32, f1 as u32),
        lower: (f1 as u32, l1 as u32),
        ascii,
        cls,
        rel,
        tids: (t0, tids.len() as u32),
    }
}
