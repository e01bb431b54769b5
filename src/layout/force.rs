//! A force-directed layout in the manner of d3-force: many-body repulsion,
//! link springs, collision by node radius and gravity towards the centre.
//! It runs step by step (`tick`) apart from any animation clock, starts
//! deterministically (a phyllotaxis spiral), and keeps known positions when
//! the graph grows so old nodes barely move.

/// A node of the simulation.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// Position.
    pub x: f64,
    /// Position.
    pub y: f64,
    /// Velocity.
    pub vx: f64,
    /// Velocity.
    pub vy: f64,
    /// Radius for collisions.
    pub r: f64,
    /// A pinned position (while dragged, or fixed by the user).
    pub pinned: Option<(f64, f64)>,
}

impl Node {
    /// A node of radius `r` with no position yet (placed by [`Simulation::new`]).
    pub fn new(r: f64) -> Node {
        Node {
            x: f64::NAN,
            y: f64::NAN,
            vx: 0.0,
            vy: 0.0,
            r,
            pinned: None,
        }
    }

    /// A node at a known position.
    pub fn at(x: f64, y: f64, r: f64) -> Node {
        Node {
            x,
            y,
            vx: 0.0,
            vy: 0.0,
            r,
            pinned: None,
        }
    }
}

/// A spring between two nodes.
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    /// Node index.
    pub a: usize,
    /// Node index.
    pub b: usize,
    /// Rest length.
    pub distance: f64,
    /// Spring strength (0..1).
    pub strength: f64,
}

/// Parameters of the forces.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Params {
    /// Many-body strength (negative repels).
    pub charge: f64,
    /// Repulsion is ignored beyond this distance.
    pub charge_max_distance: f64,
    /// Pull towards the centre.
    pub gravity: f64,
    /// Width over height of the drawing the layout is for: above 1 the pull
    /// is weaker across than up and down, so the layout spreads sideways
    /// (and the other way below 1). Taken between 0.4 and 2.5.
    pub aspect: f64,
    /// Extra padding between node circles.
    pub collide_padding: f64,
    /// Friction: the share of velocity kept each tick is `1 - velocity_decay`.
    pub velocity_decay: f64,
    /// Alpha (temperature) decay per tick.
    pub alpha_decay: f64,
    /// The simulation stops below this alpha.
    pub alpha_min: f64,
}

impl Default for Params {
    fn default() -> Params {
        Params {
            charge: -260.0,
            charge_max_distance: 600.0,
            gravity: 0.06,
            aspect: 1.0,
            collide_padding: 6.0,
            velocity_decay: 0.4,
            alpha_decay: 1.0 - 0.001f64.powf(1.0 / 300.0),
            alpha_min: 0.001,
        }
    }
}

/// How strongly the drawing's aspect shapes the layout: the pull across is
/// the gravity divided by `aspect^ASPECT_POWER`, the pull up and down
/// multiplied by it.
pub const ASPECT_POWER: f64 = 1.0;
/// Up to this many nodes repulsion is computed exactly over all pairs; above
/// it, with a Barnes–Hut quadtree.
pub const EXACT_UP_TO: usize = 200;
/// Below this temperature a calm simulation counts as settled.
pub const CALM_ALPHA: f64 = 0.05;
/// "Calm": no node moved more than this many pixels in a step.
pub const CALM_SPEED: f64 = 0.3;
/// Barnes–Hut accuracy: a cell of width `s` at distance `d` counts as one
/// body when `s² < θ² d²` (θ = 0.9, as d3-force).
const THETA2: f64 = 0.81;
/// A quadtree leaf splits above this many nodes (unless tiny).
const LEAF_MAX: usize = 4;

#[derive(Debug, Clone, Copy, Default)]
struct Cell {
    /// Width of the square cell.
    size: f64,
    /// Number of nodes inside.
    mass: f64,
    /// Centre of mass.
    cx: f64,
    cy: f64,
    leaf: bool,
    /// Children (0 = none; the root is never a child).
    kids: [u32; 4],
    /// A leaf's nodes: `items[first..first + len]`.
    first: u32,
    len: u32,
}

/// A quadtree of node positions, built top-down by partitioning an index array.
struct QuadTree {
    cells: Vec<Cell>,
    items: Vec<u32>,
}

impl QuadTree {
    fn build(nodes: &[Node]) -> QuadTree {
        let (mut x0, mut y0, mut x1, mut y1) = (
            f64::INFINITY,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NEG_INFINITY,
        );
        for n in nodes {
            x0 = x0.min(n.x);
            y0 = y0.min(n.y);
            x1 = x1.max(n.x);
            y1 = y1.max(n.y);
        }
        let size = (x1 - x0).max(y1 - y0).max(1.0);
        let mut t = QuadTree {
            cells: Vec::with_capacity(nodes.len() * 2),
            items: (0..nodes.len() as u32).collect(),
        };
        t.cells.push(Cell::default());
        t.split(nodes, 0, 0, nodes.len(), x0, y0, size, 0);
        t
    }

    #[allow(clippy::too_many_arguments)]
    fn split(
        &mut self,
        nodes: &[Node],
        cell: usize,
        lo: usize,
        hi: usize,
        x: f64,
        y: f64,
        size: f64,
        depth: u32,
    ) {
        let (mut mx, mut my) = (0.0, 0.0);
        for &i in &self.items[lo..hi] {
            mx += nodes[i as usize].x;
            my += nodes[i as usize].y;
        }
        let m = (hi - lo) as f64;
        let c = &mut self.cells[cell];
        c.size = size;
        c.mass = m;
        if m > 0.0 {
            c.cx = mx / m;
            c.cy = my / m;
        }
        if hi - lo <= LEAF_MAX || depth >= 24 || size < 1e-3 {
            c.leaf = true;
            c.first = lo as u32;
            c.len = (hi - lo) as u32;
            return;
        }
        let (hx, hy) = (x + size / 2.0, y + size / 2.0);
        let quad = |n: &Node| (usize::from(n.x >= hx)) | (usize::from(n.y >= hy) << 1);
        // Stable partition of items[lo..hi] into the four quadrants.
        let mut parts: [Vec<u32>; 4] = Default::default();
        for &i in &self.items[lo..hi] {
            parts[quad(&nodes[i as usize])].push(i);
        }
        let mut start = lo;
        for (q, part) in parts.into_iter().enumerate() {
            let end = start + part.len();
            self.items[start..end].copy_from_slice(&part);
            if end > start {
                let kid = self.cells.len();
                self.cells.push(Cell::default());
                self.cells[cell].kids[q] = kid as u32;
                let (qx, qy) = (
                    if q & 1 == 1 { hx } else { x },
                    if q & 2 == 2 { hy } else { y },
                );
                self.split(nodes, kid, start, end, qx, qy, size / 2.0, depth + 1);
            }
            start = end;
        }
    }
}

/// The simulation state.
#[derive(Debug, Clone)]
pub struct Simulation {
    /// Nodes.
    pub nodes: Vec<Node>,
    /// Links.
    pub links: Vec<Link>,
    /// Force parameters.
    pub params: Params,
    /// Current temperature (1 = hot start).
    pub alpha: f64,
    /// The largest distance a node moved in the last step (pixels).
    pub max_speed: f64,
}

impl Simulation {
    /// A simulation; nodes without a position are placed on a phyllotaxis
    /// spiral (deterministic), near the neighbours they link to when those
    /// already have positions.
    pub fn new(mut nodes: Vec<Node>, links: Vec<Link>) -> Simulation {
        let n = nodes.len();
        let links: Vec<Link> = links
            .into_iter()
            .filter(|l| l.a < n && l.b < n && l.a != l.b)
            .collect();
        let any_known = nodes.iter().any(|p| p.x.is_finite() && p.y.is_finite());
        let golden = std::f64::consts::PI * (3.0 - 5f64.sqrt());
        for i in 0..n {
            if nodes[i].x.is_finite() && nodes[i].y.is_finite() {
                continue;
            }
            let radius = 14.0 * (0.5 + i as f64).sqrt();
            let angle = i as f64 * golden;
            let (mut x, mut y) = (radius * angle.cos(), radius * angle.sin());
            if any_known {
                // Start next to a placed neighbour so the new node settles locally.
                let neighbour = links.iter().find_map(|l| {
                    let other = if l.a == i {
                        l.b
                    } else if l.b == i {
                        l.a
                    } else {
                        return None;
                    };
                    let o = &nodes[other];
                    (o.x.is_finite() && o.y.is_finite()).then_some((o.x, o.y))
                });
                if let Some((nx, ny)) = neighbour {
                    x = nx + 30.0 * angle.cos();
                    y = ny + 30.0 * angle.sin();
                }
            }
            nodes[i].x = x;
            nodes[i].y = y;
        }
        let alpha = if any_known { 0.12 } else { 1.0 };
        Simulation {
            nodes,
            links,
            params: Params::default(),
            alpha,
            max_speed: f64::INFINITY,
        }
    }

    /// Whether the simulation has cooled down: its temperature is spent, or
    /// it has cooled below [`CALM_ALPHA`] and no node moved more than
    /// [`CALM_SPEED`] pixels in the last step (nothing visible would change).
    pub fn settled(&self) -> bool {
        self.alpha < self.params.alpha_min
            || (self.alpha < CALM_ALPHA && self.max_speed < CALM_SPEED)
    }

    /// Reheats (after a drag or a change).
    pub fn reheat(&mut self, alpha: f64) {
        self.max_speed = f64::INFINITY;
        self.alpha = self.alpha.max(alpha);
    }

    /// Runs `n` steps.
    pub fn tick(&mut self, n: usize) {
        for _ in 0..n {
            self.step();
        }
    }

    /// Runs until settled or `max` steps; returns the steps run.
    pub fn run(&mut self, max: usize) -> usize {
        let mut i = 0;
        while !self.settled() && i < max {
            self.step();
            i += 1;
        }
        i
    }

    fn step(&mut self) {
        let p = self.params;
        self.alpha += (0.0 - self.alpha) * p.alpha_decay;
        let alpha = self.alpha;
        let n = self.nodes.len();
        // Links (springs).
        for l in &self.links {
            let (a, b) = (&self.nodes[l.a], &self.nodes[l.b]);
            let (mut dx, mut dy) = (b.x + b.vx - a.x - a.vx, b.y + b.vy - a.y - a.vy);
            if dx == 0.0 && dy == 0.0 {
                dx = 1e-3;
                dy = 1e-3;
            }
            let d = (dx * dx + dy * dy).sqrt();
            let f = (d - l.distance) / d * alpha * l.strength * 0.5;
            let (fx, fy) = (dx * f, dy * f);
            self.nodes[l.b].vx -= fx;
            self.nodes[l.b].vy -= fy;
            self.nodes[l.a].vx += fx;
            self.nodes[l.a].vy += fy;
        }
        // Many-body repulsion and collision: exact pairs for small graphs,
        // Barnes–Hut and a collision grid for large ones.
        if n <= EXACT_UP_TO {
            self.pairwise(alpha);
        } else {
            self.barnes_hut(alpha);
            self.collide_grid();
        }
        // Gravity and integration.
        let mut max_speed: f64 = 0.0;
        let stretch = if p.aspect.is_finite() {
            p.aspect.clamp(0.4, 2.5).powf(ASPECT_POWER)
        } else {
            1.0
        };
        let (gx, gy) = (p.gravity / stretch, p.gravity * stretch);
        for node in &mut self.nodes {
            node.vx -= node.x * gx * alpha;
            node.vy -= node.y * gy * alpha;
            match node.pinned {
                Some((x, y)) => {
                    node.x = x;
                    node.y = y;
                    node.vx = 0.0;
                    node.vy = 0.0;
                }
                None => {
                    node.vx *= 1.0 - p.velocity_decay;
                    node.vy *= 1.0 - p.velocity_decay;
                    node.x += node.vx;
                    node.y += node.vy;
                    max_speed = max_speed.max(node.vx.abs().max(node.vy.abs()));
                }
            }
        }
        self.max_speed = max_speed;
    }

    /// Repulsion and collision over every pair within the cut-off: O(n²).
    fn pairwise(&mut self, alpha: f64) {
        let p = self.params;
        let n = self.nodes.len();
        let max2 = p.charge_max_distance * p.charge_max_distance;
        for i in 0..n {
            for j in i + 1..n {
                let (dx, dy) = (
                    self.nodes[j].x - self.nodes[i].x,
                    self.nodes[j].y - self.nodes[i].y,
                );
                let mut d2 = dx * dx + dy * dy;
                if d2 > max2 {
                    continue;
                }
                let (dx, dy) = if d2 < 1e-6 {
                    // Coincident nodes: push apart along a fixed direction by index.
                    let a = (i * 31 + j * 17) as f64;
                    d2 = 1e-6;
                    (a.cos() * 1e-3, a.sin() * 1e-3)
                } else {
                    (dx, dy)
                };
                let w = p.charge * alpha / d2.max(25.0);
                self.nodes[i].vx += dx * w;
                self.nodes[i].vy += dy * w;
                self.nodes[j].vx -= dx * w;
                self.nodes[j].vy -= dy * w;
                self.collide(i, j, dx, dy, d2);
            }
        }
    }

    /// Pushes nodes `i` and `j` (`j` at (dx, dy) from `i`, squared distance
    /// `d2`) apart when their circles, with padding, overlap.
    fn collide(&mut self, i: usize, j: usize, dx: f64, dy: f64, d2: f64) {
        let min = self.nodes[i].r + self.nodes[j].r + self.params.collide_padding;
        if d2 < min * min {
            let d = d2.sqrt().max(1e-3);
            let push = (min - d) / d * 0.5;
            self.nodes[i].vx -= dx * push;
            self.nodes[i].vy -= dy * push;
            self.nodes[j].vx += dx * push;
            self.nodes[j].vy += dy * push;
        }
    }

    /// Repulsion approximated with a quadtree (Barnes–Hut): a far cell acts
    /// as one body at its centre of mass. O(n log n).
    fn barnes_hut(&mut self, alpha: f64) {
        let p = self.params;
        let max2 = p.charge_max_distance * p.charge_max_distance;
        let tree = QuadTree::build(&self.nodes);
        let mut stack: Vec<u32> = Vec::with_capacity(64);
        for i in 0..self.nodes.len() {
            let (xi, yi) = (self.nodes[i].x, self.nodes[i].y);
            let (mut fx, mut fy) = (0.0, 0.0);
            stack.clear();
            stack.push(0);
            while let Some(c) = stack.pop() {
                let cell = &tree.cells[c as usize];
                if cell.mass == 0.0 {
                    continue;
                }
                let (dx, dy) = (cell.cx - xi, cell.cy - yi);
                let d2 = dx * dx + dy * dy;
                if cell.leaf {
                    for &j in &tree.items[cell.first as usize..(cell.first + cell.len) as usize] {
                        let j = j as usize;
                        if j == i {
                            continue;
                        }
                        let (mut dx, mut dy) = (self.nodes[j].x - xi, self.nodes[j].y - yi);
                        let mut d2 = dx * dx + dy * dy;
                        if d2 > max2 {
                            continue;
                        }
                        if d2 < 1e-6 {
                            let a = (i.min(j) * 31 + i.max(j) * 17) as f64;
                            let s = if i < j { 1.0 } else { -1.0 };
                            dx = s * a.cos() * 1e-3;
                            dy = s * a.sin() * 1e-3;
                            d2 = 1e-6;
                        }
                        let w = p.charge * alpha / d2.max(25.0);
                        fx += dx * w;
                        fy += dy * w;
                    }
                    continue;
                }
                let size = cell.size;
                if size * size < THETA2 * d2 {
                    // Far enough to act as one body, unless the cut-off runs through it.
                    let (d, half_diag) = (d2.sqrt(), size * 0.7072);
                    if d - half_diag > p.charge_max_distance {
                        continue;
                    }
                    if d + half_diag <= p.charge_max_distance {
                        let w = p.charge * alpha * cell.mass / d2.max(25.0);
                        fx += dx * w;
                        fy += dy * w;
                        continue;
                    }
                }
                for &k in cell.kids.iter().rev() {
                    if k != 0 {
                        stack.push(k);
                    }
                }
            }
            self.nodes[i].vx += fx;
            self.nodes[i].vy += fy;
        }
    }

    /// Collision between overlapping circles, found through a uniform grid.
    fn collide_grid(&mut self) {
        let pad = self.params.collide_padding;
        let rmax = self.nodes.iter().map(|n| n.r).fold(0.0, f64::max);
        let cell = (2.0 * rmax + pad).max(1.0);
        let key = |x: f64, y: f64| ((x / cell).floor() as i64, (y / cell).floor() as i64);
        let mut grid: std::collections::HashMap<(i64, i64), Vec<usize>> =
            std::collections::HashMap::with_capacity(self.nodes.len());
        for (i, n) in self.nodes.iter().enumerate() {
            grid.entry(key(n.x, n.y)).or_default().push(i);
        }
        for i in 0..self.nodes.len() {
            let (cx, cy) = key(self.nodes[i].x, self.nodes[i].y);
            for gx in cx - 1..=cx + 1 {
                for gy in cy - 1..=cy + 1 {
                    let Some(cands) = grid.get(&(gx, gy)) else {
                        continue;
                    };
                    for &j in cands.iter().filter(|&&j| j > i) {
                        let (dx, dy) = (
                            self.nodes[j].x - self.nodes[i].x,
                            self.nodes[j].y - self.nodes[i].y,
                        );
                        let d2 = dx * dx + dy * dy;
                        if d2 >= 1e-12 {
                            self.collide(i, j, dx, dy, d2);
                        }
                    }
                }
            }
        }
    }

    /// The bounding box of all node circles: (x0, y0, x1, y1).
    pub fn bounds(&self) -> (f64, f64, f64, f64) {
        let mut b = (
            f64::INFINITY,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NEG_INFINITY,
        );
        for n in &self.nodes {
            b.0 = b.0.min(n.x - n.r);
            b.1 = b.1.min(n.y - n.r);
            b.2 = b.2.max(n.x + n.r);
            b.3 = b.3.max(n.y + n.r);
        }
        if !b.0.is_finite() {
            return (-100.0, -100.0, 100.0, 100.0);
        }
        b
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ring(n: usize) -> (Vec<Node>, Vec<Link>) {
        let nodes = (0..n)
            .map(|i| Node::new(6.0 + (i % 5) as f64 * 3.0))
            .collect();
        let mut links = Vec::new();
        for i in 0..n {
            links.push(Link {
                a: i,
                b: (i + 1) % n,
                distance: 60.0,
                strength: 0.6,
            });
            if i % 7 == 0 {
                links.push(Link {
                    a: i,
                    b: (i * 13 + 5) % n,
                    distance: 90.0,
                    strength: 0.3,
                });
            }
        }
        (nodes, links)
    }

    #[test]
    fn deterministic() {
        let (n, l) = ring(40);
        let mut a = Simulation::new(n.clone(), l.clone());
        let mut b = Simulation::new(n, l);
        a.run(500);
        b.run(500);
        assert_eq!(a.nodes, b.nodes);
    }

    #[test]
    fn settles_and_separates_nodes() {
        let (n, l) = ring(60);
        let mut s = Simulation::new(n, l);
        let steps = s.run(1000);
        assert!(s.settled(), "settled after {steps} steps");
        assert!(steps <= 400);
        for i in 0..s.nodes.len() {
            for j in i + 1..s.nodes.len() {
                let (a, b) = (&s.nodes[i], &s.nodes[j]);
                let d = ((a.x - b.x).powi(2) + (a.y - b.y).powi(2)).sqrt();
                assert!(d > (a.r + b.r) * 0.7, "nodes {i} and {j} overlap: {d}");
            }
        }
        assert!(s.nodes.iter().all(|n| n.x.is_finite() && n.y.is_finite()));
    }

    #[test]
    fn linked_nodes_end_closer_than_unlinked() {
        let nodes = (0..4).map(|_| Node::new(8.0)).collect();
        let links = vec![Link {
            a: 0,
            b: 1,
            distance: 40.0,
            strength: 1.0,
        }];
        let mut s = Simulation::new(nodes, links);
        s.run(1000);
        let d = |i: usize, j: usize| {
            ((s.nodes[i].x - s.nodes[j].x).powi(2) + (s.nodes[i].y - s.nodes[j].y).powi(2)).sqrt()
        };
        assert!(d(0, 1) < d(2, 3));
    }

    #[test]
    fn growth_keeps_old_nodes_nearly_in_place() {
        let (n, l) = ring(30);
        let mut s = Simulation::new(n, l.clone());
        s.run(1000);
        let old: Vec<(f64, f64)> = s.nodes.iter().map(|n| (n.x, n.y)).collect();
        let mut nodes: Vec<Node> = s.nodes.iter().map(|n| Node::at(n.x, n.y, n.r)).collect();
        nodes.push(Node::new(8.0));
        nodes.push(Node::new(8.0));
        let mut links = l;
        links.push(Link {
            a: 30,
            b: 3,
            distance: 60.0,
            strength: 0.6,
        });
        links.push(Link {
            a: 31,
            b: 30,
            distance: 60.0,
            strength: 0.6,
        });
        let mut g = Simulation::new(nodes, links);
        g.run(1000);
        let moved: f64 = old
            .iter()
            .zip(&g.nodes)
            .map(|(o, n)| ((o.0 - n.x).powi(2) + (o.1 - n.y).powi(2)).sqrt())
            .sum::<f64>()
            / old.len() as f64;
        assert!(moved < 25.0, "old nodes moved {moved} px on average");
    }

    #[test]
    fn pinned_nodes_stay() {
        let (mut n, l) = ring(10);
        n[0].pinned = Some((100.0, -50.0));
        let mut s = Simulation::new(n, l);
        s.run(300);
        assert_eq!((s.nodes[0].x, s.nodes[0].y), (100.0, -50.0));
    }

    #[test]
    fn barnes_hut_approximates_the_exact_repulsion() {
        // Scattered nodes (no collisions): compare the velocity each method adds.
        let nodes: Vec<Node> = (0..400)
            .map(|i| {
                let a = i as f64 * 2.399_963;
                let r = 40.0 * (i as f64).sqrt();
                Node::at(r * a.cos(), r * a.sin(), 1.0)
            })
            .collect();
        let mut exact = Simulation::new(nodes.clone(), vec![]);
        let mut approx = Simulation::new(nodes, vec![]);
        exact.pairwise(1.0);
        approx.barnes_hut(1.0);
        let (mut err, mut norm) = (0.0, 0.0);
        for (e, a) in exact.nodes.iter().zip(&approx.nodes) {
            err += (e.vx - a.vx).hypot(e.vy - a.vy);
            norm += e.vx.hypot(e.vy);
        }
        assert!(norm > 0.0);
        assert!(err / norm < 0.05, "relative error {}", err / norm);
    }

    #[test]
    fn large_graphs_settle_without_overlaps() {
        let (n, l) = ring(600);
        let mut s = Simulation::new(n, l);
        s.run(1000);
        assert!(s.settled());
        let mut overlaps = 0;
        for i in 0..s.nodes.len() {
            for j in i + 1..s.nodes.len() {
                let (a, b) = (&s.nodes[i], &s.nodes[j]);
                if (a.x - b.x).hypot(a.y - b.y) < (a.r + b.r) * 0.8 {
                    overlaps += 1;
                }
            }
        }
        assert_eq!(overlaps, 0, "nodes overlap after settling");
    }

    #[test]
    fn five_hundred_nodes_settle() {
        let (n, l) = ring(500);
        let mut s = Simulation::new(n, l);
        let steps = s.run(400);
        assert!(s.settled(), "not settled after {steps} steps");
    }
}
