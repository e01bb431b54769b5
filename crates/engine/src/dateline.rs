//! Wire datelines and feed metadata.
//!
//! A dateline names the place the dispatch was filed from, often its date,
//! and the agency: `Moskau, 4. Dezember 2024 (AFP) –`, `BEIRUT (Reuters) -`,
//! `MOSCOW, Dec 4 (Reuters) -`, `KYIV, Ukraine (AP) —`, `Madrid, 4 dic
//! (EFE).-`, `Goma (RD Congo), 27 janvier 2025 (AFP) -`, `Khartoum, Sudan,
//! April 15, 2024 (AFP) -`. Agencies put it at the start of the first
//! paragraph; some feeds move it to the end of the text, on a line of its
//! own, sometimes followed by metadata lines such as a country tag
//! (`Belgium`). [`layout`] finds the dateline at either end, the trailing
//! feed lines, and the `body`: the ranges of the text that are article
//! text, so that later layers never read `Belgium` as a place in the story.
//!
//! Shape accepted: `PLACE [(QUALIFIER)] [, QUALIFIER]* [, DATE] (AGENCY[/AGENCY]) [DASH]`
//! where DASH is `-`, `–`, `—`, `--`, `.-` or `:`; at the start of a text
//! also `(AGENCY) DASH` alone and `PLACE, DATE DASH` without an agency. A
//! date without a year (`Dec 4`, `4 dic`) is reported as month and day only.

use std::ops::Range;

use crate::dates::{self, FragmentDate};
use crate::Date;

/// Where the dateline stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Position {
    /// At the start of the dispatch (first lines).
    Start,
    /// On a line of its own at the end of the dispatch.
    End,
}

/// A dateline found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dateline {
    /// Byte range of the whole dateline, dash included.
    pub span: Range<usize>,
    /// The dateline as written.
    pub text: String,
    /// Byte range of the place ("Moskau", "KYIV", "Port Sudan"), if any.
    pub place: Option<Range<usize>>,
    /// The place as written.
    pub place_text: Option<String>,
    /// Qualifiers after the place ("Ukraine", "RD Congo", "Gaza Strip").
    pub qualifiers: Vec<Range<usize>>,
    /// The agency, canonical spelling (`AFP`, `Reuters`, `AP`, `dpa`, `dpa/AFP`).
    pub agency: Option<String>,
    /// Byte range of the agency inside the parentheses.
    pub agency_span: Option<Range<usize>>,
    /// Byte range of the date, if any.
    pub date_span: Option<Range<usize>>,
    /// The full date, when the dateline gives a year.
    pub date: Option<Date>,
    /// Month and day as written (also when the year is missing).
    pub month_day: Option<(u8, u8)>,
    /// Start or end of the text.
    pub position: Position,
}

impl Dateline {
    /// The date, completing a year-less `month_day` from `dct` when given:
    /// the latest such day on or before `dct` (or the year of `dct` when the
    /// day is within a week after it).
    pub fn date_with(&self, dct: Option<Date>) -> Option<Date> {
        if self.date.is_some() {
            return self.date;
        }
        let (m, d) = self.month_day?;
        let dct = dct?;
        let this = Date::new(dct.year(), m as i8, d as i8).ok();
        let prev = Date::new(dct.year().saturating_sub(1), m as i8, d as i8).ok();
        match this {
            Some(t) if t <= dct => Some(t),
            Some(t) if t.since(dct).ok().is_some_and(|s| s.get_days() <= 7) => Some(t),
            Some(_) => prev,
            None => prev,
        }
    }

    /// The dateline's day in the year that puts it nearest to `latest`
    /// (another dispatch's date), before or after it: "March 21" next to 27
    /// January 2025 is 21 March 2025, "Dec 30" next to 2 January 2025 is 30
    /// December 2024. A written date is kept.
    pub fn date_nearest(&self, latest: Date) -> Option<Date> {
        if self.date.is_some() {
            return self.date;
        }
        let (m, d) = self.month_day?;
        [-1i16, 0, 1]
            .iter()
            .filter_map(|k| Date::new(latest.year() + k, m as i8, d as i8).ok())
            .min_by_key(|x| x.since(latest).map_or(i32::MAX, |s| s.get_days().abs()))
    }
}

/// The dateline, the feed lines and the article body of a text.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Layout {
    /// The dateline, if any.
    pub dateline: Option<Dateline>,
    /// Trailing metadata lines (country tags, agency signatures, credits).
    pub feed: Vec<Range<usize>>,
    /// The article text: ordered, non-overlapping, trimmed, non-empty ranges.
    pub body: Vec<Range<usize>>,
}

/// Agencies: (lowercase spellings, canonical name).
const AGENCIES: &[(&[&str], &str)] = &[
    (
        &[
            "afp",
            "agence france-presse",
            "agence france presse",
            "afptv",
        ],
        "AFP",
    ),
    (&["reuters", "thomson reuters"], "Reuters"),
    (&["ap", "associated press"], "AP"),
    (&["dpa", "deutsche presse-agentur", "dpa-afx"], "dpa"),
    (&["efe", "agencia efe"], "EFE"),
    (&["ansa"], "ANSA"),
    (&["europa press", "ep"], "Europa Press"),
    (&["xinhua", "xinhua news agency"], "Xinhua"),
    (
        &["anadolu", "aa", "anadolu agency", "anadolu ajansi"],
        "Anadolu",
    ),
    (&["tass", "itar-tass"], "TASS"),
    (&["interfax"], "Interfax"),
    (&["ria novosti", "ria"], "RIA Novosti"),
    (&["sputnik"], "Sputnik"),
    (&["ukrinform"], "Ukrinform"),
    (&["unian"], "UNIAN"),
    (&["apa"], "APA"),
    (&["sda", "keystone-sda", "ats", "keystone-ats"], "SDA"),
    (&["kna"], "KNA"),
    (&["epd"], "epd"),
    (&["belga"], "Belga"),
    (&["anp"], "ANP"),
    (&["pap"], "PAP"),
    (&["yonhap"], "Yonhap"),
    (&["kyodo"], "Kyodo"),
    (&["pti"], "PTI"),
    (&["ians"], "IANS"),
    (&["ani"], "ANI"),
    (&["wafa"], "WAFA"),
    (&["sana"], "SANA"),
    (&["irna"], "IRNA"),
    (&["lusa"], "Lusa"),
    (&["upi"], "UPI"),
    (&["bloomberg"], "Bloomberg"),
    (&["notimex"], "Notimex"),
    (&["prensa latina", "pl"], "Prensa Latina"),
    (&["télam", "telam"], "Télam"),
    (&["mena"], "MENA"),
    (&["qna"], "QNA"),
    (&["spa"], "SPA"),
    (&["wam"], "WAM"),
    (&["kuna"], "KUNA"),
    (&["nna"], "NNA"),
    (&["aps"], "APS"),
    (&["map"], "MAP"),
    (&["tap"], "TAP"),
    (&["acp"], "ACP"),
    (&["aap"], "AAP"),
    (&["bernama"], "Bernama"),
    (&["antara"], "Antara"),
    (&["kcna"], "KCNA"),
    (&["ntb"], "NTB"),
    (&["ctk", "čtk"], "CTK"),
    (&["mti"], "MTI"),
    (&["bta"], "BTA"),
    (&["hina"], "HINA"),
    (&["tanjug"], "Tanjug"),
    (&["ena"], "ENA"),
    (&["suna"], "SUNA"),
    (&["pa", "pa media"], "PA"),
    (&["cna"], "CNA"),
];

/// The canonical name of one agency, case-insensitively.
pub fn agency_name(s: &str) -> Option<&'static str> {
    let low = s.trim().to_lowercase();
    if low.is_empty() || low.len() > 40 {
        return None;
    }
    AGENCIES
        .iter()
        .find(|(names, _)| names.contains(&low.as_str()))
        .map(|(_, c)| *c)
}

/// Parses the inside of the agency parentheses: one agency or several
/// separated by `/`, `,` or `and`/`und`/`et`/`y`.
fn agencies(inner: &str) -> Option<String> {
    let mut out: Vec<&str> = Vec::new();
    let parts = inner
        .split(['/', ',', '+', ';'])
        .flat_map(|p| p.split(" and "))
        .flat_map(|p| p.split(" und "))
        .flat_map(|p| p.split(" et "))
        .flat_map(|p| p.split(" y "));
    for p in parts {
        let p = p.trim();
        if p.is_empty() {
            continue;
        }
        out.push(agency_name(p)?);
    }
    if out.is_empty() {
        return None;
    }
    Some(out.join("/"))
}

/// Lines of `text` as byte ranges without their line breaks.
fn lines(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let b = text.as_bytes();
    if !b.contains(&b'\r') {
        // the usual text: `\n` only, found by the library's `memchr`
        for line in text.split('\n') {
            out.push(start..start + line.len());
            start += line.len() + 1;
        }
        return out;
    }
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\n' => {
                let end = if i > start && b[i - 1] == b'\r' {
                    i - 1
                } else {
                    i
                };
                out.push(start..end);
                start = i + 1;
            }
            b'\r' if i + 1 >= b.len() || b[i + 1] != b'\n' => {
                out.push(start..i);
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    if start <= b.len() {
        out.push(start..b.len());
    }
    out
}

/// The largest char boundary of `s` at or below `max`.
fn floor_boundary(s: &str, max: usize) -> usize {
    let mut i = s.len().min(max);
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Trims whitespace off a range of `text`.
fn trim(text: &str, r: Range<usize>) -> Range<usize> {
    let Some(s) = text.get(r.clone()) else {
        return r.start..r.start;
    };
    let lead = s.len() - s.trim_start().len();
    let t = s.trim();
    let start = r.start + lead;
    start..start + t.len()
}

fn is_dash_at(s: &str) -> Option<usize> {
    for d in ["--", ".-", ".–", "-", "–", "—", ":", "―", "‒"] {
        if s.starts_with(d) {
            return Some(d.len());
        }
    }
    None
}

/// A place-like segment: starts with an uppercase letter, 1–6 words, no digits.
fn place_like(s: &str) -> bool {
    let s = s.trim();
    if s.is_empty() || s.len() > 48 {
        return false;
    }
    let Some(c) = s.chars().next() else {
        return false;
    };
    if !c.is_uppercase() {
        return false;
    }
    if s.chars()
        .any(|c| c.is_ascii_digit() || matches!(c, '!' | '?' | ';' | '"' | '„' | '“' | '«' | '»'))
    {
        return false;
    }
    let words = s.split_whitespace().count();
    if words > 6 {
        return false;
    }
    // A full stop only inside abbreviations ("St. Petersburg", "D.C.")
    for w in s.split_whitespace() {
        if let Some(stem) = w.strip_suffix('.') {
            if stem.chars().filter(|c| c.is_alphabetic()).count() > 3 && !stem.contains('.') {
                return false;
            }
        }
    }
    true
}

/// Parses `PLACE … [, DATE]` in `text[head]` (before the agency).
struct Head {
    place: Option<Range<usize>>,
    qualifiers: Vec<Range<usize>>,
    date: Option<FragmentDate>,
}

fn parse_head(text: &str, head: Range<usize>) -> Option<Head> {
    let head = trim(text, head);
    let s = text.get(head.clone())?;
    if s.is_empty() {
        return None;
    }
    // Top-level comma segments (parentheses kept inside).
    let mut segs: Vec<Range<usize>> = Vec::new();
    let mut depth = 0i32;
    let mut seg_start = head.start;
    for (i, c) in s.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            ',' if depth == 0 => {
                segs.push(trim(text, seg_start..head.start + i));
                seg_start = head.start + i + 1;
            }
            _ => {}
        }
    }
    segs.push(trim(text, seg_start..head.end));
    if segs.iter().any(|r| r.is_empty()) {
        return None;
    }
    // The date: the last segment, or the last two ("April 15, 2024").
    let mut date = None;
    let mut n_date = 0;
    if segs.len() >= 3 {
        let r = segs[segs.len() - 2].start..segs[segs.len() - 1].end;
        if let Some(d) = dates::parse_fragment_date(text, r) {
            if d.year.is_some() {
                date = Some(d);
                n_date = 2;
            }
        }
    }
    if date.is_none() && segs.len() >= 2 {
        if let Some(r) = segs.last() {
            if let Some(d) = dates::parse_fragment_date(text, r.clone()) {
                date = Some(d);
                n_date = 1;
            }
        }
    }
    let place_segs = &segs[..segs.len() - n_date];
    let first = place_segs.first()?.clone();
    // "Goma (RD Congo)"
    let first_s = text.get(first.clone())?;
    let mut qualifiers = Vec::new();
    let place = if let Some(open) = first_s.find('(') {
        let close = first_s.rfind(')')?;
        if close < open {
            return None;
        }
        let q = trim(text, first.start + open + 1..first.start + close);
        if !place_like(text.get(q.clone())?) {
            return None;
        }
        qualifiers.push(q);
        if !first_s.get(close + 1..)?.trim().is_empty() {
            return None;
        }
        trim(text, first.start..first.start + open)
    } else {
        first
    };
    if !place_like(text.get(place.clone())?) {
        return None;
    }
    for q in place_segs.iter().skip(1) {
        if !place_like(text.get(q.clone())?) {
            return None;
        }
        qualifiers.push(q.clone());
    }
    Some(Head {
        place: Some(place),
        qualifiers,
        date,
    })
}

/// Tries to read a dateline starting at `pos` (a line start) and lying
/// within the line `line`.
fn parse_at(text: &str, line: Range<usize>, position: Position) -> Option<Dateline> {
    let line = trim(text, line);
    let s = text.get(line.clone())?;
    if s.is_empty() {
        return None;
    }
    // Find a parenthesised agency within the first 160 bytes.
    let limit = floor_boundary(s, 160);
    let mut search = 0;
    while search < limit {
        let Some(rel_open) = s
            .get(search..limit)
            .and_then(|w| w.find('('))
            .map(|o| o + search)
        else {
            break;
        };
        let rel_close = match s.get(rel_open..)?.find(')') {
            Some(c) => rel_open + c,
            None => break,
        };
        let inner = s.get(rel_open + 1..rel_close)?;
        if let Some(agency) = agencies(inner) {
            let head = line.start..line.start + rel_open;
            let after = line.start + rel_close + 1;
            // The dash after the agency.
            let rest = text.get(after..line.end)?;
            let rest_trim = rest.trim_start();
            let ws = rest.len() - rest_trim.len();
            let end = if let Some(dl) = is_dash_at(rest_trim) {
                after + ws + dl
            } else if rest_trim.is_empty() {
                after
            } else if position == Position::Start
                && rest_trim
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c == '"' || c == '„' || c == '«')
                && ws > 0
            {
                // "BEIRUT (Reuters) Syrian rebels …" without a dash
                after
            } else {
                search = rel_close + 1;
                continue;
            };
            // At the end, the dateline fills its line.
            if position == Position::End && !text.get(end..line.end)?.trim().is_empty() {
                return None;
            }
            let agency_span = trim(text, line.start + rel_open + 1..line.start + rel_close);
            let head_s = text.get(head.clone())?;
            let (place, qualifiers, date) = if head_s.trim().is_empty() {
                if position != Position::Start {
                    return None;
                }
                (None, Vec::new(), None)
            } else {
                let h = parse_head(text, head)?;
                (h.place, h.qualifiers, h.date)
            };
            return Some(build(
                text,
                line.start..end,
                place,
                qualifiers,
                Some(agency),
                Some(agency_span),
                date,
                position,
            ));
        }
        search = rel_open + 1;
    }
    // No agency: "MOSCOW, Dec 4 -" / "Berlin, 4. Dezember 2024 –" at the very start only.
    if position != Position::Start {
        return None;
    }
    let window = s.get(..floor_boundary(s, 90)).unwrap_or("");
    for (i, c) in window.char_indices() {
        if matches!(c, '-' | '–' | '—') && i > 0 && s.as_bytes().get(i - 1) == Some(&b' ') {
            let after = s.get(i + c.len_utf8()..)?;
            if !after.starts_with(' ') && !after.is_empty() {
                continue;
            }
            let head = line.start..line.start + i;
            let h = parse_head(text, head)?;
            h.date?;
            let end = line.start + i + c.len_utf8();
            return Some(build(
                text,
                line.start..end,
                h.place,
                h.qualifiers,
                None,
                None,
                h.date,
                position,
            ));
        }
    }
    None
}

#[allow(clippy::too_many_arguments)]
fn build(
    text: &str,
    span: Range<usize>,
    place: Option<Range<usize>>,
    qualifiers: Vec<Range<usize>>,
    agency: Option<String>,
    agency_span: Option<Range<usize>>,
    date: Option<FragmentDate>,
    position: Position,
) -> Dateline {
    let full = date.and_then(|d| {
        d.year
            .and_then(|y| Date::new(y, d.month as i8, d.day as i8).ok())
    });
    Dateline {
        text: text.get(span.clone()).unwrap_or("").to_string(),
        span,
        place_text: place
            .as_ref()
            .and_then(|p| text.get(p.clone()))
            .map(str::to_string),
        place,
        qualifiers,
        agency,
        agency_span,
        date_span: date.map(|d| d.start..d.end),
        date: full,
        month_day: date.map(|d| (d.month, d.day)),
        position,
    }
}

/// True for a line that is feed metadata rather than article text: short,
/// without sentence punctuation ("Belgium", "cha/mb", "© AFP 2024").
fn is_feed_line(s: &str) -> bool {
    let t = s.trim();
    if t.is_empty() {
        return false;
    }
    // the prefixes below are at most 13 characters: lower-case a few more
    // than that, not the whole line
    let head = match t.char_indices().nth(16) {
        Some((i, _)) => &t[..i],
        None => t,
    };
    let low = head.to_lowercase();
    if low.starts_with("(reporting by")
        || low.starts_with("(writing by")
        || low.starts_with("(editing by")
        || low.starts_with("reporting by")
        || low.starts_with("©")
        || low.starts_with("(c)")
        || low.starts_with("copyright")
    {
        return true;
    }
    if t.len() > 40 || t.split_whitespace().count() > 4 {
        return false;
    }
    if t.chars().any(|c| {
        matches!(
            c,
            '.' | '!' | '?' | ',' | ';' | ':' | '…' | '"' | '“' | '”' | '„' | '«' | '»'
        )
    }) {
        return false;
    }
    t.chars().any(char::is_alphabetic)
}

fn ends_sentence(s: &str) -> bool {
    let t = s.trim_end();
    t.ends_with(['.', '!', '?', '…', '"', '“', '”', '»', ')', '\''])
}

/// The line `r` past the marks a paste may put before a dateline: an emoji,
/// a bullet, a list or quote mark ("🔥 ALEPPO, Syria …", "• BEIRUT …").
fn past_marks(text: &str, r: Range<usize>) -> Range<usize> {
    let Some(line) = text.get(r.clone()) else {
        return r;
    };
    let skip: usize = line
        .chars()
        .take_while(|&c| {
            c.is_whitespace()
                || matches!(c, '*' | '-' | '>' | '#' | '•' | '·' | '▪' | '►' | '■')
                || !c.is_ascii()
                    && !c.is_alphanumeric()
                    && !matches!(c, '«' | '„' | '“' | '‘' | '‚')
        })
        .map(char::len_utf8)
        .sum();
    // (a mark is short: a line of symbols is no dateline's)
    if skip == 0 || skip > 16 || skip >= line.len() {
        return r;
    }
    r.start + skip..r.end
}

/// Finds the dateline (at the start or the end), the trailing feed lines
/// and the body ranges of `text`.
pub fn layout(text: &str) -> Layout {
    let ls = lines(text);
    let nonempty: Vec<usize> = (0..ls.len())
        .filter(|&i| {
            text.get(ls[i].clone())
                .is_some_and(|s| !s.trim().is_empty())
        })
        .collect();
    let mut dateline = None;
    // Start: one of the first three non-empty lines.
    for (k, &li) in nonempty.iter().take(3).enumerate() {
        if let Some(d) = parse_at(text, past_marks(text, ls[li].clone()), Position::Start) {
            // A dateline alone on a later line belongs to the end search.
            let fills_line = text
                .get(d.span.end..ls[li].end)
                .is_some_and(|r| r.trim().is_empty());
            if k > 0 && fills_line {
                continue;
            }
            dateline = Some(d);
            break;
        }
    }
    // End: one of the last four non-empty lines, followed only by feed lines.
    let mut feed_from: Option<usize> = None; // index into nonempty
                                             // An opening dateline without a date and a closing one with it ("Kiew
                                             // (dpa) - …" … "Kiew, 10. März 2025 (dpa) –"): the date is the closing
                                             // line's, and that line is no body text
    if let Some(d) = dateline.as_mut() {
        if d.date.is_none() && d.month_day.is_none() && nonempty.len() >= 2 {
            let n = nonempty.len();
            let last = nonempty[n - 1];
            if let Some(e) = parse_at(text, ls[last].clone(), Position::End) {
                if e.month_day.is_some() {
                    d.date = e.date;
                    d.date_span = e.date_span;
                    d.month_day = e.month_day;
                    feed_from = Some(n - 1);
                }
            }
        }
    }
    if dateline.is_none() && nonempty.len() >= 2 {
        let n = nonempty.len();
        for back in 1..=n.min(4) {
            let k = n - back;
            let li = nonempty[k];
            let after_all_feed = nonempty[k + 1..]
                .iter()
                .all(|&j| text.get(ls[j].clone()).is_some_and(is_feed_line));
            if !after_all_feed {
                break;
            }
            if let Some(d) = parse_at(text, ls[li].clone(), Position::End) {
                dateline = Some(d);
                if k + 1 < n {
                    feed_from = Some(k + 1);
                }
                break;
            }
        }
    }
    // Trailing feed lines without a dateline at the end.
    if feed_from.is_none()
        && !dateline
            .as_ref()
            .is_some_and(|d| d.position == Position::End)
    {
        let n = nonempty.len();
        let mut k = n;
        while k > 0 && n - k < 3 {
            let li = nonempty[k - 1];
            let s = text.get(ls[li].clone()).unwrap_or("");
            if !is_feed_line(s) {
                break;
            }
            k -= 1;
        }
        // Only when some earlier line is article text ending a sentence.
        if k < n
            && k > 0
            && nonempty[..k]
                .iter()
                .any(|&j| text.get(ls[j].clone()).is_some_and(ends_sentence))
        {
            // A start dateline line is never feed.
            feed_from = Some(k);
        }
    }
    let feed: Vec<Range<usize>> = match feed_from {
        Some(k) => nonempty[k..]
            .iter()
            .map(|&j| trim(text, ls[j].clone()))
            .collect(),
        None => Vec::new(),
    };
    // Body = text minus dateline and feed.
    let mut cut: Vec<Range<usize>> = Vec::new();
    if let Some(d) = &dateline {
        cut.push(d.span.clone());
    }
    cut.extend(feed.iter().cloned());
    cut.sort_by_key(|r| r.start);
    let mut body = Vec::new();
    let mut pos = 0;
    for c in &cut {
        if c.start > pos {
            push_body(text, pos..c.start, &mut body);
        }
        pos = pos.max(c.end);
    }
    if pos < text.len() {
        push_body(text, pos..text.len(), &mut body);
    }
    Layout {
        dateline,
        feed,
        body,
    }
}

fn push_body(text: &str, r: Range<usize>, body: &mut Vec<Range<usize>>) {
    let t = trim(text, r);
    if !t.is_empty() {
        body.push(t);
    }
}

/// The dateline of `text`, if any (see [`layout`]).
pub fn find_dateline(text: &str) -> Option<Dateline> {
    layout(text).dateline
}

#[cfg(test)]
mod tests {
    use super::lines;

    #[test]
    fn lines_of_each_ending() {
        let cases: &[(&str, &str, &[std::ops::Range<usize>])] = &[
            ("empty", "", &[0..0]),
            ("one line", "abc", &[0..3]),
            ("newline", "ab\ncd", &[0..2, 3..5]),
            ("trailing newline", "ab\n", &[0..2, 3..3]),
            ("blank line", "a\n\nb", &[0..1, 2..2, 3..4]),
            ("crlf", "ab\r\ncd", &[0..2, 4..6]),
            ("trailing crlf", "ab\r\n", &[0..2, 4..4]),
            ("lone cr", "ab\rcd", &[0..2, 3..5]),
            ("mixed", "a\r\nb\nc\rd", &[0..1, 3..4, 5..6, 7..8]),
            ("multibyte", "Alep\u{2014}\nKiew", &[0..7, 8..12]),
        ];
        for (name, text, want) in cases {
            assert_eq!(lines(text), *want, "{name}");
        }
    }
}
