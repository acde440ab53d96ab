use proptest::prelude::*;

use super::*;
use crate::model::Dataset;
use crate::query::{Derived, Tab, View};

fn geometry() -> &'static Geometry {
    Geometry::embedded().unwrap()
}

fn series_of(view: &View, measure: MapMeasure) -> (MapSeries, Derived) {
    let dataset = Dataset::embedded().unwrap();
    let view = View {
        tab: Tab::Map,
        map_measure: measure,
        ..view.clone()
    };
    let derived = Derived::compute(&dataset, &view);
    let scores = derived
        .opportunity
        .as_deref()
        .and_then(|o| o.map_ranking(view.score.by).ok());
    (
        map_series(geometry(), &derived.by_district, measure, scores),
        derived,
    )
}

#[test]
fn short_names_fit_on_the_map() {
    assert_eq!(short_name("Shapingba (incl. Xiyong)"), "Shapingba");
    assert_eq!(short_name("Youyang Tujia & Miao AC"), "Youyang");
    assert_eq!(short_name("酉阳土家族苗族自治县"), "酉阳");
    assert_eq!(short_name("石柱土家族自治縣"), "石柱");
    assert_eq!(short_name("渝中区"), "渝中区");
    assert_eq!(short_name("Zhong County"), "Zhong County");
}

#[test]
fn every_project_is_on_the_map_or_counted_off_it() {
    for measure in MapMeasure::ALL {
        let (series, derived) = series_of(&View::default(), measure);
        assert_eq!(series.districts.len(), 38);
        let on_map: usize = series.districts.iter().map(|d| d.num_projects).sum();
        assert_eq!(
            on_map + series.unmapped.num_projects,
            derived.selection.len()
        );
        for district in &series.districts {
            // By score, a district needs a few projects (see `scores_colour_the_districts_that_have_one`).
            let filled = match measure {
                MapMeasure::Score => district.num_projects >= THIN_BELOW,
                _ => district.num_projects > 0,
            };
            assert_eq!(district.value.is_some(), filled, "{measure:?}");
            assert_eq!(district.class.is_some(), filled, "{measure:?}");
        }
        assert!(series.breaks.len() >= 3, "{measure:?}: {:?}", series.breaks);
    }
}

#[test]
fn one_district_gives_one_class_and_no_match_gives_none() {
    let mut view = View::default();
    view.filter.districts.insert("Yuzhong".into());
    let (series, _) = series_of(&view, MapMeasure::Contracted);
    let filled: Vec<_> = series
        .districts
        .iter()
        .filter(|d| d.value.is_some())
        .collect();
    assert_eq!(filled.len(), 1);
    assert_eq!(geometry().districts[filled[0].index].name, "Yuzhong");
    assert_eq!(series.breaks.len(), 1);

    view.filter.search = "no project is called this".into();
    let (series, _) = series_of(&view, MapMeasure::Contracted);
    assert!(series.districts.iter().all(|d| d.value.is_none()));
    assert!(series.breaks.is_empty());
    assert_eq!(series.unmapped, Unmapped::default());
}

#[test]
fn rows_with_an_unknown_district_are_counted_off_the_map() {
    use crate::query::{GroupSummary, Summary};
    let group = |key: &str, count: usize, amount: f64| GroupSummary {
        key: key.to_owned(),
        year: None,
        summary: Summary {
            count,
            contracted_usd_m: amount,
            ..Summary::default()
        },
        share_pct: 0.0,
    };
    let groups = [
        group("Yuzhong", 2, 10.0),
        group("Atlantis", 3, 4.5),
        group(crate::query::aggregate::MISSING_LABEL, 1, 0.5),
    ];
    let series = map_series(geometry(), &groups, MapMeasure::Projects, None);
    assert_eq!(
        series.unmapped,
        Unmapped {
            num_projects: 4,
            contracted_m: 5.0
        }
    );
}

#[test]
fn scores_colour_the_districts_that_have_one() {
    use crate::query::score::ScoreBy;
    // By district: each district's own score, classed like any measure; thin districts are left unfilled.
    let mut view = View::default();
    view.score.by = ScoreBy::District;
    let (series, derived) = series_of(&view, MapMeasure::Score);
    let opportunity = derived.opportunity.as_deref().unwrap();
    let districts = opportunity.ranking(ScoreBy::District).unwrap();
    let yuzhong = series
        .districts
        .iter()
        .find(|d| geometry().districts[d.index].name == "Yuzhong")
        .unwrap();
    let own = districts
        .groups
        .iter()
        .find(|g| g.key == ["Yuzhong"])
        .unwrap();
    assert_eq!(yuzhong.value, own.score);
    assert_eq!(yuzhong.scored.as_ref(), Some(own));
    for district in &series.districts {
        if let Some(value) = district.value {
            assert!((0.0..=100.0).contains(&value));
            assert_eq!(district.class, Some(series.breaks.class_of(value)));
            assert!(!district.scored.as_ref().unwrap().thin);
        }
    }

    // By cell: a district shows its best cell, which is the first of its cells in the ranking.
    view.score.by = ScoreBy::SectorDistrict;
    let (cells_series, derived) = series_of(&view, MapMeasure::Score);
    let cells = derived
        .opportunity
        .as_deref()
        .unwrap()
        .ranking(ScoreBy::SectorDistrict)
        .unwrap();
    let yuzhong = &cells_series.districts[yuzhong.index];
    let best = cells
        .groups
        .iter()
        .filter(|g| g.key[1] == "Yuzhong")
        .max_by(|a, b| a.score.unwrap().total_cmp(&b.score.unwrap()))
        .unwrap();
    assert_eq!(yuzhong.value, best.score);
    assert_eq!(yuzhong.scored.as_ref().map(|g| &g.key), Some(&best.key));

    // Ranked by sector, the map shows the districts' own scores.
    view.score.by = ScoreBy::Sector;
    let (by_sector, _) = series_of(&view, MapMeasure::Score);
    assert_eq!(by_sector, series);

    // No ranking (or none that maps): nothing filled, no class.
    let empty = map_series(geometry(), &derived.by_district, MapMeasure::Score, None);
    assert!(
        empty
            .districts
            .iter()
            .all(|d| d.value.is_none() && d.scored.is_none())
    );
    assert!(empty.breaks.is_empty());
}

proptest! {
    #[test]
    fn classed_breaks_partition_the_values(
        values in prop::collection::vec(0.0f64..5_000.0, 1..40),
        integer in any::<bool>(),
    ) {
        let values: Vec<f64> = if integer { values.iter().map(|v| v.round()).collect() } else { values };
        let breaks = ClassBreaks::nice_quantiles(&values, 5, integer);
        prop_assert!((1..=5).contains(&breaks.len()));
        prop_assert!(breaks.lower.windows(2).all(|w| w[0] < w[1]));
        let mut counts = vec![0usize; breaks.len()];
        for &v in &values {
            let class = breaks.class_of(v);
            let (low, high) = breaks.range(class);
            // In its class's range, and the range is closed only at the top of the last class.
            prop_assert!(low <= v && (v < high || (class + 1 == breaks.len() && v <= high)));
            counts[class] += 1;
        }
        prop_assert!(counts.iter().all(|&c| c > 0), "empty class: {:?} {:?}", breaks, counts);
        // Larger values never fall in a lower class.
        let mut sorted = values.clone();
        sorted.sort_by(f64::total_cmp);
        prop_assert!(sorted.windows(2).all(|w| breaks.class_of(w[0]) <= breaks.class_of(w[1])));
    }
}

/// The names at about the size the window draws them: 7 points a character, 15 high.
fn requests(projection: &Projection) -> Vec<LabelRequest> {
    geometry()
        .districts
        .iter()
        .map(|d| LabelRequest {
            polygons: project_shape(&d.shape, projection),
            anchor: projection.to_screen(d.shape.label),
            size: [7.0 * short_name(&d.name).chars().count() as f64, 15.0],
            small_size: [5.6 * short_name(&d.name).chars().count() as f64, 12.0],
        })
        .collect()
}

fn inside_any(polygons: &[Vec<Vec<[f64; 2]>>], p: [f64; 2]) -> bool {
    polygons.iter().any(|rings| labels_ring_contains(rings, p))
}

fn labels_ring_contains(rings: &[Vec<[f64; 2]>], p: [f64; 2]) -> bool {
    let mut inside = false;
    for ring in rings {
        for w in ring.windows(2) {
            let ([x0, y0], [x1, y1]) = (w[0], w[1]);
            if (y0 > p[1]) != (y1 > p[1]) && p[0] < (x1 - x0) * (p[1] - y0) / (y1 - y0) + x0 {
                inside = !inside;
            }
        }
    }
    inside
}

/// Points spread over a rectangle: its corners, edge midpoints and centre.
fn probes(rect: &ScreenRect) -> Vec<[f64; 2]> {
    let xs = [rect.min[0], rect.centre()[0], rect.max[0]];
    let ys = [rect.min[1], rect.centre()[1], rect.max[1]];
    xs.iter()
        .flat_map(|&x| ys.iter().map(move |&y| [x, y]))
        .collect()
}

/// The border cut into bands answers as the whole border does, for points and boxes all over the map (and off it).
#[test]
fn a_banded_border_answers_as_the_whole_border() {
    let view = ScreenRect::new([0.0, 0.0], [900.0, 620.0]);
    let projection = Projection::fit(
        view.expand(-8.0),
        view_bbox(geometry(), MapZoom::WholeMunicipality),
    );
    for request in requests(&projection) {
        let border = labels::Border::new(&request).expect("every district has points");
        for (x, y) in (0..64).flat_map(|i| (0..44).map(move |j| (i, j))) {
            let p = [f64::from(x) * 14.3 - 10.0, f64::from(y) * 14.7 - 10.0];
            assert_eq!(
                border.contains(p),
                inside_any(&request.polygons, p),
                "{p:?}"
            );
            let rect = ScreenRect::from_centre_size(p, [40.0, 14.0]);
            let whole = request
                .polygons
                .iter()
                .flatten()
                .flat_map(|ring| ring.windows(2))
                .any(|w| rect.meets_segment(w[0], w[1]));
            assert_eq!(border.meets(&rect), whole, "{rect:?}");
        }
    }
}

#[test]
fn every_name_lies_in_its_own_district_or_off_the_map_and_never_on_a_neighbour() {
    let sizes = [[900.0, 620.0], [1100.0, 560.0], [620.0, 480.0]];
    for zoom in MapZoom::ALL {
        for size in sizes {
            let view = ScreenRect::new([0.0, 0.0], size);
            // A zoomed map leaves a margin for leader lines, as the window does.
            let map_area = if zoom == MapZoom::CentralUrbanArea {
                view.expand(-70.0)
            } else {
                view
            };
            let projection = Projection::fit(map_area.expand(-8.0), view_bbox(geometry(), zoom));
            let requests = requests(&projection);
            let places = place_labels(&requests, view, map_area);
            let mut inside = 0;
            for (i, place) in places.iter().enumerate() {
                let name = &geometry().districts[i].name;
                let Some(rect) = place.rect() else { continue };
                assert!(view.contains_rect(&rect), "{name} off the view");
                for probe in probes(&rect) {
                    for (j, other) in requests.iter().enumerate() {
                        let on = map_area.contains(probe) && inside_any(&other.polygons, probe);
                        match place {
                            LabelPlace::Inside { .. } if i == j => {
                                assert!(on, "{name} leaves its district")
                            }
                            _ => assert!(
                                !on,
                                "{zoom:?} {size:?}: the name {name} lies on {}",
                                geometry().districts[j].name
                            ),
                        }
                    }
                }
                if matches!(place, LabelPlace::Inside { .. }) {
                    inside += 1;
                }
                for (j, other) in places.iter().enumerate().skip(i + 1) {
                    if let Some(other) = other.rect() {
                        assert!(
                            !rect.intersects(&other),
                            "{name} overlaps {}",
                            geometry().districts[j].name
                        );
                    }
                }
            }
            // Most names fit inside; the rest go on leader lines or show on hover.
            let expected = 8;
            println!("{zoom:?} {size:?}: {inside} names inside");
            assert!(
                inside >= expected,
                "{zoom:?} {size:?}: only {inside} names inside"
            );
        }
    }
}

#[test]
fn the_small_central_districts_get_a_leader_line_on_the_whole_map() {
    let view = ScreenRect::new([0.0, 0.0], [900.0, 620.0]);
    let projection = Projection::fit(
        view.expand(-20.0),
        view_bbox(geometry(), MapZoom::WholeMunicipality),
    );
    let places = place_labels(&requests(&projection), view, view);
    let place_of = |name: &str| {
        let i = geometry()
            .districts
            .iter()
            .position(|d| d.name == name)
            .unwrap();
        places[i]
    };
    for name in ["Yuzhong", "Dadukou"] {
        assert!(
            matches!(place_of(name), LabelPlace::Leader { .. }),
            "{name}: {:?}",
            place_of(name)
        );
    }
    assert!(matches!(place_of("Wanzhou"), LabelPlace::Inside { .. }));
}

#[test]
fn every_central_district_is_named_in_the_central_urban_area() {
    let view = ScreenRect::new([0.0, 0.0], [540.0, 540.0]);
    let map_area = view.expand(-70.0);
    let projection = Projection::fit(map_area, CENTRAL_BBOX);
    let places = place_labels(&requests(&projection), view, map_area);
    for name in [
        "Yuzhong",
        "Jiangbei",
        "Nan'an",
        "Dadukou",
        "Jiulongpo",
        "Shapingba (incl. Xiyong)",
    ] {
        let i = geometry()
            .districts
            .iter()
            .position(|d| d.name == name)
            .unwrap();
        assert_ne!(places[i], LabelPlace::HoverOnly, "{name}");
    }
}
