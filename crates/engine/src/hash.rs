//! A small, fast hasher for the engine's own tables, whose keys are short
//! words: the Fx hash of rustc. It is not collision-resistant, which does
//! not matter for tables built from the engine's data.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// A small, fast hasher for short keys (the Fx hash of rustc; not
/// collision-resistant, which does not matter for the engine's own tables).
#[derive(Default, Clone, Copy)]
pub struct Fx(u64);

impl Hasher for Fx {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        // eight bytes at a time, then four, two and one: a short word is
        // two or three steps rather than one step per byte
        let mut h = self.0;
        let mut rest = bytes;
        while let Some((c, tail)) = rest.split_first_chunk::<8>() {
            h = mix(h, u64::from_le_bytes(*c));
            rest = tail;
        }
        if let Some((c, tail)) = rest.split_first_chunk::<4>() {
            h = mix(h, u32::from_le_bytes(*c) as u64);
            rest = tail;
        }
        if let Some((c, tail)) = rest.split_first_chunk::<2>() {
            h = mix(h, u16::from_le_bytes(*c) as u64);
            rest = tail;
        }
        if let Some(&b) = rest.first() {
            h = mix(h, b as u64);
        }
        self.0 = h;
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.0 = mix(self.0, i as u64);
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.0 = mix(self.0, i as u64);
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

/// The [`Fx`] hash of `bytes`, seeded with their length: a word in two or
/// three steps.
#[inline]
pub fn bytes_hash(bytes: &[u8]) -> u64 {
    let mut f = Fx(bytes.len() as u64);
    f.write(bytes);
    f.0
}

/// A hash map with the [`Fx`] hasher.
pub type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<Fx>>;

/// One step of the Fx hash: the state rotated, mixed with `w`, multiplied.
#[inline]
fn mix(h: u64, w: u64) -> u64 {
    (h.rotate_left(5) ^ w).wrapping_mul(0x517c_c1b7_2722_0a95)
}

/// A hash set with the [`Fx`] hasher.
pub type FxSet<K> = HashSet<K, BuildHasherDefault<Fx>>;
