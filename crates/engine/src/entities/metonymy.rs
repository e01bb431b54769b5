//! Metonymy: does a country or capital name stand for a place ("in
//! Moskau", "in Syrien") or for the state acting ("so Moskau", "Ankara und
//! Moskau vermittelten", "Kiew erklärte", "Washington said", "Moscou a
//! annoncé", "mit Russland, Iran und der Türkei in Kontakt")?
//!
//! Decided from the words around the name: place prepositions before it;
//! actor prepositions before it ("mit", "gegen", "zwischen", "so", "laut",
//! "according to", "selon", "según", "von … unterstützt"); a verb right
//! after a name that opens a clause; possessives and genitives ("Russia's
//! offensive", "Unterstützung Russlands"); and coordination: names joined
//! by "und", "and", "et", "y" or commas share the reading of the one that
//! has a clear cue.

use super::cues::Cue;
use super::lexicon::Target;
use super::Ctx;
use crate::lang::Lang;
use crate::wordlist::WordList;

/// How a name is used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Use {
    /// As a place.
    Place,
    /// As an actor (the state).
    Actor,
    /// No clear cue.
    Neutral,
    /// Both the state and the place: the object of an attack or an invasion
    /// ("Hamas attacked Israel", "Rusia, que invadió Ucrania").
    Both,
}

pub(crate) fn articles(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::De => &[
            "der", "die", "das", "des", "dem", "den", "ein", "eine", "einem", "einen", "einer",
            "eines",
        ],
        Lang::En => &["the", "a", "an"],
        Lang::Fr => &["le", "la", "les", "l", "un", "une"],
        Lang::Es => &["el", "la", "los", "las", "un", "una"],
    }
}

fn place_preps(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::De => &[
            "in",
            "im",
            "ins",
            "nach",
            "aus",
            "bei",
            "nahe",
            "innerhalb",
            "ausserhalb",
            "uber",
            "durch",
            "richtung",
            "bis",
            "nordlich",
            "sudlich",
            "ostlich",
            "westlich",
            "vor",
            "um",
            "hauptstadt",
            "stadt",
            "region",
            "provinz",
        ],
        Lang::En => &[
            "in",
            "into",
            "to",
            "from",
            "at",
            "near",
            "across",
            "inside",
            "outside",
            "throughout",
            "toward",
            "towards",
            "through",
            "around",
            "within",
            "of",
            "visit",
            "visited",
            "capital",
        ],
        Lang::Fr => &[
            "a", "en", "au", "aux", "dans", "vers", "depuis", "pres", "jusqu", "capitale", "ville",
            "region", "province",
        ],
        Lang::Es => &[
            "en",
            "a",
            "hacia",
            "desde",
            "hasta",
            "cerca",
            "capital",
            "ciudad",
            "region",
            "provincia",
        ],
    }
}

fn actor_preps(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::De => &["mit", "gegen", "zwischen", "so", "laut", "seitens", "wie"],
        Lang::En => &[
            "with",
            "against",
            "between",
            "by",
            "according",
            "said",
            "says",
            "like",
            "urged",
            "accused",
        ],
        Lang::Fr => &["avec", "contre", "entre", "par", "selon", "comme"],
        Lang::Es => &["con", "contra", "entre", "por", "segun", "como"],
    }
}

fn conjunctions(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::De => &["und", "sowie", "oder"],
        Lang::En => &["and", "or"],
        Lang::Fr => &["et", "ou"],
        Lang::Es => &["y", "e", "o"],
    }
}

/// Words after a clause-opening name that are not verbs.
fn not_verbs(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::De => &[
            "und", "oder", "sowie", "in", "im", "mit", "von", "vom", "zu", "zum", "zur", "fur",
            "auf", "an", "am", "nach", "bei", "aus", "der", "die", "das", "des", "dem", "den",
            "als", "wie", "ist", "war", "sind", "selbst", "gegen", "uber", "seit", "ab", "bis",
            "um",
        ],
        Lang::En => &[
            "and", "or", "in", "of", "to", "for", "on", "at", "by", "with", "from", "the", "a",
            "an", "as", "is", "was", "itself", "s", "into", "than", "over",
        ],
        Lang::Fr => &[
            "et", "ou", "en", "de", "du", "des", "au", "aux", "pour", "par", "sur", "dans", "avec",
            "le", "la", "les", "l", "est", "comme", "depuis", "d",
        ],
        Lang::Es => &[
            "y", "o", "en", "de", "del", "a", "al", "para", "por", "sobre", "con", "el", "la",
            "los", "las", "es", "como", "desde", "e",
        ],
    }
}

/// Nouns that make a genitive or possessive name a place ("Hauptstadt
/// Syriens", "Russia's border regions").
fn place_nouns(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::De => &[
            "hauptstadt",
            "norden",
            "suden",
            "osten",
            "westen",
            "nordwesten",
            "nordosten",
            "sudwesten",
            "sudosten",
            "grenze",
            "gebiet",
            "gebiete",
            "region",
            "regionen",
            "teil",
            "teile",
            "kuste",
            "territorium",
            "stadt",
            "stadte",
            "provinz",
            "provinzen",
            "boden",
            "luftraum",
            "zentrum",
            "landes",
            "hafen",
            "grenzgebiet",
            "grenzregion",
            "bevolkerung",
            "einwohner",
            "mitte",
            "lage",
            "prozent",
            "drittel",
            "viertel",
            "fluchtlinge",
        ],
        Lang::En => &[
            "capital",
            "north",
            "south",
            "east",
            "west",
            "border",
            "borders",
            "territory",
            "territories",
            "city",
            "cities",
            "region",
            "regions",
            "province",
            "provinces",
            "coast",
            "soil",
            "airspace",
            "largest",
            "second",
            "third",
            "biggest",
            "main",
            "people",
            "population",
            "port",
            "ports",
            "northern",
            "southern",
            "eastern",
            "western",
            "northwest",
            "northeast",
            "southwest",
            "southeast",
            "central",
            "interior",
            "side",
        ],
        _ => &[],
    }
}

/// Whether the country adjective at token `i` qualifies a place named as
/// where something happens ("en un barrio de la capital haitiana", "in the
/// Haitian capital", "in der syrischen Hauptstadt", "sur le territoire
/// syrien"): it says where, not who. As the object of an attack ("struck
/// the Ukrainian city of Dnipro", "contra la ciudad israelí de Eilat") the
/// adjective names the state attacked, and stays a mention.
pub fn adjective_of_place(cx: &Ctx, i: usize) -> bool {
    let n = cx.toks.len();
    // the noun: after the adjective in English and German, before it in
    // French and Spanish; in the same phrase (no comma, no sentence break)
    let noun = match cx.lang() {
        Lang::En | Lang::De => {
            (i + 1 < n && !cx.toks.t[i + 1].comma && !cx.toks.t[i + 1].sent).then_some(i + 1)
        }
        Lang::Fr | Lang::Es => (i > 0 && !cx.toks.t[i].comma && !cx.toks.t[i].sent).then(|| i - 1),
    };
    let Some(k) = noun else { return false };
    // the phrase starts at the adjective (English, German) or the noun
    let start = i.min(k);
    let locative = prev_skipping_articles(cx, start).is_some_and(|p| {
        matches!(
            (cx.lang(), cx.low(p)),
            (
                Lang::En,
                "in" | "of" | "near" | "around" | "outside" | "across" | "from" | "at"
            ) | (
                Lang::De,
                "in" | "im" | "nahe" | "bei" | "beim" | "aus" | "von" | "vom" | "um" | "ausserhalb"
            ) | (
                Lang::Fr,
                "en" | "de"
                    | "d"
                    | "du"
                    | "des"
                    | "dans"
                    | "a"
                    | "au"
                    | "pres"
                    | "autour"
                    | "depuis"
            ) | (
                Lang::Es,
                "en" | "de" | "del" | "a" | "al" | "cerca" | "desde" | "alrededor"
            )
        )
    });
    locative
        && matches!(
            (cx.lang(), cx.low(k)),
            (
                Lang::En,
                "capital"
                    | "territory"
                    | "territories"
                    | "soil"
                    | "border"
                    | "borders"
                    | "coast"
                    | "airspace"
                    | "waters"
                    | "city"
                    | "cities"
                    | "town"
                    | "towns"
                    | "province"
                    | "countryside"
            ) | (
                Lang::De,
                "hauptstadt"
                    | "gebiet"
                    | "gebiete"
                    | "territorium"
                    | "boden"
                    | "grenze"
                    | "kuste"
                    | "luftraum"
                    | "gewasser"
                    | "stadt"
                    | "stadte"
                    | "provinz"
                    | "hoheitsgebiet"
                    | "staatsgebiet"
                    | "grenzgebiet"
            ) | (
                Lang::Fr,
                "capitale"
                    | "territoire"
                    | "sol"
                    | "frontiere"
                    | "cote"
                    | "eaux"
                    | "ville"
                    | "villes"
                    | "province"
            ) | (
                Lang::Es,
                "capital"
                    | "territorio"
                    | "suelo"
                    | "frontera"
                    | "costa"
                    | "aguas"
                    | "ciudad"
                    | "ciudades"
                    | "provincia"
            )
        )
}

/// Nouns of support whose giver follows: "Unterstützung (der USA)",
/// "soutien (des Etats-Unis)" (folded).
const SUPPORT_NOUNS: &[&str] = &[
    "unterstutzung",
    "hilfe",
    "ruckendeckung",
    "support",
    "help",
    "backing",
    "soutien",
    "aide",
    "appui",
    "apoyo",
    "ayuda",
    "respaldo",
];

fn prev_skipping_articles(cx: &Ctx, s: usize) -> Option<usize> {
    let arts = articles(cx.lang());
    let mut i = s;
    while i > 0 {
        i -= 1;
        if cx.toks.t[i + 1].sent {
            return None;
        }
        if arts.contains(&cx.low(i)) {
            continue;
        }
        return Some(i);
    }
    None
}

fn region_noun(w: &str) -> bool {
    matches!(
        w,
        "etat"
            | "state"
            | "estado"
            | "province"
            | "provinz"
            | "provincia"
            | "region"
            | "gebiet"
            | "oblast"
            | "governorate"
            | "gouvernorat"
            | "departement"
            | "departamento"
            | "district"
            | "bezirk"
            | "distrito"
    )
}

/// Whether a region noun precedes token `s` ("Etat d'Al-Jazira", "Provinz Idlib").
pub fn region_noun_before(cx: &Ctx, s: usize) -> bool {
    match prev_skipping_articles(cx, s) {
        Some(p) => {
            region_noun(cx.low(p))
                || p > 0
                    && matches!(cx.low(p), "de" | "d" | "of" | "von" | "du" | "del")
                    && region_noun(cx.low(p - 1))
        }
        None => false,
    }
}

/// Whether a place preposition precedes token `s` (articles skipped).
pub fn place_prep_before(cx: &Ctx, s: usize) -> bool {
    match prev_skipping_articles(cx, s) {
        Some(p) => {
            if place_preps(cx.lang()).contains(&cx.low(p)) && !cx.toks.t[p + 1].comma {
                return true;
            }
            // "Etat d'Al-Jazira", "province of Idlib", "Provinz Idlib"
            if region_noun(cx.low(p)) {
                return true;
            }
            p > 0
                && matches!(cx.low(p), "de" | "d" | "of" | "von" | "du" | "del")
                && region_noun(cx.low(p - 1))
        }
        None => false,
    }
}

/// The local reading of hit `k` (tokens `s..e`), without coordination.
/// Armed forces a state acts through, after its name in English.
const FORCES_EN: WordList = WordList::new(&[
    "warplanes",
    "warships",
    "jets",
    "fighter",
    "bombers",
    "troops",
    "soldiers",
    "forces",
    "aircraft",
    "drones",
    "submarines",
    "destroyers",
]);

fn local_use(cx: &Ctx, k: usize, is_capital: bool) -> Use {
    let h = &cx.hits[k];
    let (s, e) = (h.s, h.e);
    let lang = cx.lang();
    let n = cx.toks.len();
    let raw_last = cx.toks.raw(e - 1);
    // genitive: the matched word carries an -s the name does not have
    let genitive = lang == Lang::De && {
        let l = cx.low(e - 1);
        l.ends_with('s') && raw_last.ends_with('s') && cx.toks.t[e - 1].alt > 0 && {
            // was the alt form what matched? re-check the full word
            let full = super::lexicon::index().lookup_words(&cx.toks, s, e);
            full.is_empty()
        }
    };
    if let Some(p) = prev_skipping_articles(cx, s) {
        let w = cx.low(p);
        let comma_between = cx.toks.t[p + 1].comma;
        // the object of an accusation or a demand is a government or a state:
        // "a accusé (mardi) Kigali de soutenir", "accused Kigali of", "acusó a
        // Ruanda", "beschuldigte Kigali"
        // (back over a day and its article, "mardi", "el martes", "on
        // Tuesday", and Spanish "a" to the verb)
        // — and not as a modifier: "warned Beirut residents to leave" warns
        // residents, not Lebanon
        let mut v = p;
        let apart = |v: usize| cx.toks.t[v + 1].comma || cx.toks.t[v + 1].sent;
        while v > 0
            && v + 4 > s
            && !apart(v)
            && (weekday(cx.low(v)) || matches!(cx.low(v), "a" | "el" | "on" | "am"))
        {
            v -= 1;
        }
        if !apart(v) && accuses(lang, cx.low(v)) && !modifies_next(cx, e) {
            return Use::Actor;
        }
        if !apart(v) && attacks(lang, cx.low(v)) && !modifies_next(cx, e) {
            return Use::Both;
        }
        // a German verb-final clause: "hat (am Sonntag) die Ukraine angegriffen"
        // (not a place: "Ziele im Jemen angegriffen")
        if lang == Lang::De
            && !is_capital
            && !place_preps(lang).contains(&w)
            && (e..(e + 3).min(n))
                .take_while(|&j| !apart(j - 1))
                .find(|&j| {
                    matches!(
                        cx.low(j),
                        "angegriffen" | "uberfallen" | "attackiert" | "bombardiert"
                    )
                })
                // (no other name between: "nachdem Israel Iran angegriffen
                // hatte" attacked Iran, not Israel)
                .is_some_and(|j| cx.hits.get(k + 1).is_none_or(|x| x.s >= j))
        {
            return Use::Both;
        }
        // the giver of support: "mit Unterstützung der USA", "mit Hilfe der
        // USA", "avec le soutien des Etats-Unis", "con el apoyo de Estados
        // Unidos", "with the support of the United States"
        let of_word = matches!(w, "de" | "des" | "du" | "del" | "of" | "d");
        let noun = if of_word && p > 0 && !cx.toks.t[p].comma {
            cx.low(p - 1)
        } else {
            w
        };
        if SUPPORT_NOUNS.contains(&noun) && !comma_between {
            return Use::Actor;
        }
        if !comma_between && place_preps(lang).contains(&w) {
            return Use::Place;
        }
        // "border with Bangladesh", "frontière avec le Bangladesh", "Grenze zu"
        let border = p > 0
            && matches!(
                cx.low(p - 1),
                "border"
                    | "borders"
                    | "frontiere"
                    | "frontieres"
                    | "grenze"
                    | "frontera"
                    | "fronteras"
                    | "boundary"
            );
        if border {
            return Use::Place;
        }
        if actor_preps(lang).contains(&w) {
            // "so Moskau" needs the comma before "so"
            if lang == Lang::De && w == "so" && !cx.toks.t[p].comma {
                // "so schnell wie" etc.: not a cue
            } else {
                return Use::Actor;
            }
        }
        // "von Ankara und Moskau geförderter", "von Ruanda unterstützte"
        if matches!(w, "von" | "vom") {
            let mut j = e;
            while j < n && j < e + 6 && cx.same_sentence(s, j) {
                let lw = cx.low(j);
                if !cx.toks.t[j].cap
                    && (lw.contains("unterstutz")
                        || lw.contains("gefordert")
                        || lw.contains("gestutzt")
                        || lw.contains("angefuhrt")
                        || lw.contains("vermittelt")
                        || lw.contains("kontrolliert")
                        || lw.contains("gefuhrt")
                        || lw.contains("angegriffen")
                        || lw.contains("besetzt")
                        || lw.contains("ausgehandelt"))
                {
                    return Use::Actor;
                }
                j += 1;
            }
        }
        // genitive after a noun: "Unterstützung Russlands" (not "Hauptstadt Syriens")
        if genitive
            && cx.toks.t[p].cap
            && !place_nouns(lang).contains(&w)
            && !cx.toks.t[p + 1].comma
            && cx.hit_of[p] == usize::MAX
        {
            return Use::Actor;
        }
    }
    // English "-backed": "Rwanda-backed M23", "Iran-backed"
    if e < n
        && cx.toks.t[e].join
        && matches!(
            cx.low(e),
            "backed" | "led" | "allied" | "aligned" | "supported" | "gestutzt" | "treue"
        )
        // German participles after a hyphen: "US-geführte", "Iran-unterstützte", "Iran-nahe"
        || lang == Lang::De
            && e < n
            && cx.toks.t[e].join
            && !cx.toks.t[e].cap
            && cx.toks.gap(e) == "-"
            && {
                let w = cx.low(e);
                ["gefuhrt", "unterstutzt", "gestutzt", "treu", "nah"]
                    .iter()
                    .any(|p| w.starts_with(p) && w.len() <= p.len() + 3)
            }
    {
        return Use::Actor;
    }
    // possessive: "Russia's offensive" (not "Russia's border regions")
    if lang == Lang::En && e < n && cx.low(e) == "s" && matches!(cx.toks.gap(e), "'" | "’") {
        let next = if e + 1 < n { cx.low(e + 1) } else { "" };
        if place_nouns(lang).contains(&next) {
            return Use::Place;
        }
        // "Lebanon's Hezbollah", "Sudan's paramilitary Rapid Support Forces": a descriptor
        for j in e + 1..(e + 4).min(n) {
            let hk = cx.hit_of[j];
            if hk != usize::MAX
                && cx.hits[hk].targets().iter().any(|t| matches!(t, Target::Actor(a) if super::lexicon::index().actors[*a as usize].kind != "person"))
            {
                return Use::Neutral;
            }
        }
        return Use::Actor;
    }
    // a name before armed forces in English: "U.S. warplanes struck", "U.S.
    // and British warships" (the state acts through them)
    if lang == Lang::En && !is_capital {
        let mut j = e;
        while j < n
            && j < e + 3
            && cx.same_sentence(s, j)
            && (cx.low(j) == "and" || cx.adj[j].is_some())
        {
            j += 1;
        }
        if j < n && cx.same_sentence(s, j) && FORCES_EN.contains(cx.low(j)) {
            return Use::Actor;
        }
    }
    // German genitive before a noun: "Syriens Präsident", "Israels Armee"
    if genitive && e < n && cx.toks.t[e].cap && !cx.toks.t[e].comma && cx.same_sentence(s, e) {
        let next = cx.low(e);
        if !place_nouns(lang).contains(&next) {
            return Use::Actor;
        }
    }
    // a verb after a clause-opening name: "Kiew erklärte", "Russia struck"
    let opens = {
        let mut i = s;
        let arts = articles(lang);
        let mut open = cx.toks.t[s].sent || cx.toks.t[s].comma || cx.toks.t[s].quote;
        while !open && i > 0 {
            let w = cx.low(i - 1);
            if arts.contains(&w) {
                open = cx.toks.t[i - 1].sent || cx.toks.t[i - 1].comma || cx.toks.t[i - 1].quote;
                i -= 1;
                continue;
            }
            open = conjunctions(lang).contains(&w)
                || matches!(
                    w,
                    "auch"
                        | "also"
                        | "aussi"
                        | "tambien"
                        | "dass"
                        | "that"
                        | "que"
                        | "weil"
                        | "because"
                        | "car"
                        | "porque"
                        | "denn"
                        | "aber"
                        | "but"
                        | "mais"
                        | "pero"
                        | "while"
                        | "wahrend"
                        | "tandis"
                        | "mientras"
                        | "when"
                        | "als"
                        | "quand"
                        | "cuando"
                        | "nachdem"
                        | "after"
                        | "apres"
                )
                // "the military said, as Islamabad again accused Kabul"
                || lang == Lang::En && w == "as" && i >= 2 && cx.toks.t[i - 1].comma
                // an English clause without its relative pronoun: "a charge
                // Cairo denied", "claims Moscow rejects"
                || lang == Lang::En
                    && matches!(
                        w,
                        "charge"
                            | "charges"
                            | "claim"
                            | "claims"
                            | "accusation"
                            | "accusations"
                            | "allegation"
                            | "allegations"
                    );
            break;
        }
        open
    };
    // English puts the day between the subject and its verb: "Russia on
    // Tuesday launched", "Israel late on Sunday struck", "Egypt last week said"
    let e = if lang == Lang::En && opens {
        after_time_en(cx, e)
    } else {
        e
    };
    if e < n && opens && cx.same_sentence(s, e) {
        let t = &cx.toks.t[e];
        let w = cx.low(e);
        if !t.comma
            && !t.cap
            && !t.paren
            && !not_verbs(lang).contains(&w)
            && !w.chars().next().is_some_and(|c| c.is_ascii_digit())
        {
            // English and Spanish lower-case words after a capital may be
            // nouns of a compound ("Gaza ceasefire"): accept verb-like forms only
            let verbish = match lang {
                Lang::En => {
                    w.ends_with("ed")
                        || w.ends_with('s')
                        || matches!(
                            w,
                            "has"
                                | "had"
                                | "have"
                                | "will"
                                | "would"
                                | "said"
                                | "says"
                                | "struck"
                                | "launched"
                                | "took"
                                | "began"
                                | "sent"
                                | "fired"
                                | "hit"
                                | "must"
                                | "could"
                                | "can"
                                | "did"
                                | "does"
                                | "first"
                                | "then"
                                | "also"
                                | "now"
                                | "still"
                                | "later"
                                | "again"
                                | "announced"
                                | "insists"
                        )
                }
                _ => true,
            };
            // (a capital's verb past an adverb: "as Islamabad again accused Kabul")
            let act = if lang == Lang::En
                && matches!(
                    w,
                    "again" | "also" | "now" | "still" | "later" | "then" | "first"
                )
                && e + 1 < n
                && cx.same_sentence(s, e + 1)
            {
                cx.low(e + 1)
            } else {
                w
            };
            if verbish && !is_capital || verbish && is_capital && speech_or_act(lang, act) {
                return Use::Actor;
            }
            // German reported speech in the subjunctive: "drohte, Washington
            // und London würden einen hohen Preis zahlen", "Moskau werde
            // reagieren" (not the past passive "wurden": "Kiew wurde getroffen")
            if lang == Lang::De && is_capital && subjunctive_aux(cx.toks.raw(e)) {
                return Use::Actor;
            }
        }
        // "Rusia, que invadió …", "Russia, which …"; a capital when the verb
        // after its relative clause is one of speech or of a state's act:
        // "Kinshasa, qui a rompu ses relations avec Kigali, accuse le Rwanda"
        // (not "Kinshasa, which lies on the river, is …")
        if t.comma && matches!(w, "que" | "qui" | "which" | "der" | "die" | "das" | "who") {
            if !is_capital {
                return Use::Actor;
            }
            let mut k = e + 1;
            while k < n && k < e + 20 && cx.same_sentence(s, k) {
                let tk = &cx.toks.t[k];
                if tk.comma {
                    // (past an auxiliary, its participle: "a rompu", not
                    // "has grown", "a été")
                    let aux = matches!(
                        cx.low(k),
                        "a" | "has" | "had" | "have" | "will" | "hat" | "hatte" | "ha" | "habia"
                    );
                    let v = if aux && k + 1 < n { k + 1 } else { k };
                    if !tk.cap
                        && !cx.toks.t[v].cap
                        && speech_or_act(lang, cx.low(v))
                        && !matches!(cx.low(v), "ete" | "been" | "worden" | "sido")
                    {
                        return Use::Actor;
                    }
                    break;
                }
                k += 1;
            }
        }
    }
    if lang == Lang::De && inverted_subject(cx, s) {
        let v = cx.low(s - 1);
        if !is_capital || speech_or_act(lang, v) {
            return Use::Actor;
        }
    }
    Use::Neutral
}

/// German verb-second after a fronted phrase ("Am Montag griff Israel …",
/// "Ende September weitete Israel …", "Zuvor hatte Moskau …"): the name at
/// token `s` right after the finite verb is its subject. The verb is a
/// lower-case word that is no preposition, article or conjunction, and the
/// phrase before it ends in a capitalised word or a number.
fn inverted_subject(cx: &Ctx, s: usize) -> bool {
    if s < 2 || !cx.same_sentence(s - 2, s) {
        return false;
    }
    let lang = cx.lang();
    let (p, t) = (s - 1, &cx.toks.t[s - 1]);
    let v = cx.low(p);
    let verb_like = !t.cap
        && !t.comma
        && !t.paren
        && !cx.toks.t[s].comma
        && v.len() > 2
        && !v.as_bytes()[0].is_ascii_digit()
        && !not_verbs(lang).contains(&v)
        && !place_preps(lang).contains(&v)
        && !articles(lang).contains(&v)
        && !conjunctions(lang).contains(&v)
        && !matches!(
            v,
            "zwischen"
                | "gegenuber"
                | "durch"
                | "ohne"
                | "trotz"
                | "wegen"
                | "wahrend"
                | "laut"
                | "dank"
                | "unter"
                | "vor"
                | "hinter"
                | "neben"
                | "entlang"
                | "sowohl"
                | "sondern"
                | "etwa"
                | "nicht"
                | "nur"
                | "allem"
        );
    let before = &cx.toks.t[p - 1];
    let fronted = before.cap || cx.toks.raw(p - 1).as_bytes()[0].is_ascii_digit();
    verb_like && fronted
}

/// German auxiliaries of the subjunctive that report what someone said or
/// intends ("würden", "werde"), as written (folding would make "würden"
/// the past "wurden").
fn subjunctive_aux(raw: &str) -> bool {
    ["würde", "würden", "werde"].contains(&raw)
}

/// Whether the name ending before token `e` modifies the word after it
/// ("Beirut residents", "Kyiv officials"): a word follows in the same
/// clause that is no function word or day.
fn modifies_next(cx: &Ctx, e: usize) -> bool {
    // only English puts a name before the noun it qualifies; German writes
    // one word ("Beiruter Einwohner"), French and Spanish put it after
    // ("los residentes de Beirut"): "griff Israel an", "atacó a Israel el
    // sábado" name the state
    cx.lang() == Lang::En
        && e < cx.toks.len()
        && !cx.toks.t[e].comma
        && !cx.toks.t[e].sent
        && !cx.toks.t[e].paren
        && !weekday(cx.low(e))
        && !matches!(
            cx.low(e),
            "of" | "for"
                | "to"
                | "that"
                | "against"
                | "over"
                | "on"
                | "in"
                | "and"
                | "with"
                | "de"
                | "d"
                | "du"
                | "des"
                | "et"
                | "pour"
                | "con"
                | "por"
                | "que"
                | "y"
                | "del"
                | "zu"
                | "dass"
                | "der"
                | "die"
                | "am"
                | "vor"
                | "wegen"
                | "und"
                | "mit"
        )
}

/// A day of the week (folded), in the four languages.
/// Token `j`, or the token after an English time phrase that starts at it
/// ("on Tuesday", "late on Sunday", "on Nov. 27", "overnight", "last week");
/// no phrase set off by commas.
fn after_time_en(cx: &Ctx, j: usize) -> usize {
    let n = cx.toks.len();
    let free = |k: usize| k < n && !cx.toks.t[k].comma && !cx.toks.t[k].sent;
    let mut k = j;
    if free(k) && matches!(cx.low(k), "late" | "early") {
        k += 1;
    }
    if free(k) && cx.low(k) == "on" && free(k + 1) {
        let w = cx.low(k + 1);
        let month = matches!(
            w,
            "january"
                | "february"
                | "march"
                | "april"
                | "may"
                | "june"
                | "july"
                | "august"
                | "september"
                | "october"
                | "november"
                | "december"
                | "jan"
                | "feb"
                | "mar"
                | "apr"
                | "jun"
                | "jul"
                | "aug"
                | "sep"
                | "sept"
                | "oct"
                | "nov"
                | "dec"
        );
        if weekday(w) {
            return k + 2;
        }
        if month {
            let mut m = k + 2;
            if free(m) && cx.low(m).bytes().all(|b| b.is_ascii_digit()) {
                m += 1;
            }
            return m;
        }
        return j;
    }
    if k != j {
        return j;
    }
    if free(k) && matches!(cx.low(k), "overnight" | "yesterday" | "today" | "tonight") {
        return k + 1;
    }
    if free(k)
        && free(k + 1)
        && cx.low(k) == "last"
        && matches!(cx.low(k + 1), "week" | "night" | "month")
    {
        return k + 2;
    }
    j
}

fn weekday(w: &str) -> bool {
    matches!(
        w,
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "lundi"
            | "mardi"
            | "mercredi"
            | "jeudi"
            | "vendredi"
            | "samedi"
            | "dimanche"
            | "lunes"
            | "martes"
            | "miercoles"
            | "jueves"
            | "viernes"
            | "sabado"
            | "domingo"
            | "montag"
            | "dienstag"
            | "mittwoch"
            | "donnerstag"
            | "freitag"
            | "samstag"
            | "sonntag"
    )
}

/// Verbs (folded) whose object is someone accused, blamed, urged or threatened.
fn accuses(lang: Lang, w: &str) -> bool {
    match lang {
        Lang::En => matches!(
            w,
            "accused"
                | "accuses"
                | "accuse"
                | "blamed"
                | "blames"
                | "blame"
                | "urged"
                | "urges"
                | "warned"
                | "warns"
                | "condemned"
                | "condemns"
        ),
        Lang::Fr => matches!(
            w,
            "accuse" | "accusait" | "accusent" | "accusaient" | "exhorte" | "condamne" | "somme"
        ),
        Lang::Es => matches!(
            w,
            "acuso"
                | "acusa"
                | "acusan"
                | "acusaron"
                | "culpo"
                | "culpa"
                | "insto"
                | "exigio"
                | "condeno"
                | "amenazo"
                | "amenaza"
                | "amenazan"
                | "amenazaron"
        ),
        Lang::De => matches!(
            w,
            "beschuldigte"
                | "beschuldigten"
                | "beschuldigt"
                | "warnte"
                | "warnten"
                | "verurteilte"
                | "verurteilten"
        ),
    }
}

/// Verbs of attack and invasion (folded) whose object country is both the
/// state attacked and where it happens: "attacked Israel", "a attaqué
/// Israël", "atacó a Israel", "griffen (am Freitag) Israel an", "invaded
/// Ukraine".
pub(crate) fn attacks(lang: Lang, w: &str) -> bool {
    match lang {
        Lang::En => matches!(
            w,
            "attacked" | "attacks" | "attack" | "invaded" | "invades" | "invade"
        ),
        Lang::Fr => matches!(
            w,
            "attaque" | "attaquent" | "attaquait" | "envahi" | "envahit"
        ),
        Lang::Es => matches!(
            w,
            "ataco" | "atacaron" | "ataca" | "atacan" | "invadio" | "invadieron"
        ),
        Lang::De => matches!(
            w,
            "griff" | "griffen" | "greift" | "greifen" | "uberfiel" | "uberfielen" | "angegriffen"
        ),
    }
}

/// Verbs (stems) for which a capital city stands for its state.
fn speech_or_act(lang: Lang, w: &str) -> bool {
    const STEMS: &[&str] = &[
        // de
        "erklar",
        "sagt",
        "teilt",
        "kundig",
        "warf",
        "wirft",
        "forder",
        "bestat",
        "wies",
        "weist",
        "meld",
        "beschuld",
        "verurteil",
        "reagier",
        "vermittel",
        "droh",
        "hatte",
        "hat",
        "will",
        "wolle",
        "lehnt",
        "lehnte",
        "bestreit",
        "dement",
        "beton",
        "versich",
        "kritis",
        "setzt",
        "schick",
        "entsand",
        "bot",
        "biet",
        "gab",
        "gibt",
        "sieht",
        "sah",
        "rief",
        "ruft",
        "verhandel",
        "unterstutz",
        "liefer",
        // en
        "said",
        "says",
        "announc",
        "accus",
        "warn",
        "denied",
        "denies",
        "urged",
        "urges",
        "condemn",
        "confirm",
        "claim",
        "insist",
        "respond",
        "react",
        "threat",
        "demand",
        "reject",
        "has",
        "had",
        "will",
        "would",
        "sent",
        "blamed",
        "vowed",
        "struck",
        "launched",
        "backs",
        "backed",
        // fr
        "annon",
        "affirm",
        "accus",
        "declar",
        "dement",
        "condamn",
        "confirm",
        "menac",
        "exig",
        "rejet",
        "reclam",
        "estim",
        "assur",
        "souhait",
        "dit",
        "avait",
        "va",
        "veut",
        // es
        "anunc",
        "afirm",
        "acus",
        "decla",
        "nego",
        "neg",
        "conden",
        "confirm",
        "amenaz",
        "exig",
        "rechaz",
        "reclam",
        "asegur",
        "dijo",
        "ha",
        "habia",
        "calific",
        "guarda",
    ];
    let _ = lang;
    (w == "a" && lang == Lang::Fr) || STEMS.iter().any(|s| w.starts_with(s))
}

/// Whether a government or ministry word and "in" precede token `s`
/// ("Regierung in Kinshasa", "Verteidigungsministerium in Moskau").
pub fn gov_cue_before(cx: &Ctx, s: usize) -> bool {
    if s < 2 {
        return false;
    }
    if !matches!(cx.low(s - 1), "in" | "en" | "a") {
        return false;
    }
    let k = cx.hit_of[s - 2];
    if k == usize::MAX {
        return false;
    }
    matches!(cx.cue(k), Some(Cue::Gov(_)) | Some(Cue::Ministry(_)))
}

/// Neighbouring hits joined to hit `k` by conjunctions, commas and articles.
fn chain(cx: &Ctx, k: usize) -> Vec<usize> {
    let lang = cx.lang();
    let arts = articles(lang);
    let conj = conjunctions(lang);
    let joinable = |cx: &Ctx, a: usize, b: usize| -> bool {
        // tokens between hit a and hit b: only articles, conjunctions, commas
        let (ae, bs) = (cx.hits[a].e, cx.hits[b].s);
        if bs < ae || bs - ae > 3 || !cx.same_sentence(cx.hits[a].s, bs) {
            return false;
        }
        let mid: Vec<&str> = (ae..bs).map(|i| cx.low(i)).collect();
        let has_conj = mid.iter().any(|w| conj.contains(w));
        let only = mid.iter().all(|w| conj.contains(w) || arts.contains(w));
        only && (has_conj || cx.toks.t[bs].comma)
    };
    let is_member = |cx: &Ctx, j: usize| {
        cx.hits[j].targets().iter().any(|t| match t {
            Target::Country(_) | Target::Gaz(_) => true,
            Target::Actor(a) => super::lexicon::index().actors[*a as usize].kind != "person",
            _ => false,
        })
    };
    let mut out = vec![k];
    let mut j = k;
    while j > 0 && is_member(cx, j - 1) && joinable(cx, j - 1, j) {
        j -= 1;
        out.push(j);
    }
    let mut j = k;
    while j + 1 < cx.hits.len() && is_member(cx, j + 1) && joinable(cx, j, j + 1) {
        j += 1;
        out.push(j);
    }
    out
}

fn use_with_chain(cx: &Ctx, k: usize, is_capital: bool) -> Use {
    let own = local_use(cx, k, is_capital);
    if own != Use::Neutral {
        return own;
    }
    for j in chain(cx, k) {
        if j == k {
            continue;
        }
        let lex_actor = cx.hits[j]
            .targets()
            .iter()
            .any(|t| matches!(t, Target::Actor(_)))
            && !cx.hits[j]
                .targets()
                .iter()
                .any(|t| matches!(t, Target::Country(_) | Target::Gaz(_)));
        if lex_actor {
            return Use::Actor;
        }
        match local_use(cx, j, is_capital) {
            Use::Neutral => {}
            u => return u,
        }
    }
    Use::Neutral
}

/// How a country name (hit `k`) is used.
pub fn country_use(cx: &Ctx, k: usize) -> Use {
    use_with_chain(cx, k, false)
}

/// How a capital city name (hit `k`) is used; places unless a clear cue
/// makes it the state.
pub fn capital_use(cx: &Ctx, k: usize) -> Use {
    if gov_cue_before(cx, cx.hits[k].s) {
        return Use::Actor;
    }
    match use_with_chain(cx, k, true) {
        Use::Actor => Use::Actor,
        _ => Use::Place,
    }
}
