//! Argument roles, dates, places and flags of the triggers of one sentence.
//!
//! The sentence is cut into segments at commas, semicolons, colons and
//! dashes; a segment that opens with a relative pronoun or subordinator
//! (`die`, `which`, `qui`, `que`) is a relative clause. Each actor mention
//! gets a marker from the words before it: an agent preposition (`by`,
//! `von`, `par`, `por`), a target preposition (`on`, `gegen`, `contre`),
//! `with`, `between`, a genitive (`der Rebellen`, `of`, `des`), a locative,
//! a support phrase (`mit Unterstützung`, `backed by`) or a reporting phrase
//! (`so`, `according to`, `selon`, `según`, `X zufolge`). Mentions listed
//! together (`Russlands, Irans und der Hisbollah`) share a marker.
//!
//! A trigger's roles then follow its clause:
//! - agents of passives and of event nouns are sources, the unmarked
//!   subject of a passive is the target;
//! - otherwise the unmarked mention before the verb is the source (the
//!   first one in German, whose verb-final clauses put objects between
//!   subject and verb; the nearest one in English, French and Spanish),
//!   unmarked mentions after it are targets — except in German, where the
//!   first one after a verb is the subject when nothing came before
//!   (verb-second: `eroberte das Regime`);
//! - with no subject in the clause, the subject is looked for to the left
//!   (skipping relative clauses; a relative clause's subject is its
//!   antecedent), then it is the speaker of the sentence, then, for pronoun
//!   or missing subjects, the previous sentence's subject (centering).

use smallvec::{smallvec, SmallVec};
use std::ops::Range;

use super::figures;
use super::lexicon::{
    words, AGENT, AND, ARTICLE, BETWEEN, DE_SUBJUNCTIVE, GENITIVE, GROUP, LOCATIVE, NEGATION,
    PASSIVE_AUX, PHRASE_END, PRONOUN, RELATIVE, SPEECH, SUBJUNCTIVE, TARGET, THAT, WITH,
};
use super::triggers::{self, boundary, Found};
use super::{Cand, Doc, Fallback, Ment, Role};
use crate::lang::Lang;
use crate::model::{Actor, Place};

/// How an event without a date of its own is dated.
pub const FALLBACK: Fallback = Fallback::Tense;
/// Sentences of the lead: an undated event there is the news of the day (the dct).
pub const LEAD: usize = 2;
/// Undated events after the lead are background whose date the text does
/// not give; they are left out (they are rarely worth an entry).
const DROP_UNDATED: bool = true;

/// Statements that, told without a date after the lead, are kept as latent
/// reports ([`super::Cand::latent`]): "Hussein al-Essi drohte, Washington und
/// London würden einen hohen Preis zahlen" and "Saree warned that the U.S.
/// and Britain would face retaliation" are one threat of the day when two
/// dispatches tell it, and background when one does.
pub const LATENT: &[&str] = &["THREATEN", "REQUEST", "ACCUSE"];
/// Dated events that give figures are kept even when no actor is named.
const KEEP_FIGURES: bool = false;
/// Events with nobody in their clause take the previous sentence's subject.
const ZERO_ANAPHORA: bool = false;
/// How a dated event with nobody named, told with a definite event noun,
/// is marked: it takes the participants of the last event of its kind told
/// in the sentences before ([`RETOLD_WITHIN`]), or is dropped.
pub const RETOLD: &str = "retold";
/// How many sentences back the event taken up may be told.
pub const RETOLD_WITHIN: usize = 3;

/// What marks a mention's role.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mk {
    /// Nothing: word order decides.
    None,
    /// `by`, `von`, `durch`, `par`, `por`.
    Agent,
    /// `on`, `against`, `auf`, `gegen`, `contre`, `contra`.
    Target,
    /// `with`, `mit`, `avec`, `con`.
    With,
    /// `between`, `zwischen`, `entre`.
    Between,
    /// Genitive or `of`.
    Gen,
    /// A place preposition.
    Loc,
    /// A support phrase.
    Support,
    /// A reporting phrase or the subject of a speech verb.
    Report,
    /// A modifier, not a participant: "pro-iranische", "Iran-backed", "die vom Iran unterstützten".
    Attr,
}

/// A segment of a sentence between punctuation.
#[derive(Debug, Clone)]
pub struct Seg {
    /// First word.
    pub a: usize,
    /// After the last word (the boundary itself is not included).
    pub b: usize,
    /// Opens with a relative pronoun or subordinator.
    pub rel: bool,
    /// Follows a hard boundary (`;`, `:`, a dash) or starts the sentence.
    pub hard: bool,
}

/// The segments of sentence `r`.
pub fn segments(doc: &Doc, r: &Range<usize>) -> Vec<Seg> {
    let mut out = Vec::new();
    let mut a = r.start;
    let mut hard = true;
    let mut i = r.start;
    while i < r.end {
        let cut = if doc.punct(i) {
            match doc.f(i) {
                "," => Some(false).filter(|_| i + 1 >= r.end || doc.words[i + 1].space_before),
                ";" | ":" | "–" | "—" => Some(true),
                "-" if doc.words[i].space_before
                    && i + 1 < r.end
                    && doc.words[i + 1].space_before =>
                {
                    Some(true)
                }
                _ => None,
            }
        } else {
            None
        };
        if let Some(h) = cut {
            if a < i {
                out.push(Seg {
                    a,
                    b: i,
                    rel: false,
                    hard,
                });
            }
            a = i + 1;
            hard = h;
        }
        i += 1;
    }
    if a < r.end {
        out.push(Seg {
            a,
            b: r.end,
            rel: false,
            hard,
        });
    }
    for (k, s) in out.iter_mut().enumerate() {
        if k > 0 && !s.hard {
            // first word (skipping quotes)
            let mut j = s.a;
            while j < s.b && doc.punct(j) {
                j += 1;
            }
            s.rel = j < s.b && doc.has(j, RELATIVE);
        }
    }
    out
}

/// Possessive determiners that take up an actor named before ("their
/// positions", "leurs positions", "sus posiciones", "ihre Stellungen").
const POSSESSIVE: &[(Lang, &[&str])] = &[
    (Lang::En, &["their", "its"]),
    (Lang::De, &["ihre", "seine", "deren", "dessen"]),
    (Lang::Fr, &["leurs", "leur", "ses", "sa", "son"]),
    (Lang::Es, &["sus", "su"]),
];
/// Weapons and fighters whose owner strikes with them ("drones des FSR").
const FORCE_NOUNS: &[(Lang, &[&str])] = &[
    (
        Lang::En,
        &[
            "drones",
            "drone",
            "fighters",
            "troops",
            "soldiers",
            "jets",
            "warplanes",
            "forces",
            "gunmen",
            "attackers",
            "assailants",
        ],
    ),
    (
        Lang::De,
        &[
            "drohnen",
            "kampfer",
            "truppen",
            "soldaten",
            "kampfjets",
            "kampfflugzeuge",
            "einheiten",
            "krafte",
            "angreifer",
        ],
    ),
    (
        Lang::Fr,
        &[
            "drones",
            "drone",
            "combattants",
            "troupes",
            "soldats",
            "avions",
            "forces",
            "hommes",
            "assaillants",
            "attaquants",
        ],
    ),
    (
        Lang::Es,
        &[
            "drones",
            "dron",
            "combatientes",
            "tropas",
            "soldados",
            "aviones",
            "fuerzas",
            "milicianos",
            "atacantes",
            "asaltantes",
        ],
    ),
];
/// What an attack hits of an armed group: its positions, bases, fighters.
const HELD: &[(Lang, &[&str])] = &[
    (
        Lang::En,
        &[
            "positions",
            "bases",
            "targets",
            "strongholds",
            "fighters",
            "sites",
            "facilities",
            "hideouts",
        ],
    ),
    (
        Lang::De,
        &[
            "stellungen",
            "stutzpunkte",
            "ziele",
            "hochburgen",
            "kampfer",
            "einrichtungen",
            "verstecke",
        ],
    ),
    (
        Lang::Fr,
        &[
            "positions",
            "bases",
            "cibles",
            "bastions",
            "combattants",
            "sites",
            "installations",
            "repaires",
        ],
    ),
    (
        Lang::Es,
        &[
            "posiciones",
            "bases",
            "objetivos",
            "bastiones",
            "combatientes",
            "instalaciones",
            "escondites",
        ],
    ),
];

/// Weapons and strikes that a nationality adjective after them (French,
/// Spanish) names the user of: "missiles russes", "drones israelíes" (and
/// "air" between strike and adjective: "frappes aériennes israéliennes").
const WEAPONS: &[(Lang, &[&str])] = &[
    (
        Lang::Fr,
        &[
            "missiles",
            "missile",
            "frappes",
            "frappe",
            "bombardements",
            "bombardement",
            "drones",
            "drone",
            "roquettes",
            "obus",
            "tirs",
            "raids",
            "raid",
            "avions",
            "chasseurs",
            // "frappes aériennes israéliennes"
            "aeriennes",
            "aerienne",
        ],
    ),
    (
        Lang::Es,
        &[
            "misiles",
            "misil",
            "ataques",
            "ataque",
            "bombardeos",
            "bombardeo",
            "drones",
            "dron",
            "cohetes",
            "proyectiles",
            "aviones",
            "cazas",
            // "ataques aéreos israelíes"
            "aereos",
            "aereo",
            "aereas",
            "aerea",
        ],
    ),
];

fn in_table(table: &[(Lang, &[&str])], doc: &Doc, i: usize) -> bool {
    table
        .iter()
        .any(|(l, ws)| *l == doc.lang && ws.contains(&doc.f(i)))
}

/// The word where an attack's object takes up an armed group named before:
/// "bombed their positions", "frappent leurs positions", "bombardean sus
/// posiciones" (right after the verb), "Stellungen der Miliz … bombardiert"
/// (a group noun in the genitive, German verb-final). Returns the word the
/// antecedent must precede.
fn anaphoric_object(doc: &Doc, f: &Found, clause: &Range<usize>) -> Option<usize> {
    // possessives may be listed as articles: look at the first two words
    if let Some(j) = (f.b..(f.b + 2).min(clause.end.saturating_sub(1)))
        .find(|&j| in_table(POSSESSIVE, doc, j) && in_table(HELD, doc, j + 1))
    {
        return Some(j);
    }
    if doc.lang == Lang::De {
        let named_at = |w: usize| {
            let p = doc.ments.partition_point(|m| m.ws < w);
            doc.ments.get(p).is_some_and(|m| m.ws == w)
        };
        return (clause.start..f.a).find(|&k| {
            in_table(HELD, doc, k)
                && (k > clause.start && in_table(POSSESSIVE, doc, k - 1)
                    || k + 2 < f.a
                        && doc.is(k + 1, &["der", "des"])
                        && doc.has(k + 2, GROUP)
                        && !named_at(k + 2))
        });
    }
    None
}

/// A mention with what the sentence says about it.
#[derive(Debug, Clone)]
struct MInfo {
    m: Ment,
    mk: Mk,
    /// Listed with the previous mention (`X, Y und Z`).
    list_prev: Option<usize>,
    /// A lower-case single word (an adjective: `israelische`, `Russian` is not).
    adj: bool,
    /// Segment index.
    seg: usize,
}

/// Whether the words ending at `i` (skipping apostrophes and hyphens) are `ph`.
fn ends_with(doc: &Doc, i: usize, lo: usize, ph: &[&str]) -> bool {
    let mut k = i as isize;
    for p in ph.iter().rev() {
        while k >= lo as isize
            && doc.punct(k as usize)
            && matches!(doc.f(k as usize), "'" | "’" | "-")
        {
            k -= 1;
        }
        if k < lo as isize || doc.f(k as usize) != *p {
            return false;
        }
        k -= 1;
    }
    true
}

/// The marker before a mention starting at word `ws`; `lo` bounds the look-back.
fn marker(doc: &Doc, ws: usize, lo: usize, trig_at: &dyn Fn(usize) -> bool) -> Mk {
    let w = words(doc.lang);
    let mut i = ws;
    let mut steps = 0;
    while i > lo && steps < 6 {
        i -= 1;
        steps += 1;
        if doc.punct(i) {
            if matches!(doc.f(i), "-" | "‐") && i == ws - 1 && i > lo && doc.f(i - 1) == "pro" {
                return Mk::Attr; // "pro-iranische"
            }
            if matches!(doc.f(i), "(" | "„" | "“" | "\"" | "«" | "'" | "’" | "-") {
                continue;
            }
            return Mk::None;
        }
        if trig_at(i) {
            return Mk::None;
        }
        let f = doc.f(i);
        // a relative pronoun opens the mention's clause: "a la que la junta
        // acusa" (the junta is the subject, not the place of "a")
        if doc.lang != Lang::De
            && matches!(
                f,
                "que" | "quien" | "quienes" | "qui" | "dont" | "which" | "who" | "whom"
            )
        {
            return Mk::None;
        }
        let phrase_end = doc.has(i, PHRASE_END);
        for ph in w.support_before.iter().filter(|_| phrase_end) {
            if ends_with(doc, i, lo, ph) {
                return Mk::Support;
            }
        }
        for ph in w.according.iter().filter(|_| phrase_end) {
            if *ph == ["so"] {
                // "…, so Moskau": `so` right after a comma or quote
                if f == "so" && i > 0 && doc.punct(i - 1) && steps <= 2 {
                    return Mk::Report;
                }
                continue;
            }
            if ph.len() > 0 && ph[0] != "zufolge" && ends_with(doc, i, lo, ph) {
                return Mk::Report;
            }
        }
        // a German attribute before the name: "der mit ihr verbündeten
        // Hamas", "die von ihm geführte Miliz": its preposition governs the
        // pronoun, not the name
        if doc.lang == Lang::De
            && doc.has(i, AGENT | TARGET | WITH)
            && i + 1 < ws
            && doc.is(i + 1, &["ihr", "ihm", "ihnen", "ihn", "uns"])
        {
            continue;
        }
        // "rejected accusations by Sudan's government": whose accusations
        // they are, not the agent of a passive
        if doc.lang == Lang::En
            && f == "by"
            && i > lo
            && doc.is(
                i - 1,
                &[
                    "accusations",
                    "accusation",
                    "allegations",
                    "allegation",
                    "claims",
                    "claim",
                    "charges",
                    "calls",
                    "demands",
                    "threats",
                    "criticism",
                    "statement",
                    "statements",
                ],
            )
        {
            return Mk::Gen;
        }
        if doc.has(i, AGENT) {
            return Mk::Agent;
        }
        if doc.has(i, BETWEEN) {
            return Mk::Between;
        }
        if doc.has(i, TARGET) {
            return Mk::Target;
        }
        if doc.has(i, WITH) {
            return Mk::With;
        }
        // French "et des soldats", "ou du": after a conjunction or a comma
        // `des`/`du` is a plural or partitive article, not "of the"
        // (and so it is at the start of a sentence or of a clause: "Des
        // hommes armés ont attaqué", "Selon la police, des rebelles ont pris")
        if doc.lang == Lang::Fr
            && matches!(f, "des" | "du")
            && (i == lo
                || doc.words[i].cap
                || doc.has(i - 1, AND)
                || doc.punct(i - 1) && doc.f(i - 1) == ",")
        {
            continue;
        }
        if doc.has(i, GENITIVE) {
            // German `der`/`des` is a genitive after a noun, an article elsewhere
            if doc.lang == Lang::De {
                let prev_noun =
                    i > 0 && !doc.punct(i - 1) && doc.words[i - 1].cap && !doc.has(i - 1, ARTICLE);
                // "nach Angaben der Vereinten Nationen": whose account it is
                if prev_noun
                    && w.according
                        .iter()
                        .any(|ph| ph.len() > 1 && ends_with(doc, i - 1, lo, ph))
                {
                    return Mk::Report;
                }
                // "mit Hilfe russischer Kräfte des Afrikakorps": the forces
                // of a supporter support
                // (past the adjective of a state, itself a mention: the
                // look-back does not stop at it)
                let back = i.saturating_sub(6);
                if prev_noun
                    && in_table(FORCE_NOUNS, doc, i - 1)
                    && (i.saturating_sub(3)..i - 1).any(|k| {
                        !doc.punct(k)
                            && w.support_before
                                .iter()
                                .any(|ph| ends_with(doc, k, back, ph))
                    })
                {
                    return Mk::Support;
                }
                // "mit Unterstützung der USA", "mit Hilfe der Türkei"
                if prev_noun
                    && w.support_before
                        .iter()
                        .any(|ph| ends_with(doc, i - 1, lo, ph))
                {
                    return Mk::Support;
                }
                if prev_noun {
                    return Mk::Gen;
                }
                continue;
            }
            // "Cientos de manifestantes", "des milliers de manifestants",
            // "hundreds of protesters": a number word is no head
            if i > 0
                && doc.is(
                    i - 1,
                    &[
                        "cientos",
                        "miles",
                        "decenas",
                        "centenares",
                        "millares",
                        "centaines",
                        "milliers",
                        "dizaines",
                        "hundreds",
                        "thousands",
                        "dozens",
                        "scores",
                    ],
                )
            {
                return Mk::None;
            }
            // "par les rebelles du M23": the marker of the head noun
            if steps <= 2
                && i > lo + 1
                && !doc.punct(i - 1)
                && !doc.words[i - 1].cap
                && !doc.has(i - 1, ARTICLE)
            {
                let head = marker(doc, i - 1, lo, trig_at);
                if matches!(
                    head,
                    Mk::Agent | Mk::Target | Mk::With | Mk::Between | Mk::Support | Mk::Report
                ) {
                    return head;
                }
                // "la milicia de Hezbolá", "le mouvement du M23": the group
                // noun names the group itself, which takes its place
                if head == Mk::None && doc.has(i - 1, GROUP) {
                    return Mk::None;
                }
            }
            return Mk::Gen;
        }
        if doc.has(i, LOCATIVE) {
            return Mk::Loc;
        }
        if doc.has(i, ARTICLE) {
            continue;
        }
        if !doc.words[i].cap || doc.words[i].kind == crate::text::TokenKind::Number {
            continue; // an adjective or a number
        }
        if i + 1 == ws && doc.lang == Lang::De {
            continue; // a title or descriptor before a name: "Gruppe HTS", "Bewegung Hisbollah"
        }
        return Mk::None; // another noun
    }
    Mk::None
}

/// Whether the locative that marks the mention at `ws` is Spanish "a"/"al"
/// (the first locative within the few words [`marker`] looks back over).
fn personal_a(doc: &Doc, ws: usize, lo: usize) -> bool {
    if doc.lang != Lang::Es {
        return false;
    }
    let mut i = ws;
    let mut steps = 0;
    while i > lo && steps < 6 {
        i -= 1;
        steps += 1;
        if doc.punct(i) {
            return false;
        }
        if doc.has(i, LOCATIVE) {
            return doc.is(i, &["a", "al"]);
        }
    }
    false
}

/// Where the charge of an accusation begins: "de"/"d'"/"of" before an
/// infinitive or gerund ("de haber ayudado", "d'avoir aidé", "of helping").
fn charge_at(doc: &Doc, from: usize, to: usize) -> Option<usize> {
    (from..to.saturating_sub(1)).find(|&k| {
        if doc.punct(k + 1) {
            return false;
        }
        let w = doc.f(k + 1);
        match (doc.lang, doc.f(k)) {
            (Lang::Es, "de") => w == "haber" || w.len() > 3 && infinitive_ending(Lang::Es, w),
            (Lang::Fr, "de" | "d") => {
                matches!(w, "avoir" | "etre") || w.len() > 3 && infinitive_ending(Lang::Fr, w)
            }
            (Lang::En, "of") => w.len() > 4 && w.ends_with("ing"),
            _ => false,
        }
    })
}

/// A French or Spanish infinitive by its ending ("soutenir", "apoyar").
fn infinitive_ending(lang: Lang, w: &str) -> bool {
    match lang {
        Lang::Fr => w.ends_with("er") || w.ends_with("ir") || w.ends_with("re"),
        Lang::Es => w.ends_with("ar") || w.ends_with("er") || w.ends_with("ir"),
        Lang::En | Lang::De => false,
    }
}

/// Nouns of a proposal around a truce noun.
const PROPOSAL: &[&str] = &[
    "propuesta",
    "propuestas",
    "proposition",
    "propositions",
    "proposal",
    "proposals",
    "plan",
    "projet",
    "vorschlag",
    "offer",
    "oferta",
    "offre",
    "angebot",
];

/// Whether the trigger `f` is what a proposal proposes: a proposal noun up
/// to three words before it ("propuesta de tregua", "Vorschlag für eine
/// Waffenruhe") or right after it ("ceasefire proposal").
fn proposed(doc: &Doc, f: &Found, r: &Range<usize>) -> bool {
    let lo = f.a.saturating_sub(3).max(r.start);
    let before = (lo..f.a).any(|j| doc.is(j, PROPOSAL)) && !(lo..f.a).any(|j| doc.punct(j));
    let after = f.b < r.end && doc.is(f.b, PROPOSAL);
    before || after
}

/// Whether the event word at `at` names a state its subject is in: "under
/// (house) arrest", "bajo arresto".
fn in_state_of(doc: &Doc, at: usize, lo: usize) -> bool {
    (at.saturating_sub(2).max(lo)..at).any(|j| doc.is(j, &["under", "unter", "sous", "bajo"]))
}

/// The prepositions of [`days_from_governor`]'s phrases.
const GOVERNING: &[&str] = &[
    "de", "d", "du", "des", "del", "of", "nach", "vor", "after", "before",
];

/// Days from the event a noun names to the day of the phrase governing it:
/// "au lendemain d'affrontements", "a day after the clashes", "un día
/// después de los enfrentamientos", "einen Tag nach den Gefechten" (1); "à
/// la veille du sommet", "a day before the vote", "la víspera de",
/// "einen Tag vor" (-1). `None` when no such phrase ends right before word
/// `at` (after an article, an apostrophe or one adjective); else the days
/// and where the phrase's preposition is.
pub(crate) fn days_from_governor(doc: &Doc, at: usize, lo: usize) -> Option<(i64, usize)> {
    // back over an article, an elision mark and one modifier: a name or
    // nationality ("a day after Russian strikes"), a German adjective
    // ("nach schweren Gefechten"), a common adjective of fighting ("de
    // violents affrontements")
    let modifier = |j: usize| {
        doc.words[j].cap && j > lo && !doc.punct(j - 1)
            || doc.lang == Lang::De && doc.f(j).ends_with("en") && doc.words[at].cap
            || doc.is(
                j,
                &[
                    "violents",
                    "violentes",
                    "intenses",
                    "nouveaux",
                    "nouvelles",
                    "heavy",
                    "deadly",
                    "fierce",
                    "new",
                    "violentos",
                    "violentas",
                    "intensos",
                    "nuevos",
                    "fuertes",
                    "duros",
                ],
            )
    };
    // English: any word before a noun ("a day after rebel attacks") but a verb
    let loose = |j: usize| {
        doc.lang == Lang::En && {
            let w = doc.f(j);
            !w.ends_with("ed") && doc.trigger_candidates(j).is_empty() && !doc.has(j, SPEECH)
        }
    };
    let mut k = at;
    let mut skipped_word = false;
    loop {
        if k <= lo {
            return None;
        }
        let j = k - 1;
        // a name as the modifier ("a day after M23 attacks")
        // (mentions are sorted and do not overlap: the one ending at `k` starts last before it)
        let name = (!skipped_word)
            .then(|| {
                let p = doc.ments.partition_point(|m| m.ws < k);
                p.checked_sub(1).map(|p| &doc.ments[p])
            })
            .flatten()
            .filter(|m| m.we == k && m.ws >= lo);
        if doc.punct(j) && matches!(doc.f(j), "'" | "’") || doc.has(j, ARTICLE) {
            k = j;
        } else if let Some(m) = name {
            skipped_word = true;
            k = m.ws;
        } else if !skipped_word
            && !doc.punct(j)
            && !doc.is(j, GOVERNING)
            && (modifier(j) || loose(j))
        {
            skipped_word = true;
            k = j;
        } else {
            break;
        }
    }
    // the preposition and the governing phrase before it
    let p = k.checked_sub(1).filter(|&p| p >= lo)?;
    // right after "after" or "nach", a verb is adverbial "the day before"
    // ("whose attack the day before triggered the war"): a noun only
    if k == at {
        let w = doc.f(at);
        let noun = match doc.lang {
            Lang::En => w.ends_with('s') && !w.ends_with("ss"),
            Lang::De => doc.words[at].cap,
            _ => true,
        };
        if !noun {
            return None;
        }
    }
    let g = |n: usize| p.checked_sub(n).filter(|&x| x >= lo);
    let one_day = |i: Option<usize>| {
        i.is_some_and(|i| doc.is(i, &["a", "one", "the", "un", "einen", "am", "el", "le"]))
    };
    let n = match doc.lang {
        Lang::Fr if doc.is(p, &["de", "d", "du", "des"]) => {
            let w = g(1)?;
            if doc.is(w, &["lendemain"]) {
                Some(1)
            } else if doc.is(w, &["veille"]) {
                Some(-1)
            } else {
                None
            }
        }
        // "a day after/before", "einen Tag nach/vor"
        Lang::En | Lang::De => {
            let (after, before, day) = if doc.lang == Lang::En {
                ("after", "before", "day")
            } else {
                ("nach", "vor", "tag")
            };
            let sign = if doc.is(p, &[after]) {
                1
            } else if doc.is(p, &[before]) {
                -1
            } else {
                return None;
            };
            (doc.is(g(1)?, &[day]) && one_day(g(2))).then_some(sign)
        }
        Lang::Es if doc.is(p, &["de", "del"]) => {
            let w = g(1)?;
            if doc.is(w, &["despues"]) && doc.is(g(2)?, &["dia"]) && one_day(g(3)) {
                Some(1)
            } else if doc.is(w, &["antes"]) && doc.is(g(2)?, &["dia"]) && one_day(g(3)) {
                Some(-1)
            } else if doc.is(w, &["siguiente"]) && doc.is(g(2)?, &["dia"]) {
                Some(1)
            } else if doc.is(w, &["vispera"]) {
                Some(-1)
            } else {
                None
            }
        }
        _ => None,
    };
    n.map(|n| (n, p))
}

/// Whether the event noun at `at` closes "after (more than) a year of …"
/// ("nach mehr als einem Jahr gegenseitiger Angriffe", "after 13 years of
/// war", "après plus d'un an de combats", "tras trece años de guerra"):
/// within six words before it, "after" and then a span of time.
fn after_years_of(doc: &Doc, at: usize, lo: usize) -> bool {
    let from = at.saturating_sub(6).max(lo);
    let Some(k) = (from..at).find(|&i| doc.is(i, &["nach", "after", "apres", "tras", "despues"]))
    else {
        return false;
    };
    (k + 1..at).any(|i| {
        doc.is(
            i,
            &[
                "jahr",
                "jahre",
                "jahren",
                "jahres",
                "year",
                "years",
                "an",
                "ans",
                "annee",
                "annees",
                "ano",
                "anos",
                "monat",
                "monate",
                "monaten",
                "month",
                "months",
                "mois",
                "mes",
                "meses",
                "woche",
                "wochen",
                "week",
                "weeks",
                "semaine",
                "semaines",
                "semana",
                "semanas",
                "jahrzehnt",
                "jahrzehnten",
                "decade",
                "decades",
                "decennie",
                "decennies",
                "decada",
                "decadas",
            ],
        )
    })
}

/// Whether the last relative pronoun before the event word `at` in the
/// clause from `lo` ("who", "which", "qui", "quien", "quienes": the
/// unambiguous ones) follows a common noun directly: "people who had fled",
/// "des civils qui fuyaient". Its subject is then that noun, not an actor.
fn common_noun_antecedent(doc: &Doc, lo: usize, at: usize, infos: &[MInfo]) -> bool {
    let Some(k) = (lo..at).rev().find(|&i| {
        matches!(
            (doc.lang, doc.f(i)),
            (Lang::En, "who" | "which") | (Lang::Fr, "qui") | (Lang::Es, "quien" | "quienes")
        )
    }) else {
        return false;
    };
    k > 0 && {
        let p = k - 1;
        !doc.punct(p)
            && !doc.words[p].cap
            && doc.words[p].kind == crate::text::TokenKind::Word
            && !infos.iter().any(|m| m.m.ws <= p && p < m.m.we)
    }
}

/// Soldiers named by a bare noun as the subject of their own clause ("and
/// hundreds of troops handed over their arms"): the army named before them.
const SOLDIER_NOUNS: &[&str] = &[
    "troops",
    "soldiers",
    "truppen",
    "soldaten",
    "troupes",
    "soldats",
    "militaires",
    "tropas",
    "soldados",
    "militares",
];

/// The army the soldiers of a bare noun subject ([`SOLDIER_NOUNS`]) before
/// the event word `f` in clause `seg` belong to: the military actor named
/// last before that noun in sentence `r`, when no actor stands between the
/// noun and the event word. Its mention may lie under a shorter one the
/// rules keep ("Congolese" in "Congolese soldiers"), so the actors' own
/// mentions are searched.
fn soldiers_subject(
    doc: &Doc,
    r: &Range<usize>,
    seg: &Seg,
    f: &Found,
    infos: &[MInfo],
    actors: &[Actor],
) -> Option<usize> {
    let i = (seg.a..f.a)
        .find(|&i| doc.is(i, SOLDIER_NOUNS) && !infos.iter().any(|m| m.m.ws <= i && i < m.m.we))?;
    if infos
        .iter()
        .any(|m| m.m.ws > i && m.m.we <= f.a && m.mk == Mk::None)
    {
        return None;
    }
    let (from, to) = (doc.words[r.start].s, doc.words[i].s);
    let id = doc.view.id;
    actors
        .iter()
        .enumerate()
        .filter(|(_, a)| a.kind == "military")
        .filter_map(|(ai, a)| {
            a.mentions
                .iter()
                .filter(|m| m.doc == id && m.start >= from && m.end <= to)
                .map(|m| m.end)
                .max()
                .map(|end| (end, ai))
        })
        .max()
        .map(|(_, ai)| ai)
}

const NONSTATE_GROUP: &[&str] = &[
    "movement",
    "group",
    "militia",
    "mouvement",
    "groupe",
    "milice",
    "movimiento",
    "grupo",
    "milicia",
    "guerrilla",
    "bewegung",
    "gruppe",
    "miliz",
];

/// Whether the words between two mentions make a list (`X, Y und Z`).
fn listed(doc: &Doc, a_end: usize, b_start: usize, trig_at: &dyn Fn(usize) -> bool) -> bool {
    if b_start < a_end || b_start - a_end > 8 {
        return false;
    }
    let mut joined = false;
    for i in a_end..b_start {
        if trig_at(i) {
            return false;
        }
        let f = doc.f(i);
        if doc.punct(i) {
            if f == "," {
                joined = true;
                continue;
            }
            if matches!(f, "'" | "’" | "-" | "(" | ")") {
                continue;
            }
            return false;
        }
        if doc.has(i, AND)
            || matches!(
                f,
                "sowie"
                    | "darunter"
                    | "including"
                    | "notamment"
                    | "incluidos"
                    | "dont"
                    | "entre"
                    | "ainsi"
                    | "que"
                    | "as"
                    | "well"
            )
        {
            joined = true;
            continue;
        }
        if doc.has(i, ARTICLE) || !doc.words[i].cap || i + 1 == b_start {
            continue; // articles, adjectives, a descriptor right before the name
        }
        return false;
    }
    joined
}

/// Whether a warning at `f` tells a fact: its "that"-clause ("that",
/// "que", "de que", "dass") says nothing of what will or would come, or
/// of a condition ("warned that 12 million people have been displaced").
/// A warning of what may come ("warned that arming Kyiv would make NATO a
/// party") or without such a clause ("warned Israel against") stays a threat.
fn warns_of_a_fact(doc: &Doc, f: &Found, r: &Range<usize>) -> bool {
    let Some(c) = (f.b..(f.b + 6).min(r.end)).find(|&i| doc.is(i, THAT)) else {
        return false;
    };
    let coming = |i: usize| {
        let w = doc.f(i);
        let l = doc.l(i);
        match doc.lang {
            Lang::En => matches!(
                w,
                "will" | "would" | "could" | "might" | "may" | "if" | "unless" | "going" | "wo"
            ),
            Lang::De => {
                matches!(
                    w,
                    "werde"
                        | "werden"
                        | "wurde"
                        | "wurden"
                        | "wenn"
                        | "falls"
                        | "konnte"
                        | "konnten"
                ) && (w != "wurde" && w != "wurden" || l.starts_with("wü"))
            }
            Lang::Fr => {
                matches!(w, "si" | "pourrait" | "pourraient" | "sera" | "va" | "vont")
                    || ["rait", "raient", "ront", "era", "ira"]
                        .iter()
                        .any(|e| w.ends_with(e))
            }
            Lang::Es => {
                matches!(w, "si" | "podria" | "podrian")
                    || ["rá", "rán", "ría", "rían"].iter().any(|e| l.ends_with(e))
            }
        }
    };
    !(c + 1..r.end).any(coming)
}

/// Whether a mention ending at `we` speaks the clause the word at `at` is
/// told in: "that", "que", "dass" after a verb of speech or of a
/// statement between them ("The UN warned on Wednesday that …"); not a
/// relative pronoun right after the mention or a comma ("El M23, que lanzó
/// una ofensiva", "fighters that launched the attack").
fn told_in_clause(doc: &Doc, we: usize, at: usize, said: &dyn Fn(usize) -> bool) -> bool {
    (we + 1..at).any(|c| {
        doc.is(c, THAT) && !doc.punct(c - 1) && (we..c).any(|j| doc.has(j, SPEECH) || said(j))
    })
}

/// Whether the "that"-clause between a mention ending at `we` and a verb at
/// `verb` opens with a noun phrase of its own (an article, not a
/// possessive, after "que", "that", "dass"): "aseguró que las tropas
/// recuperaron".
fn own_subject_after_that(doc: &Doc, we: usize, verb: usize) -> bool {
    (we + 1..verb).any(|c| {
        doc.is(c, THAT)
            && c + 1 < verb
            && doc.is(
                c + 1,
                &[
                    "the", "a", "an", "el", "la", "los", "las", "le", "les", "des", "un", "une",
                    "der", "die", "das", "den", "ein", "eine",
                ],
            )
    })
}

/// Whether word `at` is a relative pronoun that is the subject of the
/// verb at `verb`, right before it or with one word between (an adverb, an
/// auxiliary): "que entró", "qui a pris", "who seized", "that attacked".
/// German relatives close their clause with the verb, and French "que" is
/// an object: neither.
fn subject_relative(doc: &Doc, at: usize, verb: usize) -> bool {
    const SUBJECT: &[&str] = &["who", "which", "that", "qui", "que"];
    at < verb
        && verb - at <= 2
        && doc.is(at, SUBJECT)
        && !(doc.lang == Lang::Fr && doc.is(at, &["que"]))
        && doc.lang != Lang::De
        && (at + 1..verb).all(|j| {
            !doc.punct(j) && !doc.has(j, ARTICLE) && !doc.has(j, PRONOUN) && !doc.words[j].cap
        })
        // (nor a name that starts with a digit: "which 3R signed")
        && doc
            .ments
            .get(doc.ments.partition_point(|m| m.ws <= at))
            .is_none_or(|m| m.ws >= verb)
}

/// English "as" opening a clause of its own ("Families fled as Syrian
/// forces clashed with HTS"), not "such as", "as well as", "known as".
fn as_clause(doc: &Doc, j: usize) -> bool {
    doc.lang == Lang::En
        && doc.f(j) == "as"
        && j > 0
        && !doc.punct(j - 1)
        && !doc.is(
            j - 1,
            &[
                "such",
                "well",
                "known",
                "same",
                "so",
                "just",
                "as",
                "much",
                "soon",
                "long",
                "far",
                "seen",
                "described",
                "used",
                "served",
                "acted",
                "designated",
            ],
        )
        && !doc.is(
            j + 1,
            &[
                "well", "a", "an", "part", "of", "many", "much", "far", "long", "soon",
            ],
        )
}

/// Where a relative pronoun after mention `m` would stand: right after it,
/// or past an apposition set off by commas when `m` names a person ("said
/// Clementine Nkweta-Salami, the U.N. humanitarian coordinator for Sudan,
/// who called it …"). The apposition is a short noun phrase: no verb of
/// speech, no other relative pronoun, nothing but words and one pair of
/// commas before the verb at `verb`.
fn relative_after(doc: &Doc, m: &MInfo, actors: &[Actor], verb: usize) -> usize {
    let we = m.m.we;
    let person = actors.get(m.m.id).is_some_and(|a| a.kind == "person");
    if !(person && we < verb && doc.punct(we) && doc.f(we) == ",") {
        return we;
    }
    // (the dots of "U.N." are no end)
    let Some(close) = (we + 1..verb.min(we + 16))
        .find(|&j| doc.punct(j) && !matches!(doc.f(j), "." | "-" | "'" | "’"))
    else {
        return we;
    };
    let plain = doc.has(we + 1, ARTICLE) && (we + 1..close).all(|j| !doc.has(j, SPEECH | RELATIVE));
    if plain && doc.f(close) == "," && close + 1 < verb {
        close + 1
    } else {
        we
    }
}

/// Words after which a name is the one fought, not helped (folded):
/// "to fight", "against", "bekämpfen", "contre", "combatir".
const FOUGHT: &[&str] = &[
    "fight",
    "fighting",
    "combat",
    "combating",
    "combatting",
    "counter",
    "against",
    "bekampfen",
    "bekampfung",
    "gegen",
    "combattre",
    "contre",
    "lutter",
    "combatir",
    "contra",
    "luchar",
];

/// Whether mention `m` is the antecedent of the subject relative pronoun
/// of the verb at `verb` ([`relative_after`], [`subject_relative`]).
fn antecedent_subject(doc: &Doc, m: &MInfo, actors: &[Actor], verb: usize) -> bool {
    subject_relative(doc, relative_after(doc, m, actors, verb), verb)
}

/// Spanish relative clauses put the subject after the verb: "los rehenes
/// que liberó Hamás", "la ciudad que tomaron los rebeldes". The start of
/// the mention right after the verb at `f` (past an article) when the verb
/// agrees in number with it and not with the noun before "que" (a
/// capitalised name counts as one, a lower-case noun as many when it ends
/// in -s). None when both or neither agree: "los milicianos que atacaron
/// Israel" keeps its order.
fn es_subject_after_relative_verb(doc: &Doc, f: &Found, infos: &[MInfo]) -> Option<usize> {
    if doc.lang != Lang::Es || f.a < 3 || !doc.is(f.a - 1, &["que"]) || doc.punct(f.a - 2) {
        return None;
    }
    let x = f.a - 2;
    // the word before "que" ends a noun phrase: an actor's name, or a noun
    // after an article ("la ciudad", "la populosa ciudad"), not a verb of speech
    let noun_phrase = !doc.has(x, SPEECH)
        && (infos.iter().any(|m| m.m.we == x + 1)
            || (x.saturating_sub(2)..x).any(|j| doc.has(j, ARTICLE)));
    if !noun_phrase {
        return None;
    }
    let y = infos
        .iter()
        .find(|m| m.m.ws == f.b || m.m.ws == f.b + 1 && doc.has(f.b, ARTICLE))?;
    let v = doc.f(f.a);
    let v_many = v.ends_with("ron") || v.ends_with("an") || v.ends_with("en");
    let v_one = !v_many && (v.ends_with('o') || v.ends_with('a') || v.ends_with('e'));
    if !v_many && !v_one {
        return None;
    }
    let many = |w: usize| !doc.words[w].cap && doc.f(w).ends_with('s');
    let (x_agrees, y_agrees) = (many(x) == v_many, many(y.m.we - 1) == v_many);
    (y_agrees && !x_agrees).then_some(y.m.ws)
}

/// Whether the mention ending at `we` modifies what follows: "Iran-backed",
/// "Hamas-led", "vom Iran unterstützten Huthis".
fn modifier_after(doc: &Doc, we: usize, end: usize) -> bool {
    if we + 1 < end
        && doc.punct(we)
        && matches!(doc.f(we), "-" | "‐")
        && !doc.words[we].space_before
    {
        let f = doc.f(we + 1);
        // German "US-geführte", "Iran-nahe" (lower case: not a compound noun)
        if doc.lang == Lang::De && !doc.words[we + 1].cap {
            return DE_MODIFIER_PARTICIPLES.iter().any(|p| f.starts_with(p))
                || f.starts_with("nah") && f.len() <= 6;
        }
        return matches!(
            f,
            "backed"
                | "led"
                | "linked"
                | "allied"
                | "supported"
                | "controlled"
                | "held"
                | "aligned"
                | "affiliated"
                | "run"
                | "based"
                | "friendly"
        );
    }
    if doc.lang == Lang::De
        && we + 1 < end
        && !doc.punct(we)
        && !doc.punct(we + 1)
        && doc.words[we + 1].cap
    {
        let f = doc.f(we);
        return DE_MODIFIER_PARTICIPLES.iter().any(|p| f.starts_with(p)) && f.len() > 6;
    }
    false
}

/// German participles that make the name before them a modifier ("von
/// Ruanda unterstützte", "US-geführte"), as folded stems.
const DE_MODIFIER_PARTICIPLES: &[&str] = &[
    "unterstutzt",
    "gefuhrt",
    "angefuhrt",
    "kontrolliert",
    "gehalten",
    "dominiert",
    "gestutzt",
    "gefordert",
    "vermittelt",
    "verbundet",
    "nahestehend",
];

/// Whether the mention ending at `we` holds what follows: "Houthi-controlled
/// Yemen", "rebel-held areas".
fn held_by(doc: &Doc, we: usize, end: usize) -> bool {
    we + 1 < end
        && doc.punct(we)
        && matches!(doc.f(we), "-" | "‐")
        && !doc.words[we].space_before
        && matches!(doc.f(we + 1), "controlled" | "held")
}

/// Finds the speakers: mentions next to a speech verb, or after a
/// reporting phrase. Returns mention indices, and whether the sentence reports.
fn speakers(
    doc: &Doc,
    r: &Range<usize>,
    infos: &mut [MInfo],
    trig_at: &dyn Fn(usize) -> bool,
) -> bool {
    let mut reported = infos.iter().any(|m| m.mk == Mk::Report);
    for i in r.clone() {
        if doc.punct(i) {
            continue;
        }
        let f = doc.f(i);
        // "Kanyuka zufolge"
        if f == "zufolge" {
            reported = true;
            if let Some(m) = infos
                .iter_mut()
                .rev()
                .find(|m| m.m.we <= i && i - m.m.we <= 1)
            {
                m.mk = Mk::Report;
            }
            continue;
        }
        let speech = doc.has(i, SPEECH)
            || doc.lang == Lang::De && f == "teilte"
            || doc.lang == Lang::De && f == "hiess";
        if !speech || trig_at(i) {
            continue;
        }
        reported = true;
        // inverted after a comma or quote: the speaker follows
        let mut k = i;
        while k > r.start
            && doc.punct(k - 1)
            && matches!(doc.f(k - 1), "„" | "“" | "”" | "\"" | "»" | "«")
        {
            k -= 1;
        }
        // (the stop of a name's abbreviation is no boundary: "The U.N. said";
        // nor a bracket closing the subject's acronym: "The Congolese army
        // (FARDC) said it had pushed the rebels back")
        let inverted = k > r.start
            && doc.punct(k - 1)
            && !matches!(doc.f(k - 1), ")" | "]")
            && !infos.iter().any(|m| m.m.ws < k - 1 && k - 1 < m.m.we)
            || k == r.start;
        let after = infos.iter().position(|m| {
            m.m.ws > i
                && m.m.ws - i <= 8
                && !(i + 1..m.m.ws).any(|j| doc.punct(j) && matches!(doc.f(j), "." | ";"))
        });
        let mut before = infos.iter().rposition(|m| {
            m.m.we <= i && i - m.m.we <= 3 && !(m.m.we..i).any(|j| boundary(doc, j))
        });
        // German perfect and pluperfect: the speaker before the auxiliary,
        // the participle at the end ("Die Vereinten Nationen hatten am
        // Samstag von mehr als 100 Toten gesprochen")
        if before.is_none() && doc.lang == Lang::De {
            if let Some(j) = (r.start..i)
                .rev()
                .find(|&j| matches!(doc.f(j), "hat" | "haben" | "hatte" | "hatten"))
            {
                if !(j..i).any(|x| boundary(doc, x)) {
                    before = infos.iter().rposition(|m| m.m.we == j);
                }
            }
        }
        // past an apposition: "The RSF, led by Mohamed Hamdan Dagalo, said …"
        if before.is_none() && i > r.start + 1 && doc.punct(i - 1) && doc.f(i - 1) == "," {
            let open = (i.saturating_sub(10).max(r.start)..i - 1)
                .rev()
                .find(|&j| doc.punct(j))
                .filter(|&j| doc.f(j) == ",");
            if let Some(c) = open {
                before = infos.iter().rposition(|m| m.m.we == c);
                if before.is_some() {
                    // the apposition's own mentions describe the speaker
                    for m in infos.iter_mut() {
                        if m.m.ws > c && m.m.we < i && matches!(m.mk, Mk::None | Mk::Agent) {
                            m.mk = Mk::Attr;
                        }
                    }
                }
            }
        }
        let pick = match (doc.lang, inverted) {
            // "X said (that) …": what follows is what was said ("said soldiers
            // had killed dozens of RSF fighters"), not who said it
            (Lang::En, false) => before,
            (_, true) => after.or(before),
            _ => before.or(after),
        };
        // "told Reuters that …": whom it was told is no party either
        if doc.lang == Lang::En && !inverted && matches!(f, "told" | "tell" | "tells") {
            if let Some(a) = after.filter(|&a| infos[a].m.ws <= i + 2) {
                if matches!(infos[a].mk, Mk::None | Mk::Gen) {
                    infos[a].mk = Mk::Report;
                }
            }
        }
        if let Some(p) = pick {
            if matches!(infos[p].mk, Mk::None | Mk::Gen) {
                infos[p].mk = Mk::Report;
                // the speaker's appositions: "die Sprecherin der russischen Diplomatie, Maria Sacharowa"
                let (lo, hi) = (infos[p].m.we, (infos[p].m.we + 8).min(r.end));
                for q in p + 1..infos.len() {
                    if infos[q].m.ws >= hi {
                        break;
                    }
                    // (not past the speech verb: "Die UN erklärten, die
                    // RSF hätten …" is what was said)
                    if infos[q].m.ws >= lo
                        && infos[q].mk == Mk::None
                        && (lo..infos[q].m.ws).any(|j| doc.f(j) == ",")
                        && !(infos[p].m.we <= i && infos[q].m.ws > i)
                    {
                        infos[q].mk = Mk::Report;
                        break;
                    }
                }
            }
        }
    }
    if doc.lang == Lang::De {
        reported |= r
            .clone()
            .any(|i| doc.has(i, SUBJUNCTIVE) && DE_SUBJUNCTIVE.contains(&doc.l(i)));
    }
    reported
}

fn place_rank(kind: &str) -> u8 {
    match kind {
        "city" | "locality" | "site" => 3,
        "region" => 2,
        _ => 1,
    }
}

/// The subject carried from one sentence to the next (actor indices).
#[derive(Debug, Clone, Copy, Default)]
pub struct Center {
    /// The source of the previous sentence's first kept event (else its
    /// first mention): the source of an event told without one.
    pub kept: Option<usize>,
    /// The same, or else the source of its first strong trigger even when
    /// that event was not kept (an undated "M. Zelensky a signé …"): whom
    /// a pronoun takes up ("Il a appelé les Occidentaux …").
    pub told: Option<usize>,
}

/// Verbs of claiming that are no verbs of speech (the [`SPEECH`] class):
/// with those, a time right after them is the claim's, not the time of the
/// event it names ([`sentence`]); folded forms.
const CLAIM_VERBS: &[&str] = &[
    "revendique",
    "revendiquee",
    "confirme",
    "signale",
    "reivindico",
    "confirmo",
    "bekannte",
    "reklamierte",
];

/// The events of sentence `si`. `center` carries the subject of the
/// previous sentence and is updated; figures that no event of the sentence
/// can carry are added to `orphans`.
pub fn sentence(
    doc: &Doc,
    si: usize,
    actors: &[Actor],
    places: &[Place],
    center: &mut Center,
    orphans: &mut Vec<crate::model::Figure>,
) -> Vec<Cand> {
    let r = doc.sents[si].clone();
    let found = triggers::find(doc, r.clone());
    let segs = segments(doc, &r);
    let seg_of = |i: usize| {
        segs.iter()
            .position(|s| s.a <= i && i < s.b)
            .unwrap_or_else(|| segs.iter().rposition(|s| s.a <= i).unwrap_or(0))
    };
    let trig_at = |i: usize| {
        found
            .iter()
            .any(|f| f.a <= i && i < f.b || f.part == Some(i))
    };
    // mentions of the sentence
    let lo = doc.ments.partition_point(|m| m.ws < r.start);
    let hi = doc.ments.partition_point(|m| m.ws < r.end);
    let mut infos: Vec<MInfo> = Vec::with_capacity(hi - lo);
    for m in &doc.ments[lo..hi] {
        if m.we > r.end {
            continue;
        }
        let seg = seg_of(m.ws);
        let bound = infos
            .last()
            .map(|p: &MInfo| p.m.we)
            .unwrap_or(r.start)
            .max(segs.get(seg).map(|s| s.a).unwrap_or(r.start));
        let mk = marker(doc, m.ws, bound, &trig_at);
        let adj = m.we - m.ws == 1 && !doc.words[m.ws].cap;
        // Spanish marks a person or group as object with "a" ("mató a X",
        // "en apoyo a su aliado X"): no place, a participant
        let mk = if mk == Mk::Loc
            && personal_a(doc, m.ws, bound)
            && actors.get(m.id).is_some_and(|a| {
                matches!(
                    a.kind.as_str(),
                    "person" | "armed_group" | "organisation" | "military" | "state" | "government"
                )
            }) {
            Mk::None
        } else {
            mk
        };
        let mk = if modifier_after(doc, m.we, r.end)
            || mk == Mk::Agent && modifier_after(doc, m.we, r.end)
        {
            Mk::Attr
        } else {
            mk
        };
        let last_real = infos.iter().rposition(|p| p.mk != Mk::Attr);
        let list_prev = last_real
            .filter(|&p| listed(doc, infos[p].m.we, m.ws, &trig_at))
            .filter(|&p| {
                // "X, Y": a list only when an "and" closes it ("X, Y und Z") or already joined X; never after a speaker
                let and_between = (infos[p].m.we..m.ws).any(|k| doc.has(k, AND));
                let and_after = (m.we..(m.we + 10).min(r.end)).any(|k| doc.has(k, AND));
                infos[p].mk != Mk::Report
                    && (and_between || and_after || infos[p].list_prev.is_some())
            });
        let mk = match (mk, list_prev) {
            (Mk::None, Some(p)) => infos[p].mk,
            (mk, _) => mk,
        };
        // "según el Observatorio (OSDH)", "by the Arakan Army (AA)": a name
        // in brackets right after a mention restates it and keeps its marker
        let mk = match infos.last() {
            Some(p)
                if mk == Mk::None
                    && p.m.id == m.id
                    && m.ws == p.m.we + 1
                    && m.ws > r.start
                    && doc.punct(m.ws - 1)
                    && doc.f(m.ws - 1) == "(" =>
            {
                p.mk
            }
            _ => mk,
        };
        infos.push(MInfo {
            m: *m,
            mk,
            list_prev,
            adj,
            seg,
        });
    }
    let reported = speakers(doc, &r, &mut infos, &trig_at);
    // list-mates of speakers speak too
    for k in 1..infos.len() {
        if let Some(p) = infos[k].list_prev {
            if infos[p].mk == Mk::Report && infos[k].mk == Mk::None {
                infos[k].mk = Mk::Report;
            }
        }
    }
    // German "der russische Präsident Wladimir Putin", "Kenias Präsident
    // William Ruto": the state names the person's office, it takes no part
    // of its own (English and the Romance languages pick the nearest name
    // before the verb); a speaker's stays with its speaker
    if doc.lang == Lang::De {
        for k in 1..infos.len() {
            let (p, m) = (&infos[k - 1], &infos[k]);
            // (an adjective or a genitive: "Am Montag warf Russland Präsident
            // Selenskyj vor" names Russia as the subject)
            let adj_or_genitive = p.adj || p.m.we == p.m.ws + 1 && doc.f(p.m.ws).ends_with('s');
            if p.mk == Mk::None
                && adj_or_genitive
                && super::relations::is_country_actor(&actors[p.m.id])
                && actors[m.m.id].kind == "person"
                && m.m.ws > p.m.we
                && m.m.ws <= p.m.we + 2
                && (p.m.we..m.m.ws).all(|j| doc.words[j].cap && !doc.punct(j))
            {
                infos[k - 1].mk = Mk::Attr;
            }
        }
    }
    // "Hamas-Chef Jahja Sinwar", "le chef du Hamas Yahya Sinwar", "el líder
    // de Hamás, Yahya Sinwar": the group names the office of the person
    // right after it and takes no part of its own
    for k in 1..infos.len() {
        let (p, m) = (&infos[k - 1], &infos[k]);
        if !matches!(p.mk, Mk::None | Mk::Gen)
            || actors[m.m.id].kind != "person"
            || actors[p.m.id].kind == "person"
            || m.m.ws < p.m.we
        {
            continue;
        }
        let (g0, g1) = (p.m.we, m.m.ws);
        let compound = doc.lang == Lang::De
            && g1 == g0 + 2
            && doc.punct(g0)
            && doc.f(g0) == "-"
            && !doc.words[g0].space_before
            && !doc.words[g0 + 1].space_before
            && doc.words[g0 + 1].cap
            && !doc.punct(g0 + 1);
        let genitive = doc.lang != Lang::De
            && (g1 == g0 || g1 == g0 + 1 && doc.punct(g0) && doc.f(g0) == ",")
            && office_of_before(doc, p.m.ws, r.start);
        if compound || genitive {
            infos[k - 1].mk = Mk::Attr;
        }
    }
    let speaker = infos.iter().find(|m| m.mk == Mk::Report).map(|m| m.m.id);

    // roles per trigger
    struct TInfo {
        roles: SmallVec<[(usize, Role); 4]>,
        negated: bool,
        clause: Range<usize>,
        how: &'static str,
    }
    let mut tinfos: Vec<TInfo> = Vec::with_capacity(found.len());
    for f in &found {
        let t = f.trigger();
        let k = seg_of(f.a);
        let seg = &segs[k];
        // the clause: the trigger's segment, to its particle, and listed segments after it
        let mut c_end = seg.b.max(f.part.map(|p| p + 1).unwrap_or(0));
        let mut kk = k + 1;
        while kk < segs.len() && segs[kk].a <= c_end + 1 && !segs[kk].hard {
            let s = &segs[kk];
            let has_m = infos.iter().any(|m| m.seg == kk);
            let others = (s.a..s.b)
                .filter(|&i| {
                    !(doc.punct(i)
                        || infos.iter().any(|m| m.m.ws <= i && i < m.m.we)
                        || doc.has(i, AND)
                        || doc.has(i, ARTICLE)
                        || doc.is(
                            i,
                            &[
                                "darunter",
                                "including",
                                "notamment",
                                "dont",
                                "incluidos",
                                "entre",
                                "ainsi",
                                "sowie",
                                "namentlich",
                                "como",
                            ],
                        ))
                })
                .count();
            let only_list = has_m && others <= 2 && !(s.a..s.b).any(|i| trig_at(i));
            // a name set off by commas after a relative clause is an
            // apposition of the clause's head noun, not its object: "El
            // líder de la alianza que entró en Damasco, Abu Mohamed al
            // Jolani, se reunió …"
            // (when a place ends the clause: not when a noun does, "qui ont
            // tué le chef du Hezbollah, Hassan Nasrallah" names the chief)
            let apposition = (seg.a..f.a).any(|j| doc.has(j, RELATIVE))
                && s.a >= 2
                && doc.pments.iter().any(|p| p.we == s.a - 1)
                && !(s.a..s.b).any(|i| doc.has(i, AND))
                && segs.get(kk + 1).is_some_and(|n| !n.hard && n.a == s.b + 1);
            if f.part.is_some_and(|p| p >= s.a) || only_list && !apposition {
                c_end = c_end.max(s.b);
                kk += 1;
            } else {
                break;
            }
        }
        // a list that began in an earlier segment ("Russlands, Irans und … Hisbollah eroberte")
        let mut c_start = seg.a;
        loop {
            let first = infos.iter().position(|m| m.m.ws >= c_start && m.m.ws < f.a);
            match first.and_then(|i| infos[i].list_prev) {
                Some(p) if infos[p].m.ws < c_start && !segs[seg_of(c_start)].hard => {
                    c_start = segs[seg_of(infos[p].m.ws)].a
                }
                _ => break,
            }
        }
        // a "when" clause with an event word of its own ends the trigger's
        // clause:
        // "47 civilians were killed when RSF fighters shelled the camp" (the
        // fighters shelled, they were not killed)
        let c_end = if doc.lang == Lang::De {
            c_end
        } else {
            (f.b..c_end)
                .find(|&j| {
                    (doc.is(
                        j,
                        &[
                            "when", "while", "cuando", "mientras", "lorsque", "lorsqu", "quand",
                        ],
                    ) || as_clause(doc, j))
                        && found.iter().any(|g| g.a > j && g.a <= j + 5)
                })
                .unwrap_or(c_end)
        };
        let clause = c_start..c_end;
        let in_clause: SmallVec<[usize; 16]> = (0..infos.len())
            .filter(|&i| infos[i].m.ws >= clause.start && infos[i].m.we <= clause.end)
            .collect();
        // passive: a participle trigger, or a passive auxiliary before the verb
        let aux_before = (clause.start..f.a)
            .rev()
            .take(if doc.lang == Lang::De { 40 } else { 4 })
            .any(|i| doc.has(i, PASSIVE_AUX))
            || doc.lang == Lang::De
                && (f.b..clause.end)
                    .take(3)
                    .any(|i| doc.is(i, &["wurde", "wurden", "worden", "werden", "wird"]));
        let has_agent = in_clause.iter().any(|&i| {
            infos[i].mk == Mk::Agent
                && !leader_of_previous(doc, &infos, i, actors)
                && !agent_of_other(doc, f, infos[i].m.ws)
        });
        let participle = t.pass || is_participle(doc, f.a);
        let passive = !t.noun
            && (t.pass && !has_agent || participle && aux_before || participle && has_agent);
        let definite_noun = t.noun && definite_before(doc, f.a, clause.start) && {
            let k = doc.times.partition_point(|x| x.ws < clause.start);
            !doc.times.get(k).is_some_and(|x| x.ws < clause.end)
        };
        let mut roles: SmallVec<[(usize, Role); 8]> = SmallVec::new();
        let mut adj_source: Option<usize> = None;
        let mut how: &'static str = "clause";
        let mut source_seen = false;
        let mut first_unmarked_before = true;
        let es_inverted = if t.noun {
            None
        } else {
            es_subject_after_relative_verb(doc, f, &infos)
        };
        // an event told in a phrase of time ("a appelé au calme, au
        // lendemain d'affrontements"): the subject before it is not its party
        let governed = days_from_governor(doc, f.a, clause.start).map(|(_, p)| p);
        for &i in &in_clause {
            let m = &infos[i];
            let before = m.m.we <= f.a;
            // "frappes de missiles russes", "ataques con misiles rusos": a
            // nationality adjective after a weapon is the attacker
            let armed_adj = t.kind == "ASSAULT"
                && m.adj
                && matches!(doc.lang, Lang::Fr | Lang::Es)
                && m.m.ws > clause.start
                && !(f.a..f.b).contains(&(m.m.ws - 1))
                && in_table(WEAPONS, doc, m.m.ws - 1);
            let role = match m.mk {
                _ if armed_adj => Some(Role::Source),
                // "les FSR du général Daglo", "the RSF of General Dagalo":
                // the group's leader names the group, he takes no part of his own
                Mk::Gen | Mk::Agent | Mk::None if leader_of_previous(doc, &infos, i, actors) => {
                    None
                }
                // "los rehenes que liberó Hamás": the name after the verb
                // acts, the noun before "que" undergoes
                Mk::None if es_inverted == Some(m.m.ws) => Some(Role::Source),
                Mk::None if es_inverted.is_some() && m.m.we + 1 == f.a => Some(Role::Target),
                // "les otages que le Hamas a libérés", "los rehenes que Hamás
                // liberó": the noun before "que" is the object when the
                // clause's subject is named between "que" and the verb
                Mk::None
                    if before
                        && !t.noun
                        && matches!(doc.lang, Lang::Fr | Lang::Es)
                        && doc.is(m.m.we, &["que", "qu"])
                        // (not an indirect object before a complement
                        // clause: "comunicó a Israel que Hamás liberó")
                        && !(m.m.ws > 0 && doc.is(m.m.ws - 1, &["a", "au", "aux", "al"]))
                        && infos.iter().any(|x| {
                            x.mk == Mk::None
                                && x.m.ws > m.m.we
                                && x.m.ws <= m.m.we + 2
                                && x.m.we <= f.a
                                && f.a - x.m.we <= 2
                        }) =>
                {
                    Some(Role::Target)
                }
                // the antecedent of a subject relative right before the verb
                // acts: "la alianza insurgente que entró en Damasco", "the
                // militia that seized the town" (after "de", "of" too); not
                // when a name follows the verb, its subject: "los rehenes
                // que liberó Hamás"
                Mk::None | Mk::Gen
                    if before
                        && !t.noun
                        && !passive
                        && antecedent_subject(doc, m, actors, f.a)
                        && !infos.iter().any(|x| {
                            x.m.ws == f.b || x.m.ws == f.b + 1 && doc.has(f.b, ARTICLE)
                        }) =>
                {
                    Some(Role::Source)
                }
                // a mention that is the trigger word names its agents: "los manifestantes", "protesters"
                _ if m.m.ws < f.b && m.m.we > f.a && t.kind == "PROTEST" => Some(Role::Source),
                Mk::Report => None,
                Mk::Support => Some(Role::Supporter),
                // "a response to Ukrainian strikes", "in Russian attacks": the
                // preposition governs the event noun, the name right before
                // it is its agent
                Mk::Loc if m.m.we == f.a => Some(Role::Source),
                // "retook the palace from the RSF", "a repris le palais aux
                // FSR": who loses it is the target
                Mk::Loc if m.m.ws >= f.b && taken_from(doc, t.kind, &t.label, m.m.ws, f.b) => {
                    Some(Role::Target)
                }
                // "attributed the attack to the RSF", "a attribué l'attaque
                // aux FSR", "atribuyó el ataque a las FAR": whom it is put on
                Mk::Loc
                    if m.m.ws >= f.b
                        && t.kind == "ACCUSE"
                        && t.label == "blamed"
                        && after_prep(doc, m.m.ws, f.b, blamed_to(doc.lang))
                        // (not the victims of what is blamed: "blamed the
                        // RSF for the attack on the convoy", "culpó al
                        // Ejército del ataque a la población")
                        && !(f.b..m.m.ws).any(|j| doc.is(j, BLAMED_FOR)) =>
                {
                    Some(Role::Target)
                }
                // "shot down 40 drones launched by Russia": Russia launched
                // them, it neither shot nor was shot down
                Mk::Agent if !t.noun && agent_of_other(doc, f, m.m.ws) => None,
                Mk::Agent if passive || t.noun || participle => Some(Role::Source),
                // "abrió un frente contra Israel en apoyo a Hamás": no one is
                // supported "against"
                Mk::Target if matches!(t.kind, "SUPPORT" | "AID" | "COOPERATE") => None,
                Mk::Target | Mk::With => Some(Role::Target),
                // "zwischen X und Y": the first side is the source, the others the targets
                Mk::Between => Some(
                    if roles
                        .iter()
                        .any(|&(j, r)| r == Role::Source && infos[j].mk == Mk::Between)
                    {
                        Role::Target
                    } else {
                        Role::Source
                    },
                ),
                // "struck targets across Houthi-controlled Yemen", "shelled
                // rebel-held districts": who holds what an attack hits is its target
                Mk::Attr if t.kind == "ASSAULT" && !before && held_by(doc, m.m.we, r.end) => {
                    Some(Role::Target)
                }
                // "en soutien au Hamas", "en apoyo a su aliado X": whom the support goes to
                // (an adjective may come between: "apoyo militar al Gobierno")
                Mk::Loc
                    if t.kind == "SUPPORT"
                        && m.m.ws > f.b
                        && m.m.ws <= f.b + 5
                        && (f.b..(f.b + 2).min(m.m.ws))
                            .any(|j| doc.is(j, &["a", "au", "aux", "al"]))
                        && !(f.b..m.m.ws).any(|j| doc.punct(j)) =>
                {
                    Some(Role::Target)
                }
                Mk::Loc | Mk::Attr => None,
                Mk::Gen | Mk::Agent => {
                    // right after an event noun: its agent ("Offensive der Rebellen")
                    let adjacent = t.noun
                        && m.m.ws >= f.b
                        && (f.b..m.m.ws).all(|j| {
                            doc.has(j, GENITIVE)
                                || doc.has(j, ARTICLE)
                                || !doc.words[j].cap && !doc.punct(j)
                        });
                    // the owner of the subject's weapons or fighters: "des
                    // drones des FSR avaient frappé", "fighters of the RSF stormed"
                    let owner_of_force = before
                        && !passive
                        && m.mk == Mk::Gen
                        && (m.m.ws.saturating_sub(4).max(r.start)..m.m.ws)
                            .any(|j| in_table(FORCE_NOUNS, doc, j));
                    // the subject's allies act with it: "la guerrilla y sus
                    // aliados del TNLA lanzaron", "Hamas and its allies of …"
                    let allies_of = before
                        && !passive
                        && m.mk == Mk::Gen
                        && (m.m.ws.saturating_sub(3).max(r.start)..m.m.ws).any(|j| {
                            doc.is(
                                j,
                                &["aliados", "aliadas", "allies", "verbundeten", "verbundete"],
                            )
                        });
                    if adjacent || allies_of {
                        Some(Role::Source)
                    } else if before && !source_seen && m.mk == Mk::Agent && !passive {
                        Some(Role::Source) // "Koalition von Rebellen"
                    } else if owner_of_force && !source_seen {
                        Some(Role::Source)
                    } else {
                        Some(Role::Target)
                    }
                }
                // the subject of "Iran welcomed the strike" did not strike: a definite event noun told before
                Mk::None if before && t.noun && definite_noun && m.m.we + 1 < f.a => None,
                // nor does the speaker of a clause the event noun is told in:
                // "The UN warned that 12 million have fled since the start of the war"
                // (nor of a verb there with a subject of its own: "acusó a los
                // paramilitares … y aseguró que las tropas gubernamentales
                // recuperaron el puente")
                Mk::None
                    if before
                        && told_in_clause(doc, m.m.we, f.a, &trig_at)
                        && (t.noun || own_subject_after_that(doc, m.m.we, f.a)) =>
                {
                    None
                }
                Mk::None if governed.is_some_and(|p| m.m.we <= p) => None,
                Mk::None => {
                    if passive {
                        Some(Role::Target)
                    } else if before {
                        // adjectives right before an event noun: "israelische Luftangriffe"
                        if doc.lang == Lang::De {
                            if first_unmarked_before
                                || m.list_prev.is_some_and(|p| {
                                    // (`roles` holds indices into `infos`)
                                    roles.iter().any(|&(j, r)| j == p && r == Role::Source)
                                })
                            {
                                Some(Role::Source)
                            } else {
                                Some(Role::Target)
                            }
                        } else {
                            // nearest before the verb: decided below
                            Some(Role::Source)
                        }
                    } else if (t.noun || matches!(doc.lang, Lang::Fr | Lang::Es) && m.adj)
                        && m.m.ws == f.b
                        && (m.adj || doc.lang == Lang::De)
                    {
                        // "frappes israéliennes", "Angriffe Russlands", "el bombardeo ruso"
                        Some(Role::Source)
                    } else if doc.lang == Lang::De && !t.noun && !source_seen {
                        Some(Role::Source) // verb-second inversion
                    } else {
                        Some(Role::Target)
                    }
                }
            };
            if let Some(role) = role {
                if role == Role::Source {
                    source_seen = true;
                }
                if m.mk == Mk::None && before {
                    first_unmarked_before = false;
                }
                roles.push((i, role));
            }
        }
        // a nationality adjective on an event noun whose country acts in the document: "frappes israéliennes", "Israeli strikes"
        if t.noun && !roles.iter().any(|&(_, r)| r == Role::Source) {
            let adj_at = match doc.lang {
                Lang::Fr | Lang::Es => f.b,
                _ => f.a.wrapping_sub(1),
            };
            if adj_at < doc.words.len() && !doc.punct(adj_at) && !doc.words[adj_at].cap
                || doc.lang == Lang::En && adj_at < doc.words.len() && !doc.punct(adj_at)
            {
                if let Some(iso) = crate::gazetteer::gazetteer().adjective(doc.text(adj_at)) {
                    if let Some(a) = country_actor(doc, iso, actors) {
                        adj_source = Some(a);
                    }
                }
            }
        }
        // English, French, Spanish: only the nearest unmarked mention before the verb (and its list) is the subject
        if doc.lang != Lang::De {
            let unmarked_before: SmallVec<[usize; 8]> = roles
                .iter()
                .filter(|&&(i, r)| {
                    r == Role::Source && infos[i].mk == Mk::None && infos[i].m.we <= f.a
                })
                .map(|&(i, _)| i)
                .collect();
            // "Kiev guarda luto por las víctimas del bombardeo ruso": the
            // adjective right after the event word names its agent; a
            // subject before it belongs to another verb
            let adjective_after = matches!(doc.lang, Lang::Fr | Lang::Es)
                && roles
                    .iter()
                    .any(|&(i, r)| r == Role::Source && infos[i].adj && infos[i].m.ws == f.b);
            if adjective_after {
                roles.retain(|&mut (i, r)| {
                    !(r == Role::Source && infos[i].mk == Mk::None && infos[i].m.we <= f.a)
                });
            } else if let Some(&last) = unmarked_before.last() {
                let mut keep: SmallVec<[usize; 8]> = smallvec![last];
                let mut cur = last;
                while let Some(p) = infos[cur].list_prev {
                    keep.push(p);
                    cur = p;
                }
                // an adjective right before an event noun is its source too
                roles.retain(|&mut (i, r)| {
                    !(r == Role::Source && infos[i].mk == Mk::None && infos[i].m.we <= f.a)
                        || keep.contains(&i)
                });
            }
        }
        // "acusa a X de haber ayudado a los rebeldes", "accused X of helping
        // the rebels": who is named in the charge is not the accused
        if t.kind == "ACCUSE" && !t.noun {
            if let Some(k) = charge_at(doc, f.b, clause.end) {
                roles.retain(|&mut (i, r)| !(r == Role::Target && infos[i].m.ws > k));
            }
        }
        // "rejected accusations by Sudan's government that it arms the RSF",
        // "a nié que ses troupes": who is named in what is denied is not
        // the one the denial answers
        if t.kind == "REJECT" && !t.noun {
            // (English "that" opening a clause, not the determiner of "that
            // claim"; "que"/"dass" within the clause, not a relative pronoun
            // after a later noun)
            let opens_clause = |k: usize| {
                if doc.is(k, &["that"]) {
                    doc.words.get(k + 1).is_some_and(|w| w.cap)
                        || k + 1 < r.end
                            && doc.is(k + 1, &["it", "its", "they", "he", "she", "the", "a", "an"])
                } else {
                    k < clause.end && doc.is(k, &["que", "dass"])
                }
            };
            // (nor does one the denied clause says fights beside another:
            // "denied that Rwandan soldiers were fighting alongside M23")
            if let Some(k) = (f.b..r.end).find(|&k| opens_clause(k)) {
                roles.retain(|&mut (i, r)| {
                    !(matches!(r, Role::Target | Role::Supporter) && infos[i].m.ws > k)
                });
            }
        }
        // no subject in the clause: look left, then the speaker, then the
        // previous sentence (not for an event in a phrase of time: the
        // sentence's subject is not its party)
        if !passive && governed.is_none() && !roles.iter().any(|&(_, r)| r == Role::Source) {
            let mut subj: Option<usize> = None;
            let mut subj_mates: SmallVec<[usize; 8]> = SmallVec::new();
            let here = &segs[k];
            let soldiers = if t.noun {
                None
            } else {
                soldiers_subject(doc, &r, seg, f, &infos, actors)
            };
            if let Some(a) = soldiers {
                subj = Some(a);
                how = "soldiers";
            } else if here.rel {
                // a relative clause: its antecedent (past the group in an
                // apposition: "Riek Machar, the SPLM-IO leader, who …")
                let in_title = |m: &MInfo| {
                    (m.m.we..(m.m.we + 1).min(here.a)).any(|j| {
                        doc.is(
                            j,
                            &[
                                "leader", "chief", "head", "chef", "jefe", "lider", "anfuhrer",
                            ],
                        )
                    })
                };
                subj = infos
                    .iter()
                    .rposition(|m| {
                        m.m.we <= here.a && m.mk != Mk::Report && m.mk != Mk::Loc && !in_title(m)
                    })
                    .map(|i| infos[i].m.id);
                how = "antecedent";
            } else {
                // German: the subject of the clause's start before a genitive
                // in a phrase set off by commas ("Die Hisbollah hatte …, einen
                // Tag nach dem Großangriff der Hamas auf Israel, Angriffe …
                // begonnen")
                let plain_before = |kk: usize| {
                    doc.lang == Lang::De
                        && (0..kk).rev().take_while(|&j| !segs[j + 1].hard).any(|j| {
                            !segs[j].rel && infos.iter().any(|m| m.seg == j && m.mk == Mk::None)
                        })
                };
                let mut kk = k;
                while kk > 0 && !segs[kk].hard {
                    kk -= 1;
                    if segs[kk].rel {
                        continue;
                    }
                    // an apposition to the name before it: "Minni Minnawi,
                    // allié de l'armée, a dénoncé", "X, an ally of the army, …"
                    let appositive = kk > 0
                        && !segs[kk].hard
                        && infos.iter().any(|m| {
                            m.seg == kk - 1 && m.mk == Mk::None && m.m.we == segs[kk - 1].b
                        });
                    // (the apposition describes that name, which is the subject:
                    // "The TTP, an umbrella of groups allied with the Afghan
                    // Taliban, has stepped up attacks")
                    // (not a name in apposition: "Le porte-parole du Kremlin,
                    // Dmitri Peskov, a indiqué")
                    let named = infos
                        .iter()
                        .any(|m| m.seg == kk && m.m.ws <= segs[kk].a + 1);
                    if appositive && !named {
                        continue;
                    }
                    let skip_gen = plain_before(kk) || appositive;
                    let cand = infos.iter().enumerate().position(|(mi, m)| {
                        m.seg == kk
                            && (matches!(m.mk, Mk::None | Mk::Agent)
                                || m.mk == Mk::Gen && !skip_gen)
                            && !leader_of_previous(doc, &infos, mi, actors)
                    });
                    if let Some(ci) = cand {
                        subj = Some(infos[ci].m.id);
                        // the list-mates of a plain subject of a verb ("U.S. and
                        // British warplanes, ships … struck")
                        let mut prev = ci;
                        let plain = infos[ci].mk == Mk::None && !t.noun;
                        for (j, m) in infos.iter().enumerate().skip(ci + 1).filter(|_| plain) {
                            if m.seg == kk && m.list_prev == Some(prev) {
                                subj_mates.push(m.m.id);
                                prev = j;
                            }
                        }
                        how = "left";
                        break;
                    }
                }
            }
            // "Le mouvement avait occupé…", "The group said…": a definite group noun before the verb
            let group_subject = !t.noun
                && (seg.a..f.a).any(|i| {
                    doc.has(i, GROUP)
                        && i > seg.a
                        && (definite_before(doc, i, seg.a) || doc.has(i - 1, ARTICLE))
                })
                && !infos
                    .iter()
                    .any(|m| m.m.ws >= seg.a && m.m.we <= f.a && m.mk == Mk::None);
            // a fronted participle: "Réuni dimanche à New York, le Conseil de sécurité a réclamé…"
            if subj.is_none() && k == 0 && f.a <= seg.a + 1 && !t.noun && segs.len() > 1 {
                subj = infos
                    .iter()
                    .find(|m| m.seg == 1 && m.mk == Mk::None)
                    .map(|m| m.m.id);
                how = "fronted";
            }
            // (Spanish "él" folds to the article "el": only the accented form is the pronoun)
            let pronoun = (seg.a..f.a).any(|i| {
                doc.has(i, PRONOUN)
                    && !(doc.lang == Lang::Es && doc.l(i) == "el")
                    && !expletive_es(doc, i)
            }) || group_subject;
            let infinitive = infinitive_before(doc, f, seg.a);
            // Spanish drops subject pronouns: a verb with no noun phrase before it in its clause
            let prodrop = doc.lang == Lang::Es
                && !t.noun
                && !(seg.a..f.a).any(|i| doc.has(i, ARTICLE) || doc.words[i].cap && i > r.start);
            // "Le mouvement avait ouvert un front", "El movimiento, por su
            // parte, disparó": a noun for a non-state group takes up the
            // armed group named last
            if subj.is_none() && !t.noun && doc.lang != Lang::De {
                let lo = segs
                    .iter()
                    .take(k + 1)
                    .rposition(|s| s.hard)
                    .map_or(r.start, |h| segs[h].a);
                let noun_at = (lo..f.a).find(|&i| {
                    i > lo
                        && doc.has(i - 1, ARTICLE)
                        && doc.is(i, NONSTATE_GROUP)
                        && !infos
                            .iter()
                            .any(|m| m.m.ws > i && m.m.we <= f.a && m.mk == Mk::None)
                });
                if noun_at.is_some() {
                    // the subject of the sentence before when it is a group,
                    // else the group named last
                    let armed = |a: usize| actors.get(a).is_some_and(|a| a.kind == "armed_group");
                    let p = doc.ments.partition_point(|m| m.ws < lo);
                    let last = doc.ments[..p]
                        .iter()
                        .rev()
                        .take(24)
                        .find(|m| armed(m.id))
                        .map(|m| m.id);
                    if let Some(a) = center.kept.filter(|&c| armed(c)).or(last) {
                        subj = Some(a);
                        how = "group noun";
                    }
                }
            }
            if subj.is_none() && (pronoun || infinitive || participle_after_comma(doc, f, seg.a)) {
                subj = speaker;
                how = "speaker";
            }
            if subj.is_none()
                && (pronoun || prodrop || possessive_before(doc, f.a, seg.a) && t.noun)
            {
                // a personal pronoun takes up whoever the previous sentence
                // told of; other anaphors, its kept event's source
                let personal = (seg.a..f.a)
                    .any(|i| doc.is(i, &["il", "elle", "er", "sie", "he", "she", "ella"]));
                subj = if personal { center.told } else { center.kept };
                how = "center";
            }
            // "against people who had already fled violence", "des civils
            // qui fuyaient": the relative pronoun's antecedent is a common
            // noun, the clause's subject no actor
            if common_noun_antecedent(doc, seg.a, f.a, &infos) {
                subj = None;
            }
            // "Machar, who has been under house arrest since March 26", "bajo
            // arresto": the subject undergoes the coercion
            let undergoes = t.kind == "COERCE" && in_state_of(doc, f.a, seg.a);
            if let Some(a) = subj {
                roles.retain(|&mut (i, _)| infos[i].m.id != a);
                let role = if undergoes {
                    Role::Target
                } else {
                    Role::Source
                };
                roles.insert(0, (usize::MAX - a, role));
                if how == "left" {
                    for (n, &b) in subj_mates.iter().enumerate() {
                        roles.retain(|&mut (i, _)| i > usize::MAX / 2 || infos[i].m.id != b);
                        roles.insert(n + 1, (usize::MAX - b, Role::Source));
                    }
                }
            }
        }
        // "the US and Britain bombed their positions": the armed group named
        // last before the object, when it is not the attacker
        if t.kind == "ASSAULT" && !t.noun && !roles.iter().any(|&(_, r)| r == Role::Target) {
            if let Some(at) = anaphoric_object(doc, f, &clause) {
                let id_of = |i: usize| {
                    if i > usize::MAX / 2 {
                        usize::MAX - i
                    } else {
                        infos[i].m.id
                    }
                };
                let sources: SmallVec<[usize; 8]> = roles
                    .iter()
                    .filter(|&&(_, r)| r == Role::Source)
                    .map(|&(i, _)| id_of(i))
                    .collect();
                let k = doc.ments.partition_point(|m| m.ws < at);
                let group = doc.ments[..k]
                    .iter()
                    .rev()
                    .take(24)
                    .map(|m| m.id)
                    .find(|&a| actors[a].kind == "armed_group" && !sources.contains(&a));
                if let (Some(a), false) = (group, sources.is_empty()) {
                    roles.push((usize::MAX - a, Role::Target));
                }
            }
        }
        // back to actor ids
        let mut out: SmallVec<[(usize, Role); 4]> = SmallVec::new();
        if let Some(a) = adj_source {
            if !roles.iter().any(|&(_, r)| r == Role::Source) {
                out.push((a, Role::Source));
                how = "adjective";
            }
        }
        for (i, role) in roles {
            let id = if i > usize::MAX / 2 {
                usize::MAX - i
            } else {
                infos[i].m.id
            };
            if !out.iter().any(|&(a, _)| a == id) {
                out.push((id, role));
            }
        }
        // nobody in the clause: the subject of the previous sentence (zero anaphora)
        let subject_position = !t.noun || f.a <= seg.a + 3;
        if ZERO_ANAPHORA
            && !out.iter().any(|&(_, r)| r != Role::Reporter)
            && !passive
            && subject_position
        {
            if let Some(c) = center.kept {
                if Some(c) != speaker {
                    out.push((c, Role::Source));
                    how = "zero";
                }
            }
        }
        // the speaker, when the clause reports; the source too when the
        // clause's subject is the speaker's own ("the RSF said its drones had
        // struck …", "les FSR ont affirmé que leurs combattants …")
        if let Some(sp) = speaker {
            if !out.iter().any(|&(a, _)| a == sp) {
                let own = !passive
                    && !out.iter().any(|&(_, r)| r == Role::Source)
                    && (seg.a.max(f.a.saturating_sub(4))..f.a)
                        .any(|j| in_table(POSSESSIVE, doc, j))
                    // a cause told in reported speech is the speaker's blame:
                    // "Die Schäden seien durch … verursacht worden, erklärte das Ministerium"
                    || t.told && !out.iter().any(|&(_, r)| r == Role::Source)
                    // the speaker is the antecedent of the clause's subject
                    // relative: "said X, the U.N. coordinator, who called it
                    // an escalation"
                    || !passive
                        && !out.iter().any(|&(_, r)| r == Role::Source)
                        && infos.iter().any(|m| {
                            m.m.id == sp
                                && m.m.we <= f.a
                                && antecedent_subject(doc, m, actors, f.a)
                        });
                out.push((sp, if own { Role::Source } else { Role::Reporter }));
            }
        }
        // support given to fight someone: "authorized a new force to help
        // Somalia fight the al-Shabab group" (al-Shabab is no one helped)
        if matches!(t.kind, "SUPPORT" | "AID") {
            out.retain(|&mut (a, r)| {
                r != Role::Target
                    || !infos.iter().any(|m| {
                        m.m.id == a && m.m.ws > f.b && (f.b..m.m.ws).any(|j| doc.is(j, FOUGHT))
                    })
            });
        }
        let negated = negation(doc, f, &clause);
        tinfos.push(TInfo {
            roles: out,
            negated,
            clause,
            how,
        });
    }

    // times: each goes to the nearest trigger
    let tlo = doc.times.partition_point(|t| t.ws < r.start);
    let thi = doc.times.partition_point(|t| t.ws < r.end);
    // each time a trigger claims, and whether it is in the trigger's own segment
    // dates worked out from a governing phrase, by trigger (kept apart: `claimed` borrows them)
    let mut shifted: Vec<Option<String>> = vec![None; found.len()];
    let mut claimed: Vec<SmallVec<[(&str, bool); 2]>> = vec![SmallVec::new(); found.len()];
    for t in &doc.times[tlo..thi] {
        let ts = seg_of(t.ws);
        let mut best: Option<(usize, usize)> = None;
        for (fi, f) in found.iter().enumerate() {
            let d = if t.we <= f.a {
                f.a - t.we
            } else {
                t.ws.saturating_sub(f.b)
            };
            let fs = seg_of(f.a);
            let crossed = fs.abs_diff(ts);
            let hard_cross = (fs.min(ts) + 1..=fs.max(ts)).any(|k| segs[k].hard);
            if hard_cross {
                continue;
            }
            let score = d + 8 * crossed;
            // in its own segment a time belongs to the trigger however far (German verb-final clauses)
            if (score <= 24 || crossed == 0) && best.is_none_or(|(_, s)| score < s) {
                best = Some((fi, score));
            }
        }
        // a time set off by commas right before a participle clause dates
        // the verb that clause hangs on: "attacked army positions near
        // Sake, 25 km west of Goma, on Sunday, killing 12 soldiers"; and so
        // does one alone between commas that no trigger is near enough to
        // claim ("cerca de Sake, a 25 kilómetros de Goma, el domingo, matando")
        let participle_after = best.is_some_and(|(fi, _)| {
            let f = &found[fi];
            !f.trigger().noun
                && t.we <= f.a
                && ts < seg_of(f.a)
                && f.a == segs[seg_of(f.a)].a
                && present_participle(doc.lang, doc.f(f.a))
        });
        let alone = ts > 0 && segs[ts].a + 1 >= t.ws && t.we >= segs[ts].b;
        if participle_after || best.is_none() && alone {
            let main = found
                .iter()
                .enumerate()
                .filter(|(_, g)| {
                    !g.trigger().noun
                        && g.b <= t.ws
                        && !(seg_of(g.a) + 1..=ts).any(|k| segs[k].hard)
                        && !present_participle(doc.lang, doc.f(g.a))
                })
                .max_by_key(|(_, g)| g.a);
            if let Some((gi, _)) = main {
                best = Some((gi, 0));
            }
        }
        if let Some((fi, _)) = best {
            if !claimed[fi].iter().any(|c| c.0 == t.value) {
                // a time before "that" after a speech verb dates the speech:
                // "said on Saturday that the RSF had attacked the camp on Friday"
                let fa = found[fi].a;
                let past_that =
                    t.we <= fa && (t.we..fa).any(|i| doc.is(i, &["that", "que", "dass"]));
                claimed[fi].push((t.value.as_str(), seg_of(fa) == ts && !past_that));
            }
        }
    }
    // a trigger with a time in its own clause leaves those of the clauses
    // around it: "Die UN erklärten am Samstag, die RSF hätten am Freitag …
    // angegriffen" is Friday's attack, told on Saturday
    // German verb-final main clause past a phrase set off by commas: "Die
    // Hisbollah hatte am 8. Oktober 2023, einen Tag nach dem Großangriff der
    // Hamas, Angriffe … begonnen": the time at the clause's start, in a
    // segment with no event word of its own, dates its event too
    if doc.lang == Lang::De {
        for fi in 0..found.len() {
            let fs = seg_of(found[fi].a);
            if !claimed[fi].is_empty() || segs[fs].rel {
                continue;
            }
            let Some(t) = doc.times[tlo..thi]
                .iter()
                .rev()
                .find(|t| seg_of(t.ws) < fs && t.we <= found[fi].a)
            else {
                continue;
            };
            let ts = seg_of(t.ws);
            let open = !(ts + 1..=fs).any(|k| segs[k].hard)
                && !segs[ts].rel
                && !found.iter().any(|g| seg_of(g.a) == ts);
            if open {
                claimed[fi].push((t.value.as_str(), false));
            }
        }
    }
    // "a revendiqué samedi une embuscade tendue la veille", "claimed on
    // Saturday an ambush carried out on Friday": of an event noun's two
    // times, the one right after a verb of claiming or speech before it
    // dates the claim; the one after the noun dates the event
    for (fi, f) in found.iter().enumerate() {
        if !f.trigger().noun || claimed[fi].len() < 2 {
            continue;
        }
        let times = &doc.times[tlo..thi];
        let after = times
            .iter()
            .any(|t| t.ws >= f.b && claimed[fi].iter().any(|c| c.0 == t.value));
        if !after {
            continue;
        }
        let told = |t: &&super::TimeW| {
            t.we <= f.a
                && (t.ws.saturating_sub(3).max(r.start)..t.ws)
                    .any(|k| doc.has(k, SPEECH) || doc.is(k, CLAIM_VERBS))
        };
        if let Some(t) = times.iter().filter(told).last() {
            let v = t.value.as_str();
            if !times.iter().any(|u| u.ws >= f.b && u.value == v) {
                claimed[fi].retain(|c| c.0 != v);
            }
        }
    }
    for c in claimed.iter_mut() {
        if c.iter().any(|x| x.1) && c.iter().any(|x| !x.1) {
            c.retain(|x| x.1);
        }
    }
    // "Calm returned on Friday, a day after clashes …", "au lendemain
    // d'affrontements", "einen Tag nach Gefechten … am Freitag": the event
    // the phrase governs is a day before the sentence's other date (else
    // before the phrase's own date, "Le lendemain de la trêve, …")
    for (fi, f) in found.iter().enumerate() {
        let Some((n, _)) = days_from_governor(doc, f.a, r.start) else {
            continue;
        };
        let ph = (f.a.saturating_sub(6)).max(r.start);
        let day =
            |t: &&super::TimeW| t.value.len() == 10 && t.value.as_bytes().get(4) == Some(&b'-');
        let times = &doc.times[tlo..thi];
        // a date right after the event word is its own: "a day after
        // clashes on Tuesday", "au lendemain des attaques du 7 octobre";
        // the phrase's own date ("day after", "lendemain") is then not its
        if times.iter().any(|t| t.ws >= f.b && t.ws <= f.b + 3) {
            let phrase: SmallVec<[&str; 2]> = times
                .iter()
                .filter(|t| t.ws >= ph && t.we <= f.a)
                .map(|t| t.value.as_str())
                .collect();
            claimed[fi].retain(|c| !phrase.contains(&c.0));
            continue;
        }
        // the sentence's date before the phrase, else one well after the event word
        let other = times
            .iter()
            .filter(day)
            .find(|t| t.we <= ph)
            .or_else(|| times.iter().filter(day).find(|t| t.ws > f.b + 3));
        let own = times.iter().filter(day).find(|t| t.ws >= ph && t.we <= f.a);
        let Some(d) = other.or(own).and_then(|t| crate::parse_date(&t.value)) else {
            continue;
        };
        if let Ok(x) = d.checked_sub(jiff::Span::new().days(n)) {
            shifted[fi] = Some(x.to_string());
        }
    }
    for (fi, v) in shifted.iter().enumerate() {
        if let Some(v) = v {
            claimed[fi] = smallvec![(v.as_str(), true)];
        }
    }

    // events
    let span = doc.span(r.start, r.end);
    let mut out: Vec<Cand> = Vec::new();
    // the source of the sentence's first strong trigger, kept or not: the
    // subject the next sentence's pronoun takes up
    let mut subject: Option<usize> = None;
    for (fi, f) in found.iter().enumerate() {
        let t = f.trigger();
        let ti = &tinfos[fi];
        if subject.is_none() && !t.weak {
            subject = ti
                .roles
                .iter()
                .find(|&&(_, r)| r == Role::Source)
                .map(|&(a, _)| a);
        }
        // a warning that something has happened is an alarm, no threat: "La
        // ONU advirtió de que 12 millones han sido desplazadas"
        if t.kind == "THREATEN" && t.label == "warned" && warns_of_a_fact(doc, f, &r) {
            continue;
        }
        let explicit = !claimed[fi].is_empty();
        // a weak trigger without a date of its own ("a appelé les alliés") is
        // no event, but a statement of that kind can still be a latent one
        let weak_only = t.weak && !explicit;
        if weak_only && (!LATENT.contains(&t.kind) || doc.dct().is_none()) {
            continue;
        }
        // "Nach mehr als einem Jahr gegenseitiger Angriffe", "after more than
        // a year of war", "tras trece años de guerra": the time the news ends,
        // not an event of its own
        if t.noun && after_years_of(doc, f.a, r.start) {
            continue;
        }
        // "pressed an offensive to retake Khartoum", "une offensive pour
        // reprendre", "una ofensiva para retomar", "eine Offensive, um Khartum
        // zurückzuerobern": the aim of an event of its kind told just before
        // is no event of its own
        if !t.noun && purpose_of(doc, f, &found) {
            continue;
        }
        // "beschuldigte Ruanda, die M23 zu unterstützen", "forderte Ruanda
        // auf, seine Truppen abzuziehen", "urged Rwanda to withdraw",
        // "accused Rwanda of backing the M23", "l'accuse de soutenir": what
        // is demanded, charged or threatened is no event that happened
        if !t.noun && complement_of(doc, f, &found) {
            continue;
        }
        // the support noun of a support phrase ("con apoyo del ejército",
        // "avec le soutien de la France") marks a supporter of the other
        // event of its clause, it is no event of its own
        // "una propuesta de tregua", "la proposition de cessez-le-feu", "a
        // ceasefire proposal": a truce only proposed is no agreement but a
        // request (its proposer and the one it is put to are neither
        // parties nor foes)
        let proposal =
            t.kind == "AGREE" && t.noun && t.label == "ceasefire" && proposed(doc, f, &r);
        let with_before =
            |k: usize| k < f.a && doc.is(f.a - 1 - k, &["con", "avec", "with", "mit"]);
        if t.kind == "SUPPORT"
            && (with_before(0) || with_before(1) && doc.has(f.a - 1, ARTICLE))
            && infos.iter().any(|m| {
                m.mk == Mk::Support
                    && m.m.ws >= f.b
                    && m.m.ws <= f.b + 3
                    && !(f.b..m.m.ws).any(|j| doc.punct(j))
            })
        {
            continue;
        }
        // "a annoncé la « libération » de la ville", "declaró « liberada » la
        // ciudad": a place set free is one taken, told by its taker; no one
        // is released (and those named beside it are not its targets)
        let liberated = t.kind == "CONCEDE" && frees_a_place(doc, f, &r);
        let mut latent = weak_only;
        let dates: SmallVec<[Option<String>; 2]> = if weak_only {
            smallvec![doc.dct()]
        } else if explicit {
            claimed[fi].iter().map(|v| Some(v.0.to_string())).collect()
        } else {
            // the date of the nearest dated trigger in the same part of the
            // sentence, or in the part a "when" clause hangs on ("La guerra
            // comenzó el 7 de octubre, cuando milicianos de Hamás atacaron …")
            let k = seg_of(f.a);
            // (and a clause of a present participle: "struck … on Sunday,
            // killing two people", "tuant", "matando", ", wobei … getötet wurden")
            // (and the verb of a relative clause: "mit friedlichen Protesten
            // …, die die Regierung gewaltsam niederschlagen ließ"; not a noun
            // there: "attaques …, qui avaient conduit à la démission" of a
            // later day; nor a pluperfect: "the palace, which the RSF had
            // stormed at the start of the war")
            // (not a relative clause on an actor named before it, which
            // tells of that actor: "said X, the U.N. coordinator, who called
            // it an escalation" is said on the day of the report)
            let source_is_antecedent = || {
                ti.roles.iter().any(|&(a, r)| {
                    r == Role::Source
                        && actors.get(a).is_some_and(|x| x.kind == "person")
                        && infos
                            .iter()
                            .any(|m| m.m.id == a && antecedent_subject(doc, m, actors, f.a))
                })
            };
            let when_clause = k > 0
                && (doc.is(
                    segs[k].a,
                    &["cuando", "when", "lorsque", "lorsqu", "quand", "wobei"],
                ) || segs[k].rel
                    && !t.noun
                    && !background(doc, f, &ti.clause)
                    && !source_is_antecedent()
                    || !t.noun && f.a == segs[k].a && present_participle(doc.lang, doc.f(f.a)));
            // (and a verb joined by "and", opening its segment but for a verb
            // particle, to a dated one past a phrase set off by commas, with
            // no event word between: "griffen … bei Sake, 25
            // Kilometer westlich von Goma, an und töteten"; not to the verb of
            // a relative clause: "Frankreich, deren Soldaten 2022 verließen,
            // und holte Wagner")
            let joined_to = |g: &Found| {
                let gs = seg_of(g.a);
                !t.noun
                    && f.a > segs[k].a
                    && f.a - 1 - segs[k].a <= 1
                    && doc.has(f.a - 1, AND)
                    && gs < k
                    && !segs[gs].rel
                    && !(gs + 1..=k).any(|j| segs[j].hard)
                    && !found.iter().any(|h| h.a > g.a && h.a < f.a)
            };
            let inherit = found
                .iter()
                .enumerate()
                .filter(|&(fj, g)| {
                    !claimed[fj].is_empty()
                        && (seg_of(g.a) == k || when_clause && seg_of(g.a) < k || joined_to(g))
                })
                .min_by_key(|(_, g)| g.a.abs_diff(f.a))
                .map(|(fj, _)| claimed[fj][0].0.to_string());
            // a time opening the sentence ("Mardi, …", "On Wednesday, …") dates all of it
            // (German without the comma: a time before the finite verb, "Am
            // Dienstag hatten die Huthis … abgefeuert", dates the main clause)
            let opening = doc.times[tlo..thi].first().filter(|t| {
                t.ws <= r.start + 1
                    && doc.words.get(t.we).is_some_and(|w| {
                        if w.kind == crate::text::TokenKind::Punct {
                            doc.f(t.we) == ","
                        } else {
                            doc.lang == Lang::De
                        }
                    })
            });
            match inherit.or_else(|| opening.map(|t| t.value.clone())) {
                Some(d) => smallvec![Some(d)],
                None => match FALLBACK {
                    Fallback::Dct => smallvec![doc.dct()],
                    Fallback::Null => smallvec![None],
                    Fallback::Tense => {
                        let lead = doc.sents[..si]
                            .iter()
                            .filter(|s| s.end - s.start > 3)
                            .take(LEAD)
                            .count()
                            < LEAD;
                        // "Assad habe das Land in der Nacht … verlassen",
                        // "overnight": last night, the news of the day
                        let bg = background(doc, f, &ti.clause);
                        let last_night = !bg
                            && (ti.clause.start..ti.clause.end).any(|i| {
                                doc.is(i, &["nacht", "overnight", "nuit", "noche", "anoche"])
                            });
                        if last_night {
                            smallvec![doc.dct()]
                        } else if bg || !lead {
                            if DROP_UNDATED
                                && !lead
                                && !standing(doc, f, &ti.clause, r.start, &found)
                            {
                                if !LATENT.contains(&t.kind) || doc.dct().is_none() {
                                    continue;
                                }
                                latent = true;
                                smallvec![doc.dct()]
                            } else {
                                smallvec![None]
                            }
                        } else {
                            smallvec![doc.dct()]
                        }
                    }
                },
            }
        };
        // the place: the most precise place in the clause, else in the sentence
        let place =
            best_place(doc, &ti.clause, f.a, places).or_else(|| best_place(doc, &r, f.a, places));
        let has_source = ti.roles.iter().any(|&(_, r)| r == Role::Source);
        let has_target = ti.roles.iter().any(|&(_, r)| r == Role::Target);
        let mut conf: f64 = 0.4;
        if !t.noun {
            conf += 0.15;
        }
        if explicit {
            conf += 0.15;
        }
        if has_source {
            conf += 0.1;
        }
        if has_target {
            conf += 0.1;
        }
        if t.weak {
            conf -= 0.1;
        }
        let conf = (conf.min(0.95) * 100.0).round() / 100.0;
        // (a definite event noun, "the attack", or a verb told again, "said
        // that it had taken control of the city"; not a verb whose subject is
        // named right before it: "The army bombed Nyala" is an attack of its own)
        let named_subject = || {
            let k = doc.ments.partition_point(|m| m.we <= f.a);
            doc.ments[..k]
                .iter()
                .rev()
                .take_while(|m| m.we + 3 >= f.a)
                .any(|m| m.ws >= ti.clause.start)
        };
        let anaphoric =
            !explicit && definite_before(doc, f.a, ti.clause.start) && (t.noun || !named_subject());
        // "The assault on the camps began on Friday", "L'attaque … avait débuté
        // vendredi", "Bei den Angriffen …, die am Freitag begonnen hatten, wurden
        // … getötet": a dated event nobody is named in, told with a definite
        // event noun of its kind, takes up the event told before (see
        // [`RETOLD`] and `super::extract`).
        let nobody = !ti.roles.iter().any(|&(_, r)| r != Role::Reporter);
        let retold = explicit
            && nobody
            && found.iter().enumerate().any(|(fj, g)| {
                let u = g.trigger();
                // the noun itself, one in the verb's clause, or (German) a
                // phrase fronted before the verb ("Bei den Angriffen …, wurden")
                (fj == fi || ti.clause.contains(&g.a) || doc.lang == Lang::De && g.a < f.a)
                    && u.kind == t.kind
                    && tinfos[fj].roles.iter().all(|&(_, r)| r == Role::Reporter)
                    && definite_before(doc, g.a, tinfos[fj].clause.start)
                    && begun_after(doc, g.b, r.end)
            });
        for d in dates {
            out.push(Cand {
                how: if retold { RETOLD } else { ti.how },
                anaphoric,
                di: doc.di,
                sent: si,
                trig: f.a..f.b,
                tid: f.tid,
                kind: if proposal {
                    "REQUEST"
                } else if liberated {
                    "ASSAULT"
                } else {
                    t.kind
                },
                label: if proposal {
                    "proposed ceasefire"
                } else if liberated {
                    "took (\"liberated\")"
                } else {
                    t.label.as_str()
                },
                date: d,
                explicit_date: explicit,
                actors: if liberated {
                    takers(&ti.roles)
                } else {
                    ti.roles.to_vec()
                },
                place,
                negated: ti.negated,
                reported,
                figures: Vec::new(),
                span,
                confidence: conf,
                latent,
            });
        }
    }
    // figures go to the nearest event (not to a statement that may be dropped)
    for (pos, fig) in figures::find(doc, &r) {
        if let Some(c) = out.iter_mut().filter(|c| !c.latent).min_by_key(|c| {
            let d = if pos < c.trig.start {
                c.trig.start - pos
            } else {
                pos.saturating_sub(c.trig.end)
            };
            let pref = if matches!(fig.what.as_str(), "killed" | "wounded" | "dead")
                && c.kind != "ASSAULT"
                && c.kind != "COERCE"
            {
                50
            } else {
                0
            };
            d + pref
        }) {
            c.figures.push(fig);
        }
    }
    // the subject carries over to the next sentence
    let new_center = out
        .iter()
        .filter(|c| !c.latent)
        .find_map(|c| {
            c.actors
                .iter()
                .find(|&&(_, r)| r == Role::Source)
                .map(|&(a, _)| a)
        })
        .or_else(|| {
            infos
                .first()
                .filter(|m| m.mk == Mk::None && m.m.ws <= r.start + 4)
                .map(|m| m.m.id)
        });
    if new_center.is_some() {
        center.kept = new_center;
    }
    if let Some(c) = new_center.or(subject) {
        center.told = Some(c);
    }
    // "Ihre Offensive hatte am 27. November begonnen; binnen weniger Tage
    // fielen Aleppo und am Donnerstag Hama": an attack with nobody named
    // is that of the attack with participants told in the same sentence,
    // in a place near it
    let parties: Option<(Vec<(usize, Role)>, Cand)> = out
        .iter()
        .find(|c| c.kind == "ASSAULT" && c.actors.iter().any(|&(_, r)| r == Role::Source))
        .map(|c| (c.actors.clone(), c.clone()));
    if let Some((parties, by)) = parties {
        for c in out.iter_mut().filter(|c| {
            c.kind == "ASSAULT"
                && c.actors.is_empty()
                // (not one told in a phrase of time: "a day after attacks on Goma")
                && days_from_governor(doc, c.trig.start, r.start).is_none()
                && c.place.is_some()
                && by.place.is_some()
                && super::merge::places_near(&by, c, places)
        }) {
            c.actors = parties.clone();
            c.how = "sentence";
        }
    }
    // an event needs a participant (an attack or a flight told by a reporter alone has none:
    // "people who had already fled violence, said X"); a dated one that gives figures is kept without ("mindestens 30 Tote")
    let keep = |c: &Cand| {
        c.how == RETOLD
            || c.actors.iter().any(|&(_, r)| r != Role::Reporter)
            || !c.actors.is_empty() && !matches!(c.kind, "ASSAULT" | "RETREAT")
            || KEEP_FIGURES && c.explicit_date && !c.figures.is_empty()
    };
    // figures of dropped events are handed back: they go to the previous event
    for c in out.iter_mut().filter(|c| !keep(c)) {
        orphans.append(&mut c.figures);
    }
    out.retain(keep);
    out
}

/// Whether a verb of beginning follows an event noun closely ("the assault
/// … began on Friday"): the date then is the event's own, not a report's.
fn begun_after(doc: &Doc, from: usize, end: usize) -> bool {
    // folded forms (no diacritics)
    let verbs: &[&str] = match doc.lang {
        Lang::En => &["began", "begun", "started", "begins", "starts"],
        Lang::De => &[
            "begann",
            "begannen",
            "begonnen",
            "startete",
            "starteten",
            "gestartet",
        ],
        Lang::Fr => &[
            "debute",
            "commence",
            "debutait",
            "commencait",
            "debutent",
            "commencent",
        ],
        Lang::Es => &[
            "comenzo",
            "comenzaron",
            "empezo",
            "empezaron",
            "inicio",
            "iniciaron",
            "comenzado",
            "empezado",
            "iniciado",
        ],
    };
    (from..(from + 24).min(end)).any(|k| doc.is(k, verbs))
}

/// Whether the clause puts the event out of the news of the day: planned,
/// modal or future ("soll", "would", "va"), or pluperfect background
/// ("hatte … vereinbart", "had seized", "avait pris", "había tomado").
fn background(doc: &Doc, f: &Found, clause: &Range<usize>) -> bool {
    let w = words(doc.lang);
    let plup: &[&str] = match doc.lang {
        Lang::De => &["hatte", "hatten", "war", "waren"],
        Lang::En => &["had"],
        Lang::Fr => &["avait", "avaient", "etait", "etaient"],
        Lang::Es => &["habia", "habian"],
    };
    let lo = if doc.lang == Lang::De {
        clause.start
    } else {
        f.a.saturating_sub(5).max(clause.start)
    };
    let hi = if doc.lang == Lang::De {
        clause.end
    } else {
        f.a
    };
    (lo..hi).any(|i| w.future.contains(&doc.l(i)) || doc.is(i, plup))
}

/// Whether an infinitive construction leaves the subject to the speaker:
/// "erklärte, das Lager eingenommen zu haben", "affirme avoir pris",
/// "claimed to have seized", "asegura haber tomado".
fn infinitive_before(doc: &Doc, f: &Found, lo: usize) -> bool {
    let near =
        |n: usize, set: &[&str]| (f.a.saturating_sub(n).max(lo)..f.a).any(|i| doc.is(i, set));
    match doc.lang {
        Lang::De => {
            zu_infinitive(doc.f(f.a))
                || (f.b..(f.b + 3).min(doc.words.len())).any(|i| doc.is(i, &["zu"]))
        }
        Lang::En => near(3, &["to"]),
        Lang::Fr => near(3, &["avoir", "etre"]),
        Lang::Es => near(3, &["haber", "ser"]),
    }
}

/// Whether the English "by" before the mention at `ws` follows a participle
/// of its own after the trigger ("drones launched by Russia"): the mention
/// is that participle's agent, not the trigger's.
fn agent_of_other(doc: &Doc, f: &Found, ws: usize) -> bool {
    if doc.lang != Lang::En {
        return false;
    }
    let Some(b) = (ws.saturating_sub(3)..ws)
        .rev()
        .find(|&k| doc.is(k, &["by"]))
    else {
        return false;
    };
    b > f.b && !doc.punct(b - 1) && {
        let p = doc.f(b - 1);
        p.len() > 4 && p.ends_with("ed")
            || matches!(
                p,
                "made" | "built" | "sent" | "led" | "flown" | "run" | "held"
            )
    }
}

/// A German infinitive with "zu" inside it ("anzugreifen", "abzuziehen",
/// "zurückzuerobern"): not a verb that merely begins with "zu"
/// ("zustimmen", "zurückziehen").
fn zu_infinitive(w: &str) -> bool {
    w.len() > 6 && w.ends_with('n') && w.get(2..).is_some_and(|rest| rest.contains("zu"))
}

/// Whether verb trigger `f` is an infinitive of purpose after an event of
/// its kind told at most six words before ("an offensive to retake").
fn purpose_of(doc: &Doc, f: &Found, found: &[Found]) -> bool {
    if f.a == 0 {
        return false;
    }
    let marked = match doc.lang {
        Lang::En => doc.is(f.a - 1, &["to"]),
        Lang::Fr => {
            doc.is(f.a - 1, &["pour"])
                || f.a > 1 && doc.is(f.a - 1, &["de"]) && doc.is(f.a - 2, &["afin"])
        }
        Lang::Es => doc.is(f.a - 1, &["para"]),
        Lang::De => {
            zu_infinitive(doc.f(f.a)) && (f.a.saturating_sub(6)..f.a).any(|i| doc.is(i, &["um"]))
        }
    };
    marked
        && found
            .iter()
            .any(|g| g.b <= f.a && f.a - g.b <= 6 && g.trigger().kind == f.trigger().kind)
}

/// Whether verb trigger `f` is the infinitive (or, in English, the gerund)
/// that completes a demand, a charge or a threat told at most twelve words
/// before it in the sentence.
fn complement_of(doc: &Doc, f: &Found, found: &[Found]) -> bool {
    if f.a == 0 {
        return false;
    }
    let w = doc.f(f.a);
    let marked = match doc.lang {
        Lang::En => doc.is(f.a - 1, &["to"]) || doc.is(f.a - 1, &["of"]) && w.ends_with("ing"),
        Lang::Fr => doc.is(f.a - 1, &["de", "d", "a"]) && infinitive_ending(Lang::Fr, w),
        Lang::Es => doc.is(f.a - 1, &["de", "a"]) && infinitive_ending(Lang::Es, w),
        Lang::De => zu_infinitive(w) || doc.is(f.a - 1, &["zu"]),
    };
    marked
        && found.iter().any(|g| {
            g.b <= f.a
                && f.a - g.b <= 12
                && matches!(g.trigger().kind, "REQUEST" | "ACCUSE" | "THREATEN")
                // (not past a relative clause: "accused Rwanda of backing the
                // M23, which went on to seize Goma"; German sets its
                // infinitive off with a comma)
                && !(g.b..f.a).any(|i| {
                    doc.punct(i)
                        && (matches!(doc.f(i), "." | ";" | ":")
                            || doc.f(i) == "," && doc.lang != Lang::De)
                        || doc.is(i, &["which", "who", "qui", "lequel", "laquelle", "quien", "quienes", "cual"])
                })
        })
}

/// Whether what a "release" trigger frees is a place: the first name after
/// it, past articles, "of" words and quotes, within four words, is a place
/// and no actor comes first ("la « libération » de la ville de Goma").
fn frees_a_place(doc: &Doc, f: &Found, r: &Range<usize>) -> bool {
    let end = (f.b + 5).min(r.end);
    // (not a place after a preposition of place: "les otages libérés
    // dimanche sont arrivés en Israël" is where they went, not what was freed)
    let place = doc
        .pments
        .iter()
        .find(|m| m.ws >= f.b && m.ws < end && !(m.ws > f.b && doc.has(m.ws - 1, LOCATIVE)));
    let actor = doc.ments.iter().find(|m| m.ws >= f.b && m.ws < end);
    let town_noun = (f.b..end).any(|j| {
        doc.is(
            j,
            &[
                "ville",
                "localite",
                "city",
                "town",
                "stadt",
                "ciudad",
                "localidad",
                "camp",
                "campo",
                "lager",
            ],
        )
    });
    match (place, actor) {
        (Some(p), Some(a)) => p.ws < a.ws,
        (Some(_), None) => true,
        (None, None) => town_noun,
        (None, Some(_)) => false,
    }
}

/// The participants of a place declared liberated: who declares it took it
/// ("el MNDAA declaró « liberada » la ciudad"), else its sources; those
/// named beside it are not its targets.
fn takers(roles: &[(usize, Role)]) -> Vec<(usize, Role)> {
    let told_by: Vec<(usize, Role)> = roles
        .iter()
        .filter(|&&(_, r)| r == Role::Reporter)
        .map(|&(a, _)| (a, Role::Source))
        .collect();
    if !told_by.is_empty() {
        return told_by;
    }
    roles
        .iter()
        .copied()
        .filter(|&(_, r)| r != Role::Target)
        .collect()
}

/// Offices named before the group they serve: "le chef du Hamas", "el
/// portavoz del Ejército", "the head of the RSF" (folded forms; the last
/// word of "porte-parole" and "secrétaire général").
const OFFICES_OF: &[&str] = &[
    "chef",
    "leader",
    "head",
    "chief",
    "jefe",
    "lider",
    "dirigeant",
    "dirigente",
    "commandant",
    "comandante",
    "commander",
    "parole",
    "portavoz",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "president",
    "presidente",
    "general",
    "ministre",
    "ministro",
    "minister",
    "envoye",
    "enviado",
    "envoy",
    "directeur",
    "director",
    "fondateur",
    "fundador",
    "founder",
];

/// Whether the mention starting at word `ws` is the complement of an
/// office right before it: "chef du", "portavoz del", "head of the".
fn office_of_before(doc: &Doc, ws: usize, lo: usize) -> bool {
    let mut i = ws;
    // the article: "de la", "de l'", "del", "of the"
    while i > lo
        && (doc.is(i - 1, &["la", "l", "el", "los", "las", "the"])
            || doc.punct(i - 1) && matches!(doc.f(i - 1), "'" | "’"))
    {
        i -= 1;
    }
    i >= lo + 2
        && doc.is(i - 1, &["de", "du", "del", "des", "d", "of"])
        && !doc.punct(i - 2)
        && !doc.words[i - 2].cap
        && doc.is(i - 2, OFFICES_OF)
}

/// Titles of those who lead a group, between the group and his name.
const LEADER_TITLES: &[&str] = &[
    "general",
    "gen",
    "generals",
    "commander",
    "kommandeur",
    "anfuhrer",
    "fuhrer",
    "chef",
    "leader",
    "lider",
    "comandante",
    "colonel",
    "oberst",
    "coronel",
    "marechal",
    "mariscal",
    "warlord",
    "cheikh",
    "sheikh",
    "scheich",
    "jeque",
];

/// Whether mention `i` is a person named as the leader of the group or
/// force named right before: "les Forces de soutien rapide (FSR) du
/// général Mohamed Hamdan Daglo", "the RSF of General Dagalo", "die
/// RSF-Miliz von General Daglo".
fn leader_of_previous(doc: &Doc, infos: &[MInfo], i: usize, actors: &[Actor]) -> bool {
    let (Some(p), Some(m)) = (i.checked_sub(1).and_then(|k| infos.get(k)), infos.get(i)) else {
        return false;
    };
    let kind = |id: usize| actors.get(id).map_or("", |a| a.kind.as_str());
    if kind(m.m.id) != "person"
        || matches!(kind(p.m.id), "person" | "" | "state")
        || p.m.we > m.m.ws
        || m.m.ws - p.m.we > 4
    {
        return false;
    }
    let between = p.m.we..m.m.ws;
    between
        .clone()
        .any(|j| doc.has(j, GENITIVE) || doc.has(j, AGENT))
        && between.into_iter().all(|j| {
            doc.has(j, GENITIVE)
                || doc.has(j, AGENT)
                || doc.has(j, ARTICLE)
                || doc.is(j, LEADER_TITLES)
                || doc.is(j, &[")"])
        })
}

/// Whether the trigger is a present participle opening a clause after a
/// comma, whose subject is the sentence's own: "Le ministère … a affirmé
/// avoir visé …, imputant les dégâts à …", "the ministry said …, blaming
/// Ukrainian air defence", "…, acusando a Kiev". German has no such clause.
fn participle_after_comma(doc: &Doc, f: &Found, lo: usize) -> bool {
    present_participle(doc.lang, doc.f(f.a))
        && f.a > 0
        && f.a >= lo
        && f.a - 1 <= lo
        && doc.is(f.a - 1, &[","])
}

/// A present participle by its ending ("tuant", "killing", "matando"); German
/// has none that reports an event.
fn present_participle(lang: Lang, w: &str) -> bool {
    match lang {
        Lang::Fr => w.len() >= 5 && w.ends_with("ant"),
        Lang::En => w.len() > 5 && w.ends_with("ing"),
        Lang::Es => w.len() > 6 && (w.ends_with("ando") || w.ends_with("iendo")),
        Lang::De => false,
    }
}

/// Whether the trigger tells a standing position in the present tense:
/// an accusation or a denial that holds rather than happened on a day
/// ("Kinshasa accuse le Rwanda …, ce que Kigali dément", "Ruanda niega
/// apoyar a los rebeldes", "Rwanda denies"). Told after the lead without
/// a date, it is kept undated instead of being left out. Only as a main
/// statement: as the verb of a relative clause the present describes the
/// thing named ("una iniciativa que el Gobierno … rechaza"); a relative
/// clause closed by a verb of its own before it does not count ("Kinshasa,
/// qui a rompu ses relations …, accuse"). French, Spanish and English mark
/// the present in the verb's ending; German is left out (strong past forms
/// end in -t too: "bestritt"). `lo` is the start of the sentence, `found`
/// its triggers.
fn standing(doc: &Doc, f: &Found, clause: &Range<usize>, lo: usize, found: &[Found]) -> bool {
    let t = f.trigger();
    if t.noun || f.b != f.a + 1 || !matches!(t.kind, "ACCUSE" | "REJECT") {
        return false;
    }
    let relative_verb = (lo..f.a)
        .rev()
        .find(|&i| doc.has(i, RELATIVE))
        .is_some_and(|k| !found.iter().any(|g| g.a > k && g.a < f.a));
    if relative_verb {
        return false;
    }
    let w = doc.l(f.a);
    let aux: &[&str] = match doc.lang {
        Lang::Fr => &[
            "a", "ont", "avait", "avaient", "aurait", "auraient", "va", "vont", "etre", "ete",
        ],
        Lang::Es => &[
            "ha", "han", "habia", "habian", "fue", "fueron", "sido", "va", "van",
        ],
        Lang::En => &["has", "have", "had", "was", "were", "will", "would"],
        Lang::De => return false,
    };
    let lo = f.a.saturating_sub(3).max(clause.start);
    if (lo..f.a).any(|i| doc.is(i, aux) || doc.has(i, ARTICLE)) {
        return false;
    }
    match doc.lang {
        // "accuse", "dément", "nient"; not "accusé" (é) or "accusait"
        Lang::Fr => w.ends_with('e') || w.ends_with("ent"),
        // "niega", "rechaza", "desmiente", "niegan"; not "negó", "negado"
        Lang::Es => w.ends_with('a') || w.ends_with('e') || w.ends_with("an") || w.ends_with("en"),
        // "denies", "accuses"; not "accusations"
        Lang::En => w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("ions"),
        Lang::De => false,
    }
}

/// Whether a possessive determiner comes right before word `i` ("ihre
/// Offensive", "their offensive", "leur offensive", "su ofensiva"): the
/// event is that of the subject told before.
fn possessive_before(doc: &Doc, i: usize, lo: usize) -> bool {
    let set: &[&str] = match doc.lang {
        Lang::De => &[
            "ihre", "ihr", "ihrer", "ihren", "ihrem", "seine", "sein", "seiner", "seinen", "seinem",
        ],
        Lang::En => &["their", "its"],
        Lang::Fr => &["leur", "leurs", "son", "sa", "ses"],
        Lang::Es => &["su", "sus"],
    };
    i > lo && doc.is(i - 1, set)
}

/// Whether a definite article or demonstrative comes right before word `i`
/// (an event noun naming an event already told: "the strikes", "l'attaque").
fn definite_before(doc: &Doc, i: usize, lo: usize) -> bool {
    let set: &[&str] = match doc.lang {
        Lang::De => &[
            "die", "diese", "dieser", "diesen", "der", "den", "dem", "des", "dieses",
        ],
        Lang::En => &["the", "these", "this", "those", "that"],
        Lang::Fr => &["le", "la", "les", "l", "ce", "ces", "cette", "cet"],
        Lang::Es => &[
            "el", "la", "los", "las", "este", "esta", "estos", "estas", "ese", "esa", "esos",
            "esas",
        ],
    };
    let mut k = i;
    let mut n = 0;
    while k > lo && n < 3 {
        k -= 1;
        n += 1;
        if doc.punct(k) {
            if matches!(doc.f(k), "'" | "’") {
                continue;
            }
            return false;
        }
        if doc.is(k, set) {
            return true;
        }
        if doc.words[k].cap {
            return false;
        }
    }
    false
}

/// The actor standing for country `iso` (the state or its government), if the document names it.
fn country_actor(doc: &Doc, iso: &str, actors: &[Actor]) -> Option<usize> {
    doc.ments.iter().map(|m| m.id).find(|&a| {
        let x = &actors[a];
        x.country.as_deref() == Some(iso)
            && (x.kind == "state" || x.kind == "government" && x.name.ends_with(" government"))
    })
}

/// Whether word `i` looks like a past participle.
fn is_participle(doc: &Doc, i: usize) -> bool {
    let f = doc.f(i);
    match doc.lang {
        Lang::En => {
            f.ends_with("ed")
                || matches!(
                    f,
                    "taken"
                        | "seized"
                        | "struck"
                        | "hit"
                        | "shot"
                        | "held"
                        | "driven"
                        | "overrun"
                        | "brokered"
                        | "killed"
                )
        }
        Lang::De => {
            f.starts_with("ge") && (f.ends_with('t') || f.ends_with("en"))
                || f.contains("ge") && f.ends_with("en") && f.len() > 8
        }
        Lang::Fr => {
            let l = doc.l(i);
            l.ends_with('é')
                || l.ends_with("ée")
                || l.ends_with("és")
                || l.ends_with("ées")
                || [
                    "is", "ise", "ises", "u", "ue", "us", "ues", "it", "ite", "ites",
                ]
                .iter()
                .any(|e| f.ends_with(e))
        }
        Lang::Es => {
            f.ends_with("ado")
                || f.ends_with("ada")
                || f.ends_with("ados")
                || f.ends_with("adas")
                || f.ends_with("ido")
                || f.ends_with("ida")
                || f.ends_with("idos")
        }
    }
}

/// Whether the trigger is negated in its clause.
fn negation(doc: &Doc, f: &Found, clause: &Range<usize>) -> bool {
    let before = (clause.start.max(f.a.saturating_sub(4))..f.a).any(|i| doc.has(i, NEGATION));
    let after = match (doc.lang, f.part) {
        // "griff … nicht an": between the verb and its particle
        (Lang::De, Some(p)) => (f.b..p).any(|i| doc.has(i, NEGATION)),
        (Lang::De, None) => (f.b..(f.b + 2).min(clause.end)).any(|i| doc.is(i, &["nicht"])),
        (Lang::Fr, _) => (f.b..(f.b + 2).min(clause.end)).any(|i| doc.is(i, &["pas", "jamais"])),
        _ => false,
    };
    // a French `ne … pas` around an auxiliary: "n'a pas attaqué"
    let fr_ne = doc.lang == Lang::Fr
        && (clause.start.max(f.a.saturating_sub(4))..f.a)
            .any(|i| doc.is(i, &["pas", "jamais", "plus"]));
    // "ceasefire" after "no": "no ceasefire" is a negation, "non-aggression" not
    before || after || fr_ne
}

/// Whether the mention at `ws` follows "from" (French "aux", "à") after a
/// capture ("recaptured", "seized", "took
/// control" …) ending at `after`: the one it was taken from. An actor, not a
/// place: "from Lebanon" after "fired" is no capture.
fn taken_from(doc: &Doc, kind: &str, label: &str, ws: usize, after: usize) -> bool {
    if kind != "ASSAULT"
        || !matches!(
            label,
            "captured" | "seized" | "recaptured" | "took" | "took control" | "overran"
        )
    {
        return false;
    }
    let from: &[&str] = match doc.lang {
        Lang::En => &["from"],
        Lang::Fr => &["aux", "a", "au"],
        // Spanish "a" before a group is the personal "a" of an object (see
        // `personal_a`), a target by word order already
        Lang::Es | Lang::De => return false,
    };
    after_prep(doc, ws, after, from)
}

/// The prepositions that say on whom a blame is put ("attributed … to").
fn blamed_to(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &["to", "on"],
        Lang::Fr => &["aux", "a", "au"],
        Lang::Es => &["a", "al"],
        Lang::De => &[],
    }
}

/// Words that bring in what a blame is for ("blamed X for the attack",
/// "culpó a X del ataque").
const BLAMED_FOR: &[&str] = &["for", "fur", "pour", "de", "del", "du", "des"];

/// Whether one of `preps` stands before the mention at `ws` (after word
/// `after`), then at most two articles or adjectives ("from the
/// paramilitary RSF").
fn after_prep(doc: &Doc, ws: usize, after: usize, preps: &[&str]) -> bool {
    (ws.saturating_sub(3).max(after)..ws)
        .rev()
        .take_while(|&i| !doc.punct(i))
        .any(|i| preps.contains(&doc.f(i)))
}

fn best_place(doc: &Doc, r: &Range<usize>, at: usize, places: &[Place]) -> Option<usize> {
    let lo = doc.pments.partition_point(|m| m.ws < r.start);
    let hi = doc.pments.partition_point(|m| m.ws < r.end);
    doc.pments[lo..hi]
        .iter()
        .filter(|m| !places[m.id].reporting)
        .filter(|m| {
            // not inside an actor's name ("Regierung in Kinshasa" stays a place only when it is one)
            let k = doc.ments.partition_point(|a| a.ws <= m.ws);
            !doc.ments[k.saturating_sub(3)..k]
                .iter()
                .any(|a| a.ws <= m.ws && m.we <= a.we)
        })
        .max_by_key(|m| {
            // a place attached to the trigger ("Offensive im Nordwesten Syriens", "struck Dnipro") comes first
            let attached = m.ws >= at
                && m.ws <= at + 6
                && (m.ws.saturating_sub(3).max(r.start)..m.ws)
                    .any(|k| doc.has(k, LOCATIVE | GENITIVE))
                || m.ws >= at && m.ws <= at + 2;
            (
                attached,
                place_rank(&places[m.id].kind),
                std::cmp::Reverse(m.ws.abs_diff(at)),
            )
        })
        .map(|m| m.id)
}

/// German "es" of "es kam zu Gefechten", "kam es zu", "es gab Tote": no
/// one's pronoun, so no subject taken up from the sentence before.
fn expletive_es(doc: &Doc, i: usize) -> bool {
    const VERBS: &[&str] = &[
        "kam", "kamen", "kommt", "komme", "kame", "gekommen", "gab", "gibt", "gebe", "gabe",
        "gegeben",
    ];
    doc.lang == Lang::De
        && doc.l(i) == "es"
        && (i > 0 && VERBS.contains(&doc.l(i - 1))
            || i + 1 < doc.words.len() && VERBS.contains(&doc.l(i + 1)))
}
