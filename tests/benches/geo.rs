//! District geometry at start-up and on hover: parsing the embedded `data/districts.geo.json` (it must stay well
//! under 10 ms) and the hit-test the map runs on every pointer move.
//!
//! Run with `cargo bench --bench geo`.

use divan::Bencher;
use invest_explorer::model::geo::Geometry;

const GEO_JSON: &str = include_str!("../../data/districts.geo.json");

fn main() {
    divan::main();
}

#[divan::bench(sample_count = 20)]
fn parse_embedded_geometry() -> Option<Geometry> {
    Geometry::parse(divan::black_box(GEO_JSON), "data/districts.geo.json").ok()
}

#[divan::bench(sample_count = 20)]
fn hit_test_a_grid_of_points(bencher: Bencher) {
    let Ok(geometry) = Geometry::parse(GEO_JSON, "data/districts.geo.json") else {
        return;
    };
    let [west, south, east, north] = geometry.bbox();
    // 1,000 points over Chongqing's bounding box: about what one second of pointer moves asks for.
    let points: Vec<(f64, f64)> = (0..1000)
        .map(|i| {
            let (u, v) = (f64::from(i % 40) / 40.0, f64::from(i / 40) / 25.0);
            (west + (east - west) * u, south + (north - south) * v)
        })
        .collect();
    bencher.bench(|| {
        points
            .iter()
            .filter_map(|&(lon, lat)| geometry.district_at(lon, lat))
            .count()
    });
}
