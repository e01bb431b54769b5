//! A short, fixed list of words that is asked "is this word one of you?"
//! thousands of times per dispatch: particles of names, articles to skip,
//! office modifiers. A plain `&[&str]` compares the word against every entry;
//! a [`WordList`] first checks the word's length and first byte against
//! masks built at compile time, so the usual answer ("no") costs two bit
//! tests and no string comparison.

/// Words (at most 63 bytes each) with masks of their lengths and first bytes.
pub struct WordList {
    words: &'static [&'static str],
    /// Bit `n`: some word is `n` bytes long.
    lens: u64,
    /// Bit `b`: some word starts with byte `b`.
    firsts: [u64; 4],
}

impl WordList {
    /// The list of `words`; a word of 64 bytes or more is a compile-time error.
    pub const fn new(words: &'static [&'static str]) -> WordList {
        let mut lens = 0u64;
        let mut firsts = [0u64; 4];
        let mut i = 0;
        while i < words.len() {
            let w = words[i].as_bytes();
            assert!(
                w.len() < 64,
                "a word list holds words of fewer than 64 bytes"
            );
            lens |= 1 << w.len();
            if !w.is_empty() {
                let b = w[0] as usize;
                firsts[b >> 6] |= 1 << (b & 63);
            }
            i += 1;
        }
        WordList {
            words,
            lens,
            firsts,
        }
    }

    /// Whether `w` is one of the words (exactly, case-sensitively).
    #[inline]
    pub fn contains(&self, w: &str) -> bool {
        let b = w.as_bytes();
        if b.len() >= 64 || self.lens >> b.len() & 1 == 0 {
            return false;
        }
        if let Some(&f) = b.first() {
            if self.firsts[(f >> 6) as usize] >> (f & 63) & 1 == 0 {
                return false;
            }
        }
        self.words.contains(&w)
    }
}

#[cfg(test)]
mod tests {
    use super::WordList;

    const WORDS: &[&str] = &["al", "von", "de", "ibn", "", "über"];
    const L: WordList = WordList::new(WORDS);

    #[test]
    fn members_and_strangers() {
        let cases: &[(&str, bool)] = &[
            ("al", true),
            ("von", true),
            ("de", true),
            ("ibn", true),
            ("", true),
            ("über", true),
            ("Al", false),
            ("a", false),
            ("da", false),
            ("vom", false),
            ("dex", false),
            ("übe", false),
            ("ü", false),
            (&"x".repeat(80), false),
        ];
        for &(w, want) in cases {
            assert_eq!(L.contains(w), want, "{w:?}");
            assert_eq!(WORDS.contains(&w), want, "{w:?} (plain list)");
        }
        assert!(!WordList::new(&[]).contains(""));
    }
}
