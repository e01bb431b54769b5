//! Two-finger pinch: from the positions of two active pointers, the zoom
//! factor and centre of each move.

/// Tracks up to two pointers.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Pinch {
    points: Vec<(i32, f64, f64)>,
}

impl Pinch {
    /// A pointer went down.
    pub fn down(&mut self, id: i32, x: f64, y: f64) {
        self.points.retain(|p| p.0 != id);
        if self.points.len() < 2 {
            self.points.push((id, x, y));
        }
    }

    /// A pointer went up or was cancelled.
    pub fn up(&mut self, id: i32) {
        self.points.retain(|p| p.0 != id);
    }

    /// Whether two pointers are down (a pinch is in progress).
    pub fn active(&self) -> bool {
        self.points.len() == 2
    }

    /// A pointer moved: with two pointers down, the zoom factor (new distance
    /// over old) and the centre between them.
    pub fn moved(&mut self, id: i32, x: f64, y: f64) -> Option<(f64, f64, f64)> {
        if !self.active() {
            if let Some(p) = self.points.iter_mut().find(|p| p.0 == id) {
                p.1 = x;
                p.2 = y;
            }
            return None;
        }
        let before =
            (self.points[0].1 - self.points[1].1).hypot(self.points[0].2 - self.points[1].2);
        let p = self.points.iter_mut().find(|p| p.0 == id)?;
        p.1 = x;
        p.2 = y;
        let after =
            (self.points[0].1 - self.points[1].1).hypot(self.points[0].2 - self.points[1].2);
        if before < 1.0 || after < 1.0 {
            return None;
        }
        Some((
            after / before,
            (self.points[0].1 + self.points[1].1) / 2.0,
            (self.points[0].2 + self.points[1].2) / 2.0,
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spreading_fingers_zooms_in_around_their_middle() {
        let mut p = Pinch::default();
        p.down(1, 100.0, 100.0);
        assert_eq!(p.moved(1, 101.0, 100.0), None, "one finger does not pinch");
        p.down(2, 200.0, 100.0);
        let (f, cx, cy) = p.moved(2, 300.0, 100.0).unwrap();
        assert!((f - 2.0).abs() < 0.03, "{f}");
        assert!((cx - 200.5).abs() < 1e-9 && (cy - 100.0).abs() < 1e-9);
        let (f, _, _) = p.moved(2, 150.5, 100.0).unwrap();
        assert!(f < 1.0);
        p.up(1);
        assert!(!p.active());
        assert_eq!(p.moved(2, 10.0, 10.0), None);
    }
}
