//! Actors and places: who acts and where, with every mention.
//!
//! For each document the engine
//! 1. tokenizes the body (dateline and feed lines excluded) and matches
//!    every known name leftmost-longest ([`lexicon`]): countries, regions
//!    and cities of the gazetteer, the actor lexicon, sites and cue words
//!    ([`cues`]); nationality adjectives are looked up word by word;
//! 2. weighs the countries the dispatch is about (its "focus"), which
//!    disambiguates places ("Hama" in Syria) and gives collective actors
//!    and bare "the army" / "Regierung" their country;
//! 3. decides for each country and capital mention whether it is a place
//!    ("in Moskau") or stands for the state ("so Moskau", "Kiew erklärte")
//!    ([`metonymy`]);
//! 4. builds places ([`places`]): gazetteer places, relative regions
//!    ("im Nordwesten Syriens"), sites, the dateline's reporting place;
//! 5. builds actors ([`actors`]): lexicon actors, states and governments,
//!    armed forces, ministries, collectives, groups defined by an acronym
//!    in the text; and people ([`people`]) from role words;
//! 6. merges everything across documents by identity (lexicon id, country
//!    code, gazetteer id, normalised name) and numbers actors `a1…` and
//!    places `p1…` in order of first mention.

pub mod actors;
pub mod cues;
pub mod lexicon;
pub mod localities;
pub mod metonymy;
pub mod people;
pub mod places;

use crate::gazetteer::{fold, gazetteer};
use crate::lang::Lang;
use crate::model::{Actor, Mention, Place, Role, Str};
use lexicon::{index, Hit, Target, Toks};
use std::collections::HashMap;
use std::ops::Range;

/// One document as the entity layer sees it.
#[derive(Debug, Clone)]
pub struct DocIn<'a> {
    /// Document id (`d1`).
    pub id: &'a str,
    /// The full text.
    pub text: &'a str,
    /// Its language.
    pub lang: Lang,
    /// Byte ranges to analyse: the text without dateline and feed lines.
    pub body: Vec<Range<usize>>,
    /// The dateline's byte range, if the text has one.
    pub dateline: Option<Range<usize>>,
    /// The place inside the dateline ("Moskau", "DAMASCUS/MOSCOW"), if known.
    pub dateline_place: Option<Range<usize>>,
    /// Qualifiers after the dateline place ("Congo" in "GOMA, Congo (AP)").
    pub dateline_qualifiers: Vec<Range<usize>>,
    /// The document's date, if known: an office the actor lexicon dates
    /// ("president since 2025-01-29") is not given by dispatches all older.
    pub dct: Option<crate::Date>,
}

impl<'a> DocIn<'a> {
    /// A document whose body and dateline are found by [`layout`].
    pub fn new(id: &'a str, text: &'a str, lang: Lang) -> DocIn<'a> {
        let (body, dateline) = layout(text);
        DocIn {
            id,
            text,
            lang,
            body,
            dateline,
            dateline_place: None,
            dateline_qualifiers: Vec::new(),
            dct: None,
        }
    }
}

/// What [`extract`] finds.
#[derive(Debug, Clone, Default)]
pub struct Entities {
    /// Actors, `a1…` in order of first mention.
    pub actors: Vec<Actor>,
    /// Places, `p1…` in order of first mention.
    pub places: Vec<Place>,
    /// Per document: id of its dateline place, if found.
    pub dateline_places: Vec<Option<String>>,
}

/// Document `di` read as far as it can be without the others: its words,
/// the lexicon's names among them and what the rules ask of both
/// ([`Ctx`]). [`extract_ready`] reads the documents so made.
pub fn ready<'a>(di: usize, doc: &'a DocIn<'a>) -> Ctx<'a> {
    let toks = lexicon::tokenize(doc.text, Some(&doc.body));
    let mut hits = index().scan(&toks);
    // (German capitalises nouns: "Präsident Syriens Baschar" is no such name)
    if doc.lang != Lang::De {
        drop_inside_longer_names(&toks, &mut hits);
    }
    Ctx::new(di, doc, toks, hits)
}

/// Finds the actors and places of all documents together.
pub fn extract(docs: &[DocIn]) -> Entities {
    // (one document made ready at a time)
    extract_ready(docs, docs.iter().enumerate().map(|(di, d)| ready(di, d)))
}

/// [`extract`] of documents already made ready (the `i`th of `ready` is
/// [`ready`]`(i, &docs[i])`).
pub fn extract_ready<'a>(
    docs: &'a [DocIn<'a>],
    ready: impl IntoIterator<Item = Ctx<'a>>,
) -> Entities {
    let mut reg = Registry {
        // an undated dispatch may be of any day
        latest: if docs.iter().all(|d| d.dct.is_some()) {
            docs.iter().filter_map(|d| d.dct).max()
        } else {
            None
        },
        ..Registry::default()
    };
    let mut dl_keys = Vec::with_capacity(docs.len());
    for mut cx in ready {
        let dl = places::dateline(&mut cx, &mut reg);
        actors::run(&mut cx, &mut reg);
        people::run(&mut cx, &mut reg);
        places::relative_regions(&mut cx, &mut reg);
        places::run(&mut cx, &mut reg);
        localities::run(&mut cx, &mut reg);
        actors::finish_countries(&mut cx, &mut reg);
        dl_keys.push(dl);
    }
    reg.output(docs, &dl_keys)
}

/// Drops a one-word country name met inside a longer name the index does
/// not know: "Saudi" in "Datu Saudi Ampatuan" (a Philippine town), "Congo"
/// in "Radio Congo Libre". The words on both sides are capitalised, joined
/// to it by a space, and no name of the index; the one before does not open
/// a sentence. Not for German, whose nouns are capitalised.
fn drop_inside_longer_names(toks: &lexicon::Toks, hits: &mut Vec<lexicon::Hit>) {
    let known = |i: usize, hits: &[lexicon::Hit]| hits.iter().any(|h| h.s <= i && i < h.e);
    let plain = |i: usize| {
        let t = &toks.t[i];
        t.cap && !t.caps && t.body && toks.gap(i) == " "
    };
    let inside: Vec<usize> = (0..hits.len())
        .filter(|&k| {
            let h = &hits[k];
            h.e == h.s + 1
                && h.s > 0
                && h.e < toks.len()
                && h.targets()
                    .iter()
                    .all(|t| matches!(t, lexicon::Target::Country(_)))
                && plain(h.s)
                && plain(h.e)
                && toks.t[h.s - 1].cap
                && !toks.t[h.s - 1].caps
                && !toks.t[h.s - 1].sent
                && !known(h.s - 1, hits)
                && !known(h.e, hits)
        })
        .collect();
    for k in inside.into_iter().rev() {
        hits.remove(k);
    }
}

/// Body ranges and dateline of a text, for callers without the temporal
/// layer's layout: the dateline is a wire dateline (`Moskau, 4. Dezember
/// 2024 (AFP) –`, `GOMA, Congo (AP) —`, `Kiew (dpa) -`) at the start of the
/// first line or as a line of its own; feed lines are the short lines
/// without sentence punctuation at the end of the text (`Belgium`).
pub fn layout(text: &str) -> (Vec<Range<usize>>, Option<Range<usize>>) {
    let mut lines: Vec<Range<usize>> = Vec::new();
    let mut s = 0;
    for (i, c) in text.char_indices() {
        if c == '\n' {
            lines.push(s..i);
            s = i + 1;
        }
    }
    lines.push(s..text.len());
    // trailing feed lines
    let mut end_line = lines.len();
    while end_line > 0 {
        let l = text[lines[end_line - 1].clone()].trim();
        if l.is_empty() {
            end_line -= 1;
            continue;
        }
        let words = l.split_whitespace().count();
        let is_dl = dateline_in(l).is_some();
        if !is_dl && words <= 3 && !l.ends_with(['.', '!', '?', '"', '”', '»', ':']) && end_line > 1
        {
            end_line -= 1;
            continue;
        }
        break;
    }
    let mut dateline = None;
    let mut body = Vec::new();
    for (k, r) in lines[..end_line].iter().enumerate() {
        let l = &text[r.clone()];
        if dateline.is_none() && (k == 0 || k + 3 >= end_line) {
            if let Some(n) = dateline_in(l) {
                let lead = l.len() - l.trim_start().len();
                let dl = r.start + lead..r.start + lead + n;
                dateline = Some(dl.clone());
                if dl.end < r.end {
                    body.push(dl.end..r.end);
                }
                continue;
            }
        }
        body.push(r.clone());
    }
    (body, dateline)
}

/// Length in bytes of a dateline at the start of `line`, if it has one.
fn dateline_in(line: &str) -> Option<usize> {
    let lead = line.len() - line.trim_start().len();
    let l = line.trim_start();
    // the agency in parentheses within the first 80 bytes
    let open = l.find('(')?;
    if open == 0 || open > 80 {
        return None;
    }
    let close = open + l[open..].find(')')?;
    let agency = &l[open + 1..close];
    const AGENCIES: &[&str] = &[
        "AFP", "AP", "dpa", "DPA", "Reuters", "REUTERS", "EFE", "ANSA", "APA", "KNA", "epd",
        "Xinhua",
    ];
    let known = agency
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| AGENCIES.contains(&w));
    if !known {
        return None;
    }
    let head = &l[..open];
    if !head.chars().next()?.is_uppercase()
        || head.contains(['.', '!', '?']) && !head.contains(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    let mut end = close + 1;
    let rest = &l[end..];
    let trimmed = rest.trim_start();
    let skip = rest.len() - trimmed.len();
    if let Some(c) = trimmed.chars().next() {
        if matches!(c, '-' | '–' | '—') {
            end += skip + c.len_utf8();
            let after = &l[end..];
            if after.starts_with(['-', '–', '—']) {
                end += 1;
            }
        }
    }
    let _ = lead;
    Some(end)
}

// ---------------------------------------------------------------------------
// per-document context

/// A nationality adjective found in the text.
#[derive(Debug, Clone, Copy)]
pub struct Adj {
    /// Token index.
    pub i: usize,
    /// ISO2 code.
    pub iso: &'static str,
}

/// Everything known about one document while it is processed.
pub struct Ctx<'a> {
    /// Document index.
    pub di: usize,
    /// The document.
    pub doc: &'a DocIn<'a>,
    /// Its tokens.
    pub toks: Toks<'a>,
    /// Name matches, in order.
    pub hits: Vec<Hit>,
    /// Per token: index of the hit covering it, or `usize::MAX`.
    pub hit_of: Vec<usize>,
    /// Per token: nationality adjective, if it is one.
    pub adj: Vec<Option<&'static str>>,
    /// Weight of each country in this document.
    pub focus: HashMap<&'static str, f32, FxBuild>,
    /// The country the document is mostly about.
    pub main: Option<&'static str>,
    /// Per hit: consumed by a construction (a relative region, a role phrase…).
    pub used: Vec<bool>,
    /// Per country: evidence for a state actor, for a government actor, and mentions.
    pub states: HashMap<&'static str, CountryEv, FxBuild>,
    /// The dateline's city (gazetteer entry), if any.
    pub dateline_city: Option<u32>,
    /// The country of the army named last ("die israelische Armee … die Armee").
    pub last_army: Option<&'static str>,
    /// Per token: number of sentence starts among tokens `1..=i` (two
    /// tokens are in the same sentence when their numbers are equal).
    pub sid: Vec<u32>,
    /// Points of the first-level regions the document names (by a name
    /// that is nothing else), at most [`REGION_POINTS`]: a town of two
    /// places of one name is the one in or near them.
    pub region_points: Vec<(f64, f64)>,
}

/// Regions a document's [`Ctx::region_points`] keeps at most.
const REGION_POINTS: usize = 16;

/// Evidence about a country as an actor in one document.
#[derive(Debug, Clone, Default)]
pub struct CountryEv {
    /// Strong evidence that the state acts (mentions as actor).
    pub state: Vec<(usize, usize)>,
    /// Government phrases.
    pub gov: Vec<(usize, usize)>,
    /// Weak evidence (adjectives, neutral mentions).
    pub weak: Vec<(usize, usize)>,
    /// Government head words seen (`regime`, `junta`, `authorities`).
    pub gov_words: Vec<&'static str>,
    /// Mentions of the country name with no cue either way.
    pub neutral: Vec<(usize, usize)>,
}

impl<'a> Ctx<'a> {
    fn new(di: usize, doc: &'a DocIn<'a>, toks: Toks<'a>, hits: Vec<Hit>) -> Ctx<'a> {
        let n = toks.len();
        let mut hit_of = vec![usize::MAX; n];
        for (k, h) in hits.iter().enumerate() {
            for x in hit_of.iter_mut().take(h.e).skip(h.s) {
                *x = k;
            }
        }
        let mut adj = vec![None; n];
        for i in 0..n {
            let t = &toks.t[i];
            if !t.body || hit_of[i] != usize::MAX || t.end - t.start < 4 || t.caps {
                continue;
            }
            // adjectives are lower case except in English (and sentence starts)
            if t.cap && doc.lang != Lang::En && !t.sent && doc.lang != Lang::De {
                continue;
            }
            if let Some(iso) = index().adjective(&toks, i) {
                adj[i] = Some(iso);
            }
        }
        let used = vec![false; hits.len()];
        let mut sid = Vec::with_capacity(n);
        let mut c = 0u32;
        for i in 0..n {
            if i > 0 && toks.t[i].sent {
                c += 1;
            }
            sid.push(c);
        }
        let g = gazetteer();
        let mut region_points: Vec<(f64, f64)> = Vec::new();
        for h in &hits {
            if let [Target::Gaz(e)] = h.targets() {
                let en = g.entry(*e);
                if en.kind == crate::gazetteer::GazKind::Region
                    && !region_points.contains(&(en.lat, en.lon))
                {
                    region_points.push((en.lat, en.lon));
                    if region_points.len() == REGION_POINTS {
                        break;
                    }
                }
            }
        }
        let mut cx = Ctx {
            di,
            doc,
            toks,
            hits,
            hit_of,
            adj,
            focus: HashMap::default(),
            main: None,
            used,
            states: HashMap::default(),
            dateline_city: None,
            last_army: None,
            sid,
            region_points,
        };
        cx.compute_focus();
        cx
    }

    fn compute_focus(&mut self) {
        let g = gazetteer();
        let countries = g.countries();
        let mut f: HashMap<&'static str, f32, FxBuild> = HashMap::default();
        // the lead says what the dispatch is about: what it names counts twice
        let lead = self.toks.t.iter().position(|t| t.body).map(|i| self.sid[i]);
        let lead_weight = |i: usize| if Some(self.sid[i]) == lead { 2.0 } else { 1.0 };
        for h in &self.hits {
            let w = lead_weight(h.s);
            for t in h.targets() {
                match *t {
                    Target::Country(ci) => *f.entry(countries[ci as usize].iso2).or_default() += w,
                    Target::Gaz(e) => {
                        let e = g.entry(e);
                        if !e.country.is_empty() && h.targets().len() == 1 {
                            *f.entry(e.country).or_default() += 0.5 * w;
                        }
                    }
                    Target::Actor(a) => {
                        let a = &index().actors[a as usize];
                        if !a.country.is_empty()
                            && matches!(a.kind, "armed_group" | "military" | "government")
                        {
                            *f.entry(a.country).or_default() += 0.4 * w;
                        }
                    }
                    _ => {}
                }
            }
        }
        for (i, iso) in self.adj.iter().enumerate() {
            if let Some(iso) = iso {
                // (a border's nationality says where, not whom: "near the Afghan border")
                if actors::next_to_border(self, i, i + 1) {
                    continue;
                }
                *f.entry(iso).or_default() += 0.7 * lead_weight(i);
            }
        }
        let mut best: Option<(&'static str, f32)> = None;
        for (&k, &v) in &f {
            if best
                .map(|(bk, bv)| v > bv || v == bv && k < bk)
                .unwrap_or(true)
            {
                best = Some((k, v));
            }
        }
        self.main = best.map(|b| b.0);
        self.focus = f;
    }

    /// Folded token `i`.
    pub fn low(&self, i: usize) -> &str {
        self.toks.low(i)
    }

    /// Language.
    pub fn lang(&self) -> Lang {
        self.doc.lang
    }

    /// Byte span of tokens `s..e`.
    pub fn span(&self, s: usize, e: usize) -> (usize, usize) {
        (self.toks.t[s].start, self.toks.t[e - 1].end)
    }

    /// Text of tokens `s..e`.
    pub fn text(&self, s: usize, e: usize) -> &'a str {
        let (a, b) = self.span(s, e);
        &self.doc.text[a..b]
    }

    /// The hit starting exactly at token `i`, if any.
    pub fn hit_at(&self, i: usize) -> Option<usize> {
        let k = *self.hit_of.get(i)?;
        (k != usize::MAX && self.hits[k].s == i).then_some(k)
    }

    /// The cue of hit `k`, if it is one.
    pub fn cue(&self, k: usize) -> Option<cues::Cue> {
        self.hits[k].targets().iter().find_map(|t| match t {
            Target::Cue(c) => Some(cues::CUES[*c as usize].cue),
            _ => None,
        })
    }

    /// The table spelling that hit `k` matched for a target accepted by `f`.
    pub fn hit_name(&self, k: usize, f: impl Fn(&Target) -> bool) -> Option<&'static str> {
        let h = &self.hits[k];
        h.targets()
            .iter()
            .zip(h.names())
            .find(|(t, _)| f(t))
            .map(|(_, n)| *n)
    }

    /// Country evidence record of `iso`.
    pub fn ev(&mut self, iso: &'static str) -> &mut CountryEv {
        self.states.entry(iso).or_default()
    }

    /// Whether tokens `a` and `b` (a < b) are in the same sentence.
    #[inline]
    pub fn same_sentence(&self, a: usize, b: usize) -> bool {
        a >= b || self.sid[a] == self.sid[b]
    }
}

// ---------------------------------------------------------------------------
// the registry of entities across documents

/// An actor being built.
#[derive(Debug, Clone)]
pub struct ActorAcc {
    /// Display name.
    pub name: String,
    /// Kind.
    pub kind: &'static str,
    /// Country.
    pub country: Option<&'static str>,
    aliases: Vec<String>,
    roles: Vec<(String, Option<crate::model::Str>)>,
    mentions: Vec<(usize, usize, usize)>,
    mindex: MentionIndex,
}

/// Offices that serve a state: their holder's country acts in the
/// dispatch ("minister" also ends "foreign minister").
pub const STATE_OFFICES: &[&str] = &[
    "president",
    "prime minister",
    "minister",
    "governor",
    "chancellor",
    "king",
];

/// A place being built.
#[derive(Debug, Clone)]
pub struct PlaceAcc {
    key: String,
    name: String,
    kind: &'static str,
    country: Option<&'static str>,
    lat: f64,
    lon: f64,
    aliases: Vec<String>,
    mentions: Vec<(usize, usize, usize)>,
    mindex: MentionIndex,
    /// Mentions in a dateline.
    dateline_mentions: usize,
    /// The place whose point this one borrows (a village placed by the
    /// town the text locates it by).
    near: Option<usize>,
}

/// An ordered index of an entity's mentions, kept once there are many:
/// answers "does (doc, s..e) overlap a mention?" without scanning them all.
#[derive(Debug, Clone, Default)]
struct MentionIndex {
    /// The mentions indexed so far (a prefix of the entity's list).
    synced: usize,
    set: std::collections::BTreeSet<(usize, usize, usize)>,
}

impl MentionIndex {
    /// Whether some mention `(d, ms, me)` of `ms` has `d == di && ms < e && s < me`.
    fn overlaps(&mut self, ms: &[(usize, usize, usize)], di: usize, s: usize, e: usize) -> bool {
        if ms.len() < 24 {
            return ms.iter().any(|&(d, ms, me)| d == di && ms < e && s < me);
        }
        self.set.extend(&ms[self.synced..]);
        self.synced = ms.len();
        // Mentions only enter the list when they overlap none before, so the
        // non-empty ones of a document are disjoint: going back from the last
        // one starting before `e`, the first non-empty one ending at or before
        // `s` ends the search (every earlier one ends before it starts).
        for &(d, ms, me) in self.set.range(..(di, e, 0)).rev() {
            if d != di {
                break;
            }
            if ms < e && s < me {
                return true;
            }
            if ms < me && me <= s {
                break;
            }
        }
        false
    }
}

/// All actors and places found so far.
#[derive(Default)]
pub struct Registry {
    /// The date of the latest dispatch when all are dated.
    pub latest: Option<crate::Date>,
    actors: Vec<ActorAcc>,
    akeys: HashMap<crate::model::Str, usize, FxBuild>,
    places: Vec<PlaceAcc>,
    pkeys: HashMap<crate::model::Str, usize, FxBuild>,
    /// Per country: (state evidence, government evidence, government words).
    pub votes: HashMap<&'static str, (usize, usize, Vec<&'static str>), FxBuild>,
    /// People found from role words: (key, folded name words).
    pub people: Vec<(usize, Vec<String>)>,
    /// The first words of [`Registry::people`]'s names, kept as they are added.
    pub people_firsts: std::collections::HashSet<String, FxBuild>,
    /// Lexicon row → actor index, once registered.
    pub lex_cache: HashMap<u16, usize, FxBuild>,
    /// Per document: the actors mentioned in it, in order of their first
    /// mention there.
    by_doc: Vec<Vec<usize>>,
}

impl Registry {
    /// The actor with `key`, created with `init` if new.
    pub fn actor(
        &mut self,
        key: &str,
        init: impl FnOnce() -> (String, &'static str, Option<&'static str>),
    ) -> usize {
        if let Some(&i) = self.akeys.get(key) {
            return i;
        }
        let (name, kind, country) = init();
        let i = self.actors.len();
        self.actors.push(ActorAcc {
            name,
            kind,
            country,
            aliases: Vec::new(),
            roles: Vec::new(),
            mentions: Vec::new(),
            mindex: MentionIndex::default(),
        });
        self.akeys.insert(key.into(), i);
        i
    }

    /// The actor with `key`, if it exists.
    pub fn actor_id(&self, key: &str) -> Option<usize> {
        self.akeys.get(key).copied()
    }

    /// Mutable actor.
    pub fn actor_mut(&mut self, i: usize) -> &mut ActorAcc {
        &mut self.actors[i]
    }

    /// Adds a mention (and its spelling as an alias) to actor `i`.
    pub fn mention_actor(&mut self, i: usize, di: usize, text: &str, s: usize, e: usize) {
        let a = &mut self.actors[i];
        if a.mindex.overlaps(&a.mentions, di, s, e) {
            return;
        }
        if a.mentions.last().is_none_or(|m| m.0 != di) {
            if self.by_doc.len() <= di {
                self.by_doc.resize_with(di + 1, Vec::new);
            }
            self.by_doc[di].push(i);
        }
        a.mentions.push((di, s, e));
        let t = &text[s..e];
        if t != a.name && !a.aliases.iter().any(|x| x == t) {
            a.aliases.push(t.to_string());
        }
    }

    /// Adds an alias that was not seen as a mention (a defined acronym, a surname).
    pub fn alias_actor(&mut self, i: usize, alias: &str) {
        let a = &mut self.actors[i];
        if alias != a.name && !a.aliases.iter().any(|x| x == alias) {
            a.aliases.push(alias.to_string());
        }
    }

    /// Adds a role to actor `i`; `of` is the key of the actor served.
    pub fn role(&mut self, i: usize, title: &str, of: Option<crate::model::Str>) {
        let a = &mut self.actors[i];
        if let Some(r) = a.roles.iter_mut().find(|r| r.0 == title) {
            if r.1.is_none() {
                r.1 = of;
            }
            return;
        }
        a.roles.push((title.to_string(), of));
    }

    /// The countries whose state offices ([`STATE_OFFICES`]) are held by
    /// people named in document `di`: not an office of an organisation
    /// ("UN secretary-general"), the holder's own country.
    pub fn officials(&self, di: usize) -> Vec<&'static str> {
        let mut out: Vec<&'static str> = Vec::new();
        let mentioned = self.by_doc.get(di).map_or(&[][..], |v| v.as_slice());
        for a in mentioned.iter().map(|&i| &self.actors[i]) {
            let Some(c) = a.country else { continue };
            if a.kind != "person" || out.contains(&c) || a.mentions.last().is_none_or(|m| m.0 != di)
            {
                continue;
            }
            let state_office = a.roles.iter().any(|(title, of)| {
                STATE_OFFICES.iter().any(|o| {
                    title
                        .strip_suffix(o)
                        .is_some_and(|p| p.is_empty() || p.ends_with(' '))
                }) && of
                    .as_deref()
                    .is_none_or(|o| o.strip_prefix("cty:") == Some(c))
            });
            if state_office {
                out.push(c);
            }
        }
        out
    }

    /// Adds a role unless the actor has one that already says it
    /// ("spokesperson of the foreign ministry" covers "spokesperson").
    pub fn role_if_new(&mut self, i: usize, title: &str, of: Option<crate::model::Str>) {
        if self.actors[i].roles.iter().any(|r| r.0.contains(title)) {
            return;
        }
        self.role(i, title, of);
    }

    /// The place with `key`, created with `init` if new.
    #[allow(clippy::type_complexity)]
    pub fn place(
        &mut self,
        key: &str,
        init: impl FnOnce() -> (String, &'static str, Option<&'static str>, f64, f64),
    ) -> usize {
        if let Some(&i) = self.pkeys.get(key) {
            return i;
        }
        let (name, kind, country, lat, lon) = init();
        let i = self.places.len();
        self.places.push(PlaceAcc {
            key: key.to_string(),
            name,
            kind,
            country,
            lat,
            lon,
            aliases: Vec::new(),
            mentions: Vec::new(),
            mindex: MentionIndex::default(),
            dateline_mentions: 0,
            near: None,
        });
        self.pkeys.insert(key.into(), i);
        i
    }

    /// Whether place `i` has been mentioned (so it will have an id).
    pub fn place_mentioned(&self, i: usize) -> bool {
        !self.places[i].mentions.is_empty()
    }

    /// Gives place `i` the point (lat, lon) and country when it has no
    /// point yet; true when its point is now that one.
    pub fn place_point_if_missing(
        &mut self,
        i: usize,
        lat: f64,
        lon: f64,
        country: Option<&'static str>,
    ) -> bool {
        let p = &mut self.places[i];
        if p.lat.is_nan() || p.lon.is_nan() {
            p.lat = lat;
            p.lon = lon;
            p.country = p.country.or(country);
        }
        p.lat == lat && p.lon == lon
    }

    /// Places place `i` at (lat, lon), by place `near`.
    pub fn set_place_point(&mut self, i: usize, lat: f64, lon: f64, near: usize) {
        let p = &mut self.places[i];
        p.lat = lat;
        p.lon = lon;
        if i != near {
            p.near = Some(near);
        }
    }

    /// Records that place `i` is placed by place `near` (its point is
    /// approximate).
    pub fn place_near(&mut self, i: usize, near: usize) {
        if i != near && self.places[i].near.is_none() {
            self.places[i].near = Some(near);
        }
    }

    /// Adds an alias to place `i`.
    pub fn alias_place(&mut self, i: usize, alias: &str) {
        let p = &mut self.places[i];
        if alias != p.name && !p.aliases.iter().any(|x| x == alias) {
            p.aliases.push(alias.to_string());
        }
    }

    /// Adds a mention to place `i`.
    pub fn mention_place(
        &mut self,
        i: usize,
        di: usize,
        text: &str,
        s: usize,
        e: usize,
        in_dateline: bool,
    ) {
        let p = &mut self.places[i];
        if p.mindex.overlaps(&p.mentions, di, s, e) {
            return;
        }
        p.mentions.push((di, s, e));
        if in_dateline {
            p.dateline_mentions += 1;
        }
        let t = &text[s..e];
        if t != p.name && !p.aliases.iter().any(|x| x == t) {
            p.aliases.push(t.to_string());
        }
    }

    fn output(mut self, docs: &[DocIn], dl_keys: &[Option<String>]) -> Entities {
        // countries: state or government
        let mut isos: Vec<&'static str> = self.votes.keys().copied().collect();
        isos.sort_unstable();
        for iso in isos {
            let (st, gov, ref words) = self.votes[iso];
            let Some(&i) = self.akeys.get(&actors::country_key(iso)) else {
                continue;
            };
            if gov > 0 && gov > st {
                let adj = actors::adjective_en(iso);
                let a = &mut self.actors[i];
                let country_name = std::mem::replace(&mut a.name, format!("{adj} government"));
                a.kind = "government";
                let mut extra = vec![country_name];
                for w in words {
                    extra.push(format!("{adj} {w}"));
                }
                for x in extra {
                    if x != a.name && !a.aliases.contains(&x) {
                        a.aliases.push(x);
                    }
                }
            }
        }
        // order by first mention
        let first = |m: &[(usize, usize, usize)]| {
            m.iter()
                .map(|&(d, s, _)| (d, s))
                .min()
                .unwrap_or((usize::MAX, 0))
        };
        let mut aorder: Vec<usize> = (0..self.actors.len())
            .filter(|&i| !self.actors[i].mentions.is_empty())
            .collect();
        aorder.sort_by_cached_key(|&i| (first(&self.actors[i].mentions), i));
        let mut porder: Vec<usize> = (0..self.places.len())
            .filter(|&i| !self.places[i].mentions.is_empty())
            .collect();
        porder.sort_by_cached_key(|&i| (first(&self.places[i].mentions), i));
        // ids by registry index ("a1…", "p1…" in order of first mention)
        let mut aid: Vec<Option<Str>> = vec![None; self.actors.len()];
        for (n, &i) in aorder.iter().enumerate() {
            aid[i] = Some(compact_str::format_compact!("a{}", n + 1));
        }
        let mut pid: Vec<Option<Str>> = vec![None; self.places.len()];
        for (n, &i) in porder.iter().enumerate() {
            pid[i] = Some(compact_str::format_compact!("p{}", n + 1));
        }
        let akeys = &self.akeys;
        let actor_id = |key: &str| akeys.get(key).and_then(|&i| aid[i].clone());
        let pkeys = &self.pkeys;
        let place_id = |key: &str| pkeys.get(key).and_then(|&i| pid[i].clone());
        let mk = |ms: &mut Vec<(usize, usize, usize)>| -> Vec<Mention> {
            ms.sort_unstable();
            ms.iter()
                .map(|&(d, s, e)| Mention {
                    doc: Str::from(docs[d].id),
                    start: s,
                    end: e,
                    text: Str::from(&docs[d].text[s..e]),
                })
                .collect()
        };
        let mut actors = Vec::with_capacity(aorder.len());
        for &i in &aorder {
            let a = &mut self.actors[i];
            let roles = a
                .roles
                .iter()
                .map(|(t, of)| Role {
                    title: t.clone(),
                    of: of.as_deref().and_then(actor_id).map(|x| x.to_string()),
                })
                .collect();
            actors.push(Actor {
                id: aid[i].clone().unwrap_or_default(),
                name: a.name.clone(),
                kind: Str::const_new(a.kind),
                country: a.country.map(Str::const_new),
                aliases: std::mem::take(&mut a.aliases),
                roles,
                mentions: mk(&mut a.mentions),
            });
        }
        let mut places = Vec::with_capacity(porder.len());
        let round = |v: f64| (!v.is_nan()).then(|| (v * 10_000.0).round() / 10_000.0);
        for &i in &porder {
            let near = self.places[i].near.and_then(|j| pid[j].clone());
            let p = &mut self.places[i];
            places.push(Place {
                id: pid[i].clone().unwrap_or_default(),
                name: p.name.clone(),
                kind: Str::const_new(p.kind),
                country: p.country.map(Str::const_new),
                lat: round(p.lat),
                lon: round(p.lon),
                near,
                aliases: std::mem::take(&mut p.aliases),
                reporting: p.dateline_mentions == p.mentions.len(),
                mentions: mk(&mut p.mentions),
            });
        }
        let dateline_places = dl_keys
            .iter()
            .map(|k| k.as_deref().and_then(place_id).map(|x| x.to_string()))
            .collect();
        Entities {
            actors,
            places,
            dateline_places,
        }
    }
}

/// Builds the engine's [`Fx`](crate::hash::Fx) hashers, for the
/// registry's short string keys.
pub type FxBuild = std::hash::BuildHasherDefault<crate::hash::Fx>;

/// Normalised form of a name for identity keys.
pub fn key_of(name: &str) -> String {
    fold(name)
}
