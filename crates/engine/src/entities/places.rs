//! Places: gazetteer regions and cities disambiguated by the document's
//! countries, countries where the text uses them as places, relative
//! regions ("im Nordwesten Syriens", "northern Gaza", "l'est de la RDC",
//! "el norte de Siria", "Südlibanon") placed toward their direction,
//! sites (a small table of conflict landmarks), and the dateline's
//! reporting place.

use super::cues::Cue;
use super::lexicon::{index, Target};
use super::metonymy::{self, Use};
use super::{Ctx, Registry};
use crate::gazetteer::{gazetteer, GazKind};
use crate::lang::Lang;
use std::collections::HashMap;
use std::sync::OnceLock;

/// A landmark the gazetteer does not hold: air bases, prisons, palaces,
/// camps, straits, rivers.
pub struct Site {
    /// Display name.
    pub name: &'static str,
    /// `site`, `locality` or `region`.
    pub kind: &'static str,
    /// ISO2 (empty for international waters).
    pub country: &'static str,
    /// Latitude.
    pub lat: f64,
    /// Longitude.
    pub lon: f64,
    /// Spellings in the four languages, `|`-separated.
    pub names: &'static str,
}

macro_rules! sites {
    ($( ($n:expr, $k:expr, $c:expr, $la:expr, $lo:expr, $names:expr) ),* $(,)?) => {
        &[ $( Site { name: $n, kind: $k, country: $c, lat: $la, lon: $lo, names: $names } ),* ]
    };
}

/// Conflict landmarks (coordinates from public reference maps, rounded).
pub static SITES: &[Site] = sites![
    ("Hmeimim Air Base", "site", "SY", 35.401, 35.949, "Hmeimim|Khmeimim|Hmeimim air base|Hmeimim Air Base|base aérienne de Hmeimim|base de Hmeimim|Luftwaffenstützpunkt Hmeimim|Luftwaffenbasis Hmeimim|Hmeimim-Stützpunkt|Hmeimim-Luftwaffenstützpunkt|base aérea de Hmeimim|Jmeimim"),
    ("Tartus naval base", "site", "SY", 34.905, 35.873, "Tartus naval base|Marinestützpunkt Tartus|Marinestützpunkts Tartus|base navale de Tartous|base naval de Tartus|Tartous naval facility"),
    ("Saydnaya prison", "site", "SY", 33.665, 36.331, "Saydnaya|Sednaya|Saidnaja|Saydnaya prison|Sednaya prison|prison de Saydnaya|Saidnaja-Gefängnis|Militärgefängnis Saidnaja|prisión de Saydnaya"),
    ("Umayyad Mosque", "site", "SY", 33.5116, 36.3067, "Umayyad Mosque|Umajjaden-Moschee|Umayyaden-Moschee|Omayyaden-Moschee|mosquée des Omeyyades|Mezquita de los Omeyas|mezquita de los Omeyas"),
    ("Umayyad Square", "site", "SY", 33.5136, 36.2872, "Umayyad Square|Umajjaden-Platz|Umayyaden-Platz|place des Omeyyades|plaza de los Omeyas"),
    ("Golan Heights", "region", "SY", 33.0, 35.75, "Golan Heights|Golan|Golanhöhen|plateau du Golan|Altos del Golán|Golán"),
    ("Litani River", "region", "LB", 33.33, 35.25, "Litani|Litani River|Litani river|Fluss Litani|Litani-Fluss|fleuve Litani|río Litani"),
    ("Dahiyeh", "locality", "LB", 33.85, 35.51, "Dahiyeh|Dahieh|Dahiya|Dahiye|Dahije"),
    ("Bekaa Valley", "region", "LB", 33.85, 36.0, "Bekaa|Bekaa Valley|Bekaa-Ebene|Bekaa-Tal|plaine de la Bekaa|valle de la Bekaa|vallée de la Bekaa"),
    ("Ofer prison", "site", "PS", 31.885, 35.198, "Ofer prison|Ofer Prison|Ofer-Gefängnis|Gefängnis Ofer|prison d'Ofer|prison militaire d'Ofer|prisión de Ofer"),
    ("Ben Gurion Airport", "site", "IL", 32.0114, 34.8867, "Ben Gurion Airport|Flughafen Ben Gurion|Ben-Gurion-Flughafen|aéroport Ben Gourion|aéroport Ben-Gourion|aeropuerto Ben Gurión|Ben Gurion"),
    ("White House", "site", "US", 38.8977, -77.0365, "White House|Weißes Haus|Weißen Haus|Maison Blanche|Casa Blanca"),
    ("Oval Office", "site", "US", 38.8973, -77.0374, "Oval Office|Bureau ovale|Despacho Oval"),
    ("Okhmatdyt children's hospital", "site", "UA", 50.4503, 30.4852, "Okhmatdyt|Ochmatdyt|Okhmatdit|Kinderklinik Ochmatdyt|hôpital Okhmatdyt|hospital Okhmatdyt|Ojmatdit"),
    ("Republican Palace", "site", "SD", 15.6116, 32.5312, "Republican Palace|Palacio Republicano|Präsidentenpalast|presidential palace|palais présidentiel|palacio presidencial"),
    ("Zamzam camp", "locality", "SD", 13.47, 25.28, "Zamzam|Samsam|Zamzam camp|camp de Zamzam|Lager Samsam|Lager Zamzam|campo de Zamzam|Zamzam-Lager|Samsam-Lager"),
    ("Abu Shouk camp", "locality", "SD", 13.65, 25.33, "Abu Shouk|Abou Chouk|Abu Schuk|Abu Shouk camp|camp d'Abou Chouk"),
    ("Tawila", "locality", "SD", 13.52, 24.93, "Tawila|Tawilah|Tawila"),
    ("Bab al-Mandab", "region", "", 12.58, 43.33, "Bab al-Mandab|Bab el-Mandeb|Bab al-Mandeb|Meerenge Bab al-Mandab|détroit de Bab el-Mandeb|estrecho de Bab el-Mandeb"),
    ("Cape of Good Hope", "site", "ZA", -34.357, 18.474, "Cape of Good Hope|Kap der Guten Hoffnung|cap de Bonne-Espérance|cabo de Buena Esperanza"),
    ("Dolmabahçe Palace", "site", "TR", 41.0392, 29.0007, "Dolmabahçe Palace|Dolmabahce-Palast|Dolmabahçe-Palast|palais de Dolmabahçe|palacio de Dolmabahçe"),
    ("Munzenze prison", "site", "CD", -1.6745, 29.229, "Munzenze|Munzenze prison|prison de Munzenze|Munzenze-Gefängnis"),
    ("Minova", "locality", "CD", -1.7036, 29.0178, "Minova"),
    ("Lake Kivu", "region", "", -2.05, 29.15, "Lake Kivu|lac Kivu|Kivusee|lago Kivu"),
    ("Tinzaouatène", "locality", "ML", 19.95, 2.97, "Tinzaouatène|Tinzaouaten|Tin Zaouatene|Tinzawatene|Tin Zaouatine|Tinzaouatene"),
    ("Faladié", "locality", "ML", 12.61, -7.96, "Faladié|Faladie"),
    ("Toussaint Louverture International Airport", "site", "HT", 18.58, -72.2925, "Toussaint Louverture International Airport|Toussaint-Louverture International Airport|aéroport international Toussaint Louverture|Toussaint Louverture|Toussaint-Louverture|Toussaint Louverture airport|aéroport Toussaint-Louverture|aéroport international Toussaint-Louverture|Flughafen Toussaint Louverture|aeropuerto Toussaint Louverture"),
    ("Cité Soleil", "locality", "HT", 18.583, -72.333, "Cité Soleil|Cite Soleil"),
    ("Wharf Jérémie", "locality", "HT", 18.555, -72.35, "Wharf Jérémie|Wharf Jeremie|Wharf de Jérémie"),
    ("Pont-Sondé", "locality", "HT", 19.15, -72.61, "Pont-Sondé|Pont Sondé"),
    ("Boulkessi", "locality", "ML", 14.55, -1.6, "Boulkessi|Boulkessy|Boulikessi"),
    ("Barsalogho", "locality", "BF", 13.42, -1.06, "Barsalogho|Barsalogo"),
    ("Ras Kamboni", "locality", "SO", -1.63, 41.58, "Ras Kamboni|Raskamboni|Raas Kaambooni"),
    ("Lido beach", "site", "SO", 2.06, 45.36, "Lido beach|Lido-Strand|plage du Lido|playa del Lido"),
    ("Maungdaw", "city", "MM", 20.82, 92.37, "Maungdaw|Maungtaw"),
    ("Beitunia", "city", "PS", 31.89, 35.17, "Beitunia|Beituniya|Baytunya"),
    ("Middle Shabelle", "region", "SO", 2.9, 45.5, "Middle Shabelle|Mittelschabelle|Moyen-Shabelle|Shabelle Medio"),
    ("Jubaland", "region", "SO", -0.5, 42.0, "Jubaland|Jubalandia|Jubbaland|Djoubaland"),
    ("Artibonite", "region", "HT", 19.3, -72.5, "Artibonite"),
    ("Sudzha", "locality", "RU", 51.19, 35.27, "Sudzha|Sudscha|Soudja|Sudja"),
    ("Florida", "region", "US", 28.0, -81.7, "Florida|Floride"),
    ("Alaska", "region", "US", 64.0, -152.0, "Alaska"),
    ("Moscow Oblast", "region", "RU", 55.5, 37.5, "Moscow region|Moscow Oblast|Region Moskau|région de Moscou|región de Moscú"),
    ("Northeastern Command headquarters", "site", "MM", 22.93, 97.75, "Comando Noreste|Northeastern Command|Northeast Command|Nordost-Kommando|commandement du Nord-Est"),
    ("Al Dailami air base", "site", "YE", 15.47, 44.22, "Al Dailami|Al-Dailami|Al Dailami air base|base aérienne d'Al Dailami"),
];

/// Direction of a relative region: (English adjective, dy, dx).
pub(super) type Dir = (&'static str, f64, f64);

pub(super) fn dir_of(lang: Lang, w: &str) -> Option<Dir> {
    const N: Dir = ("northern", 1.0, 0.0);
    const S: Dir = ("southern", -1.0, 0.0);
    const E: Dir = ("eastern", 0.0, 1.0);
    const W: Dir = ("western", 0.0, -1.0);
    const NW: Dir = ("northwest", 0.7, -0.7);
    const NE: Dir = ("northeast", 0.7, 0.7);
    const SW: Dir = ("southwest", -0.7, -0.7);
    const SE: Dir = ("southeast", -0.7, 0.7);
    const C: Dir = ("central", 0.0, 0.0);
    // every direction word starts with one of these letters: most words
    // are ruled out by their first byte
    if !matches!(
        w.as_bytes().first(),
        Some(b'n' | b's' | b'o' | b'w' | b'e' | b'c' | b'z')
    ) {
        return None;
    }
    Some(match (lang, w) {
        (Lang::De, "norden" | "nordlich" | "nordlichen" | "nordliche" | "nordlicher") => N,
        (Lang::De, "suden" | "sudlich" | "sudlichen" | "sudliche" | "sudlicher") => S,
        (Lang::De, "osten" | "ostlich" | "ostlichen" | "ostliche" | "ostlicher") => E,
        (Lang::De, "westen" | "westlich" | "westlichen" | "westliche" | "westlicher") => W,
        (Lang::De, "nordwesten" | "nordwestlich" | "nordwestlichen") => NW,
        (Lang::De, "nordostlich" | "nordostlichen") => NE,
        (Lang::De, "sudwestlich" | "sudwestlichen") => SW,
        (Lang::De, "sudostlich" | "sudostlichen") => SE,
        (Lang::De, "nordosten") => NE,
        (Lang::De, "sudwesten") => SW,
        (Lang::De, "sudosten") => SE,
        (Lang::De, "zentrum") => C,
        (Lang::En, "north" | "northern") => N,
        (Lang::En, "south" | "southern") => S,
        (Lang::En, "east" | "eastern") => E,
        (Lang::En, "west" | "western") => W,
        (Lang::En, "northwest" | "northwestern") => NW,
        (Lang::En, "northeast" | "northeastern") => NE,
        (Lang::En, "southwest" | "southwestern") => SW,
        (Lang::En, "southeast" | "southeastern") => SE,
        (Lang::En, "central") => C,
        (Lang::Fr, "nord") => N,
        (Lang::Fr, "sud") => S,
        (Lang::Fr, "est") => E,
        (Lang::Fr, "ouest") => W,
        (Lang::Fr, "centre") => C,
        (Lang::Es, "norte") => N,
        (Lang::Es, "sur") => S,
        (Lang::Es, "este") => E,
        (Lang::Es, "oeste") => W,
        (Lang::Es, "noroeste") => NW,
        (Lang::Es, "noreste" | "nordeste") => NE,
        (Lang::Es, "suroeste" | "sudoeste") => SW,
        (Lang::Es, "sureste" | "sudeste") => SE,
        (Lang::Es, "centro") => C,
        _ => return None,
    })
}

/// German compound prefixes: Nordsyrien, Südlibanon, Ostkongo, Zentralsyrien.
const DE_PREFIXES: &[(&str, Dir)] = &[
    ("nordwest", ("northwest", 0.7, -0.7)),
    ("nordost", ("northeast", 0.7, 0.7)),
    ("sudwest", ("southwest", -0.7, -0.7)),
    ("sudost", ("southeast", -0.7, 0.7)),
    ("nord", ("northern", 1.0, 0.0)),
    ("sud", ("southern", -1.0, 0.0)),
    ("ost", ("eastern", 0.0, 1.0)),
    ("west", ("western", 0.0, -1.0)),
    ("zentral", ("central", 0.0, 0.0)),
];

/// Per country: the points of its cities.
fn city_points() -> &'static HashMap<&'static str, Vec<(f64, f64)>> {
    static X: OnceLock<HashMap<&'static str, Vec<(f64, f64)>>> = OnceLock::new();
    X.get_or_init(|| {
        let g = gazetteer();
        let mut pts: HashMap<&'static str, Vec<(f64, f64)>> = HashMap::new();
        for i in 0..g.len() as u32 {
            let e = g.entry(i);
            if e.kind == GazKind::City && !e.country.is_empty() {
                pts.entry(e.country).or_default().push((e.lat, e.lon));
            }
        }
        pts
    })
}

/// A point toward `dir` inside country `iso`: the mean of the quarter of
/// its cities lying furthest in that direction (the central quarter for
/// "central"), or the centroid moved by two degrees without cities.
pub fn toward(iso: &str, lat: f64, lon: f64, dir: Dir) -> (f64, f64) {
    static CACHE: OnceLock<std::sync::Mutex<HashMap<(String, &'static str), (f64, f64)>>> =
        OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    let key = (iso.to_string(), dir.0);
    if let Some(p) = cache.lock().ok().and_then(|c| c.get(&key).copied()) {
        return p;
    }
    let p = toward_uncached(iso, lat, lon, dir);
    if let Ok(mut c) = cache.lock() {
        c.insert(key, p);
    }
    p
}

fn toward_uncached(iso: &str, lat: f64, lon: f64, dir: Dir) -> (f64, f64) {
    let pts = match city_points().get(iso) {
        Some(p) if p.len() >= 4 => p,
        _ => return (lat + dir.1 * 2.0, lon + dir.2 * 2.0),
    };
    let med = |f: &dyn Fn(&(f64, f64)) -> f64| {
        let mut v: Vec<f64> = pts.iter().map(f).collect();
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    let (clat, clon) = (med(&|p| p.0), med(&|p| p.1));
    let cos = clat.to_radians().cos().max(0.2);
    let mut scored: Vec<(f64, (f64, f64))> = pts
        .iter()
        .map(|&(a, o)| {
            let (dy, dx) = (a - clat, (o - clon) * cos);
            let s = if dir.1 == 0.0 && dir.2 == 0.0 {
                -(dy * dy + dx * dx).sqrt()
            } else {
                dir.1 * dy + dir.2 * dx
            };
            (s, (a, o))
        })
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
    let q = (scored.len() / 5).max(1);
    let (mut sa, mut so) = (0.0, 0.0);
    for (_, (a, o)) in &scored[..q] {
        sa += a;
        so += o;
    }
    (sa / q as f64, so / q as f64)
}

/// Chooses among gazetteer candidates by the document's countries.
pub fn choose_gaz(cx: &Ctx, targets: &[Target]) -> Option<u32> {
    choose_gaz_in(cx, targets, None)
}

/// Like [`choose_gaz`], preferring places of country `prefer`.
pub fn choose_gaz_in(cx: &Ctx, targets: &[Target], prefer: Option<&str>) -> Option<u32> {
    let g = gazetteer();
    let mut best: Option<(f64, u32)> = None;
    let nearest = nearest_town(cx, targets);
    for t in targets {
        if let Target::Gaz(e) = *t {
            let en = g.entry(e);
            let focus = cx.focus.get(en.country).copied().unwrap_or(0.0) as f64;
            let kind = match en.kind {
                GazKind::Region => 3.5,
                _ => 0.0,
            };
            let pref = if prefer == Some(en.country) {
                100.0
            } else {
                0.0
            };
            let near = if nearest == Some(e) { 2.0 } else { 0.0 };
            let score =
                pref + focus * 3.0 + kind + near + (en.population as f64 + 1.0).log10() * 0.5;
            if best.map(|(b, _)| score > b).unwrap_or(true) {
                best = Some((score, e));
            }
        }
    }
    best.map(|b| b.1)
}

/// Of two or more towns of one name in one country (`targets` all
/// cities), the one nearest a region the document names, if it is within
/// [`NEAR_REGION_KM`] of one.
fn nearest_town(cx: &Ctx, targets: &[Target]) -> Option<u32> {
    let g = gazetteer();
    let town = |t: &Target| match *t {
        Target::Gaz(e) if g.entry(e).kind == GazKind::City => Some(e),
        _ => None,
    };
    let first = town(targets.first()?)?;
    let one_country = targets.len() > 1
        && targets
            .iter()
            .all(|t| town(t).is_some_and(|e| g.entry(e).country == g.entry(first).country));
    if !one_country || cx.region_points.is_empty() {
        return None;
    }
    let to_a_region = |e: u32| {
        let en = g.entry(e);
        cx.region_points
            .iter()
            .map(|&(lat, lon)| crate::gazetteer::km(en.lat, en.lon, lat, lon))
            .fold(f64::INFINITY, f64::min)
    };
    targets
        .iter()
        .filter_map(town)
        .map(|e| (to_a_region(e), e))
        .filter(|x| x.0 < NEAR_REGION_KM)
        .min_by(|a, b| a.0.total_cmp(&b.0))
        .map(|x| x.1)
}

/// How near a region's point a town is "near the region" ([`choose_gaz_in`]).
const NEAR_REGION_KM: f64 = 400.0;

fn gaz_kind(k: GazKind) -> &'static str {
    match k {
        GazKind::Country => "country",
        GazKind::Region => "region",
        GazKind::City => "city",
    }
}

/// Registers gazetteer entry `e` as a place; returns the place index.
pub fn gaz_place(reg: &mut Registry, e: u32) -> usize {
    let en = gazetteer().entry(e);
    reg.place(&crate::text::with_decimal("gaz:", u64::from(e)), || {
        (
            en.name.to_string(),
            gaz_kind(en.kind),
            (!en.country.is_empty()).then_some(en.country),
            en.lat,
            en.lon,
        )
    })
}

/// Registers country `iso` as a place.
pub fn country_place(reg: &mut Registry, iso: &'static str) -> Option<usize> {
    let c = gazetteer().country(iso)?;
    Some(reg.place(&["country:", iso].concat(), || {
        (c.name.to_string(), "country", Some(c.iso2), c.lat, c.lon)
    }))
}

fn site_place(reg: &mut Registry, si: u16) -> usize {
    let s = &SITES[si as usize];
    reg.place(&crate::text::with_decimal("site:", u64::from(si)), || {
        (
            s.name.to_string(),
            s.kind,
            (!s.country.is_empty()).then_some(s.country),
            s.lat,
            s.lon,
        )
    })
}

/// The dateline's place: registered with its mention; returns its key.
pub fn dateline(cx: &mut Ctx, reg: &mut Registry) -> Option<String> {
    let dl = cx.doc.dateline.clone()?;
    let text = cx.doc.text;
    let mut hint: Option<&'static str> = None;
    let country_of = |t: &str| -> Option<&'static str> {
        let name: String = t
            .trim()
            .chars()
            .take_while(|c| c.is_alphabetic() || matches!(c, ' ' | '-' | '\'' | '.'))
            .collect();
        gazetteer()
            .lookup(name.trim())
            .iter()
            .find(|(_, e)| e.kind == GazKind::Country)
            .map(|(_, e)| e.country)
    };
    let head = match &cx.doc.dateline_place {
        Some(r) => {
            for q in &cx.doc.dateline_qualifiers {
                if let Some(c) = text.get(q.clone()).and_then(country_of) {
                    hint = Some(c);
                    // the country named beside the town ("Temuco (Chile)",
                    // "GOMA, Congo (AP)") is a place of the dispatch too
                    if let Some(pi) = country_place(reg, c) {
                        reg.mention_place(pi, cx.di, text, q.start, q.end, true);
                    }
                }
            }
            r.clone()
        }
        None => {
            let head_end = dl.start
                + text[dl.start..dl.end]
                    .find(['(', ',', '\n'])
                    .unwrap_or(dl.end - dl.start);
            // the country after the comma or in parentheses ("Port Sudan, Sudan, …", "Goma (RD Congo)")
            let rest = &text[head_end..dl.end];
            if let Some(r) = rest.strip_prefix(',').or_else(|| rest.strip_prefix('(')) {
                hint = country_of(r);
            }
            dl.start..head_end
        }
    };
    let head_text = &text[head.clone()];
    let mut first_key = None;
    let mut off = head.start;
    for part in head_text.split('/') {
        let lead = part.len() - part.trim_start().len();
        let name = part.trim();
        let s = off + lead;
        let e = s + name.len();
        off += part.len() + 1;
        if name.is_empty() {
            continue;
        }
        let hits = gazetteer().lookup(name);
        let mut best: Option<(f64, u32)> = None;
        for (idx, en) in &hits {
            let score = if Some(en.country) == hint { 100.0 } else { 0.0 }
                + if en.kind == GazKind::City { 10.0 } else { 0.0 }
                + cx.focus.get(en.country).copied().unwrap_or(0.0) as f64
                + (en.population as f64 + 1.0).log10();
            if best.map(|(b, _)| score > b).unwrap_or(true) {
                best = Some((score, *idx));
            }
        }
        let Some((_, idx)) = best else { continue };
        let en = gazetteer().entry(idx);
        let pi = if en.kind == GazKind::Country {
            match country_place(reg, en.country) {
                Some(p) => p,
                None => continue,
            }
        } else {
            gaz_place(reg, idx)
        };
        reg.mention_place(pi, cx.di, text, s, e, true);
        if en.kind == GazKind::City && cx.dateline_city.is_none() {
            cx.dateline_city = Some(idx);
        }
        if first_key.is_none() {
            first_key = Some(reg.places[pi].key.clone());
        }
        if !en.country.is_empty() {
            *cx.focus.entry(en.country).or_default() += 0.3;
            // a body that names no country: the dateline's is the dispatch's
            if cx.main.is_none() {
                cx.main = Some(en.country);
            }
        }
    }
    first_key
}

/// Places of the body.
pub fn run(cx: &mut Ctx, reg: &mut Registry) {
    let g = gazetteer();
    let countries = g.countries();
    let text = cx.doc.text;
    let di = cx.di;
    let lang = cx.lang();
    let n = cx.hits.len();
    for k in 0..n {
        if cx.used[k] {
            continue;
        }
        let h = cx.hits[k];
        let (s, e) = cx.span(h.s, h.e);
        if let Some(Cue::Facility(head)) = cx.cue(k) {
            facility(cx, reg, k, head);
            continue;
        }
        // an actor name or a cue wins over a city of the same spelling,
        // unless a place preposition precedes it
        let has_actor = h
            .targets()
            .iter()
            .any(|t| matches!(t, Target::Actor(_) | Target::Cue(_)));
        if let Some(si) = h.targets().iter().find_map(|t| {
            if let Target::Site(si) = t {
                Some(*si)
            } else {
                None
            }
        }) {
            let pi = site_place(reg, si);
            reg.mention_place(pi, di, text, s, e, false);
            if let Some(nm) = cx.hit_name(k, |t| matches!(t, Target::Site(_))) {
                reg.alias_place(pi, nm);
            }
            cx.used[k] = true;
            continue;
        }
        if let Some(ci) = h.targets().iter().find_map(|t| {
            if let Target::Country(c) = t {
                Some(*c)
            } else {
                None
            }
        }) {
            let iso = countries[ci as usize].iso2;
            // "US-Präsident", "Ukraine-Krieg": a modifier, not a place
            if lang == Lang::De
                && h.e < cx.toks.len()
                && cx.toks.gap(h.e) == "-"
                && cx.toks.t[h.e].cap
            {
                cx.ev(iso).weak.push((s, e));
                cx.used[k] = true;
                continue;
            }
            let u = metonymy::country_use(cx, k);
            let as_place = u != Use::Actor || Some(iso) == cx.main;
            if as_place {
                if let Some(pi) = country_place(reg, iso) {
                    reg.mention_place(pi, di, text, s, e, false);
                    if let Some(nm) = cx.hit_name(k, |t| matches!(t, Target::Country(_))) {
                        reg.alias_place(pi, nm);
                    }
                }
            }
            if matches!(u, Use::Actor | Use::Both) {
                cx.ev(iso).state.push((s, e));
            } else {
                cx.ev(iso).weak.push((s, e));
                // a country named without cue, other than the one the
                // dispatch is about, is usually a party to the story
                if u == Use::Neutral && Some(iso) != cx.main {
                    cx.ev(iso).neutral.push((s, e));
                }
            }
            cx.used[k] = true;
            continue;
        }
        // a name as the first part of a German compound ("Astana-Prozess", "Gaza-Krieg") is no place
        if lang == Lang::De && h.e < cx.toks.len() && cx.toks.t[h.e].join && cx.toks.gap(h.e) == "-"
        {
            continue;
        }
        // "Santiago, en République dominicaine", "Tripoli (Libanon)": the country right after
        let mut prefer = None;
        for j in h.e..(h.e + 3).min(cx.toks.len()) {
            if !cx.same_sentence(h.s, j) {
                break;
            }
            if let Some(hk) = cx.hit_at(j) {
                prefer = cx.hits[hk].targets().iter().find_map(|t| match *t {
                    Target::Country(ci) => Some(countries[ci as usize].iso2),
                    _ => None,
                });
                break;
            }
        }
        let Some(gi) = choose_gaz_in(cx, &h.targets(), prefer) else {
            continue;
        };
        let prep = metonymy::place_prep_before(cx, h.s);
        if has_actor && !prep {
            continue;
        }
        let en = g.entry(gi);
        // a German noun after its article is a common noun, no city: "in den
        // Bergen", "nach dem Essen" (cities take none)
        if lang == Lang::De
            && en.kind == GazKind::City
            && h.e == h.s + 1
            && h.s > 0
            && !cx.toks.t[h.s].sent
            && metonymy::articles(lang).contains(&cx.low(h.s - 1))
        {
            continue;
        }
        // a small city of a country the text is not about is more likely a
        // surname or a word ("Emily Damari", "Romi Gonen")
        if en.kind == GazKind::City && !prep && en.population < 500_000 {
            let f = cx.focus.get(en.country).copied().unwrap_or(0.0);
            if f < 1.0 {
                continue;
            }
        }
        // a capital standing for its state ("so Moskau", "Kiew erklärte")
        if en.kind == GazKind::City && !en.country.is_empty() {
            let is_capital = g.country(en.country).and_then(|c| c.capital) == Some(gi);
            if is_capital && metonymy::capital_use(cx, k) == Use::Actor {
                cx.used[k] = true;
                // "die Regierung in Kinshasa": the government's seat, a place too
                if metonymy::gov_cue_before(cx, h.s) {
                    cx.ev(en.country).gov.push((s, e));
                    let pi = gaz_place(reg, gi);
                    reg.mention_place(pi, di, text, s, e, false);
                } else {
                    cx.ev(en.country).state.push((s, e));
                }
                continue;
            }
        }
        // "South Lebanon", "North Darfur" as written in the gazetteer: the
        // relative region of the country, if the name is "<direction> <country>"
        if en.kind == GazKind::Region {
            if let Some((dir, iso)) = directional(en.name) {
                add_relative(cx, reg, RelBase::Country(iso), dir, h.s, h.e);
                cx.used[k] = true;
                continue;
            }
        }
        let pi = gaz_place(reg, gi);
        reg.mention_place(pi, di, text, s, e, false);
        if let Some(nm) = cx.hit_name(k, |t| *t == Target::Gaz(gi)) {
            reg.alias_place(pi, nm);
        }
        cx.used[k] = true;
    }
    // the country the dispatch is about is a place wherever it is named
    if let Some(m) = cx.main {
        for k in 0..n {
            let h = &cx.hits[k];
            let is_main = h
                .targets()
                .iter()
                .any(|t| matches!(*t, Target::Country(ci) if countries[ci as usize].iso2 == m));
            if is_main {
                let (s, e) = cx.span(h.s, h.e);
                if let Some(pi) = country_place(reg, m) {
                    reg.mention_place(pi, di, text, s, e, false);
                }
            }
        }
    }
}

/// "South Lebanon" → (southern, LB).
fn directional(name: &str) -> Option<(Dir, &'static str)> {
    let (first, rest) = name.split_once(' ')?;
    let dir = dir_of(Lang::En, &first.to_lowercase())?;
    let c = gazetteer().countries().iter().find(|c| c.name == rest)?;
    Some((dir, c.iso2))
}

/// "aéroport de Goma", "Goma airport", "Flughafen von Goma", "the main
/// prison": a site named after its city (the nearest city named before it
/// when the text does not say).
fn facility(cx: &mut Ctx, reg: &mut Registry, k: usize, head: &'static str) {
    let g = gazetteer();
    let h = cx.hits[k];
    let n = cx.toks.len();
    let city_of = |cx: &Ctx, j: usize| -> Option<u32> {
        let hk = cx.hit_at(j)?;
        let gi = choose_gaz(cx, &cx.hits[hk].targets())?;
        (g.entry(gi).kind == GazKind::City).then_some(gi)
    };
    // plurals ("prisons", "Militärflughäfen", "cárceles") are no single site
    let raw = cx.toks.raw(h.e - 1);
    let table = cx
        .hit_name(k, |t| matches!(t, Target::Cue(_)))
        .unwrap_or("");
    if raw.contains(['ä', 'Ä']) && !table.contains(['ä', 'Ä'])
        || cx.lang() != Lang::De && raw.ends_with('s') && !table.ends_with('s')
    {
        return;
    }
    // "an army base in the town of Marte": at a place the gazetteer does not
    // hold (a locality, found later), not at some other city of the sentence
    let mut j = h.e;
    while j < n && j < h.e + 5 && cx.same_sentence(h.s, j) && !cx.toks.t[j].cap {
        j += 1;
    }
    if j < n
        && j > h.e
        && cx.same_sentence(h.s, j)
        && cx.toks.t[j].cap
        && !cx.toks.t[j].caps
        && cx.hit_of[j] == usize::MAX
        && cx.adj[j].is_none()
        && matches!(
            cx.low(j - 1),
            "of" | "in" | "de" | "du" | "del" | "en" | "a" | "at" | "near"
        )
    {
        return;
    }
    let mut span = (h.s, h.e);
    let mut city = None;
    // after: "de Goma", "von Goma", "of Goma", "Goma" (German apposition), "der Hauptstadt Sanaa"
    let mut j = h.e;
    while j < n
        && j < h.e + 3
        && cx.same_sentence(h.s, j)
        && matches!(
            cx.low(j),
            "de" | "d"
                | "du"
                | "von"
                | "of"
                | "der"
                | "hauptstadt"
                | "stadt"
                | "in"
                | "en"
                | "la"
                | "capital"
        )
    {
        j += 1;
    }
    if j < n && cx.same_sentence(h.s, j) {
        if let Some(gi) = city_of(cx, j) {
            city = Some(gi);
            let hk = cx.hit_of[j];
            span = (h.s, cx.hits[hk].e);
        }
    }
    // before: "Goma airport", "Bamako's airport"
    if city.is_none() && h.s > 0 {
        let mut b = h.s - 1;
        if cx.low(b) == "s" && b > 0 {
            b -= 1;
        }
        let hk = cx.hit_of[b];
        if hk != usize::MAX && cx.same_sentence(b, h.s) {
            let st = cx.hits[hk].s;
            if let Some(gi) = city_of(cx, st) {
                city = Some(gi);
                span = (st, h.e);
            }
        }
    }
    // another city of the same sentence
    if city.is_none() {
        let mut best: Option<(usize, u32)> = None;
        // hits are in token order: those of h's sentence are one run
        let sh = cx.sid[h.s];
        let lo = cx.hits.partition_point(|x| cx.sid[x.s] < sh);
        let hi = lo + cx.hits[lo..].partition_point(|x| cx.sid[x.s] <= sh);
        for (kk, hh) in cx.hits.iter().enumerate().take(hi).skip(lo) {
            if kk == k || !cx.same_sentence(hh.s.min(h.s), hh.s.max(h.s)) {
                continue;
            }
            if let Some(gi) = choose_gaz(cx, &hh.targets()) {
                if g.entry(gi).kind == GazKind::City {
                    let d = hh.s.abs_diff(h.s);
                    if best.map(|b| d < b.0).unwrap_or(true) {
                        best = Some((d, gi));
                    }
                }
            }
        }
        city = best.map(|b| b.1);
    }
    // a definite singular with no city around: the dateline's city ("zum Flughafen")
    if city.is_none()
        && h.s > 0
        && matches!(
            cx.low(h.s - 1),
            "dem"
                | "den"
                | "der"
                | "zum"
                | "am"
                | "im"
                | "the"
                | "l"
                | "le"
                | "la"
                | "el"
                | "al"
                | "del"
        )
    {
        city = cx.dateline_city;
    }
    let Some(gi) = city else { return };
    let en = g.entry(gi);
    let (bs, be) = cx.span(span.0, span.1);
    let pi = reg.place(&format!("fac:{gi}:{head}"), || {
        (
            format!("{} {head}", en.name),
            "site",
            (!en.country.is_empty()).then_some(en.country),
            en.lat,
            en.lon,
        )
    });
    reg.mention_place(pi, cx.di, cx.doc.text, bs, be, false);
    let (hs, he) = cx.span(h.s, h.e);
    if (hs, he) != (bs, be) {
        reg.alias_place(pi, &cx.doc.text[hs..he]);
    }
    cx.used[k] = true;
}

fn is_article(lang: Lang, w: &str) -> bool {
    match lang {
        Lang::De => matches!(w, "der" | "die" | "das" | "des" | "dem" | "den"),
        Lang::En => matches!(w, "the"),
        Lang::Fr => matches!(w, "le" | "la" | "les" | "l"),
        Lang::Es => matches!(w, "el" | "la" | "los" | "las"),
    }
}

/// "im Nordwesten Syriens", "northern Gaza", "l'est de la RDC", "el norte
/// de Siria", "Südlibanon", "im Süden des Landes".
pub fn relative_regions(cx: &mut Ctx, reg: &mut Registry) {
    let lang = cx.lang();
    let n = cx.toks.len();
    let mut i = 0;
    while i < n {
        let t = &cx.toks.t[i];
        if !t.body {
            i += 1;
            continue;
        }
        // German compounds: Nordsyrien, Südlibanon, Ostkongo
        if lang == Lang::De && t.cap && cx.hit_of[i] == usize::MAX && t.end - t.start >= 7 {
            let w = cx.low(i);
            let mut done = false;
            let mut found = None;
            for &(p, dir) in DE_PREFIXES {
                if let Some(rest) = w.strip_prefix(p) {
                    if rest.len() >= 4 {
                        if let Some(iso) = country_named(rest) {
                            found = Some((iso, dir));
                            break;
                        }
                    }
                }
            }
            if let Some((iso, dir)) = found {
                add_relative(cx, reg, RelBase::Country(iso), dir, i, i + 1);
                done = true;
            }
            if done {
                i += 1;
                continue;
            }
        }
        // direction word (French/Spanish compound "nord-ouest" = two tokens)
        let Some(mut dir) = dir_of(lang, cx.low(i)) else {
            i += 1;
            continue;
        };
        let w = cx.low(i).to_string();
        let mut j = i + 1;
        if lang == Lang::Fr && j < n && cx.toks.t[j].join {
            let w2 = cx.low(j).to_string();
            let d2 = match (w.as_str(), w2.as_str()) {
                ("nord", "ouest") => Some(("northwest", 0.7, -0.7)),
                ("nord", "est") => Some(("northeast", 0.7, 0.7)),
                ("sud", "ouest") => Some(("southwest", -0.7, -0.7)),
                ("sud", "est") => Some(("southeast", -0.7, 0.7)),
                _ => None,
            };
            if let Some(d2) = d2 {
                dir = d2;
                j += 1;
            }
        }
        // guards against homographs: French "est" (is), Spanish "este" (this), "sur"
        let prev = if i > 0 { cx.low(i - 1) } else { "" };
        let article_before = i > 0 && is_article(lang, prev)
            || matches!(prev, "al" | "del" | "du" | "au" | "im" | "vom" | "zum");
        if lang != Lang::En && !article_before {
            i += 1;
            continue;
        }
        // what follows: [of/de/des/del/d'] [article] NAME | "des Landes" / "du pays" / "del país"
        let mut k = j;
        if k < n && cx.same_sentence(i, k) {
            let w = cx.low(k);
            let linker = match lang {
                Lang::De => matches!(w, "von"),
                Lang::En => matches!(w, "of"),
                Lang::Fr => matches!(w, "de" | "du" | "des" | "d"),
                Lang::Es => matches!(w, "de" | "del"),
            };
            if linker {
                k += 1;
            }
            while k < n && is_article(lang, cx.low(k)) {
                k += 1;
            }
        }
        if k >= n || !cx.same_sentence(i, k) {
            i += 1;
            continue;
        }
        // "des Landes", "du pays", "del país", "of the country"
        let wk = cx.low(k);
        if matches!(wk, "landes" | "pays" | "pais" | "country") {
            // the country of the last place named, if the dispatch is about it
            let dl_country = cx.dateline_city.map(|g| gazetteer().entry(g).country);
            let recent = last_place_country(cx, i).filter(|r| {
                Some(*r) == cx.main
                    || Some(*r) == dl_country
                    || cx.focus.get(r).copied().unwrap_or(0.0) >= 2.0
            });
            if let Some(iso) = recent.or(cx.main) {
                add_relative(cx, reg, RelBase::Country(iso), dir, i, k + 1);
                i = k + 1;
                continue;
            }
        }
        if let Some(hk) = cx.hit_at(k) {
            let h = cx.hits[hk];
            let base = h.targets().iter().find_map(|t| match *t {
                Target::Country(ci) => {
                    Some(RelBase::Country(gazetteer().countries()[ci as usize].iso2))
                }
                _ => None,
            });
            let base = base.or_else(|| {
                choose_gaz(cx, &h.targets())
                    .filter(|&g| gazetteer().entry(g).kind == GazKind::Region)
                    .map(RelBase::Gaz)
            });
            if let Some(b) = base {
                cx.used[hk] = true;
                add_relative(cx, reg, b, dir, i, h.e);
                // the state whose part is attacked is attacked too:
                // "attacked southern Israel", "atacaron el sur de Israel"
                if let RelBase::Country(iso) = b {
                    let mut v = i;
                    while v > 0 && is_article(lang, cx.low(v - 1)) {
                        v -= 1;
                    }
                    if v > 0
                        && cx.same_sentence(v - 1, i)
                        && !cx.toks.t[v].comma
                        && metonymy::attacks(lang, cx.low(v - 1))
                    {
                        let span = cx.span(h.s, h.e);
                        cx.ev(iso).state.push(span);
                    }
                }
                i = h.e;
                continue;
            }
        }
        i += 1;
    }
}

/// The country of the last place named before token `i` (a city, a region,
/// or a country after a place preposition): what "des Landes" refers to.
fn last_place_country(cx: &Ctx, i: usize) -> Option<&'static str> {
    let g = gazetteer();
    // at most two sentence starts back
    let mut starts = 0;
    let mut j = i;
    while j > 0 && starts < 2 {
        if cx.toks.t[j].sent {
            starts += 1;
        }
        j -= 1;
    }
    for (k, h) in cx.hits.iter().enumerate().rev() {
        if h.s >= i {
            continue;
        }
        if h.s < j {
            break;
        }
        if cx.used[k]
            && !h
                .targets()
                .iter()
                .any(|t| matches!(t, Target::Gaz(_) | Target::Site(_)))
        {
            continue;
        }
        for t in h.targets() {
            match *t {
                Target::Gaz(e) if !g.entry(e).country.is_empty() => {
                    let en = g.entry(e);
                    let capital = g.country(en.country).and_then(|c| c.capital) == Some(e);
                    if capital && metonymy::capital_use(cx, k) == Use::Actor {
                        continue;
                    }
                    return Some(en.country);
                }
                Target::Site(si) if !SITES[si as usize].country.is_empty() => {
                    return Some(SITES[si as usize].country)
                }
                Target::Country(ci) if metonymy::country_use(cx, k) == Use::Place => {
                    return Some(g.countries()[ci as usize].iso2)
                }
                _ => {}
            }
        }
    }
    None
}

#[derive(Clone, Copy)]
enum RelBase {
    Country(&'static str),
    Gaz(u32),
}

fn country_named(w: &str) -> Option<&'static str> {
    let hits = index().lookup_word(w);
    hits.iter().find_map(|t| match *t {
        Target::Country(ci) => Some(gazetteer().countries()[ci as usize].iso2),
        _ => None,
    })
}

fn add_relative(cx: &mut Ctx, reg: &mut Registry, base: RelBase, dir: Dir, s: usize, e: usize) {
    let g = gazetteer();
    let (bs, be) = cx.span(s, e);
    let (key, iso) = match base {
        RelBase::Country(iso) => {
            let Some(c) = g.country(iso) else { return };
            (format!("rel:{iso}:{}", dir.0), Some(c.iso2))
        }
        RelBase::Gaz(gi) => {
            let en = g.entry(gi);
            (
                format!("rel:g{gi}:{}", dir.0),
                (!en.country.is_empty()).then_some(en.country),
            )
        }
    };
    let pi = reg.place(&key, || match base {
        RelBase::Country(iso) => {
            let c = g.country(iso).expect("checked above");
            let (lat, lon) = toward(iso, c.lat, c.lon, dir);
            (
                format!("{} {}", dir.0, c.name),
                "region",
                Some(c.iso2),
                lat,
                lon,
            )
        }
        RelBase::Gaz(gi) => {
            let en = g.entry(gi);
            (
                format!("{} {}", dir.0, en.name),
                "region",
                iso,
                en.lat + dir.1 * 0.1,
                en.lon + dir.2 * 0.1,
            )
        }
    });
    reg.mention_place(pi, cx.di, cx.doc.text, bs, be, false);
    // the country named in it is mentioned too ("el sur de Líbano")
    if let (RelBase::Country(iso), Some(last)) =
        (&base, (s..e).rev().find(|&j| cx.hit_of[j] != usize::MAX))
    {
        let hk = cx.hit_of[last];
        let (cs, ce) = cx.span(cx.hits[hk].s, cx.hits[hk].e);
        if let Some(ci) = country_place(reg, iso) {
            reg.mention_place(ci, cx.di, cx.doc.text, cs, ce, false);
        }
    }
    let _ = iso;
}
