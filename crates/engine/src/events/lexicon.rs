//! The trigger lexicon (`data/triggers.tsv`) and the function words each
//! language uses to mark argument roles, negation and reported speech.
//!
//! The trigger lexicon is data: one line per trigger with its language, its
//! pattern (words, stems, compound parts), its PLOVER type, a short English
//! label and flags. It is parsed once, on first use, into a byte trie per
//! language over the folded patterns (lower case, no diacritics): a word is
//! matched against every exact and prefix pattern in one walk down the
//! trie. The few patterns written with diacritics are looked up in hash
//! maps on the lower-cased word.

use std::sync::OnceLock;

use crate::gazetteer::fold_into;
use crate::lang::Lang;

/// The engine's hasher and hash map (re-exported from [`crate::hash`]).
pub use crate::hash::{Fx, FxMap};

const TSV: &str = include_str!("../../data/triggers.tsv");

/// How one pattern word compares with a text word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PatKind {
    /// The whole word.
    Exact,
    /// A prefix of the word (`erober*`).
    Prefix,
    /// The end of the word (`*angriff`).
    Suffix,
    /// Anywhere inside the word (`*angriff*`, German compounds).
    Contains,
}

/// One word of a pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pat {
    /// How it compares.
    pub kind: PatKind,
    /// The folded (or, with `dia`, lower-cased) form.
    pub s: String,
    /// Compare with diacritics (the pattern was written with some).
    pub dia: bool,
}

impl Pat {
    fn parse(w: &str) -> Pat {
        let star_start = w.starts_with('*');
        let star_end = w.ends_with('*');
        let core = w.trim_matches('*');
        let dia = !core.is_ascii();
        let s = if dia {
            core.to_lowercase()
        } else {
            fold_str(core)
        };
        let kind = match (star_start, star_end) {
            (true, true) => PatKind::Contains,
            (true, false) => PatKind::Suffix,
            (false, true) => PatKind::Prefix,
            (false, false) => PatKind::Exact,
        };
        Pat { kind, s, dia }
    }

    /// Whether the word (folded `f`, lower-cased `l`) matches.
    pub fn matches(&self, f: &str, l: &str) -> bool {
        let w = if self.dia { l } else { f };
        match self.kind {
            PatKind::Exact => w == self.s,
            PatKind::Prefix => w.starts_with(self.s.as_str()),
            PatKind::Suffix => w.len() > self.s.len() && w.ends_with(self.s.as_str()),
            // a plain byte search: building a substring searcher costs more for words this short
            PatKind::Contains => {
                w.len() > self.s.len()
                    && w.as_bytes()
                        .windows(self.s.len())
                        .any(|x| x == self.s.as_bytes())
            }
        }
    }
}

/// One trigger of the lexicon.
#[derive(Debug, Clone)]
pub struct Trigger {
    /// Its language.
    pub lang: Lang,
    /// The words of the pattern (one for single-word triggers).
    pub words: Vec<Pat>,
    /// PLOVER type.
    pub kind: &'static str,
    /// Short English label.
    pub label: String,
    /// A noun (an event nominal) rather than a verb.
    pub noun: bool,
    /// Only an event when the clause gives an explicit date.
    pub weak: bool,
    /// A participle: passive unless an agent is given.
    pub pass: bool,
    /// Only said in reported speech: the speaker is its source (a cause
    /// told in the German Konjunktiv is the speaker's blame).
    pub told: bool,
    /// German separable particle that must close the clause.
    pub part: Option<String>,
    /// Words one of which the clause must contain (`with=a|b`).
    pub with: Vec<String>,
    /// Next words that cancel the trigger ("took effect").
    pub not: Vec<String>,
    /// Line number in the TSV (for messages and tests).
    pub line: usize,
}

impl Trigger {
    /// Specificity: multi-word and conditioned triggers win over plain ones.
    pub fn rank(&self) -> u32 {
        let mut r = self.words.len() as u32 * 4;
        if self.part.is_some() {
            r += 6;
        }
        if !self.with.is_empty() {
            r += 3;
        }
        if !self.noun {
            r += 1;
        }
        r
    }
}

/// Folds `s` (lower case, no diacritics, `ß` → `ss`).
pub fn fold_str(s: &str) -> String {
    let mut out = String::new();
    fold_into(s, &mut out);
    out
}

#[derive(Default)]
struct Index {
    /// Exact and prefix patterns without diacritics, as a byte trie.
    trie: Trie,
    /// Patterns written with diacritics, compared on the lower-cased word.
    exact_dia: FxMap<String, Vec<u32>>,
    prefix_dia: FxMap<String, Vec<u32>>,
    /// Byte lengths of the prefixes with diacritics (only these are looked up).
    prefix_dia_lens: Vec<usize>,
    /// The first two bytes of every prefix pattern with diacritics, as a
    /// bitmap: a word that starts otherwise needs no prefix look-up.
    starts: Vec<u64>,
    /// Suffix and contains patterns (few; scanned).
    inner: Vec<u32>,
}

/// The parsed lexicon.
pub struct Lexicon {
    /// Every trigger, in file order.
    pub triggers: Vec<Trigger>,
    idx: [Index; 4],
    /// Problems found while parsing (line, message); empty for the shipped file.
    pub errors: Vec<(usize, String)>,
}

fn lang_slot(l: Lang) -> usize {
    match l {
        Lang::De => 0,
        Lang::En => 1,
        Lang::Fr => 2,
        Lang::Es => 3,
    }
}

fn kind_of(s: &str) -> Option<&'static str> {
    crate::model::EVENT_TYPES.iter().copied().find(|t| *t == s)
}

impl Lexicon {
    /// Parses a trigger table in the `triggers.tsv` format.
    pub fn parse(tsv: &str) -> Lexicon {
        let mut lex = Lexicon {
            triggers: Vec::new(),
            idx: Default::default(),
            errors: Vec::new(),
        };
        for (n, line) in tsv.lines().enumerate() {
            let line_no = n + 1;
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() < 4 {
                lex.errors.push((line_no, "fewer than 4 columns".into()));
                continue;
            }
            let Some(lang) = Lang::from_code(cols[0].trim()) else {
                lex.errors
                    .push((line_no, format!("unknown language '{}'", cols[0])));
                continue;
            };
            let Some(kind) = kind_of(cols[2].trim()) else {
                lex.errors
                    .push((line_no, format!("unknown PLOVER type '{}'", cols[2])));
                continue;
            };
            let label = cols[3].trim().to_string();
            let (mut noun, mut weak, mut pass, mut told, mut part, mut with, mut not) =
                (false, false, false, false, None, Vec::new(), Vec::new());
            let flags = cols.get(4).copied().unwrap_or("");
            // `not=` takes the rest of the column (its list is comma-separated too)
            let (flags, not_list) = match flags.find("not=") {
                Some(pos) => (&flags[..pos], Some(&flags[pos + 4..])),
                None => (flags, None),
            };
            if let Some(list) = not_list {
                not = list
                    .split(',')
                    .map(|s| match s.trim().strip_prefix('<') {
                        Some(w) => format!("<{}", fold_str(w)),
                        None => fold_str(s.trim()),
                    })
                    .filter(|s| !s.is_empty())
                    .collect();
            }
            for f in flags.split(',').map(str::trim).filter(|f| !f.is_empty()) {
                match f.split_once('=') {
                    None if f == "noun" => noun = true,
                    None if f == "weak" => weak = true,
                    None if f == "pass" => pass = true,
                    None if f == "told" => told = true,
                    Some(("part", v)) => part = Some(fold_str(v)),
                    Some(("with", v)) => with = v.split('|').map(fold_str).collect(),
                    _ => lex.errors.push((line_no, format!("unknown flag '{f}'"))),
                }
            }
            for alt in cols[1].split('|') {
                let words: Vec<Pat> = alt
                    .split([' ', '-', '\'', '’'])
                    .filter(|w| !w.trim().is_empty())
                    .map(|w| Pat::parse(w.trim()))
                    .collect();
                if words.is_empty() || words.iter().any(|p| p.s.is_empty()) {
                    lex.errors
                        .push((line_no, format!("empty pattern in '{}'", cols[1])));
                    continue;
                }
                let id = lex.triggers.len() as u32;
                let first = words[0].clone();
                lex.triggers.push(Trigger {
                    lang,
                    words,
                    kind,
                    label: label.clone(),
                    noun,
                    weak,
                    pass,
                    told,
                    part: part.clone(),
                    with: with.clone(),
                    not: not.clone(),
                    line: line_no,
                });
                let ix = &mut lex.idx[lang_slot(lang)];
                match (first.kind, first.dia) {
                    (PatKind::Exact, false) => ix.trie.insert(&first.s, id, false),
                    (PatKind::Prefix, false) => ix.trie.insert(&first.s, id, true),
                    (PatKind::Exact, true) => ix.exact_dia.entry(first.s).or_default().push(id),
                    (PatKind::Prefix, true) => {
                        if !ix.prefix_dia_lens.contains(&first.s.len()) {
                            ix.prefix_dia_lens.push(first.s.len());
                        }
                        mark_start(&mut ix.starts, &first.s);
                        ix.prefix_dia.entry(first.s).or_default().push(id)
                    }
                    _ => ix.inner.push(id),
                }
            }
        }
        for ix in &mut lex.idx {
            ix.trie.freeze();
        }
        lex
    }

    /// Ids of the triggers whose first word matches the word (folded `f`,
    /// lower-cased `l`), appended to `out`.
    pub fn candidates(&self, lang: Lang, f: &str, l: &str, out: &mut Vec<u32>) {
        let ix = &self.idx[lang_slot(lang)];
        // exact and prefix patterns: one walk down the trie
        ix.trie.walk(f, out);
        // an ASCII word equals its folded form (often the very same slice):
        // patterns with diacritics cannot match it
        let differ = !std::ptr::eq(l, f) && l != f;
        let any_prefix = differ && has_start(&ix.starts, l);
        if differ {
            if let Some(v) = ix.exact_dia.get(l) {
                out.extend_from_slice(v);
            }
            for &k in ix.prefix_dia_lens.iter().filter(|_| any_prefix) {
                if k <= l.len() && l.is_char_boundary(k) {
                    if let Some(v) = ix.prefix_dia.get(&l[..k]) {
                        out.extend_from_slice(v);
                    }
                }
            }
        }
        for &id in &ix.inner {
            if self.triggers[id as usize].words[0].matches(f, l) {
                out.push(id);
            }
        }
    }
}

/// A byte trie of patterns: each node keeps the patterns that end there,
/// as whole words (exact) or as prefixes. Built with per-node vectors, then
/// [`Trie::freeze`]d into flat arrays for the walk.
#[derive(Default)]
struct Trie {
    /// Per node: children as (byte, node), sorted by byte.
    kids: Vec<Vec<(u8, u32)>>,
    /// Per node: patterns matching a word that ends here.
    exact: Vec<Vec<u32>>,
    /// Per node: patterns matching any word that starts with the path.
    prefix: Vec<Vec<u32>>,
    /// The frozen nodes.
    nodes: Vec<FrozenNode>,
    /// All children, node after node.
    edges: Vec<(u8, u32)>,
    /// Full child tables of the nodes with many children (0: none).
    dense: Vec<[u32; 256]>,
    /// All pattern ids, node after node (prefix ids, then exact ids).
    ids: Vec<u32>,
}

/// A node of a frozen trie: ranges into [`Trie::edges`] and [`Trie::ids`].
#[derive(Default, Clone, Copy)]
struct FrozenNode {
    e0: u32,
    ne: u32,
    /// Index into [`Trie::dense`], or `u32::MAX`.
    dense: u32,
    p0: u32,
    pn: u32,
    x0: u32,
    xn: u32,
}

impl Trie {
    fn node(&mut self) -> u32 {
        self.kids.push(Vec::new());
        self.exact.push(Vec::new());
        self.prefix.push(Vec::new());
        (self.kids.len() - 1) as u32
    }

    fn insert(&mut self, s: &str, id: u32, prefix: bool) {
        if self.kids.is_empty() {
            self.node();
        }
        let mut n = 0u32;
        for &b in s.as_bytes() {
            let next = match self.kids[n as usize].binary_search_by_key(&b, |&(x, _)| x) {
                Ok(k) => self.kids[n as usize][k].1,
                Err(k) => {
                    let m = self.node();
                    self.kids[n as usize].insert(k, (b, m));
                    m
                }
            };
            n = next;
        }
        if prefix {
            self.prefix[n as usize].push(id);
        } else {
            self.exact[n as usize].push(id);
        }
    }

    /// Flattens the built trie for [`Trie::walk`] and drops the build vectors.
    fn freeze(&mut self) {
        let kids = std::mem::take(&mut self.kids);
        let exact = std::mem::take(&mut self.exact);
        let prefix = std::mem::take(&mut self.prefix);
        for (n, ks) in kids.iter().enumerate() {
            let mut nd = FrozenNode {
                e0: self.edges.len() as u32,
                ne: ks.len() as u32,
                dense: u32::MAX,
                ..FrozenNode::default()
            };
            self.edges.extend_from_slice(ks);
            if ks.len() > 4 {
                let mut t = [0u32; 256];
                for &(b, m) in ks {
                    t[b as usize] = m; // the root (0) is nobody's child
                }
                nd.dense = self.dense.len() as u32;
                self.dense.push(t);
            }
            nd.p0 = self.ids.len() as u32;
            self.ids.extend_from_slice(&prefix[n]);
            nd.pn = prefix[n].len() as u32;
            nd.x0 = self.ids.len() as u32;
            self.ids.extend_from_slice(&exact[n]);
            nd.xn = exact[n].len() as u32;
            self.nodes.push(nd);
        }
    }

    /// Appends the patterns matching `w` (prefix patterns along the path, exact ones at its end).
    #[inline]
    fn walk(&self, w: &str, out: &mut Vec<u32>) {
        if self.nodes.is_empty() {
            return;
        }
        let mut nd = &self.nodes[0];
        for &b in w.as_bytes() {
            let next = if nd.dense != u32::MAX {
                self.dense[nd.dense as usize][b as usize]
            } else {
                let es = &self.edges[nd.e0 as usize..(nd.e0 + nd.ne) as usize];
                match es.iter().find(|e| e.0 == b) {
                    Some(e) => e.1,
                    None => 0,
                }
            };
            if next == 0 {
                return;
            }
            nd = &self.nodes[next as usize];
            if nd.pn > 0 {
                out.extend_from_slice(&self.ids[nd.p0 as usize..(nd.p0 + nd.pn) as usize]);
            }
        }
        out.extend_from_slice(&self.ids[nd.x0 as usize..(nd.x0 + nd.xn) as usize]);
    }
}

fn start_key(s: &str) -> usize {
    let b = s.as_bytes();
    match b.len() {
        0 => 0,
        1 => (b[0] as usize) << 8,
        _ => (b[0] as usize) << 8 | b[1] as usize,
    }
}

fn mark_start(bits: &mut Vec<u64>, s: &str) {
    if bits.is_empty() {
        bits.resize(1024, 0);
    }
    let k = start_key(s);
    bits[k / 64] |= 1 << (k % 64);
    if s.len() == 1 {
        // a one-byte prefix matches whatever follows
        for b in 0..256 {
            let k = start_key(s) | b;
            bits[k / 64] |= 1 << (k % 64);
        }
    }
}

fn has_start(bits: &[u64], s: &str) -> bool {
    if bits.is_empty() || s.is_empty() {
        return false;
    }
    let k = start_key(s);
    bits[k / 64] & (1 << (k % 64)) != 0
}

/// The shipped lexicon, parsed on first use.
pub fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| Lexicon::parse(TSV))
}

// ---------------------------------------------------------------------------
// function words, per language (folded forms)

/// Grammar words of one language that the role and flag rules need.
pub struct Words {
    /// Agent prepositions of passives ("by", "von", "par", "por").
    pub agent: &'static [&'static str],
    /// Target prepositions ("on", "against", "auf", "gegen").
    pub target: &'static [&'static str],
    /// Comitative ("with", "mit").
    pub with: &'static [&'static str],
    /// "between".
    pub between: &'static [&'static str],
    /// Genitive markers after a noun trigger ("of", "der", "des", "de").
    pub genitive: &'static [&'static str],
    /// Locative prepositions (an actor after one is rarely a participant).
    pub locative: &'static [&'static str],
    /// Subject pronouns (resolved to the previous subject).
    pub pronouns: &'static [&'static str],
    /// Negation words.
    pub negation: &'static [&'static str],
    /// Reporting verbs: their subject is the reporter.
    pub speech: &'static [&'static str],
    /// Reporting prepositions ("according to X"): X is the reporter.
    pub according: &'static [&'static [&'static str]],
    /// Support phrases before an actor ("with the support of X"): X supports.
    pub support_before: &'static [&'static [&'static str]],
    /// Passive auxiliaries.
    pub passive_aux: &'static [&'static str],
    /// Words that open a relative or subordinate clause after a comma.
    pub relative: &'static [&'static str],
    /// Coordinating conjunctions (lists of actors).
    pub and: &'static [&'static str],
    /// Articles and determiners (skipped when looking for a preposition).
    pub articles: &'static [&'static str],
    /// Nouns that take up a group already named ("the group", "le mouvement",
    /// "die Miliz"): as a subject they stand for the previous subject.
    pub group_nouns: &'static [&'static str],
    /// Modal or future markers: the event is planned, not reported as done
    /// (compared lower-cased with diacritics: `würde` is not `wurde`).
    pub future: &'static [&'static str],
}

static DE: Words = Words {
    agent: &["von", "vom", "durch"],
    target: &["auf", "gegen", "gegenuber"],
    with: &["mit"],
    between: &["zwischen"],
    genitive: &["der", "des"],
    locative: &[
        "in", "im", "bei", "nahe", "aus", "nach", "am", "an", "vor", "um",
    ],
    pronouns: &["sie", "er", "es"],
    negation: &[
        "nicht", "kein", "keine", "keinen", "keinem", "keiner", "nie", "niemals",
    ],
    speech: &[
        "sagte",
        "sagten",
        "sagt",
        "erklarte",
        "erklarten",
        "erklart",
        "teilte",
        "teilten",
        "berichtete",
        "berichteten",
        "betonte",
        "meldete",
        "meldeten",
        "hiess",
        "versicherte",
        "behauptete",
        "behaupteten",
        "bestatigte",
        "bestatigten",
        "schrieb",
        "sprach",
        "sprachen",
        "spricht",
        "sagen",
        "berichtet",
        "meldet",
        "betont",
        "schreibt",
        // participles of the perfect and pluperfect ("hatten von 100 Toten gesprochen")
        "gesprochen",
        "gesagt",
        "gemeldet",
        "mitgeteilt",
        "bestatigt",
        "behauptet",
        "versichert",
    ],
    according: &[
        &["so"],
        &["zufolge"],
        &["nach", "angaben"],
        &["laut"],
        &["unter", "berufung", "auf"],
    ],
    support_before: &[
        &["mit", "unterstutzung"],
        &["mit", "der", "unterstutzung"],
        &["mit", "der", "militarischen", "unterstutzung"],
        &["mit", "militarischer", "unterstutzung"],
        &["unterstutzt", "von"],
        &["an", "der", "seite"],
        &["mit", "hilfe"],
        &["mit", "der", "hilfe"],
    ],
    passive_aux: &["wurde", "wurden", "worden", "wird", "werden"],
    relative: &[
        "die", "der", "das", "dem", "den", "dessen", "deren", "welche", "welcher", "wo", "als",
        "nachdem", "wahrend", "weil", "dass", "bevor", "um", "wie", "ob",
    ],
    and: &["und", "sowie", "oder"],
    group_nouns: &[
        "gruppe",
        "miliz",
        "bewegung",
        "organisation",
        "allianz",
        "bundnis",
        "koalition",
        "paramilitars",
        "aufstandischen",
        "islamisten",
        "dschihadisten",
        "kampfer",
        "rebellengruppe",
        "terrormiliz",
        "regierung",
        "armee",
        "junta",
        "land",
    ],
    articles: &[
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines",
    ],
    future: &[
        "soll", "sollen", "sollte", "sollten", "will", "wollen", "werde", "würde", "würden",
        "könnte", "könnten", "könne", "muss", "müsse", "plant", "planen",
    ],
};

static EN: Words = Words {
    agent: &["by"],
    target: &["on", "against", "at", "into"],
    with: &["with"],
    between: &["between"],
    genitive: &["of", "by"],
    locative: &[
        "in", "at", "near", "from", "to", "across", "outside", "inside", "around",
    ],
    pronouns: &["he", "she", "it", "they"],
    negation: &["not", "n't", "never", "no"],
    speech: &[
        "said",
        "says",
        "told",
        "added",
        "stated",
        "claimed",
        "reported",
        "announced",
        "wrote",
        "insisted",
        "confirmed",
        "say",
        "adds",
        "reports",
        "spoke",
        "speaks",
        "noted",
        "explained",
    ],
    according: &[&["according", "to"], &["citing"]],
    support_before: &[
        &["backed", "by"],
        &["with", "the", "support", "of"],
        &["supported", "by"],
        &["alongside"],
        &["with", "support", "from"],
        &["with", "the", "help", "of"],
        &["with", "help", "from"],
    ],
    passive_aux: &["was", "were", "been", "being", "is", "are", "be"],
    relative: &[
        "which", "who", "whom", "whose", "that", "when", "where", "while", "after", "before", "as",
        "because", "saying",
    ],
    and: &["and", "or", "as well as"],
    group_nouns: &[
        "group",
        "movement",
        "militia",
        "organisation",
        "organization",
        "alliance",
        "coalition",
        "insurgents",
        "militants",
        "jihadists",
        "paramilitaries",
        "fighters",
        "government",
        "army",
        "junta",
        "country",
        "kremlin",
    ],
    articles: &["the", "a", "an", "its", "their", "his", "her"],
    future: &[
        "will", "would", "could", "may", "might", "plans", "planned", "due",
    ],
};

static FR: Words = Words {
    agent: &["par"],
    target: &["contre", "sur"],
    with: &["avec"],
    between: &["entre"],
    genitive: &["de", "du", "des", "d"],
    locative: &["a", "au", "aux", "en", "dans", "pres", "vers"],
    pronouns: &["il", "elle", "ils", "elles"],
    negation: &["pas", "jamais", "aucun", "aucune", "ni"],
    speech: &[
        "declare",
        "dit",
        "indique",
        "affirme",
        "annonce",
        "precise",
        "explique",
        "assure",
        "ajoute",
        "souligne",
        "estime",
        "rapporte",
        "selon",
        "affirment",
        "declarent",
        "indiquent",
        "parle",
        "evoque",
        "ajoutent",
        "precisent",
    ],
    according: &[&["selon"], &["d", "apres"], &["de", "source"]],
    support_before: &[
        &["avec", "le", "soutien", "de"],
        &["avec", "le", "soutien", "du"],
        &["avec", "le", "soutien", "des"],
        &["avec", "l", "appui", "de"],
        &["avec", "l", "appui", "du"],
        &["avec", "l", "appui", "des"],
        &["soutenu", "par"],
        &["soutenus", "par"],
        &["soutenue", "par"],
        &["appuye", "par"],
        &["aux", "cotes", "de"],
        &["aux", "cotes", "du"],
        &["aux", "cotes", "des"],
        &["avec", "l", "aide", "de"],
        &["avec", "l", "aide", "du"],
        &["avec", "l", "aide", "des"],
    ],
    passive_aux: &["ete", "fut", "furent"],
    relative: &[
        "qui", "que", "qu", "dont", "ou", "lorsque", "quand", "apres", "alors", "tandis", "car",
        "parce",
    ],
    and: &["et", "ou"],
    group_nouns: &[
        "groupe",
        "mouvement",
        "milice",
        "organisation",
        "alliance",
        "coalition",
        "paramilitaires",
        "insurges",
        "islamistes",
        "jihadistes",
        "rebellion",
        "combattants",
        "gouvernement",
        "armee",
        "junte",
        "pays",
    ],
    articles: &[
        "le", "la", "les", "l", "un", "une", "des", "du", "son", "sa", "ses", "leur", "leurs",
    ],
    future: &[
        "va",
        "vont",
        "doit",
        "doivent",
        "devrait",
        "devraient",
        "pourrait",
        "pourraient",
        "sera",
        "seront",
    ],
};

static ES: Words = Words {
    agent: &["por"],
    target: &["contra", "sobre"],
    with: &["con"],
    between: &["entre"],
    genitive: &["de", "del"],
    locative: &["en", "cerca", "desde", "hacia", "a", "al"],
    pronouns: &["el", "ella", "ellos", "ellas"],
    negation: &["no", "nunca", "jamas", "ningun", "ninguna"],
    speech: &[
        "dijo",
        "dijeron",
        "afirmo",
        "afirmaron",
        "declaro",
        "declararon",
        "senalo",
        "senalaron",
        "indico",
        "indicaron",
        "aseguro",
        "aseguraron",
        "informo",
        "informaron",
        "anuncio",
        "anunciaron",
        "explico",
        "agrego",
        "anadio",
        "dice",
        "afirma",
        "asegura",
        "dicen",
        "informa",
        "indica",
        "senala",
        "explicaron",
        "agregaron",
        "anadieron",
        "hablo",
        "hablaron",
    ],
    according: &[&["segun"], &["de", "acuerdo", "con"]],
    support_before: &[
        &["con", "la", "ayuda", "de"],
        &["con", "la", "ayuda", "del"],
        &["con", "el", "apoyo", "de"],
        &["con", "el", "apoyo", "del"],
        &["con", "apoyo", "de"],
        &["con", "apoyo", "del"],
        &["con", "el", "respaldo", "de"],
        &["con", "el", "respaldo", "del"],
        &["con", "respaldo", "de"],
        &["con", "respaldo", "del"],
        &["respaldado", "por"],
        &["respaldados", "por"],
        &["respaldada", "por"],
        &["respaldadas", "por"],
        &["apoyado", "por"],
        &["apoyados", "por"],
        &["apoyada", "por"],
        &["junto", "a"],
    ],
    passive_aux: &["fue", "fueron", "sido", "siendo"],
    relative: &[
        "que", "quien", "quienes", "cuyo", "cuya", "donde", "cuando", "tras", "mientras", "porque",
        "aunque",
    ],
    and: &["y", "e", "o"],
    group_nouns: &[
        "grupo",
        "movimiento",
        "milicia",
        "organizacion",
        "alianza",
        "coalicion",
        "paramilitares",
        "insurgentes",
        "islamistas",
        "yihadistas",
        "combatientes",
        "gobierno",
        "ejercito",
        "junta",
        "pais",
    ],
    articles: &[
        "el", "la", "los", "las", "un", "una", "unos", "unas", "su", "sus", "lo",
    ],
    future: &[
        "va", "van", "debe", "deben", "podria", "podrian", "sera", "seran",
    ],
};

/// The function words of `lang`.
pub fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::De => &DE,
        Lang::En => &EN,
        Lang::Fr => &FR,
        Lang::Es => &ES,
    }
}

/// [`DE_SUBJUNCTIVE`] folded (without umlauts).
const DE_SUBJUNCTIVE_FOLDED: &[&str] = &[
    "sei", "seien", "seiest", "habe", "hatten", "hatte", "wurden", "wurde", "werde", "stunden",
    "stunde", "stehe", "konne", "wolle", "solle", "musse", "gebe", "gabe", "lage", "kamen", "kame",
    "ware", "waren",
];

/// German subjunctive (Konjunktiv I/II) forms that mark reported speech,
/// lower case with umlauts (folding would confuse `hätten` with `hatten`).
pub const DE_SUBJUNCTIVE: &[&str] = &[
    "sei", "seien", "seiest", "habe", "hätten", "hätte", "würden", "würde", "werde", "stünden",
    "stünde", "stehe", "könne", "wolle", "solle", "müsse", "gebe", "gäbe", "läge", "kämen", "käme",
    "wäre", "wären",
];

// ---------------------------------------------------------------------------
// word classes: one bit per list, looked up once per word

/// Agent preposition.
pub const AGENT: u32 = 1;
/// Target preposition.
pub const TARGET: u32 = 1 << 1;
/// Comitative.
pub const WITH: u32 = 1 << 2;
/// "between".
pub const BETWEEN: u32 = 1 << 3;
/// Genitive marker.
pub const GENITIVE: u32 = 1 << 4;
/// Locative preposition.
pub const LOCATIVE: u32 = 1 << 5;
/// Words opening a that-clause ("that", "que", "qu'", "dass").
pub const THAT: &[&str] = &["that", "que", "qu", "dass"];
/// Subject pronoun.
pub const PRONOUN: u32 = 1 << 6;
/// Negation.
pub const NEGATION: u32 = 1 << 7;
/// Reporting verb.
pub const SPEECH: u32 = 1 << 8;
/// Passive auxiliary.
pub const PASSIVE_AUX: u32 = 1 << 9;
/// Relative pronoun or subordinator.
pub const RELATIVE: u32 = 1 << 10;
/// Coordinating conjunction.
pub const AND: u32 = 1 << 11;
/// Article or determiner.
pub const ARTICLE: u32 = 1 << 12;
/// Group noun.
pub const GROUP: u32 = 1 << 13;
/// May be a German subjunctive (confirmed on the form with umlauts).
pub const SUBJUNCTIVE: u32 = 1 << 14;
/// Ends a support or reporting phrase ("… Unterstützung", "according to").
pub const PHRASE_END: u32 = 1 << 15;
/// A number word, a vague amount or "half" (the number words of `super::figures`):
/// the only words that may start a figure.
pub const NUMBER: u32 = 1 << 16;

/// The classes of folded words in `lang`.
pub fn classes(lang: Lang) -> &'static FxMap<&'static str, u32> {
    static C: OnceLock<[FxMap<&'static str, u32>; 4]> = OnceLock::new();
    let all = C.get_or_init(|| {
        let build = |l: Lang| {
            let w = words(l);
            let mut m: FxMap<&'static str, u32> = FxMap::default();
            let lists: [(&[&'static str], u32); 14] = [
                (w.agent, AGENT),
                (w.target, TARGET),
                (w.with, WITH),
                (w.between, BETWEEN),
                (w.genitive, GENITIVE),
                (w.locative, LOCATIVE),
                (w.pronouns, PRONOUN),
                (w.negation, NEGATION),
                (w.speech, SPEECH),
                (w.passive_aux, PASSIVE_AUX),
                (w.relative, RELATIVE),
                (w.and, AND),
                (w.articles, ARTICLE),
                (w.group_nouns, GROUP),
            ];
            for (list, bit) in lists {
                for x in list {
                    *m.entry(*x).or_default() |= bit;
                }
            }
            for ph in w.support_before.iter().chain(w.according.iter()) {
                if let Some(last) = ph.last() {
                    *m.entry(*last).or_default() |= PHRASE_END;
                }
            }
            for x in super::figures::number_words(l) {
                *m.entry(x).or_default() |= NUMBER;
            }
            if l == Lang::De {
                for x in DE_SUBJUNCTIVE_FOLDED {
                    *m.entry(*x).or_default() |= SUBJUNCTIVE;
                }
            }
            m
        };
        [
            build(Lang::De),
            build(Lang::En),
            build(Lang::Fr),
            build(Lang::Es),
        ]
    });
    &all[lang_slot(lang)]
}
