//! CSV in the columns of ACLED's public codebook.
//!
//! One row per event, in analysis order, after a header row. The file is
//! UTF-8 without a byte-order mark; records end with CRLF (`\r\n`) as RFC
//! 4180 says, the last one included. A field is quoted when it holds a
//! comma, a double quote, CR or LF, and quotes inside are doubled; other
//! fields are written bare. Text is written as it is: a cell that begins
//! with `=`, `+`, `-` or `@` is not altered (spreadsheet programs may take
//! it for a formula).
//!
//! # Columns
//!
//! | column | value |
//! |---|---|
//! | `event_id_cnty` | our event id (`e12`) |
//! | `event_date` | `YYYY-MM-DD`: the day; for a week its Monday; for a month, quarter, season or year its first day; empty when the event is undated or its date is no calendar period (`XXXX-11-27`, `P3D`) |
//! | `time_precision` | ACLED's code: `1` day (also a day with a time of day), `2` week, `3` month, quarter, season or year; empty when `event_date` is |
//! | `event_type`, `sub_event_type` | from the PLOVER type and the label, see the table below |
//! | `actor1` | the first `source` actor |
//! | `assoc_actor_1` | the other `source` actors, then the `supporter`s, `; `-separated (ACLED's separator) |
//! | `actor2` | the first `target` actor |
//! | `assoc_actor_2` | the other `target` actors, `; `-separated |
//! | `country` | English name of the event place's country code (see [`crate::countries`]); the code itself when not in the table; empty without place or code |
//! | `admin1` | the place's name when the place is a `region`; empty otherwise (the analysis does not know a city's province) |
//! | `location` | the place's name |
//! | `latitude`, `longitude` | 4 decimals, as ACLED writes them; empty when the place has no (valid) coordinates |
//! | `geo_precision` | `1` city, locality or site; `2` region, or a village or camp placed at the town the text locates it by (the place's `near`: ACLED's "near this town"); `3` country; empty without place |
//! | `source` | the agency of the event's dispatch dateline (`AFP`), or `unknown` |
//! | `notes` | `label: evidence sentence` |
//! | `fatalities` | the people reported killed: per dispatch the largest `killed` figure (a total holds the groups counted in it: "184 people, among them 20 children"), across dispatches the smallest (ACLED keeps the most conservative of conflicting reports); empty when no dispatch gives a death toll (the analysis cannot tell "none" from "not said") or when the event is not dated to a day (a year's or a war's toll is no event's) |
//! | `plover_type` | the PLOVER type as in the analysis |
//! | `negated`, `reported` | `true` / `false` |
//! | `doc` | the dispatch id |
//!
//! Negated events ("did not attack") are kept, flagged in `negated`: ACLED
//! would not code them, so filter on that column for an ACLED-like table.
//!
//! # PLOVER → ACLED
//!
//! Rules are tried top to bottom within a type; the label is matched word
//! by word, lower-cased ("strike" matches "strikes", not "striker"). Kinds
//! are the actor kinds of the analysis; *armed* means `military`,
//! `armed_group`, `state` or `government`; *civilian-like* means
//! `civilians`, `person`, `media` or `organisation`.
//!
//! | PLOVER | condition | event_type | sub_event_type |
//! |---|---|---|---|
//! | ASSAULT | label: chemical, gas | Explosions/Remote violence | Chemical weapon |
//! | ASSAULT | label: suicide | Explosions/Remote violence | Suicide bomb |
//! | ASSAULT | label: grenade | Explosions/Remote violence | Grenade |
//! | ASSAULT | label: air, airstrike, aerial, drone, warplane, jet, helicopter | Explosions/Remote violence | Air/drone strike |
//! | ASSAULT | label: missile, rocket, shelling/shelled/shell, artillery, mortar, bombardment | Explosions/Remote violence | Shelling/artillery/missile attack |
//! | ASSAULT | label: bomb, bombed, bombing, with a state, its army or government as source | Explosions/Remote violence | Air/drone strike |
//! | ASSAULT | label: bomb, bombing, IED, explosive, explosion, blast, landmine, mine | Explosions/Remote violence | Remote explosive/landmine/IED |
//! | ASSAULT | label: strike, strikes | Explosions/Remote violence | Air/drone strike |
//! | ASSAULT | label not of territory or abduction; the evidence names drones, an air strike, warplanes or helicopters (de/en/fr/es) | Explosions/Remote violence | Air/drone strike |
//! | ASSAULT | the same; the evidence names missiles, rockets, artillery, shells or mortars | Explosions/Remote violence | Shelling/artillery/missile attack |
//! | ASSAULT | label: abducted, kidnapped, hostage, and a civilian-like target or none | Violence against civilians | Abduction/forced disappearance |
//! | ASSAULT | label: captured, seized, took, overran, control, … and a source is an `armed_group` | Battles | Non-state actor overtakes territory |
//! | ASSAULT | label: recaptured, retook, regained, captured, … and an armed source that is no armed group, and an `armed_group` target | Battles | Government regains territory |
//! | ASSAULT | an armed source and an armed target | Battles | Armed clash |
//! | ASSAULT | a civilian-like target, label: rape, sexual | Violence against civilians | Sexual violence |
//! | ASSAULT | a civilian-like target | Violence against civilians | Attack |
//! | ASSAULT | otherwise (target unknown) | Battles | Armed clash |
//! | PROTEST | label: riot, violent, clashes, looting | Riots | Violent demonstration |
//! | PROTEST | label: killed, shot, fired, live | Protests | Excessive force against protesters |
//! | PROTEST | label: dispersed, tear gas, police, arrested, crackdown | Protests | Protest with intervention |
//! | PROTEST | otherwise | Protests | Peaceful protest |
//! | COERCE | label: abducted, kidnapped, hostage, disappeared | Violence against civilians | Abduction/forced disappearance |
//! | COERCE | label: killed, executed, tortured, beaten | Violence against civilians | Attack |
//! | COERCE | label: arrested, detained, detention, custody, jailed, imprisoned | Strategic developments | Arrests |
//! | COERCE | label: looted, destroyed, demolished, burned, razed, confiscated | Strategic developments | Looting/property destruction |
//! | COERCE | otherwise (curfews, expulsions, bans) | Strategic developments | Other |
//! | AGREE | always | Strategic developments | Agreement |
//! | CONCEDE | label: ceasefire, truce, peace, deal, agreement, accord | Strategic developments | Agreement |
//! | MOBILIZE | label: base, headquarters, HQ, camp, outpost | Strategic developments | Headquarters or base established |
//! | MOBILIZE | label: handed, handover, transferred, ceded, withdrew, entered, took, control | Strategic developments | Non-violent transfer of territory |
//! | MOBILIZE | otherwise (deployments, reinforcements, recruitment) | Strategic developments | Change to group/activity |
//! | RETREAT | label: withdrew, withdrawal, pulled, retreated, handed, handover, ceded, abandoned, evacuated | Strategic developments | Non-violent transfer of territory |
//! | CONCEDE, RETREAT | otherwise | *(empty)* | *(empty)* |
//! | CONSULT, SUPPORT, COOPERATE, AID, REQUEST, ACCUSE, REJECT, THREATEN, SANCTION, unknown types | always | *(empty)* | *(empty)* |
//!
//! Remote violence is tried before battles: ACLED codes an air strike or
//! shelling on an armed group as Explosions/Remote violence, not as a
//! battle. The PLOVER types ACLED does not cover (talks, aid, accusations,
//! threats, sanctions) keep empty ACLED types; `plover_type` still tells
//! what they are.

use atlas_engine::model::{Actor, Event};
use atlas_engine::Analysis;

use crate::countries::country_name;
use crate::lookup::{coords, Index};
use crate::period::{Period, Precision};

/// The header, in order.
pub const COLUMNS: [&str; 22] = [
    "event_id_cnty",
    "event_date",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "actor2",
    "assoc_actor_2",
    "country",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "notes",
    "fatalities",
    "plover_type",
    "negated",
    "reported",
    "doc",
];

/// Writes the analysis as ACLED-style CSV (see the module documentation).
pub fn to_csv(a: &Analysis) -> String {
    let ix = Index::new(a);
    let mut out = String::new();
    write_record(&mut out, COLUMNS.iter().copied());
    for e in &a.events {
        let row = row(&ix, e);
        write_record(&mut out, row.iter().map(String::as_str));
    }
    out
}

fn write_record<'s>(out: &mut String, fields: impl Iterator<Item = &'s str>) {
    for (i, f) in fields.enumerate() {
        if i > 0 {
            out.push(',');
        }
        if f.contains([',', '"', '\r', '\n']) {
            out.push('"');
            out.push_str(&f.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(f);
        }
    }
    out.push_str("\r\n");
}

fn names(actors: &[&Actor]) -> String {
    actors
        .iter()
        .map(|a| a.name.as_str())
        .collect::<Vec<_>>()
        .join("; ")
}

fn row(ix: &Index, e: &Event) -> Vec<String> {
    let period = e.date.as_deref().and_then(Period::parse);
    let (event_date, time_precision) = match &period {
        Some(p) => {
            let code = match p.precision {
                Precision::Day => "1",
                Precision::Week => "2",
                Precision::Month | Precision::Quarter | Precision::Season | Precision::Year => "3",
            };
            (p.first.to_string(), code.to_string())
        }
        None => (String::new(), String::new()),
    };
    let (event_type, sub_event_type) = classify(ix, e);
    let sources = ix.with_role(e, "source");
    let supporters = ix.with_role(e, "supporter");
    let targets = ix.with_role(e, "target");
    let mut assoc1: Vec<&Actor> = sources.iter().skip(1).copied().collect();
    for s in supporters {
        if !assoc1.iter().any(|a| a.id == s.id) && sources.first().is_none_or(|f| f.id != s.id) {
            assoc1.push(s);
        }
    }
    let place = ix.event_place(e);
    let country = place
        .and_then(|p| p.country.as_deref())
        .map(|c| {
            country_name(c)
                .map(str::to_string)
                .unwrap_or_else(|| c.to_string())
        })
        .unwrap_or_default();
    let (latitude, longitude) = match place.and_then(coords) {
        Some((lat, lon)) => (format!("{lat:.4}"), format!("{lon:.4}")),
        None => (String::new(), String::new()),
    };
    let geo_precision = match place.map(|p| p.kind.as_str()) {
        Some("city" | "locality" | "site") if place.is_some_and(|p| p.near.is_some()) => "2",
        Some("city" | "locality" | "site") => "1",
        Some("region") => "2",
        Some("country") => "3",
        _ => "",
    };
    let admin1 = place
        .filter(|p| p.kind == "region")
        .map(|p| p.name.clone())
        .unwrap_or_default();
    let notes = if e.evidence.text.is_empty() {
        e.label.clone()
    } else {
        format!("{}: {}", e.label, e.evidence.text)
    };
    vec![
        e.id.clone(),
        event_date,
        time_precision,
        event_type.to_string(),
        sub_event_type.to_string(),
        sources.first().map(|a| a.name.clone()).unwrap_or_default(),
        names(&assoc1),
        targets.first().map(|a| a.name.clone()).unwrap_or_default(),
        names(&targets.iter().skip(1).copied().collect::<Vec<_>>()),
        country,
        admin1,
        place.map(|p| p.name.clone()).unwrap_or_default(),
        latitude,
        longitude,
        geo_precision.to_string(),
        ix.agency(&e.doc).unwrap_or("unknown").to_string(),
        notes,
        fatalities(e).map(|n| n.to_string()).unwrap_or_default(),
        e.kind.clone(),
        e.negated.to_string(),
        e.reported.to_string(),
        e.doc.clone(),
    ]
}

/// The death toll of an event (see the `fatalities` column).
pub fn fatalities(e: &Event) -> Option<u64> {
    // an ACLED event is a day's: a toll of a year or of a war ("la guerre,
    // déclenchée en 2011 …, a fait plus d'un demi-million de morts") is no
    // day's toll
    if !e
        .date
        .as_deref()
        .and_then(Period::parse)
        .is_some_and(|p| p.precision == Precision::Day)
    {
        return None;
    }
    let mut per_doc: Vec<(&str, u64)> = Vec::new();
    for f in e.figures.iter().filter(|f| f.what == "killed") {
        match per_doc.iter_mut().find(|(d, _)| *d == f.doc) {
            Some(slot) => slot.1 = slot.1.max(f.value),
            None => per_doc.push((&f.doc, f.value)),
        }
    }
    per_doc.iter().map(|&(_, n)| n).min()
}

/// Weapons an attack's sentence names, in the four languages, as whole
/// words: the air and drone strikes, then the shelling and missiles (not
/// "shelter", "Raketenabwehr", "base aérea").
const AIR_WORDS: &[&str] = &[
    "drone",
    "drones",
    "drohne",
    "drohnen",
    "dron",
    "airstrike",
    "airstrikes",
    "luftangriff",
    "luftangriffe",
    "luftangriffen",
    "luftschlag",
    "luftschläge",
    "warplane",
    "warplanes",
    "kampfjet",
    "kampfjets",
    "helicopter",
    "helicopters",
    "hubschrauber",
    "hélicoptère",
    "hélicoptères",
    "helicóptero",
    "helicópteros",
];
const SHELL_WORDS: &[&str] = &[
    "missile",
    "missiles",
    "rakete",
    "raketen",
    "misil",
    "misiles",
    "roquette",
    "roquettes",
    "rocket",
    "rockets",
    "cohete",
    "cohetes",
    "artillery",
    "artillerie",
    "artillería",
    "shell",
    "shells",
    "shelled",
    "shelling",
    "mortar",
    "mortars",
    "mörser",
    "mortier",
    "mortiers",
    "mortero",
    "morteros",
    "obus",
];
/// A strike that the next word makes one from the air ("frappes
/// aériennes", "ataque aéreo", "bombardeos aéreos", "air strike").
const STRIKE_NOUNS: &[&str] = &[
    "frappe",
    "frappes",
    "raid",
    "raids",
    "ataque",
    "ataques",
    "bombardeo",
    "bombardeos",
    "bombardement",
    "bombardements",
    "air",
];
const AIR_ADJECTIVES: &[&str] = &[
    "aérienne",
    "aériennes",
    "aérien",
    "aériens",
    "aéreo",
    "aéreos",
    "aérea",
    "aéreas",
    "strike",
    "strikes",
];

/// What the evidence sentences of an event say it was fought with.
fn weapon_of(e: &Event) -> Option<&'static str> {
    let text = std::iter::once(&e.evidence)
        .chain(&e.also)
        .map(|m| m.text.to_lowercase())
        .collect::<Vec<_>>()
        .join(" ");
    let ws: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let any = |keys: &[&str]| ws.iter().any(|w| keys.contains(w));
    let air_strike = ws
        .windows(2)
        .any(|p| STRIKE_NOUNS.contains(&p[0]) && AIR_ADJECTIVES.contains(&p[1]));
    if air_strike || any(AIR_WORDS) {
        Some("Air/drone strike")
    } else if any(SHELL_WORDS) {
        Some("Shelling/artillery/missile attack")
    } else {
        None
    }
}

/// The label's words, lower-cased.
fn words(label: &str) -> Vec<String> {
    label
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// True when one of the words is one of `keys`.
fn has(words: &[String], keys: &[&str]) -> bool {
    words.iter().any(|w| keys.contains(&w.as_str()))
}

fn is_armed(a: &Actor) -> bool {
    matches!(
        a.kind.as_str(),
        "military" | "armed_group" | "state" | "government"
    )
}

fn is_civilian_like(a: &Actor) -> bool {
    matches!(
        a.kind.as_str(),
        "civilians" | "person" | "media" | "organisation"
    )
}

const SD: &str = "Strategic developments";
const ERV: &str = "Explosions/Remote violence";
const VAC: &str = "Violence against civilians";

const ABDUCTION: &[&str] = &[
    "abducted",
    "abduct",
    "abducts",
    "abduction",
    "kidnapped",
    "kidnap",
    "kidnaps",
    "kidnapping",
    "hostage",
    "hostages",
    "disappeared",
    "disappearance",
];
const TERRITORY: &[&str] = &[
    "captured",
    "capture",
    "captures",
    "seized",
    "seize",
    "seizes",
    "took",
    "take",
    "takes",
    "taken",
    "overran",
    "overrun",
    "control",
    "recaptured",
    "recapture",
    "retook",
    "retake",
    "regained",
    "regain",
    "conquered",
    "fell",
];
const REGAIN: &[&str] = &[
    "recaptured",
    "recapture",
    "retook",
    "retake",
    "regained",
    "regain",
    "captured",
    "capture",
    "seized",
    "took",
    "control",
];

/// The ACLED event type and sub-event type of one of the analysis's events
/// (see the module documentation for the table); empty strings when ACLED
/// has none.
pub fn acled_type(a: &Analysis, e: &Event) -> (&'static str, &'static str) {
    classify(&Index::new(a), e)
}

fn classify(ix: &Index, e: &Event) -> (&'static str, &'static str) {
    let w = words(&e.label);
    let sources = ix.with_role(e, "source");
    let targets = ix.with_role(e, "target");
    match e.kind.as_str() {
        "ASSAULT" => {
            if has(&w, &["chemical", "gas"]) {
                return (ERV, "Chemical weapon");
            }
            if has(&w, &["suicide"]) {
                return (ERV, "Suicide bomb");
            }
            if has(&w, &["grenade", "grenades"]) {
                return (ERV, "Grenade");
            }
            if has(
                &w,
                &[
                    "air",
                    "airstrike",
                    "airstrikes",
                    "aerial",
                    "drone",
                    "drones",
                    "warplane",
                    "warplanes",
                    "jet",
                    "jets",
                    "helicopter",
                    "helicopters",
                ],
            ) {
                return (ERV, "Air/drone strike");
            }
            if has(
                &w,
                &[
                    "missile",
                    "missiles",
                    "rocket",
                    "rockets",
                    "shelling",
                    "shelled",
                    "shell",
                    "shells",
                    "artillery",
                    "mortar",
                    "mortars",
                    "bombardment",
                    "bombarded",
                    "bombard",
                ],
            ) {
                return (ERV, "Shelling/artillery/missile attack");
            }
            // a state's forces bomb from the air ("Israel bombed …"); a group plants bombs
            if has(&w, &["bomb", "bombed", "bombing", "bombings"])
                && sources
                    .iter()
                    .any(|a| is_armed(a) && a.kind != "armed_group")
            {
                return (ERV, "Air/drone strike");
            }
            if has(
                &w,
                &[
                    "bomb",
                    "bombs",
                    "bombing",
                    "bombings",
                    "bombed",
                    "ied",
                    "ieds",
                    "explosive",
                    "explosives",
                    "explosion",
                    "explosions",
                    "blast",
                    "landmine",
                    "landmines",
                    "mine",
                    "mines",
                ],
            ) {
                return (ERV, "Remote explosive/landmine/IED");
            }
            if has(&w, &["strike", "strikes", "struck"]) {
                return (ERV, "Air/drone strike");
            }
            // the label says only "launched", "attacked": the sentence may name the weapon
            if !has(&w, TERRITORY) && !has(&w, ABDUCTION) {
                if let Some(sub) = weapon_of(e) {
                    return (ERV, sub);
                }
            }
            if has(&w, ABDUCTION)
                && (targets.is_empty() || targets.iter().any(|a| is_civilian_like(a)))
            {
                return (VAC, "Abduction/forced disappearance");
            }
            if has(&w, TERRITORY) && sources.iter().any(|a| a.kind == "armed_group") {
                return ("Battles", "Non-state actor overtakes territory");
            }
            if has(&w, REGAIN)
                && sources
                    .iter()
                    .any(|a| is_armed(a) && a.kind != "armed_group")
                && targets.iter().any(|a| a.kind == "armed_group")
            {
                return ("Battles", "Government regains territory");
            }
            if sources.iter().any(|a| is_armed(a)) && targets.iter().any(|a| is_armed(a)) {
                return ("Battles", "Armed clash");
            }
            if targets.iter().any(|a| is_civilian_like(a)) {
                if has(&w, &["rape", "raped", "rapes", "sexual"]) {
                    return (VAC, "Sexual violence");
                }
                return (VAC, "Attack");
            }
            ("Battles", "Armed clash")
        }
        "PROTEST" => {
            if has(
                &w,
                &[
                    "riot", "riots", "rioted", "rioting", "violent", "clash", "clashes", "clashed",
                    "looting", "looted",
                ],
            ) {
                ("Riots", "Violent demonstration")
            } else if has(&w, &["killed", "kill", "shot", "shooting", "fired", "live"]) {
                ("Protests", "Excessive force against protesters")
            } else if has(
                &w,
                &[
                    "dispersed",
                    "disperse",
                    "tear",
                    "teargas",
                    "police",
                    "arrested",
                    "arrests",
                    "crackdown",
                    "cracked",
                ],
            ) {
                ("Protests", "Protest with intervention")
            } else {
                ("Protests", "Peaceful protest")
            }
        }
        "COERCE" => {
            if has(&w, ABDUCTION) {
                (VAC, "Abduction/forced disappearance")
            } else if has(
                &w,
                &[
                    "killed",
                    "executed",
                    "execution",
                    "executions",
                    "tortured",
                    "torture",
                    "beaten",
                    "beat",
                ],
            ) {
                (VAC, "Attack")
            } else if has(
                &w,
                &[
                    "arrested",
                    "arrest",
                    "arrests",
                    "detained",
                    "detain",
                    "detains",
                    "detention",
                    "custody",
                    "jailed",
                    "imprisoned",
                    "captured",
                ],
            ) {
                (SD, "Arrests")
            } else if has(
                &w,
                &[
                    "looted",
                    "looting",
                    "destroyed",
                    "destroy",
                    "demolished",
                    "demolition",
                    "burned",
                    "burnt",
                    "razed",
                    "confiscated",
                    "seized",
                ],
            ) {
                (SD, "Looting/property destruction")
            } else {
                (SD, "Other")
            }
        }
        "AGREE" => (SD, "Agreement"),
        "CONCEDE" => {
            if has(
                &w,
                &[
                    "ceasefire",
                    "cease",
                    "truce",
                    "peace",
                    "deal",
                    "agreement",
                    "accord",
                ],
            ) {
                (SD, "Agreement")
            } else {
                ("", "")
            }
        }
        "MOBILIZE" => {
            if has(
                &w,
                &[
                    "base",
                    "bases",
                    "headquarters",
                    "hq",
                    "camp",
                    "camps",
                    "outpost",
                ],
            ) {
                (SD, "Headquarters or base established")
            } else if has(
                &w,
                &[
                    "handed",
                    "handover",
                    "transferred",
                    "transfer",
                    "ceded",
                    "withdrew",
                    "withdraw",
                    "entered",
                    "took",
                    "control",
                ],
            ) {
                (SD, "Non-violent transfer of territory")
            } else {
                (SD, "Change to group/activity")
            }
        }
        "RETREAT" => {
            if has(
                &w,
                &[
                    "withdrew",
                    "withdraw",
                    "withdrawal",
                    "withdrawn",
                    "pulled",
                    "retreated",
                    "retreat",
                    "handed",
                    "handover",
                    "ceded",
                    "abandoned",
                    "evacuated",
                ],
            ) {
                (SD, "Non-violent transfer of territory")
            } else {
                ("", "")
            }
        }
        _ => ("", ""),
    }
}
