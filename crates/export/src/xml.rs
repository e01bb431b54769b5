//! XML text escaping shared by GEXF and GraphML.

/// Escapes text for XML element content and attribute values (both quoted
/// with `"`): `& < > " '` become entities; tab, line feed and carriage
/// return become character references so that attribute values keep them
/// (parsers would otherwise normalise them to spaces); characters that
/// XML 1.0 forbids even as references (other C0 controls, U+FFFE, U+FFFF)
/// are replaced by U+FFFD.
pub(crate) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' => out.push_str("&#9;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\u{0}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}' => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn escapes() {
        assert_eq!(
            super::escape("a&b<c>\"d'\n\u{1}"),
            "a&amp;b&lt;c&gt;&quot;d&apos;&#10;\u{fffd}"
        );
    }
}
