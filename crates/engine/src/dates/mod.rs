//! Time expressions in German, English, French and Spanish: finding them,
//! typing them and giving them TIMEX3 values.
//!
//! The work happens in three stages, one file each:
//! - `lexicon` — the time words of each language as data tables;
//! - `scan` — finds expressions in the token stream and says what they mean
//!   (a day and month, a weekday with a modifier, "three days ago" …);
//! - `resolve` — turns that meaning into a value, using the document creation
//!   time (dct), the tense of the clause and the date mentioned last.
//!
//! ## Values
//!
//! Values are TIMEX3 / ISO 8601 at the precision the text gives: `2024-12-04`,
//! `2024-11`, `2024`, `2024-W48` (ISO week), `2024-SU` (season), `2024-Q1`,
//! `199` (the 1990s), `19` (the 20th century), `T14:30` or `2024-12-03T14:30`
//! (clock times), `P3D`, `P2W`, `PT48H`, `PXD` (durations, `X` = vague
//! number), `P1W` or `XXXX-WXX-5` (sets: every week, every Friday).
//! "Early/mid/late December" has the month as its value; the explanation says
//! which part. A part of the day ("Tuesday morning", "gestern Abend") keeps
//! the day's date as its value.
//!
//! ## Choices
//!
//! - **Ranges** ("vom 3. bis 5. Dezember", "between 3 and 5 December",
//!   "du 3 au 5 décembre", "del 3 al 5 de diciembre", "December 3-5") are
//!   returned as two separate dates, each with its own span (`3.` and
//!   `5. Dezember`); the first borrows the month and year of the second.
//!   Year ranges ("2014-2016") likewise give two years.
//! - **Weekdays** resolve to the most recent such day on or before the dct
//!   (the dct's own weekday is the dct itself), and to the next one on or
//!   after it only when the clause is in the future tense ("wird am Freitag",
//!   "will meet on Friday", "se réunira vendredi", "se reunirá el viernes").
//!   "next/kommenden/prochain/próximo Friday" is the first Friday after the
//!   dct, "last/vergangenen/dernier/pasado Friday" the last one before it.
//!   The night phrases "in der Nacht zum Dienstag", "la nuit de lundi à
//!   mardi", "la noche del lunes al martes" carry the date of the later day.
//! - **Day and month without a year** take the year that puts them on or
//!   before the dct in the past tense, on or after it in the future tense,
//!   and nearest to it otherwise. Months alone work the same way.
//! - **Narrative** expressions ("the next day", "am Vortag", "la veille",
//!   "dos días después", "the same day") count from the day-precision date
//!   mentioned most recently before them; with none, from the dct (anchor
//!   `dct`).
//! - **Without a dct** nothing relative is guessed: the engine never reads
//!   the clock. Relative dates keep `X` placeholders for what is unknown:
//!   `XXXX-XX-XX` for yesterday or "three days ago", `XXXX-WXX-2` for a bare
//!   Tuesday, `XXXX-11-27` for "27. November", `XXXX-11` for "im November",
//!   `XXXX-WXX` for "last week", `XXXX` for "this year"; their anchor is `dct`.
//! - **Bare years** are only taken where the context makes them years: after
//!   a year cue ("im Jahr", "seit", "in", "en", "desde", a month, a season) or
//!   where the next word is not a counted noun ("2000 Soldaten", "1,500
//!   troops", "les 1500 soldats"); numbers after designators ("Resolution
//!   2254", "Nr. 2024") or quantity words ("rund 2000") are never years.
//!
//! The dateline is not part of the body that [`find_times`] scans; the
//! pipeline adds the dateline's own date (anchor `absolute`).

mod lexicon;
mod resolve;
mod scan;

use std::ops::Range;

use serde::{Deserialize, Serialize};

use crate::lang::Lang;
use crate::text::{self, Token};
use crate::Date;

pub use lexicon::WEEKDAY_NAMES;
pub(crate) use resolve::fmt_date;

/// The type of a time expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TimeKind {
    /// A calendar date, week, month, season, year, decade or century.
    Date,
    /// A clock time (`T14:30`), possibly on a date.
    Time,
    /// A length of time (`P3D`).
    Duration,
    /// A recurring time (`P1W`, `XXXX-WXX-5`).
    Set,
}

impl TimeKind {
    /// `date`, `time`, `duration` or `set`.
    pub fn as_str(self) -> &'static str {
        match self {
            TimeKind::Date => "date",
            TimeKind::Time => "time",
            TimeKind::Duration => "duration",
            TimeKind::Set => "set",
        }
    }
}

/// What a value was computed from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Anchor {
    /// The text alone gives the value (`4. Dezember 2024`, `2015`, `P3D`).
    Absolute,
    /// Counted from the document creation time (`gestern`, `Dienstag`, `27. November`).
    Dct,
    /// Counted from the date mentioned before it (`le lendemain`).
    Narrative,
}

impl Anchor {
    /// `absolute`, `dct` or `narrative`.
    pub fn as_str(self) -> &'static str {
        match self {
            Anchor::Absolute => "absolute",
            Anchor::Dct => "dct",
            Anchor::Narrative => "narrative",
        }
    }
}

/// Where the document creation time came from, for explanations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DctSource {
    /// Passed in by the caller.
    Given,
    /// Read from the dateline.
    Dateline,
    /// Read from a dateline without a year, the year taken from the other
    /// dispatches of the analysis.
    Bundle,
    /// Read from a dateline without a year, the year taken from the day the
    /// caller gave as today (no other dispatch gives one).
    Today,
    /// There is none.
    None,
}

impl DctSource {
    /// How explanations name the document date `d`: "the dateline's Sun 8
    /// Dec 2024", "the dateline's Sun 8 Dec 2024 (its year from the other
    /// dispatches)".
    fn describe(self, d: Date) -> String {
        let (before, after) = match self {
            DctSource::Given => ("the given document date", ""),
            DctSource::Dateline => ("the dateline's", ""),
            DctSource::Bundle => ("the dateline's", " (its year from the other dispatches)"),
            DctSource::Today => (
                "the dateline's",
                " (its year: the latest such day up to today)",
            ),
            DctSource::None => ("the document date", ""),
        };
        format!("{before} {}{after}", fmt_date(d))
    }
}

/// A time expression found in a text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimeExpr {
    /// Byte offset of the start (a char boundary).
    pub start: usize,
    /// Byte offset of the end (exclusive, a char boundary).
    pub end: usize,
    /// TIMEX3 value.
    pub value: String,
    /// Date, time, duration or set.
    pub kind: TimeKind,
    /// What the value was computed from.
    pub anchor: Anchor,
    /// A short English explanation: "Dienstag → 2024-12-03: the Tuesday before …".
    pub explanation: String,
}

impl TimeExpr {
    /// The expression's text in `src`.
    pub fn text<'a>(&self, src: &'a str) -> &'a str {
        src.get(self.start..self.end).unwrap_or("")
    }
}

/// Finds the time expressions of `text` inside the `body` ranges (the whole
/// text when `body` is empty), resolving relative ones against `dct`.
///
/// ```
/// use atlas_engine::{dates::find_times, parse_date, Lang};
/// let dct = parse_date("2024-12-04");
/// let t = find_times("Sie traf am Dienstag vor den Toren von Hama ein.", Lang::De, dct, &[]);
/// assert_eq!(t[0].value, "2024-12-03");
/// ```
pub fn find_times(
    text: &str,
    lang: Lang,
    dct: Option<Date>,
    body: &[Range<usize>],
) -> Vec<TimeExpr> {
    let tokens = text::tokenize(text);
    let sentences = text::sentences(text, &tokens);
    let source = if dct.is_some() {
        DctSource::Given
    } else {
        DctSource::None
    };
    find_times_with(text, &tokens, &sentences, lang, dct, source, body)
}

/// The weekdays the body names (1 = Monday … 7 = Sunday), each once, in
/// `lang`: what a dateline without a year can be checked against ("said
/// on Friday" under "March 21" is a year in which March 21 was a Friday or
/// a Saturday).
pub fn weekdays_named(
    text: &str,
    tokens: &[crate::text::Token],
    lang: Lang,
    body: &[Range<usize>],
) -> Vec<u8> {
    // the first letters of the weekday names, folded: a cheap test before
    // the look-up
    let initials: &[u8] = match lang {
        Lang::En => b"mtwfs",
        Lang::De => b"mdfs",
        Lang::Fr | Lang::Es => b"lmjvsd",
    };
    let mut out: Vec<u8> = Vec::new();
    let mut low = String::new();
    let mut bi = 0;
    for t in tokens {
        if t.kind != crate::text::TokenKind::Word {
            continue;
        }
        let w = t.text(text);
        let first = w.as_bytes().first().map_or(0, u8::to_ascii_lowercase);
        if w.len() < 4 || w.len() > 12 || !initials.contains(&first) {
            continue;
        }
        while bi < body.len() && body[bi].end <= t.start {
            bi += 1;
        }
        if !body
            .get(bi)
            .is_some_and(|r| r.start <= t.start && t.end <= r.end)
        {
            continue;
        }
        low.clear();
        low.extend(w.chars().flat_map(char::to_lowercase));
        let d = match lexicon::lookup(lang, &low) {
            lexicon::Lex::Weekday(d) | lexicon::Lex::WeekdayPod(d, _) => d,
            _ => continue,
        };
        if !out.contains(&d) {
            out.push(d);
        }
    }
    out
}

/// [`find_times`] on a text already tokenized and split into sentences
/// (`tokens` from [`text::tokenize`], `sentences` from [`text::sentences`]).
pub fn find_times_with(
    text: &str,
    tokens: &[Token],
    sentences: &[Range<usize>],
    lang: Lang,
    dct: Option<Date>,
    source: DctSource,
    body: &[Range<usize>],
) -> Vec<TimeExpr> {
    let scan = scan::Scan::new(text, lang, tokens, sentences, body);
    let cands = scan.scan();
    let desc = dct.map(|d| source.describe(d));
    resolve::Resolver::new(&scan, dct, desc).run(&cands)
}

/// A date read from a short fragment such as a dateline's `Dec 4` or
/// `4. Dezember 2024`: the year may be missing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FragmentDate {
    /// Byte offset of the start in the full text.
    pub start: usize,
    /// Byte offset of the end in the full text.
    pub end: usize,
    /// The year, when written.
    pub year: Option<i16>,
    /// The month (1–12).
    pub month: u8,
    /// The day of the month (1–31).
    pub day: u8,
    /// The language whose month names matched.
    pub lang: Lang,
}

/// Reads a day-and-month date that fills `text[range]` (up to surrounding
/// spaces and punctuation), trying the four languages.
pub fn parse_fragment_date(text: &str, range: Range<usize>) -> Option<FragmentDate> {
    let frag = text.get(range.clone())?;
    let tokens = text::tokenize(frag);
    let core: Vec<&Token> = tokens.iter().filter(|t| t.is_alnum()).collect();
    let first = core.first()?;
    let last = core.last()?;
    for lang in [Lang::En, Lang::De, Lang::Fr, Lang::Es] {
        let sc = scan::Scan::new(frag, lang, &tokens, &[], &[]);
        let cands = sc.scan();
        let Some(c) = cands.first() else { continue };
        let (s, e) = sc.span(c);
        if s > first.start || e < last.end {
            continue;
        }
        if let scan::Sem::Date {
            y,
            m: Some(m),
            d: Some(d),
            ..
        } = c.sem
        {
            let year = match y {
                Some(y) => Some(i16::try_from(y).ok()?),
                None => None,
            };
            return Some(FragmentDate {
                start: range.start + s,
                end: range.start + e,
                year,
                month: m,
                day: d,
                lang,
            });
        }
    }
    None
}

/// Whether lower-case `w` names a month or a weekday in `lang` ("may",
/// "dienstag"): words other layers must not read as names.
pub(crate) fn is_month_or_weekday(lang: crate::lang::Lang, w: &str) -> bool {
    matches!(
        lexicon::lookup(lang, w),
        lexicon::Lex::Month(..) | lexicon::Lex::Weekday(_)
    )
}
