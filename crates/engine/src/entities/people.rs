//! People: lexicon people first, then names found next to role words
//! ("Präsident Bashar al-Assad", "die Sprecherin der russischen
//! Diplomatie, Maria Sacharowa", "Mohsen Qomi, Berater … des iranischen
//! Obersten Führers", "Kenyan President William Ruto", "le porte-parole de
//! l'armée israélienne, Daniel Hagari", "el portavoz del Kremlin, Dmitri
//! Peskov"). A role says whom the person serves (the `of` of the role) and
//! gives the person's country. Later surname-only mentions ("Qomi") join
//! the full name.

use super::actors::{country_key, country_near, lex_actor, near};
use super::cues::Cue;
use super::lexicon::{index, Target};
use super::{Ctx, Registry};
use crate::gazetteer::{fold, gazetteer};
use crate::lang::Lang;

const PARTICLES: &[&str] = &[
    "al", "el", "ad", "as", "ash", "asch", "an", "at", "bin", "ben", "ibn", "abu", "abou", "abdel", "abd", "de", "del", "da",
    "van", "von", "ould", "ag", "dos", "di", "du", "la", "le", "ul",
];

/// Capitalised words that never start a name.
const NOT_NAMES: &[&str] = &[
    "der", "die", "das", "ein", "eine", "am", "im", "in", "an", "auf", "nach", "bei", "mit", "von", "seit", "the", "a", "an",
    "on", "in", "at", "le", "la", "les", "un", "une", "el", "los", "las", "en", "this", "these", "his", "her", "their", "its",
    "sein", "seine", "ihr", "ihre", "son", "sa", "ses", "su", "sus", "mr", "mrs", "ms", "herr", "frau", "m", "mme",
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo", "januar", "februar", "marz", "april", "mai",
    "juni", "juli", "august", "september", "oktober", "november", "dezember", "january", "february", "march", "june",
    "july", "october", "december", "janvier", "fevrier", "mars", "avril", "juin", "juillet", "aout", "septembre",
    "octobre", "novembre", "decembre", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
    "septiembre", "octubre", "noviembre", "diciembre", "und", "and", "et", "y", "dass", "that", "que", "es", "it", "er",
    "sie", "he", "she", "il", "elle", "wir", "we", "nous", "angaben", "berichten", "informationen", "agentur",
];

/// A name starting at token `i`: capitalised words, joined by spaces or
/// hyphens, with particles ("al-", "bin", "de"); at least two words, at
/// most five; none of them a known name or cue. Returns the end token.
fn name_at(cx: &Ctx, i: usize) -> Option<usize> {
    let n = cx.toks.len();
    let t = &cx.toks.t[i];
    if !t.body || !t.cap || t.caps && t.end - t.start > 1 || cx.hit_of[i] != usize::MAX || NOT_NAMES.contains(&cx.low(i)) {
        return None;
    }
    if cx.adj[i].is_some() {
        return None;
    }
    let mut e = i + 1;
    let mut words = 1;
    while e < n && e - i < 6 {
        let t = &cx.toks.t[e];
        if !t.join || !t.body || cx.hit_of[e] != usize::MAX && !is_name_hit(cx, e) {
            break;
        }
        let w = cx.low(e);
        if t.cap && !NOT_NAMES.contains(&w) && !(t.caps && t.end - t.start > 1) {
            words += 1;
            e += 1;
            continue;
        }
        if PARTICLES.contains(&w) && e + 1 < n && cx.toks.t[e + 1].join && cx.toks.t[e + 1].cap {
            e += 1;
            continue;
        }
        break;
    }
    // a trailing particle is not part of the name
    while e > i + 1 && PARTICLES.contains(&cx.low(e - 1)) {
        e -= 1;
    }
    // German genitive plurals and nouns look like names: require the
    // words not to be German common nouns we know as cues
    (words >= 2).then_some(e)
}

/// Hits that may be part of a person's name (a city name used as a first
/// name: "Israel Katz" is in the lexicon, but "Paris Hilton" would not be).
fn is_name_hit(_cx: &Ctx, _i: usize) -> bool {
    false
}

fn lex_person(cx: &Ctx, k: usize) -> Option<u16> {
    let h = &cx.hits[k];
    h.targets.iter().find_map(|t| match *t {
        Target::Actor(a) if index().actors[a as usize].kind == "person" => Some(a),
        _ => None,
    })
}

/// Whom an office serves, from the words after the role word: "der
/// russischen Diplomatie", "des iranischen Obersten Führers", "der Hamas",
/// "de l'armée israélienne", "del Kremlin". Returns (actor key, country, end token).
fn of_phrase(cx: &mut Ctx, reg: &mut Registry, k: usize) -> Option<(String, Option<&'static str>, usize)> {
    let lang = cx.lang();
    let n = cx.toks.len();
    let s = cx.hits[k].e;
    let mut j = s;
    let linkers: &[&str] = match lang {
        Lang::De => &["der", "des", "dem", "den", "die", "fur", "von", "vom", "im", "beim"],
        Lang::En => &["of", "the", "for", "to", "at"],
        Lang::Fr => &["de", "du", "des", "la", "le", "l", "d", "aupres", "a", "au"],
        Lang::Es => &["de", "del", "la", "el", "los", "las", "en"],
    };
    let mut saw_linker = false;
    while j < n && j < s + 7 && cx.same_sentence(s.saturating_sub(1), j) {
        if j > s && cx.toks.t[j].comma {
            break;
        }
        let w = cx.low(j).to_string();
        if linkers.contains(&w.as_str()) {
            saw_linker = true;
            j += 1;
            continue;
        }
        if let Some(iso) = cx.adj[j] {
            // "der russischen Diplomatie": the adjective and its noun
            let mut e = j + 1;
            if e < n && cx.hit_of[e] != usize::MAX && cx.hits[cx.hit_of[e]].s == e {
                let hk = cx.hit_of[e];
                e = cx.hits[hk].e;
                if matches!(cx.cue(hk), Some(Cue::State(_))) {
                    cx.used[hk] = true;
                    let (bs, be) = cx.span(j, e);
                    cx.ev(iso).state.push((bs, be));
                }
            }
            if !saw_linker && lang != Lang::Fr && lang != Lang::Es {
                return None;
            }
            return Some((country_key(iso), Some(iso), e));
        }
        let hk = cx.hit_of[j];
        if hk != usize::MAX && cx.hits[hk].s == j {
            if !saw_linker {
                return None;
            }
            let h = cx.hits[hk].clone();
            for t in &h.targets {
                match *t {
                    Target::Actor(ai) if index().actors[ai as usize].kind != "person" => {
                        let a = &index().actors[ai as usize];
                        let i = lex_actor(reg, ai);
                        let (bs, be) = cx.span(h.s, h.e);
                        reg.mention_actor(i, cx.di, cx.doc.text, bs, be);
                        cx.used[hk] = true;
                        let c = (!a.country.is_empty()).then_some(a.country);
                        return Some((format!("lex:{}", a.id), c, h.e));
                    }
                    Target::Country(ci) => {
                        let iso = gazetteer().countries()[ci as usize].iso2;
                        let (bs, be) = cx.span(h.s, h.e);
                        cx.used[hk] = true;
                        cx.ev(iso).state.push((bs, be));
                        return Some((country_key(iso), Some(iso), h.e));
                    }
                    Target::Cue(c) => match super::cues::CUES[c as usize].cue {
                        Cue::State(iso) if !iso.is_empty() => {
                            cx.used[hk] = true;
                            let (bs, be) = cx.span(h.s, h.e);
                            cx.ev(iso).state.push((bs, be));
                            return Some((country_key(iso), Some(iso), h.e));
                        }
                        Cue::Force(_) | Cue::Gov(_) | Cue::Ministry(_) | Cue::Role(..) | Cue::State(_) => {
                            if let Some((iso, _, e)) = country_near(cx, hk) {
                                return Some((country_key(iso), Some(iso), e.max(h.e)));
                            }
                            return None;
                        }
                        _ => return None,
                    },
                    _ => {}
                }
            }
            return None;
        }
        // other words of the phrase ("für internationale Angelegenheiten")
        if lang == Lang::De && (cx.toks.t[j].cap || matches!(w.as_str(), "internationale" | "auswartige" | "nationale")) {
            j += 1;
            continue;
        }
        if lang != Lang::De && !cx.toks.t[j].cap {
            j += 1;
            continue;
        }
        break;
    }
    None
}

/// People of one document.
pub fn run(cx: &mut Ctx, reg: &mut Registry) {
    let text = cx.doc.text;
    let di = cx.di;
    let mut found: Vec<(usize, Vec<String>)> = Vec::new();
    // lexicon people
    for k in 0..cx.hits.len() {
        if cx.used[k] {
            continue;
        }
        if let Some(ai) = lex_person(cx, k) {
            let h = &cx.hits[k];
            // "Israel" alone is a country, not Israel Katz; lexicon people need their full spelling
            let (s, e) = cx.span(h.s, h.e);
            let i = lex_actor(reg, ai);
            reg.mention_actor(i, di, text, s, e);
            if let Some(nm) = cx.hit_name(k, |t| *t == Target::Actor(ai)) {
                reg.alias_actor(i, nm);
            }
            cx.used[k] = true;
        }
    }
    // role words
    for k in 0..cx.hits.len() {
        let Some(Cue::Role(title, hint)) = cx.cue(k) else { continue };
        if cx.used[k] {
            continue;
        }
        let h = cx.hits[k].clone();
        if !cx.toks.t[h.s].body {
            continue;
        }
        // whom the office serves
        let mut of: Option<(String, Option<&'static str>)> = None;
        if !hint.is_empty() {
            if hint.chars().all(|c| c.is_ascii_uppercase()) {
                let iso: &'static str = gazetteer().country(hint).map(|c| c.iso2).unwrap_or("");
                if !iso.is_empty() {
                    of = Some((country_key(iso), Some(iso)));
                    let (bs, be) = cx.span(h.s, h.e);
                    cx.ev(iso).state.push((bs, be));
                }
            } else if let Some(ai) = index().actors.iter().position(|a| a.id == hint) {
                let a = &index().actors[ai];
                of = Some((format!("lex:{}", a.id), (!a.country.is_empty()).then_some(a.country)));
            }
        }
        let mut role_start = h.s;
        if of.is_none() {
            if let Some(nr) = near(cx, k) {
                let iso = nr.iso;
                role_start = role_start.min(nr.s);
                of = Some((country_key(iso), Some(iso)));
                // the country or adjective is evidence of the state ("Kenyan President")
                let (bs, be) = cx.span(nr.ms, nr.me);
                for x in nr.ms..nr.me {
                    let hk = cx.hit_of[x];
                    if hk != usize::MAX {
                        cx.used[hk] = true;
                    }
                }
                cx.ev(iso).state.push((bs, be));
            }
        }
        // a lexicon organisation right before: "Hamas-Chef", "UN-Generalsekretär", "M23 spokesman"
        if of.is_none() && h.s > 0 {
            let pk = cx.hit_of[h.s - 1];
            if pk != usize::MAX && cx.toks.t[h.s].join {
                if let Some(ai) = cx.hits[pk].targets.iter().find_map(|t| if let Target::Actor(a) = t { Some(*a) } else { None }) {
                    let a = &index().actors[ai as usize];
                    if a.kind != "person" {
                        of = Some((format!("lex:{}", a.id), (!a.country.is_empty()).then_some(a.country)));
                        role_start = cx.hits[pk].s;
                    }
                }
            }
        }
        let mut after = h.e;
        if of.is_none() {
            if let Some((key, c, e)) = of_phrase(cx, reg, k) {
                of = Some((key, c));
                after = e;
            }
        }
        // the name: before the role with a comma ("Mohsen Qomi, Berater …"),
        // or after the role and its phrase ("Sprecherin der russischen Diplomatie, Maria Sacharowa")
        let n = cx.toks.len();
        let mut person: Option<usize> = None;
        if role_start > 0 && cx.toks.t[role_start].comma && !cx.toks.t[role_start].sent {
            let e = role_start;
            let mut s = e;
            while s > 0 && e - s < 6 && (cx.toks.t[s - 1].cap || PARTICLES.contains(&cx.low(s - 1))) && (s == e || cx.toks.t[s].join) {
                s -= 1;
            }
            if s < e {
                if let Some(pk) = cx.hit_at(s) {
                    if cx.hits[pk].e == e {
                        if let Some(ai) = lex_person(cx, pk) {
                            let i = lex_actor(reg, ai);
                            let (bs, be) = cx.span(s, e);
                            reg.mention_actor(i, di, text, bs, be);
                            cx.used[pk] = true;
                            person = Some(i);
                        }
                    }
                }
                if person.is_none() {
                    for st in s..e {
                        if name_at(cx, st) == Some(e) {
                            person = Some(new_person(cx, reg, st, e, of.as_ref().and_then(|o| o.1), &mut found));
                            break;
                        }
                    }
                }
            }
        }
        // a phrase ending in another office ("des iranischen Obersten Führers") owns the name after it
        let inner_role = after > h.e && {
            let hk = cx.hit_of[after - 1];
            hk != usize::MAX && matches!(cx.cue(hk), Some(Cue::Role(..)))
        };
        let cand = after;
        if person.is_none() && !inner_role && cand < n && cx.same_sentence(h.s, cand) {
            if let Some(pk) = cx.hit_at(cand) {
                if let Some(ai) = lex_person(cx, pk) {
                    let hh = cx.hits[pk].clone();
                    let i = lex_actor(reg, ai);
                    let (bs, be) = cx.span(hh.s, hh.e);
                    reg.mention_actor(i, di, text, bs, be);
                    cx.used[pk] = true;
                    person = Some(i);
                }
            } else if let Some(e) = name_at(cx, cand) {
                person = Some(new_person(cx, reg, cand, e, of.as_ref().and_then(|o| o.1), &mut found));
            }
        }
        if let Some(i) = person {
            cx.used[k] = true;
            let of_key = of.as_ref().map(|o| o.0.clone());
            reg.role_if_new(i, title, of_key);
            if reg.actor_mut(i).country.is_none() {
                reg.actor_mut(i).country = of.as_ref().and_then(|o| o.1).or(cx.main);
            }
        }
    }
    // later mentions of people found here or in earlier documents
    surnames(cx, reg, &found);
}

fn new_person(cx: &mut Ctx, reg: &mut Registry, s: usize, e: usize, country: Option<&'static str>, found: &mut Vec<(usize, Vec<String>)>) -> usize {
    let text = cx.doc.text;
    let name = &text[cx.toks.t[s].start..cx.toks.t[e - 1].end];
    let key = format!("per:{}", fold(name));
    let i = reg.actor(&key, || (name.to_string(), "person", country));
    let (bs, be) = cx.span(s, e);
    reg.mention_actor(i, cx.di, text, bs, be);
    let words: Vec<String> = (s..e).map(|j| cx.low(j).to_string()).collect();
    if !found.iter().any(|f| f.0 == i) {
        found.push((i, words.clone()));
    }
    if !reg.people.iter().any(|p| p.0 == i) {
        reg.people.push((i, words));
    }
    i
}

/// Full names of known people, and surnames of people named in this document.
fn surnames(cx: &mut Ctx, reg: &mut Registry, found: &[(usize, Vec<String>)]) {
    let text = cx.doc.text;
    let n = cx.toks.len();
    let people = reg.people.clone();
    let mut i = 0;
    while i < n {
        let t = &cx.toks.t[i];
        if !t.body || !t.cap || cx.hit_of[i] != usize::MAX && cx.used[cx.hit_of[i]] {
            i += 1;
            continue;
        }
        let mut matched = false;
        for (pi, words) in &people {
            let m = words.len();
            if i + m <= n && (0..m).all(|x| cx.low(i + x) == words[x] && (x == 0 || cx.toks.t[i + x].join)) {
                let (bs, be) = cx.span(i, i + m);
                reg.mention_actor(*pi, cx.di, text, bs, be);
                i += m;
                matched = true;
                break;
            }
        }
        if matched {
            continue;
        }
        let w = cx.low(i);
        let alt = if t.alt > 0 { &w[..t.alt as usize] } else { w };
        for (pi, words) in found {
            let last = words.last().map(String::as_str).unwrap_or("");
            if last.len() >= 3 && (w == last || alt == last) && !PARTICLES.contains(&last) {
                let (bs, be) = cx.span(i, i + 1);
                reg.mention_actor(*pi, cx.di, text, bs, be);
                break;
            }
        }
        i += 1;
    }
}
