//! The pipeline: from dispatches to one [`Analysis`].
//!
//! Each dispatch is first [`prepare`]d: tokens, dateline and feed lines,
//! body ranges, language (detected on the body), document creation time
//! (given, else the dateline's date), sentences and time expressions. The
//! [`Prepared`] document is what the later layers (actors, places, events)
//! build on.

use std::ops::Range;

use crate::dateline::{self, Dateline};
use crate::dates::{self, Anchor, DctSource, TimeExpr, TimeKind};
use crate::lang::{self, Lang};
use crate::model::{self, Analysis, Document, Str};
use crate::text::{self, Token};
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
        Input {
            text: text.into(),
            dct: None,
            lang: None,
        }
    }
}

/// Where a dateline without a year ("DAMASCUS, Dec 8 (Reuters)") takes its
/// year from: the latest date the other dispatches give, else the day the
/// caller says it is (the app passes the reader's today; the engine never
/// reads a clock). The dateline's day is the such day nearest to the other
/// dispatches' latest date, before or after it; else the latest such day on
/// or before the caller's today.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum YearFrom {
    /// The latest date another dispatch gives.
    Others(Date),
    /// The caller's today.
    Today(Date),
}

impl YearFrom {
    /// The date.
    pub fn date(self) -> Date {
        match self {
            YearFrom::Others(d) | YearFrom::Today(d) => d,
        }
    }
}

/// A dispatch made ready for the extraction layers.
#[derive(Debug, Clone)]
pub struct Prepared {
    /// The language (given, else detected on the body).
    pub lang: Lang,
    /// All tokens of the text (use [`Prepared::in_body`] to skip dateline and feed lines).
    pub tokens: Vec<Token>,
    /// Sentences of the body, as ordered, non-overlapping byte ranges.
    pub sentences: Vec<Range<usize>>,
    /// The article text: ordered, non-overlapping byte ranges (no dateline, no feed lines).
    pub body: Vec<Range<usize>>,
    /// Trailing feed metadata lines ("Belgium").
    pub feed: Vec<Range<usize>>,
    /// The dateline, if any.
    pub dateline: Option<Dateline>,
    /// The dateline's date, with a year-less one completed from a given dct.
    pub dateline_date: Option<Date>,
    /// The document creation time: given, else the dateline's date, else none.
    pub dct: Option<Date>,
    /// Where the dct came from.
    pub dct_source: DctSource,
    /// The date a year-less dateline took its year from
    /// ([`DctSource::Bundle`], [`DctSource::Today`]).
    pub year_from: Option<YearFrom>,
    /// Time expressions in text order (the dateline's date included).
    pub times: Vec<TimeExpr>,
}

impl Prepared {
    /// True when the byte range lies inside the body.
    pub fn in_body(&self, r: &Range<usize>) -> bool {
        self.body
            .iter()
            .any(|b| b.start <= r.start && r.end <= b.end)
    }

    /// Index of the sentence containing byte `offset`, if any.
    pub fn sentence_at(&self, offset: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.end <= offset);
        self.sentences
            .get(i)
            .filter(|s| s.start <= offset)
            .map(|_| i)
    }
}

/// Prepares one dispatch: dateline, body, language, dct, sentences, times.
pub fn prepare(input: &Input) -> Prepared {
    prepare_with(input, None)
}

/// [`prepare`], completing a dateline without a year ("Dec 8 (Reuters)")
/// from `year_from` when no dct is given: the such day nearest to it.
/// [`analyze`] passes the latest date of the other dispatches.
pub fn prepare_with(input: &Input, year_from: Option<Date>) -> Prepared {
    prepare_laid(
        input,
        dateline::layout(&input.text),
        year_from.map(YearFrom::Others),
    )
}

/// [`prepare_with`] of a dispatch whose layout (dateline, body, feed lines)
/// is already known.
fn prepare_laid(input: &Input, lay: dateline::Layout, year_from: Option<YearFrom>) -> Prepared {
    let text = input.text.as_str();
    let tokens = text::tokenize(text);
    let body = lay.body;
    let lang = input.lang.unwrap_or_else(|| {
        let joined: String = body
            .iter()
            .filter_map(|r| text.get(r.clone()))
            .collect::<Vec<_>>()
            .join("\n");
        lang::detect(&joined)
    });
    let year_from = if input.dct.is_none() { year_from } else { None };
    // another dispatch's date: the year nearest to it, before or after; a
    // given dct or the reader's today: the latest such day up to it
    let dateline_date = lay.dateline.as_ref().and_then(|d| match year_from {
        Some(YearFrom::Others(latest)) => d.date_nearest(latest),
        _ => d.date_with(input.dct.or(year_from.map(YearFrom::date))),
    });
    // a year taken from elsewhere is checked against the weekdays the text
    // names: "March 21 … said on Friday" is a year when March 21 was a
    // Friday or a Saturday
    let mut weekday_moved = None;
    let dateline_date = match (dateline_date, lay.dateline.as_ref()) {
        (Some(d0), Some(dl)) if dl.date.is_none() && input.dct.is_none() => {
            let named = dates::weekdays_named(text, &tokens, lang, &body);
            // the year of other dispatches (likely of the same story) gives
            // way by one year at most, the reader's today by ten
            let reach = match year_from {
                Some(YearFrom::Others(_)) => 1,
                _ => 10,
            };
            let d = year_by_weekdays(d0, &named, reach);
            if d != d0 {
                weekday_moved = named.iter().copied().find(|&n| weekday_fits(d, n));
            }
            Some(d)
        }
        _ => dateline_date,
    };
    let (dct, dct_source) = match (input.dct, lay.dateline.as_ref().and_then(|d| d.date)) {
        (Some(d), _) => (Some(d), DctSource::Given),
        (None, Some(d)) => (Some(d), DctSource::Dateline),
        (None, None) => match dateline_date {
            Some(d) if matches!(year_from, Some(YearFrom::Today(_))) => (Some(d), DctSource::Today),
            Some(d) => (Some(d), DctSource::Bundle),
            None => (None, DctSource::None),
        },
    };
    // Sentences of the body only.
    let mut sentences = Vec::new();
    for r in &body {
        let lo = text::token_at(&tokens, r.start);
        let hi = text::token_at(&tokens, r.end);
        let slice = tokens.get(lo..hi).unwrap_or(&[]);
        // the tokens inside `r`: every token of `slice` ends by `r.end`, and
        // only the first may start before `r.start` (tokens are ordered)
        let inner = &slice[slice.partition_point(|t| t.start < r.start)..];
        sentences.extend(text::sentences(text, inner));
    }
    let scan_body: Vec<Range<usize>> = if body.is_empty() && lay.dateline.is_none() {
        vec![0..text.len()]
    } else {
        body.clone()
    };
    let mut times = if scan_body.is_empty() {
        Vec::new()
    } else {
        dates::find_times_with(text, &tokens, &sentences, lang, dct, dct_source, &scan_body)
    };
    // The dateline's own date.
    if let Some(d) = &lay.dateline {
        if let (Some(span), Some((m, day))) = (d.date_span.clone(), d.month_day) {
            let written = text.get(span.clone()).unwrap_or("");
            let (value, anchor, why) = match (d.date, dateline_date) {
                (Some(full), _) => (
                    full.to_string(),
                    Anchor::Absolute,
                    "the dateline's date as written".to_string(),
                ),
                (None, Some(full)) => (
                    full.to_string(),
                    Anchor::Dct,
                    match (input.dct, year_from) {
                        (None, Some(_)) if weekday_moved.is_some() => format!(
                            "the dateline's day and month, in the latest year when it fell on or the day after the {} the text names: the dateline gives no year",
                            weekday_name(weekday_moved.unwrap_or(1))
                        ),
                        (None, Some(YearFrom::Others(from))) => format!(
                            "the dateline's day and month, year from the other dispatches (the latest is dated {})",
                            dates::fmt_date(from)
                        ),
                        (None, Some(YearFrom::Today(today))) => format!(
                            "the dateline's day and month, the latest such day up to today ({}): the dateline gives no year",
                            dates::fmt_date(today)
                        ),
                        _ => format!(
                            "the dateline's day and month, year from the given document date {}",
                            dates::fmt_date(full)
                        ),
                    },
                ),
                (None, None) => (
                    format!("XXXX-{m:02}-{day:02}"),
                    Anchor::Absolute,
                    "the dateline's day and month; no year given".to_string(),
                ),
            };
            if !times
                .iter()
                .any(|t| t.start < span.end && span.start < t.end)
            {
                let t = TimeExpr {
                    start: span.start,
                    end: span.end,
                    explanation: format!("{written} → {value}: {why}"),
                    value,
                    kind: TimeKind::Date,
                    anchor,
                };
                let pos = times.partition_point(|x| x.start < t.start);
                times.insert(pos, t);
            }
        }
    }
    Prepared {
        lang,
        tokens,
        sentences,
        body,
        feed: lay.feed,
        dateline: lay.dateline,
        dateline_date,
        dct,
        dct_source,
        year_from: if matches!(dct_source, DctSource::Bundle | DctSource::Today) {
            year_from
        } else {
            None
        },
        times,
    }
}

/// What the analysis of one dispatch alone yields ([`Prepared`]: tokens,
/// dateline, language, sentences, dates), kept between analyses so that an
/// analysis after a change redoes that part only for the dispatches that
/// changed. The cross-document layers (entities, events, relations, merging)
/// always run over all dispatches: one new dispatch can change them all.
#[derive(Debug, Default)]
pub struct Cache {
    entries: std::collections::HashMap<u64, Vec<(Input, Prepared)>>,
    /// Dispatches prepared afresh by the last analysis.
    pub fresh: usize,
    /// Dispatches whose preparation the last analysis reused.
    pub reused: usize,
}

fn input_hash(input: &Input) -> u64 {
    use std::hash::{Hash, Hasher};
    // Fixed keys: the same input always lands in the same bucket.
    let mut h = std::collections::hash_map::DefaultHasher::new();
    input.text.hash(&mut h);
    input.dct.map(|d| d.to_string()).hash(&mut h);
    input.lang.map(Lang::code).hash(&mut h);
    h.finish()
}

fn same_input(a: &Input, b: &Input) -> bool {
    a.text == b.text && a.dct == b.dct && a.lang == b.lang
}

impl Cache {
    /// An empty cache.
    pub fn new() -> Cache {
        Cache::default()
    }

    /// Number of dispatches held.
    pub fn len(&self) -> usize {
        self.entries.values().map(Vec::len).sum()
    }

    /// Whether nothing is held.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn take(&mut self, input: &Input) -> Option<Prepared> {
        let bucket = self.entries.get_mut(&input_hash(input))?;
        let i = bucket.iter().position(|(x, _)| same_input(x, input))?;
        Some(bucket.swap_remove(i).1)
    }
}

/// Analyses the dispatches together.
///
/// The same as [`analyze_cached`] with an empty cache, without the cost of
/// filling a cache that would be dropped at once (copies and hashes of every
/// input).
pub fn analyze(inputs: &[Input]) -> Analysis {
    analyze_on(inputs, None)
}

/// `d0`, unless the text names weekdays and none of them is `d0` or the day
/// before it (wire copy tells of the day it is filed and the day before):
/// then the latest same day in the `reach` years before that one of them is.
fn year_by_weekdays(d0: Date, named: &[u8], reach: i16) -> Date {
    let fits = |d: Date| named.iter().any(|&n| weekday_fits(d, n));
    if named.is_empty() || fits(d0) {
        return d0;
    }
    (1..=reach)
        .filter_map(|back| Date::new(d0.year() - back, d0.month(), d0.day()).ok())
        .find(|&d| fits(d))
        .unwrap_or(d0)
}

/// Whether weekday `n` (1 = Monday) is day `d` or the day before it.
fn weekday_fits(d: Date, n: u8) -> bool {
    let w = d.weekday().to_monday_one_offset() as u8;
    let before = if w == 1 { 7 } else { w - 1 };
    n == w || n == before
}

/// English name of weekday `d` (1 = Monday).
fn weekday_name(d: u8) -> &'static str {
    dates::WEEKDAY_NAMES[(d.clamp(1, 7) - 1) as usize]
}

/// [`analyze`] on the day `today`: a dateline without a year, in an
/// analysis where no dispatch gives one, takes the latest such day up to
/// `today` (see [`YearFrom`]). `None` leaves it without a year.
pub fn analyze_on(inputs: &[Input], today: Option<Date>) -> Analysis {
    let preps = prepare_all(inputs, today);
    with_events(inputs, &preps, through_entities(inputs, &preps))
}

/// Prepares every dispatch once, a year-less dateline completed from the
/// others as [`complete_years`] would: the latest date they give (a given
/// date or a full dateline) is read off their layouts first. A dispatch's
/// preparation needs nothing of the others': natively the machine's cores
/// share them ([`crate::par`]).
fn prepare_all(inputs: &[Input], today: Option<Date>) -> Vec<Prepared> {
    let lays: Vec<dateline::Layout> = inputs.iter().map(|i| dateline::layout(&i.text)).collect();
    let latest = inputs
        .iter()
        .zip(&lays)
        .filter_map(|(i, l)| i.dct.or_else(|| l.dateline.as_ref().and_then(|d| d.date)))
        .max();
    let from = reference(latest, today);
    let bytes = inputs.iter().map(|i| i.text.len()).sum();
    let jobs: Vec<(&Input, dateline::Layout)> = inputs.iter().zip(lays).collect();
    crate::par::map(&jobs, bytes, |(input, lay)| {
        prepare_laid(input, lay.clone(), from)
    })
}

/// The year a year-less dateline takes: from the latest date the
/// dispatches give, else from `today`.
fn reference(latest: Option<Date>, today: Option<Date>) -> Option<YearFrom> {
    latest.map(YearFrom::Others).or(today.map(YearFrom::Today))
}

/// Dispatches whose dateline has no year ("DAMASCUS, Dec 8 (Reuters)",
/// "Damasco, 9 dic (EFE)") and no given date take the year from the other
/// dispatches: the such day nearest to the latest date any of them
/// gives (a given date or a full dateline). Only those are prepared again.
fn complete_years(inputs: &[Input], preps: &mut [Prepared], today: Option<Date>) {
    let latest = preps
        .iter()
        .filter(|p| matches!(p.dct_source, DctSource::Given | DctSource::Dateline))
        .filter_map(|p| p.dct)
        .max();
    let from = reference(latest, today);
    for (input, p) in inputs.iter().zip(preps.iter_mut()) {
        let yearless = input.dct.is_none()
            && p.dateline
                .as_ref()
                .is_some_and(|d| d.date.is_none() && d.month_day.is_some());
        if yearless && p.year_from != from {
            *p = prepare_laid(input, dateline::layout(&input.text), from);
        }
    }
}

/// Analyses the dispatches together, reusing what `cache` holds of earlier
/// analyses and leaving in it exactly the dispatches of this one. The result
/// is the same as [`analyze`]'s.
pub fn analyze_cached(inputs: &[Input], cache: &mut Cache) -> Analysis {
    analyze_cached_on(inputs, cache, None)
}

/// [`analyze_cached`] on the day `today` (see [`analyze_on`]); the result is
/// [`analyze_on`]'s.
pub fn analyze_cached_on(inputs: &[Input], cache: &mut Cache, today: Option<Date>) -> Analysis {
    let (mut fresh, mut reused) = (0, 0);
    let preps: Vec<Prepared> = inputs
        .iter()
        .map(|input| match cache.take(input) {
            Some(p) => {
                reused += 1;
                p
            }
            None => {
                fresh += 1;
                prepare(input)
            }
        })
        .collect();
    let mut preps = preps;
    complete_years(inputs, &mut preps, today);
    let analysis = with_events(inputs, &preps, through_entities(inputs, &preps));
    // Keep this analysis's dispatches only (a bounded cache).
    cache.entries.clear();
    for (input, p) in inputs.iter().zip(preps) {
        cache
            .entries
            .entry(input_hash(input))
            .or_default()
            .push((input.clone(), p));
    }
    cache.fresh = fresh;
    cache.reused = reused;
    analysis
}

/// The analysis up to and including the entity layer: exactly the work
/// [`analyze`] does for documents, times, actors and places (dispatches
/// prepared, entities across all of them), without events and relations.
/// Its documents, times, actors and places are those of [`analyze`].
pub fn analyze_entities(inputs: &[Input]) -> Analysis {
    through_entities(inputs, &prepare_all(inputs, None))
}

/// `analysis` of dispatches already prepared (`preps[i]` from `inputs[i]`)
/// with their events and relations.
fn with_events(inputs: &[Input], preps: &[Prepared], mut analysis: Analysis) -> Analysis {
    // Events and relations, across all documents.
    let views: Vec<crate::events::DocView> = preps
        .iter()
        .zip(inputs)
        .zip(&analysis.documents)
        .map(|((p, input), d)| crate::events::DocView {
            id: &d.id,
            text: &input.text,
            prep: p,
        })
        .collect();
    let (events, relations) = crate::events::extract(&views, &analysis.actors, &analysis.places);
    drop(views);
    analysis.events = events;
    analysis.relations = relations;
    analysis
}

/// Documents, times, actors and places of dispatches already prepared. The
/// entity layer reads one dispatch after another, each made ready
/// ([`crate::entities::ready`]: its words and names, which need nothing of
/// the others) natively by a helper thread a little ahead of it
/// ([`crate::par::stream`]).
fn through_entities(inputs: &[Input], preps: &[Prepared]) -> Analysis {
    let mut analysis = Analysis::default();
    analysis.documents.reserve(inputs.len());
    analysis
        .times
        .reserve(preps.iter().map(|p| p.times.len()).sum::<usize>());
    for (i, (input, p)) in inputs.iter().zip(preps).enumerate() {
        let id = compact_str::format_compact!("d{}", i + 1);
        let text = input.text.as_str();
        let dateline = p.dateline.as_ref().map(|d| model::Dateline {
            text: d.text.clone(),
            start: d.span.start,
            end: d.span.end,
            place: None,
            place_text: d.place_text.clone(),
            date: p.dateline_date.map(|x| x.to_string()),
            agency: d.agency.clone(),
        });
        for t in &p.times {
            analysis.times.push(model::Time {
                doc: id.clone(),
                start: t.start,
                end: t.end,
                text: Str::from(text.get(t.start..t.end).unwrap_or("")),
                value: Str::from(t.value.as_str()),
                kind: Str::const_new(t.kind.as_str()),
                anchor: Str::const_new(t.anchor.as_str()),
                explanation: Some(Str::from(t.explanation.as_str())),
            });
        }
        analysis.documents.push(Document {
            id: id.to_string(),
            title: title_of(text),
            lang: p.lang.code().to_string(),
            dct: p.dct.map(|d| d.to_string()),
            dateline,
            text: input.text.clone(),
        });
    }
    // Actors and places, across all documents.
    let docs: Vec<crate::entities::DocIn> = preps
        .iter()
        .zip(inputs)
        .zip(&analysis.documents)
        .map(|((p, input), d)| {
            let dl = p.dateline.as_ref();
            crate::entities::DocIn {
                id: &d.id,
                text: &input.text,
                lang: p.lang,
                body: p.body.clone(),
                dateline: dl.map(|x| x.span.clone()),
                dateline_place: dl.and_then(|x| x.place.clone()),
                dateline_qualifiers: dl.map(|x| x.qualifiers.clone()).unwrap_or_default(),
                dct: p.dct,
            }
        })
        .collect();
    let ks: Vec<usize> = (0..docs.len()).collect();
    let ents = crate::par::stream(
        &ks,
        |&k| docs[k].text.len(),
        |&k| crate::entities::ready(k, &docs[k]),
        |ready| crate::entities::extract_ready(&docs, ready),
    );
    drop(docs);
    analysis.actors = ents.actors;
    analysis.places = ents.places;
    for (d, place) in analysis.documents.iter_mut().zip(ents.dateline_places) {
        if let Some(dl) = d.dateline.as_mut() {
            dl.place = place;
        }
    }
    analysis
}

/// The first non-empty line, shortened to 80 characters.
pub fn title_of(text: &str) -> String {
    let line = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("");
    let mut out: String = line.chars().take(80).collect();
    if line.chars().count() > 80 {
        out.push('…');
    }
    out
}
