//! Finding triggers: the words of a sentence that report an event.
//!
//! Every word is looked up in the trigger lexicon of the document's
//! language (folded: lower case, no diacritics). A multi-word trigger must
//! match on the following words (hyphens and apostrophes are skipped, so
//! `cessez-le-feu` and `s'emparer` match word by word). Flags are checked
//! on the clause: a German separable particle must close the clause
//! (`griff … den Hafen an.`), a `with=` word must be near, a `not=` word
//! must not follow. Where several triggers overlap the most specific wins.

use std::ops::Range;

use super::lexicon::{lexicon, Trigger, ARTICLE};
use super::Doc;

/// A trigger found in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// First word.
    pub a: usize,
    /// After the last pattern word.
    pub b: usize,
    /// Word index of the separated particle, if any.
    pub part: Option<usize>,
    /// Trigger id in the lexicon.
    pub tid: u32,
}

impl Found {
    /// The lexicon entry.
    pub fn trigger(&self) -> &'static Trigger {
        &lexicon().triggers[self.tid as usize]
    }
}

fn skippable(doc: &Doc, i: usize) -> bool {
    doc.punct(i) && matches!(doc.f(i), "-" | "'" | "’" | "‐")
}

/// Whether word `i` ends a clause (punctuation other than quotes and hyphens).
pub fn boundary(doc: &Doc, i: usize) -> bool {
    if !doc.punct(i) {
        return false;
    }
    let s = doc.f(i);
    !matches!(
        s,
        "-" | "'" | "’" | "„" | "“" | "”" | "\"" | "«" | "»" | "‚" | "‘" | "(" | ")"
    )
}

/// The separated particle `part` closing the clause after word `from`.
fn find_particle(doc: &Doc, from: usize, end: usize, part: &str) -> Option<usize> {
    let and = super::lexicon::words(doc.lang).and;
    let lim = end.min(from + 30);
    let mut i = from;
    while i < lim {
        if doc.punct(i) && matches!(doc.f(i), ";" | ":") {
            return None;
        }
        if !doc.punct(i) && doc.f(i) == part {
            // the particle closes the clause: punctuation, a conjunction or the end follows
            let mut k = i + 1;
            while k < end
                && doc.punct(k)
                && matches!(doc.f(k), "“" | "”" | "\"" | "»" | "«" | "'" | "’")
            {
                k += 1;
            }
            if k >= end || boundary(doc, k) || doc.is(k, and) {
                return Some(i);
            }
        }
        i += 1;
    }
    None
}

/// The triggers of sentence `r`, in text order, without overlaps.
pub fn find(doc: &Doc, r: Range<usize>) -> Vec<Found> {
    let lex = lexicon();
    let mut all: Vec<(u32, Found)> = Vec::new();
    for i in r.clone() {
        if doc.punct(i) {
            continue;
        }
        let cands = doc.trigger_candidates(i);
        if cands.is_empty() {
            continue;
        }
        // a word inside an actor's name is no event ("Fuerzas de Apoyo
        // Rápido", "Forces de soutien rapide")
        let k = doc.ments.partition_point(|m| m.ws < i);
        if doc.ments[..k]
            .iter()
            .rev()
            .take(3)
            .any(|m| m.ws < i && i < m.we)
        {
            continue;
        }
        for &tid in cands {
            let t = &lex.triggers[tid as usize];
            // the following pattern words
            let mut j = i + 1;
            let mut ok = true;
            for p in &t.words[1..] {
                while j < r.end && skippable(doc, j) {
                    j += 1;
                }
                if j >= r.end || doc.punct(j) || !p.matches(doc.f(j), doc.l(j)) {
                    ok = false;
                    break;
                }
                j += 1;
            }
            if !ok {
                continue;
            }
            let b = j;
            if attributive(doc, i, b, t, r.start) || german_noun_use(doc, i, t, cands, r.start) {
                continue;
            }
            // `not=<X`: X is one of the four words before ("cette décision
            // avait été prise": no capture)
            let before_is = |w: &str| (i.saturating_sub(4).max(r.start)..i).any(|k| doc.f(k) == w);
            if t.not
                .iter()
                .any(|n| n.strip_prefix('<').is_some_and(|w| before_is(w)))
            {
                continue;
            }
            if !t.not.is_empty() {
                let mut k = b;
                while k < r.end && doc.punct(k) && skippable(doc, k) {
                    k += 1;
                }
                // `not=X+Y`: the next words are X Y ("entré en vigueur")
                let next_are = |n: &str| {
                    n.split('+')
                        .enumerate()
                        .all(|(o, w)| k + o < r.end && !doc.punct(k + o) && doc.f(k + o) == w)
                };
                if k < r.end && !doc.punct(k) && t.not.iter().any(|n| next_are(n)) {
                    continue;
                }
            }
            let mut part = None;
            if let Some(p) = &t.part {
                match find_particle(doc, b, r.end, p) {
                    Some(k) => part = Some(k),
                    None => continue,
                }
            }
            if !t.with.is_empty() {
                let lo = i.saturating_sub(12).max(r.start);
                let hi = (b + 12).min(r.end);
                if !(lo..hi).any(|k| t.with.iter().any(|w| doc.f(k) == w)) {
                    continue;
                }
            }
            all.push((t.rank(), Found { a: i, b, part, tid }));
        }
    }
    // most specific first, then leftmost
    all.sort_by(|x, y| {
        y.0.cmp(&x.0)
            .then(x.1.a.cmp(&y.1.a))
            .then(x.1.tid.cmp(&y.1.tid))
    });
    let mut taken: Vec<Found> = Vec::new();
    for (_, f) in all {
        let clash = taken.iter().any(|g| {
            f.a < g.b && g.a < f.b
                || f.part.is_some_and(|p| p >= g.a && p < g.b)
                || g.part.is_some_and(|p| p >= f.a && p < f.b)
                || f.part.is_some() && f.part == g.part
        });
        if !clash {
            taken.push(f);
        }
    }
    taken.sort_by_key(|f| f.a);
    taken
}

/// A German verb trigger on a word written with a capital inside its
/// sentence that the lexicon also knows as a noun: the noun ("für den
/// Angriff verantwortlich" is no "angriff" of "griff an").
fn german_noun_use(doc: &Doc, i: usize, t: &Trigger, cands: &[u32], lo: usize) -> bool {
    doc.lang == crate::lang::Lang::De
        && !t.noun
        && doc.words[i].cap
        && i > lo
        && !(doc.punct(i - 1)
            && matches!(doc.f(i - 1), "„" | "\"" | "“" | "«" | "»" | ":" | "(" | "'"))
        && cands.iter().any(|&c| lexicon().triggers[c as usize].noun)
}

/// A participle used as an adjective, not reporting an event: "Iran-backed",
/// "die vom Iran unterstützten Huthis", "Cisjordanie occupée".
fn attributive(doc: &Doc, i: usize, b: usize, t: &Trigger, lo: usize) -> bool {
    use crate::lang::Lang;
    if t.noun {
        return false;
    }
    // "Iran-backed", "Hamas-led"
    if i >= lo + 2
        && doc.punct(i - 1)
        && matches!(doc.f(i - 1), "-" | "‐")
        && !doc.words[i - 1].space_before
        && !doc.words[i].space_before
        && !doc.punct(i - 2)
    {
        return true;
    }
    let next_cap = b < doc.words.len() && !doc.punct(b) && doc.words[b].cap;
    match doc.lang {
        Lang::De => {
            let f = doc.f(i);
            let inflected = ["te", "ten", "ter", "tes", "tem", "ene", "enen", "ener"]
                .iter()
                .any(|e| f.ends_with(e));
            let von = (i.saturating_sub(6).max(lo)..i).any(|k| doc.is(k, &["von", "vom"]));
            inflected && next_cap && von
        }
        _ => {
            if !t.not.iter().any(|n| n == "%adj") {
                return false;
            }
            // "the occupied West Bank", "the Israeli occupied territories",
            // "in occupied Crimea", "Cisjordanie occupée"; not after a name,
            // its subject: "Israel occupied the Golan", "Russia occupied Crimea"
            let nationality = |j: usize| {
                crate::gazetteer::gazetteer()
                    .adjective(doc.text(j))
                    .is_some()
            };
            let after_name =
                i > lo && doc.words[i - 1].cap && !doc.punct(i - 1) && !nationality(i - 1);
            !after_name
                && (i > lo
                    && (doc.has(i - 1, ARTICLE) || doc.words[i - 1].cap && !doc.punct(i - 1))
                    || next_cap && doc.lang == Lang::En)
        }
    }
}
