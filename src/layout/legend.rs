//! Text that must fit a picture: a legend's entries flowed into rows, and
//! a line of text wrapped at words, both from measured widths (the caller
//! measures with the font the picture is drawn in).

/// Where one legend entry goes: its left edge and its row's top.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Slot {
    /// Left edge, from the legend's left.
    pub x: f64,
    /// Top of its row, from the legend's top.
    pub y: f64,
}

/// A legend laid out: one slot per entry, and the box they fill.
#[derive(Debug, Clone, PartialEq)]
pub struct Flow {
    /// The entries' places, in the order given.
    pub slots: Vec<Slot>,
    /// The widest row (at most `max_w`, unless one entry alone is wider).
    pub width: f64,
    /// All rows.
    pub height: f64,
}

/// Flows entries `widths` wide into rows at most `max_w` wide, `gap` apart
/// within a row, rows `row_h` high. An entry wider than `max_w` gets a row
/// of its own, and the flow is as wide as it.
pub fn flow(widths: &[f64], max_w: f64, gap: f64, row_h: f64) -> Flow {
    let mut slots = Vec::with_capacity(widths.len());
    let (mut x, mut y, mut width) = (0.0f64, 0.0f64, 0.0f64);
    for &w in widths {
        let w = if w.is_finite() { w.max(0.0) } else { 0.0 };
        if x > 0.0 && x + w > max_w {
            x = 0.0;
            y += row_h;
        }
        slots.push(Slot { x, y });
        width = width.max(x + w);
        x += w + gap;
    }
    let height = if widths.is_empty() { 0.0 } else { y + row_h };
    Flow {
        slots,
        width,
        height,
    }
}

/// Wraps `text` at spaces into lines at most `max_w` wide by `measure`; a
/// word wider than that stays whole on its own line.
pub fn wrap(text: &str, max_w: f64, measure: impl Fn(&str) -> f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let candidate = if line.is_empty() {
            word.to_string()
        } else {
            format!("{line} {word}")
        };
        if !line.is_empty() && measure(&candidate) > max_w {
            lines.push(std::mem::take(&mut line));
            line = word.to_string();
        } else {
            line = candidate;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_wrap_into_rows_that_fit() {
        let f = flow(&[100.0, 100.0, 100.0, 50.0], 250.0, 10.0, 20.0);
        assert_eq!(
            f.slots,
            vec![
                Slot { x: 0.0, y: 0.0 },
                Slot { x: 110.0, y: 0.0 },
                Slot { x: 0.0, y: 20.0 },
                Slot { x: 110.0, y: 20.0 },
            ]
        );
        assert_eq!((f.width, f.height), (210.0, 40.0));
        // Every entry ends inside the width.
        for (s, w) in f.slots.iter().zip([100.0, 100.0, 100.0, 50.0]) {
            assert!(s.x + w <= 250.0);
        }
    }

    #[test]
    fn one_row_when_there_is_room_and_a_wide_entry_widens_the_flow() {
        let f = flow(&[40.0, 40.0], 1000.0, 8.0, 18.0);
        assert_eq!((f.width, f.height), (88.0, 18.0));
        let f = flow(&[40.0, 400.0, 40.0], 300.0, 8.0, 18.0);
        assert_eq!(f.slots[1], Slot { x: 0.0, y: 18.0 });
        assert_eq!(f.slots[2], Slot { x: 0.0, y: 36.0 });
        assert_eq!((f.width, f.height), (400.0, 54.0));
        assert_eq!(flow(&[], 300.0, 8.0, 18.0).height, 0.0);
        // A width that is not a number takes no room.
        assert_eq!(flow(&[f64::NAN, 10.0], 300.0, 8.0, 18.0).width, 18.0);
    }

    #[test]
    fn text_wraps_at_words() {
        let measure = |s: &str| s.chars().count() as f64 * 10.0;
        let lines = wrap(
            "sources: AFP (2024-12-04), Reuters (2024-12-08)",
            220.0,
            measure,
        );
        assert_eq!(
            lines,
            vec!["sources: AFP", "(2024-12-04), Reuters", "(2024-12-08)"]
        );
        assert!(lines.iter().all(|l| measure(l) <= 220.0));
        assert_eq!(
            wrap("averyveryverylongword x", 50.0, measure),
            vec!["averyveryverylongword", "x"]
        );
        assert!(wrap("  ", 50.0, measure).is_empty());
    }
}
