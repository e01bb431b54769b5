//! Actors other than people: lexicon actors (armed groups, militaries,
//! organisations, media), states and governments, armed forces named by a
//! nationality ("ukrainische Soldaten", "armée soudanaise"), ministries,
//! collective actors (rebels, jihadists, gangs, protesters, hostages) and
//! groups defined by an acronym in the text ("Hayat Tahrir al-Sham (HTS)").
//!
//! A country becomes one actor per analysis: a state named by its English
//! name ("Russia"), or — when the texts speak of its regime, government or
//! junta more than of the state acting — a government actor named
//! "\<Adjective\> government" ("Syrian government") that also lists the
//! country's names as aliases.

use super::cues::Cue;
use super::lexicon::{index, Target};
use super::{Ctx, FxBuild, Registry};
use crate::gazetteer::gazetteer;
use crate::lang::Lang;
use std::collections::HashMap;
use std::sync::OnceLock;

/// English adjective of a country ("Syrian"), or its name.
pub fn adjective_en(iso: &str) -> String {
    let g = gazetteer();
    match g.country(iso) {
        Some(c) => c
            .adjectives_in(Lang::En)
            .first()
            .map(|s| s.to_string())
            .unwrap_or_else(|| c.name.to_string()),
        None => iso.to_string(),
    }
}

/// Key of the actor standing for country `iso`.
pub fn country_key(iso: &str) -> crate::model::Str {
    let mut k = crate::model::Str::const_new("cty:");
    k.push_str(iso);
    k
}

/// Per country: the lexicon actors for its army, navy, air force, police.
fn national_forces() -> &'static crate::hash::FxMap<(&'static str, &'static str), u16> {
    static F: OnceLock<crate::hash::FxMap<(&'static str, &'static str), u16>> = OnceLock::new();
    F.get_or_init(|| {
        let mut m = crate::hash::FxMap::default();
        for (i, a) in index().actors.iter().enumerate() {
            if a.kind != "military" || a.country.is_empty() {
                continue;
            }
            let n = crate::gazetteer::fold(a.name);
            let head = if n.contains("navy") || n.contains("fleet") {
                "Navy"
            } else if n.contains("air force") {
                "Air Force"
            } else if n.contains("police") {
                "police"
            } else if n.contains("army")
                || n.contains("armed forces")
                || n.contains("defence force")
                || n.contains("defense force")
                || n.contains("military")
                || n == "fardc"
                || n == "idf"
            {
                "army"
            } else {
                continue;
            };
            m.entry((a.country, head)).or_insert(i as u16);
        }
        m
    })
}

/// A country named next to a cue.
#[derive(Debug, Clone, Copy)]
pub struct Near {
    /// ISO2 code.
    pub iso: &'static str,
    /// First token of the whole phrase.
    pub s: usize,
    /// End token of the whole phrase.
    pub e: usize,
    /// First token of the country word(s).
    pub ms: usize,
    /// End token of the country word(s).
    pub me: usize,
}

/// A country named next to the cue of hit `k`: (iso, first token, end token).
pub fn country_near(cx: &Ctx, k: usize) -> Option<(&'static str, usize, usize)> {
    near(cx, k).map(|n| (n.iso, n.s, n.e))
}

/// Like [`country_near`], with the span of the country word(s).
pub fn near(cx: &Ctx, k: usize) -> Option<Near> {
    near_span(cx, cx.hits[k].s, cx.hits[k].e)
}

/// Like [`near`] for the cue words at tokens `s..e`.
pub fn near_span(cx: &Ctx, s: usize, e: usize) -> Option<Near> {
    let mk = |iso, s, e, ms, me| Some(Near { iso, s, e, ms, me });
    let lang = cx.lang();
    let n = cx.toks.len();
    let countries = gazetteer().countries();
    let country_of_hit = |j: usize| -> Option<&'static str> {
        cx.hits[j].targets().iter().find_map(|t| match *t {
            Target::Country(ci) => Some(countries[ci as usize].iso2),
            Target::Gaz(g) => {
                let en = gazetteer().entry(g);
                let cap = gazetteer().country(en.country).and_then(|c| c.capital);
                (cap == Some(g)).then_some(en.country)
            }
            _ => None,
        })
    };
    // adjective before (all languages: "russische Armee", "Russian army"; Spanish "el ruso Ejército" is rare)
    if s > 0 && cx.same_sentence(s - 1, s) && !cx.toks.t[s].comma {
        if let Some(iso) = cx.adj[s - 1] {
            return mk(iso, s - 1, e, s - 1, s);
        }
        // one adjective in between: "die russische Militärjunta", "der iranische Oberste Führer"
        if s > 1 && cx.same_sentence(s - 2, s) && !cx.toks.t[s - 1].comma && !cx.toks.t[s - 1].cap {
            if let Some(iso) = cx.adj[s - 2] {
                return mk(iso, s - 2, e, s - 2, s - 1);
            }
        }
    }
    // adjective after (French, Spanish, and German postposed rarely)
    if matches!(lang, Lang::Fr | Lang::Es) && e < n && cx.same_sentence(s, e) && !cx.toks.t[e].comma
    {
        if let Some(iso) = cx.adj[e] {
            return mk(iso, s, e + 1, e, e + 1);
        }
    }
    // a country name as modifier: "US-Regierung", "US special envoy", "U.S. officials"
    if s >= 1 && cx.toks.t[s].join && !cx.toks.t[s].comma {
        let j = cx.hit_of[s - 1];
        if j != usize::MAX {
            let is_country = cx.hits[j]
                .targets()
                .iter()
                .any(|t| matches!(t, Target::Country(_)));
            if is_country {
                if let Some(iso) = country_of_hit(j) {
                    return mk(iso, cx.hits[j].s, e, cx.hits[j].s, cx.hits[j].e);
                }
            }
        }
    }
    // possessive before: "Syria's government", "Congo's foreign minister"
    if lang == Lang::En && s >= 2 && cx.low(s - 1) == "s" && matches!(cx.toks.gap(s - 1), "'" | "’")
    {
        let j = cx.hit_of[s - 2];
        if j != usize::MAX {
            if let Some(iso) = country_of_hit(j) {
                return mk(iso, cx.hits[j].s, e, cx.hits[j].s, cx.hits[j].e);
            }
        }
    }
    // genitive before in German: "Syriens Regierung"
    if lang == Lang::De && s >= 1 {
        let j = cx.hit_of[s - 1];
        if j != usize::MAX && cx.toks.raw(s - 1).ends_with('s') && !cx.toks.t[s].comma {
            if let Some(iso) = country_of_hit(j) {
                return mk(iso, cx.hits[j].s, e, cx.hits[j].s, cx.hits[j].e);
            }
        }
    }
    // "die Regierung von Ministerpräsident Benjamin Netanjahu": the person's country
    let gov_cue = cx
        .hit_at(s)
        .map(|k| {
            matches!(cx.cue(k), Some(Cue::Gov(_)))
                || matches!(cx.cue(k), Some(Cue::Force("army")))
                    && matches!(
                        cx.low(s),
                        "armee" | "army" | "ejercito" | "militar" | "military"
                    )
        })
        .unwrap_or(false);
    if gov_cue
        && e + 2 < n
        && matches!(cx.low(e), "von" | "of" | "de" | "del" | "du")
        && cx.same_sentence(s, e + 2)
    {
        let mut j = e + 1;
        if let Some(rk) = cx.hit_at(j) {
            if matches!(cx.cue(rk), Some(Cue::Role(..))) {
                j = cx.hits[rk].e;
            }
        }
        if let Some(pk) = cx.hit_at(j) {
            if let Some(a) = cx.hits[pk].targets().iter().find_map(|t| match *t {
                Target::Actor(a)
                    if index().actors[a as usize].kind == "person"
                        && !index().actors[a as usize].country.is_empty() =>
                {
                    Some(a)
                }
                _ => None,
            }) {
                let iso = index().actors[a as usize].country;
                if let Some(c) = gazetteer().country(iso) {
                    return mk(c.iso2, s, e, s, e);
                }
            }
        }
    }
    // linker after: "government of Syria", "gouvernement de la Syrie", "Gobierno de Siria",
    // "Regierung in Kinshasa", "Regierung Syriens"
    if e < n && cx.same_sentence(s, e) && !cx.toks.t[e].comma {
        let mut j = e;
        let w = cx.low(j);
        let linker = match lang {
            Lang::De => matches!(w, "in" | "von"),
            Lang::En => matches!(w, "of" | "in"),
            Lang::Fr => matches!(w, "de" | "du" | "d" | "a"),
            Lang::Es => matches!(w, "de" | "del" | "en"),
        };
        if linker {
            j += 1;
        }
        while j < n && matches!(cx.low(j), "la" | "l" | "le" | "the" | "el" | "der" | "des") {
            j += 1;
        }
        if j < n && cx.same_sentence(s, j) {
            let hk = cx.hit_of[j];
            if hk != usize::MAX && cx.hits[hk].s == j {
                // "die Regierung in Port Sudan": any city for a government
                let city = || {
                    let gov = cx
                        .hit_at(s)
                        .map(|k| matches!(cx.cue(k), Some(Cue::Gov(_)) | Some(Cue::Ministry(_))))
                        .unwrap_or(false);
                    if !gov || !matches!(w, "in" | "en" | "a") {
                        return None;
                    }
                    super::places::choose_gaz(cx, cx.hits[hk].targets())
                        .map(|g| gazetteer().entry(g))
                        .filter(|e| {
                            e.kind == crate::gazetteer::GazKind::City && !e.country.is_empty()
                        })
                        .map(|e| e.country)
                };
                if let Some(iso) = country_of_hit(hk).or_else(city) {
                    // German genitive needs no linker ("Regierung Syriens"); others need one
                    if linker || lang == Lang::De && cx.toks.raw(j).ends_with('s') {
                        return mk(iso, s, cx.hits[hk].e, cx.hits[hk].s, cx.hits[hk].e);
                    }
                }
            }
        }
    }
    None
}

/// A capital named in a government phrase ("Regierung in Kinshasa",
/// "Verteidigungsministerium in Moskau") is also a place.
fn capital_place(cx: &Ctx, reg: &mut Registry, s: usize, e: usize) {
    for i in s..e {
        let k = cx.hit_of[i];
        if k == usize::MAX || cx.hits[k].s != i {
            continue;
        }
        if let Some(gi) = cx.hits[k].targets().iter().find_map(|t| {
            if let Target::Gaz(g) = t {
                Some(*g)
            } else {
                None
            }
        }) {
            if gazetteer().entry(gi).kind == crate::gazetteer::GazKind::City {
                let pi = super::places::gaz_place(reg, gi);
                let (bs, be) = cx.span(cx.hits[k].s, cx.hits[k].e);
                reg.mention_place(pi, cx.di, cx.doc.text, bs, be, false);
            }
        }
    }
}

/// The country of the actor named last before token `i` in this or the
/// previous sentence ("Katz wies die Armee an": Israel's army).
/// Nouns of a border, folded: a nationality next to one names no army's country.
const BORDER_NOUNS: &[&str] = &[
    "border",
    "borders",
    "frontier",
    "grenze",
    "frontiere",
    "frontera",
];

/// Whether the tokens `s..e` (a nationality or a country) stand next to a
/// border noun: "the Afghan border", "la frontière afghane".
pub fn next_to_border(cx: &Ctx, s: usize, e: usize) -> bool {
    let border = |j: usize| j < cx.toks.len() && BORDER_NOUNS.contains(&cx.low(j));
    border(e) || s > 0 && border(s - 1)
}

fn recent_country(cx: &Ctx, i: usize) -> Option<&'static str> {
    let mut starts = 0;
    let mut j = i;
    while j > 0 && starts < 2 {
        if cx.toks.t[j].sent {
            starts += 1;
        }
        j -= 1;
    }
    let countries = gazetteer().countries();
    let mut x = i;
    while x > j {
        x -= 1;
        // (not a border's: "near the Afghan border" tells where the army of
        // the dispatch stands, "frontière afghane", "afghanischen Grenze")
        if let Some(iso) = cx.adj[x] {
            if next_to_border(cx, x, x + 1) {
                continue;
            }
            return Some(iso);
        }
        let k = cx.hit_of[x];
        if k == usize::MAX || cx.hits[k].s != x {
            continue;
        }
        for t in cx.hits[k].targets() {
            match *t {
                Target::Actor(a) => {
                    let a = &index().actors[a as usize];
                    // an armed group's country is where it mostly fights:
                    // "the army" near it is that country's only in a
                    // dispatch about that country ("Boko Haram attacked a
                    // base of the army" in a dispatch about Chad is Chad's)
                    if !a.country.is_empty()
                        && (a.kind != "armed_group" || Some(a.country) == cx.main)
                    {
                        return Some(a.country);
                    }
                }
                Target::Country(ci) => {
                    if !next_to_border(cx, cx.hits[k].s, cx.hits[k].e) {
                        return Some(countries[ci as usize].iso2);
                    }
                }
                _ => {}
            }
        }
    }
    None
}

/// Consumes the country hit inside tokens `s..e` (so it is not a place).
/// The first-level region whose government the cue at tokens `s..e`
/// names: after it with "de", "of", "von" ("Gobierno de Chiapas", "die
/// Regierung von Chhattisgarh"), or before it as a modifier, past "state"
/// ("the Zamfara state government", "the Chhattisgarh government").
/// Returns the gazetteer entry and the region's tokens.
fn region_of(cx: &Ctx, s: usize, e: usize) -> Option<(u32, usize, usize)> {
    let region_at = |j: usize| -> Option<(u32, usize, usize)> {
        let k = *cx.hit_of.get(j)?;
        let h = cx.hits.get(k)?;
        h.targets().iter().find_map(|t| match *t {
            Target::Gaz(g) if gazetteer().entry(g).kind == crate::gazetteer::GazKind::Region => {
                Some((g, h.s, h.e))
            }
            _ => None,
        })
    };
    let n = cx.toks.len();
    if e + 1 < n
        && cx.same_sentence(s, e + 1)
        && matches!(cx.low(e), "de" | "of" | "von" | "del" | "du")
        && cx.toks.t[e + 1].join
    {
        if let Some(r) = region_at(e + 1) {
            return Some(r);
        }
    }
    // (the region's name may hold "state" itself: "Zamfara State")
    let before = |j: usize| {
        (j > 0 && cx.toks.t[j].join && !cx.toks.t[j].comma && cx.same_sentence(j - 1, s))
            .then(|| region_at(j - 1).filter(|r| r.2 == j))
            .flatten()
    };
    before(s).or_else(|| {
        (s > 1 && matches!(cx.low(s - 1), "state" | "regional") && cx.toks.t[s].join)
            .then(|| before(s - 1))
            .flatten()
    })
}

fn consume(cx: &mut Ctx, s: usize, e: usize) {
    for i in s..e {
        let k = cx.hit_of[i];
        if k != usize::MAX {
            cx.used[k] = true;
        }
    }
}

/// Lexicon actors and cues.
pub fn run(cx: &mut Ctx, reg: &mut Registry) {
    let text = cx.doc.text;
    let di = cx.di;
    let lex = &index().actors;
    followers(cx, reg);
    // which lexicon armed group do the doc's "rebels" refer to?
    let rebel_owner = rebel_owner(cx);
    let paramilitary_owner = paramilitary_owner(cx);
    let mut armies_named: Vec<&'static str> = Vec::new();
    let names_armed_group = cx.hits.iter().any(|h| {
        h.actor()
            .is_some_and(|ai| lex[ai as usize].kind == "armed_group")
    });
    for k in 0..cx.hits.len() {
        if cx.used[k] {
            continue;
        }
        let h = cx.hits[k];
        let (s, e) = cx.span(h.s, h.e);
        let has_place = h
            .targets()
            .iter()
            .any(|t| matches!(t, Target::Country(_) | Target::Gaz(_) | Target::Site(_)));
        if let Some(ai) = h.actor() {
            let a = &lex[ai as usize];
            if a.kind == "person" {
                continue; // people.rs
            }
            if has_place && super::metonymy::place_prep_before(cx, h.s) {
                continue;
            }
            // "l'Etat d'Al-Jazira" is a region, not the television
            if matches!(a.kind, "media" | "organisation")
                && super::metonymy::region_noun_before(cx, h.s)
            {
                continue;
            }
            // an acronym written as a name ("Saná" for SANA) loses to a place of that spelling
            if has_place {
                let nm = cx.hit_name(k, |t| *t == Target::Actor(ai)).unwrap_or("");
                let raw = cx.text(h.s, h.e);
                if nm
                    .chars()
                    .filter(|c| c.is_alphabetic())
                    .all(|c| c.is_uppercase())
                    && raw.chars().any(|c| c.is_lowercase())
                {
                    continue;
                }
            }
            // German compounds with a name as modifier ("UN-Experten",
            // "Hamas-Chef") are not mentions of the actor; its fighters are
            // ("Hamas-Kämpfer griffen an", "RSF-Kämpfer beschossen": the
            // group acts through them, as in "RSF fighters shelled")
            if cx.lang() == Lang::De
                && h.e < cx.toks.len()
                && cx.toks.gap(h.e) == "-"
                && cx.toks.t[h.e].cap
                && cx.hit_of[h.e] == usize::MAX
                && !matches!(
                    cx.low(h.e),
                    "kampfer" | "milizionare" | "milizen" | "truppen" | "soldaten" | "einheiten"
                )
            {
                cx.used[k] = true;
                continue;
            }
            if h.targets().iter().any(|t| matches!(t, Target::Country(_))) {
                continue;
            }
            let i = lex_actor(reg, ai);
            reg.mention_actor(i, di, text, s, e);
            if let Some(nm) = cx.hit_name(k, |t| *t == Target::Actor(ai)) {
                reg.alias_actor(i, nm);
            }
            cx.used[k] = true;
            // an army named ("Sudanese Armed Forces", "FARDC", "l'armée
            // israélienne"): a bare "the army" later may be it
            if a.kind == "military" && !a.country.is_empty() {
                armies_named.push(a.country);
            }
            continue;
        }
        let Some(cue) = cx.cue(k) else { continue };
        match cue {
            Cue::Gov(word) => {
                // a region's own government: "el Gobierno de Chiapas", "the
                // Zamfara state government", "die Regierung von Chhattisgarh"
                if let Some((g, rs, re)) = region_of(cx, h.s, h.e) {
                    let en = gazetteer().entry(g);
                    let key = crate::text::with_decimal("regiongov:", u64::from(g));
                    let i = reg.actor(&key, || {
                        (
                            [en.name, " government"].concat(),
                            "government",
                            (!en.country.is_empty()).then_some(en.country),
                        )
                    });
                    let (bs, be) = cx.span(h.s.min(rs), h.e.max(re));
                    reg.mention_actor(i, di, text, bs, be);
                    cx.used[k] = true;
                    continue;
                }
                let near = country_near(cx, k);
                let (iso, ts, te) = match near {
                    Some(x) => x,
                    None => {
                        if word == "authorities" {
                            continue;
                        }
                        // a bare "das Regime", "la junte", "the government": the main country
                        let Some(m) = cx.main else { continue };
                        // only with an article or at a clause start
                        let prev = if h.s > 0 { cx.low(h.s - 1) } else { "" };
                        let det = matches!(
                            prev,
                            "das"
                                | "die"
                                | "der"
                                | "des"
                                | "dem"
                                | "den"
                                | "the"
                                | "la"
                                | "le"
                                | "l"
                                | "el"
                                | "del"
                                | "al"
                        );
                        if !det && !(word != "government" && cx.toks.t[h.s].cap) {
                            continue;
                        }
                        (m, h.s, h.e)
                    }
                };
                let (bs, be) = cx.span(ts, te);
                capital_place(cx, reg, ts, te);
                consume(cx, ts, te);
                cx.used[k] = true;
                let ev = cx.ev(iso);
                ev.gov.push((bs, be));
                ev.gov_words.push(word);
                // the head word alone ("Regime", "Regierung") as an alias
                if (s, e) != (bs, be) {
                    ev.weak.push((s, e));
                }
            }
            Cue::State(iso) => {
                let iso = if iso.is_empty() {
                    match country_near(cx, k) {
                        Some((iso, ts, te)) => {
                            let (bs, be) = cx.span(ts, te);
                            consume(cx, ts, te);
                            cx.used[k] = true;
                            cx.ev(iso).state.push((bs, be));
                            continue;
                        }
                        None => continue,
                    }
                } else {
                    iso
                };
                cx.used[k] = true;
                cx.ev(iso).state.push((s, e));
            }
            Cue::Force(head) => {
                let near = country_near(cx, k);
                let (iso, ts, te, explicit) = match near {
                    Some((iso, ts, te)) => (iso, ts, te, true),
                    None => {
                        // "die Armee", "the army", "l'armée", "el Ejército": the main country's army
                        let prev = if h.s > 0 { cx.low(h.s - 1) } else { "" };
                        let det = matches!(
                            prev,
                            "die"
                                | "der"
                                | "das"
                                | "dem"
                                | "den"
                                | "des"
                                | "the"
                                | "l"
                                | "la"
                                | "le"
                                | "les"
                                | "el"
                                | "las"
                                | "los"
                                | "del"
                                | "al"
                        );
                        let w = cx.low(h.s);
                        // (and the two words of "the armed forces", "las
                        // Fuerzas Armadas", "les forces armées", unless a
                        // name goes on: "las Fuerzas Armadas
                        // Revolucionarias de Colombia")
                        let two = h.e - h.s == 2
                            && matches!(w, "armed" | "fuerzas" | "forces")
                            && !cx.toks.t.get(h.e).is_some_and(|t| t.cap && !t.sent);
                        let bare_ok = head != "army"
                            || two
                            || matches!(
                                w,
                                "armee"
                                    | "army"
                                    | "armee de"
                                    | "ejercito"
                                    | "militar"
                                    | "military"
                                    | "streitkrafte"
                            );
                        if !det || !bare_ok || h.e - h.s > 1 && !two {
                            continue;
                        }
                        // the last army named with its country; else the
                        // country of the sentences before if its army was
                        // named, else the dispatch's if its army was
                        // ("… accuse les Emirats arabes unis … La guerre a
                        // éclaté entre l'armée et les FSR" after the Sudanese
                        // army), else either
                        let recent = recent_country(cx, h.s);
                        let named = |c: &&str| armies_named.contains(c);
                        let Some(m) = cx
                            .last_army
                            .or(recent.filter(named))
                            .or(cx.main.filter(named))
                            .or(recent)
                            .or(cx.main)
                        else {
                            continue;
                        };
                        (m, h.s, h.e, false)
                    }
                };
                let (bs, be) = cx.span(ts, te);
                consume(cx, ts, te);
                cx.used[k] = true;
                if head == "army" && explicit {
                    cx.last_army = Some(iso);
                    armies_named.push(iso);
                }
                let i = match national_forces().get(&(iso, head)) {
                    Some(&ai) => lex_actor(reg, ai),
                    None => {
                        let adj = adjective_en(iso);
                        let name = if head == "army" {
                            format!("{adj} army")
                        } else {
                            format!("{adj} {head}")
                        };
                        let kind = "military";
                        reg.actor(&format!("force:{iso}:{head}"), || (name, kind, Some(iso)))
                    }
                };
                reg.mention_actor(i, di, text, bs, be);
                if (s, e) != (bs, be) {
                    reg.alias_actor(i, &text[s..e]);
                }
            }
            Cue::Ministry(name) => {
                let near = country_near(cx, k);
                let (iso, ts, te) = match near {
                    Some(x) => x,
                    None => match cx.main {
                        Some(m)
                            if h.s > 0
                                && matches!(
                                    cx.low(h.s - 1),
                                    "das" | "the" | "le" | "el" | "des" | "dem" | "del"
                                ) =>
                        {
                            (m, h.s, h.e)
                        }
                        _ => continue,
                    },
                };
                let (bs, be) = cx.span(ts, te);
                capital_place(cx, reg, ts, te);
                consume(cx, ts, te);
                cx.used[k] = true;
                let adj = adjective_en(iso);
                let i = reg.actor(&format!("min:{iso}:{name}"), || {
                    (format!("{adj} {name}"), "government", Some(iso))
                });
                reg.mention_actor(i, di, text, bs, be);
            }
            Cue::Group(kind, name) => {
                // "the paramilitaries", "les paramilitaires": the group the
                // dispatch calls paramilitary ("the paramilitary Rapid Support
                // Forces", "les paramilitaires du groupe Wagner"); the word
                // next to that group's name is part of its mention; with no
                // such group, no actor
                if name == "Paramilitaries" {
                    cx.used[k] = true;
                    if let Some((owner, near_hits)) = &paramilitary_owner {
                        if !near_hits.contains(&k) {
                            let i = lex_actor(reg, *owner);
                            reg.mention_actor(i, di, text, s, e);
                        }
                    }
                    continue;
                }
                // "gunmen", "militants", "Bewaffnete": men of a group the
                // dispatch names, if it names one (which, the words seldom
                // tell: no actor then; also when the group is named after
                // them, as in a claim told later: the corpus's gold gives
                // them to the group more often than not); else the unknown
                // attackers
                if name == "Gunmen" {
                    cx.used[k] = true;
                    if names_armed_group {
                        continue;
                    }
                    // (one actor per country the dispatches are about, its
                    // own unknown: the gunmen of a Kashmir dispatch are not
                    // those of one from Mali)
                    let (bs, be) = cx.span(h.s, h.e);
                    let key = format!("grp:Gunmen:{}", cx.main.unwrap_or(""));
                    let i = reg.actor(&key, || (name.to_string(), kind, None));
                    reg.mention_actor(i, di, text, bs, be);
                    if (s, e) != (bs, be) {
                        reg.alias_actor(i, &text[s..e]);
                    }
                    continue;
                }
                if name == "Rebels" {
                    if let Some(owner) = rebel_owner {
                        let i = lex_actor(reg, owner);
                        reg.mention_actor(i, di, text, s, e);
                        cx.used[k] = true;
                        continue;
                    }
                }
                let near = country_near(cx, k);
                let (iso, ts, te) = match near {
                    Some((iso, ts, te)) => (Some(iso), ts, te),
                    None => (
                        if name == "Hostages" || kind == "civilians" {
                            None
                        } else {
                            cx.main
                        },
                        h.s,
                        h.e,
                    ),
                };
                if kind == "civilians" && name == "Civilians" {
                    continue;
                }
                let (bs, be) = cx.span(ts, te);
                consume(cx, ts, te);
                cx.used[k] = true;
                let disp = match (near, iso) {
                    (Some(_), Some(iso)) => {
                        format!("{} {}", adjective_en(iso), name.to_lowercase())
                    }
                    _ => name.to_string(),
                };
                let key = format!("grp:{name}:{}", iso.unwrap_or(""));
                let named = near.is_some();
                let i = reg.actor(&key, || (disp.clone(), kind, iso));
                // first met without its country ("por una pandilla"), then
                // with it ("las pandillas en Haití"): the fuller name
                if named && reg.actor_mut(i).name == name {
                    let a = reg.actor_mut(i);
                    let generic = std::mem::replace(&mut a.name, disp);
                    if !a.aliases.contains(&generic) {
                        a.aliases.push(generic);
                    }
                }
                reg.mention_actor(i, di, text, bs, be);
                if (s, e) != (bs, be) {
                    reg.alias_actor(i, &text[s..e]);
                }
            }
            Cue::Fixed(kind, iso, name) => {
                cx.used[k] = true;
                let i = reg.actor(&format!("fixed:{name}"), || {
                    (name.to_string(), kind, Some(iso))
                });
                reg.mention_actor(i, di, text, s, e);
            }
            Cue::Agent => {
                // only the adjective right next to it: "Israeli strikes", "frappes russes"
                let Some(n) = near(cx, k) else { continue };
                if n.me - n.ms != 1 || !(n.me == h.s || n.ms == h.e) {
                    continue;
                }
                let (bs, be) = cx.span(n.ms, n.me);
                cx.ev(n.iso).state.push((bs, be));
            }
            Cue::Role(..) | Cue::Facility(_) | Cue::Followers => {}
        }
    }
    split_ministries(cx, reg);
    acronyms(cx, reg);
    international_organisations(cx, reg);
}

/// "ministère russe de la Défense", "ministerio ruso de Defensa": the
/// adjective splits the ministry's name.
fn split_ministries(cx: &mut Ctx, reg: &mut Registry) {
    if !matches!(cx.lang(), Lang::Fr | Lang::Es) {
        return;
    }
    let n = cx.toks.len();
    for i in 0..n.saturating_sub(3) {
        if !cx.toks.t[i].body || !matches!(cx.low(i), "ministere" | "ministerio") {
            continue;
        }
        let Some(iso) = cx.adj[i + 1] else { continue };
        let mut j = i + 2;
        if !matches!(cx.low(j), "de" | "des" | "del" | "d") {
            continue;
        }
        j += 1;
        while j < n && matches!(cx.low(j), "la" | "l" | "los" | "las") {
            j += 1;
        }
        if j >= n {
            continue;
        }
        let name = match cx.low(j) {
            "defense" | "defensa" | "armees" => "Defence Ministry",
            "affaires" | "asuntos" | "exteriores" | "relaciones" => "Foreign Ministry",
            "sante" | "salud" | "sanidad" => "Health Ministry",
            "interieur" | "interior" => "Interior Ministry",
            _ => continue,
        };
        let mut e = j + 1;
        if e < n && matches!(cx.low(e), "etrangeres" | "exteriores") {
            e += 1;
        }
        let (bs, be) = cx.span(i, e);
        for x in i..e {
            let k = cx.hit_of[x];
            if k != usize::MAX {
                cx.used[k] = true;
            }
        }
        let adj = adjective_en(iso);
        let a = reg.actor(&format!("min:{iso}:{name}"), || {
            (format!("{adj} {name}"), "government", Some(iso))
        });
        reg.mention_actor(a, cx.di, cx.doc.text, bs, be);
    }
}

/// Registers lexicon actor `ai`.
pub fn lex_actor(reg: &mut Registry, ai: u16) -> usize {
    if let Some(&i) = reg.lex_cache.get(&ai) {
        return i;
    }
    let a = &index().actors[ai as usize];
    let kind: &'static str = match a.kind {
        "military" => "military",
        "armed_group" => "armed_group",
        "person" => "person",
        "organisation" => "organisation",
        "media" => "media",
        "civilians" => "civilians",
        "government" => "government",
        _ => "other",
    };
    let i = reg.actor(&["lex:", a.id].concat(), || {
        (
            a.name.to_string(),
            kind,
            (!a.country.is_empty()).then_some(a.country),
        )
    });
    // (an office taken after the latest dispatch is not yet held: al-Jolani
    // of December 2024 leads HTS, he is not Syria's president)
    let held = a.since.is_empty() || reg.latest.is_none_or(|d| d.to_string().as_str() >= a.since);
    if !a.role.is_empty() && held {
        let of = if a.of.is_empty() {
            None
        } else if a.of.chars().all(|c| c.is_ascii_uppercase()) {
            Some(country_key(a.of))
        } else {
            Some(compact_str::format_compact!("lex:{}", a.of))
        };
        reg.role(i, a.role, of);
    }
    reg.lex_cache.insert(ai, i);
    i
}

/// The lexicon armed group that the document's bare "rebels" refer to: one
/// named right next to a rebel word ("M23 rebels", "rebelles du M23",
/// "Huthi-Rebellen") or by an alias containing one.
fn rebel_owner(cx: &Ctx) -> Option<u16> {
    let lex = &index().actors;
    let mut owner = None;
    for (k, h) in cx.hits.iter().enumerate() {
        let Some(ai) = h.actor() else {
            continue;
        };
        if lex[ai as usize].kind != "armed_group" {
            continue;
        }
        let raw = crate::gazetteer::fold(cx.text(h.s, h.e));
        let alias_rebel = ["rebel", "rebell", "rebelde", "insurg"]
            .iter()
            .any(|r| raw.contains(r))
            || rebel_aliases().contains(&ai);
        let next_rebel = k + 1 < cx.hits.len()
            && cx.hits[k + 1].s <= h.e + 1
            && matches!(cx.cue(k + 1), Some(Cue::Group(_, "Rebels")));
        let prev_rebel = k > 0
            && cx.hits[k - 1].e + 3 >= h.s
            && matches!(cx.cue(k - 1), Some(Cue::Group(_, "Rebels")))
            // (also elided: "rebelles de l'Armée d'Arakan"; and after an
            // adjective: "los insurgentes islamistas de Al Shabab")
            && (cx.hits[k - 1].e..h.s).all(|i| {
                matches!(
                    cx.low(i),
                    "du" | "del"
                        | "de"
                        | "der"
                        | "of"
                        | "the"
                        | "la"
                        | "el"
                        | "l"
                        | "'"
                        | "’"
                        | "islamistas"
                        | "islamistes"
                        | "yihadistas"
                        | "jihadistes"
                        | "armados"
                        | "armes"
                )
            });
        if alias_rebel || next_rebel || prev_rebel {
            owner = Some(ai);
            break;
        }
    }
    owner
}

/// The lexicon armed group the dispatch calls paramilitary: one named right
/// after a paramilitary word ("paramilitary Rapid Support Forces",
/// "paramilitaires des Forces de soutien rapide", "paramilitaires du groupe
/// Wagner", "die paramilitärischen RSF", "las paramilitares FAR"), with the
/// cue hits of those words (part of the group's own mention).
fn paramilitary_owner(cx: &Ctx) -> Option<(u16, Vec<usize>)> {
    let lex = &index().actors;
    let mut owner = None;
    let mut near = Vec::new();
    for h in cx.hits.iter() {
        let Some(ai) = h.actor() else { continue };
        if lex[ai as usize].kind != "armed_group" {
            continue;
        }
        // back over a few function words to a paramilitary word
        let mut j = h.s;
        let mut steps = 0;
        while j > 0 && steps < 4 {
            j -= 1;
            steps += 1;
            let w = cx.low(j);
            if w.starts_with("paramilit") {
                if owner.is_some_and(|o| o != ai) {
                    return None; // two groups called so: no owner
                }
                owner = Some(ai);
                if let Some(k) = (0..cx.hits.len()).find(|&k| cx.hits[k].s == j) {
                    near.push(k);
                }
                break;
            }
            let function = matches!(
                w,
                "the"
                    | "des"
                    | "de"
                    | "du"
                    | "del"
                    | "der"
                    | "die"
                    | "las"
                    | "los"
                    | "les"
                    | "groupe"
                    | "group"
                    | "grupo"
                    | "gruppe"
                    | "miliz"
                    | "milizen"
                    | "l"
            );
            if !function {
                break;
            }
        }
    }
    // else the one group of the dispatch the lexicon knows as paramilitary
    // (its note says so: the RSF, the Basij)
    if owner.is_none() {
        let known = paramilitaries();
        for h in cx.hits.iter() {
            let Some(ai) = h.actor() else { continue };
            if known.contains(&ai) {
                if owner.is_some_and(|o| o != ai) {
                    return None;
                }
                owner = Some(ai);
            }
        }
    }
    owner.map(|o| (o, near))
}

/// Lexicon groups whose note calls them paramilitary.
fn paramilitaries() -> &'static Vec<u16> {
    static P: OnceLock<Vec<u16>> = OnceLock::new();
    P.get_or_init(|| {
        lex_rows_where(|f| {
            f.get(7)
                .is_some_and(|note| note.to_lowercase().contains("paramilitary"))
        })
    })
}

/// Lexicon armed groups that the news calls rebels ("M23 rebels", "Houthi rebels").
fn rebel_aliases() -> &'static Vec<u16> {
    static R: OnceLock<Vec<u16>> = OnceLock::new();
    R.get_or_init(|| {
        lex_rows_where(|f| {
            f.len() >= 5 && f[1] == "armed_group" && {
                let al = crate::gazetteer::fold(f[4]);
                ["rebel", "rebell", "rebelde"]
                    .iter()
                    .any(|r| al.contains(r))
            }
        })
    })
}

/// The index positions of the actor lexicon's rows (TAB-split columns)
/// that `keep` accepts.
fn lex_rows_where(keep: impl Fn(&[&str]) -> bool) -> Vec<u16> {
    let mut out = Vec::new();
    for line in include_str!("../../data/actors.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
    {
        let f: Vec<&str> = line.split('\t').collect();
        if !keep(&f) {
            continue;
        }
        if let Some(i) = index().actors.iter().position(|a| a.id == f[0]) {
            out.push(i as u16);
        }
    }
    out
}

/// Acronyms defined in the text: "Hayat Tahrir al-Sham (HTS)", "Forces de
/// soutien rapide (FSR)", "Groupe de soutien à l'islam et aux musulmans
/// (GSIM, ou JNIM …)". A lexicon actor gains the acronym as an alias;
/// another name becomes a new actor, its kind from cue words.
fn acronyms(cx: &mut Ctx, reg: &mut Registry) {
    let text = cx.doc.text;
    let n = cx.toks.len();
    let mut defined: Vec<(String, usize)> = Vec::new();
    for a in 1..n {
        let t = &cx.toks.t[a];
        if !t.body || !t.paren || !t.caps || t.end - t.start < 2 || t.end - t.start > 8 {
            continue;
        }
        // closing: ")" or "," right after
        let after = if a + 1 < n {
            cx.toks.gap(a + 1)
        } else {
            &text[t.end..]
        };
        if !after.trim_start().starts_with([')', ',']) {
            continue;
        }
        let acr = cx.toks.raw(a);
        let letters: Vec<char> = acr
            .chars()
            .filter(|c| c.is_alphabetic())
            .flat_map(|c| c.to_lowercase())
            .collect();
        if letters.len() < 2 {
            continue;
        }
        // the phrase before "(": match the acronym's letters to word initials from the right
        let connectors = [
            "de", "du", "des", "la", "le", "l", "d", "of", "the", "for", "fur", "der", "die",
            "und", "and", "et", "y", "del", "a", "aux", "al", "el", "pour", "para", "wal", "von",
            "en", "los", "las",
        ];
        let mut li = letters.len();
        let mut j = a;
        let mut first = a;
        while j > 0 && li > 0 {
            j -= 1;
            if !cx.toks.t[j + 1].join && j + 1 != a || !cx.toks.t[j].body {
                break;
            }
            let w = cx.low(j);
            let init = w.chars().next().unwrap_or(' ');
            if init == letters[li - 1] {
                li -= 1;
                first = j;
                continue;
            }
            if connectors.contains(&w) {
                continue;
            }
            // a compound may carry two letters (Sahelstaaten)
            break;
        }
        if first == a || li > 0 && letters.len() - li < 2 || li > 1 || !cx.toks.t[first].cap {
            continue;
        }
        let phrase_end_tok = a;
        // is the phrase (or its end) a known actor?
        let mut owner: Option<usize> = None;
        for j in first..phrase_end_tok {
            let k = cx.hit_of[j];
            if k == usize::MAX {
                continue;
            }
            if let Some(ai) = cx.hits[k].actor() {
                if cx.hits[k].e == phrase_end_tok {
                    owner = Some(lex_actor(reg, ai));
                }
            }
        }
        let (as_, ae) = (t.start, t.end);
        let i = match owner {
            Some(i) => i,
            None => {
                let name = &text[cx.toks.t[first].start..cx.toks.t[a - 1].end];
                // kind from words in or before the phrase
                let lo = crate::gazetteer::fold(
                    &text[cx.toks.t[first.saturating_sub(4)].start..cx.toks.t[a - 1].end],
                );
                let kind = if [
                    "armee",
                    "army",
                    "ejercito",
                    "streitkrafte",
                    "armed forces",
                    "forces armees",
                ]
                .iter()
                .any(|w| lo.contains(w))
                {
                    "military"
                } else if [
                    "miliz",
                    "gruppe",
                    "rebell",
                    "group",
                    "militia",
                    "rebel",
                    "milice",
                    "groupe",
                    "milicia",
                    "grupo",
                    "movement",
                    "bewegung",
                    "mouvement",
                    "movimiento",
                    "brigade",
                    "front",
                    "alliance",
                    "allianz",
                    "alianza",
                    "paramilit",
                ]
                .iter()
                .any(|w| lo.contains(w))
                {
                    "armed_group"
                } else {
                    "organisation"
                };
                let key = format!("acr:{}", crate::gazetteer::fold(name));
                let country = cx.main;
                let i = reg.actor(&key, || {
                    (
                        name.to_string(),
                        kind,
                        if kind == "organisation" {
                            None
                        } else {
                            country
                        },
                    )
                });
                let (s0, e0) = (cx.toks.t[first].start, cx.toks.t[a - 1].end);
                reg.mention_actor(i, cx.di, text, s0, e0);
                for j in first..a {
                    let k = cx.hit_of[j];
                    if k != usize::MAX {
                        cx.used[k] = true;
                    }
                }
                i
            }
        };
        reg.mention_actor(i, cx.di, text, as_, ae);
        defined.push((acr.to_string(), i));
    }
    // later uses of a defined acronym
    if defined.is_empty() {
        return;
    }
    for j in 0..n {
        let t = &cx.toks.t[j];
        if !t.body || !t.caps || cx.hit_of[j] != usize::MAX {
            continue;
        }
        let raw = cx.toks.raw(j);
        if let Some((_, i)) = defined.iter().find(|(a, _)| a == raw) {
            reg.mention_actor(*i, cx.di, text, t.start, t.end);
        }
    }
}

/// The followers of a lexicon group or person named next to a followers
/// word, as one civilian actor of the group's country ("Houthi
/// supporters", "Huthi-Anhänger", "Anhänger der Huthis", "partisans des
/// Houthis", "simpatizantes hutíes"). The name is then no mention of the
/// group itself: the supporters rally, not the Houthis.
fn followers(cx: &mut Ctx, reg: &mut Registry) {
    let text = cx.doc.text;
    let lex = &index().actors;
    let n = cx.toks.len();
    for k in 0..cx.hits.len() {
        if cx.used[k] || cx.cue(k) != Some(Cue::Followers) {
            continue;
        }
        let h = cx.hits[k];
        if !cx.toks.t[h.s].body {
            continue;
        }
        // the actor right before ("Houthi supporters", "Huthi-Anhänger")
        let before = (h.s > 0 && cx.toks.t[h.s].join && !cx.toks.t[h.s].comma)
            .then(|| cx.hit_of[h.s - 1])
            .filter(|&j| j != usize::MAX && !cx.used[j] && cx.hits[j].e == h.s);
        // or after, directly or across "of the", "des", "de los", "der"
        let after = || {
            let mut j = h.e;
            while j < n
                && j < h.e + 2
                && cx.toks.t[j].join
                && matches!(
                    cx.low(j),
                    "of" | "the" | "des" | "de" | "du" | "del" | "los" | "las" | "der" | "l"
                )
            {
                j += 1;
            }
            (j < n && cx.toks.t[j].join && !cx.toks.t[j].comma)
                .then(|| cx.hit_of[j])
                .filter(|&g| g != usize::MAX && !cx.used[g] && cx.hits[g].s == j)
        };
        let Some(g) = before.or_else(after) else {
            continue;
        };
        let Some(ai) = cx.hits[g].actor() else {
            continue;
        };
        let a = &lex[ai as usize];
        if !matches!(a.kind, "armed_group" | "person" | "government") {
            continue;
        }
        let (s, e) = (
            cx.toks.t[h.s.min(cx.hits[g].s)].start,
            cx.toks.t[h.e.max(cx.hits[g].e) - 1].end,
        );
        let country = (!a.country.is_empty()).then_some(a.country);
        let i = reg.actor(&format!("fol:{}", a.id), || {
            (format!("Supporters of {}", a.name), "civilians", country)
        });
        reg.mention_actor(i, cx.di, text, s, e);
        reg.alias_actor(i, &text[s..e]);
        cx.used[k] = true;
        cx.used[g] = true;
    }
}

/// Organisations named the way many aid and rights groups are: one or two
/// capitalised words and "International" ("Relief International", "Plan
/// International"), not in the lexicon. Not when a capitalised word follows
/// ("Kabul International Airport") or "International" starts the name
/// ("International Criminal Court"), and not when a word of it is a known
/// name (a place: "Kabul International").
fn international_organisations(cx: &mut Ctx, reg: &mut Registry) {
    let text = cx.doc.text;
    let n = cx.toks.len();
    for j in 1..n {
        let t = &cx.toks.t[j];
        if !t.body
            || !t.cap
            || !t.join
            || cx.hit_of[j] != usize::MAX
            || cx.low(j) != "international"
        {
            continue;
        }
        if j + 1 < n && cx.toks.t[j + 1].cap && cx.toks.t[j + 1].join {
            continue;
        }
        // the capitalised words before it, at most two, none a known name
        let mut first = j;
        while first > 0
            && j - first < 2
            && cx.toks.t[first - 1].cap
            && !cx.toks.t[first - 1].caps
            && cx.toks.t[first - 1].body
            && cx.hit_of[first - 1] == usize::MAX
            && (first == j || cx.toks.t[first].join)
        {
            first -= 1;
        }
        if first == j || first > 0 && cx.hit_of[first - 1] != usize::MAX && cx.toks.t[first].join {
            continue;
        }
        let (s, e) = (cx.toks.t[first].start, t.end);
        let name = &text[s..e];
        let key = format!("org:{}", crate::gazetteer::fold(name));
        let i = reg.actor(&key, || (name.to_string(), "organisation", None));
        reg.mention_actor(i, cx.di, text, s, e);
    }
}

/// Turns the document's country evidence into state or government actors.
pub fn finish_countries(cx: &mut Ctx, reg: &mut Registry) {
    let text = cx.doc.text;
    let di = cx.di;
    let mut isos: Vec<&'static str> = cx.states.keys().copied().collect();
    isos.sort_unstable();
    // per country: the hits that may name it, in order
    let countries = gazetteer().countries();
    let mut country_hits: HashMap<&'static str, Vec<usize>, FxBuild> = HashMap::default();
    for (k, h) in cx.hits.iter().enumerate() {
        for t in h.targets() {
            if let Target::Country(ci) = *t {
                let v = country_hits.entry(countries[ci as usize].iso2).or_default();
                if v.last() != Some(&k) {
                    v.push(k);
                }
            }
        }
    }
    // a country whose office holder is named acts in the dispatch, even
    // when the text names it only as a place or by its adjective
    let officials = reg.officials(cx.di);
    for iso in isos {
        let ev = &cx.states[iso];
        let neutral = if ev.state.is_empty() && ev.gov.is_empty() && ev.neutral.is_empty() {
            if !officials.contains(&iso) || ev.weak.is_empty() {
                continue;
            }
            &ev.weak
        } else {
            &ev.neutral
        };
        let Some(c) = gazetteer().country(iso) else {
            continue;
        };
        let key = country_key(iso);
        let i = reg.actor(&key, || (c.name.to_string(), "state", Some(c.iso2)));
        let gov_n = ev.gov.len();
        reg.votes.entry(iso).or_insert((0, 0, Vec::new()));
        let v = reg.votes.get_mut(iso).unwrap();
        v.0 += ev.state.len();
        v.1 += gov_n;
        for w in &ev.gov_words {
            if !v.2.contains(w) {
                v.2.push(w);
            }
        }
        for &(s, e) in ev.state.iter().chain(ev.gov.iter()).chain(neutral.iter()) {
            reg.mention_actor(i, di, text, s, e);
        }
        // the table spellings of the country names inside the evidence ("Syrien" for "Syriens")
        let mut spans: Vec<(usize, usize)> = ev
            .state
            .iter()
            .chain(&ev.gov)
            .chain(&ev.weak)
            .copied()
            .collect();
        spans.sort_unstable();
        // per span (by start): the largest end among it and those before
        let mut reach = Vec::with_capacity(spans.len());
        let mut m = 0;
        for &(_, e) in &spans {
            m = m.max(e);
            reach.push(m);
        }
        for &k in country_hits.get(iso).map(|v| v.as_slice()).unwrap_or(&[]) {
            let h = &cx.hits[k];
            let (hs, he) = (cx.toks.t[h.s].start, cx.toks.t[h.e - 1].end);
            let p = spans.partition_point(|&(s, _)| s <= hs);
            let inside = p > 0 && reach[p - 1] >= he;
            if !inside {
                continue;
            }
            let nm = cx.hit_name(k, |t| match *t {
                Target::Country(ci) => gazetteer().countries()[ci as usize].iso2 == iso,
                _ => false,
            });
            if let Some(nm) = nm {
                reg.alias_actor(i, nm);
            }
        }
        for &(s, e) in &ev.weak {
            // adjectives and place mentions of the country name are aliases of
            // the actor, not mentions of it
            let t = &text[s..e];
            reg.alias_actor(i, t);
        }
    }
    // adjectives of countries that are actors in this document
    for i in 0..cx.toks.len() {
        if let Some(iso) = cx.adj[i] {
            if !cx
                .states
                .get(iso)
                .map(|e| !e.state.is_empty() || !e.gov.is_empty())
                .unwrap_or(false)
            {
                continue;
            }
            let Some(ai) = reg.actor_id(&country_key(iso)) else {
                continue;
            };
            let t = &cx.toks.t[i];
            if t.body && !super::metonymy::adjective_of_place(cx, i) {
                reg.mention_actor(ai, di, text, t.start, t.end);
            }
        }
    }
}
