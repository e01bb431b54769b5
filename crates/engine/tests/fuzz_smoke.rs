//! A stable, dependency-free fuzz driver: a deterministic pseudo-random
//! mutator over the development corpus (`tests/corpus/*.txt`) feeding
//! `analyze`, checking the invariants of `common/invariants.rs` after every
//! execution. It complements the libFuzzer target in `fuzz/` (which needs
//! cargo-fuzz) and runs with the ordinary test command.
//!
//! - `cargo test -p atlas-engine --test fuzz_smoke -- --nocapture`: a short
//!   run (3,000 executions by default, seconds in debug);
//! - `ATLAS_FUZZ_EXECS=200000 cargo test --release -p atlas-engine --test fuzz_smoke -- --nocapture`:
//!   a long run; `ATLAS_FUZZ_SEED=N` picks another sequence.
//!
//! Mutations: bit flips, random bytes, deletions, duplications, splices
//! from other files, case flips, truncation, and inserts of hostile strings
//! (quotes, datelines, month names, digits, emoji, right-to-left text and
//! bidi controls, NUL and C0 controls, CRLF and lone CR, combining marks,
//! zero-width characters, HTML). Every input that panics or breaks an
//! invariant is written to `target/fuzz-smoke/` and the test fails naming it;
//! the slowest execution is reported too (a hang shows as a test that never
//! ends: run with `--nocapture` to see progress).

#[path = "common/invariants.rs"]
mod invariants;

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use std::time::{Duration, Instant};

use atlas_engine::{analyze, Date, Input, Lang};

/// Strings that tend to wake up the engine's special cases.
const INTERESTING: &[&str] = &[
    // Quotes of four languages.
    "„",
    "“",
    "”",
    "«",
    "»",
    "« ",
    " »",
    "‹",
    "›",
    "‚",
    "‘",
    "’",
    "\"",
    "'",
    "«\u{a0}",
    "\u{a0}»",
    "\u{202f}»",
    // Datelines and agencies.
    "(AFP) –",
    "(AFP) - ",
    "(Reuters) -",
    "(AP) —",
    "(dpa) ",
    "(EFE).- ",
    "Moskau, 4. Dezember 2024 (AFP) – ",
    "BEIRUT (Reuters) - ",
    "KYIV, Ukraine (AP) — ",
    "PARIS, 12 jan 2024 (AFP) - ",
    "Madrid, 3 dic (EFE).- ",
    "\n---\n",
    "\n\n",
    "© 2024 AFP",
    "jds/ans\n",
    // Months, days, relative dates.
    "Dezember",
    "décembre",
    "diciembre",
    "December",
    "Dec.",
    "janv.",
    "März",
    "Mittwoch",
    "mardi",
    "el lunes",
    "am Dienstag",
    "last week",
    "il y a trois jours",
    "hace dos semanas",
    "vor zwei Wochen",
    "1er",
    "27.",
    "2024",
    "14.30 Uhr",
    "2.000",
    "1,5",
    "31. Februar",
    "29 février 2023",
    "0000",
    "9999",
    "-1",
    "99999999999999999999",
    // Actors and places.
    "Russland",
    "russische Truppen",
    "Hamas",
    "Hisbollah",
    "the Israeli army",
    "les rebelles",
    "Kiew",
    "Charkiw",
    "Hama",
    "Aleppo",
    "Goma",
    "M23",
    "U.S.",
    "UN-Sicherheitsrat",
    "Präsident Wladimir Putin",
    "so Moskau",
    "griffen an",
    "attacked",
    "a bombardé",
    "atacaron",
    "killed at least 25",
    "mindestens 12 Tote",
    // Emoji, ZWJ, flags, combining marks, zero-width.
    "🙂",
    "👍🏽",
    "👩‍👩‍👧‍👦",
    "🏳️‍🌈",
    "🇺🇦",
    "🇷🇺",
    "e\u{301}",
    "a\u{308}\u{308}\u{308}",
    "\u{200b}",
    "\u{200c}",
    "\u{200d}",
    "\u{2060}",
    "\u{feff}",
    "\u{ad}",
    "\u{fe0f}",
    // Right-to-left and bidi controls.
    "بيروت",
    "حزب الله",
    "دمشق",
    "ירושלים",
    "צה\"ל",
    "\u{202e}",
    "\u{202b}",
    "\u{202c}",
    "\u{2067}",
    "\u{2069}",
    "\u{200f}",
    // Controls and line ends.
    "\0",
    "\u{1}",
    "\u{7}",
    "\u{8}",
    "\u{b}",
    "\u{c}",
    "\u{1b}[31m",
    "\u{7f}",
    "\u{85}",
    "\u{2028}",
    "\u{2029}",
    "\r\n",
    "\r",
    "\t",
    "\u{a0}",
    "\u{3000}",
    // Markup.
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "</textarea>",
    "&amp;",
    "&#x3C;",
    "<!--",
    "]]>",
    // Punctuation runs.
    ".",
    ". ",
    "...",
    "…",
    "–",
    "—",
    "-",
    "/",
    ",",
    ";",
    ":",
    "(",
    ")",
    "[",
    "]",
    "?!",
    "%",
];

/// SplitMix64: tiny, deterministic, good enough to drive mutations.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
    fn chance(&mut self, per_cent: u64) -> bool {
        self.next() % 100 < per_cent
    }
}

fn mutate(rng: &mut Rng, buf: &mut Vec<u8>, others: &[(String, String)]) {
    let n = 1 + rng.below(8);
    for _ in 0..n {
        let len = buf.len();
        match rng.below(11) {
            0 if len > 0 => {
                let i = rng.below(len);
                buf[i] ^= 1 << rng.below(8);
            }
            1 if len > 0 => {
                let i = rng.below(len);
                buf[i] = rng.next() as u8;
            }
            2 | 3 | 4 => {
                let s = INTERESTING[rng.below(INTERESTING.len())].as_bytes();
                let i = rng.below(len + 1);
                buf.splice(i..i, s.iter().copied());
            }
            5 if len > 0 => {
                let i = rng.below(len);
                let j = (i + 1 + rng.below(64)).min(len);
                buf.drain(i..j);
            }
            6 if len > 0 => {
                let i = rng.below(len);
                let j = (i + 1 + rng.below(200)).min(len);
                let piece = buf[i..j].to_vec();
                let k = rng.below(len + 1);
                buf.splice(k..k, piece);
            }
            7 if !others.is_empty() => {
                let o = others[rng.below(others.len())].1.as_bytes();
                if !o.is_empty() {
                    let i = rng.below(o.len());
                    let j = (i + 1 + rng.below(400)).min(o.len());
                    let k = rng.below(len + 1);
                    buf.splice(k..k, o[i..j].iter().copied());
                }
            }
            8 if len > 0 => {
                let i = rng.below(len);
                let j = (i + 1 + rng.below(40)).min(len);
                for b in &mut buf[i..j] {
                    if b.is_ascii_alphabetic() {
                        *b ^= 0x20;
                    }
                }
            }
            9 if len > 0 => {
                buf.truncate(rng.below(len));
            }
            _ => {
                // A digit run, a sentence end or a line break somewhere.
                let s: &[u8] =
                    [&b"0123456789"[..1 + rng.below(10)], b". ", b"\n", b" "][rng.below(4)];
                let i = rng.below(len + 1);
                buf.splice(i..i, s.iter().copied());
            }
        }
    }
}

fn random_input(rng: &mut Rng, text: String) -> Input {
    let dct = if rng.chance(40) {
        let y = 1900 + rng.below(201) as i16;
        let m = 1 + rng.below(12) as i8;
        let first = Date::new(y, m, 1).expect("first of the month");
        let d = 1 + rng.below(first.days_in_month() as usize) as i8;
        Some(Date::new(y, m, d).expect("valid day"))
    } else {
        None
    };
    let lang = if rng.chance(30) {
        Some(Lang::ALL[rng.below(4)])
    } else {
        None
    };
    Input { text, dct, lang }
}

fn crash_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/fuzz-smoke")
}

#[test]
fn fuzz_smoke() {
    let corpus = invariants::corpus_texts();
    assert!(!corpus.is_empty(), "no corpus under tests/corpus");
    let execs: usize = std::env::var("ATLAS_FUZZ_EXECS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(3_000);
    let seed: u64 = std::env::var("ATLAS_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x00A7_1A5F_u64);
    let mut rng = Rng(seed);
    let mut failures: Vec<String> = Vec::new();
    let mut slowest = (Duration::ZERO, String::new());
    let mut bytes_total = 0usize;
    let started = Instant::now();
    // The last mutant of each file is kept, so mutations also stack up over time.
    let mut pool: Vec<Vec<u8>> = corpus.iter().map(|(_, t)| t.as_bytes().to_vec()).collect();
    // Silence the default hook's backtraces for caught panics (they are reported below).
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    for exec in 0..execs {
        let ndocs = 1 + usize::from(rng.chance(15)) + usize::from(rng.chance(5));
        let mut inputs = Vec::with_capacity(ndocs);
        for _ in 0..ndocs {
            let fi = rng.below(corpus.len());
            let mut buf = if rng.chance(50) {
                pool[fi].clone()
            } else {
                corpus[fi].1.as_bytes().to_vec()
            };
            mutate(&mut rng, &mut buf, &corpus);
            if buf.len() > 64 * 1024 {
                buf.truncate(16 * 1024);
            }
            let text = String::from_utf8_lossy(&buf).into_owned();
            pool[fi] = buf;
            inputs.push(random_input(&mut rng, text));
        }
        bytes_total += inputs.iter().map(|i| i.text.len()).sum::<usize>();
        let t0 = Instant::now();
        let result = catch_unwind(AssertUnwindSafe(|| {
            let a = analyze(&inputs);
            invariants::violations(&inputs, &a)
        }));
        let took = t0.elapsed();
        if took > slowest.0 {
            slowest = (
                took,
                format!(
                    "exec {exec}: {} input(s), {} bytes",
                    inputs.len(),
                    inputs.iter().map(|i| i.text.len()).sum::<usize>()
                ),
            );
        }
        let problem = match result {
            Ok(v) if v.is_empty() => None,
            Ok(v) => Some(format!(
                "invariants: {}",
                v.iter().take(5).cloned().collect::<Vec<_>>().join("; ")
            )),
            Err(p) => Some(format!(
                "panic: {}",
                p.downcast_ref::<String>()
                    .cloned()
                    .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_default()
            )),
        };
        if let Some(problem) = problem {
            let dir = crash_dir();
            let _ = std::fs::create_dir_all(&dir);
            let mut names = Vec::new();
            for (k, input) in inputs.iter().enumerate() {
                let name = format!("crash-seed{seed}-exec{exec}-doc{}.txt", k + 1);
                let _ = std::fs::write(dir.join(&name), &input.text);
                names.push(format!(
                    "{name} (dct {:?}, lang {:?})",
                    input.dct, input.lang
                ));
            }
            failures.push(format!(
                "exec {exec}: {problem}\n    inputs: {}",
                names.join(", ")
            ));
            if failures.len() >= 20 {
                break;
            }
        }
        if (exec + 1) % 10_000 == 0 {
            eprintln!(
                "fuzz_smoke: {} executions, {:.0?}",
                exec + 1,
                started.elapsed()
            );
        }
    }
    std::panic::set_hook(hook);
    let elapsed = started.elapsed();
    println!(
        "fuzz_smoke: {execs} executions (seed {seed}) over {} corpus files, {:.1} MB analysed in {:.1?} ({:.0} execs/s); slowest {:.1?} ({}); {} failure(s); {} analyses with float drift in the JSON round trip (tolerated unless ATLAS_STRICT_FLOATS=1)",
        corpus.len(),
        bytes_total as f64 / 1e6,
        elapsed,
        execs as f64 / elapsed.as_secs_f64().max(1e-9),
        slowest.0,
        slowest.1,
        failures.len(),
        invariants::FLOAT_DRIFT.load(std::sync::atomic::Ordering::Relaxed)
    );
    assert!(
        failures.is_empty(),
        "fuzz_smoke found {} failure(s) (inputs under {}):\n{}",
        failures.len(),
        crash_dir().display(),
        failures.join("\n")
    );
}
