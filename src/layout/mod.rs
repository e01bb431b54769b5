//! Pure layout code: scales, ticks, lanes, force layout, map projection,
//! colours. No DOM, no clock; tested natively. Components only draw what
//! these functions compute.

pub mod basemap;
pub mod colors;
pub mod force;
pub mod geo;
pub mod gesture;
pub mod highlight;
pub mod lanes;
pub mod legend;
pub mod network;
pub mod projection;
pub mod time;
pub mod timeline;
