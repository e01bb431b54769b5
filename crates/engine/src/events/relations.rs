//! Relations between actors: `supports`, `opposes`, `contact`, `affiliation`.
//!
//! Three sources, merged into one relation per unordered pair and type
//! whose weight is the number of distinct evidences (event ids or sentence
//! spans `d1:120-240`):
//! - events: an assault, coercion, threat, accusation, sanction or protest
//!   puts its sources against its targets; sources attacking together
//!   support each other; supporters support the sources; consultations and
//!   agreements put the parties in contact; support and aid events are
//!   support;
//! - phrases: "Iran-backed", "backed by", "von Ruanda unterstützte",
//!   "soutenu par", "respaldados por", "pro-iranische Hisbollah", "ein
//!   Verbündeter des syrischen Regimes", "allié de" (supports); "von HTS
//!   dominiert", "led by", "unter Führung", "Ableger von", "branch of",
//!   "dirigé par", "liderado por" (affiliation); "at war with", "im Krieg
//!   mit", "en guerre contre", "en guerra con" (opposes); "the war /
//!   ceasefire between A and B" (opposes) and "talks / agreement between A
//!   and B" (contact); "brokered by", "unter Vermittlung", "négocié par",
//!   "mediado por": the mediators are in contact with the parties of the
//!   talks in their sentence, else of the document's first agreement;
//! - who the actors are: a person's office (`roles`, from the actor layer)
//!   ties them to whom they serve, or to their state; an army or ministry
//!   belongs to its state; a branch in the actor lexicon to its parent.

use crate::hash::FxMap as HashMap;

use super::lexicon::{FxMap, AND, ARTICLE, BETWEEN, GROUP, WITH};
use super::{Doc, DocView, MentionIndex};
use crate::entities::lexicon::index as actor_index;
use crate::lang::Lang;
use crate::model::{Actor, Event, Place, Relation, Str};

/// Infer the foes of an attacker from the place it attacked (its state,
/// or for an insurgent its army and government).
const PLACE_FOES: bool = true;
/// An army or ministry is tied to its state only when it matters in the
/// dispatch: named twice, or taking part in an event.
const SIGNIFICANT: bool = false;
/// A person with a nationality but no office belongs to their state.
const NATIONALS: bool = false;

/// A relation read from a phrase.
#[derive(Debug, Clone, PartialEq)]
pub struct PRel {
    /// Actor index (the supporter, the member).
    pub a: usize,
    /// Actor index (the supported, the group).
    pub b: usize,
    /// Relation type.
    pub kind: &'static str,
    /// English label.
    pub label: &'static str,
    /// Sentence span `d1:120-240`.
    pub evidence: Str,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// `Y … PHRASE X`: X follows the phrase, Y comes before it.
    After,
    /// `X PHRASE Y`: X right before the phrase, Y after it.
    Before,
    /// `Y, die von X PHRASE`: X after `von`/`by` before the phrase, Y before or after.
    Von,
}

struct Phrase {
    lang: Lang,
    words: &'static [&'static str],
    shape: Shape,
    kind: &'static str,
    label: &'static str,
}

macro_rules! ph {
    ($l:ident, [$($w:expr),*], $s:ident, $k:expr, $lab:expr) => {
        Phrase { lang: Lang::$l, words: &[$($w),*], shape: Shape::$s, kind: $k, label: $lab }
    };
}

static PHRASES: &[Phrase] = &[
    // supports
    ph!(En, ["backed"], Before, "supports", "backs"),
    ph!(En, ["aligned"], Before, "supports", "backs"),
    ph!(En, ["supported"], Before, "supports", "backs"),
    ph!(En, ["allied"], Before, "supports", "ally of"),
    // "the RSF and allied Arab militias", "X und verbündete Milizen", "X et ses alliés Y", "X y sus aliados (del) Y"
    ph!(En, ["and", "allied"], Before, "supports", "ally of"),
    ph!(En, ["and", "its", "allies"], Before, "supports", "ally of"),
    ph!(De, ["und", "verbundete"], Before, "supports", "ally of"),
    ph!(De, ["und", "verbundeten"], Before, "supports", "ally of"),
    ph!(Fr, ["et", "ses", "allies"], Before, "supports", "ally of"),
    ph!(Fr, ["et", "leurs", "allies"], Before, "supports", "ally of"),
    ph!(Es, ["y", "sus", "aliados"], Before, "supports", "ally of"),
    // "al ejército maliense y a sus aliados rusos del grupo Wagner"
    ph!(
        Es,
        ["y", "a", "sus", "aliados"],
        Before,
        "supports",
        "ally of"
    ),
    ph!(
        Fr,
        ["et", "a", "ses", "allies"],
        Before,
        "supports",
        "ally of"
    ),
    ph!(
        Es,
        ["y", "sus", "aliados", "del"],
        Before,
        "supports",
        "ally of"
    ),
    ph!(
        Es,
        ["y", "sus", "aliados", "de"],
        Before,
        "supports",
        "ally of"
    ),
    // "the United States, …, is the main financial backer of the mission"
    ph!(En, ["backer", "of"], Before, "supports", "backs"),
    ph!(En, ["backers", "of"], Before, "supports", "backs"),
    ph!(En, ["backed", "by"], After, "supports", "backs"),
    ph!(En, ["supported", "by"], After, "supports", "backs"),
    // "the mission, authorised by the UN Security Council": the authority backs it
    ph!(En, ["authorised", "by"], After, "supports", "backs"),
    ph!(En, ["authorized", "by"], After, "supports", "backs"),
    ph!(Fr, ["autorisee", "par"], After, "supports", "backs"),
    ph!(Fr, ["autorise", "par"], After, "supports", "backs"),
    ph!(Es, ["autorizada", "por"], After, "supports", "backs"),
    ph!(Es, ["autorizado", "por"], After, "supports", "backs"),
    // "special units trained by Turkey", "armed and funded by Iran"
    ph!(En, ["trained", "by"], After, "supports", "backs"),
    ph!(En, ["armed", "by"], After, "supports", "backs"),
    ph!(En, ["funded", "by"], After, "supports", "backs"),
    ph!(En, ["financed", "by"], After, "supports", "backs"),
    ph!(Fr, ["entraine", "par"], After, "supports", "backs"),
    ph!(Fr, ["entraines", "par"], After, "supports", "backs"),
    ph!(Fr, ["entrainee", "par"], After, "supports", "backs"),
    ph!(Fr, ["entrainees", "par"], After, "supports", "backs"),
    ph!(Fr, ["formes", "par"], After, "supports", "backs"),
    ph!(Fr, ["armes", "par"], After, "supports", "backs"),
    ph!(Fr, ["finances", "par"], After, "supports", "backs"),
    ph!(Es, ["entrenado", "por"], After, "supports", "backs"),
    ph!(Es, ["entrenados", "por"], After, "supports", "backs"),
    ph!(Es, ["entrenada", "por"], After, "supports", "backs"),
    ph!(Es, ["entrenadas", "por"], After, "supports", "backs"),
    ph!(Es, ["armados", "por"], After, "supports", "backs"),
    ph!(Es, ["financiados", "por"], After, "supports", "backs"),
    ph!(Es, ["financiado", "por"], After, "supports", "backs"),
    ph!(De, ["ausgebildete"], Von, "supports", "backs"),
    ph!(De, ["ausgebildeten"], Von, "supports", "backs"),
    ph!(De, ["finanzierte"], Von, "supports", "backs"),
    ph!(De, ["finanzierten"], Von, "supports", "backs"),
    ph!(En, ["ally", "of"], After, "supports", "ally of"),
    ph!(En, ["allies", "of"], After, "supports", "ally of"),
    ph!(En, ["ally"], After, "supports", "ally of"),
    ph!(En, ["allied", "with"], After, "supports", "ally of"),
    ph!(En, ["allied", "to"], After, "supports", "ally of"),
    ph!(En, ["loyal", "to"], After, "supports", "loyal to"),
    ph!(
        En,
        ["fighting", "alongside"],
        After,
        "supports",
        "fights alongside"
    ),
    ph!(En, ["fighting", "for"], After, "supports", "fights for"),
    ph!(En, ["alongside"], After, "supports", "fights alongside"),
    ph!(En, ["in", "support", "of"], After, "supports", "supports"),
    ph!(De, ["unterstutzte"], Von, "supports", "backs"),
    ph!(De, ["unterstutzten"], Von, "supports", "backs"),
    ph!(De, ["unterstutzt"], Von, "supports", "backs"),
    ph!(De, ["gestutzte"], Von, "supports", "backs"),
    ph!(De, ["gestutzten"], Von, "supports", "backs"),
    ph!(De, ["verbundeter", "des"], After, "supports", "ally of"),
    ph!(De, ["verbundeter", "der"], After, "supports", "ally of"),
    ph!(De, ["verbundeter", "von"], After, "supports", "ally of"),
    ph!(De, ["verbundete", "des"], After, "supports", "ally of"),
    ph!(De, ["verbundete", "der"], After, "supports", "ally of"),
    ph!(De, ["verbundeten", "des"], After, "supports", "ally of"),
    ph!(De, ["verbundeten", "der"], After, "supports", "ally of"),
    ph!(
        De,
        ["an", "der", "seite"],
        After,
        "supports",
        "fights alongside"
    ),
    ph!(Fr, ["soutenu", "par"], After, "supports", "backs"),
    ph!(Fr, ["soutenus", "par"], After, "supports", "backs"),
    ph!(Fr, ["soutenue", "par"], After, "supports", "backs"),
    ph!(Fr, ["soutenues", "par"], After, "supports", "backs"),
    ph!(Fr, ["appuye", "par"], After, "supports", "backs"),
    ph!(Fr, ["appuyes", "par"], After, "supports", "backs"),
    ph!(Fr, ["allie", "de"], After, "supports", "ally of"),
    ph!(Fr, ["allie", "du"], After, "supports", "ally of"),
    ph!(Fr, ["allies", "de"], After, "supports", "ally of"),
    ph!(Fr, ["allies", "du"], After, "supports", "ally of"),
    ph!(Fr, ["alliee", "de"], After, "supports", "ally of"),
    ph!(Fr, ["allie"], After, "supports", "ally of"),
    ph!(
        Fr,
        ["aux", "cotes", "de"],
        After,
        "supports",
        "fights alongside"
    ),
    ph!(
        Fr,
        ["aux", "cotes", "du"],
        After,
        "supports",
        "fights alongside"
    ),
    ph!(
        Fr,
        ["aux", "cotes", "des"],
        After,
        "supports",
        "fights alongside"
    ),
    ph!(Fr, ["proche", "de"], After, "supports", "close to"),
    ph!(Fr, ["proche", "du"], After, "supports", "close to"),
    ph!(Es, ["respaldado", "por"], After, "supports", "backs"),
    ph!(Es, ["respaldados", "por"], After, "supports", "backs"),
    ph!(Es, ["respaldada", "por"], After, "supports", "backs"),
    ph!(Es, ["respaldadas", "por"], After, "supports", "backs"),
    ph!(Es, ["apoyado", "por"], After, "supports", "backs"),
    ph!(Es, ["apoyados", "por"], After, "supports", "backs"),
    ph!(Es, ["apoyada", "por"], After, "supports", "backs"),
    ph!(Es, ["apoyadas", "por"], After, "supports", "backs"),
    ph!(Es, ["aliado", "de"], After, "supports", "ally of"),
    ph!(Es, ["aliado", "del"], After, "supports", "ally of"),
    ph!(Es, ["aliados", "de"], After, "supports", "ally of"),
    ph!(Es, ["aliados", "del"], After, "supports", "ally of"),
    ph!(Es, ["aliada", "de"], After, "supports", "ally of"),
    ph!(Es, ["junto", "a"], After, "supports", "fights alongside"),
    // opposes: "Y, at war with X", "Y, en guerre contre X"
    ph!(En, ["at", "war", "with"], After, "opposes", "at war with"),
    ph!(En, ["war", "against"], After, "opposes", "at war with"),
    ph!(En, ["fighting", "against"], After, "opposes", "fights"),
    ph!(En, ["fight", "against"], After, "opposes", "fights"),
    ph!(En, ["battling"], After, "opposes", "fights"),
    ph!(De, ["im", "krieg", "mit"], After, "opposes", "at war with"),
    ph!(
        De,
        ["im", "krieg", "gegen"],
        After,
        "opposes",
        "at war with"
    ),
    ph!(De, ["krieg", "gegen"], After, "opposes", "at war with"),
    ph!(De, ["kampfen", "gegen"], After, "opposes", "fights"),
    ph!(De, ["kampft", "gegen"], After, "opposes", "fights"),
    ph!(De, ["kampfte", "gegen"], After, "opposes", "fights"),
    ph!(De, ["kampften", "gegen"], After, "opposes", "fights"),
    ph!(De, ["gefechte", "mit"], After, "opposes", "fights"),
    ph!(
        Fr,
        ["en", "guerre", "contre"],
        After,
        "opposes",
        "at war with"
    ),
    ph!(
        Fr,
        ["en", "guerre", "avec"],
        After,
        "opposes",
        "at war with"
    ),
    ph!(Fr, ["lutte", "contre"], After, "opposes", "fights"),
    ph!(Fr, ["combat", "contre"], After, "opposes", "fights"),
    ph!(Fr, ["combattent", "contre"], After, "opposes", "fights"),
    ph!(Es, ["en", "guerra", "con"], After, "opposes", "at war with"),
    ph!(
        Es,
        ["en", "guerra", "contra"],
        After,
        "opposes",
        "at war with"
    ),
    ph!(Es, ["lucha", "contra"], After, "opposes", "fights"),
    ph!(Es, ["luchan", "contra"], After, "opposes", "fights"),
    ph!(Es, ["combate", "contra"], After, "opposes", "fights"),
    ph!(Es, ["combaten", "contra"], After, "opposes", "fights"),
    // mediation: "brokered by X, Y and Z", "unter Vermittlung Katars"; the
    // mediators are put in contact with the parties in `build`
    ph!(En, ["brokered", "by"], After, "mediates", "mediated"),
    ph!(En, ["mediated", "by"], After, "mediates", "mediated"),
    ph!(En, ["mediation", "by"], After, "mediates", "mediated"),
    ph!(En, ["mediation", "of"], After, "mediates", "mediated"),
    ph!(De, ["unter", "vermittlung"], After, "mediates", "mediated"),
    ph!(De, ["vermittelte"], Von, "mediates", "mediated"),
    ph!(De, ["vermittelten"], Von, "mediates", "mediated"),
    ph!(De, ["vermittelt"], Von, "mediates", "mediated"),
    ph!(Fr, ["negocie", "par"], After, "mediates", "mediated"),
    ph!(Fr, ["negociee", "par"], After, "mediates", "mediated"),
    ph!(Fr, ["negocies", "par"], After, "mediates", "mediated"),
    ph!(Fr, ["parrainee", "par"], After, "mediates", "mediated"),
    ph!(Fr, ["mediation", "de"], After, "mediates", "mediated"),
    ph!(Fr, ["mediation", "du"], After, "mediates", "mediated"),
    ph!(Fr, ["mediation", "des"], After, "mediates", "mediated"),
    ph!(Es, ["mediado", "por"], After, "mediates", "mediated"),
    ph!(Es, ["mediada", "por"], After, "mediates", "mediated"),
    ph!(Es, ["negociado", "por"], After, "mediates", "mediated"),
    ph!(Es, ["negociada", "por"], After, "mediates", "mediated"),
    ph!(Es, ["mediacion", "de"], After, "mediates", "mediated"),
    ph!(Es, ["mediacion", "del"], After, "mediates", "mediated"),
    // affiliation
    ph!(
        En,
        ["dominated", "by"],
        After,
        "affiliation",
        "dominated by"
    ),
    ph!(En, ["led", "by"], After, "affiliation", "led by"),
    ph!(En, ["led"], Before, "affiliation", "led by"),
    ph!(En, ["linked"], Before, "affiliation", "linked to"),
    ph!(En, ["linked", "to"], After, "affiliation", "linked to"),
    ph!(En, ["branch", "of"], After, "affiliation", "branch of"),
    ph!(
        En,
        ["affiliate", "of"],
        After,
        "affiliation",
        "affiliate of"
    ),
    ph!(En, ["offshoot", "of"], After, "affiliation", "offshoot of"),
    ph!(En, ["wing", "of"], After, "affiliation", "wing of"),
    ph!(En, ["member", "of"], After, "affiliation", "member of"),
    ph!(En, ["part", "of"], After, "affiliation", "part of"),
    ph!(
        En,
        ["commander", "of"],
        After,
        "affiliation",
        "commander of"
    ),
    ph!(En, ["leader", "of"], After, "affiliation", "leader of"),
    // "Gang leader X, whose Viv Ansanm coalition …": the group is X's
    ph!(En, ["whose"], After, "affiliation", "whose"),
    ph!(De, ["dessen"], After, "affiliation", "whose"),
    ph!(Es, ["cuyo"], After, "affiliation", "whose"),
    ph!(Es, ["cuya"], After, "affiliation", "whose"),
    // "X, who chairs the East African Community": X holds its chair
    ph!(En, ["who", "chairs"], After, "affiliation", "chairs"),
    ph!(En, ["chairman", "of"], After, "affiliation", "chair of"),
    ph!(En, ["chair", "of"], After, "affiliation", "chair of"),
    ph!(Fr, ["qui", "preside"], After, "affiliation", "chairs"),
    ph!(Es, ["que", "preside"], After, "affiliation", "chairs"),
    ph!(En, ["head", "of"], After, "affiliation", "head of"),
    // "X, an adviser to President Y": X serves Y
    ph!(En, ["adviser", "to"], After, "affiliation", "adviser to"),
    ph!(En, ["advisor", "to"], After, "affiliation", "adviser to"),
    ph!(En, ["aide", "to"], After, "affiliation", "aide to"),
    ph!(Fr, ["conseiller", "de"], After, "affiliation", "adviser to"),
    ph!(Fr, ["conseiller", "du"], After, "affiliation", "adviser to"),
    ph!(Es, ["asesor", "de"], After, "affiliation", "adviser to"),
    ph!(Es, ["asesor", "del"], After, "affiliation", "adviser to"),
    ph!(De, ["berater", "von"], After, "affiliation", "adviser to"),
    ph!(De, ["berater", "des"], After, "affiliation", "adviser to"),
    ph!(En, ["chief", "of"], After, "affiliation", "chief of"),
    ph!(
        En,
        ["spokesman", "for"],
        After,
        "affiliation",
        "spokesperson of"
    ),
    ph!(
        En,
        ["spokesperson", "for"],
        After,
        "affiliation",
        "spokesperson of"
    ),
    ph!(
        En,
        ["formerly", "known", "as"],
        After,
        "affiliation",
        "formerly"
    ),
    ph!(De, ["dominiert"], Von, "affiliation", "dominated by"),
    ph!(De, ["dominierte"], Von, "affiliation", "dominated by"),
    ph!(De, ["dominierten"], Von, "affiliation", "dominated by"),
    ph!(De, ["angefuhrt"], Von, "affiliation", "led by"),
    ph!(De, ["angefuhrte"], Von, "affiliation", "led by"),
    ph!(De, ["angefuhrten"], Von, "affiliation", "led by"),
    ph!(De, ["gefuhrte"], Von, "affiliation", "led by"),
    ph!(De, ["gefuhrten"], Von, "affiliation", "led by"),
    ph!(
        De,
        ["unter", "fuhrung", "der"],
        After,
        "affiliation",
        "led by"
    ),
    ph!(
        De,
        ["unter", "fuhrung", "des"],
        After,
        "affiliation",
        "led by"
    ),
    ph!(
        De,
        ["unter", "fuhrung", "von"],
        After,
        "affiliation",
        "led by"
    ),
    ph!(
        De,
        ["unter", "der", "fuhrung"],
        After,
        "affiliation",
        "led by"
    ),
    ph!(De, ["ableger", "von"], After, "affiliation", "branch of"),
    ph!(De, ["ableger", "der"], After, "affiliation", "branch of"),
    ph!(De, ["ableger", "des"], After, "affiliation", "branch of"),
    ph!(De, ["teil", "der"], After, "affiliation", "part of"),
    ph!(De, ["teil", "des"], After, "affiliation", "part of"),
    ph!(De, ["mitglied", "der"], After, "affiliation", "member of"),
    ph!(De, ["mitglied", "des"], After, "affiliation", "member of"),
    ph!(De, ["verbundene"], Before, "affiliation", "linked to"),
    ph!(De, ["verbundenen"], Before, "affiliation", "linked to"),
    ph!(De, ["angehort"], After, "affiliation", "member of"),
    ph!(De, ["angehoren"], After, "affiliation", "member of"),
    ph!(Fr, ["domine", "par"], After, "affiliation", "dominated by"),
    ph!(Fr, ["dominee", "par"], After, "affiliation", "dominated by"),
    ph!(Fr, ["dirige", "par"], After, "affiliation", "led by"),
    ph!(Fr, ["dirigee", "par"], After, "affiliation", "led by"),
    ph!(Fr, ["mene", "par"], After, "affiliation", "led by"),
    ph!(Fr, ["menee", "par"], After, "affiliation", "led by"),
    ph!(Fr, ["emmene", "par"], After, "affiliation", "led by"),
    ph!(Fr, ["emmenee", "par"], After, "affiliation", "led by"),
    ph!(Fr, ["conduite", "par"], After, "affiliation", "led by"),
    ph!(Fr, ["branche", "de"], After, "affiliation", "branch of"),
    ph!(Fr, ["branche", "d"], After, "affiliation", "branch of"),
    ph!(Fr, ["affilie", "a"], After, "affiliation", "affiliate of"),
    ph!(Fr, ["liee", "a"], After, "affiliation", "linked to"),
    ph!(Fr, ["lie", "a"], After, "affiliation", "linked to"),
    ph!(Fr, ["membre", "de"], After, "affiliation", "member of"),
    ph!(Fr, ["membre", "du"], After, "affiliation", "member of"),
    ph!(Fr, ["issu", "de"], After, "affiliation", "offshoot of"),
    ph!(Fr, ["chef", "de"], After, "affiliation", "head of"),
    ph!(Fr, ["chef", "du"], After, "affiliation", "head of"),
    // (the hyphen is a token of its own: "porte-parole")
    ph!(
        Fr,
        ["porte", "-", "parole", "de"],
        After,
        "affiliation",
        "spokesperson of"
    ),
    ph!(
        Fr,
        ["porte", "-", "parole", "du"],
        After,
        "affiliation",
        "spokesperson of"
    ),
    ph!(
        Fr,
        ["porte", "parole", "de"],
        After,
        "affiliation",
        "spokesperson of"
    ),
    ph!(
        Fr,
        ["porte", "parole", "du"],
        After,
        "affiliation",
        "spokesperson of"
    ),
    ph!(
        Es,
        ["dominado", "por"],
        After,
        "affiliation",
        "dominated by"
    ),
    ph!(
        Es,
        ["dominada", "por"],
        After,
        "affiliation",
        "dominated by"
    ),
    ph!(Es, ["liderado", "por"], After, "affiliation", "led by"),
    ph!(Es, ["liderada", "por"], After, "affiliation", "led by"),
    ph!(Es, ["encabezado", "por"], After, "affiliation", "led by"),
    ph!(Es, ["encabezada", "por"], After, "affiliation", "led by"),
    // "X, que encabeza la coalición rebelde": X leads what follows
    ph!(Es, ["que", "encabeza"], After, "affiliation", "leads"),
    ph!(Es, ["que", "lidera"], After, "affiliation", "leads"),
    ph!(Es, ["rama", "de"], After, "affiliation", "branch of"),
    ph!(Es, ["filial", "de"], After, "affiliation", "affiliate of"),
    ph!(Es, ["miembro", "de"], After, "affiliation", "member of"),
    ph!(Es, ["miembro", "del"], After, "affiliation", "member of"),
    ph!(Es, ["vinculado", "a"], After, "affiliation", "linked to"),
    ph!(Es, ["vinculada", "a"], After, "affiliation", "linked to"),
    ph!(Es, ["lider", "de"], After, "affiliation", "leader of"),
    ph!(Es, ["lider", "del"], After, "affiliation", "leader of"),
    ph!(Fr, ["dirigeant", "de"], After, "affiliation", "leader of"),
    ph!(Fr, ["dirigeant", "du"], After, "affiliation", "leader of"),
    ph!(Es, ["jefe", "de"], After, "affiliation", "head of"),
    ph!(Es, ["jefe", "del"], After, "affiliation", "head of"),
    ph!(
        Es,
        ["portavoz", "de"],
        After,
        "affiliation",
        "spokesperson of"
    ),
    ph!(
        Es,
        ["portavoz", "del"],
        After,
        "affiliation",
        "spokesperson of"
    ),
];

/// Possessive determiners that take up a group named before ("Son
/// porte-parole, X", "Su portavoz, X", "Its spokesman, X", "Ihr Sprecher X").
const ITS: &[&str] = &["son", "sa", "su", "its", "sein", "ihr"];
/// Nouns of a spokesperson (French "porte-parole" by its first word).
const SPOKES_NOUN: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "portavoz",
    "sprecher",
    "sprecherin",
    "porte",
];

/// Nouns of fighting that make "X between A and B" a relation of
/// opposition ("the war between the army and the RSF", "Waffenruhe
/// zwischen Israel und der Hisbollah", "cessez-le-feu entre", "alto el
/// fuego entre"): the last word of the noun, folded. German compounds
/// match by their end ("Friedensabkommen", "Grenzgefechte").
static BETWEEN_OPPOSES: &[(Lang, &[&str])] = &[
    (
        Lang::En,
        &[
            "war",
            "fighting",
            "clashes",
            "conflict",
            "hostilities",
            "ceasefire",
            "truce",
            "battle",
            "battles",
            "fire",
        ],
    ),
    (
        Lang::De,
        &[
            "krieg",
            "kampfe",
            "gefechte",
            "konflikt",
            "waffenruhe",
            "feuerpause",
            "waffenstillstand",
            "zusammensto",
            "auseinandersetzungen",
            "feindseligkeiten",
        ],
    ),
    (
        Lang::Fr,
        &[
            "guerre",
            "combats",
            "affrontements",
            "conflit",
            "feu",
            "treve",
            "hostilites",
        ],
    ),
    (
        Lang::Es,
        &[
            "guerra",
            "combates",
            "enfrentamientos",
            "conflicto",
            "fuego",
            "tregua",
            "hostilidades",
            "choques",
        ],
    ),
];

/// Nouns of talking that make "X between A and B" a contact ("talks
/// between Russia and Ukraine", "Abkommen zwischen Kongo und Ruanda").
static BETWEEN_CONTACT: &[(Lang, &[&str])] = &[
    (
        Lang::En,
        &[
            "talks",
            "negotiations",
            "meeting",
            "agreement",
            "deal",
            "dialogue",
            "accord",
            "summit",
            "contacts",
            "relations",
            "ties",
        ],
    ),
    (
        Lang::De,
        &[
            "gesprache",
            "verhandlungen",
            "treffen",
            "abkommen",
            "vereinbarung",
            "dialog",
            "einigung",
            "gipfel",
            "kontakte",
            "beziehungen",
        ],
    ),
    (
        Lang::Fr,
        &[
            "negociations",
            "pourparlers",
            "discussions",
            "rencontre",
            "accord",
            "dialogue",
            "entretien",
            "sommet",
            "contacts",
            "relations",
        ],
    ),
    (
        Lang::Es,
        &[
            "negociaciones",
            "conversaciones",
            "reunion",
            "acuerdo",
            "dialogo",
            "encuentro",
            "cumbre",
            "contactos",
            "relaciones",
        ],
    ),
];

/// Offices on a leader's personal staff: their holders serve the leader of
/// the state they serve ([`LEADERS`]).
/// ("his special envoy Witkoff", "Kremlin spokesman Peskov", "Yermak, the
/// head of the presidential office").
const PERSONAL_STAFF: &[&str] = &[
    "envoy",
    "special envoy",
    "adviser",
    "presidential adviser",
    "kremlin spokesperson",
    "presidential spokesperson",
    "head of the presidential office",
];
/// Offices that lead a state, whose holder the [`PERSONAL_STAFF`] serve.
const LEADERS: &[&str] = &["president"];

/// Claims of responsibility for an attack told before: the words, and
/// whether the claimant follows them (`claimed by`) rather than being the
/// subject. The claimant, an armed group, joins the attack's sources.
static CLAIMED: &[(Lang, &[&str], bool)] = &[
    (Lang::En, &["claimed", "responsibility"], false),
    (Lang::En, &["claimed", "by"], true),
    (Lang::De, &["bekannte", "sich"], false),
    (Lang::De, &["bekannten", "sich"], false),
    (Lang::De, &["bekennt", "sich"], false),
    (Lang::Fr, &["a", "revendique"], false),
    (Lang::Fr, &["ont", "revendique"], false),
    (Lang::Fr, &["revendique", "par"], true),
    (Lang::Fr, &["revendiquee", "par"], true),
    (Lang::Es, &["reivindico"], false),
    (Lang::Es, &["reivindicaron"], false),
    (Lang::Es, &["reivindicado", "por"], true),
    (Lang::Es, &["reivindicada", "por"], true),
];

/// What is claimed, near a claim verb that takes any object ("revendiqué
/// l'attaque", not "revendiqué une victoire"); German compounds match by
/// their end ("Bombenanschlag").
const CLAIM_OBJECT: &[&str] = &[
    "tat",
    "anschlag",
    "angriff",
    "attentat",
    "uberfall",
    "attaque",
    "attentat",
    "assaut",
    "ataque",
    "atentado",
    "asalto",
    "responsabilidad",
    "responsabilite",
];

/// Verbs of founding an alliance: "Mali formed the AES with Burkina Faso
/// and Niger", "bildet Mali die Allianz", "a formé avec … l'AES", "formó
/// con … la Alianza": the states named in the clause are its members.
const FORMED: &[&str] = &[
    "bildet",
    "bilden",
    "bildete",
    "bildeten",
    "grundete",
    "grundeten",
    "formed",
    "founded",
    "forme",
    "forment",
    "formerent",
    "fonde",
    "fonderent",
    "formo",
    "formaron",
    "fundo",
    "fundaron",
];

/// Verbs of signing: "X signed an accord with Y" puts X and Y in contact.
const SIGNED: &[&str] = &[
    "signed",
    "unterzeichnete",
    "unterzeichneten",
    "signe",
    "signerent",
    "firmo",
    "firmaron",
];
/// Verbs of overthrowing a government or a leader (active voice).
const OVERTHREW: &[&str] = &[
    "toppled",
    "ousted",
    "overthrew",
    "toppling",
    "ousting",
    "overthrowing",
    "deposed",
    "gesturzt",
    "sturzte",
    "sturzten",
    "renverse",
    "renverserent",
    "derroco",
    "derrocaron",
];
/// Auxiliaries that make a participle passive ("was toppled", "a été renversé").
const PASSIVE_BEFORE: &[&str] = &["was", "were", "been", "ete", "fue", "fueron", "sido"];
/// Verbs of hosting a conference together, followed by [`COHOST_LINK`].
const COHOST: &[&str] = &[
    "eingeladen",
    "co-hosted",
    "cohosted",
    "co-organised",
    "co-organized",
    "coorganisee",
    "co-organisee",
    "coorganise",
    "coorganizada",
    "coorganizado",
    "co-organizada",
];
/// What follows a co-hosting verb: its hosts (`by`, `haben`) or the
/// subject's partners (`with`).
const COHOST_LINK: &[&str] = &["haben", "hatten", "by", "with", "par", "avec", "por", "con"];
/// Verbs of supporting that take the operation, not an actor, as object.
const SUPPORTED_OP: &[&str] = &[
    "supported",
    "unterstutzten",
    "soutenu",
    "soutenaient",
    "apoyaron",
    "respaldaron",
];
/// Light verbs that support with a noun ("provided support").
const SUPPORT_LIGHT: &[&str] = &[
    "provided",
    "offered",
    "leisteten",
    "apporte",
    "apporterent",
    "brindaron",
    "prestaron",
];
/// Nouns of support after a [`SUPPORT_LIGHT`] verb.
const SUPPORT_NOUN: &[&str] = &["support", "unterstutzung", "soutien", "apoyo"];

/// Verbs of granting, followed by an [`ASYLUM`] noun: "Russia granted him
/// asylum", "Rusia concedió asilo a Al Asad" (the granter supports the one
/// it shelters).
const GRANTED: &[&str] = &[
    "granted",
    "grants",
    "offered",
    "gewahrte",
    "gewahrt",
    "gewahrten",
    "accorde",
    "accorderent",
    "concedio",
    "concede",
    "otorgo",
];
/// Nouns of asylum after a [`GRANTED`] verb.
const ASYLUM: &[&str] = &["asylum", "asyl", "asile", "asilo", "zuflucht", "refuge"];
/// Object pronouns that take up the person named before ("granted him asylum").
const HIM: &[&str] = &[
    "him", "her", "them", "ihm", "ihr", "lui", "leur", "le", "la", "les", "ihn",
];

/// Verbs of pledging personnel ([`PERSONNEL`]) to a mission: "Benin and Chad
/// have pledged personnel for the mission" (the contributors support it).
const PLEDGED: &[&str] = &[
    "pledged",
    "contributed",
    "committed",
    "promised",
    "promis",
    "engage",
    "engages",
    "fourni",
    "prometido",
    "comprometido",
    "aportado",
    "prometieron",
    "aportaron",
];
/// Nouns of personnel after a [`PLEDGED`] verb (an article or number may come between).
const PERSONNEL: &[&str] = &[
    "personnel",
    "troops",
    "police",
    "officers",
    "soldiers",
    "effectifs",
    "troupes",
    "policiers",
    "soldats",
    "personal",
    "tropas",
    "policias",
    "efectivos",
    "agentes",
    "soldados",
];
/// What links the personnel to the mission they go to.
const FOR_MISSION: &[&str] = &["for", "to", "pour", "a", "au", "para", "al"];
/// The noun that takes up a mission named before ("for the mission").
const MISSION: &[&str] = &["mission", "mision"];

/// Verbs of demanding, before "that X halt …" ([`HALT`]): "the Security
/// Council demanded that the Houthis halt the attacks" (opposes).
const DEMANDED: &[&str] = &[
    "demanded",
    "demanding",
    "demands",
    "exige",
    "exigeant",
    "exigent",
    "exigio",
    "exigiendo",
    "exigen",
];
/// Verbs of halting an attack after a [`DEMANDED`] clause.
const HALT: &[&str] = &[
    "halt", "stop", "cease", "end", "arrete", "arretent", "cesse", "cessent", "detenga",
    "detengan", "cese", "cesen",
];

/// Verbs of breaking off relations ([`TIES`]): "Mali broke off diplomatic
/// relations with Ukraine", "la decisión de Mali de romper relaciones con
/// Kiev" (a hostile state act: opposes).
const BROKE: &[&str] = &[
    "broke",
    "break",
    "breaking",
    "severed",
    "sever",
    "cut",
    "cuts",
    "rompre",
    "rompu",
    "rompt",
    "romper",
    "rompio",
    "rompe",
    "rompieron",
];
/// Nouns of ties after a [`BROKE`] verb.
const TIES: &[&str] = &["relations", "ties", "relaciones", "lazos", "liens"];
/// Verbs that pit the sides of a fight against each other: "los combates
/// enfrentaron a A y B con C" (A and B against C).
const PITTED: &[&str] = &["enfrentaron", "enfrento", "enfrentan", "enfrenta", "pitted"];

/// Verbs of making public, before "the agreement": "Qatar, Egypt and the
/// United States announced the agreement" (third parties that announce a
/// deal between others brokered it).
const ANNOUNCED: &[&str] = &["announced", "announce", "announces", "unveiled"];
/// Nouns of a deal after an [`ANNOUNCED`] verb and a definite article.
const DEAL: &[&str] = &["agreement", "deal", "accord", "ceasefire", "truce"];

/// Verbs of denial, per language, before the clause they deny (German
/// "nie" is "never", French "nie" a denial: each language its own).
fn denial(lang: Lang, f: &str) -> bool {
    match lang {
        Lang::En => matches!(f, "denied" | "denies" | "deny" | "denying"),
        Lang::Fr => matches!(
            f,
            "nie" | "nient" | "niait" | "dement" | "dementi" | "dementent" | "dementait"
        ),
        Lang::Es => matches!(
            f,
            "nego" | "niega" | "niegan" | "negaron" | "desmintio" | "desmiente" | "desmintieron"
        ),
        Lang::De => matches!(
            f,
            "bestritt"
                | "bestreitet"
                | "bestritten"
                | "dementierte"
                | "dementiert"
                | "dementierten"
        ),
    }
}

/// The word opening the clause a verb of denial denies in sentence `r`
/// ("denied on Monday that", "a démenti que", "negó que", "bestritt, dass").
fn denied_clause(doc: &Doc, r: &std::ops::Range<usize>) -> Option<usize> {
    let j = (r.start..r.end).find(|&j| !doc.punct(j) && denial(doc.lang, doc.f(j)))?;
    (j + 1..(j + 10).min(r.end))
        .take_while(|&k| !(doc.punct(k) && matches!(doc.f(k), "." | ";" | ":")))
        .find(|&k| doc.is(k, super::lexicon::THAT))
}

/// Verbs of requesting, before a meeting noun ([`MEETING`]): "Russia
/// requested an emergency meeting of the Security Council", "a demandé une
/// réunion d'urgence du Conseil", "solicitó una reunión del Consejo" (the
/// requester is in contact with the body).
const REQUESTED: &[&str] = &[
    "requested",
    "requests",
    "request",
    "demande",
    "demandent",
    "solicito",
    "solicitaron",
    "solicita",
];
/// Nouns of a meeting after a [`REQUESTED`] verb.
const MEETING: &[&str] = &["meeting", "session", "reunion"];
/// Words that may come between a [`REQUESTED`] verb and its [`MEETING`]
/// noun ("an emergency", "une … d'urgence", "una … urgente").
const MEETING_LIGHT: &[&str] = &[
    "an",
    "a",
    "the",
    "emergency",
    "urgent",
    "closed",
    "special",
    "une",
    "una",
    "urgente",
];
/// Words of urgency after a [`MEETING`] noun ("réunion d'urgence").
const URGENT: &[&str] = &["urgence", "urgencia", "urgente"];
/// What links a [`MEETING`] noun to the body that meets.
const MEETING_OF: &[&str] = &["of", "du", "de", "del", "d", "la", "l", "el", "the"];

/// Verbs of notifying the other side: "Russia had notified the United
/// States" (contact, GUIDELINES R5).
const NOTIFIED: &[&str] = &["notified", "notifies", "notify", "notifie", "notifico"];
/// Verbs of warning, which put the two sides in contact only through a
/// channel ([`CHANNEL`]): "Moscou avait averti Washington … par le biais des
/// canaux de réduction du risque nucléaire".
const WARNED_VIA: &[&str] = &["warned", "averti", "prevenu", "advirtio", "alerto"];
/// Nouns of a channel of communication.
const CHANNEL: &[&str] = &[
    "channel", "channels", "canal", "canaux", "canales", "hotline",
];

/// Nouns of a truce among the [`BETWEEN_OPPOSES`] nouns: its sides may
/// well be talking.
const TRUCE: &[&str] = &[
    "ceasefire",
    "truce",
    "fire",
    "feu",
    "waffenruhe",
    "feuerpause",
    "waffenstillstand",
    "cessez",
    "treve",
    "fuego",
    "tregua",
];

/// Bits of [`word_bits`]: the word lists that [`phrases`] tests every word
/// against, worked out once per distinct word of an analysis
/// ([`super::words::WordMemo`]) instead of scanned for every word of every
/// sentence. A word with none of them (and no possessive before it, no
/// "between") starts nothing in [`phrases`].
const R_FORMED: u32 = 1;
const R_SIGNED: u32 = 1 << 1;
const R_OVERTHREW: u32 = 1 << 2;
const R_COHOST: u32 = 1 << 3;
const R_SUPPORT_LIGHT: u32 = 1 << 4;
const R_SUPPORTED_OP: u32 = 1 << 5;
const R_GRANTED: u32 = 1 << 6;
const R_PLEDGED: u32 = 1 << 7;
const R_DEMANDED: u32 = 1 << 8;
const R_BROKE: u32 = 1 << 9;
const R_PITTED: u32 = 1 << 10;
const R_REQUESTED: u32 = 1 << 11;
const R_NOTIFIED: u32 = 1 << 12;
const R_WARNED_VIA: u32 = 1 << 13;
const R_ANNOUNCED: u32 = 1 << 14;
/// "pro" of "pro-iranische", "pro-Russian".
const R_PRO: u32 = 1 << 15;
/// English "spokesman" after a possessive "'s".
const R_SPOKESMAN: u32 = 1 << 16;
/// A possessive ([`ITS`]): read on the word before.
const R_ITS: u32 = 1 << 17;
/// The first word of one of the [`PHRASES`] (in any language).
const R_PHRASE: u32 = 1 << 18;

/// English nouns of a spokesperson after "'s" ("The junta's spokesman").
const SPOKESMAN: &[&str] = &["spokesman", "spokeswoman", "spokesperson"];

/// The [`phrases`] bits (`R_…`) of the folded word `w`.
pub(super) fn word_bits(w: &str) -> u32 {
    static M: std::sync::OnceLock<FxMap<&'static str, u32>> = std::sync::OnceLock::new();
    M.get_or_init(|| {
        let mut m: FxMap<&'static str, u32> = FxMap::default();
        for (list, bit) in [
            (FORMED, R_FORMED),
            (SIGNED, R_SIGNED),
            (OVERTHREW, R_OVERTHREW),
            (COHOST, R_COHOST),
            (SUPPORT_LIGHT, R_SUPPORT_LIGHT),
            (SUPPORTED_OP, R_SUPPORTED_OP),
            (GRANTED, R_GRANTED),
            (PLEDGED, R_PLEDGED),
            (DEMANDED, R_DEMANDED),
            (BROKE, R_BROKE),
            (PITTED, R_PITTED),
            (REQUESTED, R_REQUESTED),
            (NOTIFIED, R_NOTIFIED),
            (WARNED_VIA, R_WARNED_VIA),
            (ANNOUNCED, R_ANNOUNCED),
            (&["pro"], R_PRO),
            (SPOKESMAN, R_SPOKESMAN),
            (ITS, R_ITS),
        ] {
            for w in list {
                *m.entry(w).or_default() |= bit;
            }
        }
        for p in PHRASES {
            *m.entry(p.words[0]).or_default() |= R_PHRASE;
        }
        m
    })
    .get(w)
    .copied()
    .unwrap_or(0)
}

fn noun_in(table: &[(Lang, &[&str])], lang: Lang, w: &str) -> bool {
    table.iter().any(|(l, ws)| {
        *l == lang
            && ws
                .iter()
                .any(|n| w == *n || lang == Lang::De && w.len() > n.len() + 3 && w.ends_with(n))
    })
}

/// Definite articles (with the contracted "du", "del") before a group noun.
const DEFINITE: &[&str] = &[
    "the", "le", "la", "l", "du", "el", "del", "der", "die", "das", "des", "dem", "den",
];

/// Phrases by language and first word.
fn phrase_index() -> &'static FxMap<(&'static str, &'static str), Vec<usize>> {
    static IDX: std::sync::OnceLock<FxMap<(&'static str, &'static str), Vec<usize>>> =
        std::sync::OnceLock::new();
    IDX.get_or_init(|| {
        let mut m: FxMap<(&'static str, &'static str), Vec<usize>> = FxMap::default();
        for (k, p) in PHRASES.iter().enumerate() {
            m.entry((p.lang.code(), p.words[0])).or_default().push(k);
        }
        m
    })
}

/// Whether word `i` may stand between a phrase and its actor: a quote or
/// hyphen, an article, an adjective (not in English), a group noun or the
/// word before one ("led by the Islamist group HTS", "unter Führung der
/// Miliz HTS").
fn skip_light(doc: &Doc, i: usize) -> bool {
    doc.punct(i) && matches!(doc.f(i), "-" | "'" | "’" | "(" | "„" | "“" | "\"" | "«")
        || doc.has(i, ARTICLE)
        || !doc.punct(i) && doc.has(i, GROUP)
        || !doc.punct(i) && i + 1 < doc.words.len() && doc.has(i + 1, GROUP)
        || !doc.punct(i)
            && !doc.words[i].cap
            && doc.words[i].kind == crate::text::TokenKind::Word
            && !doc.has(i, AND)
            && doc.f(i).len() > 2
            && doc.lang != Lang::En
}

/// The armed groups that claim an attack in sentence `r`: "X claimed
/// responsibility", "Zu der Tat bekannte sich X", "revendiquée par X".
/// They join the sources of the last attack told (in [`build`]).
fn claimants(
    doc: &Doc,
    r: &std::ops::Range<usize>,
    ms: &[super::Ment],
    actors: &[Actor],
) -> Vec<usize> {
    let armed = |m: &&super::Ment| actors[m.id].kind == "armed_group";
    let mut out = Vec::new();
    for i in r.clone() {
        let claim = CLAIMED.iter().find(|(l, words, _)| {
            *l == doc.lang
                && i + words.len() <= r.end
                && words.iter().enumerate().all(|(k, w)| doc.f(i + k) == *w)
        });
        let Some((_, words, agent_after)) = claim else {
            continue;
        };
        let end = i + words.len();
        // the claimed attack named near the verb or later in its clause
        // (English names the responsibility)
        let clause_end = (end..(end + 10).min(r.end))
            .find(|&j| doc.punct(j) && matches!(doc.f(j), "," | "." | ";" | ":"))
            .unwrap_or((end + 10).min(r.end));
        let names_attack = doc.lang == Lang::En
            || (i.saturating_sub(4).max(r.start)..clause_end).any(|j| {
                let w = doc.f(j);
                CLAIM_OBJECT
                    .iter()
                    .any(|n| w == *n || doc.lang == Lang::De && w.ends_with(n) && w.len() > 6)
            });
        if !names_attack {
            continue;
        }
        let claimant = if *agent_after {
            // the first mention after a few light words
            let mut k = end;
            while k < r.end && k < end + 5 && !ms.iter().any(|m| m.ws == k) && skip_light(doc, k) {
                k += 1;
            }
            ms.iter().filter(armed).find(|m| m.ws == k)
        } else if doc.lang == Lang::De {
            // verb second: the subject right before, else after `sich`
            // (not a modifier: "die mit Al-Kaida verbündete Gruppe")
            ms.iter()
                .rev()
                .filter(armed)
                .find(|m| m.we <= i && i - m.we <= 1)
                .or_else(|| {
                    ms.iter().filter(armed).find(|m| {
                        m.ws >= end && !(m.ws > r.start && doc.is(m.ws - 1, &["mit", "von"]))
                    })
                })
        } else {
            ms.iter().filter(armed).find(|m| m.we <= i)
        };
        out.extend(claimant.map(|m| m.id));
    }
    out
}

/// Phrase relations of sentence `si`.
pub fn phrases(doc: &Doc, si: usize, actors: &[Actor], out: &mut Vec<PRel>) {
    let r = doc.sents[si].clone();
    let lo = doc.ments.partition_point(|m| m.ws < r.start);
    let hi = doc.ments.partition_point(|m| m.ws < r.end);
    let ms = &doc.ments[lo..hi];
    let (s, e) = doc.span(r.start, r.end);
    let ev = || crate::text::evidence(doc.view.id, s, e);
    if ms.iter().any(|m| actors[m.id].kind == "armed_group") {
        for a in claimants(doc, &r, ms, actors) {
            out.push(PRel {
                a,
                b: a,
                kind: "claims",
                label: "claimed",
                evidence: ev(),
            });
        }
    }
    // (one person is enough for "Son porte-parole, X": the group is named before)
    let staff_of_its =
        || (r.start + 1..r.end).any(|i| doc.rel(i - 1) & R_ITS != 0 && doc.is(i, SPOKES_NOUN));
    if ms.is_empty() || ms.len() < 2 && !staff_of_its() {
        return;
    }
    let first = out.len();
    let mut push = |a: usize, b: usize, kind: &'static str, label: &'static str| {
        if a != b
            && !out[first..]
                .iter()
                .any(|p| p.a == a && p.b == b && p.kind == kind)
        {
            out.push(PRel {
                a,
                b,
                kind,
                label,
                evidence: ev(),
            });
        }
    };
    // the first word of the mention after word `i` (within a few light words)
    let after_ws = |i: usize| -> Option<usize> {
        let mut k = i;
        let mut n = 0;
        while k < r.end && n < 5 {
            if ms.iter().any(|m| m.ws == k) {
                return Some(k);
            }
            // a title noun right before a name ("des früheren Polizisten Jimmy X",
            // "adviser to President Volodymyr X")
            let title = !doc.punct(k)
                && doc.words[k].cap
                && ms
                    .iter()
                    .any(|m| m.ws == k + 1 && actors[m.id].kind == "person");
            if !skip_light(doc, k) && !title {
                return None;
            }
            k += 1;
            n += 1;
        }
        None
    };
    let after = |i: usize| -> Option<usize> {
        after_ws(i).and_then(|k| ms.iter().find(|m| m.ws == k).map(|m| m.id))
    };
    // the mentions coordinated from the one starting at word `ws`: "Katar, Ägypten und den USA"
    let coord = |ws: usize| -> Vec<usize> {
        let mut list = Vec::new();
        let Some(mut m) = ms.iter().find(|m| m.ws == ws) else {
            return list;
        };
        loop {
            list.push(m.id);
            let (mut k, mut joined) = (m.we, false);
            while k < r.end && k < m.we + 4 {
                if doc.punct(k) && doc.f(k) == "," || doc.has(k, AND) {
                    joined = true;
                } else if !(doc.has(k, ARTICLE)
                    || doc.punct(k) && matches!(doc.f(k), "-" | "'" | "’"))
                {
                    break;
                }
                k += 1;
            }
            match ms.iter().find(|x| x.ws == k) {
                Some(x) if joined => m = x,
                _ => break,
            }
        }
        list
    };
    // mediators of an agreement, put in contact with its parties in `build`
    let mut mediators: Vec<usize> = Vec::new();
    // the two sides of a war, a truce or talks ("zwischen Israel und der Hisbollah")
    let mut sides: Vec<(usize, usize)> = Vec::new();
    // supporters of the operation told before ("X and Y provided support")
    let mut ops: Vec<usize> = Vec::new();
    // leaders overthrown ("renversé le gouvernement civil d'Aung San Suu Kyi")
    let mut overthrown: Vec<usize> = Vec::new();
    // the subject of "X, Y and Z announced the agreement"
    let mut announcers: Vec<usize> = Vec::new();
    // the sides of a fight ("fighting between A and B"), not of a truce
    let mut foes_here: Vec<(usize, usize)> = Vec::new();
    // the mention ending right before word `i` (skipping a hyphen)
    let right_before = |i: usize| -> Option<usize> {
        let mut k = i;
        while k > r.start && doc.punct(k - 1) && matches!(doc.f(k - 1), "-" | "‐") {
            k -= 1;
        }
        ms.iter().find(|m| m.we == k).map(|m| m.id)
    };
    // the subject of "X (, which …,) is the main financial backer of": the
    // mention before the copula, past a clause set off by commas
    let copula_subject = |i: usize| -> Option<usize> {
        let mut k = i;
        while k > r.start
            && doc.is(
                k - 1,
                &[
                    "the",
                    "a",
                    "an",
                    "main",
                    "biggest",
                    "largest",
                    "key",
                    "chief",
                    "principal",
                    "top",
                    "major",
                    "leading",
                    "financial",
                    "military",
                ],
            )
        {
            k -= 1;
        }
        if !(k > r.start && doc.is(k - 1, &["is", "was", "remains", "became"])) {
            return None;
        }
        k -= 1;
        if k > r.start && doc.punct(k - 1) && doc.f(k - 1) == "," {
            k = (r.start..k - 1)
                .rev()
                .find(|&j| doc.punct(j) && doc.f(j) == ",")?;
        }
        ms.iter().find(|m| m.we == k).map(|m| m.id)
    };
    // the armed group a group noun at word `g` takes up: the last one named before it
    let group_antecedent = |g: usize| -> Option<usize> {
        ms.iter()
            .rev()
            .find(|m| m.we <= g && actors[m.id].kind == "armed_group")
            .map(|m| m.id)
    };
    // a definite group noun takes up a group of the sentences before too:
    // "… Hezbollah. … le secrétaire général du mouvement chiite soutenu par l'Iran"
    let definite_group_antecedent = |g: usize| -> Option<usize> {
        if !(g > r.start && doc.is(g - 1, DEFINITE)) {
            return None;
        }
        let p = doc.ments.partition_point(|m| m.ws < r.start);
        doc.ments[..p]
            .iter()
            .rev()
            .take(24)
            .find(|m| actors.get(m.id).is_some_and(|a| a.kind == "armed_group"))
            .map(|m| m.id)
    };
    // the nearest mention before word `i` in the sentence (not a speaker phrase)
    let before = |i: usize| -> Option<usize> {
        ms.iter()
            .rev()
            .filter(|m| {
                !(m.we - m.ws == 1
                    && !doc.words[m.ws].cap
                    && m.we <= i
                    && !(m.we..i).any(|j| doc.punct(j))
                    && i - m.we <= 2)
            })
            .find(|m| {
                m.we <= i
                    && i - m.we <= 14
                    && !(m.we..i).any(|j| doc.punct(j) && matches!(doc.f(j), ";" | ":"))
            })
            .map(|m| m.id)
    };
    for i in r.clone() {
        if doc.punct(i) {
            continue;
        }
        let rb = doc.rel(i);
        let its_before = i > r.start && doc.rel(i - 1) & R_ITS != 0;
        if rb == 0 && !its_before && !doc.has(i, BETWEEN) {
            continue;
        }
        // "Russia requested an emergency meeting of the U.N. Security Council"
        if rb & R_REQUESTED != 0 {
            let mut k = i + 1;
            while k < r.end && k < i + 4 && doc.is(k, MEETING_LIGHT) {
                k += 1;
            }
            if k < r.end && doc.is(k, MEETING) {
                // (then "d'urgence", "urgente", "de urgencia" and "of", "du", "del")
                let mut b = k + 1;
                let mut linked = false;
                while b < r.end
                    && b < k + 7
                    && (doc.is(b, MEETING_OF) || doc.is(b, URGENT) || doc.punct(b))
                {
                    linked |= doc.is(b, MEETING_OF) && !doc.is(b + 1, URGENT);
                    b += 1;
                }
                let body = ms.iter().find(|m| m.ws == b).map(|m| m.id);
                if let (true, Some(body), Some(who)) = (linked, body, before(i)) {
                    push(who, body, "contact", "requested a meeting of");
                }
            }
        }
        // "Russia had notified the United States", "Moscou avait averti
        // Washington … par le biais des canaux …"
        if rb & R_NOTIFIED != 0
            || rb & R_WARNED_VIA != 0 && (r.start..r.end).any(|k| doc.is(k, CHANNEL))
        {
            if let (Some(x), Some(y)) = (before(i), after(i + 1)) {
                push(x, y, "contact", "notified");
            }
        }
        // "Qatar, Egypt and the United States announced the agreement"
        if rb & R_ANNOUNCED != 0 && doc.is(i + 1, &["the"]) && doc.is(i + 2, DEAL) {
            if let Some(last) = right_before(i) {
                if let Some(list) = ms
                    .iter()
                    .filter(|m| m.we <= i)
                    .map(|m| coord(m.ws))
                    .find(|l| l.last() == Some(&last))
                {
                    announcers.extend(list);
                }
            }
        }
        // "pro-iranische Hisbollah", "pro-Russian separatists"
        if rb & R_PRO != 0 && i + 2 < r.end && doc.punct(i + 1) {
            if let Some(x) = ms.iter().find(|m| m.ws == i + 2) {
                if let Some(y) = ms.iter().find(|m| m.ws > x.ws && m.ws <= x.we + 3) {
                    push(y.id, x.id, "supports", "backed by");
                }
            }
        }
        // "the war between the army and the RSF", "talks between Russia and Ukraine"
        if doc.has(i, BETWEEN) {
            let mut k = i;
            let mut noun = None;
            while k > r.start && i - k < 8 && !doc.punct(k - 1) {
                k -= 1;
                let w = doc.f(k);
                if noun_in(BETWEEN_OPPOSES, doc.lang, w) {
                    noun = Some(("opposes", "fights"));
                    break;
                }
                if noun_in(BETWEEN_CONTACT, doc.lang, w) {
                    noun = Some(("contact", "in contact with"));
                    break;
                }
            }
            if let (Some((kind, label)), Some(xw)) = (noun, after_ws(i + 1)) {
                let x = ms.iter().find(|m| m.ws == xw).copied();
                // B: the first mention after `and` that follows X
                let y = x.and_then(|x| {
                    let and = (x.we..(x.we + 3).min(r.end)).find(|&j| doc.has(j, AND))?;
                    ms.iter()
                        .find(|m| {
                            m.ws > and
                                && m.ws <= and + 8
                                && !(and..m.ws)
                                    .any(|j| doc.punct(j) && matches!(doc.f(j), "." | ";" | ":"))
                        })
                        .map(|m| m.id)
                });
                if let (Some(x), Some(y)) = (x, y) {
                    push(x.id, y, kind, label);
                    sides.push((x.id, y));
                    // "fighting between A and B … donors meeting in Paris": A and
                    // B are foes in this sentence, not parties to its meeting
                    if kind == "opposes" && !doc.is(k, TRUCE) {
                        foes_here.push((x.id, y));
                    }
                }
            }
        }
        // "Mali formed the AES with Burkina Faso and Niger": the states
        // (or the state a leader serves) are members of the alliance
        if rb & R_FORMED != 0 {
            let clause = |j: usize| !(doc.punct(j) && matches!(doc.f(j), "." | ";" | ":"));
            let alliance = ms.iter().find(|m| {
                // (the partners may come first: "a formé avec les régimes
                // militaires du Burkina Faso et du Niger l'AES")
                m.ws > i
                    && m.ws <= i + 16
                    && actors[m.id].kind == "organisation"
                    && (i..m.ws).all(clause)
            });
            if let Some(al) = alliance {
                let lo = (r.start..i)
                    .rev()
                    .find(|&j| !clause(j))
                    .map_or(r.start, |j| j + 1);
                // partners after it: "formed the AES with Burkina Faso and Niger"
                let with: Vec<usize> = (al.we..(al.we + 2).min(r.end))
                    .find(|&j| doc.has(j, WITH))
                    .and_then(|j| after_ws(j + 1))
                    .map(&coord)
                    .unwrap_or_default();
                let named = ms
                    .iter()
                    .filter(|m| m.ws >= lo && m.we <= al.ws || with.contains(&m.id));
                for m in named {
                    let a = &actors[m.id];
                    let member = if is_country_actor(a) {
                        Some(m.id)
                    } else if a.kind == "person" {
                        a.roles
                            .iter()
                            .filter_map(|r| r.of.as_deref())
                            .find_map(|of| actors.iter().position(|x| x.id == of))
                            .filter(|&x| is_country_actor(&actors[x]))
                    } else {
                        None
                    };
                    if let Some(x) = member {
                        push(x, al.id, "affiliation", "member of");
                    }
                }
            }
        }
        // "X signed an accord with Y", "a signé avec Y", "firmó con Y": contact
        if rb & R_SIGNED != 0 {
            let subj = ms
                .iter()
                .rev()
                .find(|m| m.we <= i && i - m.we <= 3 && !(m.we..i).any(|j| doc.punct(j)))
                .map(|m| m.id);
            let with = (i + 1..(i + 10).min(r.end))
                .take_while(|&j| !doc.punct(j))
                .find(|&j| doc.has(j, WITH));
            // the first mention after `with`; a nationality before a person
            // is the person's ("avec le Premier ministre polonais Donald Tusk")
            let other = with.and_then(|w| {
                let mut it = ms
                    .iter()
                    .filter(|m| m.ws > w && m.ws <= w + 6 && !(w..m.ws).any(|j| doc.punct(j)));
                let first = it.next()?;
                match it.next() {
                    Some(n)
                        if actors[first.id].kind == "state"
                            && actors[n.id].kind == "person"
                            && n.ws <= first.we + 3 =>
                    {
                        Some(n.id)
                    }
                    _ => Some(first.id),
                }
            });
            if let (Some(a), Some(b)) = (subj, other) {
                push(a, b, "contact", "signed with");
            }
        }
        // "the army toppled President X", "Les militaires ont renversé le
        // gouvernement d'X", "die Regierung von X gestürzt": opposes
        if rb & R_OVERTHREW != 0 && !(i > r.start && doc.is(i - 1, PASSIVE_BEFORE)) {
            let pre: Vec<&super::Ment> = ms
                .iter()
                .filter(|m| {
                    m.we <= i && !(m.we..i).any(|j| doc.punct(j) && matches!(doc.f(j), ";" | ":"))
                })
                .collect();
            let (subj, obj) = if doc.lang == Lang::De {
                // the verb closes the clause: subject first, object last
                let obj = pre.last().copied().filter(|m| i - m.we <= 2);
                (
                    pre.first()
                        .copied()
                        .filter(|s| obj.is_some_and(|o| o.ws > s.we)),
                    obj,
                )
            } else {
                let obj = ms
                    .iter()
                    .find(|m| m.ws > i && m.ws <= i + 10 && !(i..m.ws).any(|j| doc.punct(j)));
                // "ousting the elected government of Aung San Suu Kyi": the leader
                let obj = obj.map(|o| {
                    ms.iter()
                        .find(|p| {
                            actors[p.id].kind == "person"
                                && actors[o.id].kind == "government"
                                && p.ws > o.we
                                && p.ws <= o.we + 3
                                && (o.we..p.ws).any(|j| doc.is(j, &["of", "de", "d", "del"]))
                                && !(o.we..p.ws).any(|j| doc.punct(j) && doc.f(j) == ",")
                        })
                        .unwrap_or(o)
                });
                // a participle clause ("…, ousting the government") tells
                // more of the sentence's subject
                let subj = if doc.f(i).ends_with("ing") {
                    pre.first().copied()
                } else {
                    pre.last().copied()
                };
                (subj, obj)
            };
            if let (Some(a), Some(b)) = (subj, obj) {
                if !(doc.lang == Lang::De && (b.we..i).any(|j| doc.is(j, &["worden", "wurde"]))) {
                    push(a.id, b.id, "opposes", "overthrew");
                }
            }
            // the overthrown leader, also with no overthrower named (read in `build`)
            if let Some(b) = obj.filter(|b| actors[b.id].kind == "person" && doc.lang != Lang::De) {
                overthrown.push(b.id);
            }
        }
        // "The junta's spokesman, Major General Zaw Min Tun": the spokesperson
        // serves the owner
        if doc.lang == Lang::En
            && rb & R_SPOKESMAN != 0
            && i >= r.start + 2
            && doc.f(i - 1) == "s"
            && doc.punct(i - 2)
            && matches!(doc.f(i - 2), "'" | "’")
        {
            let owner = ms.iter().find(|m| m.we == i - 2).map(|m| m.id);
            // the name after a comma and capitalised titles
            let mut k = i + 1;
            if k < r.end && doc.punct(k) && doc.f(k) == "," {
                k += 1;
            }
            let mut n = 0;
            while k < r.end
                && n < 3
                && !doc.punct(k)
                && doc.words[k].cap
                && !ms.iter().any(|m| m.ws == k)
            {
                k += 1;
                n += 1;
            }
            let person = ms
                .iter()
                .find(|m| m.ws == k && actors[m.id].kind == "person")
                .map(|m| m.id);
            if let (Some(o), Some(p)) = (owner, person) {
                push(p, o, "affiliation", "spokesperson of");
            }
        }
        // "Son porte-parole, Khaing Thu Kha", "Su portavoz, X", "Its
        // spokesman, X": the possessive takes up the group that led the
        // sentences before (the first group named in the nearest one)
        if its_before {
            let end = if doc.f(i) == "porte" && doc.is(i + 1, &["parole"]) {
                Some(i + 2)
            } else if doc.f(i) == "porte" && doc.is(i + 2, &["parole"]) && doc.punct(i + 1) {
                Some(i + 3)
            } else if doc.is(i, SPOKES_NOUN) && doc.f(i) != "porte" {
                Some(i + 1)
            } else {
                None
            };
            let person = end.and_then(|e| {
                let mut k = e;
                if k < r.end && doc.punct(k) && doc.f(k) == "," {
                    k += 1;
                }
                let p = ms
                    .iter()
                    .find(|m| m.ws >= k && m.ws <= k + 3 && actors[m.id].kind == "person")?;
                (!(k..p.ws).any(|j| doc.punct(j) || !doc.words[j].cap)).then_some(p.id)
            });
            // a person named before in the sentence speaks through them
            // ("Guterres condenó …, según su portavoz, X"): the first one
            let speaker = person.and_then(|p| {
                ms.iter()
                    .find(|m| m.we < i && m.id != p && actors[m.id].kind == "person")
                    .map(|m| m.id)
            });
            let owner = speaker.or_else(|| {
                person?;
                (1..=2).find_map(|back| {
                    let s = doc.sents.get(si.checked_sub(back)?)?;
                    let lo = doc.ments.partition_point(|m| m.ws < s.start);
                    let hi = doc.ments.partition_point(|m| m.ws < s.end);
                    // (the first name: "Les rebelles de l'Armée d'Arakan";
                    // a government also in lower case: "Le gouvernement
                    // d'unité nationale (GNU) a accusé la Radaa")
                    let first = doc.ments.get(lo..hi)?.iter().find(|m| {
                        doc.words.get(m.ws).is_some_and(|w| w.cap)
                            || actors[m.id].kind == "government"
                    })?;
                    Some(first.id).filter(|&x| {
                        matches!(
                            actors[x].kind.as_str(),
                            "armed_group" | "organisation" | "government"
                        )
                    })
                })
            });
            if let (Some(o), Some(p)) = (owner, person) {
                // (a speaker's spokesperson: "spokesperson for")
                let label = if speaker.is_some() {
                    "spokesperson for"
                } else {
                    "spokesperson of"
                };
                push(p, o, "affiliation", label);
            }
        }
        // "Russia granted him asylum", "Rusia concedió asilo a Al Asad",
        // "Russland gewährte Assad Asyl": the granter supports the sheltered
        if rb & R_GRANTED != 0 && (i + 1..(i + 6).min(r.end)).any(|j| doc.is(j, ASYLUM)) {
            let granter = ms
                .iter()
                .rev()
                .find(|m| m.we <= i && i - m.we <= 2 && !(m.we..i).any(|j| doc.punct(j)));
            // the person after the verb, in its clause; else the person a
            // pronoun right after the verb takes up
            let clause_end = (i + 1..(i + 10).min(r.end))
                .find(|&j| doc.punct(j) && matches!(doc.f(j), "." | ";" | ":" | ","))
                .unwrap_or((i + 10).min(r.end));
            let sheltered = granter.and_then(|g| {
                ms.iter()
                    .find(|m| m.ws > i && m.we <= clause_end && actors[m.id].kind == "person")
                    .or_else(|| {
                        // (in this sentence or the one before)
                        let from = si
                            .checked_sub(1)
                            .and_then(|p| doc.sents.get(p))
                            .map_or(r.start, |p| p.start);
                        let lo = doc.ments.partition_point(|m| m.ws < from);
                        (i + 1 < r.end && doc.is(i + 1, HIM))
                            .then(|| {
                                doc.ments[lo..]
                                    .iter()
                                    .take_while(|m| m.we <= g.ws)
                                    .filter(|m| actors[m.id].kind == "person")
                                    .last()
                            })
                            .flatten()
                    })
                    .filter(|m| m.id != g.id)
            });
            let passive = i > r.start && doc.is(i - 1, PASSIVE_BEFORE);
            if let (Some(g), Some(s), false) = (granter, sheltered, passive) {
                push(g.id, s.id, "supports", "granted asylum");
            }
        }
        // "Benin, Chad and the Bahamas have also pledged personnel for the
        // mission", "ont promis des policiers à la mission": the contributors
        // support the mission
        if rb & R_PLEDGED != 0
            && doc.lang != Lang::De
            && (i + 1..(i + 4).min(r.end)).any(|j| doc.is(j, PERSONNEL))
        {
            let clause_end = (i + 1..(i + 10).min(r.end))
                .find(|&j| doc.punct(j) && matches!(doc.f(j), "." | ";" | ":" | ","))
                .unwrap_or((i + 10).min(r.end));
            let link = (i + 1..clause_end).find(|&j| doc.is(j, FOR_MISSION));
            // the mission named after the link, else the last mission named before
            // (a multinational force or organisation, not the foe it fights:
            // "pledged troops to fight the jihadists")
            let named = link.and_then(|l| after(l + 1)).filter(|&x| {
                matches!(actors[x].kind.as_str(), "organisation" | "military")
                    && actors[x].country.is_none()
            });
            let taken_up = || {
                let l = link?;
                (l + 1..(l + 4).min(clause_end)).find(|&j| doc.is(j, MISSION))?;
                let lo = doc.ments.partition_point(|m| m.ws < r.start);
                doc.ments[..lo]
                    .iter()
                    .rev()
                    .find(|m| {
                        actors[m.id]
                            .name
                            .split(' ')
                            .any(|w| w.eq_ignore_ascii_case("mission"))
                    })
                    .map(|m| m.id)
            };
            let mission = named.or_else(taken_up);
            // the contributors: the list ending right before the verb ("have also")
            let last = ms
                .iter()
                .rev()
                .find(|m| m.we <= i && i - m.we <= 3 && !(m.we..i).any(|j| doc.punct(j)));
            let list = last
                .map(|l| {
                    ms.iter()
                        .filter(|m| m.ws <= l.ws)
                        .map(|m| coord(m.ws))
                        .find(|c| c.contains(&l.id))
                        .unwrap_or_else(|| vec![l.id])
                })
                .unwrap_or_default();
            if let Some(to) = mission {
                for c in list {
                    push(c, to, "supports", "contributes to");
                }
            }
        }
        // "the Security Council demanded that the Houthis halt the attacks",
        // "exige que les rebelles cessent leurs attaques": opposes
        if rb & R_DEMANDED != 0 {
            let that = (i + 1..(i + 6).min(r.end))
                .take_while(|&j| !(doc.punct(j) && matches!(doc.f(j), "." | ";" | ":")))
                .find(|&j| doc.is(j, &["that", "que", "qu"]));
            let target = that.and_then(|t| {
                let xw = after_ws(t + 1)?;
                let xm = ms.iter().find(|m| m.ws == xw)?;
                (xm.we..(xm.we + 3).min(r.end))
                    .any(|j| doc.is(j, HALT))
                    .then_some(xm.id)
            });
            if let (Some(x), Some(d)) = (target, before(i)) {
                push(d, x, "opposes", "demands a halt");
            }
        }
        // "Mali broke off diplomatic relations with Ukraine", "romper
        // relaciones diplomáticas con Kiev": opposes
        if rb & R_BROKE != 0 {
            let ties = (i + 1..(i + 5).min(r.end))
                .take_while(|&j| !doc.punct(j))
                .find(|&j| doc.is(j, TIES));
            let with = ties.and_then(|t| {
                (t + 1..(t + 3).min(r.end))
                    .take_while(|&j| !doc.punct(j))
                    .find(|&j| doc.has(j, WITH))
            });
            // (between states and governments: a group that cut its ties
            // with its former parent is no foe of it)
            let official =
                |x: usize| is_country_actor(&actors[x]) || actors[x].kind == "government";
            if let (Some(x), Some(s)) = (with.and_then(|w| after(w + 1)), before(i)) {
                if official(x) && official(s) {
                    push(s, x, "opposes", "broke off ties with");
                }
            }
        }
        // "Los combates enfrentaron a las tropas malienses y a Wagner con los
        // separatistas del CSP y con yihadistas del JNIM": each side named
        // before `con`/`against` fights each one named after it, in the clause
        if rb & R_PITTED != 0 {
            let stop = |j: usize| doc.punct(j) && matches!(doc.f(j), "." | ";" | ":");
            let end = (i + 1..r.end).find(|&j| stop(j)).unwrap_or(r.end);
            let link = (i + 1..end).find(|&j| doc.is(j, &["con", "against"]));
            if let Some(l) = link {
                // the second side ends at the first comma after its first mention
                let first_b = ms.iter().find(|m| m.ws > l && m.we <= end);
                let b_end = first_b
                    .and_then(|f| (f.we..end).find(|&j| doc.punct(j) && doc.f(j) == ","))
                    .unwrap_or(end);
                // a descriptor of the group named right after it is not a
                // side of its own ("yihadistas del JNIM")
                let described = |m: &super::Ment| {
                    m.we + 1 < r.end
                        && doc.is(m.we, &["del", "de", "of", "des", "du"])
                        && ms.iter().any(|n| n.ws == m.we + 1 || n.ws == m.we + 2)
                };
                let side_a: Vec<usize> = ms
                    .iter()
                    .filter(|m| m.ws > i && m.we <= l && !described(m))
                    .map(|m| m.id)
                    .collect();
                let side_b: Vec<usize> = ms
                    .iter()
                    .filter(|m| m.ws > l && m.we <= b_end && !described(m))
                    .map(|m| m.id)
                    .collect();
                for &a in &side_a {
                    for &b in &side_b {
                        push(a, b, "opposes", "fights");
                    }
                }
            }
        }
        // co-hosts: "Eingeladen haben X, Y und Z", "co-hosted by X, Y and Z"
        // (the first named is the host, in contact with each other one);
        // "the conference, co-organised with X and Y" (the subject hosts)
        if rb & R_COHOST != 0 && i + 2 < r.end && doc.is(i + 1, COHOST_LINK) {
            if let Some(xw) = after_ws(i + 2) {
                let list = coord(xw);
                let hub = if doc.has(i + 1, WITH) {
                    before(i).filter(|h| !list.contains(h))
                } else {
                    list.first().copied()
                };
                if let Some(h) = hub {
                    for &x in &list {
                        push(h, x, "contact", "co-hosts with");
                    }
                }
            }
        }
        // "Australia, Bahrain and Canada provided support" (to the operation
        // told before): resolved in `build` to the last attack's sources
        let light_support = rb & R_SUPPORT_LIGHT != 0
            && (i + 1..(i + 3).min(r.end)).any(|j| doc.is(j, SUPPORT_NOUN));
        if (rb & R_SUPPORTED_OP != 0 || light_support) && !ms.iter().any(|m| m.ws > i) {
            let last = ms
                .iter()
                .rev()
                .find(|m| m.we <= i && i - m.we <= 2 && !(m.we..i).any(|j| doc.punct(j)));
            let opening = ms.first().filter(|f| {
                (r.start..f.ws)
                    .all(|j| doc.has(j, ARTICLE) || doc.punct(j) && !matches!(doc.f(j), "," | ";"))
            });
            if let (Some(last), Some(f)) = (last, opening) {
                let list = coord(f.ws);
                if list.len() >= 2 && list.contains(&last.id) {
                    ops.extend(list);
                }
            }
        }
        if rb & R_PHRASE == 0 {
            continue;
        }
        let Some(list) = phrase_index().get(&(doc.lang.code(), doc.f(i))) else {
            continue;
        };
        for p in list.iter().map(|&k| &PHRASES[k]) {
            let n = p.words.len();
            if i + n > r.end || !(0..n).all(|k| doc.f(i + k) == p.words[k]) {
                continue;
            }
            let end = i + n;
            match p.shape {
                Shape::After if p.kind == "mediates" => {
                    if let Some(mut xw) = after_ws(end) {
                        // "mediated by Turkish President Recep Tayyip Erdogan":
                        // the leader the nationality and title name mediates
                        if let Some(m) = ms.iter().find(|m| m.ws == xw) {
                            let leader = ms.iter().find(|x| {
                                actors[x.id].kind == "person"
                                    && x.ws > m.we
                                    && x.ws <= m.we + 2
                                    && (m.we..x.ws).all(|j| doc.words[j].cap && !doc.punct(j))
                            });
                            if let (true, Some(l)) = (actors[m.id].kind == "state", leader) {
                                xw = l.ws;
                            }
                        }
                        mediators.extend(coord(xw));
                    }
                }
                Shape::After => {
                    let Some(x) = after(end) else { continue };
                    // fronted: "Soutenus par l'Iran, les Houthis attaquent…": Y follows the comma
                    let fronted = || {
                        if i > r.start + 1 {
                            return None;
                        }
                        let xm = ms.iter().find(|m| m.id == x && m.ws >= end)?;
                        let comma = (xm.we..(xm.we + 1).min(r.end))
                            .find(|&j| doc.punct(j) && doc.f(j) == ",");
                        if let Some(c) = comma {
                            return after(c + 1);
                        }
                        // "El líder de la alianza que entró en Damasco, Abu
                        // Mohamed al Jolani, …": a head named after the
                        // relative clause on the group, before the verb
                        let c = (xm.we..(xm.we + 10).min(r.end))
                            .find(|&j| doc.punct(j))
                            .filter(|&j| doc.f(j) == ",")
                            .filter(|&j| !ms.iter().any(|m| m.ws >= xm.we && m.ws < j))?;
                        after(c + 1)
                            .filter(|&y| p.kind == "affiliation" && actors[y].kind == "person")
                    };
                    // "le mouvement armé soutenu par l'Iran": the group named before
                    let group = (i.saturating_sub(3).max(r.start)..i)
                        .find(|&j| doc.has(j, GROUP) && !ms.iter().any(|m| m.we > j && m.ws < i));
                    // "a précisé le porte-parole de la police, Abdifatah Adan
                    // Hassan": an office with an article, then the group and
                    // the holder's name in apposition
                    let apposed = || {
                        if p.kind != "affiliation" || !(i > r.start && doc.has(i - 1, ARTICLE)) {
                            return None;
                        }
                        let xm = ms.iter().find(|m| m.id == x && m.ws >= end)?;
                        let c = Some(xm.we)
                            .filter(|&c| c < r.end && doc.punct(c) && doc.f(c) == ",")?;
                        after(c + 1).filter(|&y| y != x && actors[y].kind == "person")
                    };
                    let y = match group {
                        Some(g) => group_antecedent(g)
                            .or_else(|| definite_group_antecedent(g))
                            .filter(|&y| y != x),
                        None => apposed().or_else(|| before(i)).or_else(fronted),
                    };
                    let Some(y) = y else {
                        continue;
                    };
                    if p.kind == "supports" && p.label == "backs" {
                        push(x, y, p.kind, p.label); // "Y, backed by X": X backs Y
                    } else {
                        push(y, x, p.kind, p.label); // "Y, ally of X", "Y, led by X"
                    }
                }
                Shape::Before => {
                    let copula = p.words[0].starts_with("backer");
                    let Some(x) =
                        right_before(i).or_else(|| copula.then(|| copula_subject(i)).flatten())
                    else {
                        continue;
                    };
                    // "the Iran-aligned group's attacks": the group named before
                    let group = (end..(end + 2).min(r.end)).find(|&j| doc.has(j, GROUP));
                    let Some(y) = after(end)
                        .or_else(|| group.and_then(|_| group_antecedent(i)).filter(|&y| y != x))
                    else {
                        continue;
                    };
                    if p.kind == "supports" {
                        push(x, y, p.kind, p.label);
                    } else {
                        push(y, x, p.kind, p.label);
                    }
                }
                Shape::Von => {
                    // X: the mention after `von`/`durch` within the words before the phrase
                    let von_of = |m: &&super::Ment| -> Option<usize> {
                        let mut k = m.ws;
                        while k > r.start && doc.has(k - 1, ARTICLE)
                            || k > r.start
                                && !doc.punct(k - 1)
                                && !doc.words[k - 1].cap
                                && !doc.is(k - 1, &["von", "vom", "durch"])
                            || k > r.start + 1
                                && k == m.ws
                                && doc.words[k - 1].cap
                                && !doc.punct(k - 1)
                                && !doc.is(k - 1, &["von", "vom", "durch"])
                        {
                            k -= 1;
                        }
                        (k > r.start && doc.is(k - 1, &["von", "vom", "durch"])).then(|| k - 1)
                    };
                    let cands: Vec<&super::Ment> = ms
                        .iter()
                        .filter(|m| {
                            m.we <= i && i - m.we <= 20 && m.ws > r.start && von_of(m).is_some()
                        })
                        .collect();
                    // "die von HTS, dem Ableger von Al-Qaida, dominiert": the `von` after the relative pronoun
                    let xm = cands
                        .iter()
                        .find(|m| von_of(m).is_some_and(|v| v > r.start && doc.has(v - 1, ARTICLE)))
                        .or_else(|| cands.iter().rev().find(|m| i - m.we <= 3))
                        .copied();
                    let Some(xm) = xm else { continue };
                    if p.kind == "mediates" {
                        mediators.extend(coord(xm.ws));
                        continue;
                    }
                    // attributive ("die von Ruanda unterstützte Miliz M23"): Y follows; else the antecedent
                    let attributive = doc.f(i).ends_with('e') || doc.f(i).ends_with("en");
                    let y = if attributive {
                        after(end).or_else(|| {
                            ms.iter()
                                .find(|m| m.ws >= end && m.ws <= end + 4)
                                .map(|m| m.id)
                        })
                    } else {
                        None
                    }
                    .or_else(|| before(xm.ws.saturating_sub(1)).filter(|&y| y != xm.id));
                    let Some(y) = y else { continue };
                    let x = xm.id;
                    if p.kind == "supports" {
                        push(x, y, p.kind, p.label);
                    } else {
                        push(y, x, p.kind, p.label);
                    }
                }
            }
        }
    }
    for a in ops {
        out.push(PRel {
            a,
            b: a,
            kind: "supports_op",
            label: "supports",
            evidence: ev(),
        });
    }
    for a in overthrown {
        out.push(PRel {
            a,
            b: a,
            kind: "overthrown",
            label: "overthrown",
            evidence: ev(),
        });
    }
    for (a, b) in foes_here {
        out.push(PRel {
            a,
            b,
            kind: "foes_here",
            label: "fights",
            evidence: ev(),
        });
    }
    for a in announcers {
        out.push(PRel {
            a,
            b: a,
            kind: "announces",
            label: "mediates",
            evidence: ev(),
        });
    }
    for (a, b) in sides {
        out.push(PRel {
            a,
            b,
            kind: "sides",
            label: "between",
            evidence: ev(),
        });
    }
    for m in mediators {
        if !out[first..]
            .iter()
            .any(|p| p.a == m && p.kind == "mediates")
        {
            out.push(PRel {
                a: m,
                b: m,
                kind: "mediates",
                label: "mediated",
                evidence: ev(),
            });
        }
    }
    // what a denial denies is no relation: "denied that Rwandan soldiers
    // were fighting alongside M23" (the ties a name tells stay: Rwandan
    // soldiers are Rwanda's)
    if let Some(k) = denied_clause(doc, &r) {
        let inside = |a: usize| ms.iter().any(|m| m.id == a && m.ws > k);
        let kept: Vec<PRel> = out
            .drain(first..)
            .filter(|p| p.kind == "affiliation" || !(inside(p.a) || inside(p.b)))
            .collect();
        out.extend(kept);
    }
}

/// For each actor that is a branch of another in the actor lexicon
/// (`of` names a parent), the index of the parent actor, if it is known.
fn lexicon_parents(actors: &[Actor]) -> HashMap<usize, usize> {
    // per child name: its parents' names, in lexicon order; built once
    type Parents = FxMap<&'static str, Vec<&'static str>>;
    static PARENTS: std::sync::OnceLock<Parents> = std::sync::OnceLock::new();
    let parents = PARENTS.get_or_init(|| {
        let lex = actor_index();
        let lex_by_id: HashMap<&str, &str> = lex.actors.iter().map(|x| (x.id, x.name)).collect();
        let mut m: Parents = FxMap::default();
        for la in &lex.actors {
            if la.of.is_empty() || !la.of.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
                continue;
            }
            if let Some(&n) = lex_by_id.get(la.of) {
                m.entry(la.name).or_default().push(n);
            }
        }
        m
    });
    let by_name: HashMap<&str, usize> = actors
        .iter()
        .enumerate()
        .map(|(i, a)| (a.name.as_str(), i))
        .collect();
    let mut out = HashMap::default();
    // the last lexicon pair whose child and parent are both actors wins
    for (&name, &child) in &by_name {
        let Some(ps) = parents.get(name) else {
            continue;
        };
        if let Some(&parent) = ps.iter().rev().find_map(|p| by_name.get(p)) {
            out.insert(child, parent);
        }
    }
    out
}

/// The document and the byte range of an evidence span `d1:120-240`.
fn span_of(ev: &str) -> Option<(&str, usize, usize)> {
    let (doc, range) = ev.split_once(':')?;
    let (s, e) = range.split_once('-')?;
    Some((doc, s.parse().ok()?, e.parse().ok()?))
}

pub(super) fn is_country_actor(a: &Actor) -> bool {
    a.kind == "state" || a.kind == "government" && a.name.ends_with(" government")
}

/// The actor lexicon's rival and de facto administrations: Myanmar's
/// National Unity Government, Somalia's Jubaland, Syria's Kurdish-led
/// administration. Not a part of their country's government, often its
/// foe (the lexicon's recognised governments, the Palestinian Authority,
/// Yemen's leadership council, Haiti's council, are).
const RIVAL_ADMINISTRATIONS: [&str; 3] = ["nug", "jubaland", "aanes"];

fn own_administration(a: &Actor) -> bool {
    static NAMES: std::sync::OnceLock<crate::hash::FxSet<&'static str>> =
        std::sync::OnceLock::new();
    a.kind == "government"
        && NAMES
            .get_or_init(|| {
                actor_index()
                    .actors
                    .iter()
                    .filter(|x| RIVAL_ADMINISTRATIONS.contains(&x.id))
                    .map(|x| x.name)
                    .collect()
            })
            .contains(a.name.as_str())
}

/// A civilian ministry ("Foreign Ministry", "Health Ministry"): it speaks
/// for its state, and is tied to it only when it acts in an event.
fn civilian_ministry(a: &Actor) -> bool {
    a.kind == "government"
        && a.name.ends_with("Ministry")
        && !["Defence", "Defense", "Interior"]
            .iter()
            .any(|w| a.name.contains(w))
}

/// Builds the relations from events, phrases and the actors themselves.
pub fn build(
    events: &[Event],
    phrase_rels: Vec<PRel>,
    actors: &[Actor],
    places: &[Place],
    views: &[DocView],
    index: &MentionIndex,
) -> Vec<Relation> {
    let idx: FxMap<&str, usize> = actors
        .iter()
        .enumerate()
        .map(|(i, a)| (a.id.as_str(), i))
        .collect();
    let doc_of: FxMap<&str, usize> = views.iter().enumerate().map(|(i, v)| (v.id, i)).collect();
    // per document: the actors mentioned, and the first mention of each
    let mut present: Vec<Vec<usize>> = Vec::with_capacity(views.len());
    let mut first_at: Vec<FxMap<usize, usize>> = Vec::with_capacity(views.len());
    for ms in &index.actors {
        let mut first: FxMap<usize, usize> = FxMap::default();
        for &(s, _, a) in ms {
            let e = first.entry(a).or_insert(s);
            *e = (*e).min(s);
        }
        let mut p: Vec<usize> = first.keys().copied().collect();
        p.sort_unstable();
        present.push(p);
        first_at.push(first);
    }
    // (a, b, kind) → (label, evidences)
    let mut rels: Vec<(usize, usize, &'static str, String, Vec<Str>)> = Vec::new();
    let mut keys: FxMap<(usize, usize, &'static str), usize> = FxMap::default();
    let mut add = |a: usize, b: usize, kind: &'static str, label: &str, ev: Str| {
        if a == b {
            return;
        }
        let key = (a.min(b), a.max(b), kind);
        match keys.get(&key) {
            Some(&k) => {
                let r = &mut rels[k];
                if !r.4.contains(&ev) {
                    r.4.push(ev);
                }
            }
            None => {
                keys.insert(key, rels.len());
                rels.push((a, b, kind, label.to_string(), vec![ev]));
            }
        }
    };
    let same_side = |a: usize, b: usize| -> bool {
        let (x, y) = (&actors[a], &actors[b]);
        x.country.is_some()
            && x.country == y.country
            && (is_country_actor(x)
                || is_country_actor(y)
                || x.kind == "person"
                || y.kind == "person")
    };
    // claimants of an attack: the last one told before the claim's sentence, else in it
    let mut claimed: FxMap<&str, Vec<usize>> = FxMap::default();
    for p in phrase_rels.iter().filter(|p| p.kind == "claims") {
        let Some((doc, start, end)) = span_of(&p.evidence) else {
            continue;
        };
        let last_before = |at: usize| {
            events
                .iter()
                .filter(|e| e.doc == doc && !e.negated && e.kind == "ASSAULT")
                .filter(|e| e.evidence.start < at)
                .max_by_key(|e| e.evidence.start)
        };
        let attack = last_before(start).or_else(|| last_before(end));
        if let Some(e) = attack {
            claimed.entry(e.id.as_str()).or_default().push(p.a);
        }
    }
    // who announced an agreement, by sentence: "Qatar, Egypt and the United
    // States announced the agreement" is no agreement between them
    let mut announced: FxMap<(&str, usize), Vec<usize>> = FxMap::default();
    // and who mediated one ("the truce, brokered by the United States and
    // France"): their links to the others named are the mediation's
    let mut mediated: FxMap<(&str, usize), Vec<usize>> = FxMap::default();
    // pairs that a sentence makes foes ("fighting between A and B")
    let mut foes_in: crate::hash::FxSet<(&str, usize, usize, usize)> = Default::default();
    for p in phrase_rels.iter() {
        if p.kind == "foes_here" {
            if let Some((doc, start, _)) = span_of(&p.evidence) {
                foes_in.insert((doc, start, p.a.min(p.b), p.a.max(p.b)));
            }
            continue;
        }
        let map = match p.kind {
            "announces" => &mut announced,
            "mediates" => &mut mediated,
            _ => continue,
        };
        if let Some((doc, start, _)) = span_of(&p.evidence) {
            map.entry((doc, start)).or_default().push(p.a);
        }
    }
    // from events
    for e in events {
        if e.negated {
            continue;
        }
        let announcers = announced
            .get(&(e.doc.as_str(), e.evidence.start))
            .map_or(&[][..], |v| v.as_slice());
        let brokers = mediated
            .get(&(e.doc.as_str(), e.evidence.start))
            .map_or(&[][..], |v| v.as_slice());
        let get = |role: &str| -> Vec<usize> {
            e.actors
                .iter()
                .filter(|x| x.role == role)
                .filter_map(|x| idx.get(x.actor.as_str()).copied())
                .collect()
        };
        let (tgt, sup) = (get("target"), get("supporter"));
        // the claimants of an attack are its sources, not allies of the others named
        let named = get("source");
        let mut src = named.clone();
        for &c in claimed.get(e.id.as_str()).into_iter().flatten() {
            if !src.contains(&c) && !tgt.contains(&c) {
                src.push(c);
            }
        }
        let ev = Str::from(e.id.as_str());
        match e.kind.as_str() {
            "ASSAULT" | "COERCE" | "THREATEN" | "ACCUSE" | "SANCTION" | "PROTEST" => {
                let label = match e.kind.as_str() {
                    "ASSAULT" => "fights",
                    "COERCE" => "coerces",
                    "THREATEN" => "threatens",
                    "ACCUSE" => "accuses",
                    "SANCTION" => "sanctions",
                    _ => "protests against",
                };
                for &s in &src {
                    for &t in &tgt {
                        // "the war between army chief X and RSF commander Y": a
                        // leader fights the other leader named, not the group
                        // in the other's title
                        let titled = actors[s].kind == "person"
                            && tgt.iter().any(|&p| {
                                p != t
                                    && actors[p].kind == "person"
                                    && actors[p]
                                        .roles
                                        .iter()
                                        .any(|r| r.of.as_deref() == Some(actors[t].id.as_str()))
                            });
                        if titled {
                            continue;
                        }
                        // two leaders of one country at war with each other
                        // ("the war between army chief Burhan and his former
                        // deputy Daglo") are foes
                        let leaders = e.kind == "ASSAULT"
                            && actors[s].kind == "person"
                            && actors[t].kind == "person";
                        if !same_side(s, t)
                            || leaders
                            || actors[s].kind == "armed_group"
                            || actors[t].kind == "armed_group"
                            || actors[t].kind == "civilians"
                        {
                            add(s, t, "opposes", label, ev.clone());
                        }
                    }
                }
                // a target that is a place: its state (a foreign attacker) or its army and government (an insurgent)
                if PLACE_FOES && e.kind == "ASSAULT" && tgt.is_empty() {
                    if let Some(pc) = e
                        .place
                        .as_deref()
                        .and_then(|p| places.iter().find(|x| x.id == p))
                        .and_then(|p| p.country.as_deref())
                    {
                        let here = doc_of
                            .get(e.doc.as_str())
                            .map(|&d| present[d].as_slice())
                            .unwrap_or(&[]);
                        let present = |j: usize| here.binary_search(&j).is_ok();
                        for &s in &src {
                            let sc = actors[s].country.as_deref();
                            let foes: Vec<usize> = if sc.is_some() && sc != Some(pc) {
                                (0..actors.len())
                                    .filter(|&j| {
                                        is_country_actor(&actors[j])
                                            && actors[j].country.as_deref() == Some(pc)
                                            && present(j)
                                    })
                                    .collect()
                            } else if actors[s].kind == "armed_group" {
                                (0..actors.len())
                                    .filter(|&j| {
                                        actors[j].country.as_deref() == Some(pc)
                                            && (is_country_actor(&actors[j])
                                                || actors[j].kind == "military")
                                            && present(j)
                                    })
                                    .collect()
                            } else {
                                Vec::new()
                            };
                            for t in foes {
                                add(s, t, "opposes", "fights", ev.clone());
                            }
                        }
                    }
                }
                if e.kind == "ASSAULT" {
                    for (k, &a) in named.iter().enumerate() {
                        for &b in &named[k + 1..] {
                            if !same_side(a, b) {
                                add(a, b, "supports", "fights alongside", ev.clone());
                            }
                        }
                    }
                }
            }
            // a ceasefire between two sides: they were fighting
            "AGREE" if e.label == "ceasefire" && !src.is_empty() && !tgt.is_empty() => {
                for &s in &src {
                    for &t in &tgt {
                        if !same_side(s, t) {
                            add(s, t, "opposes", "ceasefire with", ev.clone());
                        }
                    }
                }
            }
            "CONSULT" | "AGREE" | "COOPERATE" => {
                let mut parts: Vec<usize> = src.iter().chain(tgt.iter()).copied().collect();
                parts.dedup();
                let label = match e.kind.as_str() {
                    "CONSULT" => "in contact with",
                    "AGREE" => "agreed with",
                    _ => "cooperates with",
                };
                for (k, &a) in parts.iter().enumerate() {
                    for &b in &parts[k + 1..] {
                        // the counterparts of one consultation need not have
                        // talked to each other ("X held separate talks with A and B")
                        // (with nobody named as the one who talks, the counterparts
                        // are the participants: "the ministers are in close contact
                        // with Russia, Iran and Turkey")
                        let counterparts = !src.is_empty()
                            && [a, b].iter().all(|x| tgt.contains(x) && !src.contains(x));
                        // ("in contact with A, B and C" is a group's contact: they all are)
                        if e.kind == "CONSULT" && e.label != "in contact" && counterparts {
                            continue;
                        }
                        if announcers.contains(&a) && announcers.contains(&b)
                            || brokers.contains(&a)
                            || brokers.contains(&b)
                            || foes_in.contains(&(
                                e.doc.as_str(),
                                e.evidence.start,
                                a.min(b),
                                a.max(b),
                            ))
                        {
                            continue;
                        }
                        // two people of one country meeting are in contact ("Jolani met the prime minister")
                        let people = actors[a].kind == "person" && actors[b].kind == "person";
                        if people || !same_side(a, b) {
                            add(a, b, "contact", label, ev.clone());
                        }
                    }
                }
            }
            "SUPPORT" | "AID" => {
                for &s in &src {
                    for &t in &tgt {
                        if !same_side(s, t) {
                            add(
                                s,
                                t,
                                "supports",
                                if e.kind == "AID" { "aids" } else { "supports" },
                                ev.clone(),
                            );
                        }
                    }
                }
            }
            _ => {}
        }
        for &p in &sup {
            for &s in &src {
                if !same_side(p, s) {
                    add(p, s, "supports", "backs", ev.clone());
                }
            }
        }
    }
    // pairs a phrase binds together ("rebels led by HTS", "Iran-backed
    // Houthis"): an event read as a fight between them is a misreading
    let mut bound: crate::hash::FxSet<(usize, usize)> = phrase_rels
        .iter()
        .filter(|p| matches!(p.kind, "affiliation" | "supports"))
        .map(|p| (p.a.min(p.b), p.a.max(p.b)))
        .collect();
    // leaders the text says were overthrown ("ousting the government of X")
    let overthrown: crate::hash::FxSet<usize> = phrase_rels
        .iter()
        .filter(|p| p.kind == "opposes" && p.label == "overthrew" || p.kind == "overthrown")
        .filter(|p| actors[p.b].kind == "person")
        .map(|p| p.b)
        .collect();
    // spokespersons of a group or a person (not a state): no default tie to
    // their country
    let group_staff: crate::hash::FxSet<usize> = phrase_rels
        .iter()
        .filter(|p| {
            p.kind == "affiliation"
                && (p.label == "spokesperson for"
                    || p.label == "spokesperson of"
                        && matches!(actors[p.b].kind.as_str(), "armed_group" | "organisation"))
        })
        .map(|p| p.a)
        .collect();
    // from phrases
    let mut mediators: Vec<(usize, Str)> = Vec::new();
    let mut announcers: Vec<(usize, Str)> = Vec::new();
    let mut sides_of: Vec<(usize, usize, Str)> = Vec::new();
    for p in phrase_rels {
        if p.kind == "mediates" {
            mediators.push((p.a, p.evidence));
        } else if p.kind == "sides" {
            sides_of.push((p.a, p.b, p.evidence));
        } else if p.kind == "announces" {
            announcers.push((p.a, p.evidence));
        } else if p.kind == "foes_here" {
            // read before the events
        } else if p.kind == "claims" || p.kind == "overthrown" {
            // read before the events
        } else if p.kind == "supports_op" {
            // the sources of the last attack told before, in the same document
            let (doc, at, _) = span_of(&p.evidence).unwrap_or(("", 0, 0));
            let last = events
                .iter()
                .filter(|e| e.doc == doc && !e.negated && e.kind == "ASSAULT")
                .filter(|e| e.evidence.start < at)
                .filter(|e| e.actors.iter().any(|x| x.role == "source"))
                // the latest sentence; in it, the first attack told (the main clause)
                .rev()
                .max_by_key(|e| e.evidence.start);
            // the first-named source leads the operation the others support
            if let Some(e) = last {
                for x in e.actors.iter().filter(|x| x.role == "source").take(1) {
                    if let Some(&s) = idx.get(x.actor.as_str()) {
                        if !same_side(p.a, s) {
                            add(p.a, s, "supports", p.label, p.evidence.clone());
                        }
                    }
                }
            }
        } else {
            add(p.a, p.b, p.kind, p.label, p.evidence);
        }
    }
    // The parties of an event (its sources and targets, as actor indices),
    // and whether it has both sides: shared by mediators and announcers.
    let parties_of = |e: &Event| -> Vec<usize> {
        e.actors
            .iter()
            .filter(|x| x.role == "source" || x.role == "target")
            .filter_map(|x| idx.get(x.actor.as_str()).copied())
            .collect()
    };
    let two_sided = |e: &Event| {
        e.actors.iter().any(|x| x.role == "source") && e.actors.iter().any(|x| x.role == "target")
    };
    // a mediator ("brokered by X", "unter Vermittlung Katars") is in contact
    // with the parties of the agreements and talks of its document
    for (m, ev) in &mediators {
        let (doc, at, _) = span_of(ev).unwrap_or(("", 0, 0));
        let talks = |e: &&Event| {
            e.doc == doc && !e.negated && matches!(e.kind.as_str(), "AGREE" | "CONSULT")
        };
        let sides = |e: &Event| -> Vec<usize> {
            let mut v = parties_of(e);
            v.retain(|&p| p != *m);
            v
        };
        // the talks told in the mediator's sentence, else the first agreement
        // of the document between two sides
        let co_mediator = |p: usize| {
            mediators
                .iter()
                .any(|(o, e2)| *o == p && e2.split(':').next() == Some(doc))
        };
        // (not the other mediators named with it)
        let mut parties: Vec<usize> = events
            .iter()
            .filter(talks)
            .filter(|e| {
                e.evidence.start == at || e.also.iter().any(|x| x.doc == doc && x.start == at)
            })
            .flat_map(|e| sides(e))
            .filter(|&p| !co_mediator(p))
            .collect();
        if parties.len() < 2 {
            let first_event = events
                .iter()
                .filter(talks)
                .filter(|e| two_sided(e))
                .min_by_key(|e| e.evidence.start)
                .map(|e| (e.evidence.start, sides(e)));
            let first_phrase = sides_of
                .iter()
                .filter(|(_, _, e)| e.split(':').next() == Some(doc))
                .filter_map(|(a, b, e)| {
                    let s: usize = e.split(':').nth(1)?.split('-').next()?.parse().ok()?;
                    Some((s, vec![*a, *b]))
                })
                .min_by_key(|x| x.0);
            parties = match (first_event, first_phrase) {
                (Some(x), Some(y)) => {
                    if y.0 <= x.0 {
                        y.1
                    } else {
                        x.1
                    }
                }
                (x, y) => x.or(y).map(|x| x.1).unwrap_or_default(),
            };
        }
        parties.sort_unstable();
        parties.dedup();
        for p in parties {
            if !co_mediator(p) && !same_side(*m, p) {
                add(*m, p, "contact", "mediates", ev.clone());
            }
        }
    }
    // an announcer of an agreement that is not one of its parties brokered
    // it: in contact with the parties of the first agreement or truce told
    // before in its document
    for (m, ev) in &announcers {
        let (doc, at, _) = span_of(ev).unwrap_or(("", 0, 0));
        let first = events
            .iter()
            .filter(|e| {
                e.doc == doc
                    && !e.negated
                    && e.kind == "AGREE"
                    && e.evidence.start < at
                    && two_sided(e)
            })
            .min_by_key(|e| e.evidence.start);
        let Some(first) = first else { continue };
        let parties = parties_of(first);
        if parties.len() < 2 || parties.contains(m) {
            continue;
        }
        for p in parties {
            if !same_side(*m, p) {
                add(*m, p, "contact", "mediates", ev.clone());
            }
        }
    }
    // a junta: the government that took power, which an overthrown leader
    // does not belong to
    let junta = |j: usize| {
        actors[j].kind == "government"
            && actors[j].mentions.iter().any(|m| {
                let t = m.text.to_lowercase();
                t.contains("junta") || t.contains("junte")
            })
    };
    // from the actors: offices, armies and ministries, branches
    let parents = lexicon_parents(actors);
    bound.extend(parents.iter().map(|(&a, &b)| (a.min(b), a.max(b))));
    // actors that take part in an event
    let in_events: crate::hash::FxSet<usize> = events
        .iter()
        .flat_map(|e| {
            e.actors
                .iter()
                .filter_map(|x| idx.get(x.actor.as_str()).copied())
        })
        .collect();
    // actors that act in an event (not only report it)
    let acting: crate::hash::FxSet<usize> = events
        .iter()
        .flat_map(|e| {
            e.actors
                .iter()
                .filter(|x| x.role != "reporter")
                .filter_map(|x| idx.get(x.actor.as_str()).copied())
        })
        .collect();
    for (vi, v) in views.iter().enumerate() {
        let present = &present[vi];
        let first_ev = |i: usize| -> Str {
            let start = first_at[vi].get(&i).copied().unwrap_or(0);
            match v
                .prep
                .sentence_at(start)
                .map(|s| v.prep.sentences[s].clone())
            {
                Some(r) => crate::text::evidence(v.id, r.start, r.end),
                None => {
                    let end = actors[i]
                        .mentions
                        .iter()
                        .find(|m| m.doc == v.id && m.start == start)
                        .map_or(start, |m| m.end);
                    crate::text::evidence(v.id, start, end)
                }
            }
        };
        let country_actor = |iso: &str| {
            present.iter().copied().find(|&j| {
                is_country_actor(&actors[j]) && actors[j].country.as_deref() == Some(iso)
            })
        };
        for &i in present {
            let a = &actors[i];
            if a.kind == "person" {
                let mut done = false;
                let military_title = |t: &str| {
                    [
                        "general",
                        "staff",
                        "commander",
                        "army",
                        "military",
                        "colonel",
                        "marshal",
                        "admiral",
                    ]
                    .iter()
                    .any(|w| t.contains(w))
                };
                let army = a.country.as_deref().and_then(|c| {
                    present.iter().copied().find(|&j| {
                        actors[j].kind == "military" && actors[j].country.as_deref() == Some(c)
                    })
                });
                // the leader of an armed group in this dispatch does not hold a
                // state office it may be known for ("HTS leader al-Sharaa")
                let rebel = a.roles.iter().any(|r| {
                    r.of.as_deref()
                        .and_then(|o| idx.get(o).copied())
                        .is_some_and(|o| {
                            actors[o].kind == "armed_group" && present.binary_search(&o).is_ok()
                        })
                });
                for role in &a.roles {
                    if let Some(of) = role.of.as_deref().and_then(|o| idx.get(o).copied()) {
                        if rebel && is_country_actor(&actors[of]) {
                            continue;
                        }
                        // an ambassador to an organisation ("Somalia's U.N. ambassador")
                        // serves their own state
                        let of = match a.country.as_deref().and_then(country_actor) {
                            Some(c)
                                if role.title.ends_with("ambassador")
                                    && actors[of].kind == "organisation" =>
                            {
                                c
                            }
                            _ => of,
                        };
                        // an office of a foreign state is a misreading ("Haiti's prime minister … Kenya")
                        let foreign = is_country_actor(&actors[of])
                            && a.country.is_some()
                            && actors[of].country.is_some()
                            && a.country != actors[of].country;
                        let ousted = overthrown.contains(&i) && junta(of);
                        if ousted {
                            // (nor to the state through the junta)
                            done = true;
                            continue;
                        }
                        if present.binary_search(&of).is_ok() && !foreign {
                            // a general serving a state serves its army
                            let of = match army {
                                Some(m)
                                    if is_country_actor(&actors[of])
                                        && military_title(&role.title) =>
                                {
                                    m
                                }
                                _ => of,
                            };
                            add(
                                i,
                                of,
                                "affiliation",
                                &format!("{} of", role.title),
                                first_ev(i),
                            );
                            done = true;
                        }
                    }
                }
                // an officer of the state with another office ("chairman of
                // the council", also "general") still belongs to its army; not
                // the commander of a militia ("RSF commander, a general")
                let serves_state = a.roles.iter().all(|r| {
                    r.of.as_deref()
                        .and_then(|o| idx.get(o))
                        .is_none_or(|&o| is_country_actor(&actors[o]))
                });
                // the personal staff of a state's leader serve the leader too
                // ("his special envoy Witkoff", "presidential adviser X"),
                // when one leader of that state is named
                for role in a
                    .roles
                    .iter()
                    .filter(|r| PERSONAL_STAFF.contains(&r.title.as_str()))
                {
                    let Some(of) = role.of.as_deref() else {
                        continue;
                    };
                    let mut leaders = present.iter().copied().filter(|&j| {
                        j != i
                            && actors[j].roles.iter().any(|r| {
                                LEADERS.contains(&r.title.as_str()) && r.of.as_deref() == Some(of)
                            })
                    });
                    if let (Some(l), None) = (leaders.next(), leaders.next()) {
                        add(
                            i,
                            l,
                            "affiliation",
                            &format!("{} of", role.title),
                            first_ev(i),
                        );
                    }
                }
                if done && serves_state {
                    if let (Some(m), Some(role)) =
                        (army, a.roles.iter().find(|r| military_title(&r.title)))
                    {
                        add(
                            i,
                            m,
                            "affiliation",
                            &format!("{} of", role.title),
                            first_ev(i),
                        );
                    }
                }
                if !done && !group_staff.contains(&i) {
                    // a bare "leader" leads a group, not the state ("gang leader X");
                    // a military office leads to the army when one is named
                    // ("Armeechef Abdel Fattah al-Burhan", known as the chairman
                    // of the sovereignty council)
                    let title = a
                        .roles
                        .iter()
                        .map(|r| r.title.as_str())
                        .find(|t| army.is_some() && military_title(t))
                        .or_else(|| a.roles.first().map(|r| r.title.as_str()))
                        .filter(|t| *t != "leader");
                    let to = match (title, army) {
                        (Some(t), Some(m)) if military_title(t) => Some(m),
                        _ if NATIONALS || title.is_some() => {
                            a.country.as_deref().and_then(country_actor)
                        }
                        _ => None,
                    };
                    if let Some(c) = to {
                        add(
                            i,
                            c,
                            "affiliation",
                            &format!("{} of", title.unwrap_or("national")),
                            first_ev(i),
                        );
                    }
                }
            } else if matches!(a.kind.as_str(), "military" | "government")
                && !is_country_actor(a)
                && !own_administration(a)
                && (!civilian_ministry(a) || acting.contains(&i))
                && (!SIGNIFICANT
                    || in_events.contains(&i)
                    || index.actors[vi].iter().filter(|m| m.2 == i).count() >= 2)
            {
                if let Some(c) = a.country.as_deref().and_then(country_actor) {
                    add(i, c, "affiliation", "part of", first_ev(i));
                }
            }
            // branches of a parent in the actor lexicon
            if let Some(&p) = parents.get(&i) {
                if present.binary_search(&p).is_ok() {
                    add(i, p, "affiliation", "part of", first_ev(i));
                }
            }
        }
    }
    // two sources of one attack read as allies, while the dispatch has them
    // fighting each other: a misreading of the attack ("Israeli strikes on
    // Houthi depots")
    let foes: crate::hash::FxSet<(usize, usize)> = rels
        .iter()
        .filter(|r| r.2 == "opposes" && !bound.contains(&(r.0.min(r.1), r.0.max(r.1))))
        .map(|r| (r.0.min(r.1), r.0.max(r.1)))
        .collect();
    rels.into_iter()
        .filter(|(a, b, kind, ..)| {
            !(*kind == "opposes" && bound.contains(&((*a).min(*b), (*a).max(*b))))
        })
        .filter(|(a, b, kind, label, evidence)| {
            let alongside = *kind == "supports"
                && label == "fights alongside"
                && evidence.iter().all(|e| !e.contains(':'));
            !(alongside && foes.contains(&((*a).min(*b), (*a).max(*b))))
        })
        .map(|(a, b, kind, label, evidence)| Relation {
            a: actors[a].id.to_string(),
            b: actors[b].id.to_string(),
            kind: kind.to_string(),
            label,
            weight: evidence.len() as u32,
            evidence,
        })
        .collect()
}
