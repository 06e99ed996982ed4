//! The articles shipped with the app (from `corpus/`, embedded by `build.rs`).

include!(concat!(env!("OUT_DIR"), "/bundled.rs"));
