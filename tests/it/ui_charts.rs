//! The Charts tab through the real UI: click-to-filter on the district and sub-sector bars, the chart-data
//! export from the window, and every chart drawn for awkward selections in both themes.

use std::sync::Arc;

use crate::common::{StubDialogs, harness, harness_with, settle, shown_count};
use egui_kittest::kittest::Queryable;
use invest_explorer::model::Dataset;
use invest_explorer::query::charts::{self, ChartData};
use invest_explorer::query::{Amounts, ChartKind, Filter, View, select};
use invest_explorer::state::Theme;
use invest_explorer::ui::slide::render_slide;

fn open_chart(
    harness: &mut egui_kittest::Harness<'_, invest_explorer::app::ExplorerApp>,
    chart: &str,
) {
    harness.get_by_label("Charts").click();
    harness.run();
    harness.get_by_label(chart).click();
    harness.run();
}

fn engine_count(filter: &Filter) -> usize {
    select(&Dataset::embedded().unwrap(), filter).len()
}

#[test]
fn clicking_a_district_bar_filters_to_that_district() {
    let mut harness = harness();
    open_chart(&mut harness, "By district");
    // The largest district by contracted amount is the top bar.
    let dataset = Dataset::embedded().unwrap();
    let table = &dataset.projects;
    let rows = select(&dataset, &Filter::default()).rows;
    let ChartData::Categories(chart) = charts::chart_data(
        table,
        Amounts::usd(table),
        &rows,
        &Filter::default(),
        ChartKind::Districts,
    ) else {
        panic!()
    };
    let top = chart.bars[0].key.clone();
    // "Other" is drawn but filters nothing.
    assert!(harness.query_by_label_contains("Bar Other (").is_some());
    harness.get_by_label(&format!("Bar {top}")).click();
    harness.run();
    harness.get_by_label(&format!("District: {top}  ×"));
    let expected = engine_count(&Filter {
        districts: [top].into(),
        ..Filter::default()
    });
    assert_eq!(shown_count(&harness), expected);
}

#[test]
fn with_one_sector_by_sector_shows_sub_sectors_and_a_click_filters_to_one() {
    let mut harness = harness();
    open_chart(&mut harness, "By sector");
    harness.get_by_label("Bar Finance").click();
    harness.run();
    harness.get_by_label("Sector: Finance  ×");
    // One sector selected: its sub-sectors, not one lonely bar.
    assert!(harness.query_by_label("Bar Finance").is_none());
    harness.get_by_label("Bar Banking").click();
    harness.run();
    harness.get_by_label_contains("Banking  ×");
    let expected = engine_count(&Filter {
        sectors: ["Finance".to_owned()].into(),
        sub_sectors: ["Banking".to_owned()].into(),
        ..Filter::default()
    });
    assert_eq!(shown_count(&harness), expected);
}

#[test]
fn chart_data_exports_from_the_window_exactly_as_drawn() {
    let dir = tempfile::tempdir().unwrap();
    let dialogs = Arc::new(StubDialogs::default());
    let mut harness = harness_with(Arc::clone(&dialogs));
    open_chart(&mut harness, "Over time");
    let path = dir.path().join("over-time.csv");
    *dialogs.save.lock().unwrap() = Some(path.clone());
    harness.get_by_label("Export this…").click();
    harness.run();
    harness.get_by_label("Chart data as CSV…").click();
    settle(&mut harness);
    let mut reader = csv::Reader::from_path(&path).unwrap();
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(
        header,
        [
            "year",
            "projects",
            "contracted_usd_m",
            "cumulative_projects",
            "cumulative_contracted_usd_m"
        ]
    );
    let rows: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect();
    let dataset = Dataset::embedded().unwrap();
    let years = dataset.projects.year.known();
    let (first, last) = (years.clone().min().unwrap(), years.max().unwrap());
    assert_eq!(rows.len(), (last - first + 1) as usize, "one row per year");
    assert_eq!(rows[0][0], first.to_string());
    let last_row = rows.last().unwrap();
    assert_eq!(last_row[3], "3530");
    let total: f64 = last_row[4].parse().unwrap();
    assert!((total - 70_400.0).abs() < 1e-6, "{total}");

    // XLSX too, with the chart's own sheet.
    let path = dir.path().join("over-time.xlsx");
    *dialogs.save.lock().unwrap() = Some(path.clone());
    harness.get_by_label("Export this…").click();
    harness.run();
    harness.get_by_label("Chart data as XLSX…").click();
    settle(&mut harness);
    use calamine::Reader as _;
    let workbook = calamine::open_workbook_auto(&path).unwrap();
    assert_eq!(workbook.sheet_names()[0], "Over time");
}

/// Every chart kind for the default data, one project, one year and no match, in both themes, as slides.
/// `KEEP_CHART_PNG=DIR` keeps the pictures for eyes.
#[test]
fn every_chart_renders_for_awkward_selections_in_both_themes() {
    let dataset = Dataset::embedded().unwrap();
    let one_project = dataset.projects.name.get(0).to_owned();
    let selections = [
        ("all", Filter::default()),
        (
            "one-project",
            Filter {
                search: one_project,
                ..Filter::default()
            },
        ),
        (
            "one-year",
            Filter {
                year_from: Some(2017),
                year_to: Some(2017),
                ..Filter::default()
            },
        ),
        (
            "no-match",
            Filter {
                search: "no project is called this".into(),
                ..Filter::default()
            },
        ),
    ];
    // The whole matrix for eyes (slow in a debug build); one awkward selection in the dark theme otherwise.
    let keep = std::env::var_os("KEEP_CHART_PNG");
    let themes: &[Theme] = if keep.is_some() {
        &[Theme::Light, Theme::Dark]
    } else {
        &[Theme::Dark]
    };
    for (name, filter) in &selections {
        if keep.is_none() && *name != "one-year" {
            continue;
        }
        assert!(select(&dataset, filter).len() < 3530 || *name == "all");
        for chart in ChartKind::ALL {
            for &theme in themes {
                let image = chart_slide(&dataset, filter.clone(), chart, theme);
                assert_eq!((image.width, image.height), (1920, 1080));
                // Not a blank page: bars, labels and the caption put many colours on it.
                let distinct: std::collections::BTreeSet<&[u8]> = image.rgba.chunks(4).collect();
                assert!(
                    distinct.len() > 30,
                    "{name} {chart:?}: {} colours",
                    distinct.len()
                );
                if let Some(dir) = &keep {
                    let file = format!("{name}-{}-{theme:?}.png", chart.key()).to_lowercase();
                    invest_explorer::export::png::write_png(
                        &std::path::Path::new(dir).join(file),
                        image.width,
                        image.height,
                        &image.rgba,
                    )
                    .unwrap();
                }
            }
        }
    }
}

/// The running totals are flat steps a line wide, not a thick slanted ribbon: egui_plot merges points less than a
/// pixel apart across (each step's two points at one x) into a "band" unless told not to. Measured on the slide's
/// cumulative-projects panel: down most pixel columns, the line is a few pixels tall.
#[test]
fn running_totals_are_drawn_as_thin_steps() {
    let dataset = Dataset::embedded().unwrap();
    let image = chart_slide(
        &dataset,
        Filter::default(),
        ChartKind::OverTime,
        Theme::Light,
    );
    let [r, g, b] = invest_explorer::query::palette::SERIES_COLOUR;
    let is_line = |x: usize, y: usize| {
        let i = 4 * (y * image.width as usize + x);
        let p = &image.rgba[i..i + 3];
        p[0].abs_diff(r) as u32 + p[1].abs_diff(g) as u32 + p[2].abs_diff(b) as u32 <= 60
    };
    // The lower right panel of the 1920×1080 slide (cumulative projects), inside its frame.
    let mut runs: Vec<usize> = (1100..1850)
        .map(|x| {
            let (mut longest, mut run) = (0, 0);
            for y in 540..850 {
                run = if is_line(x, y) { run + 1 } else { 0 };
                longest = longest.max(run);
            }
            longest
        })
        .filter(|&run| run > 0)
        .collect();
    assert!(
        runs.len() > 500,
        "the line crosses the panel: {}",
        runs.len()
    );
    runs.sort_unstable();
    let median = runs[runs.len() / 2];
    assert!(
        median <= 6,
        "the line is {median} px tall down a typical column"
    );
}

/// Every chart plots amounts in the unit its axis title names, which follows the reader (万美元 in Chinese):
/// `MoneyFormat::scaled` is the English unit, so drawing code must use `scaled_in(lang, …)`. (Chinese charts were
/// once drawn in millions under a 万 title, 100× off their own axis and value labels.)
#[test]
fn chart_drawing_plots_amounts_in_the_readers_unit() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui/charts");
    let mut checked = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(
            !text.contains(".scaled("),
            "{}: plots in the English unit under the reader's axis title",
            path.display()
        );
        checked += 1;
    }
    assert!(checked >= 4, "{checked} chart files");
}

/// The 1920×1080 slide of `chart` over the rows `filter` selects, in English.
fn chart_slide(
    dataset: &Dataset,
    filter: Filter,
    chart: ChartKind,
    theme: Theme,
) -> invest_explorer::ui::offscreen::RenderedImage {
    let view = View {
        filter,
        tab: invest_explorer::query::Tab::Charts,
        chart,
        ..View::default()
    };
    let derived = invest_explorer::query::Derived::compute(dataset, &view);
    render_slide(
        dataset,
        &derived,
        &view,
        invest_explorer::query::Tab::Charts,
        theme,
        invest_explorer::i18n::Lang::En,
        None,
    )
}
