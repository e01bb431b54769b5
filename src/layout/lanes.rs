//! Lane stacking: marks inside one lane are placed in rows so that no two
//! overlap (greedy interval partitioning, like vis-timeline's stacking).

/// Assigns each `[x0, x1]` interval a row; intervals in one row keep `gap`
/// pixels apart. Input order does not matter; the result is deterministic and
/// in input order. Returns (rows per item, number of rows).
pub fn stack(items: &[(f64, f64)], gap: f64) -> (Vec<usize>, usize) {
    let mut order: Vec<usize> = (0..items.len()).collect();
    order.sort_by(|&a, &b| {
        items[a]
            .0
            .total_cmp(&items[b].0)
            .then(items[a].1.total_cmp(&items[b].1))
            .then(a.cmp(&b))
    });
    let mut row_end: Vec<f64> = Vec::new();
    let mut rows = vec![0; items.len()];
    for i in order {
        let (x0, x1) = items[i];
        let (x0, x1) = (x0.min(x1), x0.max(x1));
        match row_end.iter().position(|&end| end + gap <= x0) {
            Some(r) => {
                row_end[r] = x1;
                rows[i] = r;
            }
            None => {
                row_end.push(x1);
                rows[i] = row_end.len() - 1;
            }
        }
    }
    (rows, row_end.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn overlaps(a: (f64, f64), b: (f64, f64), gap: f64) -> bool {
        a.0 < b.1 + gap && b.0 < a.1 + gap
    }

    #[test]
    fn named_cases() {
        let cases: &[(&str, Vec<(f64, f64)>, usize)] = &[
            ("empty", vec![], 0),
            ("one", vec![(0.0, 10.0)], 1),
            ("apart", vec![(0.0, 10.0), (20.0, 30.0)], 1),
            ("overlap", vec![(0.0, 10.0), (5.0, 15.0)], 2),
            (
                "three deep",
                vec![(0.0, 10.0), (1.0, 11.0), (2.0, 12.0), (20.0, 25.0)],
                3,
            ),
            (
                "band and points",
                vec![(0.0, 100.0), (10.0, 14.0), (50.0, 54.0), (60.0, 64.0)],
                2,
            ),
        ];
        for (name, items, want_rows) in cases {
            let (rows, n) = stack(items, 2.0);
            assert_eq!(n, *want_rows, "{name}");
            for i in 0..items.len() {
                for j in i + 1..items.len() {
                    if rows[i] == rows[j] {
                        assert!(
                            !overlaps(items[i], items[j], 2.0)
                                || items[i].1 + 2.0 <= items[j].0
                                || items[j].1 + 2.0 <= items[i].0,
                            "{name}: {i} and {j} overlap in row {}",
                            rows[i]
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn never_overlaps_on_many_items() {
        // A deterministic pseudo-random spread of 2 000 marks.
        let mut seed = 7u64;
        let mut next = || {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as f64 / (1u64 << 31) as f64
        };
        let items: Vec<(f64, f64)> = (0..2000)
            .map(|_| {
                let x = next() * 5000.0;
                (x, x + 4.0 + next() * 60.0)
            })
            .collect();
        let (rows, n) = stack(&items, 1.0);
        let mut by_row: Vec<Vec<(f64, f64)>> = vec![Vec::new(); n];
        for (i, r) in rows.iter().enumerate() {
            by_row[*r].push(items[i]);
        }
        for row in &mut by_row {
            row.sort_by(|a, b| a.0.total_cmp(&b.0));
            for w in row.windows(2) {
                assert!(w[0].1 + 1.0 <= w[1].0, "overlap {w:?}");
            }
        }
    }
}
