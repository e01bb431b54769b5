//! Colours that carry meaning, the same in every view: event classes,
//! relation types and actor kinds.

/// The four classes of PLOVER event types (material/verbal × conflict/cooperation).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EventClass {
    /// Fighting, coercion, mobilisation.
    MaterialConflict,
    /// Threats, accusations, rejections, sanctions, protests.
    VerbalConflict,
    /// Talks, requests, agreements.
    VerbalCooperation,
    /// Support, aid, cooperation, concessions, retreats.
    MaterialCooperation,
}

impl EventClass {
    /// All classes, in legend order.
    pub const ALL: [EventClass; 4] = [
        EventClass::MaterialConflict,
        EventClass::VerbalConflict,
        EventClass::VerbalCooperation,
        EventClass::MaterialCooperation,
    ];

    /// The class of a PLOVER type (unknown types count as verbal cooperation, the mildest).
    pub fn of(event_type: &str) -> EventClass {
        match event_type {
            "ASSAULT" | "COERCE" | "MOBILIZE" => EventClass::MaterialConflict,
            "THREATEN" | "ACCUSE" | "REJECT" | "SANCTION" | "PROTEST" => EventClass::VerbalConflict,
            "SUPPORT" | "AID" | "COOPERATE" | "CONCEDE" | "RETREAT" => {
                EventClass::MaterialCooperation
            }
            _ => EventClass::VerbalCooperation,
        }
    }

    /// Stable key for filters and CSS.
    pub fn key(self) -> &'static str {
        match self {
            EventClass::MaterialConflict => "material-conflict",
            EventClass::VerbalConflict => "verbal-conflict",
            EventClass::VerbalCooperation => "verbal-cooperation",
            EventClass::MaterialCooperation => "material-cooperation",
        }
    }

    /// Legend label.
    pub fn label(self) -> &'static str {
        match self {
            EventClass::MaterialConflict => "Fighting & force",
            EventClass::VerbalConflict => "Threats & accusations",
            EventClass::VerbalCooperation => "Talks & agreements",
            EventClass::MaterialCooperation => "Support & aid",
        }
    }

    /// The kinds of event the class holds, for tooltips: the green one also
    /// holds concessions and retreats ("fled", "resigned").
    pub fn members(self) -> &'static str {
        match self {
            EventClass::MaterialConflict => "assaults, coercion, mobilisation",
            EventClass::VerbalConflict => "threats, accusations, rejections, sanctions, protests",
            EventClass::VerbalCooperation => "talks, agreements, requests",
            EventClass::MaterialCooperation => "support, aid, cooperation, concessions, retreats",
        }
    }

    /// Fill colour.
    pub fn color(self) -> &'static str {
        match self {
            EventClass::MaterialConflict => "#c8453b",
            EventClass::VerbalConflict => "#e08a2c",
            EventClass::VerbalCooperation => "#3a78c2",
            EventClass::MaterialCooperation => "#2f9a6a",
        }
    }
}

/// Human label of a PLOVER event type ("ASSAULT" → "Assault"); the code
/// itself for a type it does not know (never empty for a non-empty code).
pub fn event_type_label(code: &str) -> String {
    let known = match code {
        "AGREE" => "Agreement",
        "CONSULT" => "Consultation",
        "SUPPORT" => "Support",
        "CONCEDE" => "Concession",
        "COOPERATE" => "Cooperation",
        "AID" => "Aid",
        "RETREAT" => "Retreat",
        "REQUEST" => "Request",
        "ACCUSE" => "Accusation",
        "REJECT" => "Rejection",
        "THREATEN" => "Threat",
        "PROTEST" => "Protest",
        "SANCTION" => "Sanction",
        "MOBILIZE" => "Mobilisation",
        "COERCE" => "Coercion",
        "ASSAULT" => "Assault",
        _ => "",
    };
    if known.is_empty() {
        code.to_string()
    } else {
        known.to_string()
    }
}

/// Colour of a relation type.
pub fn relation_color(kind: &str) -> &'static str {
    match kind {
        "supports" => "#2f9a6a",
        "opposes" => "#c8453b",
        "contact" => "#3a78c2",
        "affiliation" => "#8a6bb8",
        _ => "#8895a7",
    }
}

/// Relation types in legend order.
pub const RELATION_TYPES: [&str; 4] = ["supports", "opposes", "contact", "affiliation"];

/// Colour of an actor kind.
pub fn actor_color(kind: &str) -> &'static str {
    match kind {
        "state" => "#4a6583",
        "government" => "#2f4f8f",
        "military" => "#7a5a3a",
        "armed_group" => "#a2463e",
        "person" => "#7d4f9e",
        "organisation" => "#1f8a80",
        "media" => "#7d8791",
        "civilians" => "#c49a22",
        _ => "#95a0ab",
    }
}

/// Human label of an actor kind.
pub fn actor_kind_label(kind: &str) -> &'static str {
    match kind {
        "state" => "State",
        "government" => "Government",
        "military" => "Military",
        "armed_group" => "Armed group",
        "person" => "Person",
        "organisation" => "Organisation",
        "media" => "Media",
        "civilians" => "Civilians",
        _ => "Other",
    }
}

/// Actor kinds in legend order.
pub const ACTOR_KINDS: [&str; 9] = [
    "state",
    "government",
    "military",
    "armed_group",
    "person",
    "organisation",
    "media",
    "civilians",
    "other",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_plover_type_has_a_class() {
        let conflict = [
            "ASSAULT", "COERCE", "MOBILIZE", "THREATEN", "ACCUSE", "REJECT", "SANCTION", "PROTEST",
        ];
        for t in atlas_engine::model::EVENT_TYPES {
            let c = EventClass::of(t);
            let is_conflict =
                matches!(c, EventClass::MaterialConflict | EventClass::VerbalConflict);
            assert_eq!(is_conflict, conflict.contains(&t), "{t}");
        }
    }

    #[test]
    fn colours_are_distinct() {
        let mut cs: Vec<&str> = EventClass::ALL.iter().map(|c| c.color()).collect();
        cs.sort();
        cs.dedup();
        assert_eq!(cs.len(), 4);
        let mut ks: Vec<&str> = ACTOR_KINDS.iter().map(|k| actor_color(k)).collect();
        ks.sort();
        ks.dedup();
        assert_eq!(ks.len(), ACTOR_KINDS.len());
    }

    #[test]
    fn every_plover_type_has_a_human_label() {
        let mut seen = Vec::new();
        for t in atlas_engine::model::EVENT_TYPES {
            let l = event_type_label(t);
            assert_ne!(l, t, "{t} has a label of its own");
            assert!(
                l.chars().next().is_some_and(char::is_uppercase)
                    && l[1..].chars().all(|c| c.is_lowercase()),
                "{l}"
            );
            seen.push(l);
        }
        seen.sort();
        seen.dedup();
        assert_eq!(
            seen.len(),
            atlas_engine::model::EVENT_TYPES.len(),
            "labels are distinct"
        );
        assert_eq!(event_type_label("ASSAULT"), "Assault");
        assert_eq!(event_type_label("COERCE"), "Coercion");
        assert_eq!(event_type_label("SOMETHING_NEW"), "SOMETHING_NEW");
    }
}
