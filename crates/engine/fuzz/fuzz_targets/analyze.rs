//! libFuzzer target: 1–3 dispatches of arbitrary bytes (lossy UTF-8), each
//! with an optional document date (1900–2100, a valid day) and an optional
//! language, through `analyze`; then every invariant of
//! `tests/common/invariants.rs` (the same checker the test suite uses).
//!
//! `RUSTC_BOOTSTRAP=1 cargo fuzz run analyze -s none` (see ../README.md).
#![no_main]

#[path = "../../tests/common/invariants.rs"]
mod invariants;

use arbitrary::Arbitrary;
use atlas_engine::{analyze, Date, Input, Lang};
use libfuzzer_sys::fuzz_target;

#[derive(Arbitrary, Debug)]
struct Doc {
    text: Vec<u8>,
    /// (year, month, day), mapped onto a valid date 1900-01-01..=2100-12-31.
    dct: Option<(u16, u8, u8)>,
    lang: Option<u8>,
}

#[derive(Arbitrary, Debug)]
struct Case {
    first: Doc,
    more: Vec<Doc>,
}

impl Doc {
    fn input(&self) -> Input {
        let dct = self.dct.map(|(y, m, d)| {
            let year = 1900 + (y % 201) as i16;
            let month = 1 + (m % 12) as i8;
            let first = Date::new(year, month, 1).expect("first of the month");
            Date::new(year, month, 1 + (d % first.days_in_month() as u8) as i8).expect("valid day")
        });
        Input { text: String::from_utf8_lossy(&self.text).into_owned(), dct, lang: self.lang.map(|l| Lang::ALL[usize::from(l % 4)]) }
    }
}

fuzz_target!(|case: Case| {
    let mut inputs = vec![case.first.input()];
    inputs.extend(case.more.iter().take(2).map(Doc::input));
    let a = analyze(&inputs);
    invariants::assert_sound(&inputs, &a);
});
