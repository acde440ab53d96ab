//! The Map tab through the real UI: a click on a district's polygon filters to it (and Undo takes it back), the
//! tooltip of the district under the pointer, the measure switch and its legend, and the "not on the map" line
//! for rows whose district is unknown.

use std::sync::Arc;

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable};
use invest_explorer::app::ExplorerApp;
use invest_explorer::format::MoneyFormat;
use invest_explorer::model::load::open::{OpenOptions, Progress};
use invest_explorer::model::{DataSource, Dataset};
use invest_explorer::query::{self, Filter, MapMeasure, MapZoom};

use crate::common::{StubDialogs, app_on, harness, harness_for, platform, shown_count};

fn on_map_tab(mut harness: Harness<'static, ExplorerApp>) -> Harness<'static, ExplorerApp> {
    harness.get_by_label("Map").click();
    harness.run();
    harness
}

/// Moves the pointer to `at` and clicks there, as a mouse would (not through a widget).
fn click_at(harness: &mut Harness<'_, ExplorerApp>, at: egui::Pos2) {
    harness
        .input_mut()
        .events
        .push(egui::Event::PointerMoved(at));
    harness.run();
    for pressed in [true, false] {
        harness.input_mut().events.push(egui::Event::PointerButton {
            pos: at,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: egui::Modifiers::NONE,
        });
        harness.run();
    }
}

fn centre_of(harness: &Harness<'_, ExplorerApp>, label: &str) -> egui::Pos2 {
    let node = harness.get_by_label(label);
    let bounds = node.accesskit_node().bounding_box().unwrap();
    egui::pos2(
        ((bounds.x0 + bounds.x1) / 2.0) as f32,
        ((bounds.y0 + bounds.y1) / 2.0) as f32,
    )
}

#[test]
fn a_click_inside_a_district_polygon_filters_to_it_and_undo_takes_it_back() {
    let mut harness = on_map_tab(harness());
    // Well inside Wanzhou but off its accessible button: the polygon itself is hit-tested.
    let at = centre_of(&harness, "District Wanzhou") + egui::vec2(12.0, 6.0);
    click_at(&mut harness, at);
    harness.get_by_label("District: Wanzhou  ×");
    let filter = Filter {
        districts: ["Wanzhou".to_owned()].into(),
        ..Filter::default()
    };
    let expected = query::select(&Dataset::embedded().unwrap(), &filter).len();
    assert_eq!(shown_count(&harness), expected);

    harness.get_by_label("Edit").click();
    harness.run();
    harness.get_by_label_contains("Undo").click();
    harness.run();
    assert!(harness.query_by_label("District: Wanzhou  ×").is_none());
    assert_eq!(shown_count(&harness), 3530);
}

#[test]
fn the_central_urban_area_names_its_small_districts_and_filters_on_click() {
    let mut harness = on_map_tab(harness());
    harness.get_by_label("Central urban area").click();
    harness.run();
    assert_eq!(
        harness.state().state.view.map_zoom,
        MapZoom::CentralUrbanArea
    );
    harness.get_by_label("District Dadukou").click();
    harness.run();
    harness.get_by_label("District: Dadukou  ×");
}

#[test]
fn hovering_a_district_shows_its_names_and_figures() {
    let mut harness = on_map_tab(harness());
    harness.get_by_label("District Yuzhong").hover();
    harness.run();
    harness.get_by_label("Yuzhong · 渝中区");
    let yuzhong = Filter {
        districts: ["Yuzhong".to_owned()].into(),
        ..Filter::default()
    };
    let dataset = Dataset::embedded().unwrap();
    let rows = query::select(&dataset, &yuzhong);
    let contracted: f64 = rows
        .rows
        .iter()
        .map(|&r| dataset.projects.contracted_usd_m[r as usize])
        .filter(|v| v.is_finite())
        .sum();
    harness.get_by_label(&format!(
        "{} projects",
        invest_explorer::format::count(rows.len())
    ));
    harness.get_by_label(&format!(
        "{} contracted",
        MoneyFormat::default().format(contracted)
    ));
    harness.get_by_label_contains("of the selection");
    harness.get_by_label("Click to filter to this district");
}

#[test]
fn the_measure_is_part_of_the_view_and_titles_the_legend() {
    let mut harness = on_map_tab(harness());
    harness.get_by_label("Contracted (USD m)");
    harness.get_by_label("By projects").click();
    harness.run();
    assert_eq!(harness.state().state.view.map_measure, MapMeasure::Projects);
    // The legend's heading follows the measure.
    assert!(harness.query_by_label("Contracted (USD m)").is_none());
    harness.get_by_label("Bubbles").click();
    harness.run();
    harness.get_by_label("Bubble area grows with the value");
}

#[test]
fn rows_whose_district_is_unknown_are_counted_off_the_map() {
    let text = "id,name,district,sector,year,contracted_usd_m\n\
                P1,One,渝中区,Finance,2015,10\n\
                P2,Two,Atlantis,Finance,2016,2.5\n\
                P3,Three,,Finance,2017,1.5\n";
    let dataset = Dataset::from_bytes(
        text.as_bytes(),
        "mixed.csv",
        DataSource::File("mixed.csv".into()),
        &OpenOptions::default(),
        &Progress::default(),
    )
    .unwrap();
    let harness = on_map_tab(harness_for(app_on(
        dataset,
        platform(Arc::new(StubDialogs::default())),
    )));
    harness.get_by_label_contains("Not on the map: 2 projects, USD 4");
}

/// The embedded projects' first `rows` written as a consultant's own GBK file: Chinese headers, and the
/// reference Chinese names of each row's district and sector.
fn chinese_gbk_file(dir: &std::path::Path, rows: usize) -> std::path::PathBuf {
    let dataset = Dataset::embedded().unwrap();
    let table = &dataset.projects;
    let mut text = String::from("项目名称,投资方,所属行业,所在区县,签约年份,合同外资（万美元）\n");
    for row in 0..rows.min(table.len()) {
        let sector = dataset.sector_of(row).map_or("", |s| s.name_zh.as_str());
        let district = dataset.district_of(row).map_or("", |d| d.name_zh.as_str());
        let year = table.year.get(row).map_or(String::new(), |y| y.to_string());
        text.push_str(&format!(
            "\"{}\",\"{}\",{sector},{district},{year},{:.1}\n",
            table.name.get(row),
            table.investor.get(row),
            table.contracted_usd_m[row] * 100.0
        ));
    }
    let (bytes, _, unmappable) = encoding_rs::GBK.encode(&text);
    assert!(!unmappable);
    let path = dir.join("客户项目.csv");
    std::fs::write(&path, bytes).unwrap();
    path
}

#[test]
fn the_map_slide_draws_every_selection_in_both_themes() {
    use invest_explorer::query::{Derived, Tab, View};
    use invest_explorer::state::Theme;
    use invest_explorer::ui::slide::render_slide;

    let dir = tempfile::tempdir().unwrap();
    let embedded = Dataset::embedded().unwrap();
    let chinese = Dataset::open(
        &chinese_gbk_file(dir.path(), 600),
        &OpenOptions::default(),
        &Progress::default(),
    )
    .unwrap();
    // The Chinese file joins the reference districts: all of it is on the map.
    assert!(chinese.quality.unknown_districts.is_empty());
    let mut one_district = View::default();
    one_district.filter.districts.insert("Nan'an".into());
    let mut no_match = View::default();
    no_match.filter.search = "no project is called this".into();
    let central = View {
        map_zoom: MapZoom::CentralUrbanArea,
        ..View::default()
    };
    let cases = [
        ("default", &embedded, View::default()),
        ("central", &embedded, central),
        ("one-district", &embedded, one_district),
        ("no-match", &embedded, no_match),
        ("chinese-gbk", &chinese, View::default()),
    ];
    let keep = std::env::var_os("KEEP_MAP_PNG");
    for (name, dataset, view) in cases {
        let view = View {
            tab: Tab::Map,
            ..view
        };
        let derived = Derived::compute(dataset, &view);
        for theme in [Theme::Light, Theme::Dark] {
            let image = render_slide(
                dataset,
                &derived,
                &view,
                Tab::Map,
                theme,
                invest_explorer::i18n::Lang::En,
                None,
            );
            assert_eq!((image.width, image.height), (1920, 1080));
            // Fills, borders and text: many colours, whatever the selection.
            let distinct: std::collections::BTreeSet<[u8; 4]> = image
                .rgba
                .chunks_exact(4)
                .map(|p| [p[0], p[1], p[2], p[3]])
                .collect();
            assert!(
                distinct.len() > 40,
                "{name} {theme:?}: {} colours",
                distinct.len()
            );
            if let Some(keep) = &keep {
                let path = std::path::Path::new(keep).join(format!("map-{name}-{theme:?}.png"));
                invest_explorer::export::png::write_png(
                    &path,
                    image.width,
                    image.height,
                    &image.rgba,
                )
                .unwrap();
            }
        }
    }
}

#[test]
fn the_map_can_be_coloured_by_opportunity_score() {
    let mut harness = on_map_tab(harness());
    harness.get_by_label("By opportunity score").click();
    harness.run();
    harness.run();
    assert_eq!(harness.state().state.view.map_measure, MapMeasure::Score);
    // The score ranks cells by default: each district by its best cell, under the Opportunities tab's weights.
    assert!(harness.state().derived.opportunity.is_some());
    harness.get_by_label("Best cell's opportunity score 0–100");
    harness.get_by_label_contains("Under the weights and the 5-year window");
    harness.get_by_label("District Yuzhong").hover();
    harness.run();
    harness.get_by_label_contains("Best cell: ");
}
