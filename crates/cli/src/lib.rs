//! Library side of the `atlas` command: the evaluator, so tests can call it.
#![deny(missing_docs)]

pub mod eval;
