//! People: lexicon people first, then names found next to role words
//! ("Präsident Bashar al-Assad", "die Sprecherin der russischen
//! Diplomatie, Maria Sacharowa", "Mohsen Qomi, Berater … des iranischen
//! Obersten Führers", "Kenyan President William Ruto", "le porte-parole de
//! l'armée israélienne, Daniel Hagari", "el portavoz del Kremlin, Dmitri
//! Peskov"). A role says whom the person serves (the `of` of the role) and
//! gives the person's country. Later surname-only mentions ("Qomi") join
//! the full name.

use super::actors::{country_key, country_near, lex_actor, near_span};
use super::cues::Cue;
use super::lexicon::{index, Target};
use super::{Ctx, Registry};
use crate::gazetteer::{fold, gazetteer};
use crate::lang::Lang;
use crate::model::Str;
use crate::wordlist::WordList;
use compact_str::format_compact;

const PARTICLES: WordList = WordList::new(&[
    "al", "el", "ad", "as", "ash", "asch", "an", "at", "bin", "ben", "ibn", "abu", "abou", "abdel",
    "abd", "de", "del", "da", "van", "von", "ould", "ag", "dos", "di", "du", "la", "le", "ul",
]);

/// Capitalised words that never start a name.
/// Whether `w` is one of [`NOT_NAMES`] (a set built once).
fn not_name(w: &str) -> bool {
    static SET: std::sync::OnceLock<std::collections::HashSet<&'static str, super::FxBuild>> =
        std::sync::OnceLock::new();
    SET.get_or_init(|| NOT_NAMES.iter().copied().collect())
        .contains(w)
}

const NOT_NAMES: &[&str] = &[
    "der",
    "die",
    "das",
    "ein",
    "eine",
    "am",
    "im",
    "in",
    "an",
    "auf",
    "nach",
    "bei",
    "mit",
    "von",
    "seit",
    "the",
    "a",
    "an",
    "on",
    "in",
    "at",
    "le",
    "la",
    "les",
    "un",
    "une",
    "el",
    "los",
    "las",
    "en",
    "this",
    "these",
    "his",
    "her",
    "their",
    "its",
    "sein",
    "seine",
    "ihr",
    "ihre",
    "son",
    "sa",
    "ses",
    "su",
    "sus",
    "mr",
    "mrs",
    "ms",
    "herr",
    "frau",
    "m",
    "mme",
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonntag",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "lunes",
    "martes",
    "miercoles",
    "jueves",
    "viernes",
    "sabado",
    "domingo",
    "januar",
    "februar",
    "marz",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "dezember",
    "january",
    "february",
    "march",
    "june",
    "july",
    "october",
    "december",
    "janvier",
    "fevrier",
    "mars",
    "avril",
    "juin",
    "juillet",
    "aout",
    "septembre",
    "octobre",
    "novembre",
    "decembre",
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
    "und",
    "and",
    "et",
    "y",
    "dass",
    "that",
    "que",
    "es",
    "it",
    "er",
    "sie",
    "he",
    "she",
    "il",
    "elle",
    "wir",
    "we",
    "nous",
    "angaben",
    "laut",
    "selon",
    "segun",
    "berichten",
    "informationen",
    "agentur",
];

/// A name starting at token `i`: capitalised words, joined by spaces or
/// hyphens, with particles ("al-", "bin", "de"); at least two words, at
/// most five; none of them a known name or cue. Returns the end token.
fn name_at(cx: &Ctx, i: usize) -> Option<usize> {
    let n = cx.toks.len();
    let t = &cx.toks.t[i];
    if !t.body || !t.cap || t.caps && t.end - t.start > 1 || i + 1 >= n {
        return None;
    }
    // cheap look-ahead: a name has a second word
    let nx = &cx.toks.t[i + 1];
    if !nx.join || !(nx.cap || PARTICLES.contains(cx.low(i + 1))) {
        return None;
    }
    if cx.hit_of[i] != usize::MAX && !is_name_hit(cx, i) || not_name(cx.low(i)) {
        return None;
    }
    if cx.lang() == Lang::De
        && DE_ROLE_SUFFIXES
            .iter()
            .any(|(suf, _)| cx.low(i).ends_with(suf))
    {
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
        if cx.adj[e].is_some() {
            break;
        }
        let w = cx.low(e);
        // a month's name between two names is a name too: "Pal Mai Deng"
        // (not "Anfang Mai", "fin mai": a date)
        let inner_month = w == "mai"
            && !matches!(
                cx.low(e - 1),
                "anfang" | "ende" | "mitte" | "early" | "late" | "mid" | "fin" | "debut" | "mi"
            )
            && e + 1 < n
            && cx.toks.t[e + 1].join
            && cx.toks.t[e + 1].cap
            && !not_name(cx.low(e + 1));
        if t.cap && (!not_name(w) || inner_month) && !(t.caps && t.end - t.start > 1) {
            words += 1;
            e += 1;
            continue;
        }
        if PARTICLES.contains(w) && e + 1 < n && cx.toks.t[e + 1].join && cx.toks.t[e + 1].cap {
            e += 1;
            continue;
        }
        break;
    }
    // a trailing particle is not part of the name
    while e > i + 1 && PARTICLES.contains(cx.low(e - 1)) {
        e -= 1;
    }
    // German genitive plurals and nouns look like names: require the
    // words not to be German common nouns we know as cues
    if words < 2 {
        return None;
    }
    // German nouns before a name ("Präsidialamt Mychajlo Podoljak")
    if cx.lang() == crate::lang::Lang::De && e - i >= 3 {
        let w = cx.low(i);
        if [
            "amt", "ung", "heit", "keit", "schaft", "ium", "ion", "tat", "rat", "dienst", "stelle",
            "kommando", "gericht", "partei", "polizei", "armee", "behorde", "buro",
        ]
        .iter()
        .any(|s| w.ends_with(s))
        {
            return None;
        }
    }
    Some(e)
}

/// Hits that may be part of a person's name (a city name used as a first
/// name: "Israel Katz" is in the lexicon, but "Paris Hilton" would not be).
fn is_name_hit(cx: &Ctx, i: usize) -> bool {
    // a city or region spelled like a surname ("Zaw Min Tun"), never a country, actor or cue
    let k = cx.hit_of[i];
    k != usize::MAX
        && cx.hits[k]
            .targets()
            .iter()
            .all(|t| matches!(t, Target::Gaz(_)))
        && cx.hits[k].e - cx.hits[k].s == 1
}

fn lex_person(cx: &Ctx, k: usize) -> Option<u16> {
    let h = &cx.hits[k];
    h.targets().iter().find_map(|t| match *t {
        Target::Actor(a) if index().actors[a as usize].kind == "person" => Some(a),
        _ => None,
    })
}

/// The country an office in actor `a` gives its holder: the home of a
/// state body, army or armed group; none for organisations and media,
/// whose staff come from anywhere ("the head of the UK-based SOHR").
fn home(a: &super::lexicon::LexActor) -> Option<&'static str> {
    match a.kind {
        "organisation" | "media" | "other" => None,
        _ => (!a.country.is_empty()).then_some(a.country),
    }
}

/// Whom an office serves, from the words after the role word: "der
/// russischen Diplomatie", "des iranischen Obersten Führers", "der Hamas",
/// "de l'armée israélienne", "del Kremlin". Returns (actor key, country, end token).
fn of_phrase(
    cx: &mut Ctx,
    reg: &mut Registry,
    s: usize,
) -> Option<(Str, Option<&'static str>, usize)> {
    let lang = cx.lang();
    let n = cx.toks.len();
    let mut j = s;
    let linkers: &[&str] = match lang {
        Lang::De => &[
            "der", "des", "dem", "den", "die", "fur", "von", "vom", "im", "beim",
        ],
        Lang::En => &["of", "the", "for", "to", "at"],
        Lang::Fr => &["de", "du", "des", "la", "le", "l", "d", "aupres", "a", "au"],
        Lang::Es => &["de", "del", "la", "el", "los", "las", "en"],
    };
    let mut saw_linker = false;
    while j < n && j < s + 7 && cx.same_sentence(s.saturating_sub(1), j) {
        if j > s && cx.toks.t[j].comma {
            break;
        }
        if linkers.contains(&cx.low(j)) {
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
            let h = cx.hits[hk];
            for t in h.targets() {
                match *t {
                    Target::Actor(ai) if index().actors[ai as usize].kind != "person" => {
                        let a = &index().actors[ai as usize];
                        let i = lex_actor(reg, ai);
                        let (bs, be) = cx.span(h.s, h.e);
                        reg.mention_actor(i, cx.di, cx.doc.text, bs, be);
                        cx.used[hk] = true;
                        return Some((format_compact!("lex:{}", a.id), home(a), h.e));
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
                        Cue::Force(_)
                        | Cue::Gov(_)
                        | Cue::Ministry(_)
                        | Cue::Role(..)
                        | Cue::State(_) => {
                            if let Some((iso, _, e)) = country_near(cx, hk) {
                                return Some((country_key(iso), Some(iso), e.max(h.e)));
                            }
                            // "an adviser to President X", "Berater von Präsident X": the
                            // country of the leader named after the office
                            if matches!(super::cues::CUES[c as usize].cue, Cue::Role(..)) {
                                if let Some(iso) = leader_home(cx, h.e) {
                                    return Some((country_key(iso), Some(iso), h.s));
                                }
                            }
                            // "le porte-parole du gouvernement", "der Sprecher der Armee": the main country
                            if !matches!(super::cues::CUES[c as usize].cue, Cue::Role(..)) {
                                if let Some(m) = cx.main {
                                    return Some((country_key(m), Some(m), h.e));
                                }
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
        if lang == Lang::De
            && (cx.toks.t[j].cap
                || matches!(cx.low(j), "internationale" | "auswartige" | "nationale"))
        {
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

/// The home country of a lexicon person named at token `at` ("Präsident
/// Wladimir Putin"), if any.
fn leader_home(cx: &Ctx, at: usize) -> Option<&'static str> {
    let hk = *cx.hit_of.get(at)?;
    if hk == usize::MAX || cx.hits[hk].s != at {
        return None;
    }
    cx.hits[hk].targets().iter().find_map(|t| match *t {
        Target::Actor(ai) => {
            let a = &index().actors[ai as usize];
            (a.kind == "person" && !a.country.is_empty()).then_some(a.country)
        }
        _ => None,
    })
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
        let Some(Cue::Role(title, hint)) = cx.cue(k) else {
            continue;
        };
        if cx.used[k] {
            continue;
        }
        let (rs, re) = (cx.hits[k].s, cx.hits[k].e);
        if !cx.toks.t[rs].body {
            continue;
        }
        if role_at(cx, reg, rs, re, title, hint, &mut found) {
            cx.used[k] = true;
        }
    }
    // German compound offices ("Informationsminister", "Armeesprecher")
    if cx.lang() == Lang::De {
        for i in 0..cx.toks.len() {
            if cx.hit_of[i] != usize::MAX || !cx.toks.t[i].cap || !cx.toks.t[i].body {
                continue;
            }
            let w = cx.low(i);
            let title = DE_ROLE_SUFFIXES
                .iter()
                .find(|(suf, _)| w.len() > suf.len() + 2 && w.ends_with(suf))
                .map(|x| x.1);
            if let Some(title) = title {
                role_at(cx, reg, i, i + 1, title, "", &mut found);
            }
        }
    }
    honorifics(cx, reg, &mut found);
    name_lists(cx, reg, &mut found);
    // later mentions of people found here or in earlier documents
    surnames(cx, reg, &found);
}

/// German compound offices by their last part.
const DE_ROLE_SUFFIXES: &[(&str, &str)] = &[
    ("ministerin", "minister"),
    ("minister", "minister"),
    ("sprecherin", "spokesperson"),
    ("sprecher", "spokesperson"),
    ("kommandeur", "commander"),
    ("befehlshaber", "commander"),
    ("beraterin", "adviser"),
    ("berater", "adviser"),
    ("prasidentin", "president"),
    ("prasident", "president"),
    ("gouverneur", "governor"),
    ("leiterin", "head"),
    ("leiter", "head"),
    ("botschafter", "ambassador"),
    ("chefin", "leader"),
    ("chef", "leader"),
];

/// Words between an office and a name ("le Premier ministre sortant X").
const NAME_MODIFIERS: WordList = WordList::new(&[
    "sortant",
    "sortante",
    "saliente",
    "outgoing",
    "former",
    "ancien",
    "ancienne",
    "ex",
    "ehemalige",
    "ehemaliger",
    "designierte",
    "designierter",
    "neue",
    "neuer",
    "nouveau",
    "nouvelle",
    "new",
    "interim",
    "interimaire",
    "acting",
    "amtierende",
    "amtierender",
    "deposed",
    "gesturzte",
    "gesturzten",
    "dechu",
    "derrocado",
    "then",
    "damalige",
    "damaligen",
    "late",
    "elu",
    "elue",
    "electo",
    "electa",
    "elected",
]);

/// Articles and ranks that may stand between a comma and a name or office.
const SKIPPABLE: WordList = WordList::new(&[
    "the", "a", "an", "der", "die", "das", "ein", "eine", "le", "la", "l", "un", "une", "el",
    "los", "un", "una",
]);

/// An office at tokens `rs..re`: finds whom it serves and the person holding it.
fn role_at(
    cx: &mut Ctx,
    reg: &mut Registry,
    rs: usize,
    re: usize,
    title: &'static str,
    hint: &str,
    found: &mut Vec<(usize, Vec<String>)>,
) -> bool {
    let text = cx.doc.text;
    let di = cx.di;
    let n = cx.toks.len();
    // whom the office serves
    let mut of: Option<(Str, Option<&'static str>)> = None;
    if !hint.is_empty() {
        if hint.chars().all(|c| c.is_ascii_uppercase()) {
            let iso: &'static str = gazetteer().country(hint).map(|c| c.iso2).unwrap_or("");
            if !iso.is_empty() {
                of = Some((country_key(iso), Some(iso)));
                let (bs, be) = cx.span(rs, re);
                cx.ev(iso).state.push((bs, be));
            }
        } else if let Some(ai) = index().actors.iter().position(|a| a.id == hint) {
            let a = &index().actors[ai];
            of = Some((format_compact!("lex:{}", a.id), home(a)));
        }
    }
    let mut role_start = rs;
    let mut after = re;
    if of.is_none() {
        if let Some(nr) = near_span(cx, rs, re) {
            let iso = nr.iso;
            role_start = role_start.min(nr.s);
            after = after.max(nr.e);
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
    // a lexicon organisation right before: "Hamas-Chef", "M23 spokesman";
    // in English also across a few describing words: "the U.N. (resident
    // and) humanitarian coordinator", "Hamas political bureau chief"
    if of.is_none() && rs > 0 {
        let b = office_modifiers_before(cx, rs);
        let pk = cx.hit_of[b - 1];
        if pk != usize::MAX && cx.toks.t[b].join {
            if let Some(ai) = cx.hits[pk].actor() {
                let a = &index().actors[ai as usize];
                if a.kind != "person" {
                    of = Some((format_compact!("lex:{}", a.id), home(a)));
                    role_start = cx.hits[pk].s;
                }
            }
        }
    }
    if of.is_none() {
        if let Some((key, c, e)) = of_phrase(cx, reg, after) {
            of = Some((key, c));
            after = e;
        }
    }
    // an article before the office: "X, the spokesman", "X, un conseiller"
    let mut lead = role_start;
    while lead > 0
        && SKIPPABLE.contains(cx.low(lead - 1))
        && !cx.toks.t[lead].comma
        && !cx.toks.t[lead].sent
    {
        lead -= 1;
    }
    let mut person: Option<usize> = None;
    // the name before the office with a comma: "Mohsen Qomi, Berater …"
    if lead > 0 && cx.toks.t[lead].comma && !cx.toks.t[lead].sent {
        let e = lead;
        let mut s = e;
        while s > 0
            && e - s < 6
            && (cx.toks.t[s - 1].cap || PARTICLES.contains(cx.low(s - 1)))
            && (s == e || cx.toks.t[s].join)
        {
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
                        person = Some(new_person(
                            cx,
                            reg,
                            st,
                            e,
                            of.as_ref().and_then(|o| o.1),
                            found,
                        ));
                        break;
                    }
                }
            }
        }
    }
    // a phrase ending in another office ("des iranischen Obersten Führers") owns the name after it
    let inner_role = after > re && {
        let hk = cx.hit_of[after - 1];
        hk != usize::MAX && matches!(cx.cue(hk), Some(Cue::Role(..)))
    };
    // after the office: directly, after a modifier ("sortant"), or after the next comma
    if person.is_none() && !inner_role {
        let mut cands: smallvec::SmallVec<[usize; 4]> = smallvec::smallvec![after];
        let mut j = after;
        while j < n && j < after + 2 && NAME_MODIFIERS.contains(cx.low(j)) {
            j += 1;
            cands.push(j);
        }
        // the first comma within a few words: "le ministre de l'Information, Khaled al-Aiser"
        let mut c = after;
        while c < n && c < after + 6 && cx.same_sentence(rs, c) {
            if c > after && cx.toks.t[c].comma || c == after && cx.toks.t[c].comma {
                let mut d = c;
                while d < n && SKIPPABLE.contains(cx.low(d)) {
                    d += 1;
                }
                cands.push(d);
                break;
            }
            c += 1;
        }
        for cand in cands {
            if cand >= n || !cx.same_sentence(rs, cand) {
                continue;
            }
            let hit = cx.hit_at(cand);
            if let Some(pk) = hit {
                if let Some(ai) = lex_person(cx, pk) {
                    let hh = cx.hits[pk];
                    let i = lex_actor(reg, ai);
                    let (bs, be) = cx.span(hh.s, hh.e);
                    reg.mention_actor(i, di, text, bs, be);
                    cx.used[pk] = true;
                    person = Some(i);
                    break;
                }
                // another office right after the comma ("…, Major General Zaw Min Tun") takes the name itself
                if matches!(cx.cue(pk), Some(Cue::Role(..))) {
                    break;
                }
            }
            // a first name spelled like a town ("Außenminister Badr al-Bussaidi")
            if hit.is_some() && !is_name_hit(cx, cand) {
                continue;
            }
            if let Some(e) = name_at(cx, cand) {
                person = Some(new_person(
                    cx,
                    reg,
                    cand,
                    e,
                    of.as_ref().and_then(|o| o.1),
                    found,
                ));
                break;
            }
        }
    }
    let Some(i) = person else { return false };
    let of_key = of.as_ref().map(|o| o.0.clone());
    reg.role_if_new(i, title, of_key);
    if reg.actor_mut(i).country.is_none() {
        reg.actor_mut(i).country = of
            .as_ref()
            .and_then(|o| o.1)
            .or_else(|| local_office_country(cx, title, rs))
            .or_else(|| home_of_office(cx, rs));
    }
    true
}

/// The country of a local office named without one ("regional governor
/// Oleh Syniehubov", "le maire de la ville"): that of the one town or
/// region the sentence names (Kharkiv), or else the sentence before it,
/// wherever else the dispatch is about.
fn local_office_country(cx: &Ctx, title: &str, rs: usize) -> Option<&'static str> {
    if !matches!(title, "governor" | "mayor") {
        return None;
    }
    let g = gazetteer();
    // the office's sentence, else the one before ("Russland hat Charkiw
    // angegriffen. Dabei seien … verletzt worden, teilte Gouverneur X mit.")
    let here = cx.sid[rs];
    for sid in [Some(here), here.checked_sub(1)].into_iter().flatten() {
        let mut found: Option<&'static str> = None;
        for k in 0..cx.hits.len() {
            let h = &cx.hits[k];
            if cx.sid[h.s] != sid {
                continue;
            }
            // a town or region named unambiguously
            let [Target::Gaz(e)] = h.targets() else {
                continue;
            };
            let c = g.entry(*e).country;
            if c.is_empty() || found.is_some_and(|f| f != c) {
                return None;
            }
            found = Some(c);
        }
        if found.is_some() {
            return found;
        }
    }
    None
}

/// The start of the describing words right before an English office at
/// `rs` ("humanitarian" in "U.N. humanitarian coordinator", "resident and
/// humanitarian", "political bureau"): at most three lower-case words,
/// adjacent, none a name or cue, each an adjective by its ending or one of
/// a few office words. `rs` itself when there are none (or the language
/// is not English), and never the first token.
fn office_modifiers_before(cx: &Ctx, rs: usize) -> usize {
    const WORDS: WordList = WordList::new(&[
        "deputy", "chief", "senior", "special", "top", "acting", "interim", "resident", "foreign",
        "bureau", "relief", "aid", "and",
    ]);
    if cx.lang() != Lang::En {
        return rs;
    }
    let describes = |w: &str| {
        WORDS.contains(w)
            || w.len() > 5
                && ["al", "ian", "ary", "ive", "ic", "ent"]
                    .iter()
                    .any(|x| w.ends_with(x))
    };
    let mut b = rs;
    while b > 1
        && rs - b < 3
        && cx.toks.t[b].join
        && !cx.toks.t[b].comma
        && !cx.toks.t[b - 1].cap
        && cx.hit_of[b - 1] == usize::MAX
        && describes(cx.low(b - 1))
    {
        b -= 1;
    }
    // "and" joins two describing words, it does not start them
    if b < rs && cx.low(b) == "and" {
        return rs;
    }
    b
}

/// The country of an office named without one ("Prime Minister X",
/// "Regional Gov. X"): the country the dispatch is filed from, when the
/// text names it nearly as often as the country it is mostly about, else
/// that one.
/// Not when the sentence names another country before the office ("HTS
/// leader X met Prime Minister Y": the story's main country).
fn home_of_office(cx: &Ctx, rs: usize) -> Option<&'static str> {
    let weight = |c: &str| cx.focus.get(c).copied().unwrap_or(0.0);
    let main = cx.main.map_or(0.0, weight);
    let other_before = |c: &str| {
        let countries = gazetteer().countries();
        (0..rs)
            .rev()
            .take_while(|&x| cx.same_sentence(x, rs))
            .any(|x| {
                if let Some(iso) = cx.adj[x] {
                    return iso != c;
                }
                let k = cx.hit_of[x];
                k != usize::MAX
                    && cx.hits[k].s == x
                    && cx.hits[k].targets().iter().any(|t| match *t {
                        Target::Actor(a) => {
                            let a = &index().actors[a as usize];
                            !a.country.is_empty() && a.country != c
                        }
                        Target::Country(ci) => countries[ci as usize].iso2 != c,
                        _ => false,
                    })
            })
    };
    // wire copy goes on with the same side: "Pakistan's military spokesman
    // … said … . Information Minister X warned …" (not past another
    // country named before the office in its own sentence)
    if let Some(c) = previous_opening_country(cx, rs).filter(|c| !other_before(c)) {
        return Some(c);
    }
    cx.dateline_city
        .map(|g| gazetteer().entry(g).country)
        .filter(|c| !c.is_empty() && weight(c) > 0.0 && weight(c) >= 0.6 * main)
        .filter(|c| !other_before(c))
        .or(cx.main)
}

/// The country that opens the sentence before the one of token `rs` with
/// one of its officials (a country's name or adjective among its first
/// three tokens, an office right after it: "Pakistan's military
/// spokesman", "Russian Foreign Minister"), when the office at `rs` opens
/// its own sentence.
fn previous_opening_country(cx: &Ctx, rs: usize) -> Option<&'static str> {
    let sid = *cx.sid.get(rs)?;
    // the office opens its sentence (at most two tokens before it)
    let start = (0..=rs).rev().take_while(|&x| cx.sid[x] == sid).last()?;
    if rs - start > 2 || sid == 0 {
        return None;
    }
    let prev = (0..start)
        .rev()
        .take_while(|&x| cx.sid[x] == sid - 1)
        .last()?;
    // (past a dateline: "SRINAGAR, May 8 (AFP) - Pakistan's …")
    let prev = (prev..start).find(|&x| cx.toks.t[x].body)?;
    let countries = gazetteer().countries();
    // an office of a person right after the country: the sentence is its official's
    let office_after = |x: usize| {
        (x + 1..(x + 4).min(start)).any(|y| {
            let k = cx.hit_of[y];
            k != usize::MAX
                && cx.hits[k].targets().iter().any(|t| {
                    matches!(*t, Target::Cue(ci)
                        if matches!(super::cues::CUES[ci as usize].cue, super::cues::Cue::Role(..)))
                })
        })
    };
    (prev..(prev + 3).min(start)).find_map(|x| {
        let iso = cx.adj[x].or_else(|| {
            let k = cx.hit_of[x];
            (k != usize::MAX && cx.hits[k].s == x)
                .then(|| {
                    cx.hits[k].targets().iter().find_map(|t| match *t {
                        Target::Country(ci) => Some(countries[ci as usize].iso2),
                        _ => None,
                    })
                })
                .flatten()
        })?;
        office_after(x).then_some(iso)
    })
}

/// Lists of three or more names ("Romi Gonen, Emily Damari und Doron
/// Steinbrecher"): people even without an office.
fn name_lists(cx: &mut Ctx, reg: &mut Registry, found: &mut Vec<(usize, Vec<String>)>) {
    let n = cx.toks.len();
    let mut i = 0;
    while i < n {
        let mut names: Vec<(usize, usize)> = Vec::new();
        let mut j = i;
        while j < n {
            let Some(e) = name_at(cx, j) else { break };
            if e - j > 3 {
                break;
            }
            names.push((j, e));
            if e >= n || !cx.same_sentence(j, e) {
                break;
            }
            if cx.toks.t[e].comma && !cx.toks.t[e].paren {
                j = e;
            } else if matches!(cx.low(e), "und" | "and" | "et" | "y" | "sowie")
                && e + 1 < n
                && cx.same_sentence(e, e + 1)
            {
                j = e + 1;
            } else {
                break;
            }
        }
        if names.len() >= 3 {
            for &(s, e) in &names {
                new_person(cx, reg, s, e, cx.main, found);
            }
            i = names.last().map(|x| x.1).unwrap_or(i + 1);
        } else {
            i += 1;
        }
    }
}

/// A word of address before token `i + 1`: French "M.", "Mme", "Mlle"
/// (AFP names a person so after the first time), English "Mr.", "Mrs.",
/// "Ms." (German "Frau" is also "woman", and is left out).
fn honorific(cx: &Ctx, i: usize) -> bool {
    let gap = cx.toks.gap(i + 1);
    match cx.low(i) {
        "m" => cx.toks.raw(i) == "M" && gap == ". ",
        "mme" | "mlle" | "mr" | "mrs" | "ms" => gap == " " || gap == ". ",
        _ => false,
    }
}

/// People named with a word of address ("M. Chapo", "Mme Ribeiro", "Mr.
/// Ruto"): the person the dispatch names in full with that surname
/// ("Daniel Chapo, candidat du Frelimo"), else the surname alone. Not a
/// name of the lexicon, nor a surname already of a person found; later
/// mentions of the surname are the same person ([`surnames`]).
fn honorifics(cx: &mut Ctx, reg: &mut Registry, found: &mut Vec<(usize, Vec<String>)>) {
    let n = cx.toks.len();
    for i in 0..n.saturating_sub(1) {
        let (t, next) = (&cx.toks.t[i], &cx.toks.t[i + 1]);
        if !t.body || !t.cap || !next.body || !next.cap || next.caps || !honorific(cx, i) {
            continue;
        }
        // (an initial inside a name: "Michael M. Smith")
        if i > 0 && t.join && cx.toks.t[i - 1].cap && !cx.toks.t[i - 1].sent {
            continue;
        }
        if cx.hit_of[i + 1] != usize::MAX && !is_name_hit(cx, i + 1) {
            continue;
        }
        // the surname: the last word of a name after it ("M. Le Drian"), else the word
        let e = name_at(cx, i + 1).unwrap_or(i + 2);
        let surname = cx.low(e - 1);
        if surname.len() < 3 || not_name(surname) || PARTICLES.contains(surname) {
            continue;
        }
        let known = |p: &(usize, Vec<String>)| p.1.last().is_some_and(|w| w == surname);
        if found.iter().any(known) || reg.people.iter().any(known) {
            continue;
        }
        let full = (0..n).find_map(|j| {
            name_at(cx, j)
                .filter(|&e2| e2 >= j + 2 && j != i + 1 && cx.low(e2 - 1) == surname)
                .map(|e2| (j, e2))
        });
        let (s, e) = full.unwrap_or((i + 1, e));
        new_person(cx, reg, s, e, cx.main, found);
    }
}

fn new_person(
    cx: &mut Ctx,
    reg: &mut Registry,
    s: usize,
    e: usize,
    country: Option<&'static str>,
    found: &mut Vec<(usize, Vec<String>)>,
) -> usize {
    let text = cx.doc.text;
    let name = &text[cx.toks.t[s].start..cx.toks.t[e - 1].end];
    let pk = person_key(name);
    let i = match lexicon_people().get(pk.as_str()) {
        // Another spelling of a person the lexicon knows ("Bachar al Asad").
        Some(&ai) => super::actors::lex_actor(reg, ai),
        None => reg.actor(&format!("per:{pk}"), || {
            (name.to_string(), "person", country)
        }),
    };
    let (bs, be) = cx.span(s, e);
    reg.mention_actor(i, cx.di, text, bs, be);
    for x in s..e {
        let k = cx.hit_of[x];
        if k != usize::MAX {
            cx.used[k] = true;
        }
    }
    let words: Vec<String> = (s..e).map(|j| cx.low(j).to_string()).collect();
    if !found.iter().any(|f| f.0 == i) {
        found.push((i, words.clone()));
    }
    if !reg.people.iter().any(|p| p.0 == i) {
        if let Some(first) = words.first() {
            reg.people_firsts.insert(first.clone());
        }
        reg.people.push((i, words));
    }
    i
}

/// Full names of known people, and surnames of people named in this document.
fn surnames(cx: &mut Ctx, reg: &mut Registry, found: &[(usize, Vec<String>)]) {
    if reg.people.is_empty() {
        return;
    }
    let text = cx.doc.text;
    let n = cx.toks.len();
    // first words of full names (`reg.people_firsts`), last words of this document's names
    let firsts = &reg.people_firsts;
    let lasts: std::collections::HashSet<&str, super::FxBuild> = found
        .iter()
        .filter_map(|p| p.1.last().map(String::as_str))
        .collect();
    let mut out: Vec<(usize, usize, usize)> = Vec::new();
    let mut i = 0;
    while i < n {
        let t = &cx.toks.t[i];
        if !t.body || !t.cap || cx.hit_of[i] != usize::MAX && cx.used[cx.hit_of[i]] {
            i += 1;
            continue;
        }
        let w = cx.low(i);
        let alt = if t.alt > 0 { &w[..t.alt as usize] } else { w };
        if !firsts.contains(w) && !lasts.contains(w) && !lasts.contains(alt) {
            i += 1;
            continue;
        }
        let mut matched = false;
        for (pi, words) in &reg.people {
            let m = words.len();
            if i + m <= n
                && (0..m).all(|x| cx.low(i + x) == words[x] && (x == 0 || cx.toks.t[i + x].join))
            {
                out.push((*pi, i, i + m));
                i += m;
                matched = true;
                break;
            }
        }
        if matched {
            continue;
        }
        for (pi, words) in found {
            let last = words.last().map(String::as_str).unwrap_or("");
            if last.len() >= 3 && (w == last || alt == last) && !PARTICLES.contains(last) {
                out.push((*pi, i, i + 1));
                break;
            }
        }
        i += 1;
    }
    for (pi, s, e) in out {
        let (bs, be) = cx.span(s, e);
        reg.mention_actor(pi, cx.di, text, bs, be);
    }
}

/// The lexicon's people by the [`person_key`] of each of their names.
fn lexicon_people() -> &'static crate::hash::FxMap<String, u16> {
    static PEOPLE: std::sync::OnceLock<crate::hash::FxMap<String, u16>> =
        std::sync::OnceLock::new();
    PEOPLE.get_or_init(|| {
        let rows: std::collections::HashMap<&str, u16> = index()
            .actors
            .iter()
            .enumerate()
            .map(|(ai, a)| (a.id, ai as u16))
            .collect();
        let mut m = crate::hash::FxMap::default();
        for (id, name) in super::lexicon::person_names() {
            if let Some(&ai) = rows.get(id) {
                m.entry(person_key(name)).or_insert(ai);
            }
        }
        m
    })
}

/// The identity key of a person's name, tolerant of the ways wire copy in
/// four languages transliterates the same Arabic, Russian or Persian name:
/// folded (case, diacritics), the article particles al/el/ad/ash dropped
/// ("al-Assad", "al Asad"), `sch`/`ch` read as `sh` (German "Baschar",
/// French "Bachar"), `ou` as `u` ("Mahmoud"), doubled letters single
/// ("Mohammed"/"Mohamed", "Assad"/"Asad"). Only for keys: the name shown is
/// the first spelling seen, and every other spelling becomes an alias.
pub fn person_key(name: &str) -> String {
    let folded = fold(name);
    let mut out = String::with_capacity(folded.len());
    for w in folded.split(|c: char| c == ' ' || c == '-' || c == '\'') {
        if w.is_empty() || matches!(w, "al" | "el" | "ad" | "ash" | "as" | "an" | "ar") {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        push_sounds(&mut out, w);
    }
    if out.is_empty() {
        folded
    } else {
        out
    }
}

/// Appends folded word `w` to `out` with `sch` and `ch` as `sh`, `ou` as
/// `u` and doubled letters single (the replacements in that order, as
/// `w.replace("sch", "sh").replace("ch", "sh").replace("ou", "u")` would,
/// without the three strings).
fn push_sounds(out: &mut String, w: &str) {
    let b = w.as_bytes();
    let mut prev = None;
    let mut push = |c: char, out: &mut String| {
        if Some(c) != prev {
            out.push(c);
        }
        prev = Some(c);
    };
    let mut i = 0;
    while i < b.len() {
        let rest = &b[i..];
        if rest.starts_with(b"sch") || rest.starts_with(b"ch") {
            push('s', out);
            push('h', out);
            i += if rest[0] == b's' { 3 } else { 2 };
        } else if rest.starts_with(b"ou") {
            push('u', out);
            i += 2;
        } else {
            let c = w[i..].chars().next().unwrap_or(' ');
            push(c, out);
            i += c.len_utf8();
        }
    }
}

#[cfg(test)]
mod key_tests {
    use super::person_key;

    #[test]
    fn spellings_of_one_name_share_a_key() {
        for (a, b) in [
            ("Bashar al-Assad", "Bachar al Asad"),
            ("Bashar al-Assad", "Baschar al-Assad"),
            ("Mohammed Ghazi al-Jalali", "Mohamed Ghazi al Jalali"),
            ("Mahmoud Abbas", "Mahmud Abbas"),
        ] {
            assert_eq!(person_key(a), person_key(b), "{a} / {b}");
        }
        for (a, b) in [
            ("Mohammed Deif", "Mahmoud Abbas"),
            ("Ali Khamenei", "Ali Larijani"),
            ("Hassan Nasrallah", "Hassan Rouhani"),
        ] {
            assert_ne!(person_key(a), person_key(b), "{a} / {b}");
        }
        assert_eq!(
            person_key("Al"),
            "al",
            "a name of particles only keeps its folded form"
        );
    }
}
