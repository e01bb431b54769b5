//! Name matching: a word tokenizer with folded keys, and one index of every
//! name the engine knows (countries, regions and cities of the gazetteer,
//! the curated actor lexicon `actors.tsv`, the sites table and the cue
//! words of [`super::cues`]), matched leftmost-longest over word tokens.
//!
//! Matching rules:
//! - names are compared after [folding](crate::gazetteer::fold) (case, diacritics, `ß`, hyphens);
//! - German adjective endings are stemmed (`russischen` = `russische` =
//!   `russisch`) so that lexicon phrases match in any case;
//! - the last word of a name may carry an inflection `-s`/`-es` (German
//!   genitive `Syriens`, `Russlands`, `des Islamischen Staates`; English
//!   plural `Houthis`) when the bare form is a name;
//! - French elision (`d'Alep`, `l'Iran`) needs nothing: the apostrophe
//!   splits words, and a name may start at any word;
//! - a name's words must be adjacent (only spaces, hyphens, apostrophes,
//!   or the dots of `U.N.`-style acronyms between them);
//! - a name written in capitals (`IS`, `UN`, `EU`, `HTS`) matches only in
//!   capitals; a name with a capital first letter matches only a word
//!   with a capital first letter (so `so` is never `SO`, `mit` never `Mit`).

use crate::gazetteer::{fold_into, fold_word_bytes, gazetteer, GazKind};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;
use std::sync::OnceLock;

/// A word (or number) of the text.
#[derive(Debug, Clone)]
pub struct Tok {
    /// Byte range in the text.
    pub start: usize,
    /// End (exclusive).
    pub end: usize,
    /// Range of the folded (and stemmed) form in [`Toks::folded`].
    pub f: Range<u32>,
    /// Byte length of the form without an inflection `-s`/`-es`, if it has one.
    pub alt: u32,
    /// Hash of the folded form (`word_hash`).
    pub wh: u64,
    /// First letter upper case.
    pub cap: bool,
    /// Every letter upper case (and at least one letter).
    pub caps: bool,
    /// May continue a multi-word name started by the previous token.
    pub join: bool,
    /// First token of a sentence (after `.`, `!`, `?`, `:`, a line break or
    /// an opening quote), or of the text.
    pub sent: bool,
    /// The gap before it contains a comma, semicolon or dash.
    pub comma: bool,
    /// The gap before it contains `(`.
    pub paren: bool,
    /// The gap before it contains a quotation mark.
    pub quote: bool,
    /// Inside the analysed body (not dateline, not feed lines).
    pub body: bool,
}

/// The tokens of one text with their folded forms.
pub struct Toks<'a> {
    /// The text.
    pub text: &'a str,
    /// The tokens.
    pub t: Vec<Tok>,
    /// All folded forms, concatenated.
    pub folded: String,
}

impl<'a> Toks<'a> {
    /// The folded (lower-case, accent-free, stemmed) form of token `i`.
    #[inline]
    pub fn low(&self, i: usize) -> &str {
        let r = &self.t[i].f;
        &self.folded[r.start as usize..r.end as usize]
    }

    /// The original text of token `i`.
    #[inline]
    pub fn raw(&self, i: usize) -> &'a str {
        &self.text[self.t[i].start..self.t[i].end]
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.t.len()
    }

    /// Whether there are no tokens.
    pub fn is_empty(&self) -> bool {
        self.t.is_empty()
    }

    /// The gap text between token `i-1` and token `i` (from the text start for 0).
    pub fn gap(&self, i: usize) -> &'a str {
        let s = if i == 0 { 0 } else { self.t[i - 1].end };
        let e = if i < self.t.len() {
            self.t[i].start
        } else {
            self.text.len()
        };
        &self.text[s..e]
    }

    /// Whether the folded form of token `i` is one of `words`.
    #[inline]
    pub fn is(&self, i: usize, words: &[&str]) -> bool {
        i < self.t.len() && words.contains(&self.low(i))
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c as u32, 0x0300..=0x036F)
}

/// German adjective stem: `russischen` → `russisch`.
fn stem_len(b: &[u8]) -> usize {
    // every suffix holds "isch" five or six bytes before the end
    let n = b.len();
    if n < 7 || b[n - 5..n - 1] != *b"isch" && b[n - 6..n - 2] != *b"isch" {
        return n;
    }
    for suf in ["ischen", "ischer", "isches", "ischem", "ische"] {
        if n > suf.len() + 1 && b.ends_with(suf.as_bytes()) {
            return n - suf.len() + 4;
        }
    }
    n
}

/// What a gap between two words contains.
#[derive(Default, Clone, Copy)]
struct Gap {
    /// Only spaces, hyphens and apostrophes (at most three bytes).
    joinable: bool,
    stop: bool,
    comma: bool,
    paren: bool,
    quote: bool,
}

// What a character of a gap adds to it (bits of `GapBits`).
const G_STOP: u8 = 1;
const G_COMMA: u8 = 2;
const G_PAREN: u8 = 4;
const G_QUOTE: u8 = 8;
/// The character keeps a gap from joining two words into one name.
const G_BREAK: u8 = 16;

/// Gap bits of each ASCII byte: spaces, hyphens and apostrophes add
/// nothing.
const ASCII_GAP: [u8; 128] = {
    let mut t = [G_BREAK; 128];
    t[b' ' as usize] = 0;
    t[b'-' as usize] = 0;
    t[b'\'' as usize] = 0;
    let stops = *b".!?\n\r";
    let mut k = 0;
    while k < stops.len() {
        t[stops[k] as usize] = G_STOP | G_BREAK;
        k += 1;
    }
    t[b',' as usize] = G_COMMA | G_BREAK;
    t[b';' as usize] = G_COMMA | G_BREAK;
    t[b':' as usize] = G_COMMA | G_BREAK;
    t[b')' as usize] = G_COMMA | G_BREAK;
    t[b'(' as usize] = G_PAREN | G_COMMA | G_BREAK;
    t[b'"' as usize] = G_QUOTE | G_BREAK;
    t
};

/// Gap bits of a character outside ASCII.
fn gap_bits(c: char) -> u8 {
    match c {
        '’' | '‐' | '\u{a0}' | '\u{202f}' => 0,
        '\u{2028}' | '\u{2029}' | '\u{85}' => G_STOP | G_BREAK,
        '–' | '—' => G_COMMA | G_BREAK,
        '„' | '“' | '”' | '«' | '»' => G_QUOTE | G_BREAK,
        _ => G_BREAK,
    }
}

impl Gap {
    /// The gap of `len` bytes whose characters added up to `bits`.
    fn of(len: usize, bits: u8) -> Gap {
        Gap {
            joinable: len > 0 && len <= 3 && bits & G_BREAK == 0,
            stop: bits & G_STOP != 0,
            comma: bits & G_COMMA != 0,
            paren: bits & G_PAREN != 0,
            quote: bits & G_QUOTE != 0,
        }
    }
}

// Word classes of a character (bits of `WordBits`).
const W_WORD: u8 = 1;
const W_LETTER: u8 = 2;
const W_UPPER: u8 = 4;

/// Word bits of each ASCII byte: letters and digits make words.
const ASCII_WORD: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_uppercase() {
            W_WORD | W_LETTER | W_UPPER
        } else if c.is_ascii_lowercase() {
            W_WORD | W_LETTER
        } else if c.is_ascii_digit() {
            W_WORD
        } else {
            0
        };
        b += 1;
    }
    t
};

/// Word bits of a character outside ASCII; Latin-1 letters without a
/// look-up in the Unicode tables.
#[inline]
fn word_bits(c: char) -> u8 {
    match c as u32 {
        0xD7 | 0xF7 => 0,
        0xC0..=0xDE => W_WORD | W_LETTER | W_UPPER,
        0xDF..=0xFF => W_WORD | W_LETTER,
        _ if !is_word_char(c) => 0,
        _ if c.is_alphabetic() => {
            if c.is_uppercase() {
                W_WORD | W_LETTER | W_UPPER
            } else {
                W_WORD | W_LETTER
            }
        }
        _ => W_WORD,
    }
}

/// Splits `text` into word tokens; tokens outside `body` (when given) are
/// marked `body: false`.
pub fn tokenize<'a>(text: &'a str, body: Option<&[Range<usize>]>) -> Toks<'a> {
    // about one word per six bytes of wire copy, more in some: reserve for
    // one per four so that the vector seldom grows
    let mut t: Vec<Tok> = Vec::with_capacity(text.len() / 4 + 1);
    // bytes of whole characters only (ASCII or a folded string), so valid UTF-8
    let mut folded: Vec<u8> = Vec::with_capacity(text.len() + 16);
    // for non-ASCII words only: allocated on first use
    let mut buf = String::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    let mut gap_start = 0;
    let mut body_i = 0;
    let decode = |i: usize| -> (char, usize) {
        let b = bytes[i];
        if b < 0x80 {
            (b as char, 1)
        } else {
            let c = text[i..].chars().next().unwrap_or(' ');
            (c, c.len_utf8())
        }
    };
    while i < bytes.len() {
        // find the next word start, reading the gap on the way
        let mut bits = 0u8;
        let mut k = 0u8;
        while i < bytes.len() {
            let b = bytes[i];
            if b < 0x80 {
                k = ASCII_WORD[b as usize];
                if k != 0 {
                    break;
                }
                bits |= ASCII_GAP[b as usize];
                i += 1;
            } else {
                let (c, cl) = decode(i);
                k = word_bits(c);
                if k != 0 {
                    break;
                }
                bits |= gap_bits(c);
                i += cl;
            }
        }
        if k == 0 {
            break;
        }
        let start = i;
        let gap = Gap::of(start - gap_start, bits);
        // the word: letters and digits
        let cap = k & W_UPPER != 0;
        let mut letters = 0u32;
        let mut upper = 0u32;
        let mut ascii = true;
        while i < bytes.len() {
            let b = bytes[i];
            let (k, len) = if b < 0x80 {
                (ASCII_WORD[b as usize], 1)
            } else {
                let (c, cl) = decode(i);
                (word_bits(c), cl)
            };
            if k == 0 {
                break;
            }
            ascii &= b < 0x80;
            if k & W_LETTER != 0 {
                letters += 1;
                upper += (k & W_UPPER != 0) as u32;
            }
            i += len;
        }
        // dotted acronyms are one word: "U.N.", "U.S." → "UN", "US"
        if letters == 1 && upper == 1 && i - start == 1 {
            while i + 2 <= bytes.len()
                && bytes[i] == b'.'
                && i + 1 < bytes.len()
                && bytes[i + 1].is_ascii_uppercase()
                && !(i + 2 < bytes.len()
                    && (bytes[i + 2].is_ascii_alphabetic() || bytes[i + 2] >= 0x80))
            {
                i += 2;
                letters += 1;
                upper += 1;
            }
            if letters > 1 && i < bytes.len() && bytes[i] == b'.' {
                i += 1;
            }
        }
        let end = i;
        gap_start = end;
        let (prev_single, prev_dotted) = match t.last() {
            Some(p) => (
                p.caps && p.end - p.start == 1,
                p.end - p.start > 2 && bytes[p.end - 1] == b'.',
            ),
            None => (false, false),
        };
        let word_single = letters == 1 && upper == 1 && end - start == 1;
        let gtext = &text[t.last().map(|p| p.end).unwrap_or(0)..start];
        let prev_abbrev = gtext == ". "
            && t.last().is_some_and(|p| {
                matches!(
                    &text[p.start..p.end],
                    "Gov"
                        | "Gen"
                        | "Col"
                        | "Lt"
                        | "Maj"
                        | "Sen"
                        | "Rep"
                        | "Adm"
                        | "Capt"
                        | "Sgt"
                        | "Dr"
                        | "Mr"
                        | "Mrs"
                        | "Ms"
                        | "Prof"
                        | "Brig"
                        | "Cmdr"
                        | "Gral"
                        | "Cnel"
                        | "Sra"
                        | "Sr"
                        | "Mme"
                        | "M"
                        | "St"
                        | "Lieut"
                        | "Cpl"
                )
            });
        let dotted = prev_single && (gtext == "." && word_single || gtext == ". ")
            || prev_dotted && gtext == " "
            || prev_abbrev;
        let join = !t.is_empty() && (dotted || gap.joinable);
        let sent = t.is_empty() || !dotted && gap.stop;
        let raw = &text[start..end];
        let fs = folded.len();
        if ascii && bytes[end - 1] != b'.' {
            folded.extend(raw.bytes().map(|b| b.to_ascii_lowercase()));
        } else if ascii {
            folded.extend(
                raw.bytes()
                    .filter(|&b| b != b'.')
                    .map(|b| b.to_ascii_lowercase()),
            );
        } else if fold_word_bytes(raw, &mut folded) {
            if letters > 1 && folded[fs..].contains(&b'.') {
                let mut w = fs;
                for r in fs..folded.len() {
                    if folded[r] != b'.' {
                        folded[w] = folded[r];
                        w += 1;
                    }
                }
                folded.truncate(w);
            }
        } else {
            fold_into(raw, &mut buf);
            if letters > 1 && buf.contains('.') {
                buf.retain(|c| c != '.');
            }
            folded.extend_from_slice(buf.as_bytes());
        }
        let sl = stem_len(&folded[fs..]);
        folded.truncate(fs + sl);
        let f = &folded[fs..];
        let alt = if f.len() >= 4 && f.ends_with(b"s") && !f.ends_with(b"ss") {
            (f.len() - 1) as u32
        } else {
            0
        };
        let fs = fs as u32;
        let fe = folded.len() as u32;
        let in_body = match body {
            None => true,
            Some(rs) => {
                while body_i < rs.len() && rs[body_i].end <= start {
                    body_i += 1;
                }
                body_i < rs.len() && rs[body_i].start <= start && end <= rs[body_i].end
            }
        };
        let wh = word_hash(&folded[fs as usize..]);
        t.push(Tok {
            start,
            end,
            f: fs..fe,
            alt,
            wh,
            cap: cap && letters > 0,
            caps: letters >= 1 && upper == letters && (letters >= 2 || end - start == 1),
            join,
            sent,
            comma: gap.comma,
            paren: gap.paren,
            quote: gap.quote,
            body: in_body,
        });
    }
    let folded = String::from_utf8(folded)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    Toks { text, t, folded }
}

// ---------------------------------------------------------------------------
// the index

/// What a name refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Target {
    /// A country, by index into `gazetteer().countries()`.
    Country(u16),
    /// A region or city of the gazetteer, by entry index.
    Gaz(u32),
    /// An actor of `actors.tsv`, by row index.
    Actor(u16),
    /// A site of the sites table, by index.
    Site(u16),
    /// A cue word, by index into `cues::CUES`.
    Cue(u16),
}

#[derive(Debug, Clone)]
struct Pattern {
    target: Target,
    /// The name as written in the tables.
    name: &'static str,
    /// Bit i: token i must be in capitals.
    caps_mask: u16,
    /// Token 0 must start with a capital.
    cap_first: bool,
    /// Bit i: token i (after the first) must start with a capital.
    cap_mask: u16,
}

#[derive(Default)]
struct IdHasher(u64);
impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, _: &[u8]) {
        unreachable!("IdHasher hashes u64 only")
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}
type IdMap<V> = HashMap<u64, V, BuildHasherDefault<IdHasher>>;

/// Words of the index's filter: 64 KiB, which stays in the cache.
const FILTER_WORDS: usize = 1 << 13;

/// Where hash `h` sits in the filter: a word, and three bits of it (from
/// bits of the hash the map's own buckets seldom use). With about 50,000
/// keys, about one word in 50 not in the map passes (one bit per key let one in
/// six through, each a probe of the large map that misses the cache).
#[inline]
fn filter_slot(h: u64) -> (usize, u64) {
    let w = (h >> 40) as usize & (FILTER_WORDS - 1);
    let bits = 1u64 << ((h >> 20) & 63) | 1u64 << ((h >> 26) & 63) | 1u64 << ((h >> 32) & 63);
    (w, bits)
}

#[derive(Clone, Copy, Default)]
struct Node {
    prefix: bool,
    first: u32,
    len: u32,
}

/// The name index.
pub struct Index {
    map: IdMap<Node>,
    /// A blocked Bloom filter of the keys of `map` (see [`filter_slot`]):
    /// most words are in none, and skip the probe of the large map (which
    /// misses the cache).
    filter: Box<[u64]>,
    pats: Vec<Pattern>,
    lists: Vec<u32>,
    /// Actor lexicon rows.
    pub actors: Vec<LexActor>,
    /// Nationality adjectives: hash of the folded, stemmed form → country index.
    adjectives: IdMap<u16>,
}

/// One row of `actors.tsv`.
#[derive(Debug, Clone)]
pub struct LexActor {
    /// Slug.
    pub id: &'static str,
    /// Kind.
    pub kind: &'static str,
    /// Country (may be empty).
    pub country: &'static str,
    /// Canonical English name.
    pub name: &'static str,
    /// Office (people).
    pub role: &'static str,
    /// The day the office was taken (`role@YYYY-MM-DD` in the table), or "".
    pub since: &'static str,
    /// ISO2 of the state served (upper case) or parent id (lower case).
    pub of: &'static str,
}

static ACTORS_TSV: &str = include_str!("../../data/actors.tsv");

/// Every name (canonical and aliases) of the lexicon's people, with the
/// person's slug: for recognising other spellings of them.
pub fn person_names() -> impl Iterator<Item = (&'static str, &'static str)> {
    ACTORS_TSV
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let f: Vec<&'static str> = l.split('\t').collect();
            (f.len() > 4 && f[1] == "person").then(|| (f[0], f[3], f[4]))
        })
        .flat_map(|(id, name, aliases)| {
            std::iter::once(name)
                .chain(aliases.split('|').filter(|a| !a.is_empty()))
                .map(move |n| (id, n))
        })
}

/// The hash of no words.
const SEED: u64 = 0xcbf2_9ce4_8422_2325;

/// The hash of one folded word.
#[inline]
fn word_hash(w: &[u8]) -> u64 {
    crate::hash::bytes_hash(w)
}

/// The hash of the words so far (`h`) followed by a word (hash `w`): keys
/// of names are built word by word, so a token's hash is computed once.
#[inline]
fn join(h: u64, w: u64) -> u64 {
    let x = (h.rotate_left(5) ^ w).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    x ^ (x >> 29)
}

/// Splits a name into its tokens plus (capitals mask, capital first).
fn name_tokens(name: &str) -> (Toks<'_>, u16, bool) {
    let toks = tokenize(name, None);
    let mut mask = 0u16;
    for i in 0..toks.len() {
        let raw = toks.raw(i);
        let letters = raw.chars().filter(|c| c.is_alphabetic()).count();
        // acronyms of two or three letters match only in capitals; longer
        // ones also as a name ("Nato", "Otan", "Monusco")
        if i < 16
            && toks.t[i].caps
            && (letters >= 2 && letters <= 3 || (letters == 1 && toks.len() > 1 && raw.len() == 1))
        {
            mask |= 1 << i;
        }
    }
    let cap_first = toks.t.first().map(|t| t.cap).unwrap_or(false);
    (toks, mask, cap_first)
}

/// The hash of the folded words of `toks` joined by single spaces, with
/// the hash of each proper prefix (`A`, `A B` of `A B C`) passed to `prefix`.
fn words_hash(toks: &Toks, mut prefix: impl FnMut(u64)) -> u64 {
    let mut h = SEED;
    for i in 0..toks.len() {
        if i > 0 {
            prefix(h);
        }
        h = join(h, toks.t[i].wh);
    }
    h
}

/// Bit i: word i (after the first) of a name is capitalised and has three
/// letters or more ("El País" must not match "el país").
fn cap_mask_of(toks: &Toks) -> u16 {
    let mut m = 0u16;
    for i in 1..toks.len().min(16) {
        if toks.t[i].cap && toks.raw(i).chars().count() >= 3 {
            m |= 1 << i;
        }
    }
    m
}

/// Most targets a hit keeps.
pub const MAX_TARGETS: usize = 12;

/// A match of the scanner: tokens `s..e` name the targets in [`Hit::targets`].
#[derive(Debug, Clone, Copy)]
pub struct Hit {
    /// First token.
    pub s: usize,
    /// After the last token.
    pub e: usize,
    n: u8,
    t: [Target; MAX_TARGETS],
    names: [&'static str; MAX_TARGETS],
}

impl Hit {
    /// What the name may refer to (deduplicated, in index order).
    #[inline]
    pub fn targets(&self) -> &[Target] {
        &self.t[..self.n as usize]
    }

    /// The lexicon actor among the targets, if any (the first).
    #[inline]
    pub fn actor(&self) -> Option<u16> {
        self.targets().iter().find_map(|t| match *t {
            Target::Actor(a) => Some(a),
            _ => None,
        })
    }

    /// For each target, the spelling of the tables that matched.
    #[inline]
    pub fn names(&self) -> &[&'static str] {
        &self.names[..self.n as usize]
    }
}

impl Index {
    fn build() -> Index {
        let mut pats: Vec<Pattern> = Vec::with_capacity(80_000);
        let mut full: Vec<(u64, u32)> = Vec::with_capacity(80_000);
        let mut prefixes: Vec<u64> = Vec::with_capacity(80_000);
        let add = |name: &'static str,
                   target: Target,
                   pats: &mut Vec<Pattern>,
                   full: &mut Vec<(u64, u32)>,
                   prefixes: &mut Vec<u64>| {
            let (toks, caps_mask, cap_first) = name_tokens(name);
            if toks.is_empty() || toks.len() > 12 {
                return;
            }
            let h = words_hash(&toks, |p| prefixes.push(p));
            // single lower-case words of one or two letters are never names
            if toks.len() == 1 && toks.low(0).chars().count() <= 2 && caps_mask == 0 {
                return;
            }
            full.push((h, pats.len() as u32));
            let cap_mask = if matches!(target, Target::Actor(_)) {
                cap_mask_of(&toks)
            } else {
                0
            };
            pats.push(Pattern {
                target,
                name,
                caps_mask,
                cap_first,
                cap_mask,
            });
        };
        let g = gazetteer();
        let countries = g.countries();
        for i in 0..g.len() as u32 {
            let e = g.entry(i);
            let target = match e.kind {
                GazKind::Country => match countries.binary_search_by(|c| c.iso2.cmp(e.country)) {
                    Ok(ci) => Target::Country(ci as u16),
                    Err(_) => continue,
                },
                _ => Target::Gaz(i),
            };
            add(e.name, target, &mut pats, &mut full, &mut prefixes);
            for a in g.aliases(i) {
                add(a, target, &mut pats, &mut full, &mut prefixes);
            }
        }
        for (ci, c) in countries.iter().enumerate() {
            for n in &c.names {
                add(
                    n,
                    Target::Country(ci as u16),
                    &mut pats,
                    &mut full,
                    &mut prefixes,
                );
            }
        }
        let mut actors = Vec::with_capacity(600);
        for line in ACTORS_TSV.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let f: Vec<&'static str> = line.split('\t').collect();
            if f.len() < 4 {
                continue;
            }
            let ai = actors.len() as u16;
            let get = |k: usize| f.get(k).copied().unwrap_or("");
            actors.push(LexActor {
                id: f[0],
                kind: f[1],
                country: f[2],
                name: f[3],
                role: get(5).split('@').next().unwrap_or(""),
                since: get(5).split_once('@').map_or("", |x| x.1),
                of: get(6),
            });
            add(f[3], Target::Actor(ai), &mut pats, &mut full, &mut prefixes);
            for a in get(4).split('|').filter(|a| !a.is_empty()) {
                add(a, Target::Actor(ai), &mut pats, &mut full, &mut prefixes);
            }
        }
        for (si, s) in super::places::SITES.iter().enumerate() {
            for n in s.names.split('|') {
                add(
                    n,
                    Target::Site(si as u16),
                    &mut pats,
                    &mut full,
                    &mut prefixes,
                );
            }
        }
        for (ci, c) in super::cues::CUES.iter().enumerate() {
            for n in c.words.split('|') {
                add(
                    n,
                    Target::Cue(ci as u16),
                    &mut pats,
                    &mut full,
                    &mut prefixes,
                );
            }
        }
        // nationality adjectives, folded and stemmed like tokens; a form shared by
        // two countries goes to the more populous one
        let mut adjectives: IdMap<u16> = IdMap::default();
        for (ci, c) in countries.iter().enumerate() {
            for forms in &c.adjectives {
                for f in forms {
                    let (toks, _, _) = name_tokens(f);
                    if toks.is_empty() {
                        continue;
                    }
                    let h = words_hash(&toks, |_| {});
                    match adjectives.get(&h) {
                        Some(&o) if countries[o as usize].population >= c.population => {}
                        _ => {
                            adjectives.insert(h, ci as u16);
                        }
                    }
                }
            }
        }
        full.sort_unstable();
        full.dedup_by(|a, b| {
            a.0 == b.0
                && pats[a.1 as usize].target == pats[b.1 as usize].target
                && pats[a.1 as usize].caps_mask == pats[b.1 as usize].caps_mask
                && pats[a.1 as usize].cap_first == pats[b.1 as usize].cap_first
                && pats[a.1 as usize].cap_mask == pats[b.1 as usize].cap_mask
        });
        let mut map: IdMap<Node> =
            IdMap::with_capacity_and_hasher(full.len() + prefixes.len(), Default::default());
        let mut lists = Vec::with_capacity(full.len());
        let mut k = 0;
        while k < full.len() {
            let h = full[k].0;
            let first = lists.len() as u32;
            while k < full.len() && full[k].0 == h {
                lists.push(full[k].1);
                k += 1;
            }
            let n = map.entry(h).or_default();
            n.first = first;
            n.len = lists.len() as u32 - first;
        }
        for h in prefixes {
            map.entry(h).or_default().prefix = true;
        }
        let mut filter = vec![0u64; FILTER_WORDS].into_boxed_slice();
        for &h in map.keys() {
            let (w, bits) = filter_slot(h);
            filter[w] |= bits;
        }
        Index {
            map,
            filter,
            pats,
            lists,
            actors,
            adjectives,
        }
    }

    /// The node of hash `h`, if any.
    #[inline]
    fn node(&self, h: u64) -> Option<&Node> {
        let (w, bits) = filter_slot(h);
        if self.filter[w] & bits != bits {
            return None;
        }
        self.map.get(&h)
    }

    fn accept(&self, node: &Node, toks: &Toks, s: usize, out: &mut Vec<(Target, &'static str)>) {
        for &p in &self.lists[node.first as usize..(node.first + node.len) as usize] {
            let p = &self.pats[p as usize];
            if p.cap_first && !toks.t[s].cap {
                continue;
            }
            if p.cap_mask != 0 {
                let mut m = p.cap_mask;
                let mut i = s;
                let mut ok = true;
                while m != 0 {
                    if m & 1 == 1 && !toks.t[i].cap {
                        ok = false;
                        break;
                    }
                    m >>= 1;
                    i += 1;
                }
                if !ok {
                    continue;
                }
            }
            let mut ok = true;
            let mut m = p.caps_mask;
            let mut i = s;
            while m != 0 {
                if m & 1 == 1 && !toks.t[i].caps {
                    ok = false;
                    break;
                }
                m >>= 1;
                i += 1;
            }
            if ok && !out.iter().any(|x| x.0 == p.target) {
                out.push((p.target, p.name));
            }
        }
    }

    /// Leftmost-longest matches over the body tokens.
    pub fn scan(&self, toks: &Toks) -> Vec<Hit> {
        let n = toks.len();
        // a hit is large: reserve about one per six tokens rather than grow by copying
        let mut hits = Vec::with_capacity(n / 6 + 4);
        let mut i = 0;
        let mut targets = Vec::new();
        let mut best: Vec<(Target, &'static str)> = Vec::new();
        while i < n {
            if !toks.t[i].body {
                i += 1;
                continue;
            }
            let mut h = SEED;
            let mut j = i;
            let mut best_end = 0;
            best.clear();
            loop {
                let hj = join(h, toks.t[j].wh);
                let node = self.node(hj).copied();
                targets.clear();
                if let Some(nd) = node {
                    if nd.len > 0 {
                        self.accept(&nd, toks, i, &mut targets);
                    }
                }
                if targets.is_empty() && toks.t[j].alt > 0 {
                    let alt = &toks.low(j).as_bytes()[..toks.t[j].alt as usize];
                    let ha = join(h, word_hash(alt));
                    if let Some(nd) = self.node(ha) {
                        if nd.len > 0 {
                            self.accept(nd, toks, i, &mut targets);
                        }
                    }
                    // German genitive -es (Staates)
                    if targets.is_empty() && alt.len() >= 4 && alt.ends_with(b"e") {
                        let ha = join(h, word_hash(&alt[..alt.len() - 1]));
                        if let Some(nd) = self.node(ha) {
                            if nd.len > 0 {
                                self.accept(nd, toks, i, &mut targets);
                            }
                        }
                    }
                }
                if !targets.is_empty() {
                    best_end = j + 1;
                    std::mem::swap(&mut best, &mut targets);
                }
                let go_on = node.map(|n| n.prefix).unwrap_or(false)
                    && j + 1 < n
                    && toks.t[j + 1].join
                    && toks.t[j + 1].body
                    && j + 1 - i < 12;
                if !go_on {
                    break;
                }
                h = hj;
                j += 1;
            }
            if best_end > 0 {
                best.sort_unstable_by_key(|x| x.0);
                let mut h = Hit {
                    s: i,
                    e: best_end,
                    n: 0,
                    t: [Target::Cue(0); MAX_TARGETS],
                    names: [""; MAX_TARGETS],
                };
                for &(t, nm) in best.iter().take(MAX_TARGETS) {
                    h.t[h.n as usize] = t;
                    h.names[h.n as usize] = nm;
                    h.n += 1;
                }
                hits.push(h);
                i = best_end;
            } else {
                i += 1;
            }
        }
        hits
    }

    /// The country of a nationality adjective (token `i`, folded): base
    /// forms, German endings (stemmed), feminine and plural forms.
    pub fn adjective(&self, toks: &Toks, i: usize) -> Option<&'static str> {
        let w = toks.low(i);
        if w.len() < 3 {
            return None;
        }
        let countries = gazetteer().countries();
        let get_hash = |h: u64| {
            self.adjectives
                .get(&join(SEED, h))
                .map(|&c| countries[c as usize].iso2)
        };
        let get = |x: &str| get_hash(word_hash(x.as_bytes()));
        if let Some(c) = get_hash(toks.t[i].wh) {
            return Some(c);
        }
        // French and Spanish feminine/plural ("syriennes", "rusas", "libaneses"), English plural
        if let Some(b) = w.strip_suffix('s') {
            if b.len() >= 3 {
                if let Some(c) = get(b) {
                    return Some(c);
                }
                if let Some(b2) = b.strip_suffix('e') {
                    if let Some(c) = get(b2) {
                        return Some(c);
                    }
                }
            }
        }
        None
    }

    /// The targets of one folded word.
    pub fn lookup_word(&self, folded: &str) -> Vec<Target> {
        let h = join(SEED, word_hash(folded.as_bytes()));
        let mut out = Vec::new();
        if let Some(nd) = self.node(h) {
            for &p in &self.lists[nd.first as usize..(nd.first + nd.len) as usize] {
                let t = self.pats[p as usize].target;
                if !out.contains(&t) {
                    out.push(t);
                }
            }
        }
        out
    }

    /// Whether some name of the index is exactly the folded `words`
    /// (used to test candidate names).
    pub fn lookup_words(&self, toks: &Toks, s: usize, e: usize) -> Vec<Target> {
        let mut h = SEED;
        for j in s..e {
            h = join(h, toks.t[j].wh);
        }
        let mut out = Vec::new();
        if let Some(nd) = self.node(h) {
            if nd.len > 0 {
                self.accept(nd, toks, s, &mut out);
            }
        }
        out.into_iter().map(|x| x.0).collect()
    }
}

/// The index, built on first use and shared.
pub fn index() -> &'static Index {
    static I: OnceLock<Index> = OnceLock::new();
    I.get_or_init(Index::build)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every key of the name index passes its filter (a key ruled out would
    /// be a name never found), and a name's key is built word by word the
    /// same way the scan builds it from the tokens.
    #[test]
    fn index_filter_and_word_keys() {
        let ix = index();
        for &h in ix.map.keys() {
            assert!(ix.node(h).is_some());
        }
        let (toks, _, _) = name_tokens("Hayat Tahrir al-Sham");
        let mut h = SEED;
        for t in &toks.t {
            h = join(h, t.wh);
        }
        assert_eq!(words_hash(&toks, |_| {}), h);
        assert!(ix.node(h).is_some_and(|n| n.len > 0));
        let (other, _, _) = name_tokens("Tahrir Hayat al-Sham");
        assert_ne!(words_hash(&other, |_| {}), h);
    }

    /// The table and the Latin-1 shortcut classify every character as the
    /// Unicode tables do.
    #[test]
    fn word_bits_agree_with_unicode() {
        let slow = |c: char| -> u8 {
            if !is_word_char(c) {
                0
            } else if c.is_alphabetic() {
                W_WORD | W_LETTER | if c.is_uppercase() { W_UPPER } else { 0 }
            } else {
                W_WORD
            }
        };
        for c in (0u32..0x3000).filter_map(char::from_u32) {
            let fast = if c.is_ascii() {
                ASCII_WORD[c as usize]
            } else {
                word_bits(c)
            };
            assert_eq!(fast, slow(c), "{c:?} U+{:04X}", c as u32);
        }
    }

    /// Gaps: spaces, hyphens and apostrophes join words into a name; stops,
    /// commas, brackets and quotes are read whichever script they use.
    #[test]
    fn gaps() {
        let t = tokenize(
            "Al-Qaida, “Hamas” (HTS). Abu Mohammed\u{a0}al-Jolani — said",
            None,
        );
        let words: Vec<&str> = (0..t.len()).map(|i| t.raw(i)).collect();
        assert_eq!(
            words,
            ["Al", "Qaida", "Hamas", "HTS", "Abu", "Mohammed", "al", "Jolani", "said"]
        );
        let tk = &t.t;
        assert!(tk[1].join && !tk[2].join && tk[2].comma && tk[2].quote);
        assert!(tk[3].paren && tk[3].comma);
        assert!(tk[4].sent && !tk[4].join);
        assert!(tk[5].join && tk[6].join && tk[7].join);
        assert!(tk[8].comma && !tk[8].join);
    }
}
