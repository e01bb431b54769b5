//! What the event layer needs to know of each distinct word of an analysis,
//! worked out once: its folded and lower-cased forms, its function-word
//! classes ([`lexicon::classes`]) and its trigger candidates
//! ([`lexicon::Lexicon::candidates`]).
//!
//! All of these depend only on the language and the word as written, and
//! news copy repeats its words (two words in three of the corpus are
//! repeats), so [`super::Doc::new`] asks a [`WordMemo`] instead of folding
//! and looking up every word again. The memo outlives the analysis (one per
//! thread, see [`with_memo`]): the app analyses the same dispatches again at
//! every correction and every added dispatch, and a desk's dispatches share
//! their words. It forgets everything once it holds [`MEMO_BYTES`] of forms,
//! so a 10 MB paste cannot make it grow without end; [`forget`] empties it.

use super::lexicon::{self, FxMap};
use crate::gazetteer::fold_into;
use crate::lang::Lang;
use crate::text::TokenKind;

/// Forms the memo may hold before it starts afresh (about 150,000 words,
/// some 12 MB with their tables).
pub const MEMO_BYTES: usize = 2 << 20;

thread_local! {
    static MEMO: std::cell::RefCell<WordMemo> = std::cell::RefCell::new(WordMemo::default());
}

/// Runs `f` with this thread's memo (emptied first when it has grown past
/// [`MEMO_BYTES`]).
pub fn with_memo<R>(f: impl FnOnce(&mut WordMemo) -> R) -> R {
    MEMO.with(|m| {
        let mut memo = m.borrow_mut();
        if memo.forms.len() > MEMO_BYTES {
            *memo = WordMemo::default();
        }
        f(&mut memo)
    })
}

/// Empties this thread's memo (for benchmarks of a first analysis).
pub fn forget() {
    MEMO.with(|m| *m.borrow_mut() = WordMemo::default());
}

/// A word (or number) as the event rules see it, borrowed from a [`WordMemo`].
pub struct WordInfo<'m> {
    /// Folded form: lower case, no diacritics.
    pub folded: &'m str,
    /// Lower-cased form with diacritics; `None` for an ASCII word, whose
    /// lower-cased form is its folded form.
    pub lower: Option<&'m str>,
    /// Function-word classes (0 for numbers).
    pub cls: u32,
    /// The relation-phrase bits (`relations::word_bits`; 0 for numbers).
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

/// The facts of every word seen so far.
#[derive(Default)]
pub struct WordMemo {
    /// Per language: word as written → its facts.
    seen: [FxMap<Box<str>, Facts>; Lang::ALL.len()],
    /// Folded and lower-cased forms of all words seen.
    forms: String,
    /// Trigger candidates of all words seen, word after word.
    tids: Vec<u32>,
    /// Scratch buffer for folding.
    tmp: String,
}

impl WordMemo {
    /// The facts of `raw`, a token of kind `kind` (a word or a number, not
    /// punctuation) in a text in `lang`.
    pub fn word(&mut self, lang: Lang, kind: TokenKind, raw: &str) -> WordInfo<'_> {
        let seen = &mut self.seen[lang as usize];
        let facts = match seen.get(raw) {
            Some(f) => *f,
            None => {
                let f = learn(
                    &mut self.forms,
                    &mut self.tids,
                    &mut self.tmp,
                    lang,
                    kind,
                    raw,
                );
                seen.insert(raw.into(), f);
                f
            }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_memo_starts_afresh_once_it_has_grown_past_its_bound() {
        forget();
        with_memo(|m| {
            let mut i = 0u32;
            while m.forms.len() <= MEMO_BYTES {
                m.word(Lang::En, TokenKind::Word, &format!("word{i}"));
                i += 1;
            }
            assert!(m.seen[Lang::En as usize].len() as u32 == i);
        });
        with_memo(|m| {
            assert!(m.forms.is_empty());
            assert!(m.seen.iter().all(|s| s.is_empty()));
        });
    }

    /// The facts of a word, owned.
    type Owned = (String, Option<String>, u32, u32, Vec<u32>);

    fn owned(w: WordInfo) -> Owned {
        let lower = w.lower.map(str::to_string);
        (w.folded.to_string(), lower, w.cls, w.rel, w.tids.to_vec())
    }

    #[test]
    fn a_word_learnt_earlier_has_the_same_facts() {
        forget();
        let first = with_memo(|m| owned(m.word(Lang::De, TokenKind::Word, "Angriffe")));
        let again = with_memo(|m| {
            m.word(Lang::De, TokenKind::Word, "Übernahme");
            owned(m.word(Lang::De, TokenKind::Word, "Angriffe"))
        });
        assert_eq!(first, again);
        assert_eq!(first.0, "angriffe");
        assert!(!first.4.is_empty(), "'Angriffe' is a trigger");
    }
}
