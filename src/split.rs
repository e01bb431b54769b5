//! Splitting a pasted bundle into dispatches: at rule lines (`---`, `***`,
//! `===`), at wire datelines when several dispatches are pasted one after
//! another (datelines at the start of each, or at the end of each as in AFP's
//! feeds), and at headlines set off by blank lines when the paste begins
//! with one.

/// Whether a line is a rule separating dispatches.
fn is_rule(line: &str) -> bool {
    let t = line.trim();
    t.len() >= 3
        && (t.chars().all(|c| c == '-')
            || t.chars().all(|c| c == '*')
            || t.chars().all(|c| c == '=')
            || t.chars().all(|c| c == '_')
            || t.chars().all(|c| c == '—'))
}

const AGENCIES: [&str; 12] = [
    "(AFP)",
    "(Reuters)",
    "(REUTERS)",
    "(AP)",
    "(dpa)",
    "(DPA)",
    "(EFE)",
    "(ANSA)",
    "(Europa Press)",
    "(AA)",
    "(KNA)",
    "(epd)",
];

/// Whether a line looks like a wire dateline (`Moskau, 4. Dezember 2024 (AFP) –`).
pub fn is_dateline_line(line: &str) -> bool {
    let t = line.trim_start();
    let head = t.char_indices().nth(90).map_or(t, |(i, _)| &t[..i]);
    head.chars().next().is_some_and(char::is_uppercase)
        && head.contains('(')
        && AGENCIES.iter().any(|a| head.contains(a))
}

/// Splits pasted text into dispatch texts (trimmed, non-empty).
pub fn split_bundle(text: &str) -> Vec<String> {
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    // 1. Rule lines.
    let mut parts: Vec<String> = Vec::new();
    let mut cur = String::new();
    for l in &lines {
        if is_rule(l) {
            parts.push(std::mem::take(&mut cur));
        } else {
            cur.push_str(l);
        }
    }
    parts.push(cur);
    let parts: Vec<String> = parts.into_iter().filter(|p| !p.trim().is_empty()).collect();
    // 2. Datelines inside each part, 3. headlines inside each of those.
    let mut out = Vec::new();
    for p in parts {
        for q in split_at_datelines(&p) {
            out.extend(split_at_headlines(&q));
        }
    }
    out.into_iter()
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

fn split_at_datelines(text: &str) -> Vec<String> {
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let idx: Vec<usize> = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| is_dateline_line(l))
        .map(|(i, _)| i)
        .collect();
    if idx.len() < 2 {
        return vec![text.to_string()];
    }
    let first_content = lines.iter().position(|l| !l.trim().is_empty()).unwrap_or(0);
    let at_start = idx[0] == first_content;
    let mut cuts: Vec<usize> = Vec::new();
    if at_start {
        // (not before a closing dateline, one with nothing after it but the
        // next dispatch: "Kiew (dpa) - …" that ends "Kiew, 10. März 2025
        // (dpa) –" is one dispatch)
        let bare_end = |i: usize| {
            let t = lines[i].trim();
            let after_agency = AGENCIES
                .iter()
                .filter_map(|a| t.find(a).map(|k| &t[k + a.len()..]))
                .next()
                .unwrap_or("x");
            after_agency
                .trim()
                .chars()
                .all(|c| matches!(c, '-' | '–' | '—' | ':'))
                && lines[i + 1..]
                    .iter()
                    .find(|l| !l.trim().is_empty())
                    .is_none_or(|l| is_dateline_line(l))
        };
        cuts.extend(idx.iter().skip(1).copied().filter(|&i| !bare_end(i)));
    } else {
        // Datelines close each dispatch; a short feed line right after one belongs to it.
        for &i in &idx[..idx.len() - 1] {
            let mut cut = i + 1;
            if let Some(next) = lines.get(cut) {
                let t = next.trim();
                if !t.is_empty()
                    && t.len() <= 40
                    && !t.ends_with('.')
                    && lines.get(cut + 1).is_some_and(|l| l.trim().is_empty())
                {
                    cut += 1;
                }
            }
            cuts.push(cut);
        }
    }
    let mut out = Vec::new();
    let mut from = 0;
    for c in cuts {
        out.push(lines[from..c].concat());
        from = c;
    }
    out.push(lines[from..].concat());
    out
}

/// Whether a line reads as a headline: a short line of a few words that
/// starts with a capital or a digit and does not end like a sentence or a
/// clause (a question or an exclamation may).
fn is_headline(line: &str) -> bool {
    let t = line.trim();
    let words = t.split_whitespace().count();
    (2..=16).contains(&words)
        && t.chars().count() <= 120
        && t.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        && !t.ends_with(['.', ',', ';', ':', '-', '–', '—'])
        && !is_dateline_line(t)
}

/// Whether a line reads as the start of a dispatch's body: a long line or
/// a sentence.
fn is_body(line: &str) -> bool {
    let t = line.trim();
    t.chars().count() >= 80 || t.ends_with(['.', '!', '?', '"', '”', '»', '“'])
}

/// Splits before every headline set off by blank lines (blank before,
/// blank after, a body after that), when the text itself begins with such a
/// headline and holds at least two: "Rebels take Damascus\n\nDAMASCUS — …
/// \n\nCeasefire holds in Gaza\n\nGAZA — …". A single dispatch that starts
/// with its headline stays whole.
fn split_at_headlines(text: &str) -> Vec<String> {
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let blank = |i: usize| lines.get(i).is_none_or(|l| l.trim().is_empty());
    let next_content = |i: usize| (i..lines.len()).find(|&k| !blank(k));
    let heads: Vec<usize> = (0..lines.len())
        .filter(|&i| {
            !blank(i)
                && (i == 0 || blank(i - 1))
                && blank(i + 1)
                && is_headline(lines[i])
                && next_content(i + 1).is_some_and(|k| is_body(lines[k]))
        })
        .collect();
    if heads.len() < 2 || heads.first() != next_content(0).as_ref() {
        return vec![text.to_string()];
    }
    let mut out = Vec::new();
    let mut from = 0;
    for &h in &heads[1..] {
        out.push(lines[from..h].concat());
        from = h;
    }
    out.push(lines[from..].concat());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn named_cases() {
        let cases: &[(&str, &str, usize)] = &[
            ("split_empty", "", 0),
            ("split_whitespace", "  \n\n ", 0),
            ("split_one", "Moskau, 4. Dezember 2024 (AFP) – Text.\n", 1),
            ("split_rules", "Erster Text.\n---\nZweiter Text.\n***\nDritter.", 3),
            ("split_rule_at_edges", "---\nText.\n---\n", 1),
            ("split_datelines_at_start", "BEIRUT (Reuters) - One.\nMore.\n\nKYIV, Ukraine (AP) — Two.\n\nDamaskus (dpa) - Drei.", 3),
            ("split_datelines_at_end", "Text eins.\nMoskau, 4. Dezember 2024 (AFP) –\nBelgium\n\nTexte deux.\nParis, 5 décembre 2024 (AFP) -\n", 2),
            ("split_no_dateline_paragraphs", "Absatz eins.\n\nAbsatz zwei.", 1),
            ("split_headlines", "Rebels take Damascus\n\nDAMASCUS — Syrian rebels entered the capital on Sunday.\n\nCeasefire holds in Gaza\n\nGAZA — The truce held for a third day.\n\nEl ejército recupera Goma\n\nGOMA — Las tropas volvieron a la ciudad.", 3),
            ("split_headline_question", "Will the truce hold?\n\nBEIRUT — Diplomats met on Monday.\n\nAid reaches Gaza\n\nGAZA — Trucks crossed at Rafah.", 2),
            ("split_one_headline_stays", "Rebels take Damascus\n\nDAMASCUS — Syrian rebels entered the capital on Sunday.\n\nThey met no resistance.", 1),
            ("split_headlines_not_first", "Syrian rebels entered the capital on Sunday.\n\nA new chapter\n\nThe president fled.\n\nWhat comes next\n\nNobody knows yet.", 1),
            ("split_short_paragraphs_no_headline", "Rebels advanced.\n\nThe army fled.\n\nCivilians stayed home.", 1),
            ("split_opening_and_closing_dateline_one", "Kiew (dpa) - Russland griff Charkiw an.\nSelenskyj forderte mehr Flugabwehr.\nKiew, 10. März 2025 (dpa) –\n", 1),
            ("split_opening_datelines_then_closing", "Kiew (dpa) - Eins.\nKiew, 10. März 2025 (dpa) –\n\nMoskau (dpa) - Zwei.\n", 2),
            ("split_feed_line_no_headline", "Rebels take Damascus\n\nDAMASCUS — Syrian rebels entered the capital on Sunday.\n\nSyria Conflict", 1),
        ];
        for (name, text, n) in cases {
            let parts = split_bundle(text);
            assert_eq!(parts.len(), *n, "{name}: {parts:?}");
        }
    }

    #[test]
    fn feed_line_stays_with_its_dispatch() {
        let parts = split_bundle("Text eins.\nMoskau, 4. Dezember 2024 (AFP) –\nBelgium\n\nTexte deux.\nParis, 5 décembre 2024 (AFP) -\n");
        assert!(parts[0].ends_with("Belgium"), "{parts:?}");
        assert!(parts[1].starts_with("Texte deux."));
    }

    #[test]
    fn html_is_told_from_text_that_mentions_a_bracket() {
        assert!(looks_like_html(
            "<p>KYIV, May 1 (Reuters) - Shelling.</p><p>More.</p>"
        ));
        assert!(looks_like_html("<script>alert(1)</script><b>x</b>"));
        assert!(looks_like_html("<div class=\"story\">a</div>"));
        assert!(!looks_like_html("Casualties < 10 and > 5, officials said."));
        assert!(!looks_like_html("The <Reuters> tag is unusual; <p> once."));
        assert!(!looks_like_html("plain text"));
        assert!(!looks_like_html("<"));
        assert!(has_words("Kyiv"));
        assert!(has_words("Киев"));
        assert!(has_words("القاهرة"));
        assert!(!has_words("🚀🔥 2024 !!! 💥"));
        assert!(!has_words(""));
    }

    #[test]
    fn nothing_is_lost() {
        let text = "BEIRUT (Reuters) - One.\n\nKYIV, Ukraine (AP) — Two.\n---\nDrei.";
        let joined: String = split_bundle(text).concat();
        let letters = |s: &str| {
            s.chars()
                .filter(|c| c.is_alphanumeric())
                .collect::<String>()
        };
        assert_eq!(letters(&joined), letters(&text.replace("---", "")));
    }
}

/// Whether pasted text is HTML markup (two tags or more of the common kinds,
/// as copying a page's source gives) rather than text that mentions a "<".
pub fn looks_like_html(text: &str) -> bool {
    const TAGS: [&str; 20] = [
        "p", "div", "br", "b", "i", "a", "span", "script", "style", "h1", "h2", "h3", "li", "ul",
        "html", "body", "strong", "em", "article", "section",
    ];
    let mut found = 0;
    let mut rest = text;
    while let Some(lt) = rest.find('<') {
        let after = &rest[lt + 1..];
        let name: String = after
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        let closes = after
            .trim_start_matches('/')
            .get(name.len()..)
            .and_then(|r| r.chars().next())
            .is_some_and(|c| c == '>' || c == ' ' || c == '/');
        if TAGS.contains(&name.as_str()) && closes {
            found += 1;
            if found >= 2 {
                return true;
            }
        }
        rest = after;
    }
    false
}

/// Whether a text has anything to analyse: a letter of any script.
pub fn has_words(text: &str) -> bool {
    text.chars().any(char::is_alphabetic)
}

/// Elements skipped with their content: (opening tag, closing tag), lower case.
const HIDDEN: &[(&str, &str)] = &[
    ("<script", "</script"),
    ("<style", "</style"),
    ("<head", "</head"),
    ("<title", "</title"),
    ("<nav", "</nav"),
    ("<footer", "</footer"),
    ("<noscript", "</noscript"),
    ("<template", "</template"),
    ("<svg", "</svg"),
];

/// Reduces HTML to its readable text: drops tags, scripts, styles, the page's head, menus and footers, turns
/// block ends into newlines and decodes the common entities. The result is
/// only ever used as text.
pub fn html_to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        out.push_str(&rest[..lt]);
        let after = &rest[lt..];
        let lower: String = after.chars().take(10).collect::<String>().to_lowercase();
        // elements whose content is no text of the page's article: code,
        // the document head (its <title> is the site's, not the dispatch's
        // headline), menus and footers
        let skip_to = HIDDEN
            .iter()
            .find(|(open, _)| {
                lower.starts_with(open)
                    && lower[open.len()..]
                        .chars()
                        .next()
                        .is_none_or(|c| c == '>' || c == ' ' || c == '/' || c == '\n')
            })
            .and_then(|(_, close)| after.to_lowercase().find(close).map(|i| i + close.len()));
        let from = skip_to.unwrap_or(0);
        match after[from..].find('>') {
            Some(gt) => {
                let tag = &after[..from + gt + 1];
                let t = tag.to_lowercase();
                if [
                    "<br",
                    "</p",
                    "</div",
                    "<div",
                    "</h",
                    "<h",
                    "</li",
                    "<li",
                    "</tr",
                    "<p",
                    "</article",
                    "</section",
                    "</ul",
                    "</header",
                    "</figure",
                ]
                .iter()
                .any(|b| t.starts_with(b))
                {
                    out.push('\n');
                }
                rest = &after[from + gt + 1..];
            }
            None => {
                rest = "";
            }
        }
    }
    out.push_str(rest);
    let decoded = out
        .replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&apos;", "'")
        .replace("&amp;", "&");
    let mut lines: Vec<&str> = decoded.lines().map(str::trim).collect();
    lines.dedup_by(|a, b| a.is_empty() && b.is_empty());
    lines.join("\n").trim().to_string()
}

#[cfg(test)]
mod html_tests {
    use super::html_to_text;

    #[test]
    fn named_cases() {
        let cases = [
            (
                "html_plain",
                "<p>Erster Absatz.</p><p>Zweiter &amp; letzter.</p>",
                "Erster Absatz.\n\nZweiter & letzter.",
            ),
            (
                "html_script_dropped",
                "<p>Text</p><script>alert(1)</script><style>p{}</style>",
                "Text",
            ),
            ("html_unclosed", "Text <b", "Text"),
            (
                "html_page_title_menu_and_footer_dropped",
                "<html><head><title>Wire</title><meta charset=utf-8></head><body><nav><a>Home</a> | <a>World</a></nav><h1>Sudan army retakes palace</h1><div>KHARTOUM (Reuters) - The army retook the palace.</div><footer>© Wire</footer></body></html>",
                "Sudan army retakes palace\n\nKHARTOUM (Reuters) - The army retook the palace.",
            ),
            ("html_header_is_no_head", "<header>Headline</header><p>Text.</p>", "Headline\n\nText."),
            ("html_entities", "a &lt;b&gt; c", "a <b> c"),
        ];
        for (name, html, want) in cases {
            assert_eq!(html_to_text(html), want, "{name}");
        }
    }
}
