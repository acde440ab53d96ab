//! Triangles that fill the districts: egui fills only convex paths, and a district is anything but convex, so
//! each outer ring is cut into triangles once (ear clipping, in degrees) and the UI projects their corners every
//! frame. The shipped rings have no holes (the generator's test says so); a hole would be filled over, while its
//! outline would still be drawn.

use std::sync::OnceLock;

use crate::model::geo::{Geometry, Point};

/// One district's fill: corners in degrees and triangles as indices into them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DistrictMesh {
    pub vertices: Vec<Point>,
    pub triangles: Vec<[u32; 3]>,
}

/// The fills of the shipped map's districts, in the geometry's order, cut once.
pub fn triangulated() -> Option<&'static [DistrictMesh]> {
    static MESHES: OnceLock<Option<Vec<DistrictMesh>>> = OnceLock::new();
    MESHES
        .get_or_init(|| {
            let geometry = Geometry::embedded().ok()?;
            Some(
                geometry
                    .districts
                    .iter()
                    .map(|d| triangulate(&d.shape.polygons))
                    .collect(),
            )
        })
        .as_deref()
}

/// The fill of `polygons` (each an outer ring, then holes; rings closed).
pub fn triangulate(polygons: &[Vec<Vec<Point>>]) -> DistrictMesh {
    let mut mesh = DistrictMesh::default();
    for outer in polygons.iter().filter_map(|rings| rings.first()) {
        let base = mesh.vertices.len();
        mesh.vertices.extend_from_slice(outer);
        ear_clip(outer, base, &mut mesh.triangles);
    }
    mesh
}

fn cross(a: Point, b: Point, c: Point) -> f64 {
    (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])
}

/// Whether `p` lies inside the counter-clockwise triangle `a b c` or on its edges.
fn in_triangle(p: Point, a: Point, b: Point, c: Point) -> bool {
    cross(a, b, p) >= 0.0 && cross(b, c, p) >= 0.0 && cross(c, a, p) >= 0.0
}

/// Cuts one closed ring into triangles (indices offset by `base`).
fn ear_clip(ring: &[Point], base: usize, out: &mut Vec<[u32; 3]>) {
    // Corners without the closing repeat and without consecutive duplicates.
    let mut corners: Vec<usize> = Vec::with_capacity(ring.len());
    for (i, point) in ring.iter().enumerate() {
        if corners.last().is_none_or(|&last| ring[last] != *point) {
            corners.push(i);
        }
    }
    while corners.len() > 1 && ring[corners[0]] == ring[corners[corners.len() - 1]] {
        corners.pop();
    }
    let doubled_area: f64 = (0..corners.len())
        .map(|i| {
            let (p, q) = (ring[corners[i]], ring[corners[(i + 1) % corners.len()]]);
            p[0] * q[1] - q[0] * p[1]
        })
        .sum();
    if doubled_area < 0.0 {
        corners.reverse();
    }
    let index = |corner: usize| (base + corner) as u32;
    let mut at = 0;
    let mut since_last_cut = 0;
    while corners.len() > 3 {
        let m = corners.len();
        at %= m;
        let (ia, ib, ic) = (
            corners[(at + m - 1) % m],
            corners[at],
            corners[(at + 1) % m],
        );
        let (a, b, c) = (ring[ia], ring[ib], ring[ic]);
        let turn = cross(a, b, c);
        let is_ear = turn > 0.0
            && !corners.iter().any(|&other| {
                let p = ring[other];
                p != a && p != b && p != c && in_triangle(p, a, b, c)
            });
        // A straight corner or a spike has no area: drop it without a triangle.
        let is_flat = turn == 0.0;
        // A ring that touches itself can leave no clean ear: cut a convex corner anyway rather than stop.
        let forced = since_last_cut > m && turn > 0.0;
        if is_ear || forced {
            out.push([index(ia), index(ib), index(ic)]);
        }
        if is_ear || is_flat || forced || since_last_cut > 2 * m {
            corners.remove(at);
            at = at.saturating_sub(1);
            since_last_cut = 0;
        } else {
            at += 1;
            since_last_cut += 1;
        }
    }
    if let [ia, ib, ic] = corners[..]
        && cross(ring[ia], ring[ib], ring[ic]) > 0.0
    {
        out.push([index(ia), index(ib), index(ic)]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn area(mesh: &DistrictMesh) -> f64 {
        mesh.triangles
            .iter()
            .map(|t| {
                let [a, b, c] = t.map(|i| mesh.vertices[i as usize]);
                cross(a, b, c) / 2.0
            })
            .sum()
    }

    #[test]
    fn an_l_shape_is_cut_into_triangles_of_its_area() {
        // Clockwise on purpose, with a straight corner on the long side.
        let ring = vec![
            [0.0, 0.0],
            [0.0, 2.0],
            [1.0, 2.0],
            [1.0, 1.0],
            [2.0, 1.0],
            [2.0, 0.0],
            [1.0, 0.0],
            [0.0, 0.0],
        ];
        let mesh = triangulate(&[vec![ring]]);
        assert!((area(&mesh) - 3.0).abs() < 1e-12, "{}", area(&mesh));
        assert!(mesh.triangles.iter().all(|t| {
            let [a, b, c] = t.map(|i| mesh.vertices[i as usize]);
            cross(a, b, c) > 0.0
        }));
    }

    #[test]
    fn every_shipped_district_is_filled_exactly() {
        let geometry = Geometry::embedded().unwrap();
        let meshes = triangulated().unwrap();
        assert_eq!(meshes.len(), geometry.districts.len());
        for (district, mesh) in geometry.districts.iter().zip(meshes) {
            let outline: f64 = district
                .shape
                .polygons
                .iter()
                .map(|rings| {
                    rings[0]
                        .windows(2)
                        .map(|w| w[0][0] * w[1][1] - w[1][0] * w[0][1])
                        .sum::<f64>()
                        .abs()
                        / 2.0
                })
                .sum();
            let filled = area(mesh);
            assert!(
                (filled - outline).abs() <= outline * 1e-9,
                "{}: {filled} vs {outline}",
                district.name
            );
        }
    }
}
