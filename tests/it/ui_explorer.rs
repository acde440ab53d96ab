//! The explorer, driven through the real UI by label: search, facets, charts, chips, detail, empty state,
//! currency. Every assertion is on what the user sees, checked against the engine run independently.

use crate::common::{harness, shown_count, status};
use egui::Role;
use egui_kittest::kittest::Queryable;
use invest_explorer::format::{Currency, MoneyFormat, Scale};
use invest_explorer::model::Dataset;
use invest_explorer::query::{self, Facet, Filter};

fn engine_count(filter: &Filter) -> usize {
    let dataset = Dataset::embedded().unwrap();
    query::select(&dataset, filter).len()
}

#[test]
fn typing_in_search_narrows_the_table_and_the_status_bar() {
    let mut harness = harness();
    let search = harness.get_by_label("Search");
    search.focus();
    search.type_text("park");
    harness.run();
    let expected = engine_count(&Filter {
        search: "park".into(),
        ..Filter::default()
    });
    assert!(
        expected > 0 && expected < 3530,
        "the fixture search must narrow: {expected}"
    );
    assert_eq!(shown_count(&harness), expected, "{}", status(&harness));
    // The first row on screen is a project whose name or investor contains the text.
    let app = harness.state();
    let first = app.derived.selection.rows[0] as usize;
    let name = app.dataset.projects.name.get(first).to_owned();
    let investor = app.dataset.projects.investor.get(first).to_owned();
    assert!(format!("{name} {investor}").to_lowercase().contains("park"));
    harness.get_by_label(&name);
    harness.get_by_label("Search: “park”  ×");
}

#[test]
fn ticking_a_sector_updates_totals_other_facets_and_the_charts() {
    let mut harness = harness();
    harness
        .get_by_role_and_label(Role::CheckBox, "Finance")
        .click();
    harness.run();
    let finance = Filter {
        sectors: ["Finance".to_owned()].into(),
        ..Filter::default()
    };
    let expected = engine_count(&finance);
    assert_eq!(shown_count(&harness), expected);
    harness.get_by_label(&format!(
        "Projects: {}",
        invest_explorer::format::count(expected)
    ));
    harness.get_by_label("Sector: Finance  ×");

    // The district facet now counts finance projects only: Yuzhong's count is the engine's.
    let dataset = Dataset::embedded().unwrap();
    let (_, facets) = query::evaluate(&dataset, &finance);
    let yuzhong = dataset.projects.district.find("Yuzhong").unwrap();
    let yuzhong_count = facets.count(Facet::District, yuzhong);
    assert!(yuzhong_count > 0 && yuzhong_count < 500);
    let district_counts = harness
        .get_all_by_label(&invest_explorer::format::count(yuzhong_count as usize))
        .count();
    assert!(
        district_counts >= 1,
        "Yuzhong's finance count {yuzhong_count} is shown"
    );

    // One sector selected: "by sector" shows Finance's sub-sectors, and no other sector.
    harness.get_by_label("Charts").click();
    harness.run();
    harness.get_by_label("Bar Banking");
    assert!(harness.query_by_label("Bar Real estate").is_none());
}

#[test]
fn clicking_a_bar_adds_a_chip_and_removing_the_chip_restores_the_counts() {
    let mut harness = harness();
    harness.get_by_label("Charts").click();
    harness.run();
    harness.get_by_label("Bar Real estate").click();
    harness.run();
    let expected = engine_count(&Filter {
        sectors: ["Real estate".to_owned()].into(),
        ..Filter::default()
    });
    assert_eq!(shown_count(&harness), expected);
    let chip = harness.get_by_label("Sector: Real estate  ×");
    chip.click();
    harness.run();
    assert_eq!(shown_count(&harness), 3530);
    assert!(harness.query_by_label("Sector: Real estate  ×").is_none());
}

#[test]
fn clicking_a_year_bar_and_a_map_bubble_filter_too() {
    let mut harness = harness();
    harness.get_by_label("Charts").click();
    harness.run();
    harness.get_by_label("Over time").click();
    harness.run();
    harness
        .get_by_label("Contracted per year (USD m) 2015")
        .click();
    harness.run();
    harness.get_by_label("Year: 2015  ×");
    let expected = engine_count(&Filter {
        year_from: Some(2015),
        year_to: Some(2015),
        ..Filter::default()
    });
    assert_eq!(shown_count(&harness), expected);

    harness.get_by_label("Map").click();
    harness.run();
    harness.get_by_label("Central urban area").click();
    harness.run();
    harness.get_by_label("District Yuzhong").click();
    harness.run();
    harness.get_by_label("District: Yuzhong  ×");
    let expected = engine_count(&Filter {
        year_from: Some(2015),
        year_to: Some(2015),
        districts: ["Yuzhong".to_owned()].into(),
        ..Filter::default()
    });
    assert_eq!(shown_count(&harness), expected);
}

#[test]
fn clear_all_returns_to_every_project() {
    let mut harness = harness();
    harness
        .get_by_role_and_label(Role::CheckBox, "Manufacturing")
        .click();
    harness.run();
    harness
        .get_by_role_and_label(Role::CheckBox, "Banan")
        .click();
    harness.run();
    assert!(shown_count(&harness) < 3530);
    harness.get_by_label("Clear all").click();
    harness.run();
    assert_eq!(shown_count(&harness), 3530);
}

#[test]
fn the_detail_panel_shows_the_clicked_project() {
    let mut harness = harness();
    let app = harness.state();
    let row = app.derived.selection.rows[2] as usize;
    let name = app.dataset.projects.name.get(row).to_owned();
    let investor = app.dataset.projects.investor.get(row).to_owned();
    let district = app.dataset.district_of(row).unwrap().clone();
    harness.get_by_label(&name).click();
    harness.run();
    // The name now appears twice: in the table and as the detail panel's title.
    assert_eq!(harness.get_all_by_label(&name).count(), 2);
    assert!(harness.get_all_by_label(&investor).count() >= 2);
    harness.get_by_label(&format!("{} {}", district.name, district.name_zh));
    harness.get_by_label_contains("adcode");
}

#[test]
fn an_impossible_filter_shows_the_empty_state_with_a_way_out() {
    let mut harness = harness();
    let search = harness.get_by_label("Search");
    search.focus();
    search.type_text("no such project anywhere");
    harness.run();
    assert_eq!(shown_count(&harness), 0);
    harness.get_by_label("No projects match these filters");
    for tab in ["Breakdown", "Charts", "Map"] {
        harness.get_by_label(tab).click();
        harness.run();
        harness.get_by_label("No projects match these filters");
    }
    harness.get_by_label("Clear filters").click();
    harness.run();
    assert_eq!(shown_count(&harness), 3530);
}

#[test]
fn switching_to_cny_converts_each_row_at_its_contract_year_rate() {
    let mut harness = harness();
    harness.get_by_label("View").click();
    harness.run();
    harness
        .get_by_label("Renminbi (CNY, at each contract year's rate)")
        .click();
    harness.run();
    let dataset = Dataset::embedded().unwrap();
    let table = &dataset.projects;
    let cny: f64 = (0..table.len())
        .map(|row| table.contracted_usd_m[row] * dataset.cny_per_usd(row).unwrap())
        .sum();
    // Not simply USD × one rate: rows convert at different rates.
    assert!((cny / 70_400.0 - 6.5).abs() < 1.5);
    let money = MoneyFormat {
        currency: Currency::Cny,
        scale: Scale::Auto,
    };
    let expected = money.format(cny);
    assert!(expected.starts_with("CNY "));
    harness.get_by_label(&format!("Contracted: {expected}"));
    harness.get_by_label_contains(&format!("3,530 of 3,530 projects · {expected} contracted"));
}

#[test]
fn breakdown_drills_from_sector_to_sub_sectors_and_back() {
    let mut harness = harness();
    harness.get_by_label("Breakdown").click();
    harness.run();
    // The breakdown row (drawn above the cross-tab, whose row header has the same text).
    harness
        .get_all_by_role_and_label(Role::Label, "Finance")
        .next()
        .unwrap()
        .click();
    harness.run();
    harness.get_by_label("Sector: Finance  ×");
    let app = harness.state();
    let sub_sectors: Vec<String> = app.derived.groups.iter().map(|g| g.key.clone()).collect();
    assert!(!sub_sectors.is_empty());
    assert!(
        harness
            .get_all_by_role_and_label(Role::Label, &sub_sectors[0])
            .count()
            >= 1
    );
    harness.get_by_label("All sectors").click();
    harness.run();
    assert_eq!(shown_count(&harness), 3530);
    assert!(
        harness
            .get_all_by_role_and_label(Role::Label, "Real estate")
            .count()
            >= 1
    );
}

#[test]
fn ctrl_c_copies_the_selected_rows_as_tsv_that_pastes_into_excel() {
    let mut harness = harness();
    let (first, third) = {
        let app = harness.state();
        let rows = &app.derived.selection.rows;
        (rows[0] as usize, rows[2] as usize)
    };
    let name = |row: usize| harness.state().dataset.projects.name.get(row).to_owned();
    let (first_name, third_name) = (name(first), name(third));
    harness.get_by_label(&first_name).click();
    harness.run();
    harness
        .get_by_label(&third_name)
        .click_modifiers(egui::Modifiers::SHIFT);
    harness.run();
    assert_eq!(harness.state().ui.selected_rows.len(), 3);
    harness.get_by_label("3 rows selected");

    // What the operating system's copy shortcut becomes in egui.
    harness.event(egui::Event::Copy);
    // One frame turns the event into a command, the next applies it.
    harness.step();
    harness.step();
    let copied: Vec<String> = harness
        .output()
        .platform_output
        .commands
        .iter()
        .filter_map(|c| match c {
            egui::OutputCommand::CopyText(text) => Some(text.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(copied.len(), 1, "one copy: {copied:?}");
    let lines: Vec<&str> = copied[0].lines().collect();
    assert_eq!(lines.len(), 4, "a header and three rows");
    assert!(lines[0].starts_with("Project\tInvestor\tSector"));
    assert!(lines[1].starts_with(&format!("{first_name}\t")));
    assert!(lines[3].starts_with(&format!("{third_name}\t")));
    assert!(
        lines.iter().all(|l| l.split('\t').count() == 7),
        "columns intact"
    );
    harness.run();
    harness.get_by_label("Copied 3 rows to the clipboard.");
}
