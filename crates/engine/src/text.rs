//! Text basics: a tokenizer whose tokens point into the original text, and
//! sentence segmentation that returns byte ranges.
//!
//! Tokens never copy the text: a [`Token`] is a half-open byte range plus a
//! [`TokenKind`]; [`Token::text`] slices the source on demand. Every token
//! boundary is a char boundary, and the tokens of a text cover it completely
//! and in order.
//!
//! Token kinds:
//! - [`TokenKind::Word`]: a run of letters (any script, with combining marks);
//! - [`TokenKind::Number`]: a run of digits (`2.000` is `2`, `.`, `000`);
//! - [`TokenKind::Punct`]: any other single character (punctuation, symbols, emoji);
//! - [`TokenKind::Space`]: a run of whitespace without line breaks;
//! - [`TokenKind::Newline`]: one line break (`\n`, `\r\n`, `\r`, U+2028, U+2029).
//!
//! Sentence segmentation ([`sentences`]) knows the traps of wire copy in the
//! four languages: German ordinals (`am 4. Dezember`, `der 2. Weltkrieg`),
//! abbreviations (`Dr.`, `z. B.`, `Nr. 5`, `St.`, `M.`, `Sra.`, `Gen.`),
//! initials and dotted acronyms (`U.S.`, `J. R. R.`), closing quotes after
//! the final stop (`„…“`, `«…»`, `"…"`), and line breaks: every line of a
//! dispatch ends a sentence.

use std::ops::Range;
use std::sync::OnceLock;

use crate::hash::FxSet;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// A run of letters.
    Word,
    /// A run of digits.
    Number,
    /// A single other character.
    Punct,
    /// A run of horizontal whitespace.
    Space,
    /// One line break.
    Newline,
}

/// A token: a half-open byte range of the source text and its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Token {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset after the last byte.
    pub end: usize,
    /// The kind.
    pub kind: TokenKind,
}

impl Token {
    /// The token's text in `src` (the text it was made from); empty if `src`
    /// is not that text and the range does not fit.
    pub fn text<'a>(&self, src: &'a str) -> &'a str {
        src.get(self.start..self.end).unwrap_or("")
    }

    /// True for words and numbers.
    pub fn is_alnum(&self) -> bool {
        matches!(self.kind, TokenKind::Word | TokenKind::Number)
    }

    /// True for spaces and line breaks.
    pub fn is_blank(&self) -> bool {
        matches!(self.kind, TokenKind::Space | TokenKind::Newline)
    }
}

/// Number of tokens that are not spaces or line breaks: the exact capacity
/// for a table with one entry per word, number or punctuation mark.
pub fn count_non_blank(tokens: &[Token]) -> usize {
    tokens.iter().filter(|t| !t.is_blank()).count()
}

/// True for characters that continue a word: letters and combining marks.
fn is_word_char(c: char) -> bool {
    c.is_alphabetic()
        || matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

fn is_newline_char(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{85}')
}

/// Splits `text` into tokens that cover it completely, in order.
pub fn tokenize(text: &str) -> Vec<Token> {
    // wire copy has about one token per three bytes (at most 0.38 in the
    // corpus): reserve for 0.4 so that the vector seldom grows
    let mut out = Vec::with_capacity(text.len() * 2 / 5 + 8);
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let start = i;
        let kind;
        if b < 0x80 {
            if b.is_ascii_alphabetic() {
                i += 1;
                while i < bytes.len() {
                    let c = bytes[i];
                    if c.is_ascii_alphabetic() {
                        i += 1;
                    } else if c >= 0x80 {
                        match text.get(i..).and_then(|s| s.chars().next()) {
                            Some(ch) if is_word_char(ch) => i += ch.len_utf8(),
                            _ => break,
                        }
                    } else {
                        break;
                    }
                }
                kind = TokenKind::Word;
            } else if b.is_ascii_digit() {
                i += 1;
                while i < bytes.len() && bytes[i].is_ascii_digit() {
                    i += 1;
                }
                kind = TokenKind::Number;
            } else if b == b'\n' {
                i += 1;
                kind = TokenKind::Newline;
            } else if b == b'\r' {
                i += 1;
                if i < bytes.len() && bytes[i] == b'\n' {
                    i += 1;
                }
                kind = TokenKind::Newline;
            } else if b == b' ' || b == b'\t' || b == 0x0B || b == 0x0C {
                i += 1;
                while i < bytes.len() {
                    let c = bytes[i];
                    if c == b' ' || c == b'\t' || c == 0x0B || c == 0x0C {
                        i += 1;
                    } else if c >= 0x80 {
                        match text.get(i..).and_then(|s| s.chars().next()) {
                            Some(ch) if ch.is_whitespace() && !is_newline_char(ch) => {
                                i += ch.len_utf8()
                            }
                            _ => break,
                        }
                    } else {
                        break;
                    }
                }
                kind = TokenKind::Space;
            } else {
                i += 1;
                kind = TokenKind::Punct;
            }
        } else {
            let ch = match text.get(i..).and_then(|s| s.chars().next()) {
                Some(c) => c,
                None => break,
            };
            i += ch.len_utf8();
            if is_word_char(ch) {
                while i < bytes.len() {
                    let c = bytes[i];
                    if c.is_ascii_alphabetic() {
                        i += 1;
                    } else if c >= 0x80 {
                        match text.get(i..).and_then(|s| s.chars().next()) {
                            Some(ch) if is_word_char(ch) => i += ch.len_utf8(),
                            _ => break,
                        }
                    } else {
                        break;
                    }
                }
                kind = TokenKind::Word;
            } else if is_newline_char(ch) {
                kind = TokenKind::Newline;
            } else if ch.is_whitespace() {
                while i < bytes.len() {
                    match text.get(i..).and_then(|s| s.chars().next()) {
                        Some(c) if c.is_whitespace() && !is_newline_char(c) => i += c.len_utf8(),
                        _ => break,
                    }
                }
                kind = TokenKind::Space;
            } else if ch.is_numeric() {
                while i < bytes.len() {
                    match text.get(i..).and_then(|s| s.chars().next()) {
                        Some(c) if c.is_numeric() => i += c.len_utf8(),
                        _ => break,
                    }
                }
                kind = TokenKind::Number;
            } else {
                kind = TokenKind::Punct;
            }
        }
        out.push(Token {
            start,
            end: i,
            kind,
        });
    }
    out
}

/// Abbreviations (lowercase, without the dot) after which a full stop does
/// not end a sentence, for the four languages together.
const ABBREVIATIONS: &[&str] = &[
    // German
    "dr", "prof", "nr", "st", "str", "bzw", "ca", "usw", "vgl", "ggf", "inkl", "zzgl", "evtl",
    "abs", "bd", "hr", "fr", "frl", "hrsg", "mio", "mrd", "tsd", "jh", "jhd", "röm", "kath", "ev",
    "bzgl", "gegr", "geb", "gest", "dipl", "ing", "mag", "min", "max", "sog", "u", "ua", "uä",
    "zb", "dh", "etc", "tel", "okt", "dez", "jan", "feb", "febr", "mrz", "dec", "apr", "jun",
    "jul", "aug", "sep", "sept", "nov", "art", "ziff", "lt", "gen", "oberstlt", "hptm", "obst",
    "kpt", "mr", "mrs", "ms", "messrs", "jr", "sr", "snr", "jnr", "gov", "govt", "sen", "rep",
    "col", "maj", "capt", "cpl", "sgt", "adm", "brig", "cmdr", "lieut", "pres", "supt", "insp",
    "rev", "hon", "no", "nos", "vs", "inc", "co", "corp", "ltd", "dept", "univ", "assn", "bros",
    "est", "approx", "mt", "ft", "ave", "blvd", "rd", "pp", "vol", "fig", "cf", "al", "ibid",
    "oct", "mar", "ph", "e", "i", "m", "mme", "mmes", "mlle", "mlles", "mgr", "me", "pr", "av",
    "bd", "env", "p", "ex", "réf", "dép", "gén", "lt", "cdt", "cne", "col", "ste", "chap", "janv",
    "févr", "fév", "avr", "juil", "déc", "sra", "sres", "srta", "dña", "dn", "ud", "uds", "gral",
    "tte", "cnel", "cap", "núm", "pág", "pag", "admón", "dto", "ene", "abr", "ago", "dic", "aprox",
    "edo", "lic", "ing", "arq", "mtro", "mtra", "excmo", "excma", "ilmo", "sta", "sto",
];

/// Month names that may follow an ordinal number with a full stop (`4. Dezember`).
const MONTHS_ANY: &[&str] = &[
    "januar",
    "jänner",
    "februar",
    "märz",
    "maerz",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "dezember",
    "jan",
    "feb",
    "mär",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "okt",
    "nov",
    "dez",
];

/// German nouns that commonly follow an ordinal number (`der 2. Weltkrieg`).
const ORDINAL_NOUNS: &[&str] = &[
    "jahrhundert",
    "jahrhunderts",
    "jahrestag",
    "jahrestages",
    "weltkrieg",
    "weltkriegs",
    "weltkrieges",
    "mal",
    "stock",
    "platz",
    "runde",
    "tag",
    "tages",
    "woche",
    "sitzung",
    "parteitag",
    "lebensjahr",
    "geburtstag",
    "klasse",
    "liga",
    "armee",
    "division",
    "brigade",
    "korps",
    "regiment",
    "flotte",
    "kompanie",
    "bataillon",
    "bundesliga",
    "etappe",
    "amtszeit",
    "legislaturperiode",
    "quartal",
    "halbjahr",
    "jahrtausend",
    "wahlgang",
    "gipfel",
    "sanktionspaket",
    "paket",
    "verhandlungsrunde",
    "gesprächsrunde",
    "kriegsjahr",
    "kriegstag",
    "monat",
    "stunde",
    "teil",
    "halbzeit",
    "spieltag",
    "stelle",
    "mai",
    "panzerdivision",
    "infanteriedivision",
];

/// Capitalised words that start a new sentence after a dotted acronym (`… the U.S. The army …`).
const SENTENCE_STARTERS: &[&str] = &[
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "but", "and", "in", "on", "this",
    "that", "there", "der", "die", "das", "ein", "eine", "er", "sie", "es", "wir", "ich", "aber",
    "doch", "le", "la", "les", "un", "une", "il", "elle", "ils", "elles", "nous", "mais", "el",
    "los", "las", "una", "pero", "ellos",
];

fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '”'
            | '“'
            | '’'
            | '‘'
            | '»'
            | '«'
            | '›'
            | '‹'
            | ')'
            | ']'
            | '}'
            | '」'
            | '』'
    )
}

fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '„'
            | '“'
            | '‘'
            | '‚'
            | '«'
            | '»'
            | '‹'
            | '›'
            | '('
            | '['
            | '¿'
            | '¡'
            | '-'
            | '–'
            | '—'
            | '•'
            | '*'
    )
}

fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '。' | '！' | '？' | '‼' | '⁇')
}

fn first_char(t: &Token, src: &str) -> char {
    t.text(src).chars().next().unwrap_or(' ')
}

/// A fixed list of lower-case words, hashed on first use.
struct WordSet {
    words: &'static [&'static str],
    set: OnceLock<FxSet<&'static str>>,
}

impl WordSet {
    const fn new(words: &'static [&'static str]) -> WordSet {
        WordSet {
            words,
            set: OnceLock::new(),
        }
    }

    fn contains(&self, w: &str) -> bool {
        self.set
            .get_or_init(|| self.words.iter().copied().collect())
            .contains(w)
    }
}

static ABBREVIATION_SET: WordSet = WordSet::new(ABBREVIATIONS);
static MONTH_SET: WordSet = WordSet::new(MONTHS_ANY);
static ORDINAL_NOUN_SET: WordSet = WordSet::new(ORDINAL_NOUNS);
static SENTENCE_STARTER_SET: WordSet = WordSet::new(SENTENCE_STARTERS);

/// Whether `word`, lower-cased, is in `set`.
fn lower_eq_any(word: &str, set: &WordSet) -> bool {
    if word.len() > 24 {
        return false;
    }
    if word.bytes().all(|b| !b.is_ascii_uppercase() && b < 0x80) {
        return set.contains(word);
    }
    if word.is_ascii() {
        // lower-cased on the stack: no allocation for "The", "Die", "Le"
        let mut buf = [0u8; 24];
        let low = &mut buf[..word.len()];
        low.copy_from_slice(word.as_bytes());
        low.make_ascii_lowercase();
        return std::str::from_utf8(low).is_ok_and(|w| set.contains(w));
    }
    let low = word.to_lowercase();
    set.contains(&low)
}

/// Sentences of `text` as trimmed, ordered, non-overlapping byte ranges.
pub fn split_sentences(text: &str) -> Vec<Range<usize>> {
    let tokens = tokenize(text);
    sentences(text, &tokens)
}

/// Sentences of `text` (already tokenized into `tokens`) as trimmed,
/// ordered, non-overlapping byte ranges; every line ends a sentence.
pub fn sentences(text: &str, tokens: &[Token]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut cur_start: Option<usize> = None;
    let mut last_end = 0usize;
    let n = tokens.len();
    let mut i = 0;
    while i < n {
        let t = tokens[i];
        match t.kind {
            TokenKind::Newline => {
                if let Some(s) = cur_start.take() {
                    out.push(s..last_end);
                }
                i += 1;
                continue;
            }
            TokenKind::Space => {
                i += 1;
                continue;
            }
            _ => {}
        }
        if cur_start.is_none() {
            cur_start = Some(t.start);
        }
        last_end = t.end;
        if t.kind == TokenKind::Punct
            && is_terminal(first_char(&t, text))
            && !is_abbreviation_stop(text, tokens, i)
        {
            // Consume further terminals, closing quotes and brackets (and the
            // space before a French closing guillemet).
            let mut j = i + 1;
            let mut end = t.end;
            while j < n {
                let u = tokens[j];
                if u.kind == TokenKind::Punct {
                    let c = first_char(&u, text);
                    if is_terminal(c) || is_closer(c) {
                        end = u.end;
                        j += 1;
                        continue;
                    }
                    break;
                }
                if u.kind == TokenKind::Space
                    && j + 1 < n
                    && tokens[j + 1].kind == TokenKind::Punct
                    && matches!(first_char(&tokens[j + 1], text), '»' | '›')
                {
                    j += 1;
                    continue;
                }
                break;
            }
            // What follows decides.
            let mut k = j;
            let mut spaced = false;
            while k < n && tokens[k].kind == TokenKind::Space {
                spaced = true;
                k += 1;
            }
            let boundary = if k >= n || tokens[k].kind == TokenKind::Newline {
                true
            } else if !spaced {
                false
            } else {
                let nx = tokens[k];
                let c = first_char(&nx, text);
                match nx.kind {
                    TokenKind::Word => c.is_uppercase() || !c.is_lowercase(),
                    TokenKind::Number => true,
                    TokenKind::Punct => {
                        is_opener(c) || !is_terminal(c) && !matches!(c, ',' | ';' | ':' | ')')
                    }
                    _ => true,
                }
            };
            if boundary {
                if let Some(s) = cur_start.take() {
                    out.push(s..end);
                }
                last_end = end;
                i = j;
                continue;
            }
            // Not a boundary: keep the consumed closers inside the sentence.
            last_end = end;
            i = j;
            continue;
        }
        i += 1;
    }
    if let Some(s) = cur_start.take() {
        out.push(s..last_end);
    }
    out.retain(|r| r.start < r.end);
    out
}

/// The next non-space token after `i` on the same line, if any.
fn next_word(tokens: &[Token], i: usize) -> Option<Token> {
    let mut k = i + 1;
    while k < tokens.len() {
        match tokens[k].kind {
            TokenKind::Space => k += 1,
            TokenKind::Newline => return None,
            _ => return Some(tokens[k]),
        }
    }
    None
}

/// True when the full stop at token `i` belongs to an abbreviation, an
/// initial or an ordinal number rather than ending the sentence.
fn is_abbreviation_stop(text: &str, tokens: &[Token], i: usize) -> bool {
    let t = tokens[i];
    if t.text(text) != "." || i == 0 {
        return false;
    }
    // Ellipsis "..." never is an abbreviation stop by itself.
    let prev = tokens[i - 1];
    if prev.end != t.start {
        return false;
    }
    let next = next_word(tokens, i);
    match prev.kind {
        TokenKind::Word => {
            let w = prev.text(text);
            let single = w.chars().count() == 1;
            if single {
                // Dotted acronym at the end of a sentence: "… the U.S. The army".
                let acronym =
                    i >= 3 && tokens[i - 2].text(text) == "." && tokens[i - 2].end == prev.start;
                if acronym {
                    if let Some(nx) = next {
                        if nx.kind == TokenKind::Word
                            && lower_eq_any(nx.text(text), &SENTENCE_STARTER_SET)
                        {
                            let c = first_char(&nx, text);
                            return !c.is_uppercase();
                        }
                    }
                }
                return true;
            }
            if lower_eq_any(w, &ABBREVIATION_SET) {
                // "Dr. Müller", "z. B.", "Nr. 5", "Dez. 4"
                return true;
            }
            false
        }
        TokenKind::Number => {
            let digits = prev.end - prev.start;
            // "2.000" is not even a stop; "3.5" neither: handled by the space rule.
            if digits > 3 {
                return false;
            }
            match next {
                Some(nx) if nx.kind == TokenKind::Word => {
                    let w = nx.text(text);
                    let c = first_char(&nx, text);
                    c.is_lowercase()
                        || lower_eq_any(w, &MONTH_SET)
                        || lower_eq_any(w, &ORDINAL_NOUN_SET)
                }
                Some(nx) if nx.kind == TokenKind::Number => {
                    // "4. 12. 2024" or "Nr. 5. 6": keep numbers together only when short
                    nx.end - nx.start <= 2 && digits <= 2
                }
                _ => false,
            }
        }
        _ => false,
    }
}

/// Index of the first token whose end is after `offset` (binary search).
pub fn token_at(tokens: &[Token], offset: usize) -> usize {
    tokens.partition_point(|t| t.end <= offset)
}

/// Appends `n` in decimal to `out`: the text `format!("{n}")` makes,
/// without the formatting machinery (keys and evidence spans are built
/// for every mention).
pub(crate) fn push_decimal(out: &mut impl Extend<char>, n: u64) {
    let mut digits = [0u8; 20];
    let mut k = digits.len();
    let mut n = n;
    loop {
        k -= 1;
        digits[k] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend(digits[k..].iter().map(|&d| char::from(d)));
}

/// `prefix` followed by `n` in decimal (`format!("{prefix}{n}")`), kept
/// inline (no allocation) when short, as keys are.
pub(crate) fn with_decimal(prefix: &str, n: u64) -> crate::model::Str {
    let mut s = crate::model::Str::default();
    s.push_str(prefix);
    push_decimal(&mut s, n);
    s
}

/// An evidence span `d1:120-240` (`format!("{doc}:{start}-{end}")`), short
/// enough to be kept inline, without allocation.
pub(crate) fn evidence(doc: &str, start: usize, end: usize) -> crate::model::Str {
    let mut s = crate::model::Str::with_capacity(doc.len() + 12);
    s.push_str(doc);
    s.push(':');
    push_decimal(&mut s, start as u64);
    s.push('-');
    push_decimal(&mut s, end as u64);
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn evidence_spans_read_as_formatted() {
        for (doc, s, e) in [
            ("d1", 0, 7),
            ("d12", 10450, 10622),
            ("a-long-document-id-of-30-bytes", 1, 2),
        ] {
            assert_eq!(evidence(doc, s, e).as_str(), format!("{doc}:{s}-{e}"));
        }
        assert_eq!(with_decimal("e", 0), "e0");
    }

    #[test]
    fn tokens_cover_text() {
        let s = "Am 4. Dezember 2024 – „Wir“ sagte sie.\r\nZweite Zeile 🙂 ٣";
        let toks = tokenize(s);
        let mut pos = 0;
        for t in &toks {
            assert_eq!(t.start, pos);
            assert!(t.end > t.start);
            pos = t.end;
        }
        assert_eq!(pos, s.len());
        let words: Vec<&str> = toks
            .iter()
            .filter(|t| t.kind == TokenKind::Word)
            .map(|t| t.text(s))
            .collect();
        assert_eq!(words[0], "Am");
        assert!(words.contains(&"Dezember"));
    }
}
