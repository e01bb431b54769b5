//! Casualty and size figures: "mindestens 25 Rebellen getötet", "at least
//! 242 people killed", "au moins 12 morts", "al menos 30 muertos",
//! "2.000 Tote", "1,500 troops", "eine halbe Million Tote".
//!
//! A figure is a number (digits with the language's thousands separator,
//! a number word, a multiplier like `Millionen`) with an optional
//! qualifier before it (`at least`, `mehr als`, `environ`, `hasta`) and a
//! category word after it (`killed`, `Tote`, `blessés`, `desplazados`,
//! `troops`) — possibly after a noun for people (`242 people killed`,
//! `400 Menschen getötet`) — or a killing verb before it (`killed more than
//! 100 people`). Numbers without a category (years, hours) are not figures.

use std::ops::Range;

use super::lexicon::{self, FxMap};
use super::Doc;
use crate::lang::Lang;
use crate::model::Figure;
use crate::text::TokenKind;

fn category(lang: Lang, f: &str) -> Option<&'static str> {
    let killed: &[&str] = match lang {
        Lang::En => &["killed", "dead", "deaths", "died", "fatalities", "dead,"],
        Lang::De => &[
            "tote",
            "toten",
            "getotet",
            "todesopfer",
            "starben",
            "umgekommen",
            "ermordet",
        ],
        Lang::Fr => &["morts", "mort", "tues", "tue", "tuees", "deces", "tuant"],
        Lang::Es => &[
            "muertos",
            "muertas",
            "muerto",
            "fallecidos",
            "asesinados",
            "asesinadas",
            "murieron",
            "fallecieron",
        ],
    };
    let wounded: &[&str] = match lang {
        Lang::En => &["wounded", "injured", "injuries"],
        Lang::De => &[
            "verletzte",
            "verletzten",
            "verletzt",
            "verwundet",
            "verwundete",
            "verwundeten",
        ],
        Lang::Fr => &["blesses", "blesse", "blessees"],
        Lang::Es => &["heridos", "heridas", "herido", "lesionados"],
    };
    let displaced: &[&str] = match lang {
        Lang::En => &["displaced", "refugees", "evacuated"],
        Lang::De => &[
            "vertriebene",
            "vertriebenen",
            "fluchtlinge",
            "fluchtlingen",
            "vertrieben",
        ],
        Lang::Fr => &["deplaces", "refugies"],
        Lang::Es => &["desplazados", "refugiados", "desplazadas"],
    };
    let troops: &[&str] = match lang {
        Lang::En => &[
            "troops",
            "soldiers",
            "fighters",
            "servicemen",
            "personnel",
            "police",
            "officers",
            "mercenaries",
            "militants",
            "peacekeepers",
        ],
        Lang::De => &[
            "soldaten",
            "kampfer",
            "truppen",
            "polizisten",
            "sicherheitskrafte",
            "soldatinnen",
            "blauhelme",
            "soldner",
        ],
        Lang::Fr => &[
            "soldats",
            "militaires",
            "combattants",
            "policiers",
            "casques",
            "mercenaires",
        ],
        Lang::Es => &[
            "soldados",
            "militares",
            "combatientes",
            "policias",
            "efectivos",
            "agentes",
            "mercenarios",
        ],
    };
    let captives: &[&str] = match lang {
        Lang::En => &["hostages", "prisoners", "detainees"],
        Lang::De => &["geiseln", "haftlinge", "gefangene", "gefangenen"],
        Lang::Fr => &["otages", "prisonniers", "detenus"],
        Lang::Es => &["rehenes", "presos", "prisioneros", "reclusos"],
    };
    if killed.contains(&f) {
        Some("killed")
    } else if wounded.contains(&f) {
        Some("wounded")
    } else if displaced.contains(&f) {
        Some("displaced")
    } else if troops.contains(&f) {
        Some("troops")
    } else if captives.contains(&f) {
        Some("captives")
    } else {
        None
    }
}

fn people(lang: Lang, f: &str) -> bool {
    let set: &[&str] = match lang {
        Lang::En => &[
            "people",
            "civilians",
            "persons",
            "children",
            "women",
            "palestinians",
            "others",
            "of",
            "journalists",
            "reporters",
            "workers",
            "employees",
            "staff",
            "medics",
            "doctors",
            "students",
            "migrants",
            "villagers",
            "residents",
        ],
        Lang::De => &[
            "menschen",
            "zivilisten",
            "personen",
            "kinder",
            "frauen",
            "palastinenser",
            "zivilpersonen",
            "rebellen",
            "dschihadisten",
            "kampfer",
            "journalisten",
            "helfer",
            "mitarbeiter",
            "arzte",
            "studenten",
            "migranten",
            "dorfbewohner",
            "bewohner",
        ],
        Lang::Fr => &[
            "personnes",
            "civils",
            "enfants",
            "femmes",
            "palestiniens",
            "journalistes",
            "employes",
            "humanitaires",
            "medecins",
            "etudiants",
            "migrants",
            "villageois",
            "habitants",
        ],
        Lang::Es => &[
            "personas",
            "civiles",
            "ninos",
            "mujeres",
            "palestinos",
            "periodistas",
            "trabajadores",
            "empleados",
            "medicos",
            "estudiantes",
            "migrantes",
            "aldeanos",
            "vecinos",
        ],
    };
    set.contains(&f)
}

/// A passive participle of killing at word `k`: "(wurden) getötet", "were
/// killed", "ont été tués", "fueron asesinados"; not an active verb ("30
/// soldiers killed 12 rebels" are troops).
fn killed_participle(doc: &Doc, k: usize) -> bool {
    let aux_before = |aux: &[&str]| k > 0 && doc.is(k - 1, aux);
    match doc.lang {
        Lang::De => doc.f(k) == "getotet",
        Lang::En => doc.f(k) == "killed" && aux_before(&["were", "was", "been", "are", "is"]),
        Lang::Fr => matches!(doc.f(k), "tue" | "tues" | "tuee" | "tuees") && aux_before(&["ete"]),
        Lang::Es => {
            matches!(doc.f(k), "asesinados" | "muertos" | "matados")
                && aux_before(&["fueron", "resultaron", "han", "sido"])
        }
    }
}

fn killing_verb(lang: Lang, f: &str) -> bool {
    let set: &[&str] = match lang {
        Lang::En => &["killed", "killing", "kill"],
        Lang::De => &["totete", "toteten", "getotet", "tote"],
        Lang::Fr => &["tue", "tues", "tuant", "tuer"],
        Lang::Es => &["mato", "mataron", "matado", "matar"],
    };
    set.contains(&f)
}

/// The vague amounts [`vague`] knows: the word, the least it means, the
/// English word.
const VAGUE: &[(&str, u64, &str)] = &[
    ("dizaines", 20, "tens"),
    ("decenas", 20, "tens"),
    ("dozens", 24, "dozens"),
    ("dutzende", 24, "dozens"),
    ("hundreds", 200, "hundreds"),
    ("hunderte", 200, "hundreds"),
    ("centaines", 200, "hundreds"),
    ("cientos", 200, "hundreds"),
    ("centenares", 200, "hundreds"),
    ("thousands", 2000, "thousands"),
    ("tausende", 2000, "thousands"),
    ("milliers", 2000, "thousands"),
    ("miles", 2000, "thousands"),
];

/// The words that may start a figure in `lang`: its number words, the vague
/// amounts and "half" (the [`lexicon::NUMBER`] class).
pub(super) fn number_words(lang: Lang) -> impl Iterator<Item = &'static str> {
    word_numbers(lang)
        .iter()
        .map(|&(w, _)| w)
        .chain(VAGUE.iter().map(|&(w, _, _)| w))
        .chain(["halbe", "half"])
}

fn word_number(lang: Lang, f: &str) -> Option<u64> {
    static IDX: std::sync::OnceLock<[FxMap<&'static str, u64>; 4]> = std::sync::OnceLock::new();
    let idx = IDX.get_or_init(|| {
        [Lang::De, Lang::En, Lang::Fr, Lang::Es].map(|l| word_numbers(l).iter().copied().collect())
    });
    let slot = match lang {
        Lang::De => 0,
        Lang::En => 1,
        Lang::Fr => 2,
        Lang::Es => 3,
    };
    idx[slot].get(f).copied()
}

fn word_numbers(lang: Lang) -> &'static [(&'static str, u64)] {
    match lang {
        Lang::En => &[
            ("one", 1),
            ("two", 2),
            ("three", 3),
            ("four", 4),
            ("five", 5),
            ("six", 6),
            ("seven", 7),
            ("eight", 8),
            ("nine", 9),
            ("ten", 10),
            ("eleven", 11),
            ("twelve", 12),
            ("thirteen", 13),
            ("fifteen", 15),
            ("twenty", 20),
            ("thirty", 30),
            ("fifty", 50),
            ("hundred", 100),
            ("dozen", 12),
        ],
        Lang::De => &[
            ("zwei", 2),
            ("drei", 3),
            ("vier", 4),
            ("funf", 5),
            ("sechs", 6),
            ("sieben", 7),
            ("acht", 8),
            ("neun", 9),
            ("zehn", 10),
            ("elf", 11),
            ("zwolf", 12),
            ("zwanzig", 20),
            ("dreissig", 30),
            ("funfzig", 50),
            ("hundert", 100),
            ("tausend", 1000),
        ],
        Lang::Fr => &[
            ("deux", 2),
            ("trois", 3),
            ("quatre", 4),
            ("cinq", 5),
            ("six", 6),
            ("sept", 7),
            ("huit", 8),
            ("neuf", 9),
            ("dix", 10),
            ("douze", 12),
            ("vingt", 20),
            ("trente", 30),
            ("cinquante", 50),
            ("cent", 100),
            ("centaine", 100),
            ("mille", 1000),
            ("dizaine", 10),
        ],
        Lang::Es => &[
            ("dos", 2),
            ("tres", 3),
            ("cuatro", 4),
            ("cinco", 5),
            ("seis", 6),
            ("siete", 7),
            ("ocho", 8),
            ("nueve", 9),
            ("diez", 10),
            ("doce", 12),
            ("veinte", 20),
            ("treinta", 30),
            ("cincuenta", 50),
            ("cien", 100),
            ("centenar", 100),
            ("mil", 1000),
        ],
    }
}

/// A vague amount ("dozens", "Hunderte", "milliers", "decenas"): the least
/// it can mean (two dozen, two hundred …) and its English word, given as the
/// figure's qualifier so that no reader takes the number for the text's.
fn vague(f: &str) -> Option<(u64, &'static str)> {
    VAGUE
        .iter()
        .find(|&&(w, _, _)| w == f)
        .map(|&(_, least, word)| (least, word))
}

/// The vague amount at word `i` ([`vague`]), with "of thousands" after it
/// ("tens of thousands", "des dizaines de milliers", "decenas de miles"):
/// (least value, qualifier, the word after it).
fn vague_at(doc: &Doc, i: usize, end: usize) -> Option<(u64, &'static str, usize)> {
    let (least, word) = vague(doc.f(i))?;
    let of = i + 1 < end && doc.is(i + 1, &["of", "de", "von"]);
    if of && i + 2 < end {
        let times = match vague(doc.f(i + 2)) {
            Some((_, "thousands")) => 1000,
            Some((_, "hundreds")) => 100,
            _ => 0,
        };
        if times > 0 && word != "thousands" {
            let q = match (word, times) {
                ("tens", 1000) => "tens of thousands",
                ("dozens", 1000) => "dozens of thousands",
                ("hundreds", 1000) => "hundreds of thousands",
                ("tens", _) => "tens of hundreds",
                ("dozens", _) => "dozens of hundreds",
                _ => word,
            };
            return Some((least * times, q, i + 3));
        }
    }
    Some((least, word, i + 1))
}

fn multiplier(f: &str) -> Option<u64> {
    match f {
        "million" | "millionen" | "millions" | "millones" | "millon" | "mio" => Some(1_000_000),
        "milliarde" | "milliarden" | "milliard" | "milliards" | "billion" | "billions" => {
            Some(1_000_000_000)
        }
        "mil" => Some(1_000),
        _ => None,
    }
}

fn qualifier(doc: &Doc, at: usize, lo: usize) -> Option<&'static str> {
    // "rund eine halbe Million": look past the article
    let at = if at > lo && doc.is(at - 1, &["eine", "a", "une", "una", "ein"]) {
        at - 1
    } else {
        at
    };
    let f = |k: usize| if k >= lo && k < at { doc.f(k) } else { "" };
    let (p1, p2, p3) = (
        f(at.wrapping_sub(1)),
        f(at.wrapping_sub(2)),
        f(at.wrapping_sub(3)),
    );
    let q = match doc.lang {
        Lang::En => match (p2, p1) {
            ("at", "least") => "at least",
            ("more", "than") => "more than",
            ("up", "to") => "up to",
            _ => match p1 {
                "about" | "around" | "some" | "nearly" | "almost" | "roughly" | "approximately" => {
                    "about"
                }
                "over" => "more than",
                _ => "",
            },
        },
        Lang::De => match (p2, p1) {
            ("mehr", "als") => "more than",
            ("bis", "zu") => "up to",
            _ => match p1 {
                "mindestens" | "wenigstens" => "at least",
                "rund" | "etwa" | "fast" | "knapp" | "circa" | "ca" | "ungefahr" | "annahernd"
                | "nahezu" => "about",
                "uber" => "more than",
                _ => "",
            },
        },
        Lang::Fr => match (p3, p2, p1) {
            (_, "au", "moins") => "at least",
            (_, "plus", "de") | (_, "plus", "d") => "more than",
            ("jusqu", _, "a") | (_, "jusqu", "a") => "up to",
            (_, "pres", "de") | (_, "pres", "d") => "about",
            _ => match p1 {
                "environ" | "quelque" | "quelques" => "about",
                _ => "",
            },
        },
        Lang::Es => match (p2, p1) {
            ("al", "menos") | ("por", "lo") => "at least",
            ("mas", "de") => "more than",
            ("cerca", "de") | ("alrededor", "de") => "about",
            _ => match p1 {
                "unos" | "unas" | "casi" | "aproximadamente" => "about",
                "hasta" => "up to",
                _ => "",
            },
        },
    };
    (!q.is_empty()).then_some(q)
}

/// Reads a number starting at word `i`: its value and the word after it.
fn number_at(doc: &Doc, i: usize, end: usize) -> Option<(u64, usize)> {
    let w = &doc.words[i];
    let text = doc.view.text;
    let mut j = i + 1;
    let mut value: f64;
    if w.kind == TokenKind::Number {
        let mut digits = text[w.s..w.e].to_string();
        let mut decimal = String::new();
        // thousands groups: "2.000", "1,500", "46.000", "3 700"
        while j + 1 < end
            && doc.punct(j)
            && !doc.words[j].space_before
            && doc.words[j + 1].kind == TokenKind::Number
            && !doc.words[j + 1].space_before
        {
            let sep = doc.f(j);
            let grp = &text[doc.words[j + 1].s..doc.words[j + 1].e];
            let thousands = match doc.lang {
                Lang::En => sep == ",",
                _ => sep == "." || sep == "'",
            };
            if thousands && grp.len() == 3 {
                digits.push_str(grp);
                j += 2;
            } else if !thousands
                && (sep == "," && doc.lang != Lang::En || sep == "." && doc.lang == Lang::En)
                && decimal.is_empty()
            {
                decimal = grp.to_string();
                j += 2;
            } else {
                break;
            }
        }
        if doc.lang == Lang::Fr || doc.lang == Lang::Es {
            while j < end
                && doc.words[j].kind == TokenKind::Number
                && doc.words[j].space_before
                && doc.words[j].e - doc.words[j].s == 3
                && digits.len() <= 3
            {
                let gap = &text[doc.words[j - 1].e..doc.words[j].s];
                if gap
                    .chars()
                    .all(|c| c == '\u{a0}' || c == '\u{202f}' || c == ' ')
                    && gap.chars().count() == 1
                {
                    digits.push_str(&text[doc.words[j].s..doc.words[j].e]);
                    j += 1;
                } else {
                    break;
                }
            }
        }
        value = digits.parse::<f64>().ok()?;
        if !decimal.is_empty() {
            value += format!("0.{decimal}").parse::<f64>().unwrap_or(0.0);
        }
    } else {
        if !doc.has(i, lexicon::NUMBER) {
            return None;
        }
        let f = doc.f(i);
        // "eine halbe Million", "half a million"
        if matches!(f, "halbe" | "half") {
            let mut k = j;
            if k < end && doc.f(k) == "a" {
                k += 1;
            }
            if k < end && multiplier(doc.f(k)) == Some(1_000_000) {
                return Some((500_000, k + 1));
            }
            return None;
        }
        // vague amounts ("Hunderte": German nouns have capitals)
        if let Some((least, _, after)) = vague_at(doc, i, end) {
            return Some((least, after));
        }
        // number words are short and lower case
        if f.len() > 11 || doc.words[i].cap && i > 0 && !doc.punct(i - 1) {
            return None;
        }
        value = word_number(doc.lang, f)? as f64;
    }
    if j < end {
        if let Some(m) = multiplier(doc.f(j)) {
            value *= m as f64;
            j += 1;
        }
    }
    if !(value >= 1.0) || value > 1e10 {
        return None;
    }
    Some((value.round() as u64, j))
}

/// Whether the words from `k` (before `end`) report speech: "told",
/// "said", "sagten", "ont déclaré", "dijeron" …
fn speaks(doc: &Doc, k: usize, end: usize) -> bool {
    if k >= end {
        return false;
    }
    const SAID: &[&str] = &[
        "told",
        "said",
        "say",
        "says",
        "sagten",
        "sagte",
        "erklarten",
        "berichteten",
        "dijeron",
        "declararon",
        "indicaron",
        "afirmaron",
        "informaron",
        "explicaron",
    ];
    const FR_SAID: &[&str] = &[
        "declare", "indique", "affirme", "dit", "raconte", "explique",
    ];
    doc.is(k, SAID) || doc.is(k, &["ont"]) && k + 1 < end && doc.is(k + 1, FR_SAID)
}

/// The figures of sentence `r`, with the word index of each number.
pub fn find(doc: &Doc, r: &Range<usize>) -> Vec<(usize, Figure)> {
    let mut out = Vec::new();
    let mut i = r.start;
    while i < r.end {
        if doc.punct(i) {
            i += 1;
            continue;
        }
        // a number glued to a word is part of a name ("M23", "F16"), not a figure
        if i > r.start && !doc.words[i].space_before && !doc.punct(i - 1) {
            i += 1;
            continue;
        }
        let Some((value, after)) = number_at(doc, i, r.end) else {
            i += 1;
            continue;
        };
        // the category: after the number (maybe past a people noun or an actor name), else a killing verb before it
        // a year ("2011 durch die Truppen") is a figure only with the category right after it
        let yearlike = doc.words[i].kind == TokenKind::Number
            && after == i + 1
            && (1900..=2100).contains(&value);
        let mut what = None;
        let mut last = after;
        let mut k = after;
        let mut seen_people = false;
        while k < r.end && k < after + 6 {
            if doc.punct(k) {
                break;
            }
            let f = doc.f(k);
            if let Some(c) = category(doc.lang, f) {
                what = Some(c);
                last = k + 1;
                break;
            }
            if people(doc.lang, f) {
                seen_people = true;
            }
            k += 1;
        }
        // "killed 30 soldiers", "tötete Dutzende Kämpfer": the dead, not a
        // force; and so with the participle after them, "dabei 30 Soldaten
        // getötet", "12 soldats ont été tués", "30 soldiers were killed"
        if what == Some("troops") {
            let lo = i.saturating_sub(5).max(r.start);
            let hi = (last + 3).min(r.end);
            if (lo..i).any(|k| killing_verb(doc.lang, doc.f(k)))
                || (last..hi)
                    .take_while(|&k| !doc.punct(k))
                    .any(|k| killed_participle(doc, k))
            {
                what = Some("killed");
            }
        }
        if what.is_none() && seen_people {
            let lo = i.saturating_sub(5).max(r.start);
            if (lo..i).any(|k| killing_verb(doc.lang, doc.f(k))) {
                what = Some("killed");
                last = after;
            } else {
                // "wurden … 400 Menschen getötet": the participle further on in the clause
                let mut k = after;
                while k < r.end
                    && k < after + 12
                    && !(doc.punct(k) && matches!(doc.f(k), "," | ";" | "."))
                {
                    if let Some(c) = category(doc.lang, doc.f(k)) {
                        if c == "killed" || c == "wounded" {
                            what = Some(c);
                            last = after;
                        }
                        break;
                    }
                    k += 1;
                }
            }
        }
        if yearlike && !(what.is_some() && last == after + 1) {
            what = None;
        }
        // "two senior army officers told Reuters": the people who speak are
        // sources, not a size of force
        if what == Some("troops") && speaks(doc, last, r.end) {
            what = None;
        }
        if let Some(what) = what {
            let q = match vague_at(doc, i, r.end) {
                Some((_, word, _)) => Some(word),
                None => qualifier(doc, i, r.start),
            };
            let (s, e) = doc.span(i, last.max(i + 1));
            out.push((
                i,
                Figure {
                    what: what.to_string(),
                    value,
                    qualifier: q.map(str::to_string),
                    doc: doc.view.id.to_string(),
                    start: s,
                    end: e,
                },
            ));
        }
        i = after.max(i + 1);
    }
    out
}
