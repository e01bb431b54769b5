//! Scanning: finds time expressions in a token stream and says what they
//! mean before any resolution (a [`Sem`]).
//!
//! The scanner walks the non-space tokens of the body from left to right; at
//! each token it tries every pattern family and keeps the longest match
//! (ties go to the family tried first), then continues after it. Patterns
//! read lowercased tokens and the per-language [`lexicon`](super::lexicon).

use std::ops::Range;

use super::lexicon::{self, Kw, Lex, Part, Pod, Rel, Season, Unit};
use crate::lang::Lang;
use crate::text::{Token, TokenKind};

/// Direction modifiers: "last Friday", "next March".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Dir {
    Auto,
    Last,
    Next,
    This,
}

/// What an expression means, before resolution.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Sem {
    /// Calendar date at any precision; missing parts come from the dct.
    Date {
        y: Option<i32>,
        m: Option<u8>,
        d: Option<u8>,
        yrel: Option<i32>,
        dir: Dir,
        wd: Option<u8>,
    },
    /// Early/mid/late of a month or a year.
    Part {
        part: Part,
        y: Option<i32>,
        m: Option<u8>,
        yrel: Option<i32>,
        unit: Unit,
        dir: Dir,
    },
    /// A decade: `199` for the 1990s.
    Decade(i32),
    /// A century: `19` for the 20th century.
    Century(i32),
    Season {
        s: Season,
        y: Option<i32>,
        yrel: Option<i32>,
        dir: Dir,
    },
    /// A quarter (`2024-Q1`) or, with `half`, a half-year (`2024-H1`).
    Quarter {
        q: u8,
        y: Option<i32>,
        yrel: Option<i32>,
        dir: Dir,
        half: bool,
    },
    /// Today, yesterday, … as an offset in days from the dct.
    RelDay {
        off: i32,
        pod: Option<Pod>,
    },
    Weekday {
        wd: u8,
        dir: Dir,
        pod: Option<Pod>,
        night: bool,
        week_off: Option<i32>,
    },
    /// last week, this month, next year; note = "earlier"/"later"/"".
    RelUnit {
        unit: Unit,
        off: i32,
        note: &'static str,
    },
    Weekend {
        dir: Dir,
    },
    /// three days ago (sign -1), in three days (sign +1).
    Ago {
        n: u32,
        unit: Unit,
        sign: i32,
    },
    /// the next day (+1), the day before (-1), the same day (0), two days later (+2).
    Narr {
        n: i32,
        unit: Unit,
    },
    Time {
        h: u8,
        min: u8,
    },
    /// n = None: vague ("several days").
    Duration {
        n: Option<u32>,
        unit: Unit,
    },
    Set {
        n: u32,
        unit: Unit,
        wd: Option<u8>,
    },
}

/// A found expression: token range `[s, e)` in the scanner and its meaning.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Cand {
    pub s: usize,
    pub e: usize,
    pub sem: Sem,
}

/// What lies between a token and the previous kept one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Gap {
    None,
    Space,
    Line,
}

/// A non-space token with its lowercased form and lexical role.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Tk {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
    ns: u32,
    ne: u32,
    pub lex: Lex,
    pub cap: bool,
    pub gap: Gap,
    pub line: u32,
    pub sent: u32,
    /// Can a pattern start here? (numbers, lexicon words, a few phrase heads)
    pub starter: bool,
    /// The normal form is the text itself (`ns..ne` is empty).
    in_text: bool,
}

/// Words outside the lexicon that start a pattern ("il y a", "vor drei Tagen", "tous les jours" …).
fn phrase_head(lang: Lang, w: &str) -> bool {
    match lang {
        Lang::De => matches!(
            w,
            "vor"
                | "in"
                | "tags"
                | "vorwoche"
                | "vorjahr"
                | "vorjahres"
                | "vormonat"
                | "vorabend"
                | "folgejahr"
                | "folgejahres"
                | "folgetages"
                | "pro"
        ),
        Lang::En => matches!(
            w,
            "in" | "that"
                | "end"
                | "beginning"
                | "start"
                | "middle"
                | "q"
                | "per"
                | "once"
                | "twice"
        ),
        Lang::Fr => {
            matches!(
                w,
                "aujourd"
                    | "avant"
                    | "après"
                    | "il"
                    | "dans"
                    | "week"
                    | "courant"
                    | "tous"
                    | "toutes"
                    | "par"
                    | "q"
            ) || (w.len() <= 8
                && w.strip_suffix("ème")
                    .or_else(|| w.strip_suffix("eme"))
                    .or_else(|| w.strip_suffix('e'))
                    .and_then(roman)
                    .is_some())
        }
        Lang::Es => matches!(
            w,
            "hace"
                | "dentro"
                | "fin"
                | "otro"
                | "todos"
                | "todas"
                | "los"
                | "por"
                | "al"
                | "a"
                | "q"
        ),
    }
}

/// Tense of a clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tense {
    Past,
    Future,
    /// A weak hint of the future ("to meet", "takes office"): enough to move
    /// a weekday forward, not a month.
    WeakFuture,
    /// An end ("until", "bis", "jusqu'au", "hasta"): after or before the
    /// report whatever the verb's tense; the nearest such day.
    Until,
    Unknown,
}

/// The scanner over one text.
pub(crate) struct Scan<'a> {
    pub text: &'a str,
    pub lang: Lang,
    pub toks: Vec<Tk>,
    norm: String,
}

fn push_lower(norm: &mut String, s: &str) {
    if s.is_ascii() {
        // byte by byte: a call to copy a short word costs more
        norm.extend(s.bytes().map(|b| b.to_ascii_lowercase() as char));
        return;
    }
    for c in s.chars() {
        if c.is_ascii() {
            norm.push(c.to_ascii_lowercase());
        } else {
            norm.extend(c.to_lowercase());
        }
    }
}

fn norm_punct(c: char) -> char {
    match c {
        '’' | '‘' | '`' | '´' | 'ʼ' | '′' => '\'',
        '–' | '—' | '‑' | '‐' | '−' | '―' => '-',
        '“' | '”' | '„' | '«' | '»' | '‟' | '″' => '"',
        _ => c,
    }
}

impl<'a> Scan<'a> {
    /// Builds the scanner over the tokens that lie inside `body` (all of
    /// them when `body` is empty), with sentence indices from `sentences`.
    pub fn new(
        text: &'a str,
        lang: Lang,
        tokens: &[Token],
        sentences: &[Range<usize>],
        body: &[Range<usize>],
    ) -> Scan<'a> {
        let mut toks = Vec::with_capacity(crate::text::count_non_blank(tokens));
        // every byte but spaces, lower-cased (which seldom lengthens a word)
        let mut norm = String::with_capacity(text.len() + 16);
        let mut gap = Gap::Line;
        let mut line = 0u32;
        let mut bi = 0usize;
        let mut si = 0usize;
        let mut in_body_prev = true;
        for t in tokens {
            // Body filter.
            let inside = if body.is_empty() {
                true
            } else {
                while bi < body.len() && body[bi].end <= t.start {
                    bi += 1;
                }
                bi < body.len() && body[bi].start <= t.start && t.end <= body[bi].end
            };
            if !inside {
                if in_body_prev {
                    gap = Gap::Line;
                }
                in_body_prev = false;
                continue;
            }
            in_body_prev = true;
            match t.kind {
                TokenKind::Space => {
                    if gap == Gap::None {
                        gap = Gap::Space;
                    }
                    continue;
                }
                TokenKind::Newline => {
                    gap = Gap::Line;
                    continue;
                }
                _ => {}
            }
            if gap == Gap::Line && !toks.is_empty() {
                line += 1;
            }
            while si < sentences.len() && sentences[si].end <= t.start {
                si += 1;
            }
            let s = t.text(text);
            let ns = norm.len() as u32;
            let mut cap = false;
            let mut lex = Lex::None;
            // a token already in its normal form (a lower-case ASCII word, a
            // number, most ASCII punctuation) is read from the text; the
            // others are copied into `norm`, normalised
            let mut in_text = false;
            let mut starter = false;
            match t.kind {
                TokenKind::Word => {
                    cap = match s.as_bytes().first() {
                        Some(&b) if b < 0x80 => b.is_ascii_uppercase(),
                        _ => s.chars().next().is_some_and(char::is_uppercase),
                    };
                    let low = if s.bytes().all(|b| b.is_ascii_lowercase()) {
                        in_text = true;
                        s
                    } else {
                        push_lower(&mut norm, s);
                        &norm[ns as usize..]
                    };
                    lex = lexicon::lookup(lang, low);
                    if lex == Lex::None && lang == Lang::De && low.len() > 9 {
                        if let Some((d, p)) = lexicon::de_weekday_compound(low) {
                            lex = Lex::WeekdayPod(d, p);
                        }
                    }
                    starter = lex != Lex::None || phrase_head(lang, low);
                }
                TokenKind::Punct => {
                    if s.is_ascii() && !s.contains('`') {
                        in_text = true;
                    } else {
                        for c in s.chars() {
                            norm.push(norm_punct(c));
                        }
                    }
                    starter = s == "'" || s == "’";
                }
                TokenKind::Number => {
                    in_text = true;
                    starter = true;
                }
                _ => in_text = true,
            }
            let ne = norm.len() as u32;
            toks.push(Tk {
                start: t.start,
                end: t.end,
                kind: t.kind,
                ns,
                ne,
                lex,
                cap,
                gap,
                line,
                sent: si as u32,
                starter,
                in_text,
            });
            gap = Gap::None;
        }
        Scan {
            text,
            lang,
            toks,
            norm,
        }
    }

    // ----- token access -------------------------------------------------

    fn tk(&self, i: usize) -> Option<&Tk> {
        self.toks.get(i)
    }

    /// Lowercased text of token `i` ("" when out of range).
    pub fn low(&self, i: usize) -> &str {
        match self.toks.get(i) {
            Some(t) if t.in_text => self.text.get(t.start..t.end).unwrap_or(""),
            Some(t) => self.norm.get(t.ns as usize..t.ne as usize).unwrap_or(""),
            None => "",
        }
    }

    fn lex(&self, i: usize) -> Lex {
        self.toks.get(i).map_or(Lex::None, |t| t.lex)
    }

    fn is(&self, i: usize, w: &str) -> bool {
        i < self.toks.len() && self.low(i) == w
    }

    fn is_any(&self, i: usize, ws: &[&str]) -> bool {
        if i >= self.toks.len() {
            return false;
        }
        let l = self.low(i);
        ws.contains(&l)
    }

    fn is_word(&self, i: usize) -> bool {
        self.tk(i).is_some_and(|t| t.kind == TokenKind::Word)
    }

    fn cap(&self, i: usize) -> bool {
        self.tk(i).is_some_and(|t| t.cap)
    }

    /// Token `i` directly follows token `i-1` (no space).
    fn joined(&self, i: usize) -> bool {
        i > 0 && self.tk(i).is_some_and(|t| t.gap == Gap::None)
    }

    /// Token `i` is on the same line as token `j`.
    fn same_line(&self, i: usize, j: usize) -> bool {
        match (self.tk(i), self.tk(j)) {
            (Some(a), Some(b)) => a.line == b.line,
            _ => false,
        }
    }

    /// Number value and digit count of token `i`.
    fn num(&self, i: usize) -> Option<(u32, usize)> {
        let t = self.tk(i)?;
        if t.kind != TokenKind::Number {
            return None;
        }
        let s = self.low(i);
        if s.len() > 9 || !s.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        s.parse().ok().map(|v| (v, s.len()))
    }

    fn kw(&self, i: usize) -> Option<Kw> {
        match self.lex(i) {
            Lex::Kw(k) => Some(k),
            _ => None,
        }
    }

    fn unit(&self, i: usize) -> Option<Unit> {
        match self.lex(i) {
            Lex::Unit(u) => Some(u),
            _ => None,
        }
    }

    /// The previous word on the same line, skipping a joined apostrophe
    /// ("d'avril" → "d"), with its index.
    fn prev_word(&self, i: usize) -> Option<(usize, &str)> {
        if i == 0 || !self.same_line(i - 1, i) {
            return None;
        }
        let mut j = i - 1;
        if self.is(j, "'") && j > 0 && self.joined(j) && self.same_line(j - 1, i) {
            j -= 1;
        }
        Some((j, self.low(j)))
    }

    /// The word "before" ("avant", "vor", "antes de", "ahead of",
    /// "before") that opens the noun phrase expression `s` ends, two to
    /// nine words back with no punctuation between, and whether it alone
    /// tells the future: English "before" does not, as it follows past
    /// verbs the tense markers do not know ("Russia struck Kyiv before …").
    fn ahead_of(&self, s: usize) -> Option<(usize, bool)> {
        let mut i = s;
        for back in 1..=9 {
            let (j, w) = self.prev_word(i)?;
            if w != "'" && self.tk(j).is_some_and(|t| t.kind == TokenKind::Punct) {
                return None;
            }
            let before = match self.lang {
                Lang::De => (w == "vor").then_some(true),
                Lang::En => match w {
                    "ahead" => Some(true),
                    "before" => Some(false),
                    _ => None,
                },
                Lang::Fr => (w == "avant").then_some(true),
                Lang::Es => (w == "antes").then_some(true),
            };
            if let Some(sure) = before.filter(|_| back >= 2) {
                return Some((j, sure));
            }
            i = j;
        }
        None
    }

    fn prev_is_any(&self, i: usize, ws: &[&str]) -> bool {
        self.prev_word(i).is_some_and(|(_, w)| ws.contains(&w))
    }

    /// First token of the sentence of token `i`.
    fn sentence_initial(&self, i: usize) -> bool {
        if i == 0 {
            return true;
        }
        let (Some(a), Some(b)) = (self.tk(i - 1), self.tk(i)) else {
            return true;
        };
        if a.sent != b.sent || a.line != b.line {
            return true;
        }
        // After an opening quote at the start of a sentence.
        let p = self.low(i - 1);
        if matches!(p, "\"" | "(" | "-")
            && (i < 2
                || self
                    .tk(i - 2)
                    .is_none_or(|c| c.sent != b.sent || c.line != b.line))
        {
            return true;
        }
        false
    }

    // ----- atoms ----------------------------------------------------------

    /// A day of the month at `i` (`4`, `4.`, `4th`, `1er`, `1º`), with the index after it.
    fn day_at(&self, i: usize) -> Option<(u8, usize)> {
        let (v, nd) = self.num(i)?;
        if nd > 2 || v == 0 || v > 31 {
            return None;
        }
        if i > 0
            && self.joined(i)
            && self.is_any(i - 1, &[".", ",", ":", "/"])
            && i > 1
            && self.num(i - 2).is_some()
        {
            return None;
        }
        let mut k = i + 1;
        if self.joined(k)
            && self.is_any(k, &[".", ",", ":", "/"])
            && self.joined(k + 1)
            && self.num(k + 1).is_some()
        {
            return None;
        }
        if self.joined(k) {
            if self.is(k, ".") {
                // the German ordinal dot ("4. Dezember"); elsewhere a full stop
                if self.lang == Lang::De {
                    k += 1;
                }
            } else if self.is_word(k) {
                let w = self.low(k);
                let ok = match self.lang {
                    Lang::En => matches!(w, "st" | "nd" | "rd" | "th"),
                    Lang::Fr => (w == "er" && v == 1) || w == "e",
                    Lang::Es => matches!(w, "o" | "º"),
                    Lang::De => false,
                };
                if ok {
                    k += 1;
                } else {
                    return None;
                }
            } else if self.is_any(k, &["º", "°"]) {
                k += 1;
            }
        }
        Some((v as u8, k))
    }

    /// A month name at `i`, with the index after it (and its dot).
    fn month_at(&self, i: usize) -> Option<(u8, usize, bool)> {
        let (m, abbr) = match self.lex(i) {
            Lex::Month(m, a) => (m, a),
            _ => {
                if self.lang == Lang::Fr
                    && self.is(i, "sept")
                    && self.joined(i + 1)
                    && self.is(i + 1, ".")
                {
                    return Some((9, i + 2, true));
                }
                return None;
            }
        };
        match self.lang {
            Lang::De | Lang::En => {
                if !self.cap(i) {
                    return None;
                }
            }
            _ => {}
        }
        // Abbreviations are written with a capital or lowercase; "MAR" ok.
        let mut k = i + 1;
        if abbr && self.joined(k) && self.is(k, ".") {
            k += 1;
        }
        Some((m, k, abbr))
    }

    /// A four-digit year at `i` (not part of `2.000` or `1,500`).
    fn year_at(&self, i: usize) -> Option<(i32, usize)> {
        let (v, nd) = self.num(i)?;
        if nd != 4 || !(1000..=2199).contains(&v) {
            return None;
        }
        if self.joined(i)
            && i >= 2
            && self.is_any(i - 1, &[".", ",", "'"])
            && self.num(i - 2).is_some()
            && self.joined(i - 1)
        {
            return None;
        }
        if self.joined(i + 1)
            && self.is_any(i + 1, &[".", ","])
            && self.joined(i + 2)
            && self.num(i + 2).is_some()
        {
            return None;
        }
        if self.joined(i + 1) && self.is_word(i + 1) {
            return None;
        }
        Some((v as i32, i + 1))
    }

    /// An optional year after a day-month: `[,] [de|del|of] YYYY`.
    fn year_after(&self, k: usize) -> (Option<i32>, usize) {
        if let Some((y, e)) = self.year_at(k) {
            return (Some(y), e);
        }
        if self.is_any(k, &[",", "de", "del", "of"]) {
            if let Some((y, e)) = self.year_at(k + 1) {
                return (Some(y), e);
            }
        }
        (None, k)
    }

    /// A weekday at `i` that passes the checks for its language.
    fn weekday_at(&self, i: usize) -> Option<(u8, Option<Pod>)> {
        let (d, pod) = match self.lex(i) {
            Lex::Weekday(d) => (d, None),
            Lex::WeekdayPod(d, p) => (d, Some(p)),
            _ => return None,
        };
        match self.lang {
            Lang::De | Lang::En => {
                if !self.cap(i) {
                    return None;
                }
                // "Thomas Freitag": a capitalised word before, inside the sentence.
                if self.lang == Lang::De && i > 0 && !self.sentence_initial(i) {
                    if let Some((j, _)) = self.prev_word(i) {
                        if self.cap(j)
                            && self.is_word(j)
                            && self.kw(j).is_none()
                            && !matches!(
                                self.lex(j),
                                Lex::Weekday(_)
                                    | Lex::Month(..)
                                    | Lex::Pod(_)
                                    | Lex::Rel(_)
                                    | Lex::Part(_)
                            )
                            && !self.is_any(
                                j,
                                &[
                                    "am",
                                    "seit",
                                    "bis",
                                    "vom",
                                    "ab",
                                    "zum",
                                    "für",
                                    "jeden",
                                    "nacht",
                                    "erst",
                                    "noch",
                                    "schon",
                                    "bereits",
                                    "auch",
                                    "nach",
                                    "vor",
                                    "gegen",
                                    "um",
                                    "über",
                                    "und",
                                    "oder",
                                    "ausgerechnet",
                                    "spätestens",
                                    "frühestens",
                                    "zuletzt",
                                    "zudem",
                                    "außerdem",
                                    "dann",
                                    "doch",
                                    "aber",
                                ],
                            )
                        {
                            return None;
                        }
                    }
                }
            }
            _ => {}
        }
        Some((d, pod))
    }

    /// A quantity at `i`: digits (with thousands separators) or a number word.
    /// Returns (value, index after, is_article) — value 0 = vague ("several").
    fn qty_at(&self, i: usize) -> Option<(u32, usize, bool)> {
        if let Some((v, nd)) = self.num(i) {
            if nd > 4 {
                return None;
            }
            if i > 0 && self.joined(i) && self.is_any(i - 1, &[".", ",", ":"]) {
                return None;
            }
            let mut v = v;
            let mut k = i + 1;
            // 1,000 / 1.000
            while self.joined(k)
                && self.is_any(k, &[",", "."])
                && self.joined(k + 1)
                && self.num(k + 1).is_some_and(|(_, d)| d == 3)
            {
                let (w, _) = self.num(k + 1).unwrap_or((0, 0));
                v = v.saturating_mul(1000).saturating_add(w);
                k += 2;
            }
            if self.joined(k) && self.is_word(k) {
                return None;
            }
            if self.joined(k)
                && self.is_any(k, &[".", ",", ":"])
                && self.joined(k + 1)
                && self.num(k + 1).is_some()
            {
                return None;
            }
            return Some((v, k, false));
        }
        if let Lex::Num(n) = self.lex(i) {
            let art = matches!(
                self.low(i),
                "a" | "an"
                    | "ein"
                    | "eine"
                    | "einem"
                    | "einer"
                    | "eines"
                    | "einen"
                    | "un"
                    | "une"
                    | "una"
                    | "uno"
            );
            // "unos tres días"
            if n == 0 {
                if let Some((v, k, _)) = self.qty_at(i + 1) {
                    if v > 0 {
                        return Some((v, k, false));
                    }
                }
            }
            // "twenty-four", "vingt-quatre"
            if n >= 20 && self.joined(i + 1) && self.is(i + 1, "-") && self.joined(i + 2) {
                if let Lex::Num(m) = self.lex(i + 2) {
                    if (1..10).contains(&m) {
                        return Some((u32::from(n + m), i + 3, false));
                    }
                }
            }
            return Some((u32::from(n), i + 1, art));
        }
        None
    }

    // ----- tense ----------------------------------------------------------

    fn tense_marker(&self, i: usize) -> Option<Tense> {
        let t = self.tk(i)?;
        if t.kind != TokenKind::Word {
            return None;
        }
        if t.cap && !self.sentence_initial(i) {
            return None;
        }
        let w = self.low(i);
        let n = w.chars().count();
        // a word joined after a hyphen is part of a compound ("Iran-backed")
        if self.joined(i) && i > 0 && self.is(i - 1, "-") {
            return None;
        }
        use Tense::*;
        match self.lang {
            Lang::En => {
                if matches!(
                    w,
                    "will"
                        | "shall"
                        | "would"
                        | "expected"
                        | "scheduled"
                        | "due"
                        | "plans"
                        | "planned"
                        | "going"
                        | "ll"
                        | "wo"
                ) {
                    return Some(Future);
                }
                if w == "to"
                    && !self.joined(i + 1)
                    && self.is_word(i + 1)
                    && !self.cap(i + 1)
                    && !matches!(
                        self.low(i + 1),
                        "the"
                            | "a"
                            | "an"
                            | "his"
                            | "her"
                            | "its"
                            | "their"
                            | "this"
                            | "that"
                            | "these"
                            | "those"
                            | "work"
                            | "power"
                            | "date"
                            | "office"
                            | "court"
                            | "school"
                            | "death"
                            | "war"
                    )
                    && !self.low(i + 1).ends_with("ed")
                {
                    return Some(WeakFuture);
                }
                if matches!(
                    w,
                    "takes"
                        | "begins"
                        | "starts"
                        | "opens"
                        | "meets"
                        | "holds"
                        | "visits"
                        | "arrives"
                        | "travels"
                        | "heads"
                        | "hosts"
                        | "resumes"
                        | "expires"
                        | "convenes"
                        | "votes"
                ) {
                    return Some(WeakFuture);
                }
                if matches!(
                    w,
                    "said"
                        | "was"
                        | "were"
                        | "had"
                        | "did"
                        | "has"
                        | "have"
                        | "told"
                        | "took"
                        | "struck"
                        | "fought"
                        | "fled"
                        | "began"
                        | "met"
                        | "gave"
                        | "saw"
                        | "left"
                        | "made"
                        | "sent"
                        | "held"
                        | "led"
                        | "won"
                        | "lost"
                        | "broke"
                        | "shot"
                        | "fell"
                        | "rose"
                        | "spoke"
                        | "brought"
                        | "came"
                        | "went"
                        | "hit"
                        | "threw"
                        | "wrote"
                        | "knew"
                        | "thought"
                        | "found"
                        | "sought"
                        | "stood"
                        | "ran"
                        | "swept"
                        | "overran"
                        | "drove"
                        | "flew"
                        | "seized"
                        | "quit"
                        | "withdrew"
                        | "beat"
                        | "bombed"
                        | "kept"
                        | "felt"
                        | "got"
                        | "paid"
                        | "won't"
                ) {
                    return Some(Past);
                }
                if n >= 5
                    && w.ends_with("ed")
                    && !matches!(
                        w,
                        "indeed"
                            | "proceed"
                            | "exceed"
                            | "succeed"
                            | "hundred"
                            | "armed"
                            | "based"
                            | "united"
                            | "need"
                            | "speed"
                            | "breed"
                            | "bleed"
                            | "embed"
                            | "displaced"
                            | "detained"
                            | "occupied"
                            | "disputed"
                            | "injured"
                            | "wounded"
                            | "limited"
                            | "alleged"
                            | "so-called"
                            | "red"
                            | "unnamed"
                            | "unidentified"
                            | "continued"
                            | "renewed"
                            | "advanced"
                            | "guided"
                    )
                {
                    return Some(Past);
                }
                None
            }
            Lang::De => {
                if matches!(
                    w,
                    "wird"
                        | "werden"
                        | "wirst"
                        | "werde"
                        | "soll"
                        | "sollen"
                        | "will"
                        | "wollen"
                        | "plant"
                        | "planen"
                        | "geplant"
                ) {
                    return Some(Future);
                }
                if matches!(
                    w,
                    "beginnt"
                        | "beginnen"
                        | "trifft"
                        | "treffen"
                        | "tagt"
                        | "tagen"
                        | "reist"
                        | "findet"
                        | "stattfinden"
                        | "stattfindet"
                        | "kommt"
                        | "kommen"
                ) {
                    return Some(WeakFuture);
                }
                if matches!(
                    w,
                    "hat"
                        | "haben"
                        | "hatte"
                        | "hatten"
                        | "war"
                        | "waren"
                        | "wurde"
                        | "wurden"
                        | "habe"
                        | "seien"
                        | "traf"
                        | "trafen"
                        | "kam"
                        | "kamen"
                        | "ging"
                        | "gingen"
                        | "fand"
                        | "fanden"
                        | "begann"
                        | "begannen"
                        | "sprach"
                        | "sprachen"
                        | "griff"
                        | "griffen"
                        | "trat"
                        | "traten"
                        | "nahm"
                        | "nahmen"
                        | "gab"
                        | "gaben"
                        | "stand"
                        | "standen"
                        | "hielt"
                        | "hielten"
                        | "rief"
                        | "riefen"
                        | "fiel"
                        | "fielen"
                        | "verlor"
                        | "verloren"
                        | "zog"
                        | "zogen"
                        | "brach"
                        | "schoss"
                        | "warf"
                        | "floh"
                        | "flohen"
                        | "starb"
                        | "starben"
                        | "lag"
                        | "lagen"
                        | "blieb"
                        | "blieben"
                        | "erschien"
                        | "erhielt"
                        | "bot"
                        | "verließ"
                        | "verließen"
                        | "schlug"
                        | "schlugen"
                        | "stieg"
                        | "sank"
                        | "gewann"
                        | "sah"
                        | "sahen"
                        | "ließ"
                        | "ließen"
                        | "tat"
                        | "bat"
                        | "betrug"
                        | "wies"
                        | "drang"
                        | "drangen"
                        | "rückten"
                        | "rückte"
                        | "berichtete"
                        | "berichteten"
                ) {
                    return Some(Past);
                }
                if n >= 5
                    && (w.ends_with("te") || w.ends_with("ten"))
                    && !w.ends_with("ste")
                    && !w.ends_with("sten")
                    && !matches!(
                        w,
                        "heute"
                            | "gelte"
                            | "gelten"
                            | "erste"
                            | "ersten"
                            | "zweite"
                            | "zweiten"
                            | "dritte"
                            | "dritten"
                            | "vierte"
                            | "vierten"
                            | "letzte"
                            | "letzten"
                            | "beste"
                            | "besten"
                            | "gute"
                            | "guten"
                            | "mitte"
                            | "harte"
                            | "harten"
                            | "rechte"
                            | "rechten"
                            | "breite"
                            | "weite"
                            | "weiten"
                            | "leichte"
                            | "leichten"
                            | "späte"
                            | "späten"
                            | "konkrete"
                            | "konkreten"
                            | "bereite"
                            | "arbeite"
                            | "achte"
                            | "achten"
                            | "bitte"
                            | "elite"
                            | "seite"
                            | "seiten"
                            | "weitere"
                            | "hunderte"
                            | "hunderten"
                            | "tausende"
                            | "tausenden"
                            | "rebellen"
                            | "soldaten"
                            | "truppen"
                            | "gebieten"
                            | "gebiete"
                            | "staaten"
                            | "städte"
                            | "städten"
                            | "rate"
                            | "raten"
                            | "karte"
                            | "karten"
                            | "daten"
                            | "toten"
                            | "tote"
                            | "geplante"
                            | "geplanten"
                            | "bekannte"
                            | "bekannten"
                            | "sogenannte"
                            | "sogenannten"
                            | "genannte"
                            | "genannten"
                            | "gezielte"
                            | "gezielten"
                            | "bewaffnete"
                            | "bewaffneten"
                            | "vereinten"
                            | "vereinte"
                            | "verletzte"
                            | "verletzten"
                            | "mächte"
                            | "mächten"
                            | "kräfte"
                            | "kräften"
                            | "angriffsziele"
                            | "ziele"
                            | "inte"
                    )
                {
                    return Some(Past);
                }
                None
            }
            Lang::Fr => {
                if matches!(
                    w,
                    "va" | "vont"
                        | "doit"
                        | "doivent"
                        | "prévu"
                        | "prévue"
                        | "prévus"
                        | "prévues"
                        | "devrait"
                        | "devraient"
                ) {
                    return Some(Future);
                }
                if matches!(
                    w,
                    "a" | "ont"
                        | "avait"
                        | "avaient"
                        | "était"
                        | "étaient"
                        | "fut"
                        | "furent"
                        | "est"
                        | "sont"
                        | "eu"
                        | "été"
                ) {
                    return Some(Past);
                }
                if n >= 5
                    && (w.ends_with("ait") || w.ends_with("aient"))
                    && !w.ends_with("rait")
                    && !w.ends_with("raient")
                {
                    return Some(Past);
                }
                if n >= 4
                    && (w.ends_with("ra")
                        || w.ends_with("ront")
                        || w.ends_with("rons")
                        || w.ends_with("rez")
                        || w.ends_with("rai")
                        || w.ends_with("rait")
                        || w.ends_with("raient"))
                    && !matches!(
                        w,
                        "front"
                            | "affront"
                            | "contra"
                            | "extra"
                            | "opéra"
                            | "caméra"
                            | "cobra"
                            | "mantra"
                            | "environs"
                            | "patrons"
                            | "citrons"
                            | "vrai"
                            | "mai"
                            | "gérez"
                            | "nez"
                            | "chez"
                            | "assez"
                            | "portrait"
                            | "retrait"
                            | "extrait"
                            | "attrait"
                            | "abstrait"
                            | "trait"
                    )
                {
                    return Some(Future);
                }
                None
            }
            Lang::Es => {
                if matches!(
                    w,
                    "va" | "van"
                        | "prevé"
                        | "prevén"
                        | "previsto"
                        | "prevista"
                        | "previstos"
                        | "previstas"
                        | "deberá"
                        | "deberán"
                ) {
                    return Some(Future);
                }
                if matches!(
                    w,
                    "ha" | "han"
                        | "había"
                        | "habían"
                        | "fue"
                        | "fueron"
                        | "era"
                        | "eran"
                        | "dijo"
                        | "hizo"
                        | "hubo"
                        | "tuvo"
                        | "estuvo"
                        | "murió"
                        | "dio"
                        | "vino"
                        | "puso"
                        | "quiso"
                        | "pudo"
                        | "supo"
                        | "trajo"
                ) {
                    return Some(Past);
                }
                if n >= 4 && (w.ends_with("rá") || w.ends_with("rán") || w.ends_with("remos")) {
                    return Some(Future);
                }
                if n >= 4
                    && (w.ends_with('ó')
                        || w.ends_with("aron")
                        || w.ends_with("ieron")
                        || w.ends_with("aba")
                        || w.ends_with("aban"))
                    && !matches!(w, "cuándo" | "algodón")
                {
                    return Some(Past);
                }
                None
            }
        }
    }

    /// 2 = a hard clause boundary (quotes, semicolons, subordinators),
    /// 1 = a soft one (commas, dashes, brackets), 0 = none.
    fn boundary(&self, i: usize) -> u8 {
        let w = self.low(i);
        let hard = matches!(w, ";" | ":" | "\"" | "[" | "]")
            || matches!(
                (self.lang, w),
                (
                    Lang::En,
                    "that"
                        | "which"
                        | "who"
                        | "whose"
                        | "when"
                        | "while"
                        | "after"
                        | "before"
                        | "because"
                        | "until"
                ) | (
                    Lang::De,
                    "dass" | "weil" | "nachdem" | "bevor" | "wo" | "obwohl" | "sondern"
                ) | (
                    Lang::Fr,
                    "que"
                        | "qu"
                        | "qui"
                        | "où"
                        | "lorsque"
                        | "quand"
                        | "parce"
                        | "avant"
                        | "après"
                        | "dont"
                ) | (
                    Lang::Es,
                    "que" | "donde" | "cuando" | "porque" | "mientras" | "tras"
                )
            );
        if hard {
            return 2;
        }
        let spaced_dash = w == "-" && !(self.joined(i) && self.joined(i + 1));
        if matches!(w, "," | "(" | ")") || spaced_dash {
            return 1;
        }
        0
    }

    /// Nearest tense marker walking from token `from` in direction `step`
    /// (−1 left, +1 right) within the sentence, stopping at boundaries of
    /// at least `stop` strength; returns (distance, tense).
    fn walk(
        &self,
        from: usize,
        step: isize,
        stop: u8,
        sent: u32,
        line_of: usize,
        max: usize,
    ) -> Option<(usize, Tense)> {
        let mut j = from as isize;
        let mut dist = 0;
        loop {
            j += step;
            dist += 1;
            if j < 0 || dist > max {
                return None;
            }
            let ju = j as usize;
            let t = self.tk(ju)?;
            if t.sent != sent || !self.same_line(ju, line_of) {
                return None;
            }
            if self.boundary(ju) >= stop {
                return None;
            }
            if let Some(m) = self.tense_marker(ju) {
                return Some((dist, m));
            }
        }
    }

    /// The tense of the clause around tokens `[s, e)`: a cue right before
    /// the expression ("seit", "since", "depuis", "desde" → past; "für",
    /// "for", "pour", "para" → future), else the nearest tense marker within
    /// the clause (commas, quotes and subordinators bound it).
    pub fn tense(&self, s: usize, e: usize) -> Tense {
        if let Some((j, w)) = self.prev_word(s) {
            let article = matches!(
                w,
                "dem" | "den" | "le" | "la" | "el" | "the" | "l" | "au" | "zum" | "al"
            );
            let (j, w) = if article {
                match self.prev_word(j) {
                    Some(x) => x,
                    None => (j, w),
                }
            } else {
                (j, w)
            };
            let _ = j;
            match (self.lang, w) {
                // "retaliation for the April 22 attack": an English date
                // after "the" names a noun's day, not a day set for later
                (Lang::En, "for") if article => {}
                (Lang::De, "seit")
                | (Lang::En, "since")
                | (Lang::Fr, "depuis")
                | (Lang::Es, "desde") => return Tense::Past,
                (Lang::De, "für") | (Lang::En, "for") | (Lang::Fr, "pour") | (Lang::Es, "para") => {
                    return Tense::Future
                }
                // "closed until 9 November", "jusqu'au 9 novembre": an end,
                // after or before the report whatever the verb's tense; the
                // nearest such day
                (Lang::De, "bis")
                | (Lang::En, "until" | "till")
                | (Lang::Fr, "jusqu")
                | (Lang::Es, "hasta") => return Tense::Until,
                _ => {}
            }
        }
        let sent = match self.tk(s) {
            Some(t) => t.sent,
            None => return Tense::Unknown,
        };
        // Within the clause: the nearest marker; a weak future on the right
        // ("voted on Friday to approve") loses to any marker on the left.
        let left = self.walk(s, -1, 1, sent, s, 25);
        let right = if e > 0 {
            self.walk(e - 1, 1, 1, sent, s, 25)
        } else {
            None
        };
        let pick = match (left, right) {
            (Some(l), Some(r)) => {
                if r.1 == Tense::WeakFuture || l.0 <= r.0 {
                    Some(l.1)
                } else {
                    Some(r.1)
                }
            }
            (Some(l), None) => Some(l.1),
            (None, Some(r)) => Some(r.1),
            (None, None) => None,
        };
        if let Some(t) = pick {
            return t;
        }
        // The day of something the clause sets "before" ("qui surviennent
        // avant l'ouverture mardi d'un sommet", "ahead of the summit on
        // Tuesday"): with no tense of its own, the thing is still to come.
        if let Some((j, sure)) = self.ahead_of(s) {
            // unless the clause the "before" ends tells a tense of its own ("La
            // Russie a frappé Kiev avant l'ouverture des pourparlers mardi",
            // "talks are due to start before the end of February")
            match self.walk(j, -1, 2, sent, s, 25) {
                // "due to start before …": planned, the thing is ahead
                Some((_, Tense::WeakFuture)) => return Tense::Future,
                Some((_, t)) => return t,
                None if sure => return Tense::Future,
                None => {}
            }
        }
        // Across commas: leftwards; rightwards only for a sentence-initial
        // expression ("Am Dienstag, dem Jahrestag, kommen …").
        if let Some((_, t)) = self.walk(s, -1, 2, sent, s, 30) {
            return t;
        }
        let initial = self.sentence_initial(s)
            || self
                .prev_word(s)
                .is_some_and(|(j, _)| self.sentence_initial(j));
        if initial && e > 0 {
            if let Some((_, t)) = self.walk(e - 1, 1, 2, sent, s, 30) {
                return t;
            }
        }
        Tense::Unknown
    }

    // ----- the scan -------------------------------------------------------

    /// All candidates, in text order, non-overlapping.
    pub fn scan(&self) -> Vec<Cand> {
        let mut out: Vec<Cand> = Vec::new();
        let n = self.toks.len();
        let mut i = 0;
        while i < n {
            if !self.toks[i].starter {
                i += 1;
                continue;
            }
            let mut best: Vec<Cand> = Vec::new();
            let mut best_end = i;
            let prev_month = out.last().is_some_and(|c| {
                c.e + 1 == i && matches!(c.sem, Sem::Date { m: Some(_), .. } | Sem::Part { .. })
            }) || out
                .last()
                .is_some_and(|c| c.e + 1 == i && matches!(c.sem, Sem::Date { y: Some(_), .. }));
            // Only the families that can start at this kind of token.
            const NUMERIC: u16 = 1;
            const TIME: u16 = 1 << 1;
            const DATE: u16 = 1 << 2;
            const RANGE: u16 = 1 << 3;
            const DECADE: u16 = 1 << 4;
            const PART: u16 = 1 << 5;
            const SEASON: u16 = 1 << 6;
            const MONTH: u16 = 1 << 7;
            const REL: u16 = 1 << 8;
            const WEEKDAY: u16 = 1 << 9;
            const RELUNIT: u16 = 1 << 10;
            const AGO: u16 = 1 << 11;
            const NARR: u16 = 1 << 12;
            const SET: u16 = 1 << 13;
            const YEAR: u16 = 1 << 14;
            const DURATION: u16 = 1 << 15;
            let t = self.toks[i];
            let mask: u16 = match (t.kind, t.lex) {
                (TokenKind::Number, _) => {
                    NUMERIC | TIME | DATE | RANGE | DECADE | YEAR | DURATION | AGO | NARR
                }
                (TokenKind::Punct, _) => DECADE,
                (_, Lex::Month(..)) => MONTH | DATE,
                (_, Lex::Weekday(_) | Lex::WeekdayPod(..)) => DATE | WEEKDAY,
                (_, Lex::Num(_)) => AGO | NARR | DURATION | SET,
                (_, Lex::Ord(_)) => SEASON,
                (_, Lex::Rel(_)) => REL,
                (_, Lex::Pod(_)) => REL | WEEKDAY,
                (_, Lex::Part(_)) => PART | WEEKDAY,
                (_, Lex::Season(_)) => SEASON,
                (_, Lex::SetAdv(_) | Lex::WeekdaySet(_)) => SET,
                (_, Lex::Unit(_)) => DECADE | NARR | DATE | REL | RELUNIT | SET,
                (_, Lex::Kw(_)) => {
                    MONTH | WEEKDAY | RELUNIT | REL | SEASON | NARR | SET | DECADE | PART
                }
                (_, Lex::None) => REL | AGO | NARR | SET | RELUNIT | PART | SEASON | DECADE,
            };
            let on = |bit: u16| mask & bit != 0;
            let tries: [Option<Vec<Cand>>; 16] = [
                if on(NUMERIC) {
                    self.m_numeric(i).map(|c| vec![c])
                } else {
                    None
                },
                if on(TIME) {
                    self.m_time(i).map(|c| vec![c])
                } else {
                    None
                },
                if on(DATE) { self.m_date(i) } else { None },
                if on(RANGE) {
                    self.m_range_first(i).map(|c| vec![c])
                } else {
                    None
                },
                if on(DECADE) {
                    self.m_decade(i).map(|c| vec![c])
                } else {
                    None
                },
                if on(PART) {
                    self.m_part(i).map(|c| vec![c])
                } else {
                    None
                },
                if on(SEASON) {
                    self.m_season(i).map(|c| vec![c])
                } else {
                    None
                },
                if on(MONTH) {
                    self.m_month(i, prev_month).map(|c| vec![c])
                } else {
                    None
                },
                if on(REL) {
                    self.m_rel(i).map(|c| vec![c])
                } else {
                    None
                },
                if on(WEEKDAY) {
                    self.m_weekday(i).map(|c| vec![c])
                } else {
                    None
                },
                if on(RELUNIT) {
                    self.m_relunit(i).map(|c| vec![c])
                } else {
                    None
                },
                if on(AGO) {
                    self.m_ago(i).map(|c| vec![c])
                } else {
                    None
                },
                if on(NARR) {
                    self.m_narr(i).map(|c| vec![c])
                } else {
                    None
                },
                if on(SET) {
                    self.m_set(i).map(|c| vec![c])
                } else {
                    None
                },
                if on(YEAR) {
                    self.m_year(i, prev_month)
                } else {
                    None
                },
                if on(DURATION) {
                    self.m_duration(i).map(|c| vec![c])
                } else {
                    None
                },
            ];
            for cands in tries.into_iter().flatten() {
                let Some(last) = cands.last() else { continue };
                let Some(first) = cands.first() else { continue };
                if last.e <= best_end || first.s < i {
                    continue;
                }
                // never across lines
                if !cands
                    .iter()
                    .all(|c| c.s < c.e && self.same_line(c.s, c.e - 1))
                {
                    continue;
                }
                best_end = last.e;
                best = cands;
            }
            if best.is_empty() {
                i += 1;
            } else {
                i = best_end;
                out.extend(best);
            }
        }
        out
    }

    /// Byte span of a candidate.
    pub fn span(&self, c: &Cand) -> (usize, usize) {
        let s = self.tk(c.s).map_or(0, |t| t.start);
        let e = self.tk(c.e.saturating_sub(1)).map_or(s, |t| t.end);
        (s, e.max(s))
    }

    fn cand(s: usize, e: usize, sem: Sem) -> Cand {
        Cand { s, e, sem }
    }

    // ----- pattern families ----------------------------------------------

    /// ISO dates, `4.12.2024`, `4/12/2024`, German `4.12.` after a cue.
    fn m_numeric(&self, i: usize) -> Option<Cand> {
        let (a, na) = self.num(i)?;
        if na == 4
            && self.joined(i + 1)
            && self.is(i + 1, "-")
            && self.joined(i + 2)
            && self.joined(i + 3)
            && self.is(i + 3, "-")
            && self.joined(i + 4)
        {
            let (m, nm) = self.num(i + 2)?;
            let (d, nd) = self.num(i + 4)?;
            if nm <= 2
                && nd <= 2
                && valid_ymd(a as i32, m, d)
                && !(self.joined(i + 5) && self.num(i + 5).is_some())
            {
                return Some(Self::cand(
                    i,
                    i + 5,
                    date(Some(a as i32), Some(m as u8), Some(d as u8)),
                ));
            }
            return None;
        }
        if na > 2 || !self.joined(i + 1) || !self.is_any(i + 1, &[".", "/"]) {
            return None;
        }
        if i > 0
            && self.joined(i)
            && (self.num(i - 1).is_some() || self.is_any(i - 1, &[".", ",", "/"]))
        {
            return None;
        }
        let sep = self.low(i + 1).to_string();
        let (b, nb) = self.num(i + 2).filter(|_| self.joined(i + 2))?;
        if nb > 2 {
            return None;
        }
        if self.joined(i + 3) && self.is(i + 3, &sep) {
            if let Some((c, nc)) = self.num(i + 4).filter(|_| self.joined(i + 4)) {
                if self.joined(i + 5)
                    && self.is_any(i + 5, &[".", "/", ":"])
                    && self.joined(i + 6)
                    && self.num(i + 6).is_some()
                {
                    return None;
                }
                let y = match nc {
                    4 => c as i32,
                    2 => 2000 + c as i32,
                    _ => return None,
                };
                let (d, m) = if sep == "/" && self.lang == Lang::En && b <= 31 && a <= 12 {
                    (b, a)
                } else {
                    (a, b)
                };
                if valid_ymd(y, m, d) {
                    return Some(Self::cand(
                        i,
                        i + 5,
                        date(Some(y), Some(m as u8), Some(d as u8)),
                    ));
                }
                return None;
            }
            // German "am 4.12."
            if sep == "."
                && self.lang == Lang::De
                && self.prev_is_any(i, &["am", "vom", "bis", "zum", "seit", "ab", "den", "dem"])
                && (1..=12).contains(&b)
                && (1..=31).contains(&a)
            {
                return Some(Self::cand(
                    i,
                    i + 4,
                    date(None, Some(b as u8), Some(a as u8)),
                ));
            }
        }
        None
    }

    /// Clock times.
    fn m_time(&self, i: usize) -> Option<Cand> {
        let (v, nd) = self.num(i)?;
        if i > 0 && self.joined(i) && self.is_any(i - 1, &[".", ",", ":"]) {
            return None;
        }
        // 1400 GMT
        if nd == 4 && self.kw(i + 1) == Some(Kw::Zone) {
            let (h, m) = (v / 100, v % 100);
            if h <= 24 && m < 60 {
                return Some(Self::cand(
                    i,
                    i + 2,
                    Sem::Time {
                        h: h as u8,
                        min: m as u8,
                    },
                ));
            }
            return None;
        }
        if nd > 2 || v > 24 {
            return None;
        }
        let mut h = v;
        let mut min = 0;
        let mut k = i + 1;
        let mut strong = false;
        let mut minutes = false;
        if self.joined(k)
            && self.is(k, ":")
            && self.joined(k + 1)
            && self.num(k + 1).is_some_and(|(_, d)| d == 2)
        {
            min = self.num(k + 1).map_or(0, |x| x.0);
            k += 2;
            strong = true;
            minutes = true;
        } else if self.joined(k)
            && self.is(k, ".")
            && self.joined(k + 1)
            && self.num(k + 1).is_some_and(|(_, d)| d == 2)
        {
            min = self.num(k + 1).map_or(0, |x| x.0);
            k += 2;
            minutes = true;
        } else if self.is(k, "h") && matches!(self.lang, Lang::Fr | Lang::Es | Lang::De) {
            k += 1;
            strong = true;
            if let Some((mm, 2)) = self.num(k) {
                min = mm;
                k += 1;
            }
            minutes = true;
        }
        if min >= 60 {
            return None;
        }
        // suffixes
        if self.is(k, "uhr") && self.lang == Lang::De {
            k += 1;
            strong = true;
        } else if self.lang == Lang::En
            && self.is_any(k, &["a", "p"])
            && self.joined(k + 1)
            && self.is(k + 1, ".")
            && self.joined(k + 2)
            && self.is(k + 2, "m")
        {
            let pm = self.is(k, "p");
            k += 3;
            if self.joined(k) && self.is(k, ".") {
                k += 1;
            }
            if h > 12 {
                return None;
            }
            h = adj_ampm(h, pm);
            strong = true;
        } else if self.lang == Lang::En
            && self.is_any(k, &["am", "pm"])
            && (minutes
                || self.joined(k)
                || self.prev_is_any(i, &["at", "by", "until", "from", "around", "about"]))
        {
            if h > 12 {
                return None;
            }
            h = adj_ampm(h, self.is(k, "pm"));
            k += 1;
            strong = true;
        } else if self.lang == Lang::En
            && self.is(k, "o")
            && self.joined(k + 1)
            && self.is(k + 1, "'")
            && self.is(k + 2, "clock")
        {
            k += 3;
            strong = true;
        } else if matches!(self.lang, Lang::Es) && self.is_any(k, &["horas", "hrs", "h"]) {
            k += 1;
            strong = true;
        } else if matches!(self.lang, Lang::Fr)
            && self.is_any(k, &["heures", "heure"])
            && self.prev_is_any(i, &["à", "vers", "dès", "a", "jusqu", "avant", "après"])
        {
            k += 1;
            strong = true;
            if let Some((mm, 2)) = self.num(k) {
                if mm < 60 {
                    min = mm;
                    k += 1;
                }
            }
        }
        if self.lang == Lang::Es
            && self.is(k, "de")
            && self.is_any(k + 1, &["la"])
            && self.is_any(k + 2, &["mañana", "tarde", "noche", "madrugada"])
        {
            if self.is_any(k + 2, &["tarde", "noche"]) && h < 12 {
                h += 12;
            }
            k += 3;
            strong = true;
        }
        if self.kw(k) == Some(Kw::Zone) && (minutes || strong) {
            k += 1;
            strong = true;
        }
        if !strong {
            let cue = match self.lang {
                Lang::De => self.prev_is_any(i, &["um", "gegen", "ab", "bis"]) && minutes,
                Lang::Es => self.prev_is_any(i, &["las", "la"]),
                Lang::Fr => false,
                Lang::En => false,
            };
            if !cue {
                return None;
            }
        }
        Some(Self::cand(
            i,
            k,
            Sem::Time {
                h: h as u8,
                min: min as u8,
            },
        ))
    }

    /// Day-month(-year), month-day(-year), optionally after a weekday; and
    /// month-first ranges ("December 3-5").
    fn m_date(&self, i: usize) -> Option<Vec<Cand>> {
        // Spanish "el día 25": a day of a month named elsewhere
        if self.lang == Lang::Es
            && self.is_any(i, &["día", "dia"])
            && self.prev_is_any(i, &["el", "del", "al"])
        {
            let (d, k) = self.day_at(i + 1)?;
            if self.is(k, "de") && self.month_at(k + 1).is_some() {
                return None;
            }
            return Some(vec![Self::cand(
                i,
                k,
                Sem::Date {
                    y: None,
                    m: None,
                    d: Some(d),
                    yrel: None,
                    dir: Dir::Auto,
                    wd: None,
                },
            )]);
        }
        let r = self.m_date_inner(i)?;
        let (s0, e0) = (r.first()?.s, r.last()?.e);
        if self.is_name(s0, e0) {
            return None;
        }
        Some(r)
    }

    /// A date that is part of a name: "March 23 Movement", "Mouvement du 23 mars",
    /// "Movimiento 23 de Marzo", "Place du 14 juillet".
    fn is_name(&self, s: usize, e: usize) -> bool {
        const HEADS: &[&str] = &[
            "movement",
            "mouvement",
            "movimiento",
            "bewegung",
            "revolution",
            "révolution",
            "revolución",
            "place",
            "plaza",
            "platz",
            "rue",
            "calle",
            "avenue",
            "avenida",
            "boulevard",
            "straße",
            "strasse",
            "square",
            "pont",
            "puente",
            "brigade",
            "brigada",
            "front",
            "frente",
            "collectif",
            "coalition",
            "coalición",
            "alliance",
            "alianza",
            "accords",
            "accord",
            "acuerdos",
            "stade",
            "estadio",
            "hôpital",
            "hospital",
            "école",
            "lycée",
            "colegio",
            "université",
            "universidad",
            "quartier",
            "barrio",
            "gruppe",
            "groupe",
            "grupo",
        ];
        if let Some((j, w)) = self.prev_word(s) {
            if HEADS.contains(&w) {
                return true;
            }
            if matches!(w, "du" | "del" | "de" | "des" | "vom") {
                if let Some((_, w2)) = self.prev_word(j) {
                    if HEADS.contains(&w2) {
                        return true;
                    }
                }
            }
        }
        // "March 23 Movement"
        if self.is_word(e) && self.cap(e) && HEADS.contains(&self.low(e)) {
            return true;
        }
        // French and Spanish write months in lowercase; "23 Mars" mid-sentence is a name
        if matches!(self.lang, Lang::Fr | Lang::Es) {
            for k in s..e {
                if matches!(self.lex(k), Lex::Month(..))
                    && self.cap(k)
                    && !self.sentence_initial(k)
                    && !self.sentence_initial(s)
                {
                    let all_caps = self
                        .tk(k)
                        .and_then(|t| self.text.get(t.start..t.end))
                        .is_some_and(|w| w.chars().all(|c| !c.is_lowercase()));
                    if !all_caps {
                        return true;
                    }
                }
            }
        }
        false
    }

    fn m_date_inner(&self, i: usize) -> Option<Vec<Cand>> {
        let mut j = i;
        let mut wd = None;
        if let Some((d, None)) = self.weekday_at(i) {
            let mut k = i + 1;
            if self.is(k, ",") {
                k += 1;
            }
            if self.is_any(k, &["den", "le", "el", "the"]) {
                k += 1;
            }
            if self.day_at(k).is_some() || (self.lang == Lang::En && self.month_at(k).is_some()) {
                j = k;
                wd = Some(d);
            }
        }
        if let Some((d, k)) = self.day_at(j) {
            let mut k2 = k;
            if self.is_any(k2, &["de", "of"]) {
                k2 += 1;
            }
            if let Some((m, k3, _)) = self.month_at(k2) {
                if self.lang == Lang::De
                    && !(self.joined(j + 1) && self.is(j + 1, "."))
                    && !self.prev_is_any(j, &["am", "vom", "bis", "zum", "seit", "ab", "den"])
                {
                    // German writes "4. Dezember"; without the dot only after a cue
                    if wd.is_none() && !self.is_kw_any(j) {
                        return None;
                    }
                }
                let (y, end) = self.year_after(k3);
                if !valid_md(y, m, d) {
                    return None;
                }
                return Some(vec![Self::cand(
                    i,
                    end,
                    Sem::Date {
                        y,
                        m: Some(m),
                        d: Some(d),
                        yrel: None,
                        dir: Dir::Auto,
                        wd,
                    },
                )]);
            }
        }
        if self.lang == Lang::En {
            if let Some((m, k, _)) = self.month_at(j) {
                if let Some((d, k2)) = self.day_at(k) {
                    // "May 15" fine; "March 3 2024" fine
                    let (mut y, mut end) = self.year_after(k2);
                    if !valid_md(y, m, d) {
                        return None;
                    }
                    let mut out = Vec::new();
                    // range: "December 3-5", "Dec. 3 to 5"
                    let mut second = None;
                    if self.is_any(end, &["-", "to", "and", "through", "until"]) && y.is_none() {
                        if let Some((d2, k4)) = self.day_at(end + 1) {
                            if d2 > d && self.month_at(k4).is_none() && valid_md(None, m, d2) {
                                let (y2, end2) = self.year_after(k4);
                                second = Some((end + 1, k4, d2));
                                y = y2;
                                end = end2;
                            }
                        }
                    }
                    let first_end = if second.is_some() { k2 } else { end };
                    out.push(Self::cand(
                        i,
                        first_end,
                        Sem::Date {
                            y,
                            m: Some(m),
                            d: Some(d),
                            yrel: None,
                            dir: Dir::Auto,
                            wd,
                        },
                    ));
                    if let Some((s2, _k4, d2)) = second {
                        out.push(Self::cand(
                            s2,
                            end,
                            Sem::Date {
                                y,
                                m: Some(m),
                                d: Some(d2),
                                yrel: None,
                                dir: Dir::Auto,
                                wd: None,
                            },
                        ));
                    } else if let Some((rel, e2)) = self.year_rel_at(end) {
                        if let Some(c) = out.last_mut() {
                            c.e = e2;
                            if let Sem::Date { yrel, .. } = &mut c.sem {
                                *yrel = Some(rel);
                            }
                        }
                    }
                    return Some(out);
                }
            }
        } else if let Some((d, k)) = self.day_at(j) {
            // day-month with year-rel (other languages): handled above when month follows
            let _ = (d, k);
        }
        // Day-month followed by a relative year ("15 avril de l'année dernière")
        None
    }

    fn is_kw_any(&self, _i: usize) -> bool {
        false
    }

    /// "last year", "vergangenen Jahres", "de l'année dernière", "del año pasado" after a date.
    fn year_rel_at(&self, k: usize) -> Option<(i32, usize)> {
        match self.lang {
            Lang::En => {
                let mut k = k;
                if self.is(k, "of") {
                    k += 1;
                }
                let off = match self.low(k) {
                    "last" => -1,
                    "this" => 0,
                    "next" => 1,
                    _ => return None,
                };
                if self.is(k + 1, "year") {
                    return Some((off, k + 2));
                }
                None
            }
            Lang::De => {
                let mut k = k;
                if self.is(k, "des") {
                    k += 1;
                }
                let off = match self.kw(k) {
                    Some(Kw::Last) => -1,
                    Some(Kw::This) => 0,
                    Some(Kw::Next) => 1,
                    _ => {
                        if self.is_any(k, &["vorjahres", "vorjahrs"]) {
                            return Some((-1, k + 1));
                        }
                        return None;
                    }
                };
                if self.is_any(k + 1, &["jahres", "jahrs"]) {
                    return Some((off, k + 2));
                }
                None
            }
            Lang::Fr => {
                let mut k = k;
                if self.is(k, "de") || self.is(k, "d") {
                    k += 1;
                }
                if self.is(k, "l") && self.is(k + 1, "'") {
                    k += 2;
                } else if self.is_any(k, &["cette"]) && self.is_any(k + 1, &["année"]) {
                    return Some((0, k + 2));
                } else {
                    return None;
                }
                if self.is_any(k, &["année", "an"]) {
                    let off = match self.kw(k + 1) {
                        Some(Kw::Last) => -1,
                        Some(Kw::Next) => 1,
                        _ => return None,
                    };
                    return Some((off, k + 2));
                }
                None
            }
            Lang::Es => {
                let mut k = k;
                if self.is_any(k, &["del", "de"]) {
                    k += 1;
                }
                if self.is_any(k, &["este"]) && self.is(k + 1, "año") {
                    return Some((0, k + 2));
                }
                if self.is(k, "año") {
                    let off = match self.kw(k + 1) {
                        Some(Kw::Last) if self.is_any(k + 1, &["pasado"]) => -1,
                        Some(Kw::Next) => 1,
                        _ => return None,
                    };
                    return Some((off, k + 2));
                }
                if self.kw(k) == Some(Kw::Next) && self.is(k + 1, "año") {
                    return Some((1, k + 2));
                }
                None
            }
        }
    }

    /// First day of a range: "vom 3. bis 5. Dezember", "du 3 au 5 décembre",
    /// "del 3 al 5 de diciembre", "between 3 and 5 December".
    fn m_range_first(&self, i: usize) -> Option<Cand> {
        let (d1, k) = self.day_at(i)?;
        if !self.is_any(
            k,
            &[
                "bis", "-", "und", "au", "à", "et", "al", "a", "y", "to", "and", "through", "till",
                "until", "/",
            ],
        ) {
            return None;
        }
        let mut k2 = k + 1;
        if self.is_any(k2, &["le", "el", "zum", "the"]) {
            k2 += 1;
        }
        let (d2, k3) = self.day_at(k2)?;
        let mut k4 = k3;
        if self.is_any(k4, &["de", "of"]) {
            k4 += 1;
        }
        let (m, k5, _) = self.month_at(k4)?;
        let (y, _) = self.year_after(k5);
        if d1 >= d2 || !valid_md(y, m, d1) || !valid_md(y, m, d2) {
            return None;
        }
        Some(Self::cand(
            i,
            k,
            Sem::Date {
                y,
                m: Some(m),
                d: Some(d1),
                yrel: None,
                dir: Dir::Auto,
                wd: None,
            },
        ))
    }

    /// Month names alone (after a cue), with a year, or with a modifier.
    fn m_month(&self, i: usize, prev_is_date: bool) -> Option<Cand> {
        let s = i;
        let mut k = i;
        let mut dir = Dir::Auto;
        match self.kw(k) {
            Some(Kw::Last) | Some(Kw::Previous) if self.month_at(k + 1).is_some() => {
                dir = Dir::Last;
                k += 1;
            }
            Some(Kw::Next) if self.month_at(k + 1).is_some() => {
                dir = Dir::Next;
                k += 1;
            }
            Some(Kw::This) if self.month_at(k + 1).is_some() && self.lang != Lang::Fr => {
                dir = Dir::This;
                k += 1;
            }
            _ => {}
        }
        let (m, k2, abbr) = self.month_at(k)?;
        if self.lang == Lang::En && m == 5 && self.is(k, "may") && dir == Dir::Auto {
            // the modal verb: "May" needs a year, a cue, and no verb after it
            if self.is_word(k2)
                && !self.cap(k2)
                && self.year_at(k2).is_none()
                && !self.is_any(k2, &["and", "or", "to", "last", "this", "next", "of"])
            {
                return None;
            }
        }
        let (y, end) = {
            let (y, e) = self.year_after(k2);
            if y.is_some() {
                (y, e)
            } else if self.lang == Lang::Es && self.is(k2, "de") {
                (None, k2)
            } else {
                (None, k2)
            }
        };
        if let Some(y) = y {
            return Some(Self::cand(
                s,
                end,
                Sem::Date {
                    y: Some(y),
                    m: Some(m),
                    d: None,
                    yrel: None,
                    dir: Dir::Auto,
                    wd: None,
                },
            ));
        }
        if let Some((rel, e2)) = self.year_rel_at(k2) {
            return Some(Self::cand(
                s,
                e2,
                Sem::Date {
                    y: None,
                    m: Some(m),
                    d: None,
                    yrel: Some(rel),
                    dir: Dir::Auto,
                    wd: None,
                },
            ));
        }
        let mut end = k2;
        // post-modifiers: "mars dernier", "marzo pasado", "mars prochain"
        if matches!(self.lang, Lang::Fr | Lang::Es) && dir == Dir::Auto {
            match self.kw(k2) {
                Some(Kw::Last)
                    if !self.is_any(k2, &["últimos", "últimas", "derniers", "dernières"]) =>
                {
                    dir = Dir::Last;
                    end = k2 + 1;
                }
                Some(Kw::Next) => {
                    dir = Dir::Next;
                    end = k2 + 1;
                }
                _ => {}
            }
        }
        if abbr && dir == Dir::Auto {
            return None;
        }
        if dir == Dir::Auto {
            // Need a cue before.
            let cue = self.month_cue(s, prev_is_date);
            if !cue {
                return None;
            }
            // lowercase month in FR/ES mid-sentence; capitalised mid-sentence is a name
            if matches!(self.lang, Lang::Fr | Lang::Es)
                && self.cap(k)
                && !self.sentence_initial(k)
                && !self.prev_is_any(k, &["en", "depuis", "desde", "hasta"])
            {
                return None;
            }
        }
        // Borrow a year from a following month: "zwischen März und Mai 2023".
        let mut by = None;
        if self.is_any(
            end,
            &[
                "und", "bis", "and", "to", "et", "à", "y", "a", "-", "or", "oder", "ou", "o",
            ],
        ) {
            if let Some((_, k5, _)) = self.month_at(end + 1) {
                if let (Some(y2), _) = self.year_after(k5) {
                    by = Some(y2);
                }
            }
        }
        Some(Self::cand(
            s,
            end,
            Sem::Date {
                y: by,
                m: Some(m),
                d: None,
                yrel: None,
                dir,
                wd: None,
            },
        ))
    }

    fn month_cue(&self, s: usize, prev_is_date: bool) -> bool {
        let Some((j, w)) = self.prev_word(s) else {
            return false;
        };
        let conj = matches!(
            w,
            "und"
                | "oder"
                | "bis"
                | "and"
                | "or"
                | "to"
                | "et"
                | "ou"
                | "à"
                | "y"
                | "o"
                | "a"
                | "-"
        );
        if conj {
            // only after another month: "im März und April"
            return prev_is_date || (j > 0 && matches!(self.lex(j - 1), Lex::Month(..)));
        }
        match self.lang {
            Lang::De => matches!(
                w,
                "im" | "seit"
                    | "ab"
                    | "vom"
                    | "zum"
                    | "monat"
                    | "monats"
                    | "anfang"
                    | "mitte"
                    | "ende"
                    | "zwischen"
                    | "nach"
                    | "vor"
                    | "bis"
                    | "diesem"
                    | "des"
                    | "für"
                    | "jeden"
                    | "bereits"
                    | "schon"
                    | "noch"
                    | "erst"
            ),
            Lang::En => matches!(
                w,
                "in" | "since"
                    | "until"
                    | "till"
                    | "by"
                    | "from"
                    | "through"
                    | "during"
                    | "between"
                    | "of"
                    | "early"
                    | "late"
                    | "mid"
                    | "before"
                    | "after"
                    | "throughout"
                    | "last"
                    | "next"
                    | "this"
                    | "around"
                    | "into"
                    | "for"
                    | "in-between"
            ),
            Lang::Fr => matches!(
                w,
                "en" | "depuis"
                    | "jusqu"
                    | "dès"
                    | "de"
                    | "d"
                    | "mois"
                    | "fin"
                    | "début"
                    | "mi"
                    | "courant"
                    | "avant"
                    | "après"
                    | "entre"
                    | "pour"
                    | "vers"
                    | "mi-"
            ),
            Lang::Es => matches!(
                w,
                "en" | "desde"
                    | "hasta"
                    | "de"
                    | "mes"
                    | "entre"
                    | "para"
                    | "antes"
                    | "después"
                    | "durante"
                    | "pasado"
                    | "próximo"
            ),
        }
    }

    /// Relative days: today, gestern Abend, avant-hier, pasado mañana, last night…
    fn m_rel(&self, i: usize) -> Option<Cand> {
        if let Some(c) = self.m_bare_pod(i) {
            return Some(c);
        }
        let lang = self.lang;
        let mut k;
        let off;
        let mut pod = None;
        match self.lex(i) {
            Lex::Rel(r) => {
                match (lang, r) {
                    (Lang::De, Rel::Tomorrow) => {
                        // "Morgen" the noun (morning): after heute/gestern/am/jeden/den/der
                        if self.cap(i) && !self.sentence_initial(i) {
                            return None;
                        }
                        if self.prev_is_any(
                            i,
                            &[
                                "heute",
                                "gestern",
                                "am",
                                "jeden",
                                "den",
                                "der",
                                "des",
                                "am",
                                "vom",
                                "zum",
                                "guten",
                                "dienstag",
                                "montag",
                                "mittwoch",
                                "donnerstag",
                                "freitag",
                                "samstag",
                                "sonntag",
                                "diesen",
                                "nächsten",
                                "folgenden",
                            ],
                        ) {
                            return None;
                        }
                    }
                    (Lang::Es, Rel::Tomorrow) => {
                        if self.prev_is_any(
                            i,
                            &[
                                "la", "esta", "de", "por", "cada", "una", "toda", "las", "en",
                                "misma", "pasado",
                            ],
                        ) {
                            return None;
                        }
                    }
                    (Lang::Fr, Rel::Yesterday) => {}
                    _ => {}
                }
                off = match r {
                    Rel::Today | Rel::Tonight => 0,
                    Rel::Yesterday | Rel::LastNight => -1,
                    Rel::DayBeforeYesterday => -2,
                    Rel::Tomorrow => 1,
                    Rel::DayAfterTomorrow => 2,
                };
                if matches!(r, Rel::Tonight | Rel::LastNight) {
                    pod = Some(Pod::Night);
                }
                k = i + 1;
            }
            _ => {
                // phrases
                let w = self.low(i);
                match (lang, w) {
                    (Lang::Fr, "aujourd") if self.is(i + 1, "'") && self.is(i + 2, "hui") => {
                        off = 0;
                        k = i + 3;
                    }
                    (Lang::Fr, "avant") if self.is(i + 1, "-") && self.is(i + 2, "hier") => {
                        off = -2;
                        k = i + 3;
                    }
                    (Lang::Fr, "après") if self.is(i + 1, "-") && self.is(i + 2, "demain") => {
                        off = 2;
                        k = i + 3;
                    }
                    (Lang::Es, "pasado") if self.is(i + 1, "mañana") => {
                        off = 2;
                        k = i + 2;
                    }
                    (Lang::En, "day")
                        if self.is(i + 1, "before") && self.is(i + 2, "yesterday") =>
                    {
                        off = -2;
                        k = i + 3;
                    }
                    (Lang::En, "day") if self.is(i + 1, "after") && self.is(i + 2, "tomorrow") => {
                        off = 2;
                        k = i + 3;
                    }
                    (Lang::En, "this") => {
                        if let Lex::Pod(p) = self.lex(i + 1) {
                            if p == Pod::Night {
                                return None;
                            }
                            return Some(Self::cand(
                                i,
                                i + 2,
                                Sem::RelDay {
                                    off: 0,
                                    pod: Some(p),
                                },
                            ));
                        }
                        return None;
                    }
                    (Lang::En, "last") if self.is(i + 1, "night") => {
                        return Some(Self::cand(
                            i,
                            i + 2,
                            Sem::RelDay {
                                off: -1,
                                pod: Some(Pod::Night),
                            },
                        ));
                    }
                    (Lang::Fr, "ce" | "cet" | "cette") => {
                        if let Lex::Pod(p) = self.lex(i + 1) {
                            return Some(Self::cand(
                                i,
                                i + 2,
                                Sem::RelDay {
                                    off: 0,
                                    pod: Some(p),
                                },
                            ));
                        }
                        if self.is(i + 1, "après") && self.is(i + 2, "-") && self.is(i + 3, "midi")
                        {
                            return Some(Self::cand(
                                i,
                                i + 4,
                                Sem::RelDay {
                                    off: 0,
                                    pod: Some(Pod::Afternoon),
                                },
                            ));
                        }
                        return None;
                    }
                    (Lang::Fr, "nuit") if self.kw(i + 1) == Some(Kw::Last) => {
                        return Some(Self::cand(
                            i,
                            i + 2,
                            Sem::RelDay {
                                off: -1,
                                pod: Some(Pod::Night),
                            },
                        ));
                    }
                    (Lang::Es, "esta") => {
                        let p = match self.low(i + 1) {
                            "mañana" => Pod::Morning,
                            "tarde" => Pod::Afternoon,
                            "noche" => Pod::Night,
                            "madrugada" => Pod::Night,
                            _ => return None,
                        };
                        return Some(Self::cand(
                            i,
                            i + 2,
                            Sem::RelDay {
                                off: 0,
                                pod: Some(p),
                            },
                        ));
                    }
                    _ => return None,
                }
            }
        }
        // part of day after
        if pod.is_none() {
            match self.lex(k) {
                Lex::Pod(p) => {
                    pod = Some(p);
                    k += 1;
                }
                Lex::Rel(Rel::Tomorrow) if lang == Lang::De && self.is(k, "morgen") => {
                    pod = Some(Pod::Morning);
                    k += 1;
                }
                _ => {
                    if lang == Lang::Es && self.is_any(k, &["por", "en"]) && self.is(k + 1, "la") {
                        let p = match self.low(k + 2) {
                            "mañana" => Some(Pod::Morning),
                            "tarde" => Some(Pod::Afternoon),
                            "noche" | "madrugada" => Some(Pod::Night),
                            _ => None,
                        };
                        if let Some(p) = p {
                            pod = Some(p);
                            k += 3;
                        }
                    }
                    if lang == Lang::Fr
                        && self.is(k, "après")
                        && self.is(k + 1, "-")
                        && self.is(k + 2, "midi")
                    {
                        pod = Some(Pod::Afternoon);
                        k += 3;
                    }
                }
            }
        }
        // "mañana miércoles", "demain mercredi", "morgen Mittwoch", "tomorrow Wednesday"
        if self.weekday_at(k).is_some() {
            k += 1;
        }
        Some(Self::cand(i, k, Sem::RelDay { off, pod }))
    }

    /// Weekdays with their modifiers, parts of day and night-of phrases.
    fn m_weekday(&self, i: usize) -> Option<Cand> {
        let lang = self.lang;
        let s = i;
        let mut k = i;
        let mut dir = Dir::Auto;
        let mut night = false;
        // "late Tuesday", "early Saturday"
        if lang == Lang::En
            && matches!(self.lex(k), Lex::Part(Part::Early) | Lex::Part(Part::Late))
            && self.weekday_at(k + 1).is_some()
        {
            k += 1;
        }
        match self.kw(k) {
            Some(Kw::Next) if self.weekday_at(k + 1).is_some() => {
                dir = Dir::Next;
                k += 1;
            }
            Some(Kw::Last) | Some(Kw::Previous) if self.weekday_at(k + 1).is_some() => {
                dir = Dir::Last;
                k += 1;
            }
            Some(Kw::This) if self.weekday_at(k + 1).is_some() => {
                dir = Dir::This;
                k += 1;
            }
            _ => {}
        }
        // night-of
        let mut wd_override = None;
        match lang {
            Lang::De
                if self.is(k, "nacht")
                    && self.is_any(k + 1, &["zum", "zu", "auf"])
                    && self.weekday_at(k + 2).is_some() =>
            {
                night = true;
                k += 2;
            }
            Lang::Fr
                if self.is(k, "nuit")
                    && self.is_any(k + 1, &["de", "du"])
                    && self.weekday_at(k + 2).is_some() =>
            {
                if self.is_any(k + 3, &["à", "au"]) && self.weekday_at(k + 4).is_some() {
                    night = true;
                    k += 4;
                } else {
                    night = true;
                    k += 2;
                }
            }
            Lang::Es
                if self.is_any(k, &["noche", "madrugada"])
                    && self.is_any(k + 1, &["del", "de"])
                    && self.weekday_at(k + 2).is_some() =>
            {
                if self.is(k + 3, "al") && self.weekday_at(k + 4).is_some() {
                    k += 4;
                } else {
                    wd_override = self.weekday_at(k + 2).map(|x| x.0);
                    k += 2;
                }
                night = true;
            }
            _ => {}
        }
        let (wd, mut pod) = self.weekday_at(k)?;
        let wd = wd_override.unwrap_or(wd);
        if night {
            pod = Some(Pod::Night);
        }
        k += 1;
        // ES: "los lunes" is a set
        if lang == Lang::Es && s == k - 1 && self.prev_is_any(s, &["los", "todos"]) {
            return None;
        }
        // part of day after
        if pod.is_none() {
            match lang {
                Lang::En | Lang::Fr => {
                    if let Lex::Pod(p) = self.lex(k) {
                        pod = Some(p);
                        k += 1;
                    } else if lang == Lang::Fr
                        && self.is(k, "après")
                        && self.is(k + 1, "-")
                        && self.is(k + 2, "midi")
                    {
                        pod = Some(Pod::Afternoon);
                        k += 3;
                    }
                }
                Lang::De => {
                    if matches!(self.lex(k), Lex::Pod(_)) && self.cap(k) {
                        if let Lex::Pod(p) = self.lex(k) {
                            pod = Some(p);
                        }
                        k += 1;
                    } else if self.is(k, "morgen") && self.cap(k) {
                        pod = Some(Pod::Morning);
                        k += 1;
                    }
                }
                Lang::Es => {
                    if self.is_any(k, &["por", "en"]) && self.is(k + 1, "la") {
                        let p = match self.low(k + 2) {
                            "mañana" => Some(Pod::Morning),
                            "tarde" => Some(Pod::Afternoon),
                            "noche" | "madrugada" => Some(Pod::Night),
                            _ => None,
                        };
                        if let Some(p) = p {
                            pod = Some(p);
                            k += 3;
                        }
                    }
                }
            }
        }
        // post-modifiers
        let mut week_off = None;
        if dir == Dir::Auto {
            match lang {
                Lang::Fr => match self.kw(k) {
                    Some(Kw::Last) => {
                        dir = Dir::Last;
                        k += 1;
                    }
                    Some(Kw::Next) => {
                        dir = Dir::Next;
                        k += 1;
                    }
                    _ => {}
                },
                Lang::Es => match self.kw(k) {
                    Some(Kw::Last) if self.is_any(k, &["pasado"]) => {
                        dir = Dir::Last;
                        k += 1;
                    }
                    Some(Kw::Next) => {
                        dir = Dir::Next;
                        k += 1;
                    }
                    _ => {
                        if self.is(k, "que") && self.is(k + 1, "viene") {
                            dir = Dir::Next;
                            k += 2;
                        }
                    }
                },
                Lang::En => {
                    let off = match self.low(k) {
                        "last" => Some(-1),
                        "next" => Some(1),
                        "this" => Some(0),
                        _ => None,
                    };
                    if let Some(o) = off {
                        if self.is(k + 1, "week") {
                            week_off = Some(o);
                            k += 2;
                        }
                    }
                }
                Lang::De => {
                    let off = match self.kw(k) {
                        Some(Kw::Last) => Some(-1),
                        Some(Kw::Next) => Some(1),
                        Some(Kw::This) => Some(0),
                        _ => None,
                    };
                    if let Some(o) = off {
                        if self.is(k + 1, "woche") {
                            week_off = Some(o);
                            k += 2;
                        }
                    }
                }
            }
        }
        Some(Self::cand(
            s,
            k,
            Sem::Weekday {
                wd,
                dir,
                pod,
                night,
                week_off,
            },
        ))
    }

    /// last week, this month, next year, earlier this month, vergangene Woche,
    /// la semaine dernière, el año pasado, am Wochenende …
    fn m_relunit(&self, i: usize) -> Option<Cand> {
        let lang = self.lang;
        let singular = |k: usize| -> Option<Unit> {
            let w = self.low(k);
            let u = match lang {
                Lang::De => match w {
                    "woche" => Unit::Week,
                    "monat" | "monats" => Unit::Month,
                    "jahr" | "jahres" | "jahrs" => Unit::Year,
                    _ => return None,
                },
                Lang::En => match w {
                    "week" => Unit::Week,
                    "month" => Unit::Month,
                    "year" => Unit::Year,
                    _ => return None,
                },
                Lang::Fr => match w {
                    "semaine" => Unit::Week,
                    "mois" => Unit::Month,
                    "an" | "année" => Unit::Year,
                    _ => return None,
                },
                Lang::Es => match w {
                    "semana" => Unit::Week,
                    "mes" => Unit::Month,
                    "año" => Unit::Year,
                    _ => return None,
                },
            };
            Some(u)
        };
        let off_of = |kw: Option<Kw>| -> Option<i32> {
            match kw {
                Some(Kw::Last) => Some(-1),
                Some(Kw::Next) => Some(1),
                Some(Kw::This) => Some(0),
                _ => None,
            }
        };
        match lang {
            Lang::De => {
                if self.is_any(i, &["vorwoche"]) {
                    return Some(Self::cand(
                        i,
                        i + 1,
                        Sem::RelUnit {
                            unit: Unit::Week,
                            off: -1,
                            note: "",
                        },
                    ));
                }
                if self.is_any(i, &["vorjahr", "vorjahres"])
                    && self.prev_is_any(i, &["im", "des", "seit"])
                {
                    return Some(Self::cand(
                        i,
                        i + 1,
                        Sem::RelUnit {
                            unit: Unit::Year,
                            off: -1,
                            note: "",
                        },
                    ));
                }
                if self.is_any(i, &["vormonat"]) {
                    return Some(Self::cand(
                        i,
                        i + 1,
                        Sem::RelUnit {
                            unit: Unit::Month,
                            off: -1,
                            note: "",
                        },
                    ));
                }
                let off = off_of(self.kw(i))?;
                if self.is(i + 1, "wochenende") {
                    let dir = match off {
                        -1 => Dir::Last,
                        1 => Dir::Next,
                        _ => Dir::This,
                    };
                    return Some(Self::cand(i, i + 2, Sem::Weekend { dir }));
                }
                let u = singular(i + 1)?;
                // "letzten Jahr" vs "in den letzten Jahren": singular only
                if self.is(i, "laufenden") && u != Unit::Year {
                    return None;
                }
                Some(Self::cand(
                    i,
                    i + 2,
                    Sem::RelUnit {
                        unit: u,
                        off,
                        note: "",
                    },
                ))
            }
            Lang::En => {
                let w = self.low(i);
                if matches!(w, "earlier" | "later") && self.is(i + 1, "this") {
                    let u = singular(i + 2)?;
                    let note = if w == "earlier" { "earlier" } else { "later" };
                    return Some(Self::cand(
                        i,
                        i + 3,
                        Sem::RelUnit {
                            unit: u,
                            off: 0,
                            note,
                        },
                    ));
                }
                let off = match w {
                    "last" => -1,
                    "next" | "coming" => 1,
                    "this" => 0,
                    _ => return None,
                };
                if self.is(i + 1, "weekend") {
                    let dir = match off {
                        -1 => Dir::Last,
                        1 => Dir::Next,
                        _ => Dir::This,
                    };
                    return Some(Self::cand(i, i + 2, Sem::Weekend { dir }));
                }
                let u = singular(i + 1)?;
                // "the last year" = the past twelve months: a duration
                if self.prev_is_any(i, &["the"]) && off != 0 {
                    return Some(Self::cand(
                        i,
                        i + 2,
                        Sem::Duration {
                            n: Some(1),
                            unit: u,
                        },
                    ));
                }
                Some(Self::cand(
                    i,
                    i + 2,
                    Sem::RelUnit {
                        unit: u,
                        off,
                        note: "",
                    },
                ))
            }
            Lang::Fr => {
                // cette semaine, ce mois(-ci), cette année, ce week-end
                if self.is_any(i, &["ce", "cet", "cette"]) {
                    if self.kw(i + 1) == Some(Kw::Weekend) {
                        return Some(Self::cand(i, i + 2, Sem::Weekend { dir: Dir::This }));
                    }
                    if self.is(i + 1, "week") && self.is(i + 2, "-") && self.is(i + 3, "end") {
                        return Some(Self::cand(i, i + 4, Sem::Weekend { dir: Dir::This }));
                    }
                    let u = singular(i + 1)?;
                    let mut e = i + 2;
                    if self.joined(e) && self.is(e, "-") && self.is_any(e + 1, &["ci", "là"]) {
                        e += 2;
                    }
                    return Some(Self::cand(
                        i,
                        e,
                        Sem::RelUnit {
                            unit: u,
                            off: 0,
                            note: "",
                        },
                    ));
                }
                // semaine dernière, l'an prochain, le week-end dernier
                let mut e = i + 1;
                let weekend = if self.kw(i) == Some(Kw::Weekend) {
                    true
                } else if self.is(i, "week") && self.is(i + 1, "-") && self.is(i + 2, "end") {
                    e = i + 3;
                    true
                } else {
                    false
                };
                if weekend {
                    let dir = match self.kw(e) {
                        Some(Kw::Last) => Dir::Last,
                        Some(Kw::Next) => Dir::Next,
                        _ => return None,
                    };
                    return Some(Self::cand(i, e + 1, Sem::Weekend { dir }));
                }
                let u = singular(i)?;
                // "dernière" after "semaine"; but not "la dernière semaine" (handled nowhere: skip)
                let off = match self.kw(i + 1) {
                    Some(Kw::Last) if !self.is_any(i + 1, &["derniers", "dernières"]) => -1,
                    Some(Kw::Next) if !self.is_any(i + 1, &["prochains", "prochaines"]) => 1,
                    _ => {
                        // "la prochaine fois"… "l'année prochaine" only postposed; preposed "la semaine prochaine" done.
                        return None;
                    }
                };
                Some(Self::cand(
                    i,
                    i + 2,
                    Sem::RelUnit {
                        unit: u,
                        off,
                        note: "",
                    },
                ))
            }
            Lang::Es => {
                if self.is_any(i, &["este", "esta"]) {
                    if self.is(i + 1, "fin") && self.is(i + 2, "de") && self.is(i + 3, "semana") {
                        return Some(Self::cand(i, i + 4, Sem::Weekend { dir: Dir::This }));
                    }
                    let u = singular(i + 1)?;
                    return Some(Self::cand(
                        i,
                        i + 2,
                        Sem::RelUnit {
                            unit: u,
                            off: 0,
                            note: "",
                        },
                    ));
                }
                // el pasado fin de semana / el próximo año / la próxima semana
                if let Some(off) = match self.kw(i) {
                    Some(Kw::Last) if self.is_any(i, &["pasado", "pasada"]) => Some(-1),
                    Some(Kw::Next) if !self.is_any(i, &["próximos", "próximas"]) => Some(1),
                    _ => None,
                } {
                    if self.is(i + 1, "fin") && self.is(i + 2, "de") && self.is(i + 3, "semana") {
                        let dir = if off < 0 { Dir::Last } else { Dir::Next };
                        return Some(Self::cand(i, i + 4, Sem::Weekend { dir }));
                    }
                    if let Some(u) = singular(i + 1) {
                        return Some(Self::cand(
                            i,
                            i + 2,
                            Sem::RelUnit {
                                unit: u,
                                off,
                                note: "",
                            },
                        ));
                    }
                    return None;
                }
                // fin de semana pasado
                if self.is(i, "fin") && self.is(i + 1, "de") && self.is(i + 2, "semana") {
                    let dir = match self.kw(i + 3) {
                        Some(Kw::Last) => Dir::Last,
                        Some(Kw::Next) => Dir::Next,
                        _ => {
                            if self.prev_is_any(i, &["el", "este"]) {
                                return Some(Self::cand(i, i + 3, Sem::Weekend { dir: Dir::Auto }));
                            }
                            return None;
                        }
                    };
                    return Some(Self::cand(i, i + 4, Sem::Weekend { dir }));
                }
                let u = singular(i)?;
                let (off, e) = match self.kw(i + 1) {
                    Some(Kw::Last) if self.is_any(i + 1, &["pasado", "pasada"]) => (-1, i + 2),
                    Some(Kw::Next) => (1, i + 2),
                    _ => {
                        if self.is(i + 1, "que") && self.is(i + 2, "viene") {
                            (1, i + 3)
                        } else {
                            return None;
                        }
                    }
                };
                Some(Self::cand(
                    i,
                    e,
                    Sem::RelUnit {
                        unit: u,
                        off,
                        note: "",
                    },
                ))
            }
        }
    }

    /// Early/mid/late of a month or year.
    fn m_part(&self, i: usize) -> Option<Cand> {
        let lang = self.lang;
        let s = i;
        let part;
        let mut k;
        match lang {
            Lang::De => {
                let Lex::Part(p) = self.lex(i) else {
                    return None;
                };
                if !self.cap(i) {
                    return None;
                }
                part = p;
                k = i + 1;
            }
            Lang::En => {
                let w = self.low(i);
                match (w, self.lex(i)) {
                    (_, Lex::Part(p)) => {
                        part = p;
                        k = i + 1;
                        if self.is(k, "-") {
                            k += 1;
                        }
                    }
                    ("end" | "beginning" | "start" | "middle", _) if self.is(i + 1, "of") => {
                        part = match w {
                            "end" => Part::Late,
                            "middle" => Part::Mid,
                            _ => Part::Early,
                        };
                        k = i + 2;
                    }
                    _ => return None,
                }
                // "late last year", "early this month"
                if let Some(off) = match self.low(k) {
                    "last" => Some(-1),
                    "this" => Some(0),
                    "next" => Some(1),
                    _ => None,
                } {
                    let u = match self.low(k + 1) {
                        "year" => Unit::Year,
                        "month" => Unit::Month,
                        _ => return None,
                    };
                    return Some(Self::cand(s, k + 2, rel_part(part, u, off)));
                }
                if self.is(k, "the") && self.is_any(k + 1, &["year", "month"]) {
                    let u = if self.is(k + 1, "year") {
                        Unit::Year
                    } else {
                        Unit::Month
                    };
                    return Some(Self::cand(s, k + 2, rel_part(part, u, 0)));
                }
            }
            Lang::Fr => {
                let Lex::Part(p) = self.lex(i) else {
                    if self.is(i, "courant") && self.month_at(i + 1).is_some() {
                        let (m, k2, _) = self.month_at(i + 1)?;
                        let (y, e) = self.year_after(k2);
                        return Some(Self::cand(
                            s,
                            e,
                            Sem::Date {
                                y,
                                m: Some(m),
                                d: None,
                                yrel: None,
                                dir: Dir::Auto,
                                wd: None,
                            },
                        ));
                    }
                    return None;
                };
                part = p;
                k = i + 1;
                if self.is(k, "-") {
                    k += 1;
                } else if p == Part::Mid {
                    return None;
                }
                // "fin de l'année", "début de l'année prochaine", "fin de l'an dernier"
                if self.is_any(k, &["de", "d"])
                    && self.is(k + 1, "l")
                    && self.is(k + 2, "'")
                    && self.is_any(k + 3, &["année", "an"])
                {
                    let off = match self.kw(k + 4) {
                        Some(Kw::Last) => Some((-1, k + 5)),
                        Some(Kw::Next) => Some((1, k + 5)),
                        _ => Some((0, k + 4)),
                    };
                    if let Some((o, e)) = off {
                        return Some(Self::cand(s, e, rel_part(part, Unit::Year, o)));
                    }
                }
                if self.is_any(k, &["de", "du"]) && self.is(k + 1, "mois") {
                    return Some(Self::cand(s, k + 2, rel_part(part, Unit::Month, 0)));
                }
            }
            Lang::Es => {
                let Lex::Part(p) = self.lex(i) else {
                    return None;
                };
                part = p;
                k = i + 1;
                if self.is(k, "del") && self.is_any(k + 1, &["año", "mes"]) {
                    let u = if self.is(k + 1, "año") {
                        Unit::Year
                    } else {
                        Unit::Month
                    };
                    let (off, e) = match self.kw(k + 2) {
                        Some(Kw::Last) if self.is_any(k + 2, &["pasado"]) => (-1, k + 3),
                        Some(Kw::Next) => (1, k + 3),
                        _ => (0, k + 2),
                    };
                    return Some(Self::cand(s, e, rel_part(part, u, off)));
                }
                if !self.is(k, "de") {
                    return None;
                }
                k += 1;
                if self.is_any(k, &["este", "esta"]) && self.is_any(k + 1, &["año", "mes"]) {
                    let u = if self.is(k + 1, "año") {
                        Unit::Year
                    } else {
                        Unit::Month
                    };
                    return Some(Self::cand(s, k + 2, rel_part(part, u, 0)));
                }
            }
        }
        // month [year] | year | (DE) des Jahres / vergangenen Jahres / des Monats
        if let Some((m, k2, _)) = self.month_at(k) {
            let (y, e) = self.year_after(k2);
            if let Some((rel, e2)) = if y.is_none() {
                self.year_rel_at(e)
            } else {
                None
            } {
                return Some(Self::cand(
                    s,
                    e2,
                    Sem::Part {
                        part,
                        y: None,
                        m: Some(m),
                        yrel: Some(rel),
                        unit: Unit::Month,
                        dir: Dir::Auto,
                    },
                ));
            }
            return Some(Self::cand(
                s,
                e,
                Sem::Part {
                    part,
                    y,
                    m: Some(m),
                    yrel: None,
                    unit: Unit::Month,
                    dir: Dir::Auto,
                },
            ));
        }
        if let Some((y, e)) = self.year_at(k) {
            return Some(Self::cand(
                s,
                e,
                Sem::Part {
                    part,
                    y: Some(y),
                    m: None,
                    yrel: None,
                    unit: Unit::Year,
                    dir: Dir::Auto,
                },
            ));
        }
        if lang == Lang::De {
            let mut k2 = k;
            if self.is_any(k2, &["des", "dieses", "diesen"]) {
                if self.is(k2, "dieses") && self.is_any(k2 + 1, &["jahres", "monats"]) {
                    let u = if self.is(k2 + 1, "jahres") {
                        Unit::Year
                    } else {
                        Unit::Month
                    };
                    return Some(Self::cand(s, k2 + 2, rel_part(part, u, 0)));
                }
                k2 += 1;
            }
            let (off, k3) = match self.kw(k2) {
                Some(Kw::Last) => (-1, k2 + 1),
                Some(Kw::Next) => (1, k2 + 1),
                Some(Kw::This) => (0, k2 + 1),
                _ => {
                    if k2 > k {
                        (0, k2)
                    } else {
                        return None;
                    }
                }
            };
            if self.is_any(k3, &["jahres", "jahrs"]) {
                return Some(Self::cand(s, k3 + 1, rel_part(part, Unit::Year, off)));
            }
            if self.is(k3, "monats") {
                return Some(Self::cand(s, k3 + 1, rel_part(part, Unit::Month, off)));
            }
        }
        None
    }

    /// Decades and centuries.
    fn m_decade(&self, i: usize) -> Option<Cand> {
        let lang = self.lang;
        // 1990er (Jahre), 1990s, 90er
        if let Some((v, nd)) = self.num(i) {
            if (nd == 4 && v % 10 == 0 && (1000..=2190).contains(&v)) || (nd == 2 && v % 10 == 0) {
                let full = if nd == 2 { 1900 + v as i32 } else { v as i32 };
                if self.joined(i + 1)
                    && ((lang == Lang::De && self.is(i + 1, "er"))
                        || (lang == Lang::En && self.is(i + 1, "s")))
                {
                    let mut e = i + 2;
                    if lang == Lang::De {
                        if self.is(e, "-") && self.joined(e) {
                            e += 1;
                        }
                        if self.is_any(e, &["jahre", "jahren", "jahrzehnt", "jahrzehnts"]) {
                            e += 1;
                        } else if self.is(e - 1, "-") {
                            e -= 1;
                        }
                    }
                    return Some(Self::cand(i, e, Sem::Decade(full / 10)));
                }
            }
            // 20. Jahrhundert, 20th century, 20e siècle
            if nd <= 2 && (1..=30).contains(&v) {
                let mut k = i + 1;
                if self.joined(k)
                    && (self.is(k, ".")
                        || self.is_any(k, &["th", "st", "nd", "rd", "e", "ème", "eme"]))
                {
                    k += 1;
                }
                if self.kw(k) == Some(Kw::Century) {
                    return Some(Self::cand(i, k + 1, Sem::Century(v as i32 - 1)));
                }
            }
        }
        // '90s
        if lang == Lang::En && self.is(i, "'") {
            if let Some((v, 2)) = self.num(i + 1) {
                if v % 10 == 0 && self.joined(i + 1) && self.joined(i + 2) && self.is(i + 2, "s") {
                    let full = if v < 30 {
                        2000 + v as i32
                    } else {
                        1900 + v as i32
                    };
                    return Some(Self::cand(i, i + 3, Sem::Decade(full / 10)));
                }
            }
        }
        // les années 1990 / los años 90 / la década de 1990
        if (lang == Lang::Fr && self.is(i, "années"))
            || (lang == Lang::Es && self.is(i, "años"))
            || (lang == Lang::Es && self.is(i, "década") && self.is(i + 1, "de"))
        {
            let mut k = i + 1;
            if self.is(k, "de") {
                k += 1;
                if self.is(k, "los") {
                    k += 1;
                }
            }
            if let Some((v, nd)) = self.num(k) {
                if v % 10 == 0 && (nd == 4 || nd == 2) {
                    let full = if nd == 2 {
                        if v < 30 {
                            2000 + v as i32
                        } else {
                            1900 + v as i32
                        }
                    } else {
                        v as i32
                    };
                    return Some(Self::cand(i, k + 1, Sem::Decade(full / 10)));
                }
            }
            if lang == Lang::Es {
                let d = match self.low(k) {
                    "sesenta" => Some(196),
                    "setenta" => Some(197),
                    "ochenta" => Some(198),
                    "noventa" => Some(199),
                    _ => None,
                };
                if let Some(d) = d {
                    return Some(Self::cand(i, k + 1, Sem::Decade(d)));
                }
            }
            return None;
        }
        // siglo XX, XXe siècle
        if lang == Lang::Es && self.kw(i) == Some(Kw::Century) {
            let r = roman(self.low(i + 1))?;
            if self.tk(i + 1).is_some_and(|t| t.cap)
                || self
                    .text
                    .get(self.tk(i + 1)?.start..self.tk(i + 1)?.end)
                    .is_some_and(|s| s.chars().all(|c| c.is_uppercase()))
            {
                return Some(Self::cand(i, i + 2, Sem::Century(r - 1)));
            }
            return None;
        }
        if lang == Lang::Fr && self.is_word(i) && self.kw(i + 1) == Some(Kw::Century) {
            let w = self.low(i);
            let base = w
                .strip_suffix("ème")
                .or_else(|| w.strip_suffix("eme"))
                .or_else(|| w.strip_suffix('e'))?;
            let r = roman(base)?;
            return Some(Self::cand(i, i + 2, Sem::Century(r - 1)));
        }
        None
    }

    /// Seasons and quarters.
    fn m_season(&self, i: usize) -> Option<Cand> {
        let lang = self.lang;
        let s = i;
        let mut k = i;
        let mut dir = Dir::Auto;
        match self.kw(k) {
            Some(Kw::Last) if !matches!(self.lang, Lang::Fr) => {
                dir = Dir::Last;
                k += 1;
            }
            Some(Kw::Next) if !matches!(self.lang, Lang::Fr) => {
                dir = Dir::Next;
                k += 1;
            }
            Some(Kw::This) => {
                dir = Dir::This;
                k += 1;
            }
            _ => {}
        }
        // halves: "ersten Jahreshälfte", "first half of 2025", "premier semestre", "primer semestre"
        if let Lex::Ord(h) = self.lex(k) {
            if (1..=2).contains(&h) {
                let mut e = match (lang, self.low(k + 1)) {
                    (Lang::De, "jahreshälfte")
                    | (Lang::Fr, "semestre")
                    | (Lang::Es, "semestre") => Some(k + 2),
                    (Lang::En, "half") if self.is(k + 2, "of") => Some(k + 3),
                    (Lang::De, "hälfte")
                        if self.is(k + 2, "des") && self.is_any(k + 3, &["jahres", "jahrs"]) =>
                    {
                        Some(k + 4)
                    }
                    (Lang::Es, "mitad") if self.is(k + 2, "del") && self.is(k + 3, "año") => {
                        Some(k + 4)
                    }
                    _ => None,
                };
                if let Some(e0) = e {
                    let mut yrel = None;
                    let (mut y, mut e1) = self.quarter_year(e0);
                    if y.is_none() {
                        if let Some((r, e2)) = self.year_rel_at(e0) {
                            yrel = Some(r);
                            e1 = e2;
                        } else if lang == Lang::En && self.is(e0, "the") && self.is(e0 + 1, "year")
                        {
                            yrel = Some(0);
                            e1 = e0 + 2;
                        } else if lang == Lang::En && self.is(e0 - 1, "of") {
                            // "first half of" needs its year
                            return None;
                        }
                    }
                    if y.is_none()
                        && yrel.is_none()
                        && lang == Lang::De
                        && self.is_any(e0, &["des", "dieses"])
                    {
                        let (y2, e2) = self.quarter_year(e0 + 1);
                        y = y2;
                        e1 = if y.is_some() { e2 } else { e1 };
                    }
                    e = Some(e1);
                    return Some(Self::cand(
                        s,
                        e.unwrap_or(e1),
                        Sem::Quarter {
                            q: h,
                            y,
                            yrel,
                            dir,
                            half: true,
                        },
                    ));
                }
            }
        }
        // quarters: "ersten Quartal", "first quarter", "premier trimestre", "primer trimestre", Q1
        if let Lex::Ord(q) = self.lex(k) {
            if self.kw(k + 1) == Some(Kw::Quarter) && (1..=4).contains(&q) {
                let e = k + 2;
                let (y, e2) = self.quarter_year(e);
                return Some(Self::cand(
                    s,
                    e2,
                    Sem::Quarter {
                        q,
                        y,
                        yrel: None,
                        dir,
                        half: false,
                    },
                ));
            }
        }
        if self.is(k, "q") && self.joined(k + 1) {
            if let Some((q, 1)) = self.num(k + 1) {
                if (1..=4).contains(&q) {
                    let (y, e2) = self.quarter_year(k + 2);
                    if y.is_some() || self.cap(k) {
                        return Some(Self::cand(
                            s,
                            e2,
                            Sem::Quarter {
                                q: q as u8,
                                y,
                                yrel: None,
                                dir,
                                half: false,
                            },
                        ));
                    }
                }
            }
        }
        let Lex::Season(se) = self.lex(k) else {
            return None;
        };
        let mut e = k + 1;
        if lang == Lang::En
            && self.is(k, "fall")
            && dir == Dir::Auto
            && !self.prev_is_any(k, &["the"])
            && self.year_at(e).is_none()
        {
            return None;
        }
        if lang == Lang::De && !self.cap(k) {
            return None;
        }
        // with a year: "Sommer 2024", "summer of 2024", "été 2024", "verano de 2024"
        let y = if let Some((y, e2)) = self.year_at(e) {
            e = e2;
            Some(y)
        } else if self.is_any(e, &["of", "de", "des"]) && self.year_at(e + 1).is_some() {
            let y = self.year_at(e + 1).map(|x| x.0);
            e += 2;
            y
        } else {
            None
        };
        if y.is_none() && dir == Dir::Auto {
            // post-modifiers FR/ES; DE genitive
            match lang {
                Lang::Fr | Lang::Es => match self.kw(e) {
                    Some(Kw::Last) if !self.is_any(e, &["derniers", "últimos"]) => {
                        dir = Dir::Last;
                        e += 1;
                    }
                    Some(Kw::Next) => {
                        dir = Dir::Next;
                        e += 1;
                    }
                    _ => {}
                },
                _ => {}
            }
            if let Some((rel, e2)) = self.year_rel_at(e) {
                return Some(Self::cand(
                    s,
                    e2,
                    Sem::Season {
                        s: se,
                        y: None,
                        yrel: Some(rel),
                        dir,
                    },
                ));
            }
            if dir == Dir::Auto {
                let cue = match lang {
                    Lang::De => self.prev_is_any(
                        k,
                        &[
                            "im",
                            "seit",
                            "bis",
                            "ab",
                            "diesen",
                            "diesem",
                            "des",
                            "zum",
                            "anfang",
                            "ende",
                            "mitte",
                            "vom",
                            "dem",
                            "den",
                            "im",
                            "kommenden",
                            "vergangenen",
                            "letzten",
                            "nächsten",
                        ],
                    ),
                    Lang::En => self.prev_is_any(
                        k,
                        &[
                            "in", "since", "until", "by", "the", "during", "this", "last", "next",
                            "early", "late", "mid", "through",
                        ],
                    ),
                    Lang::Fr => {
                        self.prev_is_any(
                            k,
                            &[
                                "l", "cet", "en", "au", "depuis", "jusqu", "d", "cette", "ce",
                                "fin", "début", "mi",
                            ],
                        ) && (self.joined(k)
                            || !self.is(k, "été")
                            || !self.prev_is_any(
                                k,
                                &["a", "ont", "avait", "aurait", "sera", "été", "ayant"],
                            ))
                    }
                    Lang::Es => self.prev_is_any(
                        k,
                        &["el", "en", "este", "desde", "hasta", "del", "durante", "la"],
                    ),
                };
                if !cue {
                    return None;
                }
                if lang == Lang::Fr && self.is(k, "été") {
                    // "a été", "ont été": the participle
                    if !self.prev_is_any(
                        k,
                        &[
                            "l", "cet", "en", "depuis", "d", "fin", "début", "mi", "jusqu",
                        ],
                    ) {
                        return None;
                    }
                }
            }
        }
        Some(Self::cand(
            s,
            e,
            Sem::Season {
                s: se,
                y,
                yrel: None,
                dir,
            },
        ))
    }

    fn quarter_year(&self, e: usize) -> (Option<i32>, usize) {
        if let Some((y, e2)) = self.year_at(e) {
            return (Some(y), e2);
        }
        let mut k = e;
        if self.is_any(k, &["of", "de", "des", "del", "du"]) {
            k += 1;
        }
        if self.is_any(k, &["jahres", "année", "año"]) {
            k += 1;
        }
        if let Some((y, e2)) = self.year_at(k) {
            return (Some(y), e2);
        }
        (None, e)
    }

    /// Ago / in: "three days ago", "vor drei Tagen", "il y a trois jours", "hace dos semanas", "in zwei Wochen", "dans trois jours".
    fn m_ago(&self, i: usize) -> Option<Cand> {
        let lang = self.lang;
        match lang {
            Lang::En => {
                if let Some((n, k, _)) = self.qty_at(i) {
                    let u = self.unit(k)?;
                    if self.kw(k + 1) == Some(Kw::Ago) && n > 0 {
                        return Some(Self::cand(
                            i,
                            k + 2,
                            Sem::Ago {
                                n,
                                unit: u,
                                sign: -1,
                            },
                        ));
                    }
                    return None;
                }
                if self.is(i, "in") {
                    let (n, k, _) = self.qty_at(i + 1)?;
                    let u = self.unit(k)?;
                    if n == 0
                        || self.is(k + 1, "of")
                        || !matches!(u, Unit::Day | Unit::Week | Unit::Month | Unit::Year)
                    {
                        return None;
                    }
                    if self.tense(i, k + 1) == Tense::Future {
                        return Some(Self::cand(
                            i,
                            k + 1,
                            Sem::Ago {
                                n,
                                unit: u,
                                sign: 1,
                            },
                        ));
                    }
                }
                None
            }
            Lang::De => {
                let sign = match self.low(i) {
                    "vor" => -1,
                    "in" => 1,
                    _ => return None,
                };
                let mut k = i + 1;
                if self.is_any(
                    k,
                    &[
                        "knapp", "fast", "rund", "etwa", "gut", "über", "genau", "zwei",
                    ],
                ) && !self.is(k, "zwei")
                {
                    k += 1;
                } else if self.is(k, "mehr") && self.is(k + 1, "als") {
                    k += 2;
                }
                let (n, k2, _) = self.qty_at(k)?;
                let w = self.low(k2);
                let u = match w {
                    "tagen" | "tag" => Unit::Day,
                    "wochen" | "woche" => Unit::Week,
                    "monaten" | "monat" => Unit::Month,
                    "jahren" | "jahr" => Unit::Year,
                    _ => return None,
                };
                if n == 0 {
                    return None;
                }
                // "vor einem Tag" singular only with ein-
                if matches!(w, "tag" | "woche" | "monat" | "jahr") && n != 1 {
                    return None;
                }
                if sign > 0 && self.is(k2 + 1, "lang") {
                    return None;
                }
                Some(Self::cand(i, k2 + 1, Sem::Ago { n, unit: u, sign }))
            }
            Lang::Fr => {
                let (sign, mut k) =
                    if self.is(i, "il") && self.is(i + 1, "y") && self.is(i + 2, "a") {
                        (-1, i + 3)
                    } else if self.is(i, "dans") {
                        (1, i + 1)
                    } else {
                        return None;
                    };
                if self.is_any(k, &["près", "plus"]) && self.is_any(k + 1, &["de", "d"]) {
                    k += 2;
                    if self.is(k, "'") {
                        k += 1;
                    }
                } else if self.is(k, "environ") {
                    k += 1;
                }
                let (n, k2, _) = self.qty_at(k)?;
                let u = self.unit(k2)?;
                if n == 0 || !matches!(u, Unit::Day | Unit::Week | Unit::Month | Unit::Year) {
                    return None;
                }
                Some(Self::cand(i, k2 + 1, Sem::Ago { n, unit: u, sign }))
            }
            Lang::Es => {
                let (sign, mut k) = if self.is(i, "hace") {
                    (-1, i + 1)
                } else if self.is(i, "dentro") && self.is(i + 1, "de") {
                    (1, i + 2)
                } else {
                    return None;
                };
                if self.is_any(k, &["casi", "apenas", "exactamente"]) {
                    k += 1;
                } else if self.is_any(k, &["más", "cerca", "alrededor"]) && self.is(k + 1, "de") {
                    k += 2;
                }
                let (n, k2, _) = self.qty_at(k)?;
                let u = self.unit(k2)?;
                if n == 0 || !matches!(u, Unit::Day | Unit::Week | Unit::Month | Unit::Year) {
                    return None;
                }
                Some(Self::cand(i, k2 + 1, Sem::Ago { n, unit: u, sign }))
            }
        }
    }

    /// A singular unit noun usable in "the next day", "im selben Jahr", "l'année suivante".
    fn unit_singular(&self, k: usize) -> Option<Unit> {
        let w = self.low(k);
        let u = match self.lang {
            Lang::De => match w {
                "tag" => Unit::Day,
                "woche" => Unit::Week,
                "monat" => Unit::Month,
                "jahr" => Unit::Year,
                _ => return None,
            },
            Lang::En => match w {
                "day" | "morning" | "afternoon" | "evening" | "night" => Unit::Day,
                "week" => Unit::Week,
                "month" => Unit::Month,
                "year" => Unit::Year,
                _ => return None,
            },
            Lang::Fr => match w {
                "jour" | "journée" | "matin" | "soir" | "nuit" => Unit::Day,
                "semaine" => Unit::Week,
                "mois" => Unit::Month,
                "an" | "année" => Unit::Year,
                _ => return None,
            },
            Lang::Es => match w {
                "día" | "dia" | "jornada" | "noche" => Unit::Day,
                "semana" => Unit::Week,
                "mes" => Unit::Month,
                "año" => Unit::Year,
                _ => return None,
            },
        };
        Some(u)
    }

    /// A part of the day told without its day: "am Morgen", "in der Nacht",
    /// "am frühen Abend", "in the morning", "dans la matinée", "dans la
    /// nuit", "por la mañana", "en la madrugada": the day the story is at
    /// (the date told last, else the dispatch's). Not with a day after it
    /// ("am Morgen des 7. Oktober", "dans la nuit de mardi à mercredi", "in
    /// the morning of May 3"): those are dates of their own.
    fn m_bare_pod(&self, i: usize) -> Option<Cand> {
        let lang = self.lang;
        let w = self.low(i);
        let pod_word =
            matches!(self.lex(i), Lex::Pod(_)) || lang == Lang::De && w == "morgen" && self.cap(i);
        if !pod_word {
            return None;
        }
        let before: &[&str] = match lang {
            Lang::De if w == "nacht" => &["der"],
            Lang::De => &["am", "frühen", "späten"],
            Lang::En => &["the"],
            Lang::Fr => &["la"],
            Lang::Es => &["la"],
        };
        let (p, pw) = self.prev_word(i)?;
        if !before.contains(&pw) {
            return None;
        }
        // the preposition before the article: "in der Nacht", "am frühen Abend",
        // "in the morning", "dans la nuit", "por la noche"
        let prep_ok = match (lang, pw) {
            (Lang::De, "am") => true,
            (Lang::De, _) => {
                self.prev_word(p)
                    .is_some_and(|(_, x)| if pw == "der" { x == "in" } else { x == "am" })
            }
            (Lang::En, _) => self.prev_word(p).is_some_and(|(_, x)| x == "in"),
            (Lang::Fr, _) => self.prev_word(p).is_some_and(|(_, x)| x == "dans"),
            (Lang::Es, _) => self
                .prev_word(p)
                .is_some_and(|(_, x)| x == "por" || x == "en"),
        };
        if !prep_ok {
            return None;
        }
        // a day named after it makes another date
        let after = self.low(i + 1);
        if matches!(
            after,
            "des"
                | "desselben"
                | "zum"
                | "zu"
                | "auf"
                | "vom"
                | "von"
                | "of"
                | "de"
                | "du"
                | "del"
                | "hours"
                | "stunden"
        ) || self.weekday_at(i + 1).is_some()
            || matches!(self.lex(i + 1), Lex::Month(..))
            || self
                .toks
                .get(i + 1)
                .is_some_and(|t| t.kind == TokenKind::Number)
        {
            return None;
        }
        Some(Self::cand(
            i,
            i + 1,
            Sem::Narr {
                n: 0,
                unit: Unit::Day,
            },
        ))
    }

    /// Narrative: the next day, la veille, tags darauf, dos días después,
    /// the following year, im selben Monat …
    fn m_narr(&self, i: usize) -> Option<Cand> {
        let lang = self.lang;
        let w = self.low(i);
        // determiners after "before/after/después/antes": relative to an event, skip
        let det_after = |k: usize| -> bool {
            self.is_any(
                k,
                &[
                    "the", "a", "an", "his", "her", "their", "its", "this", "that", "de", "del",
                    "des", "du", "la", "le", "les", "l", "dem", "der", "den", "einem", "einer",
                    "to",
                ],
            )
        };
        let narr =
            |s: usize, e: usize, n: i32, u: Unit| Some(Self::cand(s, e, Sem::Narr { n, unit: u }));
        match lang {
            Lang::En => match w {
                "next" | "following" if self.prev_is_any(i, &["the"]) => {
                    narr(i, i + 2, 1, self.unit_singular(i + 1)?)
                }
                "previous" if self.prev_is_any(i, &["the"]) => {
                    narr(i, i + 2, -1, self.unit_singular(i + 1)?)
                }
                "same" if self.prev_is_any(i, &["the"]) => {
                    narr(i, i + 2, 0, self.unit_singular(i + 1)?)
                }
                "day" | "year" | "month" | "week"
                    if self.prev_is_any(i, &["the", "a"])
                        && self.is_any(i + 1, &["before", "after", "earlier", "later"]) =>
                {
                    let n = if self.is_any(i + 1, &["before", "earlier"]) {
                        -1
                    } else {
                        1
                    };
                    if self.is_any(i + 1, &["before", "after"])
                        && (det_after(i + 2)
                            || self.is_any(i + 2, &["yesterday", "tomorrow"])
                            || (self.is_word(i + 2) && self.cap(i + 2)))
                    {
                        return None;
                    }
                    narr(i, i + 2, n, self.unit_singular(i)?)
                }
                "that"
                    if !self.prev_is_any(i, &["said", "told", "so", "such"])
                        && !self.is(i + 1, "morning") =>
                {
                    narr(i, i + 2, 0, self.unit_singular(i + 1)?)
                }
                "later" | "earlier" if self.is(i + 1, "that") && self.is(i + 2, "day") => {
                    narr(i, i + 3, 0, Unit::Day)
                }
                "later" | "earlier"
                    if self.is(i + 1, "in") && self.is(i + 2, "the") && self.is(i + 3, "day") =>
                {
                    narr(i, i + 4, 0, Unit::Day)
                }
                _ => {
                    let (n, k, _) = self.qty_at(i)?;
                    let u = self.unit(k)?;
                    if n == 0 || !matches!(u, Unit::Day | Unit::Week | Unit::Month | Unit::Year) {
                        return None;
                    }
                    let sign = match self.low(k + 1) {
                        "later" | "afterwards" | "afterward" => 1,
                        "earlier" => -1,
                        "after" if !det_after(k + 2) && !self.is_word(k + 2) => 1,
                        "before" if !det_after(k + 2) && !self.is_word(k + 2) => -1,
                        _ => return None,
                    };
                    narr(i, k + 2, sign * n as i32, u)
                }
            },
            Lang::De => match w {
                "folgenden" | "darauffolgenden" | "nächsten"
                    if self.unit_singular(i + 1).is_some() =>
                {
                    if w == "nächsten" && !self.prev_is_any(i, &["am", "den", "dem", "im"]) {
                        return None;
                    }
                    narr(i, i + 2, 1, self.unit_singular(i + 1)?)
                }
                "selben" | "gleichen" | "demselben" if self.unit_singular(i + 1).is_some() => {
                    narr(i, i + 2, 0, self.unit_singular(i + 1)?)
                }
                "selben" | "gleichen" | "demselben" if matches!(self.lex(i + 1), Lex::Pod(_)) => {
                    narr(i, i + 2, 0, Unit::Day)
                }
                "tags" if self.is_any(i + 1, &["darauf", "danach"]) => narr(i, i + 2, 1, Unit::Day),
                "tags" if self.is_any(i + 1, &["zuvor", "davor", "vorher"]) => {
                    narr(i, i + 2, -1, Unit::Day)
                }
                "tag" | "jahr" | "monat" | "woche"
                    if self.is_any(i + 1, &["darauf", "danach"])
                        && self.prev_is_any(i, &["am", "den", "im", "in", "der"]) =>
                {
                    narr(i, i + 2, 1, self.unit_singular(i)?)
                }
                "tag" | "jahr" | "monat" | "woche"
                    if self.is_any(i + 1, &["zuvor", "davor", "vorher"])
                        && self.prev_is_any(i, &["am", "den", "im", "in", "der"]) =>
                {
                    narr(i, i + 2, -1, self.unit_singular(i)?)
                }
                "folgetag" | "folgetages" => narr(i, i + 1, 1, Unit::Day),
                "vortag" | "vortages" | "vorabend" => narr(i, i + 1, -1, Unit::Day),
                "folgejahr" | "folgejahres" => narr(i, i + 1, 1, Unit::Year),
                _ => {
                    let (n, k, _) = self.qty_at(i)?;
                    let u = self.unit(k)?;
                    if n == 0 || !matches!(u, Unit::Day | Unit::Week | Unit::Month | Unit::Year) {
                        return None;
                    }
                    let sign = match self.low(k + 1) {
                        "später" | "danach" | "darauf" => 1,
                        "zuvor" | "vorher" | "davor" | "früher" => -1,
                        _ => return None,
                    };
                    narr(i, k + 2, sign * n as i32, u)
                }
            },
            Lang::Fr => {
                match self.kw(i) {
                    // "a accepté mercredi …, au lendemain d'une offensive": the
                    // day after the offensive is the clause's day, not the one after it
                    Some(Kw::NextDay)
                        if w == "lendemain"
                            && self.prev_is_any(i, &["au"])
                            && self.is_any(i + 1, &["de", "d", "du", "des"]) =>
                    {
                        return narr(i, i + 1, 0, Unit::Day)
                    }
                    Some(Kw::NextDay) => return narr(i, i + 1, 1, Unit::Day),
                    Some(Kw::DayBefore) => return narr(i, i + 1, -1, Unit::Day),
                    Some(Kw::TwoDaysAfter) => return narr(i, i + 1, 2, Unit::Day),
                    _ => {}
                }
                if w == "avant" && self.is(i + 1, "-") && self.is(i + 2, "veille") {
                    return narr(i, i + 3, -2, Unit::Day);
                }
                if w == "même" {
                    if let Some(u) = self.unit_singular(i + 1) {
                        return narr(i, i + 2, 0, u);
                    }
                }
                if w == "ce" || w == "cette" || w == "cet" {
                    if let Some(u) = self.unit_singular(i + 1) {
                        if self.joined(i + 2) && self.is(i + 2, "-") && self.is(i + 3, "là") {
                            return narr(i, i + 4, 0, u);
                        }
                    }
                }
                if let Some(u) = self.unit_singular(i) {
                    match self.low(i + 1) {
                        "même" => return narr(i, i + 2, 0, u),
                        "suivant" | "suivante" => return narr(i, i + 2, 1, u),
                        "précédent" | "précédente" => return narr(i, i + 2, -1, u),
                        _ => {}
                    }
                }
                let (n, k, _) = self.qty_at(i)?;
                let u = self.unit(k)?;
                if n == 0 || !matches!(u, Unit::Day | Unit::Week | Unit::Month | Unit::Year) {
                    return None;
                }
                let (sign, e) = if self.is(k + 1, "plus") && self.is(k + 2, "tard") {
                    (1, k + 3)
                } else if self.is(k + 1, "plus") && self.is(k + 2, "tôt") {
                    (-1, k + 3)
                } else if self.is(k + 1, "auparavant") {
                    (-1, k + 2)
                } else if self.is(k + 1, "après") && !det_after(k + 2) && !self.is_word(k + 2) {
                    (1, k + 2)
                } else if self.is(k + 1, "avant") && !det_after(k + 2) && !self.is_word(k + 2) {
                    (-1, k + 2)
                } else {
                    return None;
                };
                narr(i, e, sign * n as i32, u)
            }
            Lang::Es => {
                if self.kw(i) == Some(Kw::DayBefore) {
                    return narr(i, i + 1, -1, Unit::Day);
                }
                if let Some(u) = self.unit_singular(i) {
                    match self.low(i + 1) {
                        "siguiente" => return narr(i, i + 2, 1, u),
                        "anterior" => return narr(i, i + 2, -1, u),
                        _ => {}
                    }
                }
                if matches!(w, "mismo" | "misma") {
                    if let Some(u) = self.unit_singular(i + 1) {
                        return narr(i, i + 2, 0, u);
                    }
                }
                if w == "otro" && self.is(i + 1, "día") && self.prev_is_any(i, &["al"]) {
                    return narr(i, i + 2, 1, Unit::Day);
                }
                let (n, k, _) = self.qty_at(i)?;
                let u = self.unit(k)?;
                if n == 0 || !matches!(u, Unit::Day | Unit::Week | Unit::Month | Unit::Year) {
                    return None;
                }
                let (sign, e) = if self.is(k + 1, "más") && self.is(k + 2, "tarde") {
                    (1, k + 3)
                } else if self.is(k + 1, "después") && !det_after(k + 2) {
                    (1, k + 2)
                } else if self.is(k + 1, "antes") && !det_after(k + 2) {
                    (-1, k + 2)
                } else {
                    return None;
                };
                narr(i, e, sign * n as i32, u)
            }
        }
    }

    /// Sets: every week, jeden Tag, chaque semaine, todos los días, täglich, dienstags…
    fn m_set(&self, i: usize) -> Option<Cand> {
        let lang = self.lang;
        match self.lex(i) {
            Lex::SetAdv(u) => {
                // Spanish "semanal"/"mensual" and French adjectives are fine; skip "quotidien" (a newspaper)
                return Some(Self::cand(
                    i,
                    i + 1,
                    Sem::Set {
                        n: 1,
                        unit: u,
                        wd: None,
                    },
                ));
            }
            Lex::WeekdaySet(d) => {
                return Some(Self::cand(
                    i,
                    i + 1,
                    Sem::Set {
                        n: 1,
                        unit: Unit::Week,
                        wd: Some(d),
                    },
                ))
            }
            _ => {}
        }
        let mut k;
        let every = if self.kw(i) == Some(Kw::Every) {
            k = i + 1;
            true
        } else if lang == Lang::Fr && self.is_any(i, &["tous", "toutes"]) && self.is(i + 1, "les") {
            k = i + 2;
            true
        } else if lang == Lang::Es
            && self.is_any(i, &["todos", "todas"])
            && self.is_any(i + 1, &["los", "las"])
        {
            k = i + 2;
            true
        } else if lang == Lang::Es && self.is(i, "los") && self.weekday_at(i + 1).is_some() {
            k = i + 1;
            true
        } else {
            k = i;
            false
        };
        if every {
            let mut n = 1;
            if let Some((q, k2, _)) = self.qty_at(k) {
                if q > 1 && self.unit(k2).is_some() {
                    n = q;
                    k = k2;
                }
            }
            if let Some(u) = self.unit(k) {
                return Some(Self::cand(
                    i,
                    k + 1,
                    Sem::Set {
                        n,
                        unit: u,
                        wd: None,
                    },
                ));
            }
            if let Some((d, _)) = self.weekday_at(k) {
                return Some(Self::cand(
                    i,
                    k + 1,
                    Sem::Set {
                        n: 1,
                        unit: Unit::Week,
                        wd: Some(d),
                    },
                ));
            }
            if let Lex::WeekdaySet(d) = self.lex(k) {
                return Some(Self::cand(
                    i,
                    k + 1,
                    Sem::Set {
                        n: 1,
                        unit: Unit::Week,
                        wd: Some(d),
                    },
                ));
            }
            return None;
        }
        // per day / pro Tag / par jour / por día / al día / once a week
        let per = match lang {
            Lang::De => self.is(i, "pro"),
            Lang::En => {
                self.is(i, "per")
                    || (self.is_any(i, &["a", "an"])
                        && i > 0
                        && (self.is_any(i - 1, &["once", "twice", "times"])))
            }
            Lang::Fr => self.is(i, "par"),
            Lang::Es => {
                self.is_any(i, &["por", "al"])
                    || (self.is(i, "a") && self.is(i + 1, "la") && self.is(i + 2, "semana"))
            }
        };
        if per {
            let mut k = i + 1;
            if lang == Lang::Es && self.is(k, "la") {
                k += 1;
            }
            let u = self.unit(k)?;
            let w = self.low(k);
            let singular = matches!(
                w,
                "tag"
                    | "woche"
                    | "monat"
                    | "jahr"
                    | "stunde"
                    | "day"
                    | "week"
                    | "month"
                    | "year"
                    | "hour"
                    | "jour"
                    | "semaine"
                    | "mois"
                    | "an"
                    | "heure"
                    | "día"
                    | "semana"
                    | "mes"
                    | "año"
                    | "hora"
            );
            if !singular {
                return None;
            }
            if lang == Lang::Es && self.is(i, "al") && !matches!(w, "día" | "mes" | "año") {
                return None;
            }
            if self.is_any(
                k + 1,
                &[
                    "siguiente",
                    "anterior",
                    "suivant",
                    "suivante",
                    "précédent",
                    "later",
                    "before",
                    "after",
                    "earlier",
                ],
            ) {
                return None;
            }
            return Some(Self::cand(
                i,
                k + 1,
                Sem::Set {
                    n: 1,
                    unit: u,
                    wd: None,
                },
            ));
        }
        None
    }

    /// Bare years (and year ranges) where the context makes them years.
    fn m_year(&self, i: usize, prev_is_date: bool) -> Option<Vec<Cand>> {
        let (y, e) = self.year_at(i)?;
        if i > 0
            && self.joined(i)
            && (self.is_any(i - 1, &["-", "/", "#", "$", "€", "£", "n°", "°", "'"])
                || self.is_word(i - 1))
        {
            // "Kh-2024", "#2024", "2014-2016" second half is handled by the first
            if !(self.is(i - 1, "-") && i >= 2 && self.year_at(i - 2).is_some()) {
                return None;
            }
        }
        // the word before, skipping an abbreviation's dot ("Nr. 2024")
        let pw = self.prev_word(i).map(|(j, w)| {
            if w == "." && j > 0 && self.joined(j) && self.is_word(j - 1) {
                (j - 1, self.low(j - 1))
            } else {
                (j, w)
            }
        });
        let prev = pw.map(|(_, w)| w).unwrap_or("");
        let prev2 = pw
            .and_then(|(j, _)| self.prev_word(j))
            .map(|(_, w)| w)
            .unwrap_or("");
        let lang = self.lang;
        // Not a year: designators and quantities.
        let neg_prev = match lang {
            Lang::De => {
                matches!(
                    prev,
                    "rund"
                        | "etwa"
                        | "fast"
                        | "knapp"
                        | "mehr"
                        | "als"
                        | "über"
                        | "mindestens"
                        | "weitere"
                        | "insgesamt"
                        | "ungefähr"
                        | "circa"
                        | "ca"
                        | "nr"
                        | "nummer"
                        | "resolution"
                        | "artikel"
                        | "paragraf"
                        | "paragraph"
                        | "flug"
                        | "linie"
                        | "seite"
                        | "zimmer"
                        | "raum"
                        | "modell"
                        | "typ"
                        | "code"
                        | "kapitel"
                        | "punkt"
                        | "platz"
                        | "rang"
                        | "stufe"
                        | "kilometer"
                        | "bus"
                        | "route"
                        | "nahezu"
                ) || (prev == "zu" && prev2 == "bis")
                    || matches!(prev, "die" | "den" | "der" | "diese" | "alle")
                        && self.is_word(e)
                        && self.cap(e)
            }
            Lang::En => {
                matches!(prev, "about" | "some" | "around" | "nearly" | "almost" | "more" | "than" | "over" | "least" | "roughly" | "approximately" | "estimated" | "additional" | "another" | "resolution" | "no" | "number" | "flight" | "route" | "article" | "page" | "room" | "chapter" | "code" | "model" | "type" | "level" | "highway" | "road" | "plus" | "nearly" | "all" | "those" | "these" | "extra" | "its" | "their" | "of" if prev != "of" || matches!(prev2, "out" | "total" | "group" | "number"))
                    || (prev == "to" && prev2 == "up")
            }
            Lang::Fr => {
                matches!(
                    prev,
                    "environ"
                        | "près"
                        | "quelque"
                        | "quelques"
                        | "plus"
                        | "moins"
                        | "résolution"
                        | "numéro"
                        | "n"
                        | "article"
                        | "vol"
                        | "page"
                        | "chambre"
                        | "les"
                        | "des"
                        | "ces"
                        | "ses"
                        | "leurs"
                        | "nos"
                        | "aux"
                        | "route"
                        | "code"
                        | "modèle"
                        | "type"
                        | "niveau"
                        | "millier"
                        | "total"
                ) || (matches!(prev, "de" | "d")
                    && matches!(prev2, "plus" | "moins" | "près" | "environ" | "total"))
            }
            Lang::Es => {
                matches!(
                    prev,
                    "unos"
                        | "unas"
                        | "cerca"
                        | "casi"
                        | "más"
                        | "menos"
                        | "alrededor"
                        | "aproximadamente"
                        | "resolución"
                        | "número"
                        | "artículo"
                        | "vuelo"
                        | "página"
                        | "los"
                        | "las"
                        | "sus"
                        | "estos"
                        | "estas"
                        | "núm"
                        | "ruta"
                        | "código"
                        | "modelo"
                        | "tipo"
                        | "nivel"
                        | "total"
                ) || (prev == "de"
                    && matches!(prev2, "más" | "menos" | "cerca" | "alrededor" | "total"))
            }
        };
        if neg_prev {
            return None;
        }
        let strong = match lang {
            Lang::De => {
                matches!(
                    prev,
                    "jahr"
                        | "jahre"
                        | "jahres"
                        | "seit"
                        | "bis"
                        | "ab"
                        | "von"
                        | "vor"
                        | "nach"
                        | "zwischen"
                        | "anfang"
                        | "mitte"
                        | "ende"
                        | "sommer"
                        | "winter"
                        | "herbst"
                        | "frühjahr"
                        | "frühling"
                        | "um"
                        | "jahreswechsel"
                        | "im"
                ) || matches!(self.lex(i.wrapping_sub(1)), Lex::Month(..))
            }
            Lang::En => {
                matches!(
                    prev,
                    "in" | "since"
                        | "until"
                        | "till"
                        | "from"
                        | "between"
                        | "before"
                        | "after"
                        | "during"
                        | "year"
                        | "early"
                        | "mid"
                        | "late"
                        | "of"
                        | "through"
                        | "by"
                        | "around"
                        | "summer"
                        | "winter"
                        | "spring"
                        | "autumn"
                        | "fall"
                        | "circa"
                ) || matches!(self.lex(i.wrapping_sub(1)), Lex::Month(..))
            }
            Lang::Fr => {
                matches!(
                    prev,
                    "en" | "depuis"
                        | "jusqu"
                        | "dès"
                        | "avant"
                        | "après"
                        | "entre"
                        | "an"
                        | "année"
                        | "fin"
                        | "début"
                        | "mi"
                        | "de"
                        | "d"
                        | "été"
                        | "hiver"
                        | "printemps"
                        | "automne"
                        | "vers"
                        | "courant"
                        | "à"
                ) || matches!(self.lex(i.wrapping_sub(1)), Lex::Month(..))
            }
            Lang::Es => {
                matches!(
                    prev,
                    "en" | "desde"
                        | "hasta"
                        | "antes"
                        | "después"
                        | "entre"
                        | "año"
                        | "de"
                        | "del"
                        | "finales"
                        | "principios"
                        | "mediados"
                        | "verano"
                        | "invierno"
                        | "primavera"
                        | "otoño"
                        | "a"
                        | "hacia"
                ) || matches!(self.lex(i.wrapping_sub(1)), Lex::Month(..))
            }
        } || prev_is_date;
        // What follows.
        let next_kind = self.tk(e).map(|t| t.kind);
        let nw = self.low(e);
        let next_counted = is_counted_noun(lang, nw)
            || matches!(nw, "%" | "prozent" | "percent" | "per" | "pour" | "por");
        if next_counted && self.same_line(e, i) {
            return None;
        }
        let ok = if strong {
            (1000..=2199).contains(&y)
        } else {
            if !(1900..=2100).contains(&y) {
                return None;
            }
            match lang {
                Lang::De => {
                    !(next_kind == Some(TokenKind::Word)
                        && self.cap(e)
                        && self.same_line(e, i)
                        && !matches!(self.lex(e), Lex::Month(..))
                        && !self.is_any(e, &["Und"]))
                }
                _ => {
                    let plural = next_kind == Some(TokenKind::Word)
                        && !self.cap(e)
                        && nw.len() > 3
                        && nw.ends_with('s')
                        && !is_function_word(lang, nw)
                        && self.same_line(e, i);
                    !plural
                }
            }
        };
        if !ok {
            return None;
        }
        let mut out = vec![Self::cand(
            i,
            e,
            Sem::Date {
                y: Some(y),
                m: None,
                d: None,
                yrel: None,
                dir: Dir::Auto,
                wd: None,
            },
        )];
        // ranges "2014-2016", "2014 bis 2016"
        if self.is_any(
            e,
            &[
                "-", "/", "bis", "to", "and", "und", "à", "au", "et", "a", "al", "y", "or", "oder",
                "ou", "o",
            ],
        ) {
            if let Some((y2, e2)) = self.year_at(e + 1) {
                if y2 > y && y2 - y < 200 && !is_counted_noun(lang, self.low(e2)) {
                    out.push(Self::cand(
                        e + 1,
                        e2,
                        Sem::Date {
                            y: Some(y2),
                            m: None,
                            d: None,
                            yrel: None,
                            dir: Dir::Auto,
                            wd: None,
                        },
                    ));
                }
            } else if self.is(e, "/")
                && self.joined(e)
                && self.joined(e + 1)
                && self.num(e + 1).is_some_and(|(_, d)| d == 2)
            {
                // "2015/16": keep the first year only
            }
        }
        Some(out)
    }

    /// Durations: "drei Tage lang", "48 Stunden", "two weeks", "42-day", "plusieurs jours".
    fn m_duration(&self, i: usize) -> Option<Cand> {
        let lang = self.lang;
        let (n, mut k, art) = self.qty_at(i)?;
        let hyph = self.is(k, "-") && self.joined(k) && self.joined(k + 1);
        if hyph {
            k += 1;
        }
        let u = self.unit(k)?;
        if art {
            // "a year", "ein Jahr", "un an", "un año": only after a duration cue
            let cue =
                match lang {
                    Lang::En => self.prev_is_any(
                        i,
                        &[
                            "for", "than", "over", "nearly", "almost", "about", "within", "under",
                            "after", "half", "past", "just", "only", "least",
                        ],
                    ),
                    Lang::De => self.prev_is_any(
                        i,
                        &[
                            "seit",
                            "für",
                            "als",
                            "binnen",
                            "innerhalb",
                            "nach",
                            "fast",
                            "knapp",
                            "rund",
                            "etwa",
                            "über",
                            "mindestens",
                        ],
                    ),
                    Lang::Fr => self
                        .prev_is_any(i, &["pendant", "depuis", "durant", "d", "en", "de", "pour"]),
                    Lang::Es => self
                        .prev_is_any(i, &["durante", "hace", "de", "en", "casi", "por", "desde"]),
                };
            if !cue {
                return None;
            }
            if lang == Lang::Fr
                && matches!(self.low(k), "an" | "mois")
                && self.prev_is_any(i, &["de"])
                && !self.prev_is_any(i.saturating_sub(1), &["plus", "moins", "près"])
            {
                return None;
            }
        }
        // a 4-digit year before a unit is not a quantity of years unless small
        if self.num(i).is_some_and(|(_, d)| d == 4) && !hyph {
            return None;
        }
        let mut e = k + 1;
        if lang == Lang::De && self.is(e, "lang") {
            e += 1;
        }
        Some(Self::cand(
            i,
            e,
            Sem::Duration {
                n: if n == 0 { None } else { Some(n) },
                unit: u,
            },
        ))
    }
}

fn rel_part(part: Part, unit: Unit, off: i32) -> Sem {
    Sem::Part {
        part,
        y: None,
        m: None,
        yrel: Some(off),
        unit,
        dir: Dir::Auto,
    }
}

fn date(y: Option<i32>, m: Option<u8>, d: Option<u8>) -> Sem {
    Sem::Date {
        y,
        m,
        d,
        yrel: None,
        dir: Dir::Auto,
        wd: None,
    }
}

fn adj_ampm(h: u32, pm: bool) -> u32 {
    match (h, pm) {
        (12, false) => 0,
        (12, true) => 12,
        (h, true) => h + 12,
        (h, false) => h,
    }
}

pub(crate) fn days_in_month(y: i32, m: u8) -> u8 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 => {
            if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 {
                29
            } else {
                28
            }
        }
        _ => 0,
    }
}

fn valid_md(y: Option<i32>, m: u8, d: u8) -> bool {
    (1..=12).contains(&m) && d >= 1 && d <= days_in_month(y.unwrap_or(2024), m)
}

fn valid_ymd(y: i32, m: u32, d: u32) -> bool {
    (1000..=2199).contains(&y)
        && (1..=12).contains(&m)
        && d >= 1
        && d <= u32::from(days_in_month(y, m as u8))
}

fn roman(s: &str) -> Option<i32> {
    if s.is_empty() || s.len() > 6 {
        return None;
    }
    let mut total = 0i32;
    let mut prev = 0i32;
    for c in s.chars().rev() {
        let v = match c {
            'i' => 1,
            'v' => 5,
            'x' => 10,
            'l' => 50,
            _ => return None,
        };
        if v < prev {
            total -= v;
        } else {
            total += v;
            prev = v;
        }
    }
    if (1..=30).contains(&total) {
        Some(total)
    } else {
        None
    }
}

/// Nouns counted by a number before them: "2000 Soldaten", "1500 soldats".
fn is_counted_noun(lang: Lang, w: &str) -> bool {
    match lang {
        Lang::De => matches!(
            w,
            "tote"
                | "toten"
                | "menschen"
                | "soldaten"
                | "personen"
                | "kilometer"
                | "km"
                | "meter"
                | "euro"
                | "dollar"
                | "mann"
                | "kämpfer"
                | "zivilisten"
                | "häftlinge"
                | "gefangene"
                | "flüchtlinge"
                | "einwohner"
                | "tonnen"
                | "stück"
                | "fälle"
                | "fällen"
                | "opfer"
                | "verletzte"
                | "raketen"
                | "drohnen"
                | "ziele"
                | "angriffe"
                | "mal"
                | "jahre"
                | "tage"
                | "stunden"
                | "minuten"
                | "wochen"
                | "monate"
                | "mitglieder"
                | "kinder"
                | "frauen"
                | "männer"
                | "dollars"
        ),
        Lang::En => matches!(
            w,
            "people"
                | "troops"
                | "soldiers"
                | "dead"
                | "killed"
                | "km"
                | "kilometres"
                | "kilometers"
                | "miles"
                | "metres"
                | "meters"
                | "dollars"
                | "euros"
                | "men"
                | "women"
                | "children"
                | "fighters"
                | "civilians"
                | "prisoners"
                | "refugees"
                | "residents"
                | "tons"
                | "tonnes"
                | "cases"
                | "victims"
                | "rockets"
                | "missiles"
                | "drones"
                | "targets"
                | "strikes"
                | "times"
                | "years"
                | "days"
                | "hours"
                | "minutes"
                | "weeks"
                | "months"
                | "members"
                | "police"
                | "personnel"
                | "casualties"
                | "deaths"
                | "militants"
                | "rebels"
                | "hostages"
                | "homes"
                | "houses"
                | "buildings"
                | "km²"
                | "sq"
        ),
        Lang::Fr => matches!(
            w,
            "morts"
                | "personnes"
                | "soldats"
                | "tués"
                | "km"
                | "kilomètres"
                | "mètres"
                | "euros"
                | "dollars"
                | "hommes"
                | "femmes"
                | "enfants"
                | "combattants"
                | "civils"
                | "prisonniers"
                | "réfugiés"
                | "habitants"
                | "tonnes"
                | "cas"
                | "victimes"
                | "roquettes"
                | "missiles"
                | "drones"
                | "cibles"
                | "frappes"
                | "fois"
                | "ans"
                | "jours"
                | "heures"
                | "minutes"
                | "semaines"
                | "mois"
                | "membres"
                | "policiers"
                | "militaires"
                | "blessés"
                | "otages"
                | "détenus"
        ),
        Lang::Es => matches!(
            w,
            "muertos"
                | "personas"
                | "soldados"
                | "km"
                | "kilómetros"
                | "metros"
                | "euros"
                | "dólares"
                | "hombres"
                | "mujeres"
                | "niños"
                | "combatientes"
                | "civiles"
                | "presos"
                | "prisioneros"
                | "refugiados"
                | "habitantes"
                | "toneladas"
                | "casos"
                | "víctimas"
                | "cohetes"
                | "misiles"
                | "drones"
                | "objetivos"
                | "ataques"
                | "veces"
                | "años"
                | "días"
                | "horas"
                | "minutos"
                | "semanas"
                | "meses"
                | "miembros"
                | "policías"
                | "militares"
                | "heridos"
                | "rehenes"
                | "detenidos"
        ),
    }
}

fn is_function_word(lang: Lang, w: &str) -> bool {
    match lang {
        Lang::En => matches!(
            w,
            "was"
                | "has"
                | "is"
                | "as"
                | "its"
                | "this"
                | "his"
                | "us"
                | "thus"
                | "plus"
                | "unless"
                | "always"
                | "across"
                | "towards"
                | "afterwards"
                | "perhaps"
                | "whereas"
                | "less"
        ),
        Lang::Fr => matches!(
            w,
            "les"
                | "des"
                | "ses"
                | "ces"
                | "mes"
                | "tes"
                | "nos"
                | "vos"
                | "leurs"
                | "dans"
                | "sous"
                | "sans"
                | "après"
                | "depuis"
                | "alors"
                | "lors"
                | "plus"
                | "moins"
                | "tous"
                | "toutes"
                | "puis"
                | "mais"
                | "pas"
                | "jamais"
                | "vers"
                | "chez"
                | "dès"
                | "pendant"
                | "parmi"
                | "selon"
                | "malgré"
                | "ainsi"
                | "avons"
                | "avez"
                | "sommes"
                | "étés"
                | "fois"
                | "aux"
                | "nous"
                | "vous"
                | "ils"
                | "elles"
                | "près"
                | "très"
        ),
        Lang::Es => matches!(
            w,
            "los"
                | "las"
                | "sus"
                | "mis"
                | "tus"
                | "unos"
                | "unas"
                | "más"
                | "menos"
                | "tras"
                | "pues"
                | "entonces"
                | "ellos"
                | "ellas"
                | "nosotros"
                | "además"
                | "mientras"
                | "antes"
                | "después"
                | "desde"
                | "hasta"
                | "durante"
                | "según"
                | "estos"
                | "estas"
                | "esos"
                | "esas"
                | "todos"
                | "todas"
                | "cuando"
                | "tres"
                | "dos"
                | "seis"
                | "es"
                | "les"
                | "nos"
        ),
        Lang::De => false,
    }
}
