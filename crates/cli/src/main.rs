//! `atlas`: the command-line face of the Dispatch Atlas engine.
//!
//! ```text
//! atlas analyze [--dct YYYY-MM-DD] [--lang de|en|fr|es] [FILE...]
//! atlas export --format F [--dct YYYY-MM-DD] [--lang de|en|fr|es] [FILE...]
//! atlas export --format F --from ANALYSIS.json
//! ```

use std::io::{Read, Write};
use std::process::ExitCode;

use atlas_engine::{analyze, parse_date, Input, Lang};

const USAGE: &str = "usage:
  atlas analyze [--dct YYYY-MM-DD] [--lang de|en|fr|es] [FILE...]   print one analysis JSON (no FILE or - reads stdin)
  atlas export --format F [--dct …] [--lang …] [FILE...]            analyse, then print in format F: csv, geojson, gexf, graphml, timelinejs, plover, json
  atlas export --format F --from ANALYSIS.json                      print an existing analysis (or project) JSON in format F (- reads stdin)
  atlas eval DIR [--per-doc] [--by-lang] [--misses] [--json]        score the engine on a gold corpus (--misses: list missed/spurious events and relations per document)";

/// A user error: one line on stderr, exit code 2.
struct Fail(String);

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Fail(msg)) => {
            eprintln!("atlas: {msg}");
            ExitCode::from(2)
        }
    }
}

fn run(args: &[String]) -> Result<(), Fail> {
    match args.first().map(String::as_str) {
        Some("analyze") => cmd_analyze(&args[1..]),
        Some("export") => cmd_export(&args[1..]),
        Some("eval") => cmd_eval(&args[1..]),
        Some("-h") | Some("--help") | Some("help") => {
            println!("{USAGE}");
            Ok(())
        }
        Some(other) => Err(Fail(format!(
            "unknown command '{other}'; try 'atlas --help'"
        ))),
        None => Err(Fail("no command given; try 'atlas --help'".into())),
    }
}

/// Options shared by the commands that analyse files.
#[derive(Default)]
struct Common {
    dct: Option<atlas_engine::Date>,
    lang: Option<Lang>,
    files: Vec<String>,
}

fn parse_common(args: &[String]) -> Result<Common, Fail> {
    let mut out = Common::default();
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f, Some(v.to_string())),
            _ => (arg.as_str(), None),
        };
        match flag {
            "--dct" => {
                let v = inline
                    .or_else(|| it.next().cloned())
                    .ok_or_else(|| Fail("--dct needs a date YYYY-MM-DD".into()))?;
                out.dct =
                    Some(parse_date(&v).ok_or_else(|| {
                        Fail(format!("invalid --dct '{v}': expected YYYY-MM-DD"))
                    })?);
            }
            "--lang" => {
                let v = inline
                    .or_else(|| it.next().cloned())
                    .ok_or_else(|| Fail("--lang needs one of de, en, fr, es".into()))?;
                out.lang = Some(Lang::from_code(&v).ok_or_else(|| {
                    Fail(format!("invalid --lang '{v}': expected de, en, fr or es"))
                })?);
            }
            "-" => out.files.push("-".into()),
            f if f.starts_with('-') => return Err(Fail(format!("unknown flag '{f}'"))),
            _ => out.files.push(arg.clone()),
        }
    }
    Ok(out)
}

fn read_input(path: &str) -> Result<String, Fail> {
    let bytes = if path == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buf)
            .map_err(|e| Fail(format!("cannot read standard input: {e}")))?;
        buf
    } else {
        std::fs::read(path).map_err(|e| Fail(format!("cannot read '{path}': {e}")))?
    };
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// Reads the files (stdin when none) and analyses them.
fn analyze_files(mut common: Common) -> Result<atlas_engine::Analysis, Fail> {
    if common.files.is_empty() {
        common.files.push("-".into());
    }
    let mut inputs = Vec::with_capacity(common.files.len());
    for f in &common.files {
        inputs.push(Input {
            text: read_input(f)?,
            dct: common.dct,
            lang: common.lang,
        });
    }
    Ok(analyze(&inputs))
}

fn cmd_analyze(args: &[String]) -> Result<(), Fail> {
    let analysis = analyze_files(parse_common(args)?)?;
    let json = serde_json::to_string_pretty(&analysis)
        .map_err(|e| Fail(format!("cannot write JSON: {e}")))?;
    let mut out = std::io::stdout().lock();
    writeln!(out, "{json}").map_err(|e| Fail(format!("cannot write output: {e}")))?;
    Ok(())
}

const FORMAT_NAMES: &str = "csv, geojson, gexf, graphml, timelinejs, plover, json";

fn cmd_export(args: &[String]) -> Result<(), Fail> {
    use atlas_export::Format;
    let (mut format, mut from, mut rest) = (None, None, Vec::new());
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f, Some(v.to_string())),
            _ => (arg.as_str(), None),
        };
        match flag {
            "--format" => {
                let v = inline
                    .or_else(|| it.next().cloned())
                    .ok_or_else(|| Fail(format!("--format needs one of {FORMAT_NAMES}")))?;
                format = Some(Format::from_name(&v).ok_or_else(|| {
                    Fail(format!(
                        "unknown format '{v}': expected one of {FORMAT_NAMES}"
                    ))
                })?);
            }
            "--from" => {
                from = Some(inline.or_else(|| it.next().cloned()).ok_or_else(|| {
                    Fail("--from needs an analysis JSON file (or - for stdin)".into())
                })?);
            }
            // --dct and --lang take a value: keep it with its flag.
            "--dct" | "--lang" if inline.is_none() => {
                rest.push(arg.clone());
                if let Some(v) = it.next() {
                    rest.push(v.clone());
                }
            }
            _ => rest.push(arg.clone()),
        }
    }
    let format =
        format.ok_or_else(|| Fail(format!("export needs --format, one of {FORMAT_NAMES}")))?;
    let common = parse_common(&rest)?;
    let analysis = match from {
        Some(path) => {
            if !common.files.is_empty() || common.dct.is_some() || common.lang.is_some() {
                return Err(Fail(
                    "--from reads a finished analysis: give no FILE, --dct or --lang with it"
                        .into(),
                ));
            }
            read_analysis(&path)?
        }
        None => analyze_files(common)?,
    };
    let out = atlas_export::export(&analysis, format);
    let mut stdout = std::io::stdout().lock();
    stdout
        .write_all(out.as_bytes())
        .and_then(|()| stdout.flush())
        .map_err(|e| Fail(format!("cannot write output: {e}")))?;
    Ok(())
}

/// Reads an analysis JSON, or the analysis inside a project file.
fn read_analysis(path: &str) -> Result<atlas_engine::Analysis, Fail> {
    let text = read_input(path)?;
    let name = if path == "-" {
        "standard input".to_string()
    } else {
        format!("'{path}'")
    };
    let value: serde_json::Value = serde_json::from_str(text.trim_start_matches('\u{feff}'))
        .map_err(|e| Fail(format!("{name} is not JSON: {e}")))?;
    match value.get("format").and_then(|f| f.as_str()) {
        Some(atlas_engine::model::FORMAT) => serde_json::from_value(value)
            .map_err(|e| Fail(format!("{name} is a damaged analysis: {e}"))),
        Some(f) if f.starts_with("dispatch-atlas/project@") => atlas_export::from_project(&text)
            .map(|p| p.analysis)
            .map_err(|e| Fail(format!("{name}: {e}"))),
        Some(f) => Err(Fail(format!(
            "{name} has format '{f}', expected '{}'",
            atlas_engine::model::FORMAT
        ))),
        None => Err(Fail(format!(
            "{name} is not an analysis: it has no \"format\" field (expected '{}')",
            atlas_engine::model::FORMAT
        ))),
    }
}

fn cmd_eval(args: &[String]) -> Result<(), Fail> {
    use atlas_cli::eval;
    let (mut per_doc, mut by_lang, mut as_json, mut misses, mut dir) =
        (false, false, false, false, None);
    for a in args {
        match a.as_str() {
            "--per-doc" => per_doc = true,
            "--by-lang" => by_lang = true,
            "--json" => as_json = true,
            "--misses" => misses = true,
            f if f.starts_with('-') => return Err(Fail(format!("unknown flag '{f}'"))),
            d if dir.is_none() => dir = Some(d.to_string()),
            d => {
                return Err(Fail(format!(
                    "unexpected argument '{d}': give one corpus directory"
                )))
            }
        }
    }
    let dir = dir.ok_or_else(|| Fail("eval needs a corpus directory".into()))?;
    let docs = eval::eval_dir(std::path::Path::new(&dir)).map_err(Fail)?;
    let total = eval::total(&docs);
    if as_json {
        let mut report = eval::to_json(&total);
        if by_lang {
            let mut langs = serde_json::Map::new();
            for l in ["de", "en", "fr", "es"] {
                let t = eval::total(docs.iter().filter(|d| d.lang == l));
                langs.insert(l.into(), eval::to_json(&t));
            }
            report["by_lang"] = serde_json::Value::Object(langs);
        }
        if per_doc {
            let rows: serde_json::Map<String, serde_json::Value> = docs
                .iter()
                .map(|d| (d.name.clone(), eval::to_json(&d.scores)))
                .collect();
            report["per_doc"] = serde_json::Value::Object(rows);
        }
        println!("{report}");
        return Ok(());
    }
    if misses {
        for d in docs.iter().filter(|d| !d.scores.misses.is_empty()) {
            println!("{}", d.name);
            for line in &d.scores.misses {
                println!("  {line}");
            }
        }
        println!();
    }
    if per_doc {
        for d in &docs {
            let cells: Vec<String> = eval::CATEGORIES
                .iter()
                .map(|c| format!("{c}={:.2}", d.scores.f1(c)))
                .collect();
            println!("{} {}", d.name, cells.join(" "));
        }
        println!();
    }
    if by_lang {
        for l in ["de", "en", "fr", "es"] {
            let t = eval::total(docs.iter().filter(|d| d.lang == l));
            if t.docs > 0 {
                println!("== {l} ({} docs)\n{}", t.docs, eval::to_table(&t));
            }
        }
        println!("== all");
    }
    print!("{}", eval::to_table(&total));
    Ok(())
}
