//! Application state, shared through newtype contexts: the dispatches the
//! user pasted, the analysis the engine computed for them, the user's
//! corrections, one selection and one set of filters for every view.

pub mod atlas;
pub mod corrections;
pub mod edit;
pub mod editing;
pub mod filters;
#[cfg(test)]
pub mod fixture;
pub mod persist;
pub mod selection;
