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
            collide_padding: 6.0,
            velocity_decay: 0.4,
            alpha_decay: 1.0 - 0.001f64.powf(1.0 / 300.0),
            alpha_min: 0.001,
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
        }
    }

    /// Whether the simulation has cooled down.
    pub fn settled(&self) -> bool {
        self.alpha < self.params.alpha_min
    }

    /// Reheats (after a drag or a change).
    pub fn reheat(&mut self, alpha: f64) {
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
        // Many-body repulsion and collision, pairwise within a cut-off.
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
                let min = self.nodes[i].r + self.nodes[j].r + p.collide_padding;
                if d2 < min * min {
                    let d = d2.sqrt().max(1e-3);
                    let push = (min - d) / d * 0.5;
                    self.nodes[i].vx -= dx * push;
                    self.nodes[i].vy -= dy * push;
                    self.nodes[j].vx += dx * push;
                    self.nodes[j].vy += dy * push;
                }
            }
        }
        // Gravity and integration.
        for node in &mut self.nodes {
            node.vx -= node.x * p.gravity * alpha;
            node.vy -= node.y * p.gravity * alpha;
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
    fn five_hundred_nodes_settle() {
        let (n, l) = ring(500);
        let mut s = Simulation::new(n, l);
        let steps = s.run(400);
        assert!(s.settled(), "not settled after {steps} steps");
    }
}
