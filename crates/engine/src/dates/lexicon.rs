//! The time words of each language, as data tables.
//!
//! Every entry maps a lowercased word (a single token; multi-word phrases
//! are assembled by the scanner) to its role. Accent-less spellings seen in
//! feeds (`decembre`, `miercoles`, `Maerz`) are listed explicitly.

use std::sync::OnceLock;

use crate::lang::Lang;

/// Units of time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Year,
    Decade,
    Century,
}

/// Parts of the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Pod {
    Morning,
    Afternoon,
    Evening,
    Night,
}

/// Early, mid, late (of a month or year).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Part {
    Early,
    Mid,
    Late,
}

/// Seasons.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Season {
    Spring,
    Summer,
    Autumn,
    Winter,
}

/// Days relative to the document date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Rel {
    Today,
    Yesterday,
    DayBeforeYesterday,
    Tomorrow,
    DayAfterTomorrow,
    /// "tonight", "heute Nacht": today, at night.
    Tonight,
    /// "anoche": last night.
    LastNight,
}

/// Keywords.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kw {
    /// last, vergangen-, letzt-, dernier, pasado
    Last,
    /// next, nächst-, kommend-, prochain, próximo
    Next,
    /// this, dies-, ce/cette, este/esta
    This,
    /// ago (postposed)
    Ago,
    /// later, später, plus tard, después
    Later,
    /// earlier (postposed), zuvor, auparavant, antes
    Before,
    /// every, jede-, chaque, cada
    Every,
    /// quarter, Quartal, trimestre
    Quarter,
    /// century, Jahrhundert, siècle, siglo
    Century,
    /// weekend, Wochenende, week-end, fin de semana
    Weekend,
    /// Uhr, o'clock, heures, horas
    Clock,
    /// German "lang" (drei Tage lang)
    Long,
    /// for, während, pendant, durante
    During,
    /// since, seit, depuis, desde
    Since,
    /// next day as one word: lendemain, Folgetag
    NextDay,
    /// day before as one word: veille, Vortag, víspera
    DayBefore,
    /// surlendemain
    TwoDaysAfter,
    /// GMT, UTC
    Zone,
    /// "earlier" in "earlier this month"
    Earlier,
    /// "later" as in "later this month" shares [`Kw::Later`]
    /// "same"/"selben"/"même"/"mismo"
    Same,
    /// following / folgenden / suivant / siguiente
    Following,
    /// previous / vorigen / précédent / anterior
    Previous,
    /// "day" as a bare noun in phrases (Tag, jour, día) — units cover it
    /// year word for "im Jahr 2020" is a unit too.
    Half,
}

/// The role of a word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Lex {
    None,
    /// Month number and whether the word is an abbreviation.
    Month(u8, bool),
    /// Weekday 1 = Monday … 7 = Sunday.
    Weekday(u8),
    /// A German compound like "Dienstagabend".
    WeekdayPod(u8, Pod),
    /// An adverb like "dienstags": every Tuesday.
    WeekdaySet(u8),
    /// A unit (singular or plural).
    Unit(Unit),
    /// A number word.
    Num(u16),
    /// An ordinal word (first, erste, premier, primer).
    Ord(u8),
    Rel(Rel),
    Pod(Pod),
    Part(Part),
    Season(Season),
    Kw(Kw),
    /// "daily", "täglich": a set with this unit.
    SetAdv(Unit),
}

const DE: &[(&str, Lex)] = &[
    ("januar", Lex::Month(1, false)),
    ("jänner", Lex::Month(1, false)),
    ("jan", Lex::Month(1, true)),
    ("februar", Lex::Month(2, false)),
    ("feber", Lex::Month(2, false)),
    ("feb", Lex::Month(2, true)),
    ("febr", Lex::Month(2, true)),
    ("märz", Lex::Month(3, false)),
    ("maerz", Lex::Month(3, false)),
    ("marz", Lex::Month(3, false)),
    ("mrz", Lex::Month(3, true)),
    ("april", Lex::Month(4, false)),
    ("apr", Lex::Month(4, true)),
    ("mai", Lex::Month(5, false)),
    ("juni", Lex::Month(6, false)),
    ("jun", Lex::Month(6, true)),
    ("juli", Lex::Month(7, false)),
    ("jul", Lex::Month(7, true)),
    ("august", Lex::Month(8, false)),
    ("aug", Lex::Month(8, true)),
    ("september", Lex::Month(9, false)),
    ("sep", Lex::Month(9, true)),
    ("sept", Lex::Month(9, true)),
    ("oktober", Lex::Month(10, false)),
    ("okt", Lex::Month(10, true)),
    ("november", Lex::Month(11, false)),
    ("nov", Lex::Month(11, true)),
    ("dezember", Lex::Month(12, false)),
    ("dez", Lex::Month(12, true)),
    ("montag", Lex::Weekday(1)),
    ("dienstag", Lex::Weekday(2)),
    ("mittwoch", Lex::Weekday(3)),
    ("donnerstag", Lex::Weekday(4)),
    ("freitag", Lex::Weekday(5)),
    ("samstag", Lex::Weekday(6)),
    ("sonnabend", Lex::Weekday(6)),
    ("sonntag", Lex::Weekday(7)),
    ("montags", Lex::WeekdaySet(1)),
    ("dienstags", Lex::WeekdaySet(2)),
    ("mittwochs", Lex::WeekdaySet(3)),
    ("donnerstags", Lex::WeekdaySet(4)),
    ("freitags", Lex::WeekdaySet(5)),
    ("samstags", Lex::WeekdaySet(6)),
    ("sonntags", Lex::WeekdaySet(7)),
    ("minute", Lex::Unit(Unit::Minute)),
    ("minuten", Lex::Unit(Unit::Minute)),
    ("stunde", Lex::Unit(Unit::Hour)),
    ("stunden", Lex::Unit(Unit::Hour)),
    ("tag", Lex::Unit(Unit::Day)),
    ("tage", Lex::Unit(Unit::Day)),
    ("tagen", Lex::Unit(Unit::Day)),
    ("tages", Lex::Unit(Unit::Day)),
    ("woche", Lex::Unit(Unit::Week)),
    ("wochen", Lex::Unit(Unit::Week)),
    ("monat", Lex::Unit(Unit::Month)),
    ("monate", Lex::Unit(Unit::Month)),
    ("monaten", Lex::Unit(Unit::Month)),
    ("monats", Lex::Unit(Unit::Month)),
    ("jahr", Lex::Unit(Unit::Year)),
    ("jahre", Lex::Unit(Unit::Year)),
    ("jahren", Lex::Unit(Unit::Year)),
    ("jahres", Lex::Unit(Unit::Year)),
    ("jahrs", Lex::Unit(Unit::Year)),
    ("jahrzehnt", Lex::Unit(Unit::Decade)),
    ("jahrzehnte", Lex::Unit(Unit::Decade)),
    ("jahrzehnten", Lex::Unit(Unit::Decade)),
    ("jahrzehnts", Lex::Unit(Unit::Decade)),
    ("ein", Lex::Num(1)),
    ("eine", Lex::Num(1)),
    ("einem", Lex::Num(1)),
    ("einer", Lex::Num(1)),
    ("eines", Lex::Num(1)),
    ("einen", Lex::Num(1)),
    ("zwei", Lex::Num(2)),
    ("drei", Lex::Num(3)),
    ("vier", Lex::Num(4)),
    ("fünf", Lex::Num(5)),
    ("sechs", Lex::Num(6)),
    ("sieben", Lex::Num(7)),
    ("acht", Lex::Num(8)),
    ("neun", Lex::Num(9)),
    ("zehn", Lex::Num(10)),
    ("elf", Lex::Num(11)),
    ("zwölf", Lex::Num(12)),
    ("dreizehn", Lex::Num(13)),
    ("vierzehn", Lex::Num(14)),
    ("fünfzehn", Lex::Num(15)),
    ("sechzehn", Lex::Num(16)),
    ("siebzehn", Lex::Num(17)),
    ("achtzehn", Lex::Num(18)),
    ("neunzehn", Lex::Num(19)),
    ("zwanzig", Lex::Num(20)),
    ("dreißig", Lex::Num(30)),
    ("vierzig", Lex::Num(40)),
    ("fünfzig", Lex::Num(50)),
    ("sechzig", Lex::Num(60)),
    ("hundert", Lex::Num(100)),
    ("zweier", Lex::Num(2)),
    ("dreier", Lex::Num(3)),
    ("mehrere", Lex::Num(0)),
    ("mehreren", Lex::Num(0)),
    ("einige", Lex::Num(0)),
    ("einigen", Lex::Num(0)),
    ("wenige", Lex::Num(0)),
    ("wenigen", Lex::Num(0)),
    ("paar", Lex::Num(0)),
    ("ersten", Lex::Ord(1)),
    ("erste", Lex::Ord(1)),
    ("erstes", Lex::Ord(1)),
    ("zweiten", Lex::Ord(2)),
    ("zweite", Lex::Ord(2)),
    ("dritten", Lex::Ord(3)),
    ("dritte", Lex::Ord(3)),
    ("vierten", Lex::Ord(4)),
    ("vierte", Lex::Ord(4)),
    ("heute", Lex::Rel(Rel::Today)),
    ("gestern", Lex::Rel(Rel::Yesterday)),
    ("vorgestern", Lex::Rel(Rel::DayBeforeYesterday)),
    ("morgen", Lex::Rel(Rel::Tomorrow)),
    ("übermorgen", Lex::Rel(Rel::DayAfterTomorrow)),
    ("morgens", Lex::Pod(Pod::Morning)),
    ("vormittag", Lex::Pod(Pod::Morning)),
    ("mittag", Lex::Pod(Pod::Afternoon)),
    ("nachmittag", Lex::Pod(Pod::Afternoon)),
    ("abend", Lex::Pod(Pod::Evening)),
    ("abends", Lex::Pod(Pod::Evening)),
    ("nacht", Lex::Pod(Pod::Night)),
    ("früh", Lex::Pod(Pod::Morning)),
    ("anfang", Lex::Part(Part::Early)),
    ("mitte", Lex::Part(Part::Mid)),
    ("ende", Lex::Part(Part::Late)),
    ("frühjahr", Lex::Season(Season::Spring)),
    ("frühling", Lex::Season(Season::Spring)),
    ("sommer", Lex::Season(Season::Summer)),
    ("herbst", Lex::Season(Season::Autumn)),
    ("winter", Lex::Season(Season::Winter)),
    ("vergangene", Lex::Kw(Kw::Last)),
    ("vergangenen", Lex::Kw(Kw::Last)),
    ("vergangener", Lex::Kw(Kw::Last)),
    ("vergangenes", Lex::Kw(Kw::Last)),
    ("letzte", Lex::Kw(Kw::Last)),
    ("letzten", Lex::Kw(Kw::Last)),
    ("letzter", Lex::Kw(Kw::Last)),
    ("letztes", Lex::Kw(Kw::Last)),
    ("vorige", Lex::Kw(Kw::Last)),
    ("vorigen", Lex::Kw(Kw::Last)),
    ("voriges", Lex::Kw(Kw::Last)),
    ("vorigem", Lex::Kw(Kw::Last)),
    ("nächste", Lex::Kw(Kw::Next)),
    ("nächsten", Lex::Kw(Kw::Next)),
    ("nächster", Lex::Kw(Kw::Next)),
    ("nächstes", Lex::Kw(Kw::Next)),
    ("kommende", Lex::Kw(Kw::Next)),
    ("kommenden", Lex::Kw(Kw::Next)),
    ("kommender", Lex::Kw(Kw::Next)),
    ("kommendes", Lex::Kw(Kw::Next)),
    ("diese", Lex::Kw(Kw::This)),
    ("diesen", Lex::Kw(Kw::This)),
    ("dieser", Lex::Kw(Kw::This)),
    ("dieses", Lex::Kw(Kw::This)),
    ("diesem", Lex::Kw(Kw::This)),
    ("laufenden", Lex::Kw(Kw::This)),
    ("später", Lex::Kw(Kw::Later)),
    ("danach", Lex::Kw(Kw::Later)),
    ("darauf", Lex::Kw(Kw::Later)),
    ("zuvor", Lex::Kw(Kw::Before)),
    ("vorher", Lex::Kw(Kw::Before)),
    ("davor", Lex::Kw(Kw::Before)),
    ("früher", Lex::Kw(Kw::Before)),
    ("jeden", Lex::Kw(Kw::Every)),
    ("jede", Lex::Kw(Kw::Every)),
    ("jedes", Lex::Kw(Kw::Every)),
    ("jedem", Lex::Kw(Kw::Every)),
    ("quartal", Lex::Kw(Kw::Quarter)),
    ("quartals", Lex::Kw(Kw::Quarter)),
    ("jahrhundert", Lex::Kw(Kw::Century)),
    ("jahrhunderts", Lex::Kw(Kw::Century)),
    ("wochenende", Lex::Kw(Kw::Weekend)),
    ("wochenendes", Lex::Kw(Kw::Weekend)),
    ("uhr", Lex::Kw(Kw::Clock)),
    ("lang", Lex::Kw(Kw::Long)),
    ("während", Lex::Kw(Kw::During)),
    ("seit", Lex::Kw(Kw::Since)),
    ("vortag", Lex::Kw(Kw::DayBefore)),
    ("vortages", Lex::Kw(Kw::DayBefore)),
    ("folgetag", Lex::Kw(Kw::NextDay)),
    ("gmt", Lex::Kw(Kw::Zone)),
    ("utc", Lex::Kw(Kw::Zone)),
    ("mez", Lex::Kw(Kw::Zone)),
    ("selben", Lex::Kw(Kw::Same)),
    ("gleichen", Lex::Kw(Kw::Same)),
    ("demselben", Lex::Kw(Kw::Same)),
    ("folgenden", Lex::Kw(Kw::Following)),
    ("darauffolgenden", Lex::Kw(Kw::Following)),
    ("halbes", Lex::Kw(Kw::Half)),
    ("halben", Lex::Kw(Kw::Half)),
    ("täglich", Lex::SetAdv(Unit::Day)),
    ("tägliche", Lex::SetAdv(Unit::Day)),
    ("täglichen", Lex::SetAdv(Unit::Day)),
    ("wöchentlich", Lex::SetAdv(Unit::Week)),
    ("wöchentliches", Lex::SetAdv(Unit::Week)),
    ("wöchentlicher", Lex::SetAdv(Unit::Week)),
    ("wöchentlichem", Lex::SetAdv(Unit::Week)),
    ("wöchentliche", Lex::SetAdv(Unit::Week)),
    ("wöchentlichen", Lex::SetAdv(Unit::Week)),
    ("monatlich", Lex::SetAdv(Unit::Month)),
    ("monatliche", Lex::SetAdv(Unit::Month)),
    ("monatlichen", Lex::SetAdv(Unit::Month)),
    ("jährlich", Lex::SetAdv(Unit::Year)),
    ("jährliche", Lex::SetAdv(Unit::Year)),
    ("jährlichen", Lex::SetAdv(Unit::Year)),
    ("stündlich", Lex::SetAdv(Unit::Hour)),
];

const EN: &[(&str, Lex)] = &[
    ("january", Lex::Month(1, false)),
    ("jan", Lex::Month(1, true)),
    ("february", Lex::Month(2, false)),
    ("feb", Lex::Month(2, true)),
    ("march", Lex::Month(3, false)),
    ("mar", Lex::Month(3, true)),
    ("april", Lex::Month(4, false)),
    ("apr", Lex::Month(4, true)),
    ("may", Lex::Month(5, false)),
    ("june", Lex::Month(6, false)),
    ("jun", Lex::Month(6, true)),
    ("july", Lex::Month(7, false)),
    ("jul", Lex::Month(7, true)),
    ("august", Lex::Month(8, false)),
    ("aug", Lex::Month(8, true)),
    ("september", Lex::Month(9, false)),
    ("sep", Lex::Month(9, true)),
    ("sept", Lex::Month(9, true)),
    ("october", Lex::Month(10, false)),
    ("oct", Lex::Month(10, true)),
    ("november", Lex::Month(11, false)),
    ("nov", Lex::Month(11, true)),
    ("december", Lex::Month(12, false)),
    ("dec", Lex::Month(12, true)),
    ("monday", Lex::Weekday(1)),
    ("tuesday", Lex::Weekday(2)),
    ("wednesday", Lex::Weekday(3)),
    ("thursday", Lex::Weekday(4)),
    ("friday", Lex::Weekday(5)),
    ("saturday", Lex::Weekday(6)),
    ("sunday", Lex::Weekday(7)),
    ("mondays", Lex::WeekdaySet(1)),
    ("tuesdays", Lex::WeekdaySet(2)),
    ("wednesdays", Lex::WeekdaySet(3)),
    ("thursdays", Lex::WeekdaySet(4)),
    ("fridays", Lex::WeekdaySet(5)),
    ("saturdays", Lex::WeekdaySet(6)),
    ("sundays", Lex::WeekdaySet(7)),
    ("minute", Lex::Unit(Unit::Minute)),
    ("minutes", Lex::Unit(Unit::Minute)),
    ("hour", Lex::Unit(Unit::Hour)),
    ("hours", Lex::Unit(Unit::Hour)),
    ("day", Lex::Unit(Unit::Day)),
    ("days", Lex::Unit(Unit::Day)),
    ("week", Lex::Unit(Unit::Week)),
    ("weeks", Lex::Unit(Unit::Week)),
    ("month", Lex::Unit(Unit::Month)),
    ("months", Lex::Unit(Unit::Month)),
    ("year", Lex::Unit(Unit::Year)),
    ("years", Lex::Unit(Unit::Year)),
    ("decade", Lex::Unit(Unit::Decade)),
    ("decades", Lex::Unit(Unit::Decade)),
    ("a", Lex::Num(1)),
    ("an", Lex::Num(1)),
    ("one", Lex::Num(1)),
    ("two", Lex::Num(2)),
    ("three", Lex::Num(3)),
    ("four", Lex::Num(4)),
    ("five", Lex::Num(5)),
    ("six", Lex::Num(6)),
    ("seven", Lex::Num(7)),
    ("eight", Lex::Num(8)),
    ("nine", Lex::Num(9)),
    ("ten", Lex::Num(10)),
    ("eleven", Lex::Num(11)),
    ("twelve", Lex::Num(12)),
    ("thirteen", Lex::Num(13)),
    ("fourteen", Lex::Num(14)),
    ("fifteen", Lex::Num(15)),
    ("sixteen", Lex::Num(16)),
    ("seventeen", Lex::Num(17)),
    ("eighteen", Lex::Num(18)),
    ("nineteen", Lex::Num(19)),
    ("twenty", Lex::Num(20)),
    ("thirty", Lex::Num(30)),
    ("forty", Lex::Num(40)),
    ("fifty", Lex::Num(50)),
    ("sixty", Lex::Num(60)),
    ("ninety", Lex::Num(90)),
    ("hundred", Lex::Num(100)),
    ("several", Lex::Num(0)),
    ("few", Lex::Num(0)),
    ("couple", Lex::Num(2)),
    ("first", Lex::Ord(1)),
    ("second", Lex::Ord(2)),
    ("third", Lex::Ord(3)),
    ("fourth", Lex::Ord(4)),
    ("today", Lex::Rel(Rel::Today)),
    ("yesterday", Lex::Rel(Rel::Yesterday)),
    ("tomorrow", Lex::Rel(Rel::Tomorrow)),
    ("tonight", Lex::Rel(Rel::Tonight)),
    ("morning", Lex::Pod(Pod::Morning)),
    ("afternoon", Lex::Pod(Pod::Afternoon)),
    ("evening", Lex::Pod(Pod::Evening)),
    ("night", Lex::Pod(Pod::Night)),
    ("overnight", Lex::Pod(Pod::Night)),
    ("early", Lex::Part(Part::Early)),
    ("mid", Lex::Part(Part::Mid)),
    ("late", Lex::Part(Part::Late)),
    ("spring", Lex::Season(Season::Spring)),
    ("summer", Lex::Season(Season::Summer)),
    ("autumn", Lex::Season(Season::Autumn)),
    ("fall", Lex::Season(Season::Autumn)),
    ("winter", Lex::Season(Season::Winter)),
    ("last", Lex::Kw(Kw::Last)),
    ("past", Lex::Kw(Kw::Last)),
    ("previous", Lex::Kw(Kw::Previous)),
    ("next", Lex::Kw(Kw::Next)),
    ("coming", Lex::Kw(Kw::Next)),
    ("this", Lex::Kw(Kw::This)),
    ("ago", Lex::Kw(Kw::Ago)),
    ("later", Lex::Kw(Kw::Later)),
    ("after", Lex::Kw(Kw::Later)),
    ("earlier", Lex::Kw(Kw::Earlier)),
    ("before", Lex::Kw(Kw::Before)),
    ("every", Lex::Kw(Kw::Every)),
    ("each", Lex::Kw(Kw::Every)),
    ("quarter", Lex::Kw(Kw::Quarter)),
    ("century", Lex::Kw(Kw::Century)),
    ("weekend", Lex::Kw(Kw::Weekend)),
    ("clock", Lex::Kw(Kw::Clock)),
    ("for", Lex::Kw(Kw::During)),
    ("during", Lex::Kw(Kw::During)),
    ("since", Lex::Kw(Kw::Since)),
    ("gmt", Lex::Kw(Kw::Zone)),
    ("utc", Lex::Kw(Kw::Zone)),
    ("same", Lex::Kw(Kw::Same)),
    ("following", Lex::Kw(Kw::Following)),
    ("half", Lex::Kw(Kw::Half)),
    ("daily", Lex::SetAdv(Unit::Day)),
    ("weekly", Lex::SetAdv(Unit::Week)),
    ("monthly", Lex::SetAdv(Unit::Month)),
    ("annually", Lex::SetAdv(Unit::Year)),
    ("yearly", Lex::SetAdv(Unit::Year)),
    ("hourly", Lex::SetAdv(Unit::Hour)),
    ("nightly", Lex::SetAdv(Unit::Day)),
];

const FR: &[(&str, Lex)] = &[
    ("janvier", Lex::Month(1, false)),
    ("janv", Lex::Month(1, true)),
    ("février", Lex::Month(2, false)),
    ("fevrier", Lex::Month(2, false)),
    ("févr", Lex::Month(2, true)),
    ("fév", Lex::Month(2, true)),
    ("mars", Lex::Month(3, false)),
    ("avril", Lex::Month(4, false)),
    ("avr", Lex::Month(4, true)),
    ("mai", Lex::Month(5, false)),
    ("juin", Lex::Month(6, false)),
    ("juillet", Lex::Month(7, false)),
    ("juil", Lex::Month(7, true)),
    ("août", Lex::Month(8, false)),
    ("aout", Lex::Month(8, false)),
    ("septembre", Lex::Month(9, false)),
    ("octobre", Lex::Month(10, false)),
    ("oct", Lex::Month(10, true)),
    ("novembre", Lex::Month(11, false)),
    ("nov", Lex::Month(11, true)),
    ("décembre", Lex::Month(12, false)),
    ("decembre", Lex::Month(12, false)),
    ("déc", Lex::Month(12, true)),
    ("lundi", Lex::Weekday(1)),
    ("mardi", Lex::Weekday(2)),
    ("mercredi", Lex::Weekday(3)),
    ("jeudi", Lex::Weekday(4)),
    ("vendredi", Lex::Weekday(5)),
    ("samedi", Lex::Weekday(6)),
    ("dimanche", Lex::Weekday(7)),
    ("lundis", Lex::WeekdaySet(1)),
    ("mardis", Lex::WeekdaySet(2)),
    ("mercredis", Lex::WeekdaySet(3)),
    ("jeudis", Lex::WeekdaySet(4)),
    ("vendredis", Lex::WeekdaySet(5)),
    ("samedis", Lex::WeekdaySet(6)),
    ("dimanches", Lex::WeekdaySet(7)),
    ("minute", Lex::Unit(Unit::Minute)),
    ("minutes", Lex::Unit(Unit::Minute)),
    ("heure", Lex::Unit(Unit::Hour)),
    ("heures", Lex::Unit(Unit::Hour)),
    ("jour", Lex::Unit(Unit::Day)),
    ("jours", Lex::Unit(Unit::Day)),
    ("journée", Lex::Unit(Unit::Day)),
    ("journées", Lex::Unit(Unit::Day)),
    ("semaine", Lex::Unit(Unit::Week)),
    ("semaines", Lex::Unit(Unit::Week)),
    ("mois", Lex::Unit(Unit::Month)),
    ("an", Lex::Unit(Unit::Year)),
    ("ans", Lex::Unit(Unit::Year)),
    ("année", Lex::Unit(Unit::Year)),
    ("années", Lex::Unit(Unit::Year)),
    ("annee", Lex::Unit(Unit::Year)),
    ("décennie", Lex::Unit(Unit::Decade)),
    ("décennies", Lex::Unit(Unit::Decade)),
    ("un", Lex::Num(1)),
    ("une", Lex::Num(1)),
    ("deux", Lex::Num(2)),
    ("trois", Lex::Num(3)),
    ("quatre", Lex::Num(4)),
    ("cinq", Lex::Num(5)),
    ("six", Lex::Num(6)),
    ("sept", Lex::Num(7)),
    ("huit", Lex::Num(8)),
    ("neuf", Lex::Num(9)),
    ("dix", Lex::Num(10)),
    ("onze", Lex::Num(11)),
    ("douze", Lex::Num(12)),
    ("treize", Lex::Num(13)),
    ("quatorze", Lex::Num(14)),
    ("quinze", Lex::Num(15)),
    ("seize", Lex::Num(16)),
    ("vingt", Lex::Num(20)),
    ("trente", Lex::Num(30)),
    ("quarante", Lex::Num(40)),
    ("cinquante", Lex::Num(50)),
    ("soixante", Lex::Num(60)),
    ("cent", Lex::Num(100)),
    ("plusieurs", Lex::Num(0)),
    ("quelques", Lex::Num(0)),
    ("premier", Lex::Ord(1)),
    ("première", Lex::Ord(1)),
    ("deuxième", Lex::Ord(2)),
    ("second", Lex::Ord(2)),
    ("seconde", Lex::Ord(2)),
    ("troisième", Lex::Ord(3)),
    ("quatrième", Lex::Ord(4)),
    ("hier", Lex::Rel(Rel::Yesterday)),
    ("demain", Lex::Rel(Rel::Tomorrow)),
    ("matin", Lex::Pod(Pod::Morning)),
    ("matinée", Lex::Pod(Pod::Morning)),
    ("après-midi", Lex::Pod(Pod::Afternoon)),
    ("soir", Lex::Pod(Pod::Evening)),
    ("soirée", Lex::Pod(Pod::Evening)),
    ("nuit", Lex::Pod(Pod::Night)),
    ("début", Lex::Part(Part::Early)),
    ("mi", Lex::Part(Part::Mid)),
    ("fin", Lex::Part(Part::Late)),
    ("printemps", Lex::Season(Season::Spring)),
    ("été", Lex::Season(Season::Summer)),
    ("automne", Lex::Season(Season::Autumn)),
    ("hiver", Lex::Season(Season::Winter)),
    ("dernier", Lex::Kw(Kw::Last)),
    ("dernière", Lex::Kw(Kw::Last)),
    ("derniers", Lex::Kw(Kw::Last)),
    ("dernières", Lex::Kw(Kw::Last)),
    ("passé", Lex::Kw(Kw::Last)),
    ("passée", Lex::Kw(Kw::Last)),
    ("prochain", Lex::Kw(Kw::Next)),
    ("prochaine", Lex::Kw(Kw::Next)),
    ("prochains", Lex::Kw(Kw::Next)),
    ("prochaines", Lex::Kw(Kw::Next)),
    ("ce", Lex::Kw(Kw::This)),
    ("cet", Lex::Kw(Kw::This)),
    ("cette", Lex::Kw(Kw::This)),
    ("tard", Lex::Kw(Kw::Later)),
    ("après", Lex::Kw(Kw::Later)),
    ("auparavant", Lex::Kw(Kw::Before)),
    ("avant", Lex::Kw(Kw::Before)),
    ("chaque", Lex::Kw(Kw::Every)),
    ("trimestre", Lex::Kw(Kw::Quarter)),
    ("siècle", Lex::Kw(Kw::Century)),
    ("week-end", Lex::Kw(Kw::Weekend)),
    ("weekend", Lex::Kw(Kw::Weekend)),
    ("pendant", Lex::Kw(Kw::During)),
    ("durant", Lex::Kw(Kw::During)),
    ("depuis", Lex::Kw(Kw::Since)),
    ("lendemain", Lex::Kw(Kw::NextDay)),
    ("veille", Lex::Kw(Kw::DayBefore)),
    ("surlendemain", Lex::Kw(Kw::TwoDaysAfter)),
    ("gmt", Lex::Kw(Kw::Zone)),
    ("utc", Lex::Kw(Kw::Zone)),
    ("même", Lex::Kw(Kw::Same)),
    ("suivant", Lex::Kw(Kw::Following)),
    ("suivante", Lex::Kw(Kw::Following)),
    ("précédent", Lex::Kw(Kw::Previous)),
    ("précédente", Lex::Kw(Kw::Previous)),
    ("demi", Lex::Kw(Kw::Half)),
    ("quotidiennement", Lex::SetAdv(Unit::Day)),
    ("hebdomadaire", Lex::SetAdv(Unit::Week)),
    ("hebdomadaires", Lex::SetAdv(Unit::Week)),
    ("mensuel", Lex::SetAdv(Unit::Month)),
    ("mensuelle", Lex::SetAdv(Unit::Month)),
    ("annuel", Lex::SetAdv(Unit::Year)),
    ("annuelle", Lex::SetAdv(Unit::Year)),
];

const ES: &[(&str, Lex)] = &[
    ("enero", Lex::Month(1, false)),
    ("ene", Lex::Month(1, true)),
    ("febrero", Lex::Month(2, false)),
    ("feb", Lex::Month(2, true)),
    ("marzo", Lex::Month(3, false)),
    ("mar", Lex::Month(3, true)),
    ("abril", Lex::Month(4, false)),
    ("abr", Lex::Month(4, true)),
    ("mayo", Lex::Month(5, false)),
    ("may", Lex::Month(5, true)),
    ("junio", Lex::Month(6, false)),
    ("jun", Lex::Month(6, true)),
    ("julio", Lex::Month(7, false)),
    ("jul", Lex::Month(7, true)),
    ("agosto", Lex::Month(8, false)),
    ("ago", Lex::Month(8, true)),
    ("septiembre", Lex::Month(9, false)),
    ("setiembre", Lex::Month(9, false)),
    ("sep", Lex::Month(9, true)),
    ("sept", Lex::Month(9, true)),
    ("octubre", Lex::Month(10, false)),
    ("oct", Lex::Month(10, true)),
    ("noviembre", Lex::Month(11, false)),
    ("nov", Lex::Month(11, true)),
    ("diciembre", Lex::Month(12, false)),
    ("dic", Lex::Month(12, true)),
    ("lunes", Lex::Weekday(1)),
    ("martes", Lex::Weekday(2)),
    ("miércoles", Lex::Weekday(3)),
    ("miercoles", Lex::Weekday(3)),
    ("jueves", Lex::Weekday(4)),
    ("viernes", Lex::Weekday(5)),
    ("sábado", Lex::Weekday(6)),
    ("sabado", Lex::Weekday(6)),
    ("domingo", Lex::Weekday(7)),
    ("sábados", Lex::WeekdaySet(6)),
    ("sabados", Lex::WeekdaySet(6)),
    ("domingos", Lex::WeekdaySet(7)),
    ("minuto", Lex::Unit(Unit::Minute)),
    ("minutos", Lex::Unit(Unit::Minute)),
    ("hora", Lex::Unit(Unit::Hour)),
    ("horas", Lex::Unit(Unit::Hour)),
    ("día", Lex::Unit(Unit::Day)),
    ("días", Lex::Unit(Unit::Day)),
    ("dia", Lex::Unit(Unit::Day)),
    ("dias", Lex::Unit(Unit::Day)),
    ("jornada", Lex::Unit(Unit::Day)),
    ("jornadas", Lex::Unit(Unit::Day)),
    ("semana", Lex::Unit(Unit::Week)),
    ("semanas", Lex::Unit(Unit::Week)),
    ("mes", Lex::Unit(Unit::Month)),
    ("meses", Lex::Unit(Unit::Month)),
    ("año", Lex::Unit(Unit::Year)),
    ("años", Lex::Unit(Unit::Year)),
    ("ano", Lex::Unit(Unit::Year)),
    ("década", Lex::Unit(Unit::Decade)),
    ("décadas", Lex::Unit(Unit::Decade)),
    ("un", Lex::Num(1)),
    ("una", Lex::Num(1)),
    ("uno", Lex::Num(1)),
    ("dos", Lex::Num(2)),
    ("tres", Lex::Num(3)),
    ("cuatro", Lex::Num(4)),
    ("cinco", Lex::Num(5)),
    ("seis", Lex::Num(6)),
    ("siete", Lex::Num(7)),
    ("ocho", Lex::Num(8)),
    ("nueve", Lex::Num(9)),
    ("diez", Lex::Num(10)),
    ("once", Lex::Num(11)),
    ("doce", Lex::Num(12)),
    ("trece", Lex::Num(13)),
    ("catorce", Lex::Num(14)),
    ("quince", Lex::Num(15)),
    ("veinte", Lex::Num(20)),
    ("treinta", Lex::Num(30)),
    ("cuarenta", Lex::Num(40)),
    ("cincuenta", Lex::Num(50)),
    ("sesenta", Lex::Num(60)),
    ("cien", Lex::Num(100)),
    ("varios", Lex::Num(0)),
    ("varias", Lex::Num(0)),
    ("unos", Lex::Num(0)),
    ("unas", Lex::Num(0)),
    ("primer", Lex::Ord(1)),
    ("primero", Lex::Ord(1)),
    ("primera", Lex::Ord(1)),
    ("segundo", Lex::Ord(2)),
    ("segunda", Lex::Ord(2)),
    ("tercer", Lex::Ord(3)),
    ("tercero", Lex::Ord(3)),
    ("tercera", Lex::Ord(3)),
    ("cuarto", Lex::Ord(4)),
    ("cuarta", Lex::Ord(4)),
    ("hoy", Lex::Rel(Rel::Today)),
    ("ayer", Lex::Rel(Rel::Yesterday)),
    ("anteayer", Lex::Rel(Rel::DayBeforeYesterday)),
    ("antier", Lex::Rel(Rel::DayBeforeYesterday)),
    ("anteanoche", Lex::Rel(Rel::DayBeforeYesterday)),
    ("mañana", Lex::Rel(Rel::Tomorrow)),
    ("anoche", Lex::Rel(Rel::LastNight)),
    ("tarde", Lex::Pod(Pod::Afternoon)),
    ("noche", Lex::Pod(Pod::Night)),
    ("madrugada", Lex::Pod(Pod::Night)),
    ("principios", Lex::Part(Part::Early)),
    ("comienzos", Lex::Part(Part::Early)),
    ("inicios", Lex::Part(Part::Early)),
    ("mediados", Lex::Part(Part::Mid)),
    ("finales", Lex::Part(Part::Late)),
    ("fines", Lex::Part(Part::Late)),
    ("primavera", Lex::Season(Season::Spring)),
    ("verano", Lex::Season(Season::Summer)),
    ("otoño", Lex::Season(Season::Autumn)),
    ("invierno", Lex::Season(Season::Winter)),
    ("pasado", Lex::Kw(Kw::Last)),
    ("pasada", Lex::Kw(Kw::Last)),
    ("pasados", Lex::Kw(Kw::Last)),
    ("pasadas", Lex::Kw(Kw::Last)),
    ("último", Lex::Kw(Kw::Last)),
    ("última", Lex::Kw(Kw::Last)),
    ("últimos", Lex::Kw(Kw::Last)),
    ("últimas", Lex::Kw(Kw::Last)),
    ("próximo", Lex::Kw(Kw::Next)),
    ("próxima", Lex::Kw(Kw::Next)),
    ("próximos", Lex::Kw(Kw::Next)),
    ("próximas", Lex::Kw(Kw::Next)),
    ("proximo", Lex::Kw(Kw::Next)),
    ("proxima", Lex::Kw(Kw::Next)),
    ("entrante", Lex::Kw(Kw::Next)),
    ("este", Lex::Kw(Kw::This)),
    ("esta", Lex::Kw(Kw::This)),
    ("después", Lex::Kw(Kw::Later)),
    ("despues", Lex::Kw(Kw::Later)),
    ("antes", Lex::Kw(Kw::Before)),
    ("cada", Lex::Kw(Kw::Every)),
    ("trimestre", Lex::Kw(Kw::Quarter)),
    ("siglo", Lex::Kw(Kw::Century)),
    ("durante", Lex::Kw(Kw::During)),
    ("desde", Lex::Kw(Kw::Since)),
    ("víspera", Lex::Kw(Kw::DayBefore)),
    ("gmt", Lex::Kw(Kw::Zone)),
    ("utc", Lex::Kw(Kw::Zone)),
    ("mismo", Lex::Kw(Kw::Same)),
    ("misma", Lex::Kw(Kw::Same)),
    ("siguiente", Lex::Kw(Kw::Following)),
    ("anterior", Lex::Kw(Kw::Previous)),
    ("medio", Lex::Kw(Kw::Half)),
    ("diariamente", Lex::SetAdv(Unit::Day)),
    ("semanalmente", Lex::SetAdv(Unit::Week)),
    ("mensualmente", Lex::SetAdv(Unit::Month)),
    ("anualmente", Lex::SetAdv(Unit::Year)),
    ("semanal", Lex::SetAdv(Unit::Week)),
    ("mensual", Lex::SetAdv(Unit::Month)),
];

type Map = crate::hash::FxMap<&'static str, Lex>;

fn table(lang: Lang) -> &'static [(&'static str, Lex)] {
    match lang {
        Lang::De => DE,
        Lang::En => EN,
        Lang::Fr => FR,
        Lang::Es => ES,
    }
}

/// A bit per class of word (length, first and last byte) that some word of
/// a list is in. Most words of a text are in no such class: testing the
/// class first spares them the hash and the probe of a map.
pub(crate) struct Classes(Box<[u64; 1024]>);

impl Classes {
    /// The classes of `words` (lowercased).
    pub(crate) fn of<'w>(words: impl Iterator<Item = &'w str>) -> Classes {
        let mut bits = Box::new([0u64; 1024]);
        for w in words {
            let c = Self::class(w.as_bytes());
            bits[c >> 6] |= 1 << (c & 63);
        }
        Classes(bits)
    }

    /// Whether `w` may be one of the words (false: it is none of them).
    #[inline]
    pub(crate) fn may_hold(&self, w: &str) -> bool {
        let c = Self::class(w.as_bytes());
        self.0[c >> 6] & (1 << (c & 63)) != 0
    }

    /// 16 bits of the length, the first and the last byte.
    #[inline]
    fn class(w: &[u8]) -> usize {
        let (Some(&f), Some(&l)) = (w.first(), w.last()) else {
            return 0;
        };
        (w.len().min(31) << 11) | ((f as usize & 0x3f) << 5) | (l as usize & 0x1f)
    }
}

/// One language's words and their classes.
struct Words {
    map: Map,
    classes: Classes,
}

fn words() -> &'static [Words; 4] {
    static WORDS: OnceLock<[Words; 4]> = OnceLock::new();
    WORDS.get_or_init(|| {
        Lang::ALL.map(|l| {
            let mut map = Map::default();
            for (k, v) in table(l) {
                map.entry(*k).or_insert(*v);
            }
            let classes = Classes::of(table(l).iter().map(|(k, _)| *k));
            Words { map, classes }
        })
    })
}

/// The role of a lowercased word in `lang`.
pub(crate) fn lookup(lang: Lang, lower: &str) -> Lex {
    if lower.is_empty() || lower.len() > 24 {
        return Lex::None;
    }
    let idx = match lang {
        Lang::De => 0,
        Lang::En => 1,
        Lang::Fr => 2,
        Lang::Es => 3,
    };
    let w = &words()[idx];
    if !w.classes.may_hold(lower) {
        return Lex::None;
    }
    w.map.get(lower).copied().unwrap_or(Lex::None)
}

/// German weekday compounds: "dienstagabend" → (2, Evening).
pub(crate) fn de_weekday_compound(lower: &str) -> Option<(u8, Pod)> {
    const DAYS: [(&str, u8); 8] = [
        ("montag", 1),
        ("dienstag", 2),
        ("mittwoch", 3),
        ("donnerstag", 4),
        ("freitag", 5),
        ("samstag", 6),
        ("sonnabend", 6),
        ("sonntag", 7),
    ];
    const PODS: [(&str, Pod); 8] = [
        ("morgen", Pod::Morning),
        ("früh", Pod::Morning),
        ("vormittag", Pod::Morning),
        ("mittag", Pod::Afternoon),
        ("nachmittag", Pod::Afternoon),
        ("abend", Pod::Evening),
        ("nacht", Pod::Night),
        ("abends", Pod::Evening),
    ];
    for (d, n) in DAYS {
        if let Some(rest) = lower.strip_prefix(d) {
            for (p, pod) in PODS {
                if rest == p {
                    return Some((n, pod));
                }
            }
        }
    }
    None
}

/// English and German month names for explanations.
pub(crate) const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// English weekday names for explanations (1 = Monday).
pub const WEEKDAY_NAMES: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

#[cfg(test)]
mod tests {
    use super::*;

    /// The class filter never rules out a word of the lexicon, and rules
    /// out most other words.
    #[test]
    fn classes_hold_every_word() {
        for l in Lang::ALL {
            for (w, lex) in table(l) {
                assert_eq!(lookup(l, w), words()[l as usize].map[w], "{l:?} {w}");
                assert_ne!(*lex, Lex::None);
            }
        }
        let c = Classes::of(["montag", "mai"].into_iter());
        assert!(c.may_hold("montag") && c.may_hold("mai"));
        let others = ["haus", "regierung", "rebellen", "angriff", "x", ""];
        assert!(others.iter().all(|w| !c.may_hold(w)));
    }
}
