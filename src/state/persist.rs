//! Saving the user's work in the browser (localStorage) and reading it back,
//! recovering what can be recovered from a damaged store.

use serde::{Deserialize, Serialize};

use super::atlas::Dispatch;

/// The storage key of the saved workspace.
pub const KEY: &str = "dispatch-atlas/workspace@1";
/// Where a damaged store is moved so nothing is lost.
pub const DAMAGED_KEY: &str = "dispatch-atlas/workspace@1.damaged";

/// What is saved.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Saved {
    /// The dispatches.
    #[serde(default)]
    pub dispatches: Vec<Dispatch>,
    /// The user's corrections, as stored operations.
    #[serde(default)]
    pub corrections: serde_json::Value,
    /// The UI theme.
    #[serde(default)]
    pub theme: Option<String>,
}

/// The result of reading a store.
#[derive(Debug, Clone, PartialEq)]
pub struct Restored {
    /// What could be read.
    pub saved: Saved,
    /// A message for the user when something was damaged.
    pub warning: Option<String>,
}

/// Reads a saved workspace from its JSON; a damaged store keeps every
/// dispatch that can still be read and says what was lost.
pub fn restore(raw: Option<&str>) -> Restored {
    let Some(raw) = raw.filter(|r| !r.trim().is_empty()) else {
        return Restored {
            saved: Saved::default(),
            warning: None,
        };
    };
    if let Ok(saved) = serde_json::from_str::<Saved>(raw) {
        return Restored {
            saved,
            warning: None,
        };
    }
    // Damaged: salvage dispatches one by one.
    let value: serde_json::Value = match serde_json::from_str(raw) {
        Ok(v) => v,
        Err(_) => {
            return Restored {
                saved: Saved::default(),
                warning: Some("The saved workspace was damaged and could not be read; a copy was kept in the browser storage.".into()),
            }
        }
    };
    let mut saved = Saved::default();
    let mut lost = 0;
    if let Some(items) = value.get("dispatches").and_then(|d| d.as_array()) {
        for item in items {
            match serde_json::from_value::<Dispatch>(item.clone()) {
                Ok(d) => saved.dispatches.push(d),
                Err(_) => lost += 1,
            }
        }
    }
    saved.corrections = value
        .get("corrections")
        .cloned()
        .unwrap_or(serde_json::Value::Null);
    saved.theme = value
        .get("theme")
        .and_then(|t| t.as_str())
        .map(str::to_string);
    Restored {
        saved,
        warning: Some(format!(
            "Part of the saved workspace was damaged: {lost} dispatch(es) could not be read; the rest was restored and a copy of the damaged store was kept."
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cases() {
        let good = r#"{"dispatches":[{"id":1,"text":"Hallo Welt"}],"corrections":[]}"#;
        let r = restore(Some(good));
        assert_eq!(r.saved.dispatches.len(), 1);
        assert!(r.warning.is_none());

        let r = restore(None);
        assert!(r.saved.dispatches.is_empty() && r.warning.is_none());

        let r = restore(Some("{not json"));
        assert!(r.saved.dispatches.is_empty());
        assert!(r.warning.unwrap().contains("damaged"));

        let partly =
            r#"{"dispatches":[{"id":1,"text":"ok"},{"id":"x"},{"id":3,"text":"also ok"}]}"#;
        let r = restore(Some(partly));
        assert_eq!(r.saved.dispatches.len(), 2);
        assert!(r.warning.unwrap().contains("1 dispatch"));
    }
}
