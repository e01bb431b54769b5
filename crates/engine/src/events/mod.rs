//! Events and relations: who did what to whom, when and where, and how the
//! actors stand to each other.
//!
//! For each document, sentence by sentence:
//! 1. [`triggers`] finds the words that report an event, from the trigger
//!    lexicon ([`lexicon`], `data/triggers.tsv`): verbs and nouns in four
//!    languages, German separable verbs (`griff … an`), compounds
//!    (`Luftangriffe`), Romance conjugations by stem; participles used as
//!    adjectives ("Iran-backed", "die vom Iran unterstützten Huthis") are
//!    not events;
//! 2. [`roles`] cuts the sentence into clauses and gives the actor mentions
//!    of each trigger's clause a role (source, target, supporter, reporter)
//!    from prepositions, word order, passives, relative clauses and, for
//!    pronoun or missing subjects, the previous sentence's subject; it sets
//!    the negation and reported-speech flags;
//! 3. each trigger takes the time expressions nearest to it (one event per
//!    date when a clause lists several: "2015 … und 2016 ganz Aleppo"), else
//!    the date of a dated trigger in its clause or a date opening the
//!    sentence. An event without any is dated with the document date when
//!    it is told in the lead (the news of the day) and not planned or
//!    pluperfect background; later undated events are left out: the text
//!    does not say when they happened. The place is the place attached to
//!    the trigger, else the most precise place of its clause;
//! 4. [`figures`] reads casualty and size figures ("mindestens 25 Tote",
//!    "1,500 troops") and puts them on the nearest event.
//!
//! Then [`merge`] makes one event of the reports of the same event (same
//! type, a shared actor, compatible places, dates within a day), within a
//! document and across documents, keeping every report in `also` and
//! flagging disagreements on dates and figures; and [`relations`] derives
//! the relations between actors from the events and from phrases ("ein
//! Verbündeter des syrischen Regimes", "pro-iranische Hisbollah", "von HTS
//! dominiert", offices held).
//!
//! The layer reads the actors and places of [`crate::entities`] and the
//! tokens, sentences and times of [`crate::pipeline::prepare`]; it never
//! creates actors or places.

pub mod figures;
pub mod lexicon;
pub mod merge;
pub mod relations;
pub mod roles;
pub mod triggers;
pub mod words;

use crate::hash::FxMap as HashMap;
use smallvec::SmallVec;
use std::ops::Range;

use crate::lang::Lang;
use crate::model::{Actor, Event, Figure, Place, Relation};
use crate::pipeline::Prepared;
use crate::text::TokenKind;

/// One document as the event layer sees it.
#[derive(Debug, Clone, Copy)]
pub struct DocView<'a> {
    /// Document id (`d1`).
    pub id: &'a str,
    /// The full text.
    pub text: &'a str,
    /// What the temporal layer prepared: tokens, sentences, body, times, dct.
    pub prep: &'a Prepared,
}

/// A word (or punctuation mark) of a document's body.
#[derive(Debug, Clone)]
pub struct W {
    /// Byte start.
    pub s: usize,
    /// Byte end.
    pub e: usize,
    /// Folded form: range into [`Doc::fbuf`].
    f: Range<u32>,
    /// Lower-cased form with diacritics: range into [`Doc::lbuf`].
    l: Range<u32>,
    /// Token kind.
    pub kind: TokenKind,
    /// Starts with an upper-case letter.
    pub cap: bool,
    /// Whitespace precedes it.
    pub space_before: bool,
    /// Function-word classes ([`lexicon::classes`]).
    pub cls: u32,
    /// Relation-phrase bits ([`relations::word_bits`]).
    rel: u32,
    /// Trigger candidates: range into [`Doc::tids`] (empty for punctuation).
    tc: Range<u32>,
}

/// Marks a lower-case range as pointing into `lbuf` (else into `fbuf`).
const LBUF: u32 = 1 << 31;

/// A mention of an actor or place, in word indices.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ment {
    /// First word.
    pub ws: usize,
    /// After the last word.
    pub we: usize,
    /// Index into the analysis' actors (or places).
    pub id: usize,
}

/// A time expression, in word indices.
#[derive(Debug, Clone)]
pub struct TimeW {
    /// First word.
    pub ws: usize,
    /// After the last word.
    pub we: usize,
    /// TIMEX3 value.
    pub value: String,
}

/// A document made ready for the event rules.
pub struct Doc<'a> {
    /// Index of the document.
    pub di: usize,
    /// The view it was made from.
    pub view: DocView<'a>,
    /// Language.
    pub lang: Lang,
    /// Body words in text order.
    pub words: Vec<W>,
    fbuf: String,
    lbuf: String,
    /// Trigger candidates of all words, word after word ([`W::tc`]).
    tids: Vec<u32>,
    /// Sentences as word ranges.
    pub sents: Vec<Range<usize>>,
    /// Actor mentions, by start.
    pub ments: Vec<Ment>,
    /// Place mentions, by start.
    pub pments: Vec<Ment>,
    /// Date and time expressions, by start.
    pub times: Vec<TimeW>,
}

impl<'a> Doc<'a> {
    /// Prepares document `di` for the rules; `ments` and `pments` are its
    /// actor and place mentions as (start, end, index) byte spans; the
    /// forms, classes and trigger candidates of its words come from `memo`.
    pub fn new(
        di: usize,
        view: DocView<'a>,
        actor_ments: &[(usize, usize, usize)],
        place_ments: &[(usize, usize, usize)],
        memo: &mut words::WordMemo,
    ) -> Doc<'a> {
        let text = view.text;
        let prep = view.prep;
        let mut words = Vec::with_capacity(crate::text::count_non_blank(&prep.tokens));
        let (mut fbuf, mut lbuf) = (
            String::with_capacity(text.len()),
            String::with_capacity(text.len()),
        );
        let mut tids = Vec::new();
        let mut bi = 0;
        let mut prev_space = true;
        for t in &prep.tokens {
            while bi < prep.body.len() && prep.body[bi].end <= t.start {
                bi += 1;
            }
            let in_body = bi < prep.body.len()
                && prep.body[bi].start <= t.start
                && t.end <= prep.body[bi].end;
            if matches!(t.kind, TokenKind::Space | TokenKind::Newline) || !in_body {
                prev_space = true;
                continue;
            }
            let raw = &text[t.start..t.end];
            let f0 = fbuf.len() as u32;
            let t0 = tids.len() as u32;
            let (l, cls, rel) = if t.kind == TokenKind::Punct {
                // punctuation keeps its form (folding turns hyphens and dashes into spaces)
                fbuf.push_str(raw);
                // lower case with diacritics: an ASCII mark is itself (as kept in `fbuf`)
                let l = if raw.is_ascii() {
                    f0..fbuf.len() as u32
                } else {
                    let l0 = lbuf.len() as u32;
                    for c in raw.chars() {
                        lbuf.extend(c.to_lowercase());
                    }
                    l0 | LBUF..lbuf.len() as u32 | LBUF
                };
                (l, 0, 0)
            } else {
                let w = memo.word(prep.lang, t.kind, raw);
                fbuf.push_str(w.folded);
                tids.extend_from_slice(w.tids);
                let l = match w.lower {
                    // an ASCII word: the folded form
                    None => f0..fbuf.len() as u32,
                    Some(lower) => {
                        let l0 = lbuf.len() as u32;
                        lbuf.push_str(lower);
                        l0 | LBUF..lbuf.len() as u32 | LBUF
                    }
                };
                (l, w.cls, w.rel)
            };
            let f = f0..fbuf.len() as u32;
            let cap = match raw.as_bytes().first() {
                Some(&b) if b < 0x80 => b.is_ascii_uppercase(),
                _ => raw.chars().next().is_some_and(char::is_uppercase),
            };
            let tc = t0..tids.len() as u32;
            words.push(W {
                s: t.start,
                e: t.end,
                f,
                l,
                kind: t.kind,
                cap,
                space_before: prev_space,
                cls,
                rel,
                tc,
            });
            prev_space = false;
        }
        let first_at = |b: usize| words.partition_point(|w| w.s < b);
        let sents: Vec<Range<usize>> = prep
            .sentences
            .iter()
            .map(|r| first_at(r.start)..first_at(r.end))
            .filter(|r| r.start < r.end)
            .collect();
        let mut ments = Vec::with_capacity(actor_ments.len());
        for &(s, e, ai) in actor_ments {
            let (ws, we) = (first_at(s), first_at(e));
            if ws < we {
                ments.push(Ment { ws, we, id: ai });
            }
        }
        ments.sort_by_key(|m| (m.ws, m.we));
        ments.dedup_by(|b, a| b.ws < a.we); // overlapping mentions: keep the first
        let mut pments = Vec::with_capacity(place_ments.len());
        for &(s, e, pi) in place_ments {
            let (ws, we) = (first_at(s), first_at(e));
            if ws < we {
                pments.push(Ment { ws, we, id: pi });
            }
        }
        pments.sort_by_key(|m| (m.ws, m.we));
        let mut times = Vec::new();
        for t in &prep.times {
            if !matches!(
                t.kind,
                crate::dates::TimeKind::Date | crate::dates::TimeKind::Time
            ) {
                continue;
            }
            let (ws, we) = (first_at(t.start), first_at(t.end));
            if ws < we && ws < words.len() && !t.value.starts_with('T') && !t.value.starts_with('P')
            {
                // a time is a date: cut `2024-11-27T14:30` to the day
                let value = match t.value.find('T') {
                    Some(k) if k >= 10 => t.value[..k].to_string(),
                    _ => t.value.clone(),
                };
                times.push(TimeW { ws, we, value });
            }
        }
        Doc {
            di,
            view,
            lang: prep.lang,
            words,
            fbuf,
            lbuf,
            tids,
            sents,
            ments,
            pments,
            times,
        }
    }

    /// Folded form of word `i`.
    pub fn f(&self, i: usize) -> &str {
        let r = &self.words[i].f;
        &self.fbuf[r.start as usize..r.end as usize]
    }

    /// Lower-cased form of word `i` (diacritics kept).
    pub fn l(&self, i: usize) -> &str {
        let r = &self.words[i].l;
        if r.start & LBUF != 0 {
            &self.lbuf[(r.start & !LBUF) as usize..(r.end & !LBUF) as usize]
        } else {
            &self.fbuf[r.start as usize..r.end as usize]
        }
    }

    /// Ids of the triggers whose first word matches word `i`
    /// ([`lexicon::Lexicon::candidates`]; none for punctuation).
    pub fn trigger_candidates(&self, i: usize) -> &[u32] {
        let r = &self.words[i].tc;
        &self.tids[r.start as usize..r.end as usize]
    }

    /// The relation-phrase bits of word `i` (`relations::word_bits`; 0
    /// past the end).
    #[inline]
    pub fn rel(&self, i: usize) -> u32 {
        self.words.get(i).map_or(0, |w| w.rel)
    }

    /// Whether word `i` is in one of the classes `bits` ([`lexicon::classes`]).
    #[inline]
    pub fn has(&self, i: usize, bits: u32) -> bool {
        self.words.get(i).is_some_and(|w| w.cls & bits != 0)
    }

    /// Whether word `i` is punctuation.
    pub fn punct(&self, i: usize) -> bool {
        self.words[i].kind == TokenKind::Punct
    }

    /// Whether word `i` folds to one of `set`.
    pub fn is(&self, i: usize, set: &[&str]) -> bool {
        i < self.words.len() && set.contains(&self.f(i))
    }

    /// Byte span of words `a..b`.
    pub fn span(&self, a: usize, b: usize) -> (usize, usize) {
        (self.words[a].s, self.words[b - 1].e)
    }

    /// The text of word `i`.
    pub fn text(&self, i: usize) -> &str {
        &self.view.text[self.words[i].s..self.words[i].e]
    }

    /// The document creation date as a string.
    pub fn dct(&self) -> Option<String> {
        self.view.prep.dct.map(|d| d.to_string())
    }
}

/// An event found in one sentence, before merging.
#[derive(Debug, Clone)]
pub struct Cand {
    /// Document index.
    pub di: usize,
    /// Sentence index.
    pub sent: usize,
    /// Trigger word range.
    pub trig: Range<usize>,
    /// Trigger id in the lexicon.
    pub tid: u32,
    /// PLOVER type.
    pub kind: &'static str,
    /// English label.
    pub label: &'static str,
    /// Date value.
    pub date: Option<String>,
    /// The date was written in the clause (not inherited or the dct).
    pub explicit_date: bool,
    /// Actors (index into the analysis' actors) with roles.
    pub actors: Vec<(usize, Role)>,
    /// Place (index into the analysis' places).
    pub place: Option<usize>,
    /// Negated.
    pub negated: bool,
    /// Reported.
    pub reported: bool,
    /// Figures.
    pub figures: Vec<Figure>,
    /// Evidence byte span (the sentence).
    pub span: (usize, usize),
    /// Confidence.
    pub confidence: f64,
    /// A definite event noun without a date of its own ("the strikes"):
    /// most likely an event already told.
    pub anaphoric: bool,
    /// Where the source came from: `clause`, `left`, `antecedent`, `speaker`, `center`, `zero`, `sentence`.
    pub how: &'static str,
    /// A statement told without a date after the lead (a threat, a demand,
    /// an accusation; see `roles::LATENT`): dated by the document's date,
    /// but an event only when a report in another dispatch joins it (see
    /// `merge::merge`); alone, it is dropped as before.
    pub latent: bool,
}

/// Roles of actors in events.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Role {
    /// Does it.
    Source,
    /// Undergoes it.
    Target,
    /// Backs the source.
    Supporter,
    /// Says so.
    Reporter,
}

impl Role {
    /// The name used in the analysis format.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Source => "source",
            Role::Target => "target",
            Role::Supporter => "supporter",
            Role::Reporter => "reporter",
        }
    }
}

/// How an event without a date in its sentence is dated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fallback {
    /// The document creation date.
    Dct,
    /// No date.
    Null,
    /// No date for planned, modal and pluperfect clauses, else the dct.
    Tense,
}

/// Finds the events and relations of all documents together.
pub fn extract(
    views: &[DocView],
    actors: &[Actor],
    places: &[Place],
) -> (Vec<Event>, Vec<Relation>) {
    words::with_memo(|memo| extract_with(views, actors, places, memo))
}

/// [`extract`] with the word memo of this thread.
fn extract_with(
    views: &[DocView],
    actors: &[Actor],
    places: &[Place],
    memo: &mut words::WordMemo,
) -> (Vec<Event>, Vec<Relation>) {
    let index = MentionIndex::new(views, actors, places);
    let mut cands = Vec::new();
    let mut phrase_rels = Vec::new();
    // Each dispatch's candidates and phrase relations need nothing of the
    // others', so natively they share the machine's cores; the documents
    // are made ready on this thread, which has the word memo.
    let found = crate::par::feed(
        views.len(),
        |di| views[di].text.len(),
        |di| Doc::new(di, views[di], &index.actors[di], &index.places[di], memo),
        |doc| doc_candidates(&doc, actors, places),
    );
    for (c, r) in found {
        cands.extend(c);
        phrase_rels.extend(r);
    }
    let events = merge::merge(cands, views, actors, places);
    let rels = relations::build(&events, phrase_rels, actors, places, views, &index);
    (events, rels)
}

/// The event candidates of one document and the relations its phrases
/// tell, in text order.
fn doc_candidates(
    doc: &Doc,
    actors: &[Actor],
    places: &[Place],
) -> (Vec<Cand>, Vec<relations::PRel>) {
    let mut cands: Vec<Cand> = Vec::new();
    let mut phrase_rels = Vec::new();
    let mut center = roles::Center::default();
    for si in 0..doc.sents.len() {
        let mut orphans = Vec::new();
        let found = roles::sentence(doc, si, actors, places, &mut center, &mut orphans);
        // figures without an event of their own go to the event of one of the two sentences before
        if !orphans.is_empty() {
            if let Some(prev) = cands
                .iter_mut()
                .rev()
                .find(|c: &&mut Cand| c.sent + 2 >= si && matches!(c.kind, "ASSAULT" | "COERCE"))
            {
                prev.figures.append(&mut orphans);
            }
        }
        // kinds of event the sentence tells with their sources
        let told: SmallVec<[&str; 4]> = found
            .iter()
            .filter(|c| c.how != roles::RETOLD)
            .filter(|c| c.actors.iter().any(|&(_, r)| r == Role::Source))
            .map(|c| c.kind)
            .collect();
        for mut c in found {
            if c.how == roles::RETOLD {
                // the participants of the last event of its kind told just before
                let before = cands.iter().rev().find(|p: &&Cand| {
                    !p.latent
                        && p.kind == c.kind
                        && p.sent + roles::RETOLD_WITHIN >= si
                        && p.how != roles::RETOLD
                        && p.actors.iter().any(|&(_, r)| r != Role::Reporter)
                        && p.place.is_some()
                        && c.place.is_some()
                        && merge::places_near(p, &c, places)
                        // (and of about the same days: see `dates_agree`)
                        && merge::dates_agree(p.date.as_deref(), c.date.as_deref())
                });
                // the event taken up lends its parties; the lead's, its sources
                let (p, sources_only) = match before {
                    Some(p) => (p, false),
                    // "The offensive began on Nov. 27 in the northwest,
                    // taking Aleppo within days": the offensive of the
                    // story, whose sources the lead names (unless the
                    // sentence says whose it is: "La guerra comenzó el 7
                    // de octubre, cuando milicianos de Hamás atacaron")
                    None if !told.contains(&c.kind) => {
                        let Some(p) = cands.iter().find(|p: &&Cand| {
                            !p.latent
                                && p.sent < roles::LEAD
                                // (in the same country when both have a place:
                                // "La guerra en Sudán" is not the war of strikes
                                // on Hodeida; an event without a place is taken
                                // for the story's own)
                                && match (p.place, c.place) {
                                    (Some(x), Some(y)) => {
                                        places[x].country.is_some()
                                            && places[x].country == places[y].country
                                    }
                                    _ => true,
                                }
                                && p.kind == c.kind
                                && p.how != roles::RETOLD
                                && p.actors.iter().any(|&(_, r)| r == Role::Source)
                        }) else {
                            continue;
                        };
                        (p, true)
                    }
                    None => continue,
                };
                for &(a, r) in &p.actors {
                    let lent = if sources_only {
                        r == Role::Source
                    } else {
                        r != Role::Reporter
                    };
                    if lent && !c.actors.iter().any(|&(b, _)| b == a) {
                        c.actors.push((a, r));
                    }
                }
            }
            cands.push(c);
        }
        relations::phrases(doc, si, actors, &mut phrase_rels);
    }
    (cands, phrase_rels)
}

/// Actor and place mentions per document, as (start, end, index) byte spans.
pub struct MentionIndex {
    /// Per document: actor mentions.
    pub actors: Vec<Vec<(usize, usize, usize)>>,
    /// Per document: place mentions.
    pub places: Vec<Vec<(usize, usize, usize)>>,
}

impl MentionIndex {
    /// Indexes the mentions of `actors` and `places` by document.
    pub fn new(views: &[DocView], actors: &[Actor], places: &[Place]) -> MentionIndex {
        let by_id: HashMap<&str, usize> =
            views.iter().enumerate().map(|(i, v)| (v.id, i)).collect();
        let mut out = MentionIndex {
            actors: vec![Vec::new(); views.len()],
            places: vec![Vec::new(); views.len()],
        };
        for (ai, a) in actors.iter().enumerate() {
            for m in &a.mentions {
                if let Some(&d) = by_id.get(m.doc.as_str()) {
                    out.actors[d].push((m.start, m.end, ai));
                }
            }
        }
        // a state's adjective at the start of a group's name is part of
        // that name ("Syrian rebels"), not a mention of the state; a
        // state's unit keeps its state ("Russian Air Force": the state acts)
        let own_name = |k: &str| {
            matches!(
                k,
                "armed_group" | "civilians" | "organisation" | "media" | "person"
            )
        };
        for ms in &mut out.actors {
            let names: Vec<(usize, usize)> = ms
                .iter()
                .filter(|m| own_name(&actors[m.2].kind))
                .map(|m| (m.0, m.1))
                .collect();
            ms.retain(|&(s, e, ai)| {
                !(matches!(actors[ai].kind.as_str(), "state" | "government")
                    && names.iter().any(|&(s2, e2)| s2 == s && e2 > e))
            });
        }
        for (pi, p) in places.iter().enumerate() {
            for m in &p.mentions {
                if let Some(&d) = by_id.get(m.doc.as_str()) {
                    out.places[d].push((m.start, m.end, pi));
                }
            }
        }
        out
    }
}

/// Actor name lookup used by tests and diagnostics.
pub fn actor_names(actors: &[Actor]) -> HashMap<&str, &str> {
    actors
        .iter()
        .map(|a| (a.id.as_str(), a.name.as_str()))
        .collect()
}
