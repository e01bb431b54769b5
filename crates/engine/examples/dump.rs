//! Writes the JSON analyses used to check that a change leaves the engine's
//! output byte-identical: each corpus file alone, all together (language
//! detected, given, and with a given dct), the seed corpus and the hostile
//! inputs.
//!
//! `cargo run --release -p atlas-engine --example dump -- OUTDIR`
//! then `diff -r OLD NEW`.

use std::path::{Path, PathBuf};

use atlas_engine::{analyze, parse_date, Input, Lang};

fn files(dir: &Path, ext: Option<&str>) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| {
                    p.is_file() && ext.is_none_or(|x| p.extension().is_some_and(|e| e == x))
                })
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

fn read(p: &Path) -> String {
    String::from_utf8_lossy(&std::fs::read(p).unwrap_or_default()).into_owned()
}

fn write(out: &Path, name: &str, inputs: &[Input]) {
    let a = analyze(inputs);
    let json = serde_json::to_string_pretty(&a).unwrap_or_default();
    std::fs::write(out.join(format!("{name}.json")), json).unwrap_or_default();
}

fn main() {
    let out = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| "dump".into()));
    std::fs::create_dir_all(&out).unwrap_or_default();
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let corpus = files(&root.join("tests/corpus"), Some("txt"));
    let mut all = Vec::new();
    let mut all_lang = Vec::new();
    let mut all_dct = Vec::new();
    let dct = parse_date("2024-06-01");
    for p in &corpus {
        let text = read(p);
        let name = p
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .to_string();
        let lang = name.split('-').nth(1).and_then(Lang::from_code);
        let input = Input::new(text.clone());
        write(
            &out,
            &format!("corpus-{name}"),
            std::slice::from_ref(&input),
        );
        all.push(input);
        all_lang.push(Input {
            text: text.clone(),
            dct: None,
            lang,
        });
        all_dct.push(Input {
            text,
            dct,
            lang: None,
        });
    }
    write(&out, "corpus-all", &all);
    write(&out, "corpus-all-lang", &all_lang);
    write(&out, "corpus-all-dct", &all_dct);
    let seed = files(&root.join("../shared/corpus/seed"), Some("txt"));
    let mut seeds = Vec::new();
    for p in &seed {
        let name = p
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .to_string();
        let input = Input::new(read(p));
        write(&out, &format!("seed-{name}"), std::slice::from_ref(&input));
        seeds.push(input);
    }
    write(&out, "seed-all", &seeds);
    let mut hostile = Vec::new();
    for p in files(&root.join("tests/hostile"), None) {
        let name = p
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .to_string();
        let input = Input::new(read(&p));
        write(
            &out,
            &format!("hostile-{name}"),
            std::slice::from_ref(&input),
        );
        hostile.push(input);
    }
    write(&out, "hostile-all", &hostile);
    // everything at once
    let mut every = all;
    every.extend(seeds);
    every.extend(hostile);
    write(&out, "every", &every);
    println!(
        "{} files in {}",
        std::fs::read_dir(&out).map(|r| r.count()).unwrap_or(0),
        out.display()
    );
}
