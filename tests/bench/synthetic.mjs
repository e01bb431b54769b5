// Synthetic dispatches for the browser benchmark: short wire-style texts in
// German, English, French and Spanish, each with a dateline and five dated
// attack sentences between named actors in named places. Deterministic
// (seeded). Places are the most populous cities of the gazetteer in the
// conflict countries (crates/engine/data/cities.tsv), so the engine can
// place them on the map.
import { readFileSync } from 'node:fs';

const MONTHS = {
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
};

// 30 actors: [de, en, fr, es, plural?]
export const ACTORS = [
  ['russische Truppen', 'Russian forces', 'les forces russes', 'las fuerzas rusas', true],
  ['ukrainische Truppen', 'Ukrainian forces', 'les forces ukrainiennes', 'las fuerzas ucranianas', true],
  ['die israelische Armee', 'the Israeli army', "l'armée israélienne", 'el ejército israelí', false],
  ['die syrische Armee', 'the Syrian army', "l'armée syrienne", 'el ejército sirio', false],
  ['türkische Truppen', 'Turkish forces', 'les forces turques', 'las fuerzas turcas', true],
  ['iranische Truppen', 'Iranian forces', 'les forces iraniennes', 'las fuerzas iraníes', true],
  ['die sudanesische Armee', 'the Sudanese army', "l'armée soudanaise", 'el ejército sudanés', false],
  ['die malische Armee', 'the Malian army', "l'armée malienne", 'el ejército maliense', false],
  ['die kongolesische Armee', 'the Congolese army', "l'armée congolaise", 'el ejército congoleño', false],
  ['US-Truppen', 'US forces', 'les forces américaines', 'las fuerzas estadounidenses', true],
  ['die Hamas', 'Hamas', 'le Hamas', 'Hamás', false],
  ['die Hisbollah', 'Hezbollah', 'le Hezbollah', 'Hezbolá', false],
  ['die M23-Miliz', 'M23 rebels', 'les rebelles du M23', 'los rebeldes del M23', false],
  ['die Huthis', 'the Houthis', 'les Houthis', 'los hutíes', true],
  ['die RSF-Miliz', 'the Rapid Support Forces', 'les Forces de soutien rapide', 'las Fuerzas de Apoyo Rápido', false],
  ['die Al-Shabaab-Miliz', 'al-Shabaab', 'les shebab', 'Al Shabab', false],
  ['die HTS-Miliz', 'Hayat Tahrir al-Sham', 'Hayat Tahrir al-Cham', 'Hayat Tahrir al Sham', false],
  ['die SDF', 'the Syrian Democratic Forces', 'les Forces démocratiques syriennes', 'las Fuerzas Democráticas Sirias', true],
  ['die Wagner-Gruppe', 'the Wagner Group', 'le groupe Wagner', 'el grupo Wagner', false],
  ['die Dschihadistenmiliz IS', 'the Islamic State group', 'le groupe Etat islamique', 'el Estado Islámico', false],
  ['die JNIM', 'JNIM', 'le JNIM', 'el JNIM', false],
  ['die Arakan-Armee', 'the Arakan Army', "l'Armée d'Arakan", 'el Ejército de Arakan', false],
  ['die libanesische Armee', 'the Lebanese army', "l'armée libanaise", 'el ejército libanés', false],
  ['irakische Truppen', 'Iraqi forces', 'les forces irakiennes', 'las fuerzas iraquíes', true],
  ['die somalische Armee', 'the Somali army', "l'armée somalienne", 'el ejército somalí', false],
  ['die äthiopische Armee', 'the Ethiopian army', "l'armée éthiopienne", 'el ejército etíope', false],
  ['die nigerianische Armee', 'the Nigerian army', "l'armée nigériane", 'el ejército nigeriano', false],
  ['Boko Haram', 'Boko Haram', 'Boko Haram', 'Boko Haram', false],
  ['die Taliban', 'the Taliban', 'les talibans', 'los talibanes', true],
  ['die jemenitische Armee', 'the Yemeni army', "l'armée yéménite", 'el ejército yemení', false],
];

const COUNTRIES = new Set(['UA', 'SY', 'LB', 'IL', 'PS', 'YE', 'SD', 'CD', 'ML', 'SO', 'MM', 'IQ', 'RU', 'BF', 'NE', 'NG', 'ET', 'AF', 'LY', 'HT']);

/** The `n` most populous gazetteer cities of the conflict countries (single-word names). */
export function places(n = 200, tsv = 'crates/engine/data/cities.tsv') {
  const rows = readFileSync(tsv, 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t'));
  return rows
    .filter((r) => COUNTRIES.has(r[2]) && /^[\p{Lu}][\p{L}-]+$/u.test(r[1]))
    .sort((a, b) => Number(b[5]) - Number(a[5]))
    .slice(0, n)
    .map((r) => r[1]);
}

function rng(seed) {
  let s = BigInt(seed);
  return () => {
    s = (s + 0x9E3779B97F4A7C15n) & 0xFFFFFFFFFFFFFFFFn;
    let z = s;
    z = ((z ^ (z >> 30n)) * 0xBF58476D1CE4E5B9n) & 0xFFFFFFFFFFFFFFFFn;
    z = ((z ^ (z >> 27n)) * 0x94D049BB133111EBn) & 0xFFFFFFFFFFFFFFFFn;
    return Number((z ^ (z >> 31n)) % 1000000007n) / 1000000007;
  };
}

const up = (s) => s[0].toUpperCase() + s.slice(1);

function sentence(lang, d, m, y, a, place) {
  const [de, en, fr, es, plural] = a;
  const mo = MONTHS[lang][m - 1];
  switch (lang) {
    case 'de': return `Am ${d}. ${mo} ${y} ${plural ? 'griffen' : 'griff'} ${de} die Stadt ${place} an.`;
    case 'en': return `On ${mo} ${d}, ${y}, ${en} attacked ${place}.`;
    case 'fr': return `Le ${d === 1 ? '1er' : d} ${mo} ${y}, ${fr} ${plural ? 'ont' : 'a'} attaqué ${place}.`;
    default: return `El ${d} de ${mo} de ${y}, ${es} ${plural ? 'atacaron' : 'atacó'} ${place}.`;
  }
}

function dateline(lang, d, m, y, place) {
  const mo = MONTHS[lang][m - 1];
  switch (lang) {
    case 'de': return `${place}, ${d}. ${mo} ${y} (AFP) –`;
    case 'en': return `${place.toUpperCase()}, ${up(mo)} ${d}, ${y} (AFP) -`;
    case 'fr': return `${place}, ${d} ${mo} ${y} (AFP) -`;
    default: return `${place}, ${d} ${mo} ${y} (EFE).-`;
  }
}

/** `n` dispatches (strings), each with a dateline and `perDoc` dated attack sentences. */
export function syntheticDispatches(n = 1000, { perDoc = 5, seed = 7, placeList = places(200) } = {}) {
  const r = rng(seed);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const langs = ['de', 'en', 'fr', 'es'];
  const out = [];
  for (let i = 0; i < n; i++) {
    const lang = langs[i % 4];
    const y = 2023 + Math.floor(r() * 3);
    const m = 1 + Math.floor(r() * 12);
    const d = 1 + Math.floor(r() * 28);
    const lines = [`${dateline(lang, d, m, y, pick(placeList))} `];
    const sents = [];
    for (let k = 0; k < perDoc; k++) {
      const dd = Math.max(1, d - Math.floor(r() * 10));
      sents.push(sentence(lang, dd, m, y, pick(ACTORS), pick(placeList)));
    }
    out.push(lines[0] + sents.join(' '));
  }
  return out;
}
