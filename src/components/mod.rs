//! The components: each draws what state and layout computed and forwards
//! the user's gestures. One component per file, a folder per view.

pub mod app;
pub mod changes_panel;
pub mod detail_panel;
pub mod dispatch_list;
pub mod editors;
pub mod export_menu;
pub mod filter_bar;
pub mod geo_map;
pub mod header;
pub mod icons;
pub mod network;
pub mod picture;
pub mod source_view;
pub mod timeline;
pub mod util;
