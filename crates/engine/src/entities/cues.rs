//! Cue words of the four languages: offices that introduce people, words
//! for governments, armed forces, rebels and other collective actors,
//! ministries. They are matched by the same index as the names
//! ([`super::lexicon`]), so inflection and case rules are the same.
//!
//! German nouns are written with their capital (they only match
//! capitalised words); English, French and Spanish words in lower case
//! (they match either case).

/// What a cue word says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cue {
    /// An office held by a person: English title, and whom it serves when
    /// the word says so (`Kremlsprecher`: ISO2 `RU`; `UN-Generalsekretär`: actor id `un`).
    Role(&'static str, &'static str),
    /// A word for a country's government (`Regierung`, `regime`, `junte`).
    Gov(&'static str),
    /// A word for armed forces: the English head (`army`, `Navy`, `Air Force`, `police`).
    Force(&'static str),
    /// A collective actor: kind, English name.
    Group(&'static str, &'static str),
    /// A ministry: English name (`Defence Ministry`).
    Ministry(&'static str),
    /// A body of a state standing for the state (`Diplomatie`, `Kreml`).
    State(&'static str),
    /// An act of war or a weapon whose adjective names who did it or used
    /// it ("Israeli strikes", "israelische Luftangriffe", "frappes russes",
    /// "ataques rusos", "Russian drones", "drones russes"): the adjective is
    /// the state, the noun stays the event (or the weapon).
    Agent,
    /// An actor the lexicon lacks: kind, country, English name.
    Fixed(&'static str, &'static str, &'static str),
    /// A facility named after its city ("aéroport de Goma"): English head.
    Facility(&'static str),
    /// The followers of the actor named next to it ("Houthi supporters",
    /// "Huthi-Anhänger", "partisans des Houthis", "simpatizantes hutíes").
    Followers,
}

/// One cue: its spellings (`|`-separated) and meaning.
pub struct CueDef {
    /// Spellings.
    pub words: &'static str,
    /// Meaning.
    pub cue: Cue,
}

macro_rules! cues {
    ($( $w:expr => $c:expr ),* $(,)?) => { &[ $( CueDef { words: $w, cue: $c } ),* ] };
}

use Cue::*;

/// All cue words.
pub static CUES: &[CueDef] = cues![
    // ---- offices
    "Präsident|Präsidentin|Präsidenten|Staatspräsident|Staatspräsidentin|Staatspräsidenten|president|présidente|président|presidente|presidenta|President|Président|Presidente|Staatschef|Staatschefin|chef de l'Etat|chef de l'État|jefe de Estado|head of state|Übergangspräsident|transitional president|président de la transition|presidente de transición|Interimspräsident|interim president|De-facto-Staatschef|De facto-Staatschef|de facto leader|Kremlchef|président russe" => Role("president", ""),
    "Vizepräsident|Vizepräsidentin|vice president|vice-president|vice-président|vicepresidente|Vice President" => Role("vice president", ""),
    "Regierungschef|Regierungschefin|Ministerpräsident|Ministerpräsidentin|Premierminister|Premierministerin|Prime Minister|prime minister|premier ministre|Premier ministre|primer ministro|primera ministra|Primer Ministro|chef du gouvernement|jefe del Gobierno|jefe de Gobierno|head of government|Interimsregierungschef|interim prime minister|Premier ministre par intérim" => Role("prime minister", ""),
    "Außenminister|Außenministerin|Aussenminister|foreign minister|Foreign Minister|ministre des Affaires étrangères|ministre des Affaires étrangères|ministro de Asuntos Exteriores|ministro de Exteriores|ministra de Exteriores|ministra de Asuntos Exteriores|ministro de Relaciones Exteriores|External Affairs Minister|external affairs minister|canciller|chef de la diplomatie|cheffe de la diplomatie|jefe de la diplomacia|Chefdiplomat|Chefdiplomatin|top diplomat|secretary of state|Secretary of State" => Role("foreign minister", ""),
    "Verteidigungsminister|Verteidigungsministerin|defence minister|defense minister|Defence Minister|Defense Minister|defense secretary|Defense Secretary|ministre de la Défense|ministro de Defensa|ministra de Defensa" => Role("defence minister", ""),
    "foreign secretary|Foreign Secretary|Außenstaatssekretär" => Role("foreign secretary", ""),
    "secretario de Seguridad|secretaria de Seguridad|Secretary of Security|security secretary|Security Secretary|ministre de la Sécurité|Sicherheitsminister|Sicherheitsministerin" => Role("security minister", ""),
    "Innenminister|Innenministerin|interior minister|ministre de l'Intérieur|ministro del Interior|ministra del Interior|Interior Cabinet Secretary|interior cabinet secretary|Home Secretary|home secretary" => Role("interior minister", ""),
    // Kenya's ministers: "Defence Cabinet Secretary Soipan Tuya"
    "Cabinet Secretary|cabinet secretary" => Role("minister", ""),
    "Minister|Ministerin|minister|ministre|ministro|ministra" => Role("minister", ""),
    "Sprecher|Sprecherin|Regierungssprecher|Regierungssprecherin|Außenamtssprecher|Außenamtssprecherin|Ministeriumssprecher|spokesman|spokeswoman|spokesperson|porte-parole|portavoz|vocero|vocera|Milizsprecher" => Role("spokesperson", ""),
    "Pressesprecher|Pressesprecherin|press secretary|Press Secretary|attaché de presse|attachée de presse|secretario de prensa|secretaria de prensa" => Role("spokesperson", ""),
    "Militärsprecher|Armeesprecher|military spokesman|army spokesman|portavoz militar|porte-parole de l'armée|porte-parole militaire" => Role("military spokesperson", ""),
    "Kremlsprecher|Kreml-Sprecher|Kremlin spokesman|Kremlin spokesperson|porte-parole du Kremlin|portavoz del Kremlin" => Role("spokesperson", "RU"),
    "Berater|Beraterin|adviser|advisor|conseiller|conseillère|asesor|asesora" => Role("adviser", ""),
    "General|Generalleutnant|Generalmajor|Brigadegeneral|general|lieutenant general|Lt. Gen.|major general|Maj. Gen.|brigadier general|Gen.|général|le général|general de brigada|Senior General|senior general|Oberbefehlshaber|commander-in-chief|commandant en chef|comandante en jefe" => Role("general", ""),
    "Oberst|Oberstleutnant|Major|Hauptmann|Leutnant|Kapitän|Admiral|Konteradmiral|Feldmarschall|colonel|Colonel|Col.|lieutenant colonel|Lt. Col.|lieutenant|captain|Capt.|admiral|Adm.|rear admiral|Rear Adm.|vice admiral|Vice Adm.|sergeant|field marshal|Major General|Major Gen.|Maj.|commandant|capitaine|lieutenant-colonel|amiral|maréchal|coronel|teniente coronel|capitán|teniente|almirante|mariscal|comisario" => Role("officer", ""),
    "Leiter|Leiterin|Vorsitzender|Vorsitzende|Direktor|Direktorin|director|directeur|directrice|directora|head of|chairman|chairwoman|chair|président du conseil|presidente del consejo|coordinator|coordinateur|coordinatrice|coordinador|coordinadora|Koordinator|Koordinatorin|Gov.|Regional Gov.|Sen.|Rep.|senator|Senator|sénateur|senador" => Role("head", ""),
    "Kommandeur|Kommandant|Befehlshaber|commander|commandant|comandante|Militärchef|Armeechef|army chief|chef de l'armée|jefe del Ejército|jefe militar|chef militaire|military chief" => Role("commander", ""),
    "Generalstabschef|Generalstabschefin|chief of staff|chief of the general staff|chef d'état-major|jefe del Estado Mayor|jefe de Estado Mayor" => Role("chief of staff", ""),
    "Anführer|Anführerin|Führer|Chef|Chefin|Milizenchef|Milizchef|Rebellenführer|Rebellenchef|leader|Leader|chef|cheffe|dirigeant|dirigeante|líder|jefe|jefa|cabecilla|rebel leader|chef rebelle|líder rebelde" => Role("leader", ""),
    "Machthaber|Herrscher|ruler|gobernante|homme fort|strongman|hombre fuerte" => Role("ruler", ""),
    "Oberster Führer|Obersten Führer|Oberste Führer|Obersten Führers|Supreme Leader|supreme leader|guide suprême|Guide suprême|líder supremo|Líder Supremo|Revolutionsführer" => Role("supreme leader", ""),
    "Sondergesandter|Sondergesandte|Sondergesandten|Sonderbeauftragter|Sonderbeauftragte|special envoy|envoy|Special Envoy|envoyé spécial|envoyée spéciale|émissaire|enviado especial|enviada especial|enviado|Gesandter|Gesandte|Nahost-Gesandter|Nahostgesandter|Middle East envoy" => Role("envoy", ""),
    "Botschafter|Botschafterin|ambassador|ambassadeur|ambassadrice|embajador|embajadora|UN-Botschafter|UN-Botschafterin" => Role("ambassador", ""),
    "Generalsekretär|Generalsekretärin|secretary-general|secretary general|Secretary-General|secrétaire général|secrétaire générale|secretario general|secretaria general" => Role("secretary-general", ""),
    "UN-Generalsekretär|UNO-Generalsekretär|UN Secretary-General|U.N. Secretary-General|UN chief|U.N. chief|secrétaire général de l'ONU|secretario general de la ONU|UN-Chef" => Role("secretary-general", "un"),
    "Bürgermeister|Bürgermeisterin|mayor|maire|alcalde|alcaldesa|Oberbürgermeister" => Role("mayor", ""),
    "Gouverneur|Gouverneurin|governor|gouverneur|gobernador|gobernadora|Regionalgouverneur|regional governor|gouverneur régional|Militärgouverneur|military governor|gouverneur militaire|gobernador militar" => Role("governor", ""),
    "Abgeordneter|Abgeordnete|lawmaker|député|diputado|diputada" => Role("lawmaker", ""),
    "Anwalt|Anwältin|Rechtsanwalt|Rechtsanwältin|lawyer|attorney|avocat|avocate|abogado|abogada" => Role("lawyer", ""),
    "Polizeichef|Polizeisprecher|police chief|police spokesman|chef de la police|jefe de la policía|portavoz de la policía" => Role("police official", ""),
    "Emir|emir|émir|Kronprinz|crown prince|prince héritier|príncipe heredero|König|king|roi|rey" => Role("monarch", ""),
    // ---- governments
    "Regierung|Staatsführung|government|gouvernement|Gobierno|gobierno|Zentralregierung|central government|gouvernement central|Gobierno central|federal government|gouvernement fédéral|Gobierno federal|Übergangsregierung|transitional government|gouvernement de transition|Gobierno de transición" => Gov("government"),
    "Behörden|Übergangsbehörden|authorities|autorités|autoridades" => Gov("authorities"),
    "Regime|regime|régime|régimen|Assad-Regime|Assad regime|régime Assad|régime de Bachar al-Assad|régimen de Asad|régimen de Al Asad|Regime von Assad" => Gov("regime"),
    "Junta|Militärjunta|Militärregierung|Militärführung|junta|military junta|military government|junte|junte militaire|junta militar|gobierno militar|Junta von|ruling junta|régime militaire|régimes militaires|regímenes militares|régimes|Militärregime|Militärregimes|regime militare" => Gov("junta"),
    // ---- forces
    "Armee|Streitkräfte|Militär|Truppen|Soldaten|Regierungstruppen|Regierungssoldaten|Bodentruppen|army|military|armed forces|troops|soldiers|ground troops|government forces|government troops|armée|forces armées|troupes|soldats|militaires|forces gouvernementales|troupes gouvernementales|ejército|Ejército|fuerzas armadas|Fuerzas Armadas|tropas|soldados|militares|fuerzas gubernamentales|tropas gubernamentales|forces|fuerzas" => Force("army"),
    "Luftwaffe|Luftstreitkräfte|air force|Air Force|armée de l'air|aviation|Fuerza Aérea|fuerza aérea|aviación" => Force("Air Force"),
    "Marine|Kriegsmarine|Flotte|navy|Navy|fleet|marine|flotte|Armada|armada|marina" => Force("Navy"),
    "Polizei|police|Police|policía|Policía|Polizisten|police officers|policiers|policías" => Force("police"),
    // ---- collectives
    "Rebellen|Rebellengruppen|Rebellengruppe|Rebellenkoalition|Rebellenallianz|Aufständische|Aufständischen|Rebellenkämpfer|Koalition von Rebellen|Rebellenmilizen|rebels|rebel groups|rebel group|rebel forces|rebel fighters|rebel coalition|rebel alliance|rebel factions|rebelles|coalition rebelle|groupes rebelles|forces rebelles|combattants rebelles|insurgés|rébellion|rebeldes|coalición rebelde|grupos rebeldes|fuerzas rebeldes|alianza rebelde|alianza insurgente|insurgentes|fuerzas insurgentes|grupos insurgentes" => Group("armed_group", "Rebels"),
    "paramilitaries|paramilitaires|paramilitares|Paramilitärs" => Group("armed_group", "Paramilitaries"),
    "gunmen|militants|suspected militants|armed men|Bewaffnete|Bewaffneten|bewaffnete Männer|hommes armés|individus armés|hombres armados|pistoleros" => Group("armed_group", "Gunmen"),
    "Dschihadisten|Dschihadistengruppen|Islamisten|jihadists|jihadist groups|djihadistes|jihadistes|groupes jihadistes|groupes djihadistes|yihadistas|grupos yihadistas" => Group("armed_group", "Jihadists"),
    "Banden|Bande|Gangs|bewaffnete Banden|Bandenmitglieder|gangs|gang|armed gangs|armed gang|gang members|gangs armés|gang armé|bandes armées|bandes|pandillas|pandilla|bandas|bandas armadas|pandilleros" => Group("armed_group", "Gangs"),
    "Banditen|bewaffnete Banditen|bandits|armed bandits|bandit groups|bandit gangs|bandits armés|bandidos|bandidos armados" => Group("armed_group", "Bandits"),
    "Demonstranten|Demonstrierende|Protestierende|Protestierenden|protesters|protestors|demonstrators|manifestants|manifestantes" => Group("civilians", "Protesters"),
    "Geiseln|hostages|otages|rehenes" => Group("civilians", "Hostages"),
    "Zivilisten|Zivilbevölkerung|civilians|civils|population civile|civiles|población civil" => Group("civilians", "Civilians"),
    "supporters|Anhänger|partisans|simpatizantes|seguidores" => Followers,
    // ---- ministries
    "Verteidigungsministerium|Verteidigungsministeriums|defence ministry|defense ministry|Defence Ministry|Defense Ministry|ministry of defence|Ministry of Defence|ministry of defense|Ministry of Defense|ministère de la Défense|Ministerio de Defensa|ministerio de Defensa" => Ministry("Defence Ministry"),
    "Außenministerium|Außenministeriums|Auswärtiges Amt|foreign ministry|Foreign Ministry|ministry of foreign affairs|Ministry of Foreign Affairs|ministère des Affaires étrangères|Ministerio de Asuntos Exteriores|ministerio de Asuntos Exteriores|Ministerio de Exteriores|Cancillería|cancillería" => Ministry("Foreign Ministry"),
    "Gesundheitsministerium|Gesundheitsministeriums|health ministry|Health Ministry|ministry of health|Ministry of Health|ministère de la Santé|Ministerio de Salud|ministerio de Salud|Ministerio de Sanidad" => Ministry("Health Ministry"),
    // ---- bodies standing for the state
    "Diplomatie|diplomatie|diplomacia|diplomacy" => State(""),
    "Kreml|Kremlin|Kremls|kremlin|Kremlin's" => State("RU"),
    // ---- acts of war named with their author's adjective
    "strikes|air strikes|airstrikes|missile strikes|drone strikes|attacks|drone attacks|missile attacks|shelling|bombardment|bombardments|bombing|bombings|raids|offensive|Luftangriffe|Luftangriffen|Angriffe|Angriffen|Drohnenangriffe|Drohnenangriffen|Raketenangriffe|Raketenangriffen|Beschuss|Bombardements|Offensive|frappes|frappes aériennes|bombardements|attaques|tirs|raids|offensive|ataques|ataques aéreos|bombardeos|ofensiva|drones|drone|missiles|rockets|warplanes|fighter jets|jets|artillery|shells|Drohnen|Drohne|Raketen|Kampfflugzeuge|Kampfjets|Artillerie|Granaten|strike|air strike|airstrike|missile strike|drone strike|attack|drone attack|missile attack|raid|air raid|Luftangriff|Angriff|Drohnenangriff|Raketenangriff|frappe|frappe aérienne|attaque|bombardement|raid aérien|ataque|ataque aéreo|bombardeo|ataque con drones" => Agent,
    // ---- facilities
    "Flughafen|Flughafens|internationalen Flughafen|internationale Flughafen|airport|international airport|aéroport|aéroport international|aeropuerto|aeropuerto internacional" => Facility("airport"),
    "Militärflughafen|Militärflughafens|military airport|aéroport militaire|aeropuerto militar" => Facility("military airport"),
    "Gefängnis|Gefängnisses|Zentralgefängnis|Zentralgefängnisses|prison|central prison|main prison|prison centrale|prisión|cárcel|prisión central|cárcel central" => Facility("prison"),
    "Luftwaffenstützpunkt|Luftwaffenbasis|air base|airbase|base aérienne|base aérea" => Facility("air base"),
    "Militärstützpunkt|Militärbasis|military base|army base|base militaire|base militar" => Facility("military base"),
    // ---- actors the lexicon lacks
    "US-Verteidigungsministerium|U.S. Department of Defense|Department of Defense" => Fixed("government", "US", "Pentagon"),
];
