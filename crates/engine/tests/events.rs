//! Events and relations: table-driven cases with names, in four languages.
//!
//! Each case is a short dispatch (with its document date), and a list of
//! checks on the analysis: an event of a type (with its date, roles,
//! place, flags), a figure, a relation. Actors are named by any of their
//! spellings (name, alias or mention text, case-insensitive), so the cases
//! do not depend on the actor layer's choice of display name.
//!
//! Groups: `trig_*` (trigger lexicon: inflection, separable verbs,
//! compounds, conjugations), `role_*` (argument roles: passives,
//! verb-final and verb-second clauses, relative clauses, supporters,
//! pronoun and missing subjects), `neg_*`, `rep_*` (reported speech),
//! `fig_*`, `rel_*`, `place_*`, `merge_*`.
//!
//! Then invariants on every analysis (evidence spans in bounds, on char
//! boundaries and equal to the text; actors of events and relations
//! exist), on the corpus and on generated text.

use std::collections::HashSet;

use atlas_engine::model::{Analysis, Event};
use atlas_engine::{analyze, parse_date, Input, Lang};

/// What a case expects.
#[derive(Debug)]
enum Check {
    /// An event of this type on this date ("" = any date, "null" = none)
    /// with these (role, actor) pairs.
    Event(
        &'static str,
        &'static str,
        &'static [(&'static str, &'static str)],
    ),
    /// No event of this type.
    NoEvent(&'static str),
    /// No event of this type on this date.
    NoEventOn(&'static str, &'static str),
    /// No event of this type where this actor has this role.
    NoRole(&'static str, &'static str, &'static str),
    /// No event of this type on this date where this actor has this role.
    NoRoleOn(&'static str, &'static str, &'static str, &'static str),
    /// An event of this type whose label is this.
    Label(&'static str, &'static str),
    /// No event of this type whose label is this.
    NoLabel(&'static str, &'static str),
    /// An event of this type whose place is this.
    Place(&'static str, &'static str),
    /// No event of this type has a place.
    NoPlace(&'static str),
    /// An event of this type that is negated (true) or not (false).
    Negated(&'static str, bool),
    /// An event of this type that is reported (true) or not (false).
    Reported(&'static str, bool),
    /// A figure: what, value, qualifier ("" = none).
    Figure(&'static str, u64, &'static str),
    /// No figure of this value.
    NoFigure(u64),
    /// A relation between two actors, of a type.
    Relation(&'static str, &'static str, &'static str),
    /// No relation of this type between the two actors.
    NoRelation(&'static str, &'static str, &'static str),
}

use Check::*;

struct Case {
    name: &'static str,
    lang: &'static str,
    dct: &'static str,
    text: &'static str,
    checks: &'static [Check],
}

const CASES: &[Case] = &[
    // ------------------------------------------------------------ triggers
    Case { name: "trig_de_griff_an", lang: "de", dct: "2024-11-27", text: "Israel griff am Montag Stellungen der Hisbollah im Süden des Libanon an.", checks: &[Event("ASSAULT", "2024-11-25", &[("source", "Israel"), ("target", "Hisbollah")])] },
    // dying in an attack, a blast or a mine is an attack on whoever died (no agent given); dying alone is no event
    Case { name: "trig_en_died_in_a_blast", lang: "en", dct: "2025-03-07", text: "Two Mexican soldiers died on Thursday when a landmine exploded.", checks: &[Event("ASSAULT", "2025-03-06", &[("target", "Mexican soldiers")]), Label("ASSAULT", "died"), NoRole("ASSAULT", "Mexican soldiers", "source")] },
    Case { name: "trig_es_murieron_mina", lang: "es", dct: "2025-03-07", text: "Dos militares mexicanos murieron el jueves al estallar una mina.", checks: &[Event("ASSAULT", "2025-03-06", &[("target", "militares mexicanos")])] },
    Case { name: "trig_de_ums_leben_angriff", lang: "de", dct: "2025-02-03", text: "Bei dem Angriff kamen am Sonntag sieben somalische Soldaten ums Leben.", checks: &[Event("ASSAULT", "2025-02-02", &[("target", "somalische Soldaten")])] },
    Case { name: "trig_en_died_alone_is_no_event", lang: "en", dct: "2025-04-22", text: "Pope Francis died on Monday at the age of 88, the Vatican said.", checks: &[NoEvent("ASSAULT")] },
    // an attack that "cost the lives" of people, in four languages (round 7); only with a date
    Case { name: "trig_fr_coute_la_vie", lang: "fr", dct: "2025-06-05", text: "Les jihadistes du JNIM ont coûté la vie à huit soldats togolais le 11 mai 2022.", checks: &[Event("ASSAULT", "2022-05-11", &[("source", "JNIM")]), Label("ASSAULT", "killed")] },
    Case { name: "trig_es_costo_la_vida", lang: "es", dct: "2025-03-12", text: "El atentado costó la vida a dos soldados chilenos el pasado lunes.", checks: &[Event("ASSAULT", "2025-03-10", &[("target", "soldados chilenos")])] },
    Case { name: "trig_en_claimed_the_lives", lang: "en", dct: "2025-04-28", text: "A car bomb claimed the lives of three Thai soldiers on Sunday.", checks: &[Event("ASSAULT", "2025-04-27", &[("target", "Thai soldiers")])] },
    Case { name: "trig_de_kostete_das_leben", lang: "de", dct: "2025-05-22", text: "Der Anschlag kostete am Mittwoch zwölf indischen Polizisten das Leben.", checks: &[Event("ASSAULT", "2025-05-21", &[])] },
    Case { name: "trig_fr_coute_la_vie_undated_is_no_event", lang: "fr", dct: "2025-06-05", text: "La guerre a coûté la vie à des milliers de civils.", checks: &[NoEvent("ASSAULT")] },
    // "unter den Toten" are the dead, no "töten" (round 7)
    Case { name: "neg_de_unter_den_toten", lang: "de", dct: "2025-05-22", text: "Unter den Toten sei auch Nambala Keshava Rao, der Generalsekretär der Kommunistischen Partei Indiens (Maoisten), teilte die Polizei am Donnerstag mit.", checks: &[NoEvent("ASSAULT")] },
    // taking hostages and abducting, in four languages; troops sent
    Case { name: "trig_en_taken_hostage", lang: "en", dct: "2023-02-08", text: "Separatist rebels have taken a New Zealand pilot hostage in Papua, police said on Wednesday.", checks: &[Event("ASSAULT", "", &[("source", "rebels")]), Label("ASSAULT", "took hostage")] },
    Case { name: "trig_en_taken_without_hostage_is_no_hostage", lang: "en", dct: "2023-02-08", text: "The rebels have taken a decision on Wednesday.", checks: &[NoLabel("ASSAULT", "took hostage")] },
    Case { name: "trig_de_entfuehrt", lang: "de", dct: "2025-02-03", text: "Die Rebellen haben am Sonntag einen Piloten entführt.", checks: &[Event("ASSAULT", "2025-02-02", &[("source", "Rebellen")]), Label("ASSAULT", "abducted")] },
    Case { name: "trig_fr_pris_en_otage", lang: "fr", dct: "2023-02-08", text: "Les rebelles ont pris en otage mardi un pilote néo-zélandais.", checks: &[Event("ASSAULT", "2023-02-07", &[("source", "rebelles")]), Label("ASSAULT", "abducted")] },
    Case { name: "trig_es_secuestraron", lang: "es", dct: "2023-02-08", text: "Los rebeldes secuestraron el martes a un piloto neozelandés.", checks: &[Event("ASSAULT", "2023-02-07", &[("source", "rebeldes")]), Label("ASSAULT", "abducted")] },
    Case { name: "trig_en_troops_were_sent", lang: "en", dct: "2023-02-08", text: "Indonesia's military chief said troops and police were sent to Nduga on Wednesday.", checks: &[Event("MOBILIZE", "2023-02-08", &[]), Label("MOBILIZE", "sent")] },
    // an ambush; the time right after the claim verb dates the claim, the one after the noun the ambush
    Case { name: "trig_fr_embuscade_claimed_the_day_after", lang: "fr", dct: "2024-07-29", text: "Le JNIM a revendiqué samedi une embuscade tendue la veille à la colonne de l'armée malienne.", checks: &[Event("ASSAULT", "2024-07-26", &[("source", "JNIM")]), Label("ASSAULT", "ambush"), NoEventOn("ASSAULT", "2024-07-27"), NoEvent("RETREAT")] },
    Case { name: "trig_fr_embuscade_claimed", lang: "fr", dct: "2024-07-29", text: "Le JNIM a revendiqué samedi une embuscade contre l'armée malienne.", checks: &[Event("ASSAULT", "2024-07-27", &[("source", "JNIM")])] },
    Case { name: "trig_es_emboscada", lang: "es", dct: "2023-09-05", text: "Sendero Luminoso emboscó el sábado a una patrulla del Ejército peruano en el VRAEM.", checks: &[Event("ASSAULT", "2023-09-02", &[]), Label("ASSAULT", "ambushed")] },
    Case { name: "trig_fr_coups_d_etat", lang: "fr", dct: "2024-07-29", text: "La junte malienne, arrivée au pouvoir par des coups d'Etat en 2020 et 2021, a poussé vers la sortie les troupes françaises.", checks: &[Event("COERCE", "2020", &[("source", "junte malienne")]), Event("COERCE", "2021", &[("source", "junte malienne")])] },
    // opening fire, in German, French and Spanish as in English
    Case { name: "trig_de_feuer_eroeffnet", lang: "de", dct: "2025-04-23", text: "Bewaffnete hatten am Dienstagnachmittag in Pahalgam das Feuer auf Touristen eröffnet.", checks: &[Event("ASSAULT", "2025-04-22", &[("source", "Bewaffnete")]), Label("ASSAULT", "opened fire")] },
    Case { name: "trig_fr_ouvert_le_feu", lang: "fr", dct: "2024-11-29", text: "L'armée israélienne a de nouveau ouvert le feu vendredi dans le sud du Liban.", checks: &[Event("ASSAULT", "2024-11-29", &[("source", "armée israélienne")])] },
    Case { name: "trig_es_abrieron_fuego", lang: "es", dct: "2025-10-14", text: "Hombres armados abrieron fuego el lunes contra una patrulla de la policía ecuatoriana.", checks: &[Event("ASSAULT", "2025-10-13", &[("source", "Hombres armados")])] },
    // a French sentence opening with "Des" ("some"): its noun is the subject, not a genitive
    Case { name: "role_fr_des_at_the_start_is_an_article", lang: "fr", dct: "2024-11-20", text: "Des rebelles ont attaqué lundi un poste de l'armée camerounaise à Bamenda.", checks: &[Event("ASSAULT", "2024-11-18", &[("source", "rebelles")]), NoRole("ASSAULT", "rebelles", "target")] },
    Case { name: "role_fr_des_after_a_reporter_is_an_article", lang: "fr", dct: "2024-11-20", text: "Selon la police camerounaise, des rebelles ont tué lundi trois civils à Bamenda.", checks: &[Event("ASSAULT", "2024-11-18", &[("source", "rebelles"), ("reporter", "police camerounaise")]), NoRole("ASSAULT", "rebelles", "target")] },
    Case { name: "role_fr_des_after_a_verb_is_still_the_object", lang: "fr", dct: "2024-11-20", text: "L'armée camerounaise a tué des rebelles lundi à Bamenda.", checks: &[Event("ASSAULT", "2024-11-18", &[("source", "armée camerounaise"), ("target", "rebelles")])] },
    Case { name: "trig_de_eroberten", lang: "de", dct: "2024-12-08", text: "Die Rebellen eroberten am Samstag die Stadt Homs.", checks: &[Event("ASSAULT", "2024-12-07", &[("source", "Rebellen")]), Label("ASSAULT", "captured")] },
    Case { name: "trig_de_erobert_participle", lang: "de", dct: "2024-12-08", text: "Die Rebellen haben am Samstag die Stadt Homs erobert.", checks: &[Event("ASSAULT", "2024-12-07", &[("source", "Rebellen")])] },
    Case { name: "trig_de_eroberte_zurueck", lang: "de", dct: "2024-12-04", text: "Die syrische Armee eroberte 2016 ganz Aleppo zurück.", checks: &[Event("ASSAULT", "2016", &[]), Label("ASSAULT", "recaptured")] },
    Case { name: "trig_de_zurueckerobert", lang: "de", dct: "2025-03-21", text: "Im Januar hatte die Armee die Stadt Wad Madani zurückerobert.", checks: &[Event("ASSAULT", "2025-01", &[]), Label("ASSAULT", "recaptured")] },
    Case { name: "trig_de_nahm_ein", lang: "de", dct: "2025-01-27", text: "Die M23 nahm am Montag die Stadt Goma ein.", checks: &[Event("ASSAULT", "2025-01-27", &[("source", "M23")]), Label("ASSAULT", "captured")] },
    Case { name: "trig_de_waffenruhe", lang: "de", dct: "2024-11-27", text: "Israel und die Hisbollah vereinbarten am Dienstag eine Waffenruhe.", checks: &[Event("AGREE", "2024-11-26", &[("source", "Israel")])] },
    Case { name: "trig_de_luftangriffe_compound", lang: "de", dct: "2024-07-08", text: "Bei Luftangriffen Russlands auf Kiew wurden am Montag mindestens 30 Menschen getötet.", checks: &[Event("ASSAULT", "2024-07-08", &[("source", "Russlands")]), Figure("killed", 30, "at least")] },
    // a decision taken is no place taken; a force taking over from its predecessor takes nothing
    Case { name: "trig_fr_decision_prise_no_capture", lang: "fr", dct: "2024-12-09", text: "Le Kremlin a indiqué lundi que cette décision avait été prise par Vladimir Poutine en personne.", checks: &[NoLabel("ASSAULT", "took")] },
    Case { name: "trig_en_take_over_from_no_capture", lang: "en", dct: "2024-12-28", text: "The U.N. Security Council has authorized a new African Union force to help Somalia, clearing the way for the mission to take over from its predecessor on Wednesday.", checks: &[NoLabel("ASSAULT", "took over")] },
    // a video conference is a meeting
    Case { name: "trig_es_videoconferencia", lang: "es", dct: "2025-08-13", text: "Zelenski y varios líderes europeos pidieron este miércoles a Donald Trump, durante una videoconferencia convocada desde Berlín por el canciller alemán, Friedrich Merz, que no acepte ningún acuerdo sobre territorio ucraniano.", checks: &[Event("CONSULT", "2025-08-13", &[]), Label("CONSULT", "video conference"), Negated("AGREE", true)] },
    // "after more than a year of attacks" is how long it lasted, not the day's event: the ceasefire is
    Case { name: "trig_de_after_a_year_of_attacks_is_background", lang: "de", dct: "2024-11-27", text: "Nach mehr als einem Jahr gegenseitiger Angriffe ist im Libanon eine Waffenruhe zwischen Israel und der pro-iranischen Hisbollah-Miliz in Kraft getreten.", checks: &[Event("AGREE", "2024-11-27", &[("source", "Israel")]), NoEvent("ASSAULT")] },
    // "in der Nacht" after the lead is last night, the news of the day, not undated background
    Case { name: "trig_de_in_der_nacht_is_last_night", lang: "de", dct: "2024-12-08", text: "Die Rebellen rückten am Sonntag in Damaskus ein. Die Armee zog sich zurück. Tausende feierten auf den Straßen. Assad habe das Land in der Nacht mit einem Flugzeug verlassen, sagte Rami Abdel Rahman.", checks: &[Event("RETREAT", "2024-12-08", &[("source", "Assad")])] },
    // "a day after clashes": the clashes are the day before the sentence's date, not the day after it
    Case { name: "trig_fr_date_au_lendemain_d_affrontements", lang: "fr", dct: "2025-10-17", text: "Le calme est revenu vendredi à Tripoli au lendemain d'affrontements entre la Brigade 444 et la force Radaa.", checks: &[Event("ASSAULT", "2025-10-16", &[("source", "Brigade 444")]), NoEventOn("ASSAULT", "2025-10-18"), NoEventOn("ASSAULT", "2025-10-17")] },
    Case { name: "trig_fr_date_au_lendemain_de_violents_affrontements", lang: "fr", dct: "2025-10-17", text: "Le calme est revenu vendredi à Tripoli au lendemain de violents affrontements entre la Brigade 444 et la force Radaa.", checks: &[Event("ASSAULT", "2025-10-16", &[("source", "Brigade 444")])] },
    Case { name: "trig_en_date_a_day_after_clashes", lang: "en", dct: "2025-10-17", text: "Calm returned to Tripoli on Friday, a day after clashes between the 444th Brigade and the Radaa force.", checks: &[Event("ASSAULT", "2025-10-16", &[("source", "444th Brigade")]), NoEventOn("ASSAULT", "2025-10-18")] },
    Case { name: "trig_es_date_un_dia_despues_de_los_enfrentamientos", lang: "es", dct: "2025-10-17", text: "La calma volvió el viernes a Trípoli, un día después de los enfrentamientos entre la Brigada 444 y la fuerza Radaa.", checks: &[Event("ASSAULT", "2025-10-16", &[("source", "Brigada 444")]), NoEventOn("ASSAULT", "2025-10-17")] },
    Case { name: "trig_de_date_einen_tag_nach_schweren_gefechten", lang: "de", dct: "2025-10-17", text: "Einen Tag nach schweren Gefechten zwischen der Brigade 444 und der Radaa-Miliz ist in Tripolis am Freitag wieder Ruhe eingekehrt.", checks: &[Event("ASSAULT", "2025-10-16", &[("source", "Brigade 444")]), NoEventOn("ASSAULT", "2025-10-17")] },
    // the sentence's subject is no party to the event of its phrase of time
    Case { name: "role_fr_subject_is_no_party_of_au_lendemain", lang: "fr", dct: "2025-10-17", text: "La Mission d'appui des Nations unies en Libye (Manul) a appelé vendredi à un retour au calme à Tripoli, au lendemain d'affrontements entre groupes armés.", checks: &[Event("REQUEST", "2025-10-17", &[("source", "Manul")]), NoRole("ASSAULT", "source", "Manul")] },
    // "pris d'assaut" is a storming; the assailants of a group are its fighters
    Case { name: "role_fr_assaillants_de_are_the_group", lang: "fr", dct: "2024-10-29", text: "Des centaines d'assaillants de Boko Haram ont pris d'assaut dimanche la garnison de Barkaram.", checks: &[Event("ASSAULT", "2024-10-27", &[("source", "Boko Haram")]), Label("ASSAULT", "stormed"), NoRole("ASSAULT", "target", "Boko Haram")] },
    Case { name: "neg_fr_pris_la_parole_is_no_storming", lang: "fr", dct: "2024-10-29", text: "Le ministre tchadien a pris la parole mardi devant l'Assemblée.", checks: &[NoEvent("ASSAULT")] },
    Case { name: "role_en_attackers_from_are_the_group", lang: "en", dct: "2024-10-29", text: "Hundreds of attackers from Boko Haram stormed the garrison on Sunday.", checks: &[Event("ASSAULT", "2024-10-27", &[("source", "Boko Haram")])] },
    // German "treffen" with a projectile as its subject is a hit, not a meeting
    Case { name: "trig_de_raketen_trafen_is_a_hit", lang: "de", dct: "2025-07-25", text: "Kambodschanische Raketen trafen am Donnerstag eine Tankstelle im Bezirk Kantharalak.", checks: &[Event("ASSAULT", "2025-07-24", &[("source", "Kambodschanische")]), Label("ASSAULT", "hit"), NoEvent("CONSULT")] },
    // German "kam es zu Gefechten": an impersonal "es", not the last sentence's subject
    Case { name: "role_de_expletive_es_takes_up_no_subject", lang: "de", dct: "2025-07-25", text: "Auf Antrag von Hun Manet kam der UN-Sicherheitsrat am Freitag zusammen. Zwischen 2008 und 2011 kam es um den Tempel Preah Vihear immer wieder zu Gefechten.", checks: &[NoRole("ASSAULT", "source", "Hun Manet")] },
    // the giver of support after an article is a supporter, not a place or a target
    Case { name: "role_de_mit_unterstuetzung_der_usa_supports", lang: "de", dct: "2025-01-14", text: "Die kurdischen Milizen eroberten 2017 mit Unterstützung der USA die Stadt Rakka.", checks: &[Event("ASSAULT", "2017", &[("supporter", "USA")]), NoRole("ASSAULT", "target", "USA")] },
    Case { name: "role_en_with_the_support_of_supports", lang: "en", dct: "2025-01-14", text: "The SDF retook Raqqa in 2017 with the support of the United States, the ministry said.", checks: &[Event("ASSAULT", "2017", &[("source", "SDF"), ("supporter", "United States")])] },
    Case { name: "role_de_us_gefuehrte_is_a_modifier", lang: "de", dct: "2025-01-14", text: "Im März 2019 hatten die SDF mit Hilfe einer US-geführten Koalition die Ortschaft Baghus im Osten Syriens erobert.", checks: &[Event("ASSAULT", "2019-03", &[("source", "SDF")]), NoRole("ASSAULT", "target", "US")] },
    // "called it an unacceptable escalation" condemns; the speaker named before an apposition is the
    // subject of "who", and the report's day, not the main clause's, dates it
    Case { name: "trig_en_called_it_unacceptable_condemns", lang: "en", dct: "2025-04-12", text: "The assault on the camps began on Friday, said Clementine Nkweta-Salami, the U.N. humanitarian coordinator for Sudan, who called it another deadly and unacceptable escalation.", checks: &[Event("ACCUSE", "2025-04-12", &[("source", "Clementine Nkweta-Salami")]), NoEventOn("ACCUSE", "2025-04-11")] },
    Case { name: "trig_en_called_for_is_no_condemnation", lang: "en", dct: "2025-04-12", text: "The U.N. called for an end to the unacceptable escalation in Darfur on Saturday.", checks: &[NoEvent("ACCUSE"), Event("REQUEST", "2025-04-12", &[("source", "U.N.")])] },
    // support given to fight someone: the one fought is no target of the support
    Case { name: "role_en_support_to_fight_x_is_no_target", lang: "en", dct: "2024-12-28", text: "The U.N. Security Council has authorized a new African Union force to help Somalia fight the al-Shabab extremist group.", checks: &[Event("SUPPORT", "2024-12-28", &[("source", "UN Security Council"), ("target", "African Union")]), NoRole("SUPPORT", "target", "al-Shabaab"), NoRelation("UN Security Council", "al-Shabaab", "supports")] },
    // English "as" opens a clause of its own: the clash is told, not only the flight
    Case { name: "trig_en_fled_as_forces_clashed", lang: "en", dct: "2024-12-03", text: "Families fled as Syrian forces clashed with HTS fighters near Hama on Tuesday.", checks: &[Event("ASSAULT", "2024-12-03", &[("source", "Syrian"), ("target", "HTS")])] },
    // the subject past an apposition that describes it; a name in apposition is the subject itself
    Case { name: "role_en_subject_before_an_apposition", lang: "en", dct: "2025-09-03", text: "The TTP, an umbrella of militant groups allied with the Afghan Taliban, has stepped up attacks in Pakistan since November 2022.", checks: &[Event("ASSAULT", "2022-11", &[("source", "TTP")])] },
    Case { name: "role_fr_name_in_apposition_is_the_subject", lang: "fr", dct: "2024-12-09", text: "Le porte-parole du Kremlin, Dmitri Peskov, a refusé lundi de commenter la décision.", checks: &[Event("REJECT", "2024-12-09", &[("source", "Peskov")])] },
    // the group in a person's title is no party: "SDF-Chef Maslum Abdi", "le chef du Hamas Yahya Sinwar"
    Case { name: "role_de_group_compound_title_is_no_party", lang: "de", dct: "2025-01-14", text: "SDF-Chef Maslum Abdi warf Ankara am Dienstag Kriegsverbrechen vor.", checks: &[Event("ACCUSE", "2025-01-14", &[("source", "Abdi"), ("target", "Ankara")]), NoRole("ACCUSE", "target", "SDF"), NoRole("ACCUSE", "target", "Abdi"), NoRelation("SDF", "Abdi", "opposes")] },
    Case { name: "role_fr_group_after_chef_du_is_no_party", lang: "fr", dct: "2025-01-14", text: "Le chef du Hamas Yahya Sinwar a accusé Israël mardi de violer la trêve.", checks: &[Event("ACCUSE", "2025-01-14", &[("source", "Sinwar"), ("target", "Israël")]), NoRole("ACCUSE", "target", "Hamas")] },
    Case { name: "role_es_group_after_lider_de_is_no_party", lang: "es", dct: "2025-01-14", text: "El líder de Hamás, Yahya Sinwar, acusó el martes a Israel de violar la tregua.", checks: &[Event("ACCUSE", "2025-01-14", &[("source", "Sinwar"), ("target", "Israel")]), NoRole("ACCUSE", "target", "Hamás")] },
    Case { name: "role_en_group_after_head_of_is_no_party", lang: "en", dct: "2025-01-14", text: "The head of the RSF, Mohamed Hamdan Dagalo, accused the army on Tuesday of shelling Zamzam.", checks: &[Event("ACCUSE", "2025-01-14", &[("source", "Dagalo"), ("target", "army")]), NoRole("ACCUSE", "target", "RSF")] },
    Case { name: "role_en_name_in_a_day_after_is_the_party", lang: "en", dct: "2025-10-17", text: "The army shelled the town on Friday, a day after M23 attacks on Goma.", checks: &[Event("ASSAULT", "2025-10-16", &[("source", "M23")]), NoRoleOn("ASSAULT", "2025-10-16", "source", "army")] },
    Case { name: "trig_en_date_day_before_of_a_verb_is_adverbial", lang: "en", dct: "2024-11-27", text: "Hezbollah opened the front on October 8, 2023, in support of its ally Hamas, whose attack on Israel the day before triggered the war in Gaza.", checks: &[Event("ASSAULT", "2023-10-07", &[("source", "Hamas")]), NoEventOn("ASSAULT", "2023-10-09")] },
    // bans and terrorist listings of a group are sanctions; a suicide bomber's attack
    Case { name: "trig_de_verboten_is_a_ban", lang: "de", dct: "2025-04-14", text: "Pakistan hat die BLA 2006 verboten, die USA führen sie seit 2019 als Terrororganisation.", checks: &[Event("SANCTION", "2006", &[("source", "Pakistan"), ("target", "BLA")]), Label("SANCTION", "banned")] },
    Case { name: "trig_en_banned", lang: "en", dct: "2025-04-14", text: "Pakistan banned the BLA in 2006.", checks: &[Event("SANCTION", "2006", &[("source", "Pakistan"), ("target", "BLA")])] },
    Case { name: "trig_es_prohibio", lang: "es", dct: "2025-04-14", text: "Pakistán prohibió al BLA en 2006.", checks: &[Event("SANCTION", "2006", &[("source", "Pakistán"), ("target", "BLA")])] },
    Case { name: "trig_de_verbotene_is_no_ban", lang: "de", dct: "2025-04-14", text: "Die türkische Armee griff am Dienstag Stellungen der verbotenen PKK im Nordirak an.", checks: &[NoEvent("SANCTION"), Event("ASSAULT", "2025-04-08", &[("target", "PKK")])] },
    Case { name: "trig_de_selbstmordattentaeter", lang: "de", dct: "2025-04-14", text: "Im November 2024 hatte ein Selbstmordattentäter der BLA im Bahnhof von Quetta mehr als 25 Menschen mit in den Tod gerissen.", checks: &[Event("ASSAULT", "2024-11", &[("source", "BLA")])] },
    // the antecedent of "who has been under house arrest" undergoes it; a group in its title is not the antecedent
    Case { name: "role_en_under_house_arrest_is_undergone", lang: "en", dct: "2025-04-09", text: "The mission urged Kiir to free First Vice President Riek Machar, the SPLM-IO leader, who has been under house arrest since March 26.", checks: &[Event("COERCE", "2025-03-26", &[("target", "Machar")]), NoRole("COERCE", "source", "Machar"), NoRole("COERCE", "source", "SPLM-IO")] },
    // after a code review: "the outlawed PKK" is no ban; a date right after the event word is its own; "under the truce" is no coercion
    Case { name: "trig_en_outlawed_as_adjective_is_no_ban", lang: "en", dct: "2025-10-17", text: "Turkish jets struck positions of the outlawed PKK in northern Iraq on Tuesday.", checks: &[NoEvent("SANCTION"), Event("ASSAULT", "2025-10-14", &[("target", "PKK")])] },
    Case { name: "trig_en_date_a_day_after_keeps_the_events_own_date", lang: "en", dct: "2025-10-17", text: "Markets reopened on Wednesday, a day after clashes on Tuesday between the army and the RSF.", checks: &[Event("ASSAULT", "2025-10-14", &[("target", "RSF")]), NoEventOn("ASSAULT", "2025-10-16"), NoEventOn("ASSAULT", "2025-10-13")] },
    Case { name: "trig_de_bare_attentat", lang: "de", dct: "2025-04-14", text: "Bei einem Attentat der BLA in Quetta wurden am Sonntag zwölf Menschen getötet.", checks: &[Event("ASSAULT", "2025-04-13", &[("source", "BLA")])] },
    Case { name: "role_en_under_the_truce_is_no_coercion", lang: "en", dct: "2025-10-17", text: "Qatar said on Friday that under the truce, aid would enter Gaza.", checks: &[NoRole("AGREE", "target", "Qatar"), NoEvent("COERCE")] },
    // a participle after a name is its verb, after an article, a nationality or before a name (English) an adjective
    Case { name: "trig_en_name_occupied_is_a_verb", lang: "en", dct: "2025-01-20", text: "Israel occupied the Golan Heights in 1967, and Russia occupied Crimea in 2014.", checks: &[Event("ASSAULT", "1967", &[("source", "Israel")]), Event("ASSAULT", "2014", &[("source", "Russia")])] },
    Case { name: "trig_en_occupied_before_a_name_is_an_adjective", lang: "en", dct: "2025-01-20", text: "Israeli troops raided Jenin in the Israeli occupied West Bank on Monday, and settlers attacked villages in occupied Crimea.", checks: &[NoLabel("ASSAULT", "occupied")] },
    Case { name: "trig_en_outlawed_after_a_name_is_a_ban", lang: "en", dct: "2025-04-14", text: "Pakistan outlawed the BLA in 2006.", checks: &[Event("SANCTION", "2006", &[("source", "Pakistan"), ("target", "BLA")])] },
    Case { name: "trig_de_traf_mit", lang: "de", dct: "2025-05-16", text: "Selenskyj traf sich am Donnerstag in Ankara mit Erdogan.", checks: &[Event("CONSULT", "2025-05-15", &[("source", "Selenskyj")])] },
    Case { name: "trig_de_traf_ein", lang: "de", dct: "2024-12-04", text: "Die Rebellen trafen am Dienstag vor den Toren von Hama ein.", checks: &[Event("ASSAULT", "2024-12-03", &[("source", "Rebellen")]), Label("ASSAULT", "arrived at")] },
    Case { name: "trig_de_forderte_auf", lang: "de", dct: "2025-01-27", text: "Am Sonntag forderte der UN-Sicherheitsrat Ruanda zum Abzug seiner Truppen auf.", checks: &[Event("REQUEST", "2025-01-26", &[]), Label("REQUEST", "called on")] },
    // a specific event noun names the event over the war or conflict it is told in; weak nouns of other types keep their name
    Case { name: "trig_de_protests_name_conflict", lang: "de", dct: "2024-12-08", text: "Der Konflikt war 2011 mit friedlichen Protesten gegen Assad ausgebrochen.", checks: &[Event("PROTEST", "2011", &[("target", "Assad")]), NoEventOn("ASSAULT", "2011")] },
    Case { name: "trig_de_talks_not_named_by_topic", lang: "de", dct: "2024-12-10", text: "Die Gespräche am Montag in Kairo über eine Waffenruhe zwischen Israel und der Hamas blieben ohne Ergebnis.", checks: &[Event("CONSULT", "2024-12-09", &[("source", "Israel")]), NoEvent("AGREE")] },
    // "droh-" starts a threat, not the drones ("Drohnen") it shares its letters with
    Case { name: "trig_de_drohnen_no_threat", lang: "de", dct: "2024-01-12", text: "Die Huthis feuerten am Dienstag 18 Drohnen auf Schiffe im Roten Meer.", checks: &[Event("ASSAULT", "2024-01-09", &[("source", "Huthis")]), NoEvent("THREATEN")] },
    Case { name: "trig_de_drohte_threat", lang: "de", dct: "2024-01-12", text: "Die Huthis drohten am Freitag den USA mit Vergeltung.", checks: &[Event("THREATEN", "2024-01-12", &[("source", "Huthis")])] },
    // after the lead, a time before the finite verb dates the German main clause, with or without a comma
    Case { name: "trig_de_time_before_verb_dates_clause", lang: "de", dct: "2024-01-12", text: "Die USA und Großbritannien haben in der Nacht zum Freitag Stellungen der Huthis im Jemen bombardiert. Die Huthis sprachen von 73 Luftangriffen. Am Dienstag hatten die Huthis 18 Drohnen auf Schifffahrtswege im Roten Meer abgefeuert.", checks: &[Event("ASSAULT", "2024-01-09", &[("source", "Huthis")]), NoEvent("THREATEN")] },
    // English
    Case { name: "trig_en_attack_noun", lang: "en", dct: "2024-07-08", text: "Russia launched a massive missile attack on Kyiv on Monday.", checks: &[Event("ASSAULT", "2024-07-08", &[("source", "Russia")])] },
    Case { name: "trig_en_captured", lang: "en", dct: "2025-01-27", text: "M23 rebels captured the city of Goma on Monday.", checks: &[Event("ASSAULT", "2025-01-27", &[("source", "M23")]), Label("ASSAULT", "captured")] },
    Case { name: "trig_en_ceasefire", lang: "en", dct: "2025-01-19", text: "Israel and Hamas agreed to a ceasefire on Wednesday.", checks: &[Event("AGREE", "2025-01-15", &[("source", "Israel")])] },
    Case { name: "trig_en_recaptured", lang: "en", dct: "2024-08-07", text: "Ukraine recaptured the village of Robotyne on Tuesday.", checks: &[Event("ASSAULT", "2024-08-06", &[("source", "Ukraine")]), Label("ASSAULT", "recaptured")] },
    Case { name: "trig_en_met", lang: "en", dct: "2025-05-16", text: "Putin met Erdogan in Ankara on Thursday.", checks: &[Event("CONSULT", "2025-05-15", &[("source", "Putin")])] },
    Case { name: "trig_en_seized", lang: "en", dct: "2024-01-12", text: "The Houthis seized the cargo ship Galaxy Leader on Nov. 19.", checks: &[Event("ASSAULT", "2023-11-19", &[("source", "Houthis")]), Label("ASSAULT", "seized")] },
    Case { name: "trig_en_took_effect_no_assault", lang: "en", dct: "2024-11-27", text: "A ceasefire between Israel and Hezbollah took effect on Wednesday.", checks: &[Event("AGREE", "2024-11-27", &[("source", "Israel"), ("target", "Hezbollah")]), NoEvent("ASSAULT"), Relation("Israel", "Hezbollah", "opposes")] },
    // an order to troops is a deployment, also when the verb of its goal is one of attack; "ordered" alone stays weak
    Case { name: "trig_en_ordered_troops", lang: "en", dct: "2024-12-08", text: "Israeli Prime Minister Benjamin Netanyahu said the accord had collapsed and ordered troops to take over the buffer zone on the Golan Heights on Sunday.", checks: &[Event("MOBILIZE", "2024-12-08", &[("source", "Israel")]), Label("MOBILIZE", "ordered troops"), NoEventOn("ASSAULT", "2024-12-08")] },
    Case { name: "trig_en_ordered_officials_no_deployment", lang: "en", dct: "2024-08-07", text: "Putin said Kyiv's forces were firing at civilian buildings and ordered officials to help residents of the border area.", checks: &[NoEvent("MOBILIZE")] },
    // putting the blame for an attack on someone is an accusation, the accused after "to"/"à"/"a" its target
    // a German verb trigger on a capitalised word that is also an event noun is the noun: the condemnation names the event
    Case { name: "trig_de_noun_use_of_verb_trigger", lang: "de", dct: "2025-04-12", text: "Den Angriff der RSF-Miliz verurteilte die Armee am Freitag.", checks: &[Event("ACCUSE", "2025-04-11", &[]), NoEvent("ASSAULT")] },
    Case { name: "trig_en_blame_attributed_to", lang: "en", dct: "2025-04-12", text: "The army attributed the attack to the Rapid Support Forces on Friday.", checks: &[Event("ACCUSE", "2025-04-11", &[("source", "army"), ("target", "Rapid Support Forces")]), NoEvent("ASSAULT")] },
    Case { name: "trig_fr_blame_a_attribue_aux", lang: "fr", dct: "2025-04-12", text: "L'armée soudanaise a attribué vendredi l'attaque aux Forces de soutien rapide (FSR).", checks: &[Event("ACCUSE", "2025-04-11", &[("source", "armée"), ("target", "FSR")]), NoEvent("ASSAULT")] },
    Case { name: "trig_es_blame_atribuyo_a", lang: "es", dct: "2025-04-12", text: "El ejército atribuyó el viernes el ataque a las Fuerzas de Apoyo Rápido (FAR).", checks: &[Event("ACCUSE", "2025-04-11", &[("source", "ejército"), ("target", "FAR")]), NoEvent("ASSAULT")] },
    // what is attributed is no blame: shots "attributed to gangs", credit one claims, an attack a group claims
    Case { name: "neg_en_attributed_to_participle", lang: "en", dct: "2024-11-14", text: "Shots attributed to gangs hit a Spirit Airlines plane over Port-au-Prince on Monday.", checks: &[NoEvent("ACCUSE"), NoLabel("ASSAULT", "blamed")] },
    Case { name: "neg_fr_s_attribuer_la_victoire", lang: "fr", dct: "2025-04-12", text: "Après l'attaque de vendredi, les deux camps s'attribuaient la victoire.", checks: &[NoEvent("ACCUSE"), NoLabel("ASSAULT", "blamed")] },
    // "attribuer"/"atribuir" also mean award and confer
    Case { name: "neg_fr_attribuer_award", lang: "fr", dct: "2025-04-12", text: "Le PAM a attribué vendredi 5 millions de dollars au Soudan.", checks: &[NoEvent("ACCUSE"), NoLabel("AID", "blamed")] },
    Case { name: "neg_es_se_atribuyo_el_atentado", lang: "es", dct: "2025-04-12", text: "El Estado Islámico se atribuyó el viernes el atentado contra la base.", checks: &[NoEvent("ACCUSE"), Event("ASSAULT", "", &[("source", "Estado Islámico")])] },
    // "Son porte-parole, X" after a sentence led by a government serves that government, not the group it accused
    Case { name: "rel_fr_son_porte_parole_government", lang: "fr", dct: "2025-10-17", text: "Le gouvernement d'unité nationale (GNU) a accusé jeudi la Radaa de « rébellion armée » contre l'Etat. Son porte-parole, Mohamed Hammouda, a affirmé que les forces gouvernementales avaient repris plusieurs positions.", checks: &[Relation("Hammouda", "Libyan government", "affiliation"), NoRelation("Hammouda", "Radaa", "affiliation")] },
    // French
    Case { name: "trig_fr_attaque", lang: "fr", dct: "2024-07-08", text: "La Russie a attaqué Kiev lundi avec des dizaines de missiles.", checks: &[Event("ASSAULT", "2024-07-08", &[("source", "Russie")])] },
    Case { name: "trig_fr_emparer", lang: "fr", dct: "2024-12-08", text: "Les rebelles se sont emparés de la ville de Homs samedi.", checks: &[Event("ASSAULT", "2024-12-07", &[("source", "rebelles")]), Label("ASSAULT", "seized")] },
    Case { name: "trig_fr_cessez_le_feu", lang: "fr", dct: "2024-11-27", text: "Israël et le Hezbollah ont conclu un cessez-le-feu mercredi.", checks: &[Event("AGREE", "2024-11-27", &[("source", "Israël")])] },
    Case { name: "trig_fr_repris", lang: "fr", dct: "2025-03-22", text: "L'armée soudanaise a repris en janvier la ville de Wad Madani.", checks: &[Event("ASSAULT", "2025-01", &[]), Label("ASSAULT", "recaptured")] },
    Case { name: "trig_fr_rencontre", lang: "fr", dct: "2024-07-08", text: "Volodymyr Zelensky a rencontré lundi à Varsovie le Premier ministre polonais Donald Tusk.", checks: &[Event("CONSULT", "2024-07-08", &[("source", "Zelensky")])] },
    // "cibles" is the plural noun (targets), not a form of "cibler"; "cible" stays a verb
    Case { name: "trig_fr_cibles_noun", lang: "fr", dct: "2024-01-13", text: "Les Etats-Unis ont frappé vendredi plus de 60 cibles au Yémen.", checks: &[Event("ASSAULT", "2024-01-12", &[("source", "Etats-Unis")]), NoLabel("ASSAULT", "targeted"), Negated("ASSAULT", false)] },
    Case { name: "trig_fr_cible_verb", lang: "fr", dct: "2024-07-08", text: "Depuis mars, la Russie cible massivement le réseau électrique ukrainien.", checks: &[Event("ASSAULT", "2024-03", &[("source", "Russie")]), Label("ASSAULT", "targeted")] },
    // Spanish
    Case { name: "trig_es_ataco", lang: "es", dct: "2024-07-08", text: "Rusia atacó Kiev el lunes con decenas de misiles.", checks: &[Event("ASSAULT", "2024-07-08", &[("source", "Rusia")])] },
    Case { name: "trig_es_tomaron_control", lang: "es", dct: "2025-01-27", text: "Los rebeldes del M23 tomaron el control de Goma el lunes.", checks: &[Event("ASSAULT", "2025-01-27", &[("source", "M23")])] },
    Case { name: "trig_es_alto_el_fuego", lang: "es", dct: "2025-01-19", text: "Israel y Hamás acordaron un alto el fuego el miércoles.", checks: &[Event("AGREE", "2025-01-15", &[("source", "Israel")])] },
    Case { name: "trig_es_recupero", lang: "es", dct: "2025-04-15", text: "El Ejército sudanés recuperó el 21 de marzo el Palacio Republicano.", checks: &[Event("ASSAULT", "2025-03-21", &[]), Label("ASSAULT", "recaptured")] },
    Case { name: "trig_es_se_reunira", lang: "es", dct: "2025-08-13", text: "Trump se reunirá el viernes con Putin en Anchorage.", checks: &[Event("CONSULT", "2025-08-15", &[("source", "Trump")])] },
    // ------------------------------------------------------------ roles
    Case { name: "role_de_passive_von", lang: "de", dct: "2024-12-04", text: "Der östliche Teil von Aleppo war 2012 von den Rebellen übernommen worden.", checks: &[Event("ASSAULT", "2012", &[("source", "Rebellen")])] },
    Case { name: "role_de_verb_final", lang: "de", dct: "2024-01-12", text: "Die USA und Großbritannien haben in der Nacht zum Freitag Stellungen der Huthi-Miliz im Jemen bombardiert.", checks: &[Event("ASSAULT", "2024-01-12", &[("source", "USA"), ("source", "Großbritannien"), ("target", "Huthi-Miliz")])] },
    Case { name: "role_de_verb_second_inversion", lang: "de", dct: "2024-12-08", text: "Am Samstag eroberte die HTS die Stadt Homs.", checks: &[Event("ASSAULT", "2024-12-07", &[("source", "HTS")])] },
    Case { name: "role_de_supporter", lang: "de", dct: "2024-12-04", text: "Mit Unterstützung Russlands eroberte die HTS 2016 die Stadt Idlib.", checks: &[Event("ASSAULT", "2016", &[("supporter", "Russlands"), ("source", "HTS")]), Relation("Russlands", "HTS", "supports")] },
    Case { name: "role_de_supporter_list", lang: "de", dct: "2024-12-04", text: "Mit der militärischen Unterstützung Russlands, Irans und der pro-iranischen libanesischen Bewegung Hisbollah eroberte die HTS 2016 die Stadt Idlib.", checks: &[Event("ASSAULT", "2016", &[("supporter", "Russlands"), ("supporter", "Irans"), ("supporter", "Hisbollah"), ("source", "HTS")])] },
    Case { name: "role_de_pronoun_subject", lang: "de", dct: "2024-12-04", text: "Die Rebellen eroberten am Montag mehrere Dörfer in Syrien. Sie trafen am Dienstag vor den Toren von Hama ein.", checks: &[Event("ASSAULT", "2024-12-03", &[("source", "Rebellen")]), Place("ASSAULT", "Hama")] },
    Case { name: "role_de_durch_passive", lang: "de", dct: "2024-12-04", text: "Die Proteste wurden 2011 durch die Truppen von Präsident Baschar al-Assad brutal niedergeschlagen.", checks: &[Event("COERCE", "2011", &[("source", "Assad")])] },
    Case { name: "role_de_relative_clause", lang: "de", dct: "2024-12-04", text: "Eine Koalition von Rebellen, die von der Gruppe HTS dominiert wird, startete am 27. November eine Offensive.", checks: &[Event("ASSAULT", "2024-11-27", &[("source", "Rebellen")]), Relation("HTS", "Rebellen", "affiliation")] },
    Case { name: "role_de_so_reporter", lang: "de", dct: "2024-12-04", text: "Die Rebellen hätten am Montag die Stadt Hama angegriffen, so Moskau.", checks: &[Event("ASSAULT", "2024-12-02", &[("source", "Rebellen"), ("reporter", "Moskau")]), Reported("ASSAULT", true)] },
    // a possessive before an event noun: the event of the subject told before
    Case { name: "role_de_possessive_offensive", lang: "de", dct: "2024-12-08", text: "Die Rebellen eroberten am Samstag die Stadt Homs. Ihre Offensive hatte am 27. November im Nordwesten Syriens begonnen.", checks: &[Event("ASSAULT", "2024-11-27", &[("source", "Rebellen")])] },
    Case { name: "role_de_no_possessive_no_subject", lang: "de", dct: "2024-12-08", text: "Die Rebellen eroberten am Samstag die Stadt Homs. Die Gespräche in Genf hatten am 27. November begonnen.", checks: &[NoRole("CONSULT", "source", "Rebellen"), NoEventOn("ASSAULT", "2024-11-27")] },
    // an attack with nobody named is that of the attack told in the same sentence, when its place is near
    Case { name: "role_de_fell_in_offensive_sentence", lang: "de", dct: "2024-12-08", text: "Die Rebellen eroberten am Samstag die Stadt Homs. Ihre Offensive hatte am 27. November im Nordwesten Syriens begonnen; binnen weniger Tage fielen Aleppo und am Donnerstag Hama.", checks: &[Event("ASSAULT", "2024-12-05", &[("source", "Rebellen")])] },
    Case { name: "role_de_fell_far_away_no_party", lang: "de", dct: "2024-12-08", text: "Die Rebellen griffen am Montag Aleppo an; am Dienstag fiel Charkiw.", checks: &[Event("ASSAULT", "2024-12-02", &[("source", "Rebellen")]), NoEventOn("ASSAULT", "2024-12-03")] },
    Case { name: "role_en_passive_by", lang: "en", dct: "2025-01-27", text: "Goma was captured by M23 rebels on Monday.", checks: &[Event("ASSAULT", "2025-01-27", &[("source", "M23")])] },
    Case { name: "role_en_svo", lang: "en", dct: "2024-11-27", text: "Israel killed Hezbollah chief Hassan Nasrallah in a strike on Beirut on September 27.", checks: &[Event("ASSAULT", "2024-09-27", &[("source", "Israel"), ("target", "Nasrallah")])] },
    Case { name: "role_en_pronoun_subject", lang: "en", dct: "2024-01-12", text: "The Houthis fired drones at ships in the Red Sea on Tuesday. They also seized a cargo ship on Nov. 19.", checks: &[Event("ASSAULT", "2023-11-19", &[("source", "Houthis")])] },
    Case { name: "role_en_according_to", lang: "en", dct: "2024-11-21", text: "Russia struck the city of Dnipro on Thursday, according to Ukraine's air force.", checks: &[Event("ASSAULT", "2024-11-21", &[("source", "Russia"), ("reporter", "air force")]), Reported("ASSAULT", true)] },
    Case { name: "role_en_speaker_pronoun", lang: "en", dct: "2025-01-27", text: "The M23 said on Monday that it had captured Goma.", checks: &[Event("ASSAULT", "2025-01-27", &[("source", "M23")]), Reported("ASSAULT", true)] },
    Case { name: "role_fr_passive_par", lang: "fr", dct: "2025-01-27", text: "Goma a été prise lundi par les rebelles du M23.", checks: &[Event("ASSAULT", "2025-01-27", &[("source", "M23")])] },
    Case { name: "role_fr_target_contre", lang: "fr", dct: "2024-09-27", text: "Israël a mené vendredi des frappes contre le Hezbollah.", checks: &[Event("ASSAULT", "2024-09-27", &[("source", "Israël"), ("target", "Hezbollah")])] },
    Case { name: "role_fr_relative_antecedent", lang: "fr", dct: "2025-01-27", text: "La RDC, qui a rompu samedi ses relations diplomatiques avec le Rwanda, accuse Kigali.", checks: &[Event("SANCTION", "2025-01-25", &[("source", "RDC"), ("target", "Rwanda")])] },
    Case { name: "role_es_passive_por", lang: "es", dct: "2025-01-27", text: "La ciudad fue tomada por los rebeldes del M23 el lunes.", checks: &[Event("ASSAULT", "2025-01-27", &[("source", "M23")])] },
    Case { name: "role_es_pro_drop", lang: "es", dct: "2024-07-21", text: "Los hutíes lanzaron drones contra Israel el viernes. Atacaron también barcos en el mar Rojo el sábado.", checks: &[Event("ASSAULT", "2024-07-20", &[("source", "hutíes")])] },
    Case { name: "role_es_target_contra", lang: "es", dct: "2024-07-21", text: "Israel lanzó el sábado ataques contra los hutíes en Yemen.", checks: &[Event("ASSAULT", "2024-07-20", &[("source", "Israel"), ("target", "hutíes")])] },
    // an event retold with a definite noun and a verb of beginning: its own date, the participants of the event told just before
    Case { name: "role_retold_en_assault_began", lang: "en", dct: "2025-05-04", text: "The RSF killed at least 40 people in attacks on Kadugli, officials said on Sunday. The assault on Kadugli began on Friday, a local official said.", checks: &[Event("ASSAULT", "2025-05-02", &[("source", "RSF")])] },
    Case { name: "role_retold_fr_attaque_debute", lang: "fr", dct: "2025-05-04", text: "Les FSR ont pris dimanche le contrôle de Kadugli. L'attaque contre Kadugli avait débuté vendredi, selon des habitants.", checks: &[Event("ASSAULT", "2025-05-02", &[("source", "FSR")])] },
    Case { name: "role_retold_es_not_another_place", lang: "es", dct: "2024-07-21", text: "Israel bombardeó el sábado el puerto de Hodeida. La guerra en Sudán comenzó en abril de 2023.", checks: &[Event("ASSAULT", "2024-07-20", &[("source", "Israel")]), NoEventOn("ASSAULT", "2023-04")] },
    Case { name: "role_de_sprachen_von_reporter", lang: "de", dct: "2024-01-12", text: "Die Huthis sprachen von 73 Luftangriffen, bei denen fünf Kämpfer getötet worden seien.", checks: &[NoRole("ASSAULT", "source", "Huthis")] },
    Case { name: "role_en_spoke_of_reporter", lang: "en", dct: "2025-04-12", text: "The United Nations spoke of more than 100 dead in the attacks on the camp.", checks: &[NoRole("ASSAULT", "source", "United Nations")] },
    Case { name: "role_es_hablaron_de_reporter", lang: "es", dct: "2025-04-12", text: "Las Naciones Unidas hablaron de más de cien muertos en los ataques contra el campamento.", checks: &[NoRole("ASSAULT", "source", "Naciones Unidas")] },
    Case { name: "role_fr_parle_de_reporter", lang: "fr", dct: "2025-04-12", text: "L'ONU parle de plus de cent morts dans les attaques contre le camp.", checks: &[NoRole("ASSAULT", "source", "ONU")] },
    Case { name: "role_es_adjective_after_event_word", lang: "es", dct: "2024-07-09", text: "Rusia lanzó el lunes decenas de misiles contra Ucrania. Kiev guarda este martes luto por las víctimas del bombardeo ruso del lunes.", checks: &[Event("ASSAULT", "2024-07-08", &[("source", "Rusia")]), NoRole("ASSAULT", "source", "Kiev")] },
    // ------------------------------------------------------------ negation
    Case { name: "neg_en_did_not", lang: "en", dct: "2024-04-19", text: "Israel did not attack Iran on Friday, officials said.", checks: &[Negated("ASSAULT", true)] },
    Case { name: "neg_en_affirmative", lang: "en", dct: "2024-04-19", text: "Israel attacked Iran on Friday.", checks: &[Negated("ASSAULT", false), Reported("ASSAULT", false)] },
    Case { name: "neg_de_nicht", lang: "de", dct: "2024-04-19", text: "Israel griff den Iran am Freitag nicht an.", checks: &[Negated("ASSAULT", true)] },
    Case { name: "neg_de_kein", lang: "de", dct: "2024-04-19", text: "Am Freitag gab es keine Angriffe Israels auf den Iran.", checks: &[Negated("ASSAULT", true)] },
    Case { name: "neg_fr_ne_pas", lang: "fr", dct: "2024-07-08", text: "La Russie n'a pas attaqué Kiev lundi.", checks: &[Negated("ASSAULT", true)] },
    Case { name: "neg_es_no", lang: "es", dct: "2024-07-08", text: "Rusia no atacó Kiev el lunes.", checks: &[Negated("ASSAULT", true)] },
    // ------------------------------------------------------------ reported speech
    // a standing accusation or denial in the present tense, after the lead and undated, is kept undated; a past one is still left out, and so is the verb of a relative clause
    Case { name: "rep_fr_standing_accusation_undated", lang: "fr", dct: "2025-01-27", text: "Les rebelles du M23 ont pris lundi la ville de Goma. Des milliers de personnes ont fui vers le Rwanda. Kinshasa accuse le Rwanda de soutenir les rebelles, ce que Kigali dément.", checks: &[Event("ACCUSE", "null", &[("source", "Kinshasa")])] },
    Case { name: "rep_fr_past_accusation_left_out", lang: "fr", dct: "2025-01-27", text: "Les rebelles du M23 ont pris lundi la ville de Goma. Des milliers de personnes ont fui vers le Rwanda. Kinshasa a accusé le Rwanda de soutenir les rebelles.", checks: &[NoEvent("ACCUSE")] },
    Case { name: "rep_es_standing_denial_undated", lang: "es", dct: "2025-01-27", text: "Los rebeldes del M23, apoyados por Ruanda, tomaron el lunes la ciudad de Goma. Miles de personas huyeron de la ciudad. Ruanda, por su parte, niega apoyar a los rebeldes.", checks: &[Event("REJECT", "null", &[])] },
    Case { name: "rep_es_past_denial_left_out", lang: "es", dct: "2025-01-27", text: "Los rebeldes del M23, apoyados por Ruanda, tomaron el lunes la ciudad de Goma. Miles de personas huyeron de la ciudad. Ruanda negó apoyar a los rebeldes.", checks: &[NoEvent("REJECT")] },
    Case { name: "rep_es_relative_clause_denial_left_out", lang: "es", dct: "2025-01-27", text: "Los rebeldes del M23, apoyados por Ruanda, tomaron el lunes la ciudad de Goma. Miles de personas huyeron de la ciudad. Es una ofensiva que Ruanda niega.", checks: &[NoEvent("REJECT")] },
    Case { name: "rep_de_konjunktiv_sei", lang: "de", dct: "2024-12-10", text: "Die israelische Armee sei am Montag in die Pufferzone vorgerückt, erklärte ein Sprecher.", checks: &[Reported("ASSAULT", true)] },
    Case { name: "rep_de_stuenden", lang: "de", dct: "2024-12-04", text: "Russland und der Iran stünden am Mittwoch in engem Kontakt.", checks: &[Event("CONSULT", "2024-12-04", &[]), Reported("CONSULT", true)] },
    Case { name: "rep_de_sagte", lang: "de", dct: "2024-08-07", text: "Die Ukraine habe am Dienstag russische Stellungen angegriffen, sagte Putin.", checks: &[Event("ASSAULT", "2024-08-06", &[("reporter", "Putin")]), Reported("ASSAULT", true)] },
    Case { name: "rep_en_according_to", lang: "en", dct: "2025-04-12", text: "According to the United Nations, the RSF attacked the Zamzam camp on Friday.", checks: &[Event("ASSAULT", "2025-04-11", &[("source", "RSF")]), Reported("ASSAULT", true)] },
    Case { name: "rep_fr_selon", lang: "fr", dct: "2024-07-08", text: "Selon Kiev, la Russie a frappé lundi un hôpital pour enfants.", checks: &[Event("ASSAULT", "2024-07-08", &[("source", "Russie")]), Reported("ASSAULT", true)] },
    Case { name: "rep_es_segun", lang: "es", dct: "2024-07-08", text: "Según Ucrania, Rusia atacó el lunes un hospital infantil.", checks: &[Event("ASSAULT", "2024-07-08", &[("source", "Rusia")]), Reported("ASSAULT", true)] },
    Case { name: "rep_en_said_then_what_was_said", lang: "en", dct: "2025-03-21", text: "Army spokesman Nabil Abdallah said soldiers had killed dozens of RSF fighters inside the compound.", checks: &[Event("ASSAULT", "", &[("target", "RSF")]), Reported("ASSAULT", true), NoRole("ASSAULT", "reporter", "RSF")] },
    Case { name: "rep_en_told_reuters_is_no_party", lang: "en", dct: "2025-03-21", text: "Nabil Abdallah told Reuters that soldiers had killed dozens of RSF fighters.", checks: &[Event("ASSAULT", "", &[("target", "RSF")]), NoRole("ASSAULT", "source", "Reuters")] },
    // a bare "troops" subject of its own clause is the army named before, not the sentence's subject
    Case { name: "role_en_bare_troops_are_the_army_named_before", lang: "en", dct: "2025-01-27", text: "The rebels told Congolese soldiers to lay down their arms, and hundreds of troops handed over their weapons at U.N. bases on Monday.", checks: &[Event("CONCEDE", "2025-01-27", &[("source", "Congolese soldiers")]), NoRole("CONCEDE", "source", "rebels")] },
    // the antecedent of "who" right after a common noun is that noun: the speaker did not flee
    Case { name: "role_en_people_who_fled_are_no_actor", lang: "en", dct: "2025-04-12", text: "The attack began on Friday, said Clementine Nkweta-Salami, the U.N. coordinator for Sudan, who called it an escalation against people who had already fled violence.", checks: &[NoRole("RETREAT", "source", "Clementine Nkweta-Salami")] },
    // German speech: what follows the comma is what was said, not an apposition of the speaker; its own time dates it
    Case { name: "role_de_said_comma_content_not_apposition", lang: "de", dct: "2025-04-14", text: "Die Vereinten Nationen erklärten am Samstag, die RSF hätten am Freitag das Lager Samsam angegriffen.", checks: &[Event("ASSAULT", "2025-04-11", &[("source", "RSF"), ("reporter", "Vereinten Nationen")]), NoEventOn("ASSAULT", "2025-04-12")] },
    // German perfect and pluperfect of speech: the speaker stands before the auxiliary, the participle at the end
    Case { name: "role_de_pluperfect_speech_speaker", lang: "de", dct: "2025-04-14", text: "Die Vereinten Nationen hatten am Samstag mitgeteilt, die RSF hätten am Freitag das Lager Samsam angegriffen.", checks: &[Event("ASSAULT", "2025-04-11", &[("source", "RSF"), ("reporter", "Vereinten Nationen")]), NoEventOn("ASSAULT", "2025-04-12")] },
    Case { name: "role_de_spoke_of_dead_is_no_killer", lang: "de", dct: "2025-04-14", text: "Die Vereinten Nationen hatten am Samstag von mehr als 100 Toten gesprochen.", checks: &[NoRole("ASSAULT", "source", "Vereinten Nationen")] },
    // the stop of "U.N." does not make "said" inverted: the U.N. is the speaker
    Case { name: "role_en_dotted_name_said", lang: "en", dct: "2025-04-14", text: "The U.N. said the RSF had attacked the camp on Friday.", checks: &[Event("ASSAULT", "2025-04-11", &[("source", "RSF"), ("reporter", "U.N.")]), NoRole("ASSAULT", "source", "U.N.")] },
    // "défait l'année suivante par l'armée": a defeat is an assault by the victor, dated by its own clause
    Case { name: "trig_fr_defait_next_year", lang: "fr", dct: "2025-01-27", text: "Le M23 avait déjà brièvement occupé Goma fin novembre 2012, avant d'être défait l'année suivante par l'armée congolaise et les casques bleus.", checks: &[Event("ASSAULT", "2012-11", &[("source", "M23")]), Event("ASSAULT", "2013", &[("source", "armée congolaise")]), Label("ASSAULT", "defeated")] },
    // "a response to Ukrainian strikes": the preposition governs the event noun; the adjective before it is its agent
    Case { name: "role_en_adjective_after_locative_preposition", lang: "en", dct: "2024-11-21", text: "Putin said the missile was a response to Ukrainian strikes this week on the Bryansk and Kursk regions, Ukraine said.", checks: &[Event("ASSAULT", "2024-W47", &[("source", "Ukrainian")]), NoRole("ASSAULT", "source", "Putin")] },
    // "nach Angaben der X": X tells it, X is not the one killed
    Case { name: "role_de_nach_angaben_der_is_reporter", lang: "de", dct: "2024-11-27", text: "Nach Angaben der Vereinten Nationen wurden seit Oktober 2023 mehr als 3800 Menschen getötet.", checks: &[NoRole("ASSAULT", "target", "Vereinten Nationen")] },
    // German: "der mit ihr verbündeten Hamas" is a genitive (the attack is Hamas's), not "mit"; the main clause keeps its subject and its time past the phrase set off by commas
    Case { name: "role_de_allied_attribute_and_verb_final_time", lang: "de", dct: "2024-11-27", text: "Die Hisbollah hatte am 8. Oktober 2023, einen Tag nach dem Großangriff der mit ihr verbündeten Hamas auf Israel, Angriffe auf den Norden Israels begonnen.", checks: &[Event("ASSAULT", "2023-10-08", &[("source", "Hisbollah")]), NoRole("ASSAULT", "target", "Hamas"), NoRelation("Hisbollah", "Hamas", "opposes")] },
    // the time before "that" dates the saying; the clause after it has its own
    Case { name: "role_en_said_on_day_that_x_on_other_day", lang: "en", dct: "2025-04-14", text: "The U.N. said on Saturday that the RSF had attacked the camp on Friday.", checks: &[Event("ASSAULT", "2025-04-11", &[("source", "RSF")]), NoEventOn("ASSAULT", "2025-04-12")] },
    Case { name: "role_en_its_drones_are_the_speakers", lang: "en", dct: "2025-03-21", text: "The RSF said on Thursday its drones had struck army positions near the palace.", checks: &[Event("ASSAULT", "2025-03-20", &[("source", "RSF")])] },
    Case { name: "role_en_speaker_past_apposition", lang: "en", dct: "2025-03-21", text: "The RSF, led by Mohamed Hamdan Dagalo, said on Thursday its drones had struck army positions near the palace.", checks: &[Event("ASSAULT", "2025-03-20", &[("source", "RSF")]), NoRole("ASSAULT", "source", "Dagalo")] },
    // a participle after a comma has the sentence's subject: the speaker blames, it does not only report
    Case { name: "role_fr_participle_has_the_speakers_subject", lang: "fr", dct: "2024-07-08", text: "Le ministère russe de la Défense a affirmé avoir visé des bases aériennes, imputant les dégâts à un missile ukrainien.", checks: &[Event("ACCUSE", "", &[("source", "Ministry")]), NoRole("ACCUSE", "reporter", "Ministry")] },
    Case { name: "role_es_participle_has_the_speakers_subject", lang: "es", dct: "2024-07-08", text: "El Ministerio de Defensa ruso dijo el lunes que atacó objetivos militares, culpando a la defensa antiaérea ucraniana de los daños.", checks: &[Event("ACCUSE", "", &[("source", "Ministry")]), NoRole("ACCUSE", "reporter", "Ministry")] },
    // German reported speech (Konjunktiv I) that puts the cause on someone is a blame, the speaker's; told as fact it is none
    Case { name: "role_de_konjunktiv_cause_is_the_speakers_blame", lang: "de", dct: "2024-07-08", text: "Die Schäden in Kiew seien durch eine ukrainische Flugabwehrrakete verursacht worden, erklärte das Verteidigungsministerium in Moskau am Montag.", checks: &[Event("ACCUSE", "2024-07-08", &[("source", "Ministry")]), NoRole("ACCUSE", "reporter", "Ministry")] },
    Case { name: "role_de_indicative_cause_is_no_blame", lang: "de", dct: "2024-07-08", text: "Die Schäden in Kiew wurden am Montag durch eine Flugabwehrrakete verursacht.", checks: &[NoEvent("ACCUSE")] },
    // a group's leader named after it ("du général", "of General", "von General", "del general") takes no part of his own
    Case { name: "role_fr_leader_after_group_is_no_target", lang: "fr", dct: "2025-03-21", text: "Les Forces de soutien rapide (FSR) du général Mohamed Hamdan Daglo ont attaqué vendredi le camp de Zamzam.", checks: &[Event("ASSAULT", "2025-03-21", &[("source", "FSR")]), NoRole("ASSAULT", "target", "Daglo")] },
    Case { name: "role_en_leader_after_group_is_no_source", lang: "en", dct: "2025-03-21", text: "The Rapid Support Forces of General Mohamed Hamdan Dagalo attacked the Zamzam camp on Friday.", checks: &[Event("ASSAULT", "2025-03-21", &[("source", "Rapid Support Forces")]), NoRole("ASSAULT", "source", "Dagalo")] },
    Case { name: "role_de_leader_after_group_is_no_agent", lang: "de", dct: "2025-03-21", text: "Die RSF-Miliz von General Mohamed Hamdan Daglo hat am Freitag das Lager Samsam angegriffen.", checks: &[Event("ASSAULT", "2025-03-21", &[("source", "RSF")]), NoRole("ASSAULT", "target", "RSF"), NoRole("ASSAULT", "source", "Daglo")] },
    Case { name: "role_es_leader_after_group_is_no_target", lang: "es", dct: "2025-03-21", text: "Las Fuerzas de Apoyo Rápido (FAR) del general Mohamed Hamdan Dagalo atacaron el viernes el campo de Zamzam.", checks: &[Event("ASSAULT", "2025-03-21", &[("source", "FAR")]), NoRole("ASSAULT", "target", "Dagalo")] },
    // a place "liberated" is a place taken, by whoever says so; no one is released
    Case { name: "trig_es_liberated_city_is_taken", lang: "es", dct: "2024-08-05", text: "El 25 de julio el MNDAA declaró \"liberada\" la ciudad de Lashio, aunque los combates continuaron.", checks: &[Event("ASSAULT", "2024-07-25", &[("source", "MNDAA")]), NoEvent("CONCEDE")] },
    Case { name: "trig_fr_liberation_of_a_town_is_no_release", lang: "fr", dct: "2025-01-27", text: "Le M23 a annoncé lundi la « libération » de la ville de Goma.", checks: &[NoEvent("CONCEDE")] },
    Case { name: "trig_fr_liberation_of_prisoners_is_a_release", lang: "fr", dct: "2025-01-27", text: "Le Hamas a annoncé lundi la libération de trois otages israéliens.", checks: &[Event("CONCEDE", "2025-01-27", &[("target", "otages")])] },
    Case { name: "role_fr_drones_des_fsr", lang: "fr", dct: "2025-03-21", text: "Jeudi, des drones des FSR avaient frappé des positions de l'armée près du palais.", checks: &[Event("ASSAULT", "2025-03-20", &[("source", "FSR")]), NoRole("ASSAULT", "target", "FSR")] },
    Case { name: "role_en_group_name_beats_state_adjective", lang: "en", dct: "2024-12-08", text: "Syrian rebels seized Damascus on Sunday. The Syrian government had lost control of the country.", checks: &[Event("ASSAULT", "2024-12-08", &[("source", "rebels")]), NoRole("ASSAULT", "source", "Syria")] },
    // ------------------------------------------------------------ figures
    Case { name: "fig_de_mindestens_getoetet", lang: "de", dct: "2024-07-08", text: "Bei dem Angriff wurden am Montag mindestens 25 Rebellen getötet.", checks: &[Figure("killed", 25, "at least")] },
    Case { name: "fig_en_name_with_digits", lang: "en", dct: "2025-01-27", text: "M23 troops captured Goma on Monday, killing at least 17 people.", checks: &[Event("ASSAULT", "2025-01-27", &[("source", "M23")]), NoFigure(23), Figure("killed", 17, "at least")] },
    Case { name: "fig_de_thousands_dot", lang: "de", dct: "2025-03-21", text: "Der Krieg zwischen der Armee und der RSF hat seit April 2023 mehr als 2.000 Tote gefordert.", checks: &[Figure("killed", 2000, "more than")] },
    Case { name: "fig_de_half_million", lang: "de", dct: "2024-12-04", text: "Der syrische Bürgerkrieg, der 2011 mit der brutalen Unterdrückung prodemokratischer Proteste durch die Truppen von Präsident Bashar al-Assad begann, hat rund eine halbe Million Tote gefordert.", checks: &[Figure("killed", 500_000, "about")] },
    Case { name: "fig_en_at_least_people_killed", lang: "en", dct: "2024-11-27", text: "At least 242 people were killed in Israeli strikes on Hezbollah targets on Tuesday.", checks: &[Figure("killed", 242, "at least")] },
    Case { name: "fig_en_troops", lang: "en", dct: "2024-06-25", text: "Kenya deployed 1,500 troops to Haiti on Tuesday.", checks: &[Event("MOBILIZE", "2024-06-25", &[("source", "Kenya")]), Figure("troops", 1500, "")] },
    Case { name: "fig_fr_au_moins_morts", lang: "fr", dct: "2024-08-03", text: "L'attaque des shebab vendredi contre une plage de Mogadiscio a fait au moins 12 morts.", checks: &[Figure("killed", 12, "at least")] },
    Case { name: "fig_fr_space_thousands", lang: "fr", dct: "2024-11-27", text: "L'offensive israélienne contre le Hezbollah a fait plus de 3 700 morts depuis octobre 2023.", checks: &[Figure("killed", 3700, "more than")] },
    Case { name: "fig_es_al_menos_muertos", lang: "es", dct: "2024-07-21", text: "Los ataques israelíes del sábado contra los hutíes dejaron al menos 30 muertos y 80 heridos.", checks: &[Figure("killed", 30, "at least"), Figure("wounded", 80, "")] },
    Case { name: "fig_en_speakers_are_not_troops", lang: "en", dct: "2024-12-08", text: "Rebel fighters entered Damascus on Sunday after the army command told officers that the rule of Assad was over, two senior army officers told Reuters.", checks: &[NoFigure(2)] },
    Case { name: "fig_en_over_before_a_comma_is_no_qualifier", lang: "en", dct: "2024-12-08", text: "The siege was over, and the rebels captured 300 soldiers on Sunday.", checks: &[Figure("troops", 300, "")] },
    Case { name: "fig_en_dozens_are_dozens", lang: "en", dct: "2025-03-21", text: "The army said on Friday it had killed dozens of RSF fighters near the palace.", checks: &[Figure("killed", 24, "dozens"), NoFigure(12)] },
    Case { name: "fig_de_hunderte_noun", lang: "de", dct: "2025-03-21", text: "Bei einem Angriff der RSF am Freitag wurden Hunderte Menschen getötet.", checks: &[Figure("killed", 200, "hundreds")] },
    Case { name: "fig_fr_dizaines_de_milliers", lang: "fr", dct: "2025-03-21", text: "L'offensive des FSR vendredi a fait des dizaines de milliers de déplacés.", checks: &[Figure("displaced", 20_000, "tens of thousands")] },
    Case { name: "fig_es_miles_desplazados", lang: "es", dct: "2025-03-21", text: "Las Fuerzas de Apoyo Rápido atacaron el viernes la ciudad de El Fasher y dejaron miles de desplazados.", checks: &[Figure("displaced", 2000, "thousands")] },
    // ------------------------------------------------------------ relations
    Case { name: "rel_de_group_in_contact", lang: "de", dct: "2024-12-04", text: "Die Außenminister der Garantiemächte stehen mit Russland, Iran und der Türkei in engem Kontakt, sagte eine Sprecherin am Mittwoch.", checks: &[Relation("Russland", "Türkei", "contact")] },
    Case { name: "rel_de_verbuendeter", lang: "de", dct: "2024-12-04", text: "Die Rebellen griffen am Montag Hama an, so Moskau, ein Verbündeter des syrischen Regimes.", checks: &[Relation("Moskau", "syrischen Regimes", "supports")] },
    Case { name: "rel_de_pro_iranisch", lang: "de", dct: "2024-11-27", text: "Die pro-iranische Hisbollah feuerte am Montag Raketen auf Israel ab. Der Iran begrüßte den Angriff.", checks: &[Relation("Hisbollah", "Iran", "supports"), Event("ASSAULT", "2024-11-25", &[("source", "Hisbollah")]), NoEvent("ACCUSE")] },
    Case { name: "rel_de_ableger", lang: "de", dct: "2024-12-08", text: "Die Gruppe HTS, ein ehemaliger Ableger von Al-Qaida, eroberte am Sonntag Damaskus.", checks: &[Relation("HTS", "Al-Qaida", "affiliation")] },
    Case { name: "rel_de_unterstuetzte", lang: "de", dct: "2025-01-27", text: "Die von Ruanda unterstützte Miliz M23 ist am Montag in Goma eingedrungen.", checks: &[Relation("Ruanda", "M23", "supports"), Event("ASSAULT", "2025-01-27", &[("source", "M23")]), NoEvent("SUPPORT")] },
    Case { name: "rel_en_iran_backed", lang: "en", dct: "2024-01-12", text: "The Iran-backed Houthis attacked a cargo ship on Monday.", checks: &[Relation("Iran", "Houthis", "supports"), Event("ASSAULT", "2024-01-08", &[("source", "Houthis")]), NoEvent("SUPPORT")] },
    Case { name: "rel_en_backed_by", lang: "en", dct: "2025-01-27", text: "M23 fighters, backed by Rwanda, entered Goma on Monday.", checks: &[Relation("Rwanda", "M23", "supports")] },
    Case { name: "rel_en_assault_opposes", lang: "en", dct: "2024-09-24", text: "Israel struck Hezbollah positions on Monday.", checks: &[Relation("Israel", "Hezbollah", "opposes")] },
    Case { name: "rel_en_meeting_contact", lang: "en", dct: "2025-05-16", text: "Putin met Erdogan in Ankara on Thursday.", checks: &[Relation("Putin", "Erdogan", "contact")] },
    Case { name: "rel_en_office_affiliation", lang: "en", dct: "2024-08-07", text: "Kremlin spokesman Dmitry Peskov said on Tuesday that Russia would respond.", checks: &[Relation("Peskov", "Russia", "affiliation")] },
    Case { name: "rel_fr_soutenu_par", lang: "fr", dct: "2025-01-27", text: "Le M23, soutenu par le Rwanda, a pris Goma lundi.", checks: &[Relation("Rwanda", "M23", "supports"), Event("ASSAULT", "2025-01-27", &[("source", "M23")])] },
    Case { name: "rel_es_respaldados_por", lang: "es", dct: "2024-07-21", text: "Los hutíes, respaldados por Irán, atacaron un barco el lunes.", checks: &[Relation("Irán", "hutíes", "supports")] },
    Case { name: "rel_es_ataque_opposes", lang: "es", dct: "2024-07-21", text: "Israel bombardeó el sábado posiciones de los hutíes en Yemen.", checks: &[Relation("Israel", "hutíes", "opposes")] },
    Case { name: "rel_de_krieg_zwischen", lang: "de", dct: "2025-02-24", text: "Der Krieg zwischen Russland und der Ukraine dauert seit drei Jahren an.", checks: &[Relation("Russland", "Ukraine", "opposes")] },
    Case { name: "rel_en_talks_between_contact", lang: "en", dct: "2025-05-16", text: "Talks between Russia and Ukraine resumed in Istanbul on Friday.", checks: &[Relation("Russia", "Ukraine", "contact")] },
    Case { name: "rel_en_war_between_far", lang: "en", dct: "2024-04-15", text: "The war broke out a year ago between Russia and its neighbour Ukraine.", checks: &[Relation("Russia", "Ukraine", "opposes")] },
    Case { name: "rel_fr_cessez_le_feu_entre", lang: "fr", dct: "2024-11-27", text: "Un cessez-le-feu entre Israël et le Hezbollah est entré en vigueur mercredi.", checks: &[Relation("Israël", "Hezbollah", "opposes")] },
    Case { name: "rel_es_guerra_entre", lang: "es", dct: "2025-02-24", text: "La guerra entre Rusia y Ucrania comenzó hace tres años.", checks: &[Relation("Rusia", "Ucrania", "opposes")] },
    Case { name: "rel_en_at_war_with", lang: "en", dct: "2024-09-24", text: "Hezbollah, at war with Israel for a year, fired rockets on Monday.", checks: &[Relation("Hezbollah", "Israel", "opposes")] },
    Case { name: "rel_de_im_krieg_mit", lang: "de", dct: "2024-09-24", text: "Die Hisbollah, seit einem Jahr im Krieg mit Israel, feuerte am Montag Raketen ab.", checks: &[Relation("Hisbollah", "Israel", "opposes")] },
    Case { name: "rel_fr_en_guerre_contre", lang: "fr", dct: "2024-09-24", text: "Le Hezbollah, en guerre contre Israël depuis un an, a tiré des roquettes lundi.", checks: &[Relation("Hezbollah", "Israël", "opposes")] },
    Case { name: "rel_es_en_guerra_con", lang: "es", dct: "2024-09-24", text: "Hezbolá, en guerra con Israel desde hace un año, lanzó cohetes el lunes.", checks: &[Relation("Hezbolá", "Israel", "opposes")] },
    Case { name: "rel_de_unter_vermittlung", lang: "de", dct: "2025-01-16", text: "Israel und die Hamas vereinbarten am Mittwoch unter Vermittlung Katars und Ägyptens eine Waffenruhe.", checks: &[Relation("Katars", "Israel", "contact"), Relation("Ägyptens", "Hamas", "contact")] },
    Case { name: "rel_de_vermittelte_von", lang: "de", dct: "2025-01-16", text: "Eine Waffenruhe zwischen Israel und der Hamas trat am Sonntag in Kraft. Die von Katar und Ägypten vermittelte Vereinbarung sieht einen Austausch vor.", checks: &[Relation("Katar", "Hamas", "contact"), Relation("Ägypten", "Israel", "contact")] },
    Case { name: "rel_en_brokered_by", lang: "en", dct: "2025-01-16", text: "Israel and Hamas agreed to a ceasefire on Wednesday. The deal was brokered by Qatar and Egypt.", checks: &[Relation("Qatar", "Israel", "contact"), Relation("Egypt", "Hamas", "contact")] },
    Case { name: "rel_fr_negocie_par", lang: "fr", dct: "2025-01-16", text: "Une trêve entre Israël et le Hamas est entrée en vigueur dimanche. Négocié par le Qatar et l'Egypte, l'accord prévoit un échange.", checks: &[Relation("Qatar", "Hamas", "contact"), Relation("Egypte", "Israël", "contact")] },
    Case { name: "rel_es_mediado_por", lang: "es", dct: "2025-01-16", text: "Israel y Hamás acordaron el miércoles un alto el fuego mediado por Catar y Egipto.", checks: &[Relation("Catar", "Israel", "contact"), Relation("Egipto", "Hamás", "contact")] },
    Case { name: "rel_en_compatriots_meet_contact", lang: "en", dct: "2024-12-09", text: "Rebel leader Ahmed al-Sharaa met Syrian Prime Minister Mohammed al-Jalali in Damascus on Monday.", checks: &[Relation("Sharaa", "Jalali", "contact")] },
    Case { name: "rel_en_signed_with_contact", lang: "en", dct: "2024-03-01", text: "Kenya signed a security agreement with Haiti on Friday.", checks: &[Relation("Kenya", "Haiti", "contact")] },
    Case { name: "rel_fr_signe_avec_person_not_nationality", lang: "fr", dct: "2024-07-08", text: "Le président ukrainien Volodymyr Zelensky a signé avec le chancelier allemand Olaf Scholz un accord de sécurité.", checks: &[Relation("Zelensky", "Scholz", "contact")] },
    Case { name: "rel_de_eingeladen_haben_hosts", lang: "de", dct: "2025-04-14", text: "Am Dienstag beginnt in London eine Konferenz zum Sudan. Eingeladen haben die Europäische Union, die Afrikanische Union und die Vereinten Nationen.", checks: &[Relation("Europäische Union", "Afrikanische Union", "contact"), Relation("Europäische Union", "Vereinten Nationen", "contact")] },
    Case { name: "rel_es_coorganizada_con", lang: "es", dct: "2025-04-15", text: "El ministro británico de Exteriores, David Lammy, inauguró la conferencia, coorganizada con Canadá y Noruega.", checks: &[Relation("Lammy", "Canadá", "contact"), Relation("Lammy", "Noruega", "contact")] },
    Case { name: "rel_en_provided_support_to_operation", lang: "en", dct: "2024-01-12", text: "The United States struck Houthi targets in Yemen on Friday. Australia, Canada and Norway provided support.", checks: &[Relation("Australia", "United States", "supports"), Relation("Norway", "United States", "supports")] },
    Case { name: "rel_de_unterstuetzten_die_operation", lang: "de", dct: "2024-01-12", text: "Die USA bombardierten am Freitag Stellungen der Huthi-Miliz im Jemen. Kanada und Norwegen unterstützten die Operation.", checks: &[Relation("Kanada", "USA", "supports"), Relation("Norwegen", "USA", "supports")] },
    Case { name: "rel_en_and_allied", lang: "en", dct: "2024-10-07", text: "Hezbollah and allied Hamas fighters control parts of southern Lebanon.", checks: &[Relation("Hezbollah", "Hamas", "supports")] },
    Case { name: "rel_de_und_verbuendete", lang: "de", dct: "2024-10-07", text: "Die RSF und verbündete Dschandschawid-Milizen kontrollieren weite Teile Darfurs.", checks: &[Relation("RSF", "Dschandschawid-Milizen", "supports")] },
    Case { name: "rel_fr_et_ses_allies", lang: "fr", dct: "2024-10-07", text: "Le Hezbollah et ses alliés du Hamas contrôlent une partie du sud du Liban.", checks: &[Relation("Hezbollah", "Hamas", "supports")] },
    Case { name: "rel_es_y_sus_aliados", lang: "es", dct: "2024-10-07", text: "Hezbolá y sus aliados de Hamás controlan parte del sur del Líbano.", checks: &[Relation("Hezbolá", "Hamás", "supports")] },
    Case { name: "rel_de_regierung_gestuerzt", lang: "de", dct: "2025-04-02", text: "Die nigrische Armee hatte im Juli 2023 Präsident Mohamed Bazoum gestürzt.", checks: &[Relation("Armee", "Bazoum", "opposes")] },
    Case { name: "rel_en_toppled_president", lang: "en", dct: "2024-09-17", text: "In July 2023 the Taliban toppled President Ashraf Ghani.", checks: &[Relation("Taliban", "Ghani", "opposes")] },
    Case { name: "rel_fr_soutenus_par_fronted", lang: "fr", dct: "2024-12-22", text: "Soutenus par l'Iran, les Houthis attaquent des navires en mer Rouge.", checks: &[Relation("Iran", "Houthis", "supports")] },
    Case { name: "rel_en_relations_between_contact", lang: "en", dct: "2024-12-28", text: "Relations between Ethiopia and Somalia broke down in January.", checks: &[Relation("Ethiopia", "Somalia", "contact")] },
    // an officer of the state with another office still belongs to its army
    Case { name: "rel_en_general_with_office_in_army", lang: "en", dct: "2025-03-03", text: "Sudan's army chief General Abdel Fattah al-Burhan, chairman of the Sovereignty Council, visited troops in Omdurman on Monday. The Sudanese army said it had pushed back the RSF.", checks: &[Relation("Burhan", "Sudanese army", "affiliation")] },
    // a descriptor noun between "led by" and the leader; the led are not its foes
    Case { name: "rel_de_unter_fuehrung_der_miliz", lang: "de", dct: "2025-03-03", text: "Rebellen unter Führung der Miliz Hayat Tahrir al-Scham (HTS) haben am Sonntag die Stadt Homs eingenommen.", checks: &[Relation("Rebellen", "HTS", "affiliation"), NoRelation("Rebellen", "HTS", "opposes")] },
    Case { name: "rel_en_led_by_the_islamist_group", lang: "en", dct: "2025-03-03", text: "Fighters of the rebel coalition led by the Islamist group Hayat Tahrir al-Sham (HTS) captured the city of Homs on Sunday.", checks: &[Relation("rebel coalition", "HTS", "affiliation"), NoRelation("rebel coalition", "HTS", "opposes")] },
    Case { name: "rel_es_que_encabeza", lang: "es", dct: "2025-03-03", text: "El grupo Hayat Tahrir al Sham (HTS), que encabeza la coalición rebelde, tomó el domingo la ciudad de Homs.", checks: &[Relation("HTS", "coalición rebelde", "affiliation")] },
    // a claim of responsibility makes the claimant a source of the attack told before
    Case { name: "rel_de_bekannte_sich_zu_dem_anschlag", lang: "de", dct: "2025-03-04", text: "Bei einem Bombenanschlag auf einen Militärstützpunkt der somalischen Armee sind am Montag zwölf Soldaten getötet worden. Die islamistische Miliz Al-Shabaab bekannte sich über ihren Radiosender zu dem Anschlag.", checks: &[Relation("Al-Shabaab", "somalischen Armee", "opposes")] },
    Case { name: "rel_fr_a_revendique_l_attaque", lang: "fr", dct: "2025-03-04", text: "Une attaque contre un camp de l'armée malienne a fait une dizaine de morts lundi près de Gao. Le JNIM, lié à Al-Qaïda, a revendiqué l'attaque mardi.", checks: &[Relation("JNIM", "armée malienne", "opposes"), NoRelation("JNIM", "Al-Qaïda", "opposes")] },
    Case { name: "rel_en_claimed_responsibility", lang: "en", dct: "2025-03-04", text: "A roadside bomb hit a Malian army convoy near Gao on Monday, killing six soldiers. JNIM claimed responsibility on Tuesday.", checks: &[Relation("JNIM", "Malian army", "opposes")] },
    // the states that form an alliance are its members
    Case { name: "rel_en_formed_alliance_with", lang: "en", dct: "2025-03-04", text: "In 2023 Mali formed the Alliance of Sahel States with Burkina Faso and Niger after a series of coups.", checks: &[Relation("Mali", "Alliance of Sahel States", "affiliation"), Relation("Niger", "Alliance of Sahel States", "affiliation")] },
    Case { name: "rel_de_bildete_allianz", lang: "de", dct: "2025-03-04", text: "Gemeinsam mit Burkina Faso und Mali bildete Niger 2023 die Allianz der Sahelstaaten (AES).", checks: &[Relation("Burkina Faso", "AES", "affiliation"), Relation("Niger", "AES", "affiliation")] },
    // the chair of an organisation belongs to it
    Case { name: "rel_en_who_chairs", lang: "en", dct: "2025-03-04", text: "Tanzanian President Samia Suluhu Hassan, who chairs the Southern African Development Community, called for a ceasefire on Tuesday.", checks: &[Relation("Samia Suluhu Hassan", "SADC", "affiliation")] },
    // a group noun after "Iran-aligned" or before "soutenu par" takes up the armed group named before
    Case { name: "rel_en_aligned_group_noun", lang: "en", dct: "2025-03-04", text: "The Houthis fired a missile at a tanker in the Red Sea on Monday, and the Iran-aligned group said more attacks would follow.", checks: &[Relation("Iran", "Houthis", "supports")] },
    Case { name: "rel_fr_mouvement_soutenu_par", lang: "fr", dct: "2025-03-04", text: "Les Etats-Unis ont frappé lundi des positions des Houthis au Yémen, avec le Royaume-Uni, contre le mouvement armé soutenu par l'Iran.", checks: &[Relation("Iran", "Houthis", "supports"), NoRelation("Iran", "Royaume-Uni", "supports")] },
    // "whose": the group is the person's; a German title noun before the leader's name
    Case { name: "rel_en_whose_coalition", lang: "en", dct: "2025-03-04", text: "Gang leader Jimmy Cherizier, known as \"Barbecue\", whose Viv Ansanm coalition controls most of the capital, threatened the police on Monday.", checks: &[Relation("Cherizier", "Viv Ansanm", "affiliation")] },
    Case { name: "rel_de_unter_fuehrung_des_polizisten", lang: "de", dct: "2025-03-04", text: "Die Koalition Viv Ansanm unter Führung des früheren Polizisten Jimmy Chérizier griff am Montag eine Polizeiwache an.", checks: &[Relation("Viv Ansanm", "Chérizier", "affiliation"), NoRelation("Viv Ansanm", "Chérizier", "opposes")] },
    // the personal staff of a state's leader serve the leader
    Case { name: "rel_en_special_envoy_serves_president", lang: "en", dct: "2025-03-04", text: "U.S. special envoy Steve Witkoff met Qatari officials in Doha on Tuesday, a day after President Donald Trump called for a deal.", checks: &[Relation("Witkoff", "Trump", "affiliation")] },
    // a state whose office holders are named acts, even when the text names it only as a place
    Case { name: "rel_fr_office_holder_state", lang: "fr", dct: "2024-07-08", text: "Des missiles ont touché lundi une centrale en Ukraine. Le président Volodymyr Zelensky a appelé à une réponse ferme.", checks: &[Relation("Zelensky", "Ukraine", "affiliation")] },
    Case { name: "rel_en_organisation_office_no_state", lang: "en", dct: "2024-07-08", text: "Floods hit a camp in Portugal on Monday. UN Secretary-General António Guterres called for aid.", checks: &[NoRelation("Guterres", "Portugal", "affiliation")] },
    // a bare "leader" leads a group, not the state
    Case { name: "rel_en_gang_leader_not_state", lang: "en", dct: "2024-07-08", text: "Haiti's police attacked a gang base on Monday. Gang leader Jimmy Cherizier vowed revenge against Haiti.", checks: &[NoRelation("Cherizier", "Haiti", "affiliation")] },
    // "bombed their positions": the possessive takes up the armed group named before
    Case { name: "rel_es_sus_posiciones", lang: "es", dct: "2025-03-04", text: "Los hutíes lanzaron drones contra un petrolero el lunes. Estados Unidos bombardeó sus posiciones el martes.", checks: &[Relation("Estados Unidos", "hutíes", "opposes")] },
    Case { name: "rel_fr_leurs_positions", lang: "fr", dct: "2025-03-04", text: "Les rebelles du M23 ont pris la ville lundi. L'armée congolaise a bombardé leurs positions mardi.", checks: &[Relation("FARDC", "M23", "opposes")] },
    Case { name: "rel_de_stellungen_der_miliz", lang: "de", dct: "2025-03-04", text: "Die Huthi-Miliz feuerte am Montag Raketen ab. Großbritannien hat am Dienstag Stellungen der Miliz im Jemen bombardiert.", checks: &[Relation("Großbritannien", "Houthis", "opposes")] },
    Case { name: "rel_en_their_positions_not_own", lang: "en", dct: "2025-03-04", text: "Israel said on Monday that Hamas fighters had left the area. Hamas fighters shelled their positions on Tuesday.", checks: &[NoRelation("Hamas", "Hamas", "opposes"), NoRelation("Israel", "Hamas", "supports")] },
    Case { name: "rel_en_their_not_after_assault", lang: "en", dct: "2025-03-04", text: "The Houthis fired drones at a tanker on Monday. The United States reinforced their positions in the Gulf on Tuesday.", checks: &[NoRelation("United States", "Houthis", "opposes")] },
    // a country name before armed forces acts ("U.S. warplanes"), even in a dispatch about it
    Case { name: "rel_en_us_warplanes_state", lang: "en", dct: "2025-03-04", text: "WASHINGTON (AP) — U.S. and British warships, jets and drones struck Houthi radar sites on Saturday. The United States said more strikes would follow. Washington has led the campaign since January.", checks: &[Relation("U.S.", "Houthis", "opposes")] },
    // a subject list cut by commas ("U.S. and British warships, jets and drones struck"): all of it attacks
    Case { name: "rel_en_subject_list_left", lang: "en", dct: "2025-03-04", text: "The Houthis fired missiles at a tanker on Monday. U.S. and British warships, jets and drones struck Houthi bases on Tuesday. Britain said the strikes were lawful.", checks: &[Relation("U.S.", "Britain", "supports"), Relation("Britain", "Houthis", "opposes")] },
    Case { name: "rel_de_subject_list_not_event_noun", lang: "de", dct: "2025-03-04", text: "Russland und die Ukraine hatten zuletzt im März 2022, wenige Wochen nach Beginn der russischen Invasion, in Istanbul verhandelt.", checks: &[NoRelation("Russland", "Ukraine", "supports")] },
    Case { name: "rel_en_provided_support_attacker", lang: "en", dct: "2025-03-04", text: "The United States struck Houthi bases on Tuesday, retaliating for attacks by the rebels on shipping. Denmark and Japan provided support.", checks: &[Relation("Denmark", "United States", "supports"), NoRelation("Denmark", "Houthis", "supports")] },
    // a nationality adjective after a weapon is the attacker ("tirs de roquettes russes")
    Case { name: "role_fr_weapon_adjective_source", lang: "fr", dct: "2024-07-08", text: "Au moins dix civils ont été tués lundi à Kharkiv par des tirs de roquettes russes. La Russie dément toute attaque.", checks: &[Event("ASSAULT", "2024-07-08", &[("source", "russes")])] },
    Case { name: "rel_es_misiles_rusos_place_foe", lang: "es", dct: "2024-07-08", text: "Al menos diez civiles murieron el lunes en Ucrania por ataques con misiles rusos. Rusia lo niega. El presidente ucraniano, Volodímir Zelenski, pidió ayuda.", checks: &[Relation("Rusia", "Ucrania", "opposes")] },
    // "an adviser to President X" serves X
    Case { name: "rel_en_adviser_to_president", lang: "en", dct: "2024-08-07", text: "Mykhailo Podolyak, an adviser to President Volodymyr Zelenskiy, said on Tuesday that Russia was to blame.", checks: &[Relation("Podolyak", "Zelensky", "affiliation")] },
    // the counterparts of one call are each in contact with the caller, not with each other
    Case { name: "rel_en_consult_counterparts", lang: "en", dct: "2025-03-04", text: "Putin held separate talks with Erdogan and Narendra Modi on Monday.", checks: &[Relation("Putin", "Erdogan", "contact"), NoRelation("Erdogan", "Modi", "contact")] },
    // the leader of an armed group named as such does not hold the state office the lexicon knows him for
    Case { name: "rel_en_rebel_leader_not_state", lang: "en", dct: "2024-12-08", text: "HTS leader Abu Mohammed al-Jolani entered Damascus on Sunday, and Syria's government fell.", checks: &[Relation("Jolani", "HTS", "affiliation"), NoRelation("Jolani", "Syrian government", "affiliation")] },
    // a civilian ministry that only speaks is not tied to its state; a defence ministry is
    Case { name: "rel_en_foreign_ministry_speaks_only", lang: "en", dct: "2024-07-08", text: "The talks in Jeddah failed on Monday, the Sudanese Foreign Ministry said. Sudan's government rejected the plan.", checks: &[NoRelation("Sudanese Foreign Ministry", "Sudan's government", "affiliation")] },
    Case { name: "rel_en_defence_ministry_state", lang: "en", dct: "2024-07-08", text: "The Russian Defence Ministry said on Monday that its troops had repelled an attack. Russia denied any losses.", checks: &[Relation("Russian Defence Ministry", "Russia", "affiliation")] },
    // two sources of one attack are not allies when the dispatch has them fighting each other
    Case { name: "rel_en_foes_not_alongside", lang: "en", dct: "2024-07-21", text: "The Houthis fired missiles at Israel on Friday. Israel and the Houthis struck ports on Saturday.", checks: &[NoRelation("Israel", "Houthis", "supports")] },
    // an ambassador to an organisation serves their own state
    Case { name: "rel_en_un_ambassador_serves_state", lang: "en", dct: "2024-07-08", text: "Kenya's U.N. ambassador, Martin Kimani, said on Tuesday that Kenya would send more police.", checks: &[Relation("Kimani", "Kenya", "affiliation"), NoRelation("Kimani", "United Nations", "affiliation")] },
    // a spokesperson of the Kremlin or the head of the presidential office serves the president
    Case { name: "rel_en_kremlin_spokesman_serves_president", lang: "en", dct: "2024-08-07", text: "Kremlin spokesman Dmitry Peskov said on Tuesday that President Vladimir Putin was being kept informed.", checks: &[Relation("Peskov", "Putin", "affiliation")] },
    Case { name: "rel_fr_chef_du_bureau_presidentiel_serves_president", lang: "fr", dct: "2025-03-12", text: "Le président ukrainien Volodymyr Zelensky a salué mercredi les pourparlers. Le chef du bureau présidentiel, Andriï Iermak, a rencontré Marco Rubio à Jeddah.", checks: &[Relation("Iermak", "Zelensky", "affiliation")] },
    // the partners named between the verb and the alliance are members too
    Case { name: "rel_fr_a_forme_avec_partenaires_avant_alliance", lang: "fr", dct: "2024-09-18", text: "En 2023, le Niger a formé avec les régimes militaires voisins du Mali et du Burkina Faso l'Alliance des Etats du Sahel (AES).", checks: &[Relation("Niger", "AES", "affiliation"), Relation("Mali", "AES", "affiliation")] },
    // two leaders of one country as the sides of a war oppose each other
    Case { name: "rel_en_war_between_two_generals", lang: "en", dct: "2024-04-15", text: "The war broke out in April 2023 between army chief Abdel Fattah al-Burhan and his former deputy Mohamed Hamdan Daglo.", checks: &[Relation("Burhan", "Daglo", "opposes")] },
    // who holds the place an attack hits is its target ("Houthi-controlled Yemen"); a backer is not
    Case { name: "role_en_controlled_place_holder_target", lang: "en", dct: "2024-01-12", text: "The United States struck military targets across Houthi-controlled Yemen on Friday.", checks: &[Event("ASSAULT", "2024-01-12", &[("source", "United States"), ("target", "Houthis")]), Relation("United States", "Houthis", "opposes")] },
    Case { name: "role_en_backed_modifier_not_target", lang: "en", dct: "2024-01-12", text: "The United States struck Iran-backed militias in Iraq on Friday.", checks: &[NoRelation("United States", "Iran", "opposes")] },
    // the head of a group named after a relative clause on the group ("El líder de la alianza que …, X,")
    Case { name: "rel_es_lider_de_fronted_appositive", lang: "es", dct: "2024-12-09", text: "El líder de la alianza insurgente que entró ayer en Damasco, Abu Mohamed al Jolani, pidió calma este lunes.", checks: &[Relation("Jolani", "alianza insurgente", "affiliation")] },
    // granting asylum to a leader is support; a speaker after the clause is not the sheltered
    Case { name: "rel_en_granted_him_asylum", lang: "en", dct: "2024-12-08", text: "Rebels seized Damascus on Sunday and President Bashar al-Assad fled. Russia granted him and his family asylum, the Kremlin said.", checks: &[Relation("Russia", "Assad", "supports")] },
    Case { name: "rel_es_concedio_asilo_a", lang: "es", dct: "2024-12-09", text: "El presidente sirio, Bachar al Asad, huyó a Moscú. Rusia concedió asilo a Al Asad y a su familia por razones humanitarias.", checks: &[Relation("Rusia", "Asad", "supports")] },
    Case { name: "rel_en_granted_asylum_not_speaker", lang: "en", dct: "2024-12-08", text: "Rebels seized Damascus on Sunday and President Bashar al-Assad fled. Russia granted asylum to journalists on Monday, President Vladimir Putin said.", checks: &[NoRelation("Russia", "Putin", "supports"), NoRelation("Russia", "Assad", "supports")] },
    // states that pledge personnel for a mission support it; not the foe the troops are to fight
    Case { name: "rel_en_pledged_personnel_for_the_mission", lang: "en", dct: "2024-06-25", text: "Kenya leads the Multinational Security Support mission in Haiti. Benin, Chad and Barbados have also pledged personnel for the mission.", checks: &[Relation("Benin", "Multinational Security Support Mission", "supports"), Relation("Barbados", "Multinational Security Support Mission", "supports")] },
    Case { name: "rel_fr_promis_des_policiers_a_la_mission", lang: "fr", dct: "2024-06-25", text: "Le Kenya dirige la Mission multinationale d'appui à la sécurité en Haïti. Le Bénin et le Tchad ont promis des policiers à la mission.", checks: &[Relation("Bénin", "Multinational Security Support Mission", "supports"), Relation("Tchad", "Multinational Security Support Mission", "supports")] },
    Case { name: "rel_en_pledged_troops_not_foe", lang: "en", dct: "2024-06-25", text: "The Multinational Security Support mission arrived in Haiti on Tuesday. Chad has pledged troops to fight jihadists in Niger.", checks: &[NoRelation("Chad", "jihadists", "supports")] },
    // a mission "authorised by" a body is backed by it
    Case { name: "rel_en_authorised_by_council", lang: "en", dct: "2024-06-25", text: "Kenyan police officers landed in Haiti on Tuesday. They lead the Multinational Security Support mission, authorised by the UN Security Council in October.", checks: &[Relation("UN Security Council", "Multinational Security Support Mission", "supports")] },
    // demanding that an armed group halt its attacks is opposition; demanding anything else is not
    Case { name: "rel_en_demanded_that_halt", lang: "en", dct: "2024-01-12", text: "The Houthis fired missiles at a tanker on Monday. The UN Security Council demanded on Wednesday that the Houthis halt the attacks.", checks: &[Relation("UN Security Council", "Houthis", "opposes")] },
    Case { name: "rel_en_demanded_that_release_no_opposes", lang: "en", dct: "2024-01-12", text: "The Houthis fired missiles at a tanker on Monday. The UN Security Council demanded on Wednesday that the Houthis release the crew.", checks: &[NoRelation("UN Security Council", "Houthis", "opposes")] },
    // "trained by", "entrenados por": support
    Case { name: "rel_es_entrenados_por", lang: "es", dct: "2024-07-21", text: "Los hutíes, entrenados por Irán, atacaron el lunes un petrolero en el mar Rojo.", checks: &[Relation("Irán", "hutíes", "supports")] },
    // breaking off relations between states opposes; a group cutting its ties with its parent does not
    Case { name: "rel_en_break_off_relations_with", lang: "en", dct: "2024-08-05", text: "Niger's junta said on Monday that it had decided to break off diplomatic relations with Ukraine.", checks: &[Relation("Nigerien government", "Ukraine", "opposes")] },
    Case { name: "rel_en_cut_ties_group_not_foe", lang: "en", dct: "2024-12-08", text: "Hayat Tahrir al-Sham cut its ties with al-Qaeda in 2016, the group said.", checks: &[NoRelation("Hayat Tahrir al-Sham", "al-Qaeda", "opposes")] },
    // "enfrentaron a A y a B con C y con D": each side before `con` fights each one after it
    Case { name: "rel_es_enfrentaron_a_con", lang: "es", dct: "2024-08-05", text: "Los combates de julio enfrentaron a las tropas malienses y a los mercenarios de Wagner con los separatistas tuaregs y con yihadistas del JNIM, vinculado a Al Qaeda.", checks: &[Relation("Wagner", "JNIM", "opposes"), Relation("tropas malienses", "JNIM", "opposes"), NoRelation("Wagner", "tropas malienses", "opposes"), NoRelation("JNIM", "Al Qaeda", "opposes")] },
    // "the junta's spokesman, Major General X": X serves the junta
    Case { name: "rel_en_junta_s_spokesman", lang: "en", dct: "2024-12-21", text: "Myanmar's junta lost the town of Lashio on Saturday. The junta's spokesman, Major General Zaw Min Tun, could not be reached for comment.", checks: &[Relation("Zaw Min Tun", "junta", "affiliation")] },
    // "…, ousting the government of X": the sentence's subject opposes X, who is no member of the junta that took power
    Case { name: "rel_en_ousting_government_of_leader", lang: "en", dct: "2024-12-21", text: "Myanmar's military seized power in 2021, ousting the elected government of Aung San Suu Kyi. The junta said on Monday it would hold elections.", checks: &[Relation("Myanmar military", "Aung San Suu Kyi", "opposes"), NoRelation("Aung San Suu Kyi", "junta", "affiliation")] },
    Case { name: "rel_en_ousted_leader_keeps_own_government", lang: "en", dct: "2024-12-08", text: "Rebels ousted President Bashar al-Assad on Sunday. The Syrian government collapsed within hours.", checks: &[Relation("Bashar al-Assad", "Syrian government", "affiliation")] },
    // "le porte-parole de la police, X": the hyphenated office, and the holder in apposition (not the subject before)
    Case { name: "rel_fr_porte_parole_de_appose", lang: "fr", dct: "2024-08-03", text: "Les shebab ont attaqué vendredi la plage du Lido, a précisé le porte-parole de la police, Abdifatah Adan Hassan.", checks: &[Relation("Abdifatah Adan Hassan", "police", "affiliation"), NoRelation("shebab", "police", "affiliation")] },
    // a military spokesperson serves the army, not only the state
    Case { name: "rel_es_portavoz_militar_serves_army", lang: "es", dct: "2024-09-27", text: "El Ejército israelí bombardeó el viernes el cuartel general de Hezbolá en Beirut. El portavoz militar israelí, Daniel Hagari, aseguró que el centro de mando estaba oculto bajo inmuebles residenciales.", checks: &[Relation("Hagari", "Israel Defense Forces", "affiliation")] },
    // "Son porte-parole, X": the possessive takes up the group named first in the sentences before, not the army it fought nor the country's government
    Case { name: "rel_fr_son_porte_parole_group_before", lang: "fr", dct: "2024-12-21", text: "Les rebelles de l'Armée d'Arakan (AA) ont revendiqué la prise du quartier général de l'armée birmane, un revers pour la junte. Dans un communiqué, le groupe affirme avoir pris le contrôle de la base. Son porte-parole, Khaing Thu Kha, a indiqué que deux officiers avaient été faits prisonniers.", checks: &[Relation("Khaing Thu Kha", "Armée d'Arakan", "affiliation"), NoRelation("Khaing Thu Kha", "junte", "affiliation"), NoRelation("Khaing Thu Kha", "armée birmane", "affiliation")] },
    Case { name: "rel_es_su_portavoz_group_before", lang: "es", dct: "2024-12-21", text: "El Ejército de Arakan tomó el sábado el cuartel general del ejército birmano en Ann. Su portavoz, Khaing Thu Kha, dijo que dos oficiales fueron capturados.", checks: &[Relation("Khaing Thu Kha", "Ejército de Arakan", "affiliation"), NoRelation("Khaing Thu Kha", "ejército birmano", "affiliation")] },
    // "…, según su portavoz, X": X speaks for the person named before in the sentence, not for the government named in it
    Case { name: "rel_es_segun_su_portavoz_speaker", lang: "es", dct: "2024-12-09", text: "El secretario general de la ONU, António Guterres, condenó el lunes la masacre y pidió a las autoridades haitianas que lleven a los responsables ante la justicia, según su portavoz, Stéphane Dujarric.", checks: &[Relation("Stéphane Dujarric", "António Guterres", "affiliation"), NoRelation("Stéphane Dujarric", "autoridades haitianas", "affiliation")] },
    // a state named first is no group: "Son porte-parole" does not tie to it by this rule, nor to a group named later
    Case { name: "rel_fr_son_porte_parole_state_not_group", lang: "fr", dct: "2024-12-21", text: "La France a condamné l'attaque de l'Armée d'Arakan. Son porte-parole, Christophe Lemoine, a appelé au calme.", checks: &[NoRelation("Christophe Lemoine", "Armée d'Arakan", "affiliation")] },
    Case { name: "rel_en_announced_the_agreement_mediators", lang: "en", dct: "2024-11-28", text: "A ceasefire between Israel and Hezbollah took effect on Wednesday. France and the United States announced the agreement on Tuesday after weeks of talks.", checks: &[Relation("France", "Israel", "contact"), Relation("United States", "Hezbollah", "contact"), NoRelation("France", "United States", "contact")] },
    Case { name: "rel_en_announced_an_agreement_not_mediators", lang: "en", dct: "2024-11-28", text: "A ceasefire between Israel and Hezbollah took effect on Wednesday. Qatar and Egypt announced an agreement on gas exports on Tuesday.", checks: &[NoRelation("Qatar", "Israel", "contact"), NoRelation("Egypt", "Hezbollah", "contact")] },
    Case { name: "rel_en_brokered_by_with_announcer_mediates_first_truce", lang: "en", dct: "2024-11-28", text: "A ceasefire between Armenia and Azerbaijan took effect on Monday. The truce, brokered by Russia and Turkey and announced by Russian President Vladimir Putin on Sunday, aims to end weeks of fighting.", checks: &[Relation("Turkey", "Armenia", "contact"), Relation("Russia", "Azerbaijan", "contact"), NoRelation("Turkey", "Putin", "contact")] },
    Case { name: "rel_en_bare_office_dateline_country", lang: "en", dct: "2024-12-09", text: "KYIV, Ukraine (AP) — Russian drones hit the port of Odesa overnight, Ukraine said. Russia's defence ministry said it had struck military sites in Ukraine, and Moscow warned that Russia would keep up the pressure. Prime Minister Denys Kovalenko said three people were killed.", checks: &[Relation("Kovalenko", "Ukraine", "affiliation"), NoRelation("Kovalenko", "Russia", "affiliation")] },
    Case { name: "rel_en_bare_office_other_country_in_sentence", lang: "en", dct: "2024-12-09", text: "MOSCOW (AP) — Syria's ousted leader arrived in Russia on Sunday, Russian news agencies said, after rebels seized Damascus and Syria's army collapsed. Russia granted him asylum, the Kremlin said. Syrian rebel leader Ahmed al-Sharaa met Prime Minister Karim Haddad on Monday to discuss the handover.", checks: &[Relation("Haddad", "Syria", "affiliation"), NoRelation("Haddad", "Russia", "affiliation")] },
    Case { name: "rel_en_requested_meeting_of_body_contact", lang: "en", dct: "2024-07-09", text: "Ukraine requested an emergency meeting of the UN Security Council after the strike on Monday.", checks: &[Relation("Ukraine", "UN Security Council", "contact")] },
    Case { name: "rel_en_requested_meeting_with_allies_no_body", lang: "en", dct: "2024-07-09", text: "Ukraine requested a meeting with its allies after the strike on Monday. Russia denied the attack, the UN Security Council said.", checks: &[NoRelation("Ukraine", "UN Security Council", "contact")] },
    Case { name: "rel_fr_demande_reunion_du_conseil_contact", lang: "fr", dct: "2024-07-09", text: "La France a demandé une réunion d'urgence du Conseil de sécurité de l'ONU après la frappe de lundi.", checks: &[Relation("France", "Conseil de sécurité de l'ONU", "contact")] },
    Case { name: "rel_es_solicito_reunion_del_consejo_contact", lang: "es", dct: "2024-07-09", text: "Ucrania solicitó una reunión de urgencia del Consejo de Seguridad de la ONU tras el ataque del lunes.", checks: &[Relation("Ucrania", "Consejo de Seguridad de la ONU", "contact")] },
    Case { name: "rel_en_notified_contact", lang: "en", dct: "2024-11-22", text: "Russia test-fired a new missile on Thursday. The United States condemned the test, but said Russia had notified the United States shortly before the launch.", checks: &[Relation("Russia", "United States", "contact")] },
    Case { name: "rel_fr_averti_par_canaux_contact", lang: "fr", dct: "2024-11-22", text: "Selon le Kremlin, la Russie avait averti les États-Unis une heure avant le tir, par le biais des canaux de réduction du risque nucléaire.", checks: &[Relation("Russie", "États-Unis", "contact")] },
    Case { name: "rel_en_warned_without_channel_no_contact", lang: "en", dct: "2024-11-22", text: "Russia warned the United States on Thursday that it would respond to any new strike.", checks: &[NoRelation("Russia", "United States", "contact")] },
    Case { name: "rel_en_fighting_between_not_meeting_parties", lang: "en", dct: "2024-04-15", text: "Fighting between the Sudanese army and the RSF spread across Darfur on Monday as donors meeting in London pledged new aid.", checks: &[Relation("Sudanese army", "RSF", "opposes"), NoRelation("Sudanese army", "RSF", "contact")] },
    Case { name: "rel_en_ceasefire_between_talks_contact_kept", lang: "en", dct: "2024-04-15", text: "Talks on a ceasefire between Israel and Hamas resumed in Cairo on Monday as mediators met both delegations.", checks: &[Relation("Israel", "Hamas", "contact")] },
    Case { name: "rel_en_mediated_by_nationality_title_leader", lang: "en", dct: "2024-12-12", text: "Azerbaijan and Armenia agreed on Monday to reopen their border, in talks mediated by Turkish President Recep Tayyip Erdogan.", checks: &[Relation("Erdogan", "Armenia", "contact"), Relation("Erdogan", "Azerbaijan", "contact"), NoRelation("Turkish", "Armenia", "contact")] },
    Case { name: "rel_en_leader_fights_leader_not_group_in_title", lang: "en", dct: "2023-04-16", text: "Fighting broke out on Saturday between army chief Abdel Fattah al-Burhan and his former deputy, RSF commander Mohamed Hamdan Daglo.", checks: &[Relation("Burhan", "Daglo", "opposes"), NoRelation("Burhan", "RSF", "opposes")] },
    Case { name: "rel_en_adviser_to_president_country", lang: "en", dct: "2024-11-28", text: "Russian forces struck Kharkiv overnight with drones and missiles, Russia's defence ministry said, and Moscow said the strikes hit military targets. Ukraine said it shot down most of the drones. Oleh Marchenko, an adviser to President Volodymyr Zelensky, said Russia was targeting homes.", checks: &[Relation("Marchenko", "Ukraine", "affiliation"), NoRelation("Marchenko", "Russia", "affiliation")] },
    Case { name: "rel_de_berater_von_praesident_country", lang: "de", dct: "2024-11-28", text: "Russische Truppen haben in der Nacht Charkiw mit Drohnen angegriffen, teilte das russische Verteidigungsministerium mit. Moskau erklärte, die Angriffe hätten militärischen Zielen gegolten. Die Ukraine erklärte, sie habe die meisten Drohnen abgeschossen. Oleh Martschenko, ein Berater von Präsident Wolodymyr Selenskyj, sagte, Russland ziele auf Wohnhäuser.", checks: &[Relation("Martschenko", "Ukraine", "affiliation"), NoRelation("Martschenko", "Russland", "affiliation")] },
    // "según X (ABBR)": the name in brackets restates the reporter, it is no target
    Case { name: "role_es_bracketed_abbreviation_keeps_reporter", lang: "es", dct: "2024-12-09", text: "La aviación israelí bombardeó el domingo un arsenal cerca de Tartús, según el Observatorio Sirio de Derechos Humanos (OSDH).", checks: &[NoRole("ASSAULT", "target", "Observatorio Sirio"), NoRelation("aviación israelí", "Observatorio Sirio", "opposes")] },
    // Spanish "el" is an article, not the pronoun "él": it does not make the speaker the subject
    Case { name: "role_es_article_el_not_pronoun", lang: "es", dct: "2024-12-09", text: "Al menos 30 personas fueron asesinadas el viernes en un barrio de la capital haitiana por una banda cuyo jefe las acusó de espiar para la policía, informó el lunes la ONU.", checks: &[NoRole("ACCUSE", "source", "ONU"), NoRelation("ONU", "policía", "opposes")] },
    // Spanish "a" before a person or group marks the object, not a place
    Case { name: "role_es_personal_a_object", lang: "es", dct: "2024-08-01", text: "El ejército israelí mató el miércoles en Teherán a Ismail Haniyeh, el líder político de Hamás.", checks: &[Event("ASSAULT", "", &[("source", "ejército israelí"), ("target", "Haniyeh")]), Relation("ejército israelí", "Haniyeh", "opposes")] },
    Case { name: "rel_es_a_before_state_stays_place", lang: "es", dct: "2024-08-01", text: "El presidente ucraniano, Volodímir Zelenski, viajó el lunes a Turquía.", checks: &[NoRelation("Zelenski", "Turquía", "contact"), NoRelation("Zelenski", "Turquía", "opposes")] },
    // "con apoyo del X", "avec le soutien du X": X supports the subject, it is no target
    Case { name: "rel_es_con_apoyo_del", lang: "es", dct: "2024-07-09", text: "El ejército somalí recuperó el jueves la ciudad de Baidoa de manos de Al Shabab con apoyo del ejército etíope.", checks: &[Relation("ejército etíope", "ejército somalí", "supports"), NoRelation("ejército etíope", "ejército somalí", "opposes"), NoRelation("ejército etíope", "Al Shabab", "supports")] },
    Case { name: "rel_fr_avec_le_soutien_du", lang: "fr", dct: "2024-07-09", text: "L'armée malienne a repris mardi la ville de Kidal aux rebelles touareg avec le soutien du groupe Wagner.", checks: &[Relation("Wagner", "armée malienne", "supports"), NoRelation("Wagner", "armée malienne", "opposes")] },
    // "la milicia de Hezbolá": a group noun before the name is the group itself
    Case { name: "role_es_group_noun_de_name", lang: "es", dct: "2024-07-09", text: "Las tropas rusas llegaron el lunes a Siria, donde la milicia de Hezbolá atacó a los rebeldes de Hayat Tahrir al Sham.", checks: &[Relation("Hezbolá", "Hayat Tahrir al Sham", "opposes"), NoRelation("tropas rusas", "Hezbolá", "opposes")] },
    // a relative pronoun opens the subject's clause: "al que la junta acusa" (the junta accuses)
    Case { name: "role_es_relative_pronoun_subject", lang: "es", dct: "2024-07-09", text: "Ucrania rechazó el lunes las acusaciones de Mali, al que la junta militar de Bamako acusa de haber ayudado a los rebeldes.", checks: &[Event("ACCUSE", "", &[("source", "junta")]), NoRole("ACCUSE", "source", "Ucrania")] },
    // "cientos de X", "hundreds of X": X heads the phrase, a number word is no noun it depends on
    Case { name: "role_es_cientos_de_subject", lang: "es", dct: "2024-07-09", text: "Cientos de yihadistas atacaron el martes una base del ejército maliense.", checks: &[Event("ASSAULT", "", &[("source", "yihadistas"), ("target", "ejército maliense")]), Relation("yihadistas", "ejército maliense", "opposes")] },
    Case { name: "role_en_hundreds_of_subject", lang: "en", dct: "2024-07-09", text: "Hundreds of jihadists attacked a Malian army base on Tuesday.", checks: &[Event("ASSAULT", "", &[("source", "jihadists")]), Relation("jihadists", "Malian", "opposes")] },
    // "los manifestantes", "protesters": the protest noun names its own agents
    Case { name: "role_es_protesters_are_protest_source", lang: "es", dct: "2024-07-09", text: "Cientos de manifestantes protestaron este martes contra Ruanda frente a su embajada en Kinshasa.", checks: &[Event("PROTEST", "", &[("source", "manifestantes"), ("target", "Ruanda")]), Relation("manifestantes", "Ruanda", "opposes")] },
    Case { name: "role_en_protesters_are_protest_source", lang: "en", dct: "2024-07-09", text: "Hundreds of protesters rallied on Tuesday against Rwanda outside its embassy in Kinshasa.", checks: &[Event("PROTEST", "", &[("source", "protesters")]), Relation("protesters", "Rwanda", "opposes")] },
    // a truce that "entered into force" is no entry of troops (`not=X+Y` in the trigger lexicon)
    Case { name: "trig_fr_entre_en_vigueur_not_assault", lang: "fr", dct: "2024-07-09", text: "Le cessez-le-feu entré en vigueur mercredi entre Israël et le Hezbollah reste fragile.", checks: &[NoEvent("ASSAULT")] },
    Case { name: "trig_en_entered_into_force_not_assault", lang: "en", dct: "2024-07-09", text: "The ceasefire between Israel and Hezbollah entered into force on Wednesday.", checks: &[NoEvent("ASSAULT")] },
    // "le mouvement", "el movimiento" as subject: the armed group, not the last subject (a state)
    Case { name: "role_fr_group_noun_subject_armed_group", lang: "fr", dct: "2024-07-09", text: "Le Hezbollah a tiré mardi des roquettes sur le nord d'Israël. Les Etats-Unis ont appelé à la retenue. Le mouvement avait ouvert un front contre Israël le 8 octobre 2023.", checks: &[Event("ASSAULT", "2023-10-08", &[("source", "Hezbollah"), ("target", "Israël")]), NoRelation("Etats-Unis", "Israël", "opposes")] },
    Case { name: "role_es_group_noun_subject_after_aside", lang: "es", dct: "2024-07-09", text: "Hezbolá disparó el martes cohetes contra el norte de Israel. Estados Unidos pidió moderación. El movimiento, por su parte, atacó el miércoles una base del ejército israelí.", checks: &[Event("ASSAULT", "", &[("source", "Hezbolá"), ("target", "ejército israelí")]), NoRelation("Estados Unidos", "ejército israelí", "opposes")] },
    // "del movimiento chiita respaldado por Irán": a definite group noun takes up the group of an earlier sentence
    Case { name: "rel_es_definite_group_noun_backed_by", lang: "es", dct: "2024-07-09", text: "Israel bombardeó el martes Beirut. Hezbolá no reaccionó. Francia pidió moderación el miércoles al líder del movimiento chiita respaldado por Irán.", checks: &[Relation("Irán", "Hezbolá", "supports")] },
    Case { name: "rel_en_bare_group_noun_not_earlier_group", lang: "en", dct: "2024-07-09", text: "Syrian rebels seized Aleppo on Friday. Fighters backed by Iran had held the city for years.", checks: &[NoRelation("Iran", "rebels", "supports")] },
    // a proposed truce is a request, not an agreement: its proposers and the one who rejects it are not in contact
    Case { name: "rel_es_proposed_truce_no_contact", lang: "es", dct: "2024-07-09", text: "Israel rechazó el jueves una propuesta de tregua presentada el miércoles por Estados Unidos y Francia.", checks: &[Event("REQUEST", "", &[("source", "Estados Unidos")]), NoRelation("Israel", "Estados Unidos", "contact"), NoRelation("Israel", "Francia", "contact")] },
    // French "et des soldats": an article, not "of the"; the two subjects act together
    Case { name: "role_fr_et_des_article_not_genitive", lang: "fr", dct: "2024-07-09", text: "Le groupe armé M23 et des soldats rwandais ont pris lundi la ville de Goma.", checks: &[Relation("M23", "soldats rwandais", "supports"), NoRelation("M23", "soldats rwandais", "opposes")] },
    // support: never to whom one fights "against"; "apoyo militar al Gobierno" goes to the government
    Case { name: "role_es_support_not_against", lang: "es", dct: "2024-07-09", text: "Hezbolá abrió el 8 de octubre de 2023 un frente contra Israel en apoyo a Hamás.", checks: &[Relation("Hezbolá", "Hamás", "supports"), NoRelation("Hezbolá", "Israel", "supports")] },
    Case { name: "role_es_support_al_beneficiary", lang: "es", dct: "2024-07-09", text: "Irán prometió el lunes apoyo militar al Gobierno sirio.", checks: &[Relation("Irán", "Gobierno sirio", "supports")] },
    Case { name: "role_fr_soutien_au_beneficiary", lang: "fr", dct: "2024-07-09", text: "L'Iran a promis lundi un soutien militaire au gouvernement syrien.", checks: &[Relation("Iran", "gouvernement syrien", "supports")] },
    // "acusó a X de haber ayudado a los rebeldes": who is named in the charge is not accused
    Case { name: "role_es_accuse_charge_not_target", lang: "es", dct: "2024-07-09", text: "La junta militar de Malí acusó el lunes a Ucrania de haber ayudado a los rebeldes tuaregs.", checks: &[Event("ACCUSE", "", &[("source", "junta")]), NoRelation("junta", "rebeldes", "opposes")] },
    Case { name: "role_en_accuse_charge_not_target", lang: "en", dct: "2024-07-09", text: "Mali's junta accused Ukraine on Monday of helping the Tuareg rebels.", checks: &[Relation("junta", "Ukraine", "opposes"), NoRelation("junta", "rebels", "opposes")] },
    // "infligieron una derrota a X y a sus aliados Y": an attack; X and Y fight together
    Case { name: "trig_es_infligieron_derrota", lang: "es", dct: "2024-08-05", text: "Los rebeldes tuaregs infligieron en julio de 2024 una grave derrota al ejército maliense y a sus aliados rusos del grupo Wagner.", checks: &[Event("ASSAULT", "2024-07", &[("source", "rebeldes"), ("target", "ejército maliense")]), Relation("Wagner", "ejército maliense", "supports"), NoRelation("Wagner", "ejército maliense", "opposes")] },
    Case { name: "trig_es_infligio_without_defeat", lang: "es", dct: "2024-08-05", text: "La guerra infligió en 2024 un duro golpe a la economía de Malí.", checks: &[NoEvent("ASSAULT")] },
    Case { name: "rel_fr_et_a_ses_allies", lang: "fr", dct: "2024-08-05", text: "Les rebelles touareg ont infligé fin juillet 2024 une lourde défaite à l'armée malienne et à ses alliés russes du groupe Wagner.", checks: &[Relation("Wagner", "armée malienne", "supports"), Relation("rebelles", "Wagner", "opposes")] },
    // "une victoire sur X et promis une coordination avec Y": one cooperates with Y, not "on/against" X
    Case { name: "role_fr_cooperate_not_against", lang: "fr", dct: "2024-07-09", text: "Le Hezbollah a revendiqué vendredi une victoire sur l'armée israélienne et promis une coordination avec l'armée libanaise.", checks: &[Relation("Hezbollah", "armée libanaise", "contact"), NoRelation("Hezbollah", "armée israélienne", "contact")] },
    // ------------------------------------------------------------ places
    Case { name: "place_en_city_over_country", lang: "en", dct: "2024-11-21", text: "Russia struck the Ukrainian city of Dnipro on Thursday.", checks: &[Place("ASSAULT", "Dnipro")] },
    // a nationality adjective on the strikes is who struck (the country named nowhere else)
    Case { name: "role_en_adjective_air_strikes_source", lang: "en", dct: "2024-10-15", text: "GAZA CITY, Oct 15 (Reuters) - Israeli air strikes killed 20 people in Gaza on Tuesday, health officials said.", checks: &[Event("ASSAULT", "2024-10-15", &[("source", "Israel")]), Place("ASSAULT", "Gaza Strip"), Figure("killed", 20, "")] },
    Case { name: "role_de_adjective_air_strikes_source", lang: "de", dct: "2024-10-15", text: "Bei israelischen Luftangriffen wurden am Dienstag im Gazastreifen 20 Menschen getötet.", checks: &[Event("ASSAULT", "2024-10-15", &[("source", "Israel")])] },
    Case { name: "role_fr_adjective_after_air_strikes_source", lang: "fr", dct: "2024-10-15", text: "Des frappes aériennes israéliennes ont tué 20 personnes mardi à Gaza, selon la Défense civile.", checks: &[Event("ASSAULT", "2024-10-15", &[("source", "Israel")]), NoRole("ASSAULT", "target", "Israel")] },
    Case { name: "role_es_adjective_after_air_strikes_source", lang: "es", dct: "2024-10-15", text: "Los ataques aéreos israelíes mataron el martes a 20 personas en Gaza.", checks: &[Event("ASSAULT", "2024-10-15", &[("source", "Israel")]), NoRole("ASSAULT", "target", "Israel")] },
    // who a place is taken from is the target
    Case { name: "role_en_taken_from_target", lang: "en", dct: "2025-03-21", text: "Sudan's army has retaken the presidential palace in Khartoum from the paramilitary Rapid Support Forces (RSF), state television said on Friday.", checks: &[Event("ASSAULT", "2025-03-21", &[("source", "Sudan's army"), ("target", "RSF")])] },
    Case { name: "role_fr_taken_from_target", lang: "fr", dct: "2025-03-21", text: "L'armée soudanaise a repris vendredi le palais présidentiel aux Forces de soutien rapide (FSR).", checks: &[Event("ASSAULT", "2025-03-21", &[("source", "armée soudanaise"), ("target", "FSR")])] },
    Case { name: "role_en_fired_from_place_no_target", lang: "en", dct: "2024-09-17", text: "Hezbollah fired rockets from Lebanon on Monday.", checks: &[Event("ASSAULT", "2024-09-16", &[("source", "Hezbollah")]), NoRole("ASSAULT", "target", "Lebanon")] },
    // a word inside an actor's name is no event
    Case { name: "trig_es_word_in_a_name_no_event", lang: "es", dct: "2024-07-05", text: "Las Fuerzas de Apoyo Rápido (RSF) controlan la ciudad de Al Fasher desde el viernes.", checks: &[NoEvent("SUPPORT")] },
    Case { name: "trig_en_authorised_support", lang: "en", dct: "2024-07-02", text: "The UN Security Council authorised the Kenyan-led mission on Monday.", checks: &[Event("SUPPORT", "2024-07-01", &[("source", "UN Security Council")])] },
    Case { name: "rel_en_main_backer_of", lang: "en", dct: "2024-06-25", text: "The United States, which has refused to send its own troops, is the main financial backer of the Multinational Security Support mission.", checks: &[Relation("United States", "Multinational Security Support mission", "supports")] },
    // the capital or country accused, blamed or threatened is the state
    Case { name: "role_fr_capital_accused_is_state", lang: "fr", dct: "2025-01-28", text: "KINSHASA, 28 janvier (AFP) - Le président Félix Tshisekedi a accusé mardi Kigali de soutenir les rebelles du M23.", checks: &[Event("ACCUSE", "2025-01-28", &[("source", "Tshisekedi"), ("target", "Rwanda")])] },
    Case { name: "role_es_personal_a_state_target", lang: "es", dct: "2025-01-28", text: "Tshisekedi acusó el martes a Ruanda de apoyar a los rebeldes del M23.", checks: &[Event("ACCUSE", "2025-01-28", &[("source", "Tshisekedi"), ("target", "Rwanda")])] },
    Case { name: "role_es_threatened_state_target", lang: "es", dct: "2025-01-28", text: "Irán amenazó el martes a Israel con una respuesta contundente.", checks: &[Event("THREATEN", "2025-01-28", &[("source", "Irán"), ("target", "Israel")])] },
    // journalists, aid workers, residents killed are counted too
    Case { name: "fig_en_journalists_killed", lang: "en", dct: "2025-03-21", text: "RSF fighters shelled the palace on Friday, killing three state television journalists, the army said.", checks: &[Event("ASSAULT", "2025-03-21", &[("source", "RSF")]), Figure("killed", 3, "")] },
    Case { name: "fig_fr_journalists_killed", lang: "fr", dct: "2025-03-21", text: "Des combattants des FSR ont bombardé vendredi le palais, tuant trois journalistes.", checks: &[Figure("killed", 3, "")] },
    // a German compound of a group and its fighters is the group acting
    Case { name: "role_de_group_fighters_compound", lang: "de", dct: "2025-03-21", text: "RSF-Kämpfer beschossen am Freitag den Palast und töteten drei Journalisten des Staatsfernsehens.", checks: &[Event("ASSAULT", "2025-03-21", &[("source", "RSF")]), Figure("killed", 3, "")] },
    Case { name: "role_en_capital_as_modifier_no_state", lang: "en", dct: "2024-09-24", text: "The Israeli army warned Beirut residents on Monday to leave.", checks: &[NoRole("THREATEN", "target", "Lebanon")] },
    // the subject's allies act with it
    Case { name: "role_es_allies_co_source", lang: "es", dct: "2024-07-05", text: "El MNDAA y sus aliados del Ejército de Liberación Nacional Ta'ang (TNLA) lanzaron el 3 de julio una ofensiva contra la junta.", checks: &[Event("ASSAULT", "2024-07-03", &[("source", "MNDAA"), ("source", "TNLA")]), NoRole("ASSAULT", "target", "TNLA")] },
    // no place in the text: the one country of all its participants, for a coup, a ceasefire, a civil war
    Case { name: "place_en_coup_home_country", lang: "en", dct: "2024-09-17", text: "Jihadists attacked a police school in Mali on Tuesday. Mali's junta seized power in a coup in 2021.", checks: &[Place("COERCE", "Mali")] },
    Case { name: "place_de_civil_war_home_country", lang: "de", dct: "2024-04-15", text: "Im Sudan flohen am Montag Tausende Menschen aus Al-Faschir. Der Krieg zwischen der sudanesischen Armee und der RSF-Miliz war im April 2023 ausgebrochen.", checks: &[Event("ASSAULT", "2023-04", &[("source", "sudanesischen Armee"), ("target", "RSF")]), Place("ASSAULT", "Sudan")] },
    Case { name: "place_fr_ceasefire_home_country", lang: "fr", dct: "2025-03-30", text: "Des combats ont eu lieu samedi en Birmanie. L'armée birmane a décrété un cessez-le-feu de trois semaines.", checks: &[Place("AGREE", "Birmanie")] },
    // an attack by one country's army alone can happen anywhere
    Case { name: "place_en_lone_attacker_no_home", lang: "en", dct: "2024-09-17", text: "The Russian army attacked on Monday. Life in Russia went on as usual.", checks: &[Event("ASSAULT", "2024-09-16", &[("source", "Russian army")]), NoPlace("ASSAULT")] },
    // a state attacked or invaded is the target, and where it happens
    Case { name: "place_en_attacked_state_is_target_and_place", lang: "en", dct: "2023-10-07", text: "Hamas attacked Israel on Saturday.", checks: &[Event("ASSAULT", "2023-10-07", &[("source", "Hamas"), ("target", "Israel")]), Place("ASSAULT", "Israel")] },
    Case { name: "place_fr_attacked_state_is_target_and_place", lang: "fr", dct: "2023-10-07", text: "Le Hamas a attaqué Israël samedi.", checks: &[Event("ASSAULT", "2023-10-07", &[("source", "Hamas"), ("target", "Israel")]), Place("ASSAULT", "Israel")] },
    Case { name: "place_es_invaded_state_is_target_and_place", lang: "es", dct: "2024-07-09", text: "Rusia, que invadió Ucrania en febrero de 2022, ha atacado las centrales eléctricas.", checks: &[Event("ASSAULT", "2022-02", &[("source", "Rusia"), ("target", "Ucrania")]), Place("ASSAULT", "Ucrania")] },
    // a name qualifies the next word in English only: "atacó a Israel el sábado" names the state
    Case { name: "role_es_attacked_state_before_article", lang: "es", dct: "2023-10-07", text: "Hamás atacó a Israel el sábado.", checks: &[Event("ASSAULT", "2023-10-07", &[("source", "Hamás"), ("target", "Israel")]), Place("ASSAULT", "Israel")] },
    Case { name: "role_de_attacked_state_before_particle", lang: "de", dct: "2023-10-07", text: "Die Hamas griff Israel an.", checks: &[Event("ASSAULT", "2023-10-07", &[("source", "Hamas"), ("target", "Israel")]), Place("ASSAULT", "Israel")] },
    Case { name: "role_fr_apposition_ally_no_source", lang: "fr", dct: "2025-04-13", text: "Le gouverneur du Darfour, Minni Minnawi, allié de l'armée, a dénoncé dimanche un « massacre ».", checks: &[Event("ACCUSE", "2025-04-13", &[("source", "Minnawi")]), NoRole("ACCUSE", "source", "Sudanese Armed Forces")] },
    Case { name: "role_en_apposition_ally_no_source", lang: "en", dct: "2025-04-13", text: "Darfur governor Minni Minnawi, an ally of the army, denounced a massacre on Sunday.", checks: &[Event("ACCUSE", "2025-04-13", &[("source", "Minnawi")]), NoRole("ACCUSE", "source", "Sudanese Armed Forces")] },
    Case { name: "role_es_apposition_ally_no_source", lang: "es", dct: "2025-04-13", text: "El gobernador de Darfur, Minni Minnawi, aliado del ejército, denunció el domingo una masacre.", checks: &[Event("ACCUSE", "2025-04-13", &[("source", "Minnawi")]), NoRole("ACCUSE", "source", "Sudanese Armed Forces")] },
    Case { name: "trig_de_prangerte_an", lang: "de", dct: "2025-04-13", text: "Gouverneur Minni Minnawi prangerte am Sonntag ein Massaker an.", checks: &[Event("ACCUSE", "2025-04-13", &[("source", "Minnawi")]), NoEvent("ASSAULT")] },
    Case { name: "trig_en_denounced", lang: "en", dct: "2025-04-13", text: "Governor Minni Minnawi denounced a massacre on Sunday.", checks: &[Event("ACCUSE", "2025-04-13", &[("source", "Minnawi")]), NoEvent("ASSAULT")] },
    Case { name: "role_en_agent_of_another_participle", lang: "en", dct: "2025-03-04", text: "Ukrainian forces shot down 40 of 60 drones launched by Russia overnight, the air force said.", checks: &[Event("ASSAULT", "2025-03-04", &[("source", "Ukraine")]), NoRole("ASSAULT", "source", "Russia"), NoRole("ASSAULT", "target", "Ukraine")] },
    Case { name: "role_en_state_then_day_then_verb", lang: "en", dct: "2025-03-05", text: "Russia on Tuesday launched a massive missile attack on Kyiv.", checks: &[Event("ASSAULT", "2025-03-04", &[("source", "Russia")]), Place("ASSAULT", "Kyiv")] },
    Case { name: "role_en_state_then_late_day_then_speech", lang: "en", dct: "2025-03-03", text: "Egypt late on Sunday rejected the claim.", checks: &[Event("REJECT", "2025-03-02", &[("source", "Egypt")])] },
    Case { name: "trig_en_charge_ends_at_a_relative_clause", lang: "en", dct: "2025-02-05", text: "Kinshasa accused Rwanda on Monday of backing the M23, which went on to seize Goma.", checks: &[Event("ACCUSE", "2025-02-03", &[("target", "Rwanda")]), Event("ASSAULT", "", &[("source", "M23")])] },
    Case { name: "trig_de_demand_with_zurueck_infinitive_is_no_event", lang: "de", dct: "2025-02-05", text: "Baerbock forderte Ruanda am Montag auf, seine Truppen zurückzuziehen.", checks: &[Event("REQUEST", "2025-02-03", &[("source", "Baerbock")]), NoEvent("RETREAT")] },
    Case { name: "role_es_state_of_attacked_region_is_the_target", lang: "es", dct: "2023-10-08", text: "Milicianos de Hamás atacaron el sur de Israel el 7 de octubre.", checks: &[Event("ASSAULT", "2023-10-07", &[("source", "Hamás"), ("target", "Israel")]), Place("ASSAULT", "southern Israel")] },
    Case { name: "role_en_state_of_attacked_region_is_the_target", lang: "en", dct: "2023-10-08", text: "Hamas fighters attacked southern Israel on Oct. 7.", checks: &[Event("ASSAULT", "2023-10-07", &[("source", "Hamas"), ("target", "Israel")]), Place("ASSAULT", "southern Israel")] },
    Case { name: "role_en_capital_in_zero_relative_clause_is_the_state", lang: "en", dct: "2025-03-03", text: "KHARTOUM, March 3 (Reuters) - Army chief Abdel Fattah al-Burhan accused Egypt on Sunday of carrying out air strikes on his forces, a charge Cairo denied.", checks: &[Event("ACCUSE", "2025-03-02", &[("source", "Burhan"), ("target", "Egypt")]), Event("REJECT", "", &[("source", "Egypt")]), NoRole("REJECT", "source", "Burhan"), NoPlace("ACCUSE")] },
    Case { name: "role_en_by_after_accusations_is_no_agent", lang: "en", dct: "2025-03-03", text: "KHARTOUM, March 3 (Reuters) - The United Arab Emirates on Sunday rejected accusations by Sudan's government that it arms the RSF.", checks: &[Event("REJECT", "2025-03-02", &[("source", "United Arab Emirates"), ("target", "Sudanese government")]), NoRole("REJECT", "source", "Sudanese government")] },
    Case { name: "trig_de_charge_is_no_event", lang: "de", dct: "2025-02-05", text: "Tshisekedi beschuldigte Ruanda am Montag, die M23 zu unterstützen.", checks: &[Event("ACCUSE", "2025-02-03", &[("source", "Tshisekedi"), ("target", "Ruanda")]), NoEvent("SUPPORT")] },
    Case { name: "trig_de_demand_is_no_event", lang: "de", dct: "2025-02-05", text: "Baerbock forderte Ruanda am Montag auf, seine Truppen abzuziehen.", checks: &[Event("REQUEST", "2025-02-03", &[("source", "Baerbock"), ("target", "Ruanda")]), NoEvent("RETREAT")] },
    Case { name: "trig_en_purpose_infinitive_no_event", lang: "en", dct: "2025-03-03", text: "The army launched an offensive on Sunday to retake Khartoum.", checks: &[Event("ASSAULT", "2025-03-02", &[("source", "army")]), NoEventOn("ASSAULT", "2025-03-09"), Label("ASSAULT", "offensive")] },
    Case { name: "trig_fr_purpose_infinitive_no_event", lang: "fr", dct: "2025-03-03", text: "L'armée a lancé dimanche une offensive pour reprendre Khartoum.", checks: &[Event("ASSAULT", "2025-03-02", &[("source", "armée")]), NoEventOn("ASSAULT", "2025-03-03"), NoEventOn("ASSAULT", "2025-03-09")] },
    Case { name: "trig_es_purpose_infinitive_no_event", lang: "es", dct: "2025-03-03", text: "El ejército lanzó el domingo una ofensiva para recuperar Jartum.", checks: &[Event("ASSAULT", "2025-03-02", &[("source", "ejército")]), NoEventOn("ASSAULT", "2025-03-03"), NoEventOn("ASSAULT", "2025-03-09")] },
    Case { name: "trig_de_purpose_infinitive_no_event", lang: "de", dct: "2025-03-03", text: "Die Armee startete am Sonntag eine Offensive, um Khartum zurückzuerobern.", checks: &[Event("ASSAULT", "2025-03-02", &[("source", "Armee")]), NoEventOn("ASSAULT", "2025-03-03"), NoEventOn("ASSAULT", "2025-03-09")] },
    Case { name: "role_en_single_strike_adjective_is_the_attacker", lang: "en", dct: "2025-05-14", text: "GAZA, May 14 (Reuters) - At least 20 people were killed in an Israeli air strike on a school in Khan Younis on Tuesday, Gaza health officials said.", checks: &[Event("ASSAULT", "2025-05-13", &[("source", "Israel")]), Figure("killed", 20, "at least")] },
    Case { name: "role_fr_single_strike_adjective_is_the_attacker", lang: "fr", dct: "2025-05-14", text: "Une frappe israélienne a tué mardi au moins 20 personnes à Khan Younès.", checks: &[Event("ASSAULT", "2025-05-13", &[("source", "Israel")])] },
    Case { name: "role_en_weapons_adjective_is_the_attacker", lang: "en", dct: "2025-03-03", text: "KYIV, March 3 (Reuters) - Russian drones struck an energy facility in Kharkiv on Sunday, killing two people, regional governor Oleh Syniehubov said.", checks: &[Event("ASSAULT", "2025-03-02", &[("source", "Russia"), ("reporter", "Syniehubov")]), NoRole("ASSAULT", "source", "Syniehubov"), NoEventOn("ASSAULT", "2025-03-03"), Figure("killed", 2, "")] },
    Case { name: "role_de_weapons_adjective_is_the_attacker", lang: "de", dct: "2025-03-03", text: "Russische Drohnen griffen am Sonntag eine Energieanlage in Charkiw an.", checks: &[Event("ASSAULT", "2025-03-02", &[("source", "Russia")])] },
    Case { name: "trig_fr_participle_clause_is_the_same_attack", lang: "fr", dct: "2025-03-03", text: "Les FSR ont attaqué mercredi le camp de Zamzam, tuant au moins 25 civils.", checks: &[Event("ASSAULT", "2025-02-26", &[("source", "FSR")]), NoEventOn("ASSAULT", "2025-03-03"), Figure("killed", 25, "at least")] },
    Case { name: "trig_es_participle_clause_is_the_same_attack", lang: "es", dct: "2025-02-12", text: "El ejército bombardeó este martes una aldea en Sagaing, matando al menos a 40 civiles.", checks: &[Event("ASSAULT", "2025-02-11", &[]), NoEventOn("ASSAULT", "2025-02-12")] },
    Case { name: "role_en_definite_offensive_takes_the_leads_sources", lang: "en", dct: "2024-12-08", text: "DAMASCUS, Dec 8 (Reuters) - Syrian rebels seized Damascus on Sunday. The offensive began on Nov. 27 in the northwest.", checks: &[Event("ASSAULT", "2024-11-27", &[("source", "Syrian rebels")])] },
    Case { name: "role_es_definite_war_explained_in_its_sentence", lang: "es", dct: "2024-07-21", text: "DUBAI, 21 jul (AP) - Los hutíes atacaron Tel Aviv el sábado. Israel bombardeó Hodeida el domingo. La guerra en Gaza comenzó el 7 de octubre, cuando milicianos de Hamás atacaron el sur de Israel.", checks: &[Event("ASSAULT", "2023-10-07", &[("source", "Hamás")]), NoRoleOn("ASSAULT", "2023-10-07", "source", "Houthis")] },
    // a military office leads to the army named in the dispatch, whatever else its holder is known for
    Case { name: "rel_de_army_chief_belongs_to_the_army", lang: "de", dct: "2025-03-21", text: "Die sudanesische Armee hat den Präsidentenpalast in Khartum zurückerobert. Armeechef Abdel Fattah al-Burhan verlegte den Sitz seiner Regierung später nach Port Sudan.", checks: &[Relation("Burhan", "Sudanese Armed Forces", "affiliation")] },
    Case { name: "rel_fr_army_chief_belongs_to_the_army", lang: "fr", dct: "2025-03-22", text: "L'armée soudanaise a repris le palais présidentiel. La guerre a éclaté en avril 2023 entre le chef de l'armée, le général Abdel Fattah al-Burhane, et son ancien adjoint.", checks: &[Relation("Burhan", "Sudanese Armed Forces", "affiliation")] },
    // an office the lexicon dates is not held in dispatches older than it: al-Jolani led HTS, he was not yet Syria's president
    Case { name: "rel_en_office_not_yet_taken", lang: "en", dct: "2024-12-09", text: "Abu Mohammed al-Golani met Syria's outgoing prime minister in Damascus on Monday.", checks: &[NoRelation("Sharaa", "Syria", "affiliation")] },
    Case { name: "rel_en_office_taken", lang: "en", dct: "2025-03-10", text: "Ahmed al-Sharaa met Syria's prime minister in Damascus on Monday.", checks: &[Relation("Sharaa", "Syria", "affiliation")] },
    // a German list-mate of a subject is a subject too, whatever actors the sentences before named
    Case { name: "role_de_list_mate_of_the_subject_after_other_actors", lang: "de", dct: "2024-12-08", text: "Die Rebellen haben Damaskus eingenommen. Russland und der Iran hatten die Rebellen jahrelang gestützt.", checks: &[Event("SUPPORT", "", &[("source", "Russland"), ("source", "Iran"), ("target", "Rebellen")]), NoRole("SUPPORT", "target", "Iran")] },
    // German: the state of an office before a name is no party of its own; a state attacked in a verb-final clause is one
    Case { name: "role_de_state_of_an_office_is_no_party", lang: "de", dct: "2024-12-08", text: "Der russische Präsident Wladimir Putin griff die Ukraine an.", checks: &[Event("ASSAULT", "2024-12-08", &[("source", "Putin"), ("target", "Ukraine")]), NoRole("ASSAULT", "source", "Russia"), NoRole("ASSAULT", "target", "Putin")] },
    Case { name: "role_de_genitive_state_of_an_office_is_no_party", lang: "de", dct: "2024-06-25", text: "Kenias Präsident William Ruto hat Polizisten nach Haiti entsandt.", checks: &[Event("MOBILIZE", "2024-06-25", &[("source", "Ruto")]), NoRole("MOBILIZE", "target", "Ruto")] },
    Case { name: "role_de_state_attacked_in_a_verb_final_clause", lang: "de", dct: "2024-12-08", text: "Wladimir Putin hat die Ukraine angegriffen.", checks: &[Event("ASSAULT", "2024-12-08", &[("source", "Putin"), ("target", "Ukraine")])] },
    // the speaker of a clause an event noun is told in is not its agent
    Case { name: "role_en_speaker_is_no_agent_of_a_noun_in_the_clause", lang: "en", dct: "2025-03-14", text: "The UN warned on Wednesday that more than 12 million people have been displaced since the start of the war in April 2023.", checks: &[NoRole("ASSAULT", "source", "United Nations")] },
    Case { name: "role_es_speaker_is_no_agent_of_a_noun_in_the_clause", lang: "es", dct: "2025-03-14", text: "La ONU advirtió el miércoles de que más de 12 millones de personas han sido desplazadas desde el inicio de la guerra en abril de 2023.", checks: &[NoRole("ASSAULT", "source", "United Nations")] },
    // a local office takes the country of the town the sentence before names
    Case { name: "rel_de_governor_of_the_town_named_before", lang: "de", dct: "2025-03-10", text: "Kiew (dpa) - Russland hat die Ukraine in der Nacht zum Montag erneut angegriffen. Russische Raketen trafen Charkiw. Dabei seien mindestens sieben Menschen verletzt worden, teilte Gouverneur Oleh Synjehubow auf Telegram mit.", checks: &[NoRelation("Synjehubow", "Russia", "affiliation"), Relation("Synjehubow", "Ukraine", "affiliation")] },
    // the antecedent of a subject relative acts (after "de" too); a name set off after the clause is an apposition of its head, no party
    Case { name: "role_es_subject_relative_and_apposition", lang: "es", dct: "2024-12-09", text: "El líder de la alianza insurgente que entró ayer en Damasco, Abu Mohamed al Jolani, se reunió este lunes con el primer ministro.", checks: &[Event("ASSAULT", "2024-12-08", &[("source", "Rebels")]), NoRole("ASSAULT", "target", "Rebels"), NoRole("ASSAULT", "target", "Sharaa")] },
    Case { name: "role_en_subject_relative", lang: "en", dct: "2024-12-09", text: "The leader of the RSF that seized the town on Sunday met the envoy on Monday.", checks: &[Event("ASSAULT", "2024-12-08", &[("source", "RSF")]), NoRole("ASSAULT", "target", "RSF")] },
    // a name after the object of the relative clause names the object: a target
    Case { name: "role_fr_apposition_of_the_relative_clauses_object", lang: "fr", dct: "2024-11-29", text: "La guerre a éclaté fin septembre, après une série de frappes israéliennes qui ont tué son ancien chef, Hassan Nasrallah, dans la banlieue sud de Beyrouth.", checks: &[Event("ASSAULT", "", &[("target", "Nasrallah")])] },
    // Spanish "los insurgentes" are the rebels; "los insurgentes islamistas de Al Shabab" are al-Shabaab
    Case { name: "role_es_insurgents_are_rebels", lang: "es", dct: "2024-12-09", text: "En la prisión de Saydnaya, los Cascos Blancos buscaban hoy celdas subterráneas, después de que los insurgentes liberaran ayer a miles de reclusos.", checks: &[Event("CONCEDE", "2024-12-08", &[("source", "Rebels")]), NoRole("CONCEDE", "source", "Civil Defence")] },
    Case { name: "role_es_insurgents_of_a_named_group", lang: "es", dct: "2024-12-12", text: "El ministerio de Defensa somalí culpó al presidente regional, Ahmed Madobe, de colaborar con los insurgentes islamistas de Al Shabab.", checks: &[NoRole("ACCUSE", "target", "Rebels")] },
    // a warning that something has happened is no threat; one of what will or would come is
    Case { name: "trig_es_warning_of_a_fact_is_no_threat", lang: "es", dct: "2025-03-14", text: "La ONU advirtió el miércoles de que más de 12 millones de personas han sido desplazadas.", checks: &[NoEvent("THREATEN")] },
    Case { name: "trig_en_warning_of_a_fact_is_no_threat", lang: "en", dct: "2025-03-14", text: "The UN warned on Wednesday that more than 12 million people have been displaced.", checks: &[NoEvent("THREATEN")] },
    Case { name: "trig_fr_warning_of_a_fact_is_no_threat", lang: "fr", dct: "2025-03-14", text: "L'ONU a averti qu'une frappe avait touché l'hôpital.", checks: &[NoEvent("THREATEN")] },
    Case { name: "trig_es_warning_of_what_will_come_is_a_threat", lang: "es", dct: "2025-03-14", text: "Hemedti advirtió el viernes de que sus fuerzas atacarán Port Sudán.", checks: &[Event("THREATEN", "2025-03-14", &[("source", "Daglo")])] },
    Case { name: "trig_de_warning_of_what_would_come_is_a_threat", lang: "de", dct: "2025-03-14", text: "Der Kreml warnte am Freitag, dass Russland antworten würde.", checks: &[Event("THREATEN", "2025-03-14", &[])] },
    // "los paramilitares" are the group the dispatch or the lexicon calls paramilitary; a subject named after "que" is the verb's own
    Case { name: "role_es_paramilitaries_are_the_rsf", lang: "es", dct: "2025-03-14", text: "Las Fuerzas de Apoyo Rápido (FAR) lanzaron este viernes un ataque con drones contra la presa de Merowe. El portavoz del Ejército, Nabil Abdalá, acusó a los paramilitares de atacar infraestructuras civiles y aseguró que las tropas gubernamentales recuperaron el jueves el puente Al Mak Nimir.", checks: &[Event("ACCUSE", "", &[("target", "Rapid Support Forces")]), NoRole("ASSAULT", "source", "Abdal"), NoRoleOn("ASSAULT", "2025-03-13", "source", "Rapid Support Forces")] },
    Case { name: "trig_es_when_clause_takes_the_main_clauses_date", lang: "es", dct: "2024-07-21", text: "La guerra en Gaza comenzó el 7 de octubre de 2023, cuando milicianos de Hamás atacaron el sur de Israel.", checks: &[Event("ASSAULT", "2023-10-07", &[("source", "Hamás")]), NoEventOn("ASSAULT", "2024-07-21")] },
    // the verb of a relative clause takes the date of the clause it hangs on; an event noun there does not
    Case { name: "trig_de_relative_clause_takes_the_main_clauses_date", lang: "de", dct: "2024-12-08", text: "Der Konflikt war 2011 mit friedlichen Protesten gegen Assad ausgebrochen, die die Regierung gewaltsam niederschlagen ließ.", checks: &[Event("COERCE", "2011", &[]), NoEventOn("COERCE", "2024-12-08")] },
    Case { name: "trig_fr_event_noun_in_a_relative_clause_keeps_no_date", lang: "fr", dct: "2024-11-14", text: "La coalition avait lancé fin février une série d'attaques contre des prisons, qui avaient conduit à la démission du Premier ministre Ariel Henry.", checks: &[Event("CONCEDE", "", &[("target", "Henry")]), NoEventOn("CONCEDE", "2024-02")] },
    Case { name: "trig_en_when_clause_takes_the_main_clauses_date", lang: "en", dct: "2024-07-21", text: "The war in Gaza began on Oct. 7, 2023, when Hamas fighters attacked southern Israel.", checks: &[Event("ASSAULT", "2023-10-07", &[("source", "Hamas")]), NoEventOn("ASSAULT", "2024-07-21")] },
    Case { name: "role_en_flight_told_by_reporter_alone", lang: "en", dct: "2025-04-12", text: "The assault on the camp began on Friday, said Clementine Nkweta-Salami, the U.N. coordinator for Sudan, who called it an escalation against people who had already fled violence.", checks: &[NoEvent("RETREAT")] },
    Case { name: "role_en_time_between_commas_dates_the_verb_not_the_participle", lang: "en", dct: "2025-03-03", text: "M23 rebels attacked Congolese army positions near Sake, 25 km west of Goma, on Sunday, killing at least 12 soldiers, local officials said.", checks: &[Event("ASSAULT", "2025-03-02", &[("source", "M23"), ("target", "Congolese army")]), NoEventOn("ASSAULT", "2025-03-03"), Figure("killed", 12, "at least")] },
    Case { name: "role_fr_time_between_commas_dates_the_verb", lang: "fr", dct: "2025-03-03", text: "Les rebelles du M23 ont attaqué des positions de l'armée congolaise près de Sake, à 25 km de Goma, dimanche, tuant au moins 12 soldats.", checks: &[Event("ASSAULT", "2025-03-02", &[("source", "M23")]), NoEventOn("ASSAULT", "2025-03-03")] },
    Case { name: "role_es_time_alone_between_commas_dates_the_verb", lang: "es", dct: "2025-03-03", text: "Los rebeldes del M23 atacaron posiciones del Ejército congoleño cerca de Sake, a 25 kilómetros de Goma, el domingo, matando al menos a 12 soldados.", checks: &[Event("ASSAULT", "2025-03-02", &[("source", "M23")]), NoEventOn("ASSAULT", "2025-03-03")] },
    Case { name: "role_de_verb_joined_past_an_apposition_keeps_the_date", lang: "de", dct: "2025-03-03", text: "Die M23-Rebellen griffen am Sonntag Stellungen der Armee bei Sake, 25 Kilometer westlich von Goma, an und töteten mindestens zwölf Soldaten.", checks: &[Event("ASSAULT", "2025-03-02", &[("source", "M23")]), NoEventOn("ASSAULT", "2025-03-03")] },
    Case { name: "role_de_verb_joined_after_a_relative_clause_takes_not_its_date", lang: "de", dct: "2024-09-18", text: "Die Junta brach mit Frankreich, dessen letzte Soldaten das Land 2022 verließen, und holte Söldner der russischen Gruppe Wagner ins Land.", checks: &[Event("RETREAT", "2022", &[("source", "Frankreich")]), NoRoleOn("SUPPORT", "2022", "source", "Wagner"), NoRoleOn("SUPPORT", "2022", "target", "Wagner")] },
    Case { name: "rel_en_denied_that_fighting_alongside", lang: "en", dct: "2025-03-03", text: "Rwanda's foreign minister Olivier Nduhungirehe denied on Monday in Kigali that Rwandan soldiers were fighting alongside M23.", checks: &[Event("REJECT", "2025-03-03", &[("source", "Nduhungirehe")]), NoRole("REJECT", "supporter", "M23"), NoRelation("Rwanda", "M23", "supports"), NoRelation("Nduhungirehe", "M23", "supports"), Relation("Nduhungirehe", "Rwanda", "affiliation")] },
    Case { name: "rel_fr_a_dementi_que_aux_cotes", lang: "fr", dct: "2025-03-03", text: "Le ministre rwandais des Affaires étrangères, Olivier Nduhungirehe, a démenti lundi que des soldats rwandais combattent aux côtés du M23.", checks: &[Event("REJECT", "2025-03-03", &[("source", "Nduhungirehe")]), NoRole("REJECT", "supporter", "M23"), NoRelation("rwandais", "M23", "supports"), NoRelation("Nduhungirehe", "M23", "supports")] },
    Case { name: "rel_es_nego_que_junto_al", lang: "es", dct: "2025-03-03", text: "El canciller ruandés, Olivier Nduhungirehe, negó el lunes que soldados ruandeses combatan junto al M23.", checks: &[Event("REJECT", "2025-03-03", &[("source", "Nduhungirehe")]), NoRole("REJECT", "supporter", "M23"), NoRelation("ruandeses", "M23", "supports"), NoRelation("Nduhungirehe", "M23", "supports")] },
    Case { name: "rel_de_bestritt_dass_an_der_seite", lang: "de", dct: "2025-03-03", text: "Ruandas Außenminister Olivier Nduhungirehe bestritt am Montag, dass ruandische Soldaten an der Seite der M23 kämpfen.", checks: &[NoRole("REJECT", "supporter", "M23"), NoRelation("ruandische", "M23", "supports"), NoRelation("Nduhungirehe", "M23", "supports"), Relation("Nduhungirehe", "Ruandas", "affiliation")] },
    Case { name: "trig_en_pushed_back_with_support_from", lang: "en", dct: "2025-03-03", text: "M23 rebels attacked Sake on Sunday. The Congolese army (FARDC) said on Monday it had pushed the rebels back towards Kibumba with support from Burundian troops.", checks: &[Event("ASSAULT", "2025-03-03", &[("source", "FARDC"), ("target", "rebels"), ("supporter", "Burundian troops")]), Label("ASSAULT", "pushed back"), Relation("Burundian troops", "FARDC", "supports")] },
    Case { name: "trig_de_draengte_zurueck", lang: "de", dct: "2025-03-03", text: "Die Armee drängte die M23-Rebellen am Montag bei Sake zurück.", checks: &[Event("ASSAULT", "2025-03-03", &[("source", "Armee"), ("target", "M23")]), Label("ASSAULT", "pushed back")] },
    Case { name: "trig_fr_a_repousse", lang: "fr", dct: "2025-03-03", text: "L'armée congolaise a repoussé lundi les rebelles du M23 près de Sake.", checks: &[Event("ASSAULT", "2025-03-03", &[("source", "armée congolaise"), ("target", "M23")])] },
    Case { name: "trig_es_repelio", lang: "es", dct: "2025-03-03", text: "El Ejército congoleño repelió el lunes a los rebeldes del M23 cerca de Sake.", checks: &[Event("ASSAULT", "2025-03-03", &[("source", "Ejército congoleño"), ("target", "M23")])] },
    Case { name: "role_en_bracket_before_said_is_no_inversion", lang: "en", dct: "2025-03-03", text: "M23 rebels attacked Sake on Sunday. The Congolese army (FARDC) said it had attacked the rebels on Monday.", checks: &[Event("ASSAULT", "2025-03-03", &[("source", "FARDC"), ("target", "rebels")]), NoRoleOn("ASSAULT", "2025-03-03", "reporter", "rebels")] },
    Case { name: "role_es_relative_subject_after_the_verb_singular", lang: "es", dct: "2025-01-20", text: "Los rehenes que liberó Hamás el domingo llegaron a Israel.", checks: &[Event("CONCEDE", "2025-01-19", &[("source", "Hamás"), ("target", "rehenes")]), NoRole("CONCEDE", "source", "rehenes")] },
    Case { name: "role_es_relative_subject_after_the_verb_plural", lang: "es", dct: "2025-01-20", text: "La ciudad que tomaron los rebeldes el domingo fue bombardeada.", checks: &[Event("ASSAULT", "2025-01-19", &[("source", "rebeldes")]), NoRole("ASSAULT", "target", "rebeldes")] },
    Case { name: "role_es_relative_both_agree_keeps_the_order", lang: "es", dct: "2025-01-20", text: "Los milicianos que atacaron Israel el domingo fueron abatidos.", checks: &[Event("ASSAULT", "2025-01-19", &[("target", "Israel")]), NoRole("ASSAULT", "source", "Israel")] },
    Case { name: "role_fr_object_relative_que_subject_verb", lang: "fr", dct: "2025-01-20", text: "Les otages que le Hamas a libérés dimanche sont arrivés en Israël.", checks: &[Event("CONCEDE", "2025-01-19", &[("source", "Hamas"), ("target", "otages")]), NoEvent("ASSAULT")] },
    Case { name: "role_es_object_relative_que_subject_verb", lang: "es", dct: "2025-01-20", text: "Los rehenes que Hamás liberó el domingo llegaron a Israel.", checks: &[Event("CONCEDE", "2025-01-19", &[("source", "Hamás"), ("target", "rehenes")])] },
    Case { name: "role_en_verb_with_a_named_subject_is_not_told_again", lang: "en", dct: "2025-04-16", text: "The RSF shelled El Fasher on Tuesday. The army bombed Nyala.", checks: &[Event("ASSAULT", "2025-04-15", &[("source", "RSF")]), Event("ASSAULT", "2025-04-16", &[("source", "army")]), NoRoleOn("ASSAULT", "2025-04-15", "source", "army")] },
    Case { name: "role_fr_verb_with_a_named_subject_is_not_told_again", lang: "fr", dct: "2025-04-16", text: "Les FSR ont bombardé El Facher mardi. L'armée a bombardé Nyala.", checks: &[Event("ASSAULT", "2025-04-15", &[("source", "FSR")]), NoRoleOn("ASSAULT", "2025-04-15", "source", "armée")] },
    Case { name: "role_en_when_clause_without_comma_is_its_own", lang: "en", dct: "2025-04-15", text: "At least 47 civilians were killed when RSF fighters shelled the Abu Shouk displacement camp, local activists said.", checks: &[Event("ASSAULT", "2025-04-15", &[("source", "RSF")]), NoRole("ASSAULT", "target", "RSF")] },
    Case { name: "role_de_fighters_of_the_group_four_words_before", lang: "de", dct: "2025-04-15", text: "Kämpfer der islamistischen Gruppe JNIM haben am Montag einen Militärstützpunkt nahe Bamako angegriffen.", checks: &[Event("ASSAULT", "2025-04-14", &[("source", "JNIM")]), NoRole("ASSAULT", "target", "JNIM")] },
    Case { name: "rel_de_mit_hilfe_der_kraefte_des", lang: "de", dct: "2025-04-15", text: "Die Militärjunta erklärte am Dienstag, die Angreifer seien mit Hilfe russischer Kräfte des Afrikakorps zurückgeschlagen worden.", checks: &[Event("ASSAULT", "2025-04-15", &[("supporter", "Afrikakorps")]), NoRole("ASSAULT", "target", "Afrikakorps"), NoRelation("Militärjunta", "Afrikakorps", "opposes")] },
    Case { name: "rel_en_with_the_help_of", lang: "en", dct: "2025-04-15", text: "The Malian army repelled the attackers on Tuesday with the help of the Africa Corps.", checks: &[Event("ASSAULT", "2025-04-15", &[("source", "Malian army"), ("supporter", "Africa Corps")]), Relation("Africa Corps", "Malian army", "supports")] },
    Case { name: "fig_de_soldiers_with_the_participle_after_them_are_dead", lang: "de", dct: "2025-04-15", text: "Kämpfer der Gruppe JNIM haben am Montag einen Militärstützpunkt nahe Bamako angegriffen und dabei mindestens 30 Soldaten getötet.", checks: &[Figure("killed", 30, "at least")] },
    Case { name: "fig_en_soldiers_deployed_stay_troops", lang: "en", dct: "2025-04-15", text: "The Malian army deployed 3,000 soldiers on Monday to fight the rebels who killed villagers.", checks: &[Figure("troops", 3000, "")] },
    Case { name: "fig_en_soldiers_who_kill_stay_troops", lang: "en", dct: "2025-03-03", text: "The 30 soldiers killed 12 rebels near Goma on Monday.", checks: &[Figure("troops", 30, "")] },
    Case { name: "rel_de_nie_is_never_not_a_denial", lang: "de", dct: "2025-03-03", text: "Der Kreml sagte am Montag, Russland werde nie zulassen, dass die von der Türkei unterstützten Rebellen Aleppo einnehmen.", checks: &[Relation("Türkei", "Rebellen", "supports")] },
    Case { name: "place_de_region", lang: "de", dct: "2024-12-04", text: "Die Rebellen starteten am 27. November eine Offensive im Nordwesten Syriens.", checks: &[Place("ASSAULT", "Nordwesten Syriens")] },
];

fn names_of(a: &Analysis, id: &str) -> HashSet<String> {
    let Some(actor) = a.actors.iter().find(|x| x.id == id) else {
        return HashSet::new();
    };
    std::iter::once(actor.name.to_lowercase())
        .chain(actor.aliases.iter().map(|s| s.to_lowercase()))
        .chain(
            actor
                .mentions
                .iter()
                .map(|m| m.text.as_str().to_lowercase()),
        )
        .collect()
}

fn is_actor(a: &Analysis, id: &str, name: &str) -> bool {
    let n = name.to_lowercase();
    names_of(a, id).iter().any(|x| {
        *x == n
            || x.split(|c: char| !c.is_alphanumeric()).any(|w| w == n)
            || n.contains(x.as_str()) && x.len() > 3
    })
}

fn place_names(a: &Analysis, id: &str) -> HashSet<String> {
    let Some(p) = a.places.iter().find(|x| x.id == id) else {
        return HashSet::new();
    };
    std::iter::once(p.name.to_lowercase())
        .chain(p.aliases.iter().map(|s| s.to_lowercase()))
        .chain(p.mentions.iter().map(|m| m.text.as_str().to_lowercase()))
        .collect()
}

fn event_ok(a: &Analysis, e: &Event, kind: &str, date: &str, roles: &[(&str, &str)]) -> bool {
    if e.kind != kind {
        return false;
    }
    let date_ok = match date {
        "" => true,
        "null" => e.date.is_none(),
        d => e.date.as_deref() == Some(d),
    };
    date_ok
        && roles.iter().all(|(role, name)| {
            e.actors
                .iter()
                .any(|x| x.role == *role && is_actor(a, &x.actor, name))
        })
}

fn describe(a: &Analysis) -> String {
    let mut s = String::new();
    for e in &a.events {
        let actors: Vec<String> = e
            .actors
            .iter()
            .map(|x| {
                format!(
                    "{}:{}",
                    x.role,
                    a.actors
                        .iter()
                        .find(|y| y.id == x.actor)
                        .map(|y| y.name.as_str())
                        .unwrap_or("?")
                )
            })
            .collect();
        s.push_str(&format!(
            "\n    {} {} {:?} '{}' [{}] place={:?} neg={} rep={} figs={:?}",
            e.id,
            e.kind,
            e.date,
            e.label,
            actors.join(", "),
            e.place
                .as_deref()
                .and_then(|p| a.places.iter().find(|x| x.id == p))
                .map(|p| p.name.as_str()),
            e.negated,
            e.reported,
            e.figures
                .iter()
                .map(|f| (f.what.as_str(), f.value, f.qualifier.as_deref()))
                .collect::<Vec<_>>()
        ));
    }
    for r in &a.relations {
        let n = |id: &str| {
            a.actors
                .iter()
                .find(|y| y.id == id)
                .map(|y| y.name.clone())
                .unwrap_or_default()
        };
        s.push_str(&format!(
            "\n    rel {} {} {} ({})",
            n(&r.a),
            r.kind,
            n(&r.b),
            r.label
        ));
    }
    s
}

fn check(a: &Analysis, c: &Check) -> bool {
    match c {
        Event(kind, date, roles) => a.events.iter().any(|e| event_ok(a, e, kind, date, roles)),
        NoEvent(kind) => !a.events.iter().any(|e| e.kind == *kind),
        NoEventOn(kind, date) => !a
            .events
            .iter()
            .any(|e| e.kind == *kind && e.date.as_deref() == Some(*date)),
        Label(kind, label) => a
            .events
            .iter()
            .any(|e| e.kind == *kind && e.label == *label),
        NoLabel(kind, label) => !a
            .events
            .iter()
            .any(|e| e.kind == *kind && e.label == *label),
        Place(kind, place) => a.events.iter().any(|e| {
            e.kind == *kind
                && e.place
                    .as_deref()
                    .is_some_and(|p| place_names(a, p).contains(&place.to_lowercase()))
        }),
        NoPlace(kind) => !a
            .events
            .iter()
            .any(|e| e.kind == *kind && e.place.is_some()),
        Negated(kind, v) => a.events.iter().any(|e| e.kind == *kind && e.negated == *v),
        Reported(kind, v) => a.events.iter().any(|e| e.kind == *kind && e.reported == *v),
        Figure(what, value, q) => a.events.iter().flat_map(|e| e.figures.iter()).any(|f| {
            f.what == *what && f.value == *value && f.qualifier.as_deref().unwrap_or("") == *q
        }),
        NoRole(kind, role, name) => !a.events.iter().any(|e| {
            e.kind == *kind
                && e.actors
                    .iter()
                    .any(|x| x.role == *role && is_actor(a, &x.actor, name))
        }),
        NoRoleOn(kind, date, role, name) => !a.events.iter().any(|e| {
            e.kind == *kind
                && e.date.as_deref() == Some(*date)
                && e.actors
                    .iter()
                    .any(|x| x.role == *role && is_actor(a, &x.actor, name))
        }),
        NoFigure(value) => !a
            .events
            .iter()
            .flat_map(|e| e.figures.iter())
            .any(|f| f.value == *value),
        Relation(x, y, kind) => has_relation(a, x, y, kind),
        NoRelation(x, y, kind) => !has_relation(a, x, y, kind),
    }
}

fn has_relation(a: &Analysis, x: &str, y: &str, kind: &str) -> bool {
    a.relations.iter().any(|r| {
        r.kind == kind
            && (is_actor(a, &r.a, x) && is_actor(a, &r.b, y)
                || is_actor(a, &r.a, y) && is_actor(a, &r.b, x))
    })
}

fn run(c: &Case) -> Analysis {
    let mut input = Input::new(c.text);
    input.dct = parse_date(c.dct);
    input.lang = Lang::from_code(c.lang);
    analyze(&[input])
}

#[test]
fn case_names_are_unique_and_grouped() {
    let mut seen = HashSet::new();
    for c in CASES {
        assert!(seen.insert(c.name), "duplicate case name {}", c.name);
        assert!(
            ["trig_", "role_", "neg_", "rep_", "fig_", "rel_", "place_"]
                .iter()
                .any(|p| c.name.starts_with(p)),
            "case {} has no group prefix",
            c.name
        );
        assert!(
            c.name.contains(&format!("_{}_", c.lang)),
            "case {} does not name its language",
            c.name
        );
    }
    assert!(CASES.len() >= 60, "only {} cases", CASES.len());
    for lang in ["de", "en", "fr", "es"] {
        assert!(
            CASES.iter().filter(|c| c.lang == lang).count() >= 10,
            "too few {lang} cases"
        );
    }
}

#[test]
fn cases() {
    let mut failures = Vec::new();
    for c in CASES {
        let a = run(c);
        for chk in c.checks {
            if !check(&a, chk) {
                failures.push(format!(
                    "{}: expected {:?}; got:{}",
                    c.name,
                    chk,
                    describe(&a)
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} failing checks:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

// ------------------------------------------------------------ merging

#[test]
fn merge_two_languages_one_event() {
    let mut a = Input::new(
        "Damaskus (dpa) - Die Rebellen haben am Sonntag die syrische Hauptstadt Damaskus erobert.",
    );
    a.dct = parse_date("2024-12-08");
    let mut b = Input::new("BEIRUT (Reuters) - Syrian rebels seized Damascus on Sunday, ending decades of Assad family rule.");
    b.dct = parse_date("2024-12-08");
    let an = analyze(&[a, b]);
    let assaults: Vec<&atlas_engine::model::Event> = an
        .events
        .iter()
        .filter(|e| e.kind == "ASSAULT" && e.date.as_deref() == Some("2024-12-08"))
        .collect();
    assert_eq!(
        assaults.len(),
        1,
        "one event for two reports:{}",
        describe(&an)
    );
    let e = assaults[0];
    assert_eq!(e.doc, "d1");
    assert!(
        e.also.iter().any(|m| m.doc == "d2"),
        "the second report is kept in `also`:{}",
        describe(&an)
    );
}

/// Two attacks in two places whose one shared party attacks in one and is
/// attacked in the other are two events (the army's shelling near El Fasher
/// made it a second attacker of the RSF's drone strike on Merowe).
#[test]
fn merge_no_inverted_parties_in_two_places() {
    let mut a = Input::new("Jartum, 14 mar (EFE).- Las Fuerzas de Apoyo Rápido (FAR) lanzaron este viernes un ataque con drones contra la presa de Merowe, en el norte de Sudán, informó el Ejército sudanés.");
    a.dct = parse_date("2025-03-14");
    let mut b = Input::new("PORT SUDAN, March 14 (Reuters) - Sudan's army said on Friday it had shelled Rapid Support Forces positions near El Fasher.");
    b.dct = parse_date("2025-03-14");
    let an = analyze(&[a, b]);
    let assaults: Vec<&atlas_engine::model::Event> =
        an.events.iter().filter(|e| e.kind == "ASSAULT").collect();
    assert_eq!(assaults.len(), 2, "two events:{}", describe(&an));
    assert!(
        assaults.iter().all(|e| e.also.is_empty()),
        "neither takes the other's report:{}",
        describe(&an)
    );
}

/// A statement told without a date after the lead is background in one
/// dispatch, and one event of the day when two dispatches tell it (by
/// officials of the same group).
#[test]
fn merge_statements_two_dispatches_tell() {
    let lead_de = "Sanaa (AFP) - Die USA und Großbritannien haben in der Nacht zum Freitag Stellungen der Huthis im Jemen bombardiert. Die Huthis sprachen von 73 Luftangriffen. ";
    let lead_en = "SANAA, Yemen (AP) — The United States and Britain struck Houthi targets in Yemen overnight. The Houthis said 73 strikes had hit their positions. ";
    let threat_de = "Der stellvertretende Außenminister der Huthis, Hussein al-Essi, drohte, Washington und London würden einen hohen Preis zahlen.";
    let threat_en = "The Houthis' military spokesman, Yahya Saree, warned that the U.S. and Britain would face retaliation.";
    let input = |text: String| {
        let mut i = Input::new(text);
        i.dct = parse_date("2024-01-12");
        i
    };
    let threats = |a: &Analysis| -> Vec<Event> {
        a.events
            .iter()
            .filter(|e| e.kind == "THREATEN")
            .cloned()
            .collect()
    };
    // one dispatch: no event
    let one = analyze(&[input(format!("{lead_de}{threat_de}"))]);
    assert!(threats(&one).is_empty(), "one dispatch:{}", describe(&one));
    let other = analyze(&[input(format!("{lead_en}{threat_en}"))]);
    assert!(
        threats(&other).is_empty(),
        "one dispatch:{}",
        describe(&other)
    );
    // one dispatch pasted twice corroborates nothing
    let twice = analyze(&[
        input(format!("{lead_de}{threat_de}")),
        input(format!("{lead_de}{threat_de}")),
    ]);
    assert!(
        threats(&twice).is_empty(),
        "the same dispatch twice:{}",
        describe(&twice)
    );
    // both: one threat of the day, with the reports of both
    let both = analyze(&[
        input(format!("{lead_de}{threat_de}")),
        input(format!("{lead_en}{threat_en}")),
    ]);
    let t = threats(&both);
    assert_eq!(t.len(), 1, "one threat:{}", describe(&both));
    assert_eq!(t[0].date.as_deref(), Some("2024-01-12"));
    let docs: HashSet<&str> = std::iter::once(t[0].doc.as_str())
        .chain(t[0].also.iter().map(|m| m.doc.as_str()))
        .collect();
    assert_eq!(docs.len(), 2, "reports of both:{}", describe(&both));
}

/// "Il a appelé …" takes up the subject of the sentence before it even when
/// that sentence's event was not kept (told without a date after the lead).
#[test]
fn merge_pronoun_takes_up_the_subject_told_before() {
    let input = |text: &str| {
        let mut i = Input::new(text);
        i.dct = parse_date("2024-07-08");
        i
    };
    let de = input("Kiew (dpa) - Bei russischen Luftangriffen auf Kiew sind am Montag mindestens 30 Menschen getötet worden. Getroffen wurde auch eine Kinderklinik. Präsident Wolodymyr Selenskyj, der zu einem Besuch in Polen war, forderte von den Verbündeten eine entschlossene Reaktion.");
    let fr = input("Kiev (AFP) - Au moins 31 personnes ont été tuées lundi en Ukraine dans des frappes russes. Un hôpital pour enfants a été touché à Kiev. En visite à Varsovie, M. Zelensky a signé avec le Premier ministre polonais Donald Tusk un accord de sécurité. Il a appelé les Occidentaux à une réponse « forte ».");
    let a = analyze(&[de, fr]);
    let requests: Vec<&Event> = a
        .events
        .iter()
        .filter(|e| e.kind == "REQUEST" && e.date.as_deref() == Some("2024-07-08"))
        .collect();
    assert_eq!(requests.len(), 1, "one request:{}", describe(&a));
    assert!(
        requests[0]
            .actors
            .iter()
            .any(|p| p.role == "source" && is_actor(&a, &p.actor, "Selenskyj")),
        "Zelensky asks:{}",
        describe(&a)
    );
    assert!(
        requests[0].also.iter().any(|m| m.doc != requests[0].doc),
        "both reports:{}",
        describe(&a)
    );
}

#[test]
fn merge_flags_disagreeing_figures() {
    let mut a = Input::new("Kiew (dpa) - Bei Luftangriffen Russlands auf Kiew sind am Montag mindestens 30 Menschen getötet worden.");
    a.dct = parse_date("2024-07-08");
    let mut b = Input::new("KYIV (AP) — Russia's missile strikes on Kyiv killed at least 36 people on Monday, officials said.");
    b.dct = parse_date("2024-07-08");
    let an = analyze(&[a, b]);
    let e = an
        .events
        .iter()
        .find(|e| e.kind == "ASSAULT" && e.also.iter().any(|m| m.doc == "d2"))
        .unwrap_or_else(|| panic!("merged:{}", describe(&an)));
    assert!(
        e.figures.iter().any(|f| f.value == 30) && e.figures.iter().any(|f| f.value == 36),
        "both figures kept: {:?}",
        e.figures
    );
    assert!(
        e.disagreement
            .as_deref()
            .is_some_and(|d| d.contains("killed")),
        "disagreement flagged: {:?}",
        e.disagreement
    );
}

#[test]
fn merge_flags_disagreeing_dates() {
    let mut a = Input::new("Goma (AFP) – Die M23 hat am Sonntag die Stadt Goma eingenommen.");
    a.dct = parse_date("2025-01-27");
    let mut b = Input::new("GOMA, Congo (AP) — M23 rebels captured the city of Goma on Monday.");
    b.dct = parse_date("2025-01-27");
    let an = analyze(&[a, b]);
    let merged: Vec<&atlas_engine::model::Event> =
        an.events.iter().filter(|e| e.kind == "ASSAULT").collect();
    assert_eq!(
        merged.len(),
        1,
        "dates a day apart are one event:{}",
        describe(&an)
    );
    assert!(
        merged[0]
            .disagreement
            .as_deref()
            .is_some_and(|d| d.contains("2025-01-26") && d.contains("2025-01-27")),
        "{:?}",
        merged[0].disagreement
    );
}

#[test]
fn reports_a_day_apart_do_not_chain_events_together() {
    // d1 tells Friday's assault and Saturday's killings apart; d2 and d3
    // agree on Sunday's capture. Saturday's report is a day from both, but
    // the capture keeps its day, and nothing becomes one event by chaining.
    let mut a = Input::new("KHARTOUM (Reuters) - The RSF attacked Kadugli on Friday. RSF fighters killed 40 people in Kadugli on Saturday, residents said.");
    a.dct = parse_date("2025-05-04");
    let mut b = Input::new("Khartoum (AFP) - Les FSR ont pris le contrôle de Kadugli dimanche.");
    b.dct = parse_date("2025-05-04");
    let mut c =
        Input::new("Khartum (dpa) - Die RSF-Miliz hat am Sonntag die Stadt Kadugli eingenommen.");
    c.dct = parse_date("2025-05-05");
    let an = analyze(&[a, b, c]);
    let on = |d: &str| {
        an.events
            .iter()
            .filter(|e| e.kind == "ASSAULT" && e.date.as_deref() == Some(d))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        on("2025-05-02").len(),
        1,
        "Friday's assault:{}",
        describe(&an)
    );
    assert_eq!(
        on("2025-05-03").len(),
        1,
        "Saturday's killings:{}",
        describe(&an)
    );
    let sunday = on("2025-05-04");
    assert_eq!(
        sunday.len(),
        1,
        "Sunday's capture is one event:{}",
        describe(&an)
    );
    let docs: Vec<&str> = std::iter::once(sunday[0].doc.as_str())
        .chain(sunday[0].also.iter().map(|m| m.doc.as_str()))
        .collect();
    assert!(
        docs.contains(&"d2") && docs.contains(&"d3") && !docs.contains(&"d1"),
        "the capture carries d2 and d3, not d1: {docs:?}{}",
        describe(&an)
    );
}

#[test]
fn a_site_and_its_town_are_one_scene() {
    let mut a = Input::new(
        "KYIV (Reuters) - Russia struck Kyiv with missiles on Monday, killing at least 30 people.",
    );
    a.dct = parse_date("2024-07-08");
    let mut b =
        Input::new("Kiev (EFE).- Rusia bombardeó el lunes el hospital infantil Ojmatdit, en Kiev.");
    b.dct = parse_date("2024-07-08");
    let an = analyze(&[a, b]);
    let assaults: Vec<_> = an
        .events
        .iter()
        .filter(|e| e.kind == "ASSAULT" && e.date.as_deref() == Some("2024-07-08"))
        .collect();
    assert_eq!(
        assaults.len(),
        1,
        "one strike on Kyiv and its hospital:{}",
        describe(&an)
    );
    assert!(
        assaults[0].also.iter().any(|m| m.doc == "d2"),
        "{}",
        describe(&an)
    );
}

#[test]
fn events_in_different_places_stay_apart() {
    let mut a = Input::new("Die M23 eroberte am Montag die Stadt Goma.");
    a.dct = parse_date("2025-01-27");
    let mut b = Input::new("Die M23 eroberte am Montag die Stadt Bukavu.");
    b.dct = parse_date("2025-01-27");
    let an = analyze(&[a, b]);
    assert_eq!(
        an.events.iter().filter(|e| e.kind == "ASSAULT").count(),
        2,
        "{}",
        describe(&an)
    );
}

#[test]
fn undated_positions_merge_across_documents() {
    // the same standing accusation, told undated in two dispatches, is one event
    let mut a = Input::new("Les rebelles du M23 ont pris lundi la ville de Goma. Des milliers de personnes ont fui la ville. Kinshasa accuse le Rwanda de soutenir les rebelles.");
    a.dct = parse_date("2025-01-27");
    a.lang = Lang::from_code("fr");
    let mut b = Input::new("M23 rebels captured the city of Goma on Monday. Thousands of people fled the city. Kinshasa accuses Rwanda of backing the rebels.");
    b.dct = parse_date("2025-01-27");
    b.lang = Lang::from_code("en");
    let an = analyze(&[a, b]);
    let undated: Vec<&atlas_engine::model::Event> = an
        .events
        .iter()
        .filter(|e| e.kind == "ACCUSE" && e.date.is_none())
        .collect();
    assert_eq!(
        undated.len(),
        1,
        "one undated accusation for two reports:{}",
        describe(&an)
    );
    assert!(
        undated[0].also.iter().any(|m| m.doc == "d2"),
        "the second report is kept in `also`:{}",
        describe(&an)
    );
}

// ------------------------------------------------------------ invariants

fn check_invariants(a: &Analysis) {
    let actor_ids: HashSet<&str> = a.actors.iter().map(|x| x.id.as_str()).collect();
    let place_ids: HashSet<&str> = a.places.iter().map(|x| x.id.as_str()).collect();
    let event_ids: HashSet<&str> = a.events.iter().map(|x| x.id.as_str()).collect();
    assert_eq!(event_ids.len(), a.events.len(), "event ids are unique");
    let text_of = |doc: &str| {
        a.documents
            .iter()
            .find(|d| d.id == doc)
            .map(|d| d.text.as_str())
    };
    for e in &a.events {
        assert!(
            atlas_engine::model::EVENT_TYPES.contains(&e.kind.as_str()),
            "PLOVER type {}",
            e.kind
        );
        assert!(!e.label.is_empty());
        for m in std::iter::once(&e.evidence).chain(e.also.iter()) {
            let t = text_of(&m.doc).expect("evidence document exists");
            assert!(m.start <= m.end && m.end <= t.len(), "evidence in bounds");
            assert!(
                t.is_char_boundary(m.start) && t.is_char_boundary(m.end),
                "evidence on char boundaries"
            );
            assert_eq!(&t[m.start..m.end], m.text, "evidence text matches");
        }
        for f in &e.figures {
            let t = text_of(&f.doc).expect("figure document exists");
            assert!(
                f.start < f.end
                    && f.end <= t.len()
                    && t.is_char_boundary(f.start)
                    && t.is_char_boundary(f.end),
                "figure span"
            );
        }
        for x in &e.actors {
            assert!(
                actor_ids.contains(x.actor.as_str()),
                "event actor {} exists",
                x.actor
            );
            assert!(["source", "target", "supporter", "reporter"].contains(&x.role.as_str()));
        }
        if let Some(p) = &e.place {
            assert!(place_ids.contains(p.as_str()), "event place {p} exists");
        }
        assert!((0.0..=1.0).contains(&e.confidence));
    }
    let mut keys = HashSet::new();
    for r in &a.relations {
        assert!(
            actor_ids.contains(r.a.as_str()) && actor_ids.contains(r.b.as_str()),
            "relation actors exist"
        );
        assert_ne!(r.a, r.b);
        assert!(["supports", "opposes", "contact", "affiliation"].contains(&r.kind.as_str()));
        let key = (
            r.a.as_str().min(r.b.as_str()),
            r.a.as_str().max(r.b.as_str()),
            r.kind.as_str(),
        );
        assert!(keys.insert(key), "one relation per pair and type");
        assert_eq!(r.weight as usize, r.evidence.len());
        for ev in &r.evidence {
            if ev.starts_with('e') {
                assert!(
                    event_ids.contains(ev.as_str()),
                    "relation evidence {ev} is an event"
                );
            } else {
                let (doc, span) = ev.split_once(':').expect("doc:start-end");
                let (s, e) = span.split_once('-').expect("start-end");
                let (s, e): (usize, usize) = (s.parse().unwrap(), e.parse().unwrap());
                let t = text_of(doc).expect("relation evidence document");
                assert!(s <= e && e <= t.len() && t.is_char_boundary(s) && t.is_char_boundary(e));
            }
        }
    }
}

#[test]
fn invariants_hold_on_the_cases() {
    for c in CASES {
        check_invariants(&run(c));
    }
}

#[test]
fn invariants_hold_on_the_corpus_analysed_together() {
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpus");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return;
    };
    let mut paths: Vec<_> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    let inputs: Vec<Input> = paths
        .iter()
        .map(|p| Input::new(std::fs::read_to_string(p).unwrap()))
        .collect();
    let a = analyze(&inputs);
    assert!(a.events.len() > 100);
    check_invariants(&a);
}

mod props {
    use super::*;
    use proptest::prelude::*;

    const PIECES: &[&str] = &[
        "Israel griff am Montag Stellungen der Hisbollah an.",
        "Die Rebellen eroberten 2016 ganz Aleppo zurück, so Moskau.",
        "Russia struck Kyiv on Monday, killing at least 30 people.",
        "Les rebelles du M23, soutenus par le Rwanda, ont pris Goma lundi.",
        "Según Ucrania, Rusia no atacó el lunes.",
        "„Sie trafen am Dienstag ein“, sagte sie.",
        " – ",
        "ß€😀 ",
        "\n",
        "2.000 Tote, 1,500 troops, 3 700 morts.",
        "Die von Ruanda unterstützte Miliz M23",
        ", ",
        "Moskau, 4. Dezember 2024 (AFP) –",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        #[test]
        fn spans_and_references_are_valid(parts in proptest::collection::vec(0..PIECES.len(), 1..14), noise in "[a-zA-Zäöüé ,.;:-]{0,40}") {
            let mut text = String::new();
            for (k, p) in parts.iter().enumerate() {
                text.push_str(PIECES[*p]);
                if k == parts.len() / 2 {
                    text.push_str(&noise);
                }
                text.push(' ');
            }
            let a = analyze(&[Input::new(text.clone()), Input::new(noise.clone())]);
            check_invariants(&a);
        }
    }
}

// ------------------------------------------------------------ the lexicon

#[test]
fn trigger_lexicon_parses_and_covers_the_four_languages() {
    use atlas_engine::events::lexicon::lexicon;
    let lex = lexicon();
    assert!(lex.errors.is_empty(), "triggers.tsv: {:?}", lex.errors);
    for lang in [Lang::De, Lang::En, Lang::Fr, Lang::Es] {
        let n = lex.triggers.iter().filter(|t| t.lang == lang).count();
        assert!(n >= 100, "{lang:?}: only {n} triggers");
        let types: HashSet<&str> = lex
            .triggers
            .iter()
            .filter(|t| t.lang == lang)
            .map(|t| t.kind)
            .collect();
        assert!(
            types.len() >= 14,
            "{lang:?}: triggers for only {} PLOVER types",
            types.len()
        );
    }
    for t in &lex.triggers {
        assert!(atlas_engine::model::EVENT_TYPES.contains(&t.kind));
        assert!(
            !t.label.is_empty() && t.label.is_ascii(),
            "English label on line {}",
            t.line
        );
    }
}

#[test]
fn a_malformed_trigger_table_reports_its_lines() {
    use atlas_engine::events::lexicon::Lexicon;
    let lex = Lexicon::parse(
        "de\tangriff*\tASSAULT\tattack\nxx\tfoo\tASSAULT\tfoo\nen\tbar\tNOPE\tbar\nen\tbaz\n",
    );
    assert_eq!(lex.triggers.len(), 1);
    let lines: Vec<usize> = lex.errors.iter().map(|e| e.0).collect();
    assert_eq!(lines, vec![2, 3, 4]);
}
