//! Plane geometry for the district map: ring area and orientation, point-in-polygon, the pole of inaccessibility
//! (a label anchor well inside a polygon), and the outer outline of adjacent districts (their union without the
//! shared borders). Exact integer arithmetic where the input is integer, and only `+ − × ÷ sqrt` on floats, so the
//! generator's output is the same on every platform.
//!
//! Must not depend on egui, eframe or rfd.

use std::cmp::Ordering;
use std::collections::{BTreeMap, BinaryHeap};

use super::echarts::UnitPoint;

/// A point in degrees: `[lon, lat]`.
pub type Point = [f64; 2];

/// Twice the signed area of a closed ring (first point = last): positive when counter-clockwise.
pub fn doubled_area(ring: &[UnitPoint]) -> i128 {
    ring.windows(2)
        .map(|w| {
            i128::from(w[0][0]) * i128::from(w[1][1]) - i128::from(w[1][0]) * i128::from(w[0][1])
        })
        .sum()
}

/// Whether `point` is inside the polygon (outer ring, then holes) by the even-odd rule.
pub fn polygon_contains(rings: &[Vec<Point>], point: Point) -> bool {
    let [x, y] = point;
    let mut inside = false;
    for ring in rings {
        for w in ring.windows(2) {
            let ([x0, y0], [x1, y1]) = (w[0], w[1]);
            if (y0 > y) != (y1 > y) && x < (x1 - x0) * (y - y0) / (y1 - y0) + x0 {
                inside = !inside;
            }
        }
    }
    inside
}

/// Distance from `p` to the segment `a`–`b`, squared.
fn segment_distance_sq(p: Point, a: Point, b: Point) -> f64 {
    let (mut x, mut y) = (a[0], a[1]);
    let (dx, dy) = (b[0] - x, b[1] - y);
    if dx != 0.0 || dy != 0.0 {
        let t = ((p[0] - x) * dx + (p[1] - y) * dy) / (dx * dx + dy * dy);
        if t > 1.0 {
            (x, y) = (b[0], b[1]);
        } else if t > 0.0 {
            x += dx * t;
            y += dy * t;
        }
    }
    (p[0] - x) * (p[0] - x) + (p[1] - y) * (p[1] - y)
}

/// Distance from `p` to the polygon's boundary: positive inside, negative outside.
fn signed_distance(rings: &[Vec<Point>], p: Point) -> f64 {
    let min_sq = rings
        .iter()
        .flat_map(|ring| ring.windows(2))
        .map(|w| segment_distance_sq(p, w[0], w[1]))
        .fold(f64::INFINITY, f64::min);
    let distance = min_sq.sqrt();
    if polygon_contains(rings, p) {
        distance
    } else {
        -distance
    }
}

/// A square of the search grid: centre, half size, distance of the centre to the boundary, and the best distance
/// any point of the square can have.
#[derive(Clone, Copy, Debug)]
struct Cell {
    centre: Point,
    half: f64,
    distance: f64,
    potential: f64,
}

impl Cell {
    fn new(centre: Point, half: f64, rings: &[Vec<Point>]) -> Self {
        let distance = signed_distance(rings, centre);
        Self {
            centre,
            half,
            distance,
            potential: distance + half * std::f64::consts::SQRT_2,
        }
    }
}

impl PartialEq for Cell {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for Cell {}
impl PartialOrd for Cell {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Cell {
    fn cmp(&self, other: &Self) -> Ordering {
        self.potential.total_cmp(&other.potential)
    }
}

/// Area-weighted centroid of a ring (its first point if the ring has no area).
fn centroid(ring: &[Point]) -> Point {
    let (mut x, mut y, mut area) = (0.0, 0.0, 0.0);
    for w in ring.windows(2) {
        let ([x0, y0], [x1, y1]) = (w[0], w[1]);
        let f = x0 * y1 - x1 * y0;
        x += (x0 + x1) * f;
        y += (y0 + y1) * f;
        area += f * 3.0;
    }
    if area == 0.0 {
        return ring.first().copied().unwrap_or_default();
    }
    [x / area, y / area]
}

/// At most this many grid cells are examined: far more than any district needs at the precision used.
const MAX_CELLS: usize = 200_000;

/// The point of the polygon farthest from its boundary, to within `precision` (the "polylabel" algorithm of
/// Mapbox: a quadtree search ordered by the best distance each cell can hold). Coordinates must be in a plane
/// where distances are comparable in both axes.
pub fn pole_of_inaccessibility(rings: &[Vec<Point>], precision: f64) -> Point {
    let Some(outer) = rings.first().filter(|r| !r.is_empty()) else {
        return [0.0, 0.0];
    };
    let (mut min, mut max) = ([f64::INFINITY; 2], [f64::NEG_INFINITY; 2]);
    for p in outer {
        for axis in 0..2 {
            min[axis] = min[axis].min(p[axis]);
            max[axis] = max[axis].max(p[axis]);
        }
    }
    let size = (max[0] - min[0]).min(max[1] - min[1]);
    if size <= 0.0 {
        return min;
    }
    let half = size / 2.0;
    let mut queue = BinaryHeap::new();
    let mut x = min[0];
    while x < max[0] {
        let mut y = min[1];
        while y < max[1] {
            queue.push(Cell::new([x + half, y + half], half, rings));
            y += size;
        }
        x += size;
    }
    let mut best = Cell::new(centroid(outer), 0.0, rings);
    let middle = Cell::new(
        [(min[0] + max[0]) / 2.0, (min[1] + max[1]) / 2.0],
        0.0,
        rings,
    );
    if middle.distance > best.distance {
        best = middle;
    }
    let mut examined = 0;
    while let Some(cell) = queue.pop() {
        examined += 1;
        if cell.distance > best.distance {
            best = cell;
        }
        if cell.potential - best.distance <= precision || examined > MAX_CELLS {
            continue;
        }
        let half = cell.half / 2.0;
        let [cx, cy] = cell.centre;
        for (dx, dy) in [(-half, -half), (half, -half), (-half, half), (half, half)] {
            queue.push(Cell::new([cx + dx, cy + dy], half, rings));
        }
    }
    best.centre
}

/// Orders candidate turns: the turn from heading `d` into `v`, as an angle in (−π, π] (negative = clockwise),
/// compared exactly with integers.
fn turn_order(d: UnitPoint, a: UnitPoint, b: UnitPoint) -> Ordering {
    let turn = |v: UnitPoint| {
        let dot = i128::from(d[0]) * i128::from(v[0]) + i128::from(d[1]) * i128::from(v[1]);
        let cross = i128::from(d[0]) * i128::from(v[1]) - i128::from(d[1]) * i128::from(v[0]);
        // Half-planes in angle order: right turns, straight on, left turns, U-turn.
        let half = match (cross.signum(), dot > 0) {
            (-1, _) => 0,
            (0, true) => 1,
            (1, _) => 2,
            _ => 3,
        };
        (half, dot, cross)
    };
    let ((ha, da, ca), (hb, db, cb)) = (turn(a), turn(b));
    // Within one half-plane, a comes first (turns less to the left) when b is counter-clockwise of a.
    ha.cmp(&hb).then_with(|| 0.cmp(&(da * cb - ca * db)))
}

/// The outer boundary of the union of adjacent counter-clockwise rings: every edge two rings share (one ring
/// runs it forwards, the other backwards) is dropped, and the rest is walked from the lowest-leftmost vertex,
/// always taking the rightmost turn, so slivers where the shared border does not quite match are left inside.
/// Returns a closed counter-clockwise ring, or `None` when the edges do not close.
pub fn outer_outline(rings: &[&[UnitPoint]]) -> Option<Vec<UnitPoint>> {
    let mut counts: BTreeMap<(UnitPoint, UnitPoint), i64> = BTreeMap::new();
    for ring in rings {
        for w in ring.windows(2).filter(|w| w[0] != w[1]) {
            *counts.entry((w[0], w[1])).or_default() += 1;
        }
    }
    let mut outgoing: BTreeMap<UnitPoint, Vec<UnitPoint>> = BTreeMap::new();
    let mut num_edges = 0;
    for (&(a, b), &count) in &counts {
        let reverse = counts.get(&(b, a)).copied().unwrap_or(0);
        for _ in 0..(count - reverse).max(0) {
            outgoing.entry(a).or_default().push(b);
            num_edges += 1;
        }
    }
    let (&start, _) = outgoing.iter().next()?;
    let mut ring = vec![start];
    // At the lowest-leftmost vertex a counter-clockwise boundary arrives heading down.
    let mut heading: UnitPoint = [0, -1];
    let mut at = start;
    for _ in 0..num_edges {
        let candidates = outgoing.get_mut(&at)?;
        let (choice, _) = candidates.iter().enumerate().min_by(|&(_, a), &(_, b)| {
            let va = [a[0] - at[0], a[1] - at[1]];
            let vb = [b[0] - at[0], b[1] - at[1]];
            turn_order(heading, va, vb)
        })?;
        let next = candidates.swap_remove(choice);
        heading = [next[0] - at[0], next[1] - at[1]];
        ring.push(next);
        at = next;
        if at == start {
            return (doubled_area(&ring) > 0).then_some(ring);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn square(x: i64, y: i64, size: i64) -> Vec<UnitPoint> {
        vec![
            [x, y],
            [x + size, y],
            [x + size, y + size],
            [x, y + size],
            [x, y],
        ]
    }

    #[test]
    fn area_and_containment() {
        let ring = square(0, 0, 4);
        assert_eq!(doubled_area(&ring), 32);
        let reversed: Vec<UnitPoint> = ring.iter().rev().copied().collect();
        assert_eq!(doubled_area(&reversed), -32);
        let degrees: Vec<Point> = ring.iter().map(|p| [p[0] as f64, p[1] as f64]).collect();
        assert!(polygon_contains(std::slice::from_ref(&degrees), [1.0, 1.0]));
        assert!(!polygon_contains(
            std::slice::from_ref(&degrees),
            [5.0, 1.0]
        ));
        let hole: Vec<Point> = square(1, 1, 2)
            .iter()
            .map(|p| [p[0] as f64, p[1] as f64])
            .collect();
        assert!(!polygon_contains(&[degrees, hole], [2.0, 2.0]));
    }

    #[test]
    fn pole_of_an_l_shape_lies_in_its_thick_part() {
        // An L: a 10 × 2 bar along the bottom and a 2 × 10 bar up the left, with a 6 × 6 block at the corner.
        let ring: Vec<Point> = [
            [0, 0],
            [10, 0],
            [10, 2],
            [6, 2],
            [6, 6],
            [2, 6],
            [2, 10],
            [0, 10],
            [0, 0],
        ]
        .iter()
        .map(|p: &[i64; 2]| [p[0] as f64, p[1] as f64])
        .collect();
        let rings = [ring];
        let pole = pole_of_inaccessibility(&rings, 0.01);
        assert!(polygon_contains(&rings, pole));
        // The naive oracle: the best of a fine grid of candidates.
        let mut best = f64::NEG_INFINITY;
        for i in 0..=200 {
            for j in 0..=200 {
                best = best.max(signed_distance(
                    &rings,
                    [f64::from(i) / 20.0, f64::from(j) / 20.0],
                ));
            }
        }
        assert!(signed_distance(&rings, pole) >= best - 0.02, "{pole:?}");
    }

    #[test]
    fn outline_of_two_squares_drops_the_shared_edge() {
        let left = square(0, 0, 2);
        let right = square(2, 0, 2);
        let outline = outer_outline(&[&left, &right]).unwrap();
        assert_eq!(doubled_area(&outline), 16);
        assert_eq!(outline.first(), outline.last());
        assert!(
            !outline
                .windows(2)
                .any(|w| w == [[2, 0], [2, 2]] || w == [[2, 2], [2, 0]])
        );
        // A square touching another only at a corner: the walk takes the rightmost turn there, goes round the
        // other square and comes back, so the outline holds both.
        let corner = square(2, 2, 2);
        let outline = outer_outline(&[&left, &corner]).unwrap();
        assert_eq!(doubled_area(&outline), 16);
        assert_eq!(outline.len(), 9);
    }
}
