//! Villages, towns, camps and districts the gazetteer does not hold, found
//! from the words around them: "the town of Marte", "le site de Rhoe",
//! "los municipios de Tibú, Teorama y El Tarra", "die Kleinstadt Mota",
//! "Mucojo, a fishing village", "Ulang county", "Konduga, southeast of
//! Maiduguri". Each is placed by the place the text locates it by ("about
//! 100 kilometers northeast of Maiduguri": that far from Maiduguri; "dans le
//! territoire de Djugu": at Djugu) and keeps that place as `near`, so a
//! reader sees that its point is approximate. Without such a place it has
//! no point.

use super::places::{choose_gaz, dir_of, gaz_place, Dir};
use super::{Ctx, Registry};
use crate::gazetteer::{gazetteer, GazKind};
use crate::lang::Lang;

/// A settlement word before a name, and the kind of place it makes.
/// `of`: the name follows after "of", "de", "du", "del" (not in German).
fn cue_before(lang: Lang, w: &str) -> Option<&'static str> {
    Some(match (lang, w) {
        (Lang::En, "village" | "villages" | "town" | "towns" | "hamlet" | "locality")
        | (Lang::En, "settlement" | "municipality" | "township" | "commune") => "locality",
        (Lang::En, "neighborhood" | "neighbourhood" | "suburb") => "locality",
        (Lang::En, "camp") => "site",
        (Lang::En, "district" | "county" | "sector") => "region",
        (Lang::Fr, "village" | "villages" | "localite" | "localites" | "bourg" | "ville")
        | (Lang::Fr, "commune" | "communes" | "quartier" | "bourgade") => "locality",
        (Lang::Fr, "camp" | "site") => "site",
        (Lang::Fr, "departement" | "territoire" | "chefferie" | "secteur" | "prefecture") => {
            "region"
        }
        (Lang::Es, "localidad" | "localidades" | "pueblo" | "aldea" | "poblado" | "municipio")
        | (Lang::Es, "municipios" | "caserio" | "barrio" | "corregimiento")
        | (Lang::Es, "vereda" | "ciudad" | "colonia" | "sindicatura" | "ejido") => "locality",
        (Lang::Es, "campamento" | "campo") => "site",
        (Lang::Es, "departamento" | "distrito" | "provincia") => "region",
        (Lang::De, "dorf" | "dorfer" | "ortschaft" | "kleinstadt" | "stadt" | "gemeinde")
        | (Lang::De, "stadtteil" | "stadtviertel") => "locality",
        (Lang::De, "fluchtlingslager" | "lager" | "gefangnisinsel") => "site",
        (Lang::De, "bezirk" | "distrikt" | "provinz" | "bergregion" | "landkreis") => "region",
        _ => return None,
    })
}

/// A settlement word after a name ("Ulang county", "Uri sector", "Jenin
/// camp"), English only.
fn cue_after(lang: Lang, w: &str) -> Option<&'static str> {
    match (lang, w) {
        (Lang::En, "county" | "district" | "sector") => Some("region"),
        (Lang::En, "camp") => Some("site"),
        (Lang::En, "village" | "neighborhood" | "neighbourhood") => Some("locality"),
        _ => None,
    }
}

/// The noun of an apposition: "Mucojo, a fishing village", "Tolkomari, un
/// village proche de Kolofata", "una localidad", "ein Dorf".
fn apposition_noun(lang: Lang, w: &str) -> bool {
    match lang {
        Lang::En => matches!(w, "village" | "town" | "hamlet" | "settlement" | "locality"),
        Lang::Fr => matches!(w, "village" | "localite" | "bourgade" | "bourg" | "ville"),
        Lang::Es => matches!(
            w,
            "localidad" | "pueblo" | "aldea" | "poblado" | "municipio"
        ),
        Lang::De => matches!(w, "dorf" | "ortschaft" | "kleinstadt" | "ort"),
    }
}

fn indefinite(lang: Lang, w: &str) -> bool {
    match lang {
        Lang::En => matches!(w, "a" | "an" | "the"),
        Lang::Fr => matches!(w, "un" | "une" | "le" | "la"),
        Lang::Es => matches!(w, "un" | "una" | "el" | "la"),
        Lang::De => matches!(w, "ein" | "eine" | "das" | "die"),
    }
}

/// "of", "de", "du", "del", "d'" (and the article after it).
fn of_word(w: &str) -> bool {
    matches!(w, "of" | "de" | "du" | "del" | "d" | "des" | "von")
}

fn km_word(w: &str) -> bool {
    matches!(
        w,
        "km" | "kilometers" | "kilometres" | "kilometer" | "kilometern" | "kilometros"
    )
}

/// Words that may stand between a comma and a distance: "about", "à", "a unos".
fn approx_word(w: &str) -> bool {
    matches!(
        w,
        "about"
            | "some"
            | "around"
            | "roughly"
            | "nearly"
            | "almost"
            | "a"
            | "rund"
            | "etwa"
            | "ungefahr"
            | "circa"
            | "knapp"
            | "environ"
            | "quelque"
            | "quelques"
            | "unos"
            | "unas"
            | "cerca"
            | "aproximadamente"
            | "mas"
            | "plus"
    )
}

/// Particles inside a place name: "Souk al-Joumaa", "El Tarra".
fn particle(w: &str) -> bool {
    matches!(
        w,
        "al" | "el" | "ad" | "as" | "ash" | "ar" | "an" | "bin" | "ben" | "abu"
    )
}

/// The name starting at token `i`: capitalised words not already a name of
/// the lexicon, joined by spaces or hyphens; returns its end.
fn name_at(cx: &Ctx, i: usize) -> Option<usize> {
    let n = cx.toks.len();
    let ok = |j: usize| {
        let t = &cx.toks.t[j];
        t.body && cx.hit_of[j] == usize::MAX && cx.adj[j].is_none() && !t.caps
    };
    if i >= n || !cx.toks.t[i].cap || !ok(i) || cx.toks.t[i].sent {
        return None;
    }
    // a number or a lone letter is no name
    let raw = cx.toks.raw(i);
    if raw.chars().count() < 2 || raw.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    // a capitalised article starts a name only with a name after it: "El Tarra"
    let article = matches!(cx.low(i), "el" | "la" | "le" | "al" | "las" | "los" | "les");
    if stop(cx.lang(), cx.low(i)) && !article {
        return None;
    }
    if article
        && !(i + 1 < n
            && cx.toks.t[i + 1].join
            && cx.toks.t[i + 1].cap
            && ok(i + 1)
            && !stop(cx.lang(), cx.low(i + 1)))
    {
        return None;
    }
    let german = cx.lang() == Lang::De;
    if german && german_noun(cx.low(i)) {
        return None;
    }
    let mut e = i + 1;
    while e < n && e - i < 4 && cx.toks.t[e].join && ok(e) {
        let t = &cx.toks.t[e];
        let gap = cx.toks.gap(e);
        // German capitalises its nouns: a name goes on past a space only
        // with a word that is no German noun ("die Kleinstadt Mota Anfang Mai")
        let word = t.cap
            && !stop(cx.lang(), cx.low(e))
            && !(german && gap == " " && german_noun(cx.low(e)));
        if word || gap == "-" && particle(cx.low(e)) {
            e += 1;
        } else if particle(cx.low(e))
            && e + 1 < n
            && cx.toks.gap(e + 1) == "-"
            && cx.toks.t[e + 1].cap
            && ok(e + 1)
            && !stop(cx.lang(), cx.low(e + 1))
        {
            // "Souk al-Joumaa" (not "Marte as Nigerian troops")
            e += 2;
        } else {
            break;
        }
    }
    // a one-word name of two letters is an abbreviation more often than a place
    if e == i + 1 && raw.chars().count() < 3 {
        return None;
    }
    // a hyphenated name that goes on into a known name ("Mayo-Sava"): not this
    if e < n && cx.toks.t[e].join && cx.toks.gap(e) == "-" && cx.toks.t[e].cap {
        return None;
    }
    Some(e.min(n))
}

/// German words a capitalised word after "Dorf" or "Stadt" is more likely
/// to be than a foreign place: months, weekdays, "Anfang", and nouns by
/// their endings ("Soldaten", "Kämpfer", "Regierung").
fn german_noun(w: &str) -> bool {
    matches!(w, "marz" | "anfang" | "ende" | "mitte" | "beginn" | "laufe")
        || crate::dates::is_month_or_weekday(Lang::De, w)
        || [
            "ung", "heit", "keit", "schaft", "tion", "ten", "en", "er", "nis",
        ]
        .iter()
        .any(|suf| w.len() > suf.len() + 2 && w.ends_with(suf))
}

/// Capitalised words that are no place names: months and weekdays,
/// articles and pronouns, compass points, and institutions that follow
/// "Departamento de", "département d'".
fn stop(lang: Lang, w: &str) -> bool {
    matches!(
        w,
        "estado"
            | "etat"
            | "state"
            | "defensa"
            | "defense"
            | "justicia"
            | "justice"
            | "tesoro"
            | "treasury"
            | "salud"
            | "sante"
            | "interior"
            | "interieur"
            | "hacienda"
            | "seguridad"
            | "securite"
            | "agricultura"
            | "agriculture"
            | "educacion"
            | "trabajo"
            | "energia"
            | "energie"
            | "comercio"
            | "commerce"
            | "the"
            | "le"
            | "la"
            | "les"
            | "el"
            | "los"
            | "las"
            | "der"
            | "die"
            | "das"
            | "des"
            | "dem"
            | "den"
            | "this"
            | "that"
            | "its"
            | "their"
            | "his"
            | "her"
            | "sainte"
            | "saint"
            | "nord"
            | "sud"
            | "est"
            | "ouest"
            | "north"
            | "south"
            | "east"
            | "west"
    ) || crate::dates::is_month_or_weekday(lang, w)
        || crate::dates::is_month_or_weekday(Lang::En, w)
}

/// A place the text locates a locality by: (place index, lat, lon, country).
type Anchor = (usize, f64, f64, Option<&'static str>);

/// The gazetteer city or region named at token `j` (not a country).
fn gaz_anchor(cx: &Ctx, reg: &mut Registry, j: usize) -> Option<Anchor> {
    let k = cx.hit_at(j)?;
    let gi = choose_gaz(cx, cx.hits[k].targets())?;
    let en = gazetteer().entry(gi);
    if en.kind == GazKind::Country {
        return None;
    }
    let pi = gaz_place(reg, gi);
    // a name another construction took (a relative region, an actor) has
    // no place of its own to point to
    if !reg.place_mentioned(pi) {
        return None;
    }
    Some((
        pi,
        en.lat,
        en.lon,
        (!en.country.is_empty()).then_some(en.country),
    ))
}

/// The point `km` kilometres from (lat, lon) toward `dir`.
fn offset(lat: f64, lon: f64, km: f64, dir: Dir) -> (f64, f64) {
    let (_, dy, dx) = dir;
    let len = (dy * dy + dx * dx).sqrt();
    if len == 0.0 {
        return (lat, lon);
    }
    let dlat = km * dy / len / 111.0;
    let dlon = km * dx / len / (111.0 * lat.to_radians().cos().max(0.1));
    (lat + dlat, lon + dlon)
}

/// A compass direction at token `j` ("northeast", "nord-est", "nördlich"),
/// with the index after it.
fn direction_at(cx: &Ctx, j: usize) -> Option<(Dir, usize)> {
    let n = cx.toks.len();
    let d = dir_of(cx.lang(), cx.low(j))?;
    if d.1 == 0.0 && d.2 == 0.0 {
        return None;
    }
    // "nord-est", "north-east": two words
    if j + 1 < n && cx.toks.gap(j + 1) == "-" {
        if let Some(d2) = dir_of(cx.lang(), cx.low(j + 1)) {
            return Some((("", d.1 + d2.1, d.2 + d2.2), j + 2));
        }
    }
    Some((d, j + 1))
}

/// After a name ending at `e`, within its sentence: "about 100 kilometers
/// (60 miles) northeast of Maiduguri", "à 75 km au sud de Bunia", "a
/// fishing village about 40 km east of Macomia", "southeast of Maiduguri",
/// "rund 50 Kilometer nördlich von Mossul". Returns the point and anchor.
fn locator(
    cx: &Ctx,
    reg: &mut Registry,
    found: &[(String, Anchor)],
    e: usize,
) -> Option<(f64, f64, Anchor)> {
    let n = cx.toks.len();
    let mut j = e;
    while j < n && j < e + 8 && cx.same_sentence(e - 1, j) {
        if let Some(r) = locator_at(cx, reg, found, j) {
            return Some(r);
        }
        j += 1;
    }
    None
}

/// A distance and direction from a known place, starting at token `j`.
fn locator_at(
    cx: &Ctx,
    reg: &mut Registry,
    found: &[(String, Anchor)],
    mut j: usize,
) -> Option<(f64, f64, Anchor)> {
    let n = cx.toks.len();
    let start = j;
    let mut km = None;
    while j < n && j < start + 3 && approx_word(cx.low(j)) {
        j += 1;
    }
    // "40km" in one word
    let glued = cx.toks.raw(j.min(n - 1)).strip_suffix("km");
    if let Some(v) = glued.and_then(|d| d.parse::<f64>().ok()) {
        km = Some(v);
        j += 1;
    } else if j < n && cx.toks.raw(j).bytes().all(|b| b.is_ascii_digit()) {
        // not the decimals of "2.5 km"
        if j > 0 && matches!(cx.toks.gap(j), "." | ",") {
            return None;
        }
        let v: f64 = cx.toks.raw(j).parse().ok()?;
        let unit = match cx.low(j + 1) {
            u if j + 1 < n && km_word(u) => 1.0,
            "miles" | "mile" if j + 1 < n => 1.609,
            _ => return None,
        };
        {
            km = Some(v * unit);
            j += 2;
            // "(60 miles)"
            if j < n && cx.toks.gap(j).contains('(') {
                while j < n && j < start + 12 && !cx.toks.gap(j).contains(')') {
                    j += 1;
                }
            }
        }
    }
    while j < n && matches!(cx.low(j), "au" | "a" | "al" | "el" | "l") {
        j += 1;
    }
    if j >= n {
        return None;
    }
    let (dir, after) = direction_at(cx, j)?;
    j = after;
    let genitive = cx.lang() == Lang::De && j < n && matches!(cx.low(j), "der" | "des");
    if j >= n || !(of_word(cx.low(j)) || genitive) {
        return None;
    }
    j += 1;
    while j < n && matches!(cx.low(j), "la" | "le" | "l" | "the" | "der" | "dem") {
        j += 1;
    }
    // "east of the town of Macomia", "au sud de la ville de Bunia"
    if j + 1 < n && cue_before(cx.lang(), cx.low(j)).is_some() {
        j += 1;
        if of_word(cx.low(j)) {
            j += 1;
        }
    }
    if j >= n || !cx.same_sentence(start, j) {
        return None;
    }
    let anchor = gaz_anchor(cx, reg, j).or_else(|| {
        let end = name_at(cx, j)?;
        let name = cx.text(j, end);
        found.iter().find(|(f, _)| f == name).map(|(_, a)| *a)
    })?;
    // a direction without a distance: a short way off
    let (lat, lon) = offset(anchor.1, anchor.2, km.unwrap_or(25.0).min(400.0), dir);
    Some((lat, lon, anchor))
}

/// The gazetteer city or region the sentence names nearest after the name
/// ("in the Uri sector of Baramulla district", "dans le territoire de
/// Djugu"), else nearest before it in the sentence.
fn sentence_anchor(cx: &Ctx, reg: &mut Registry, s: usize, e: usize) -> Option<Anchor> {
    let n = cx.toks.len();
    let mut j = e;
    while j < n && j < e + 16 && cx.same_sentence(e - 1, j) {
        if located_by(cx, j) {
            if let Some(a) = gaz_anchor(cx, reg, j) {
                return Some(a);
            }
        }
        j += 1;
    }
    let mut j = s;
    while j > 0 && s - j < 25 && cx.same_sentence(j - 1, s) {
        j -= 1;
        if located_by(cx, j) {
            if let Some(a) = gaz_anchor(cx, reg, j) {
                return Some(a);
            }
        }
    }
    None
}

/// Whether the name at token `j` is governed by a word of place ("in",
/// "near", "of", "dans le territoire de", "in der Provinz"), past articles
/// and a settlement word: a place that locates, not a destination ("fled
/// to Malakal") or a speaker's city.
fn located_by(cx: &Ctx, j: usize) -> bool {
    let lang = cx.lang();
    let mut k = j;
    let mut cue = false;
    while k > 0 && j - k < 5 {
        k -= 1;
        let w = cx.low(k);
        if matches!(
            w,
            "the"
                | "la"
                | "le"
                | "l"
                | "les"
                | "der"
                | "die"
                | "dem"
                | "des"
                | "el"
                | "los"
                | "las"
        ) && !(lang == Lang::De && matches!(w, "der" | "des") && cue)
        {
            continue;
        }
        if !cue && w.len() >= 4 && cue_before(lang, w).is_some() {
            cue = true;
            continue;
        }
        return matches!(
            w,
            "in" | "near"
                | "of"
                | "at"
                | "around"
                | "outside"
                | "dans"
                | "de"
                | "du"
                | "d"
                | "pres"
                | "proche"
                | "en"
                | "a"
                | "au"
                | "cerca"
                | "del"
                | "im"
                | "bei"
                | "nahe"
                | "von"
                | "der"
                | "des"
        );
    }
    false
}

/// Whether a name at token `i` could be a locality without a settlement
/// word before it: the word after its capitalised run is "county" or
/// "camp" (English), or follows a comma (an apposition, a locator). The
/// cheap test before [`name_at`], which most capitalised words fail.
fn worth_a_look(cx: &Ctx, i: usize) -> bool {
    let n = cx.toks.len();
    let mut e = i + 1;
    while e < n && e - i < 5 && cx.toks.t[e].join && (cx.toks.t[e].cap || particle(cx.low(e))) {
        e += 1;
    }
    e < n && (cx.toks.t[e].comma || cue_after(cx.lang(), cx.low(e)).is_some())
}

/// Whether the apposition's noun ends at token `j` (which follows it): a
/// comma, the sentence's end, a place or a distance ("a village near
/// Kolofata", "un village proche de Kolofata", "about 40 km east"); not a
/// noun that makes it a person ("a village head", "un village chief").
fn apposition_ends(cx: &Ctx, j: usize) -> bool {
    let n = cx.toks.len();
    if j >= n || cx.toks.t[j].sent || cx.toks.t[j].comma || cx.toks.t[j].paren {
        return true;
    }
    let w = cx.low(j);
    matches!(
        w,
        "in" | "near"
            | "of"
            | "on"
            | "about"
            | "some"
            | "north"
            | "south"
            | "east"
            | "west"
            | "outside"
            | "close"
            | "where"
            | "which"
            | "that"
            | "proche"
            | "pres"
            | "situe"
            | "situee"
            | "dans"
            | "a"
            | "au"
            | "du"
            | "de"
            | "en"
            | "ou"
            | "qui"
            | "cerca"
            | "situado"
            | "situada"
            | "ubicado"
            | "ubicada"
            | "donde"
            | "que"
            | "bei"
            | "nahe"
            | "im"
            | "rund"
            | "etwa"
            | "nordlich"
            | "sudlich"
            | "ostlich"
            | "westlich"
            | "wo"
            | "das"
            | "der"
    ) || km_word(w)
        || cx.toks.raw(j).bytes().all(|b| b.is_ascii_digit())
}

/// Whether a distance or a compass direction follows token `e` closely
/// (the cheap test before [`locator`]).
fn locator_ahead(cx: &Ctx, e: usize) -> bool {
    let n = cx.toks.len();
    (e..n.min(e + 10))
        .take_while(|&j| cx.same_sentence(e - 1, j))
        .any(|j| km_word(cx.low(j)) || dir_of(cx.lang(), cx.low(j)).is_some())
}

/// A preposition of where before a name: "à", "at", "in", "en", "im".
fn at_word(w: &str) -> bool {
    matches!(w, "a" | "at" | "in" | "en" | "im")
}

/// Whether the words from token `e` put what comes before inside a unit
/// of the country: "dans la préfecture de", "in the district of", "en el
/// municipio de", "im Bezirk".
fn in_unit_ahead(cx: &Ctx, e: usize) -> bool {
    let n = cx.toks.len();
    if e >= n || !matches!(cx.low(e), "dans" | "in" | "en" | "im") {
        return false;
    }
    let mut j = e + 1;
    while j < n
        && j < e + 3
        && matches!(cx.low(j), "la" | "le" | "l" | "the" | "el" | "der" | "dem")
    {
        j += 1;
    }
    j < n
        && cx.same_sentence(e, j)
        && cx.low(j).len() >= 4
        && cue_before(cx.lang(), cx.low(j)) == Some("region")
}

/// A locality found at tokens `s..e`, of `kind`.
struct Found {
    s: usize,
    e: usize,
    kind: &'static str,
}

/// Finds the localities of the document and registers them with every
/// mention of their names.
pub fn run(cx: &mut Ctx, reg: &mut Registry) {
    let n = cx.toks.len();
    let lang = cx.lang();
    let mut finds: Vec<Found> = Vec::new();
    let mut i = 0;
    while i < n {
        let t = &cx.toks.t[i];
        if !t.body {
            i += 1;
            continue;
        }
        let w = cx.low(i);
        // a cue word before the name (every one has four letters or more)
        if let Some(kind) = (w.len() >= 4).then(|| cue_before(lang, w)).flatten() {
            let mut j = i + 1;
            // "camp de réfugiés de", "campo de refugiados de", "refugee camp of"
            if j + 1 < n && of_word(cx.low(j)) && matches!(cx.low(j + 1), "refugies" | "refugiados")
            {
                j += 2;
            }
            if lang != Lang::De {
                if j >= n || !of_word(cx.low(j)) || !cx.toks.t[j].join {
                    i += 1;
                    continue;
                }
                j += 1;
            }
            // the names of a list: "de Tibú, Teorama y El Tarra" (after a
            // comma only with a plural: "the town of Marte, Ali Ndume said")
            let plural = w.ends_with('s') || w == "dorfer";
            let mut any = false;
            while let Some(e) = name_at(cx, j) {
                if !cx.same_sentence(i, j) {
                    break;
                }
                finds.push(Found { s: j, e, kind });
                any = true;
                if plural && e + 1 < n && cx.toks.t[e].comma && !cx.toks.gap(e).contains(['(', ')'])
                {
                    j = e;
                } else if e + 1 < n && matches!(cx.low(e), "y" | "and" | "et" | "und" | "e") {
                    j = e + 1;
                } else {
                    break;
                }
            }
            i = if any { j.max(i + 1) } else { i + 1 };
            continue;
        }
        // (most words are no name: not capitalised, or a name of the lexicon)
        let maybe_name = t.cap && !t.sent && cx.hit_of[i] == usize::MAX && worth_a_look(cx, i);
        if let Some(e) = maybe_name.then(|| name_at(cx, i)).flatten() {
            // the name's own word after it: "Ulang county", "Nur Shams camp"
            if e < n && cx.toks.t[e].join && cx.toks.gap(e) == " " {
                if let Some(kind) = cue_after(lang, cx.low(e)) {
                    finds.push(Found { s: i, e, kind });
                    i = e + 1;
                    continue;
                }
            }
            // an apposition: "Mucojo, a fishing village", "Tolkomari, un village"
            if e + 1 < n && cx.toks.t[e].comma && indefinite(lang, cx.low(e)) {
                let mut j = e + 1;
                // past adjectives only ("a fishing village"; not "un habitant du village")
                while j < n
                    && j < e + 4
                    && !cx.toks.t[j].comma
                    && !apposition_noun(lang, cx.low(j))
                    && !of_word(cx.low(j))
                    && !cx.toks.t[j].cap
                {
                    j += 1;
                }
                if j < n
                    && apposition_noun(lang, cx.low(j))
                    && !cx.toks.t[j].comma
                    && apposition_ends(cx, j + 1)
                {
                    finds.push(Found {
                        s: i,
                        e,
                        kind: "locality",
                    });
                    i = e;
                    continue;
                }
            }
            // a distance or direction from a known place
            if e < n && cx.toks.t[e].comma && i > 0 && !cx.toks.t[i].sent {
                let prev = &cx.toks.t[i - 1];
                if (!prev.cap || prev.sent) && locator_ahead(cx, e) {
                    finds.push(Found { s: i, e, kind: "" });
                } else if at_word(cx.low(i - 1)) && in_unit_ahead(cx, e) {
                    // "à Kpinkankandi, dans la préfecture de Kpendjal"
                    finds.push(Found {
                        s: i,
                        e,
                        kind: "locality",
                    });
                }
            }
            i = e;
            continue;
        }
        i += 1;
    }
    if finds.is_empty() {
        return;
    }
    register(cx, reg, finds);
}

/// Places each find and adds every mention of its name in the document.
fn register(cx: &mut Ctx, reg: &mut Registry, finds: Vec<Found>) {
    let n = cx.toks.len();
    let mut found: Vec<(String, Anchor)> = Vec::new();
    let mut placed: Vec<(String, usize, usize)> = Vec::new();
    // places whose point this dispatch borrowed from the town of their sentence
    let mut borrowed: Vec<usize> = Vec::new();
    for f in &finds {
        let name = cx.text(f.s, f.e).to_string();
        // a name placed already is looked at again only while its point is borrowed
        let seen = placed.iter().find(|(p, _, _)| *p == name).map(|x| x.1);
        if seen.is_some_and(|pi| !borrowed.contains(&pi)) {
            continue;
        }
        // a name with no settlement word: the distance or direction right
        // after its comma ("Konduga, southeast of Maiduguri"), not further on
        // ("Babagana Zulum, who toured villages north of Maiduguri")
        let loc = if f.kind.is_empty() {
            locator_at(cx, reg, &found, f.e)
        } else {
            locator(cx, reg, &found, f.e)
        };
        // a name with no settlement word is a locality only by its locator
        if f.kind.is_empty() && loc.is_none() {
            continue;
        }
        let (point, anchor) = match loc {
            Some((lat, lon, a)) => (Some((lat, lon)), Some(a)),
            None => match sentence_anchor(cx, reg, f.s, f.e) {
                Some(a) => (Some((a.1, a.2)), Some(a)),
                None => (None, None),
            },
        };
        let country = anchor.and_then(|a| a.3);
        let kind = if f.kind.is_empty() {
            "locality"
        } else {
            f.kind
        };
        // one place per name across the dispatches: a later one that
        // locates it gives it the point an earlier one could not
        let key = ["loc:", &crate::gazetteer::fold(&name)].concat();
        let pi = reg.place(&key, || {
            let (lat, lon) = point.unwrap_or((f64::NAN, f64::NAN));
            (name.clone(), kind, country, lat, lon)
        });
        if let (Some(a), Some((lat, lon))) = (anchor, point) {
            // a distance and direction place it better than the town of its
            // sentence did, earlier in this dispatch
            if loc.is_some() && borrowed.contains(&pi) {
                reg.set_place_point(pi, lat, lon, a.0);
                borrowed.retain(|&x| x != pi);
            } else if reg.place_point_if_missing(pi, lat, lon, country) {
                reg.place_near(pi, a.0);
                if loc.is_none() {
                    borrowed.push(pi);
                }
            }
        }
        if let Some(a) = anchor {
            if let Some((lat, lon)) = point {
                found.push((name.clone(), (pi, lat, lon, a.3)));
            }
        }
        if seen.is_none() {
            placed.push((name, pi, f.e - f.s));
        }
    }
    // every mention of each name in the document: the same words, not part
    // of a longer name
    for (name, pi, m) in &placed {
        for i in 0..n.saturating_sub(m - 1) {
            let t = &cx.toks.t[i];
            if !t.cap || !t.body || (i..i + m).any(|j| cx.hit_of[j] != usize::MAX) {
                continue;
            }
            if cx.text(i, i + m) != name.as_str() {
                continue;
            }
            if i + m < n
                && cx.toks.t[i + m].cap
                && cx.toks.gap(i + m) == " "
                && !(cx.lang() == Lang::De && german_noun(cx.low(i + m)))
            {
                continue;
            }
            let (s, e) = cx.span(i, i + m);
            reg.mention_place(*pi, cx.di, cx.doc.text, s, e, false);
        }
    }
}
