//! One selection shared by every view.

use leptos::prelude::*;

/// What the user selected, by ids of the analysis.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Sel {
    /// An actor id.
    Actor(String),
    /// A place id.
    Place(String),
    /// An event id.
    Event(String),
    /// A document id.
    Doc(String),
    /// A time expression, by document id and start offset.
    Time(String, usize),
}

impl Sel {
    /// The id of an actor selection.
    pub fn actor(&self) -> Option<&str> {
        match self {
            Sel::Actor(a) => Some(a),
            _ => None,
        }
    }
}

/// The selection context.
#[derive(Debug, Clone, Copy)]
pub struct Selection(pub RwSignal<Option<Sel>>);

/// Provides a fresh selection to the component tree.
pub fn provide_selection() -> Selection {
    let s = Selection(RwSignal::new(None));
    provide_context(s);
    s
}

/// The selection of the surrounding app.
pub fn use_selection() -> Selection {
    expect_context::<Selection>()
}

impl Selection {
    /// Selects `sel`, or clears the selection when it is already selected.
    pub fn toggle(&self, sel: Sel) {
        self.0.update(|cur| {
            if cur.as_ref() == Some(&sel) {
                *cur = None;
            } else {
                *cur = Some(sel);
            }
        });
    }

    /// Selects `sel`.
    pub fn set(&self, sel: Sel) {
        self.0.set(Some(sel));
    }

    /// Clears the selection.
    pub fn clear(&self) {
        self.0.set(None);
    }

    /// Whether `sel` is the current selection (reactive).
    pub fn is(&self, sel: &Sel) -> bool {
        self.0.with(|cur| cur.as_ref() == Some(sel))
    }
}
