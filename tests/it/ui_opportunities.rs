//! The Opportunities tab through the real UI: a preset reorders the ranking, a heat-map cell filters to itself,
//! two pinned sectors compare side by side, the ranking exports as CSV and the comparison as a PNG.

use std::sync::Arc;

use crate::common::{StubDialogs, harness, harness_with, settle};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use invest_explorer::app::ExplorerApp;
use invest_explorer::command::Command;
use invest_explorer::query::score::{Preset, ScoreBy};
use invest_explorer::query::{Pin, Scores};
use invest_explorer::state::Theme;

fn open_tab(harness: &mut Harness<'_, ExplorerApp>) {
    harness.get_by_label("Opportunities").click();
    settle(harness);
}

/// The ranking the tab computed, by `by`.
fn ranking(harness: &Harness<'_, ExplorerApp>, by: ScoreBy) -> Scores {
    let opportunity = harness.state().derived.opportunity.clone();
    opportunity
        .expect("the tab computed its scores")
        .ranking(by)
        .unwrap()
        .clone()
}

fn keys(scores: &Scores) -> Vec<String> {
    scores.groups.iter().map(|g| g.key.join(" · ")).collect()
}

#[test]
fn a_preset_reorders_the_ranking_and_the_note_says_synthetic() {
    let mut harness = harness();
    open_tab(&mut harness);
    harness.get_by_label("Sectors").click();
    settle(&mut harness);
    let before = ranking(&harness, ScoreBy::Sector);
    assert!(before.groups.len() > 3);
    harness.get_by_label_contains("illustrative: synthetic sample");
    // The top sector is on screen, with its pin.
    harness.get_by_label(&format!("Pin {}", before.groups[0].key[0]));

    harness.get_by_label("Policy-aligned").click();
    settle(&mut harness);
    let after = ranking(&harness, ScoreBy::Sector);
    assert_eq!(
        harness.state().state.view.score.weights,
        Preset::PolicyAligned.weights()
    );
    assert_ne!(keys(&before), keys(&after), "the ranking reorders");
    harness.get_by_label(&format!("Pin {}", after.groups[0].key[0]));
    // Policy-aligned puts a focus sector on top (policy fit is 1 for all of them, 0 for the rest).
    let top = &after.groups[0];
    let policy = top.factor(invest_explorer::query::Factor::Policy).unwrap();
    assert_eq!(policy.raw, 1.0, "{top:?}");

    // One undo step back to the balanced weights.
    harness
        .state_mut()
        .commands
        .push(invest_explorer::command::Command::Undo);
    settle(&mut harness);
    assert_eq!(keys(&ranking(&harness, ScoreBy::Sector)), keys(&before));
}

#[test]
fn a_click_on_a_heat_map_cell_filters_to_it() {
    let mut harness = harness();
    open_tab(&mut harness);
    harness.get_by_label("Heat-map").click();
    settle(&mut harness);

    let cells = ranking(&harness, ScoreBy::SectorDistrict);
    // The best cell is top left: its sector is the first column and its district the first row.
    let top = &cells.groups[0];
    let (sector, district) = (&top.key[0], &top.key[1]);
    harness
        .get_by_label_contains(&format!("{sector} in {district}: score"))
        .click();
    settle(&mut harness);
    let filter = &harness.state().state.view.filter;
    assert_eq!(filter.sectors, [sector.clone()].into());
    assert_eq!(filter.districts, [district.clone()].into());
    // The two chips say so.
    harness.get_by_label_contains(&format!("{sector}  ×"));
    harness.get_by_label_contains(&format!("{district}  ×"));
}

#[test]
fn two_pinned_sectors_compare_side_by_side_and_export_as_a_picture() {
    let dir = tempfile::tempdir().unwrap();
    let dialogs = Arc::new(StubDialogs::default());
    let mut harness = harness_with(Arc::clone(&dialogs));
    open_tab(&mut harness);
    harness.get_by_label("Sectors").click();
    settle(&mut harness);
    let sectors = ranking(&harness, ScoreBy::Sector);
    let names: Vec<String> = sectors.groups[..2]
        .iter()
        .map(|g| g.key[0].clone())
        .collect();
    for name in &names {
        harness.get_by_label(&format!("Pin {name}")).click();
        settle(&mut harness);
    }
    let pins = &harness.state().state.view.shortlist.pins;
    assert_eq!(
        pins,
        &names
            .iter()
            .map(|n| Pin::Sector(n.clone()))
            .collect::<Vec<_>>()
    );

    harness.get_by_label("Compare").click();
    settle(&mut harness);
    harness.get_by_label("The shortlist compared");
    let opportunity = harness.state().derived.opportunity.clone().unwrap();
    assert_eq!(opportunity.compared.len(), 2);
    let money = harness.state().state.view.money;
    for (name, compared) in names.iter().zip(&opportunity.compared) {
        assert!(
            harness.query_all_by_label(name).count() >= 2,
            "{name} heads its column and its splits"
        );
        let contracted = money.format(compared.summary.contracted_usd_m);
        assert!(
            harness.query_all_by_label(&contracted).count() >= 1,
            "{contracted}"
        );
        let score = compared.score.as_ref().unwrap().score.unwrap();
        assert!(harness.query_all_by_label(&format!("{score:.1}")).count() >= 1);
    }

    // In both themes: the picture is drawn offscreen in the window's theme.
    for (theme, file) in [
        (Theme::Light, "compare.png"),
        (Theme::Dark, "compare-dark.png"),
    ] {
        harness.state_mut().commands.push(Command::SetTheme(theme));
        settle(&mut harness);
        let path = dir.path().join(file);
        *dialogs.save.lock().unwrap() = Some(path.clone());
        harness.get_by_label("Compare as PNG…").click();
        settle(&mut harness);
        let image = image::open(&path).unwrap().to_rgba8();
        assert_eq!((image.width(), image.height()), (1920, 1080));
        let distinct: std::collections::BTreeSet<[u8; 4]> = image.pixels().map(|p| p.0).collect();
        assert!(distinct.len() > 50, "{} colours", distinct.len());
        if let Some(keep) = std::env::var_os("KEEP_SLIDE_PNG") {
            std::fs::copy(&path, std::path::Path::new(&keep).join(file)).unwrap();
        }
    }
}

#[test]
fn the_ranking_exports_as_csv_as_shown() {
    let dir = tempfile::tempdir().unwrap();
    let dialogs = Arc::new(StubDialogs::default());
    let mut harness = harness_with(Arc::clone(&dialogs));
    open_tab(&mut harness);
    let cells = ranking(&harness, ScoreBy::SectorDistrict);
    let path = dir.path().join("ranking.csv");
    *dialogs.save.lock().unwrap() = Some(path.clone());
    harness.get_by_label("Export this…").click();
    harness.run();
    harness.get_by_label("Ranking as CSV…").click();
    settle(&mut harness);
    let mut reader = csv::Reader::from_path(&path).unwrap();
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(
        &header[..6],
        [
            "sector",
            "district",
            "projects",
            "contracted_usd_m",
            "score",
            "thin"
        ]
    );
    assert_eq!(header.last().map(String::as_str), Some("why"));
    let rows: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect();
    assert_eq!(
        rows.len(),
        cells.groups.len(),
        "every cell, empty ones included"
    );
    let top = &cells.groups[0];
    assert_eq!(rows[0][..2], top.key[..]);
    assert_eq!(
        rows[0][4],
        format!("{}", (top.score.unwrap() * 100.0).round() / 100.0)
    );
    assert!(
        rows[0].last().unwrap().contains("/100"),
        "the why: {:?}",
        rows[0].last()
    );
}

/// The whole window with the tab open, drawn offscreen at a laptop's and a full-HD screen's size in both themes:
/// never blank, and kept for eyes with `KEEP_SLIDE_PNG=DIR`.
#[test]
fn the_tab_draws_at_laptop_and_full_hd_sizes_in_both_themes() {
    use invest_explorer::ui::offscreen::render_offscreen;
    let mut harness = harness();
    open_tab(&mut harness);
    for (section, size, theme, file) in [
        (
            None,
            egui::vec2(1280.0, 800.0),
            Theme::Light,
            "tab-1280-light.png",
        ),
        (
            Some("Heat-map"),
            egui::vec2(1920.0, 1080.0),
            Theme::Dark,
            "heat-1920-dark.png",
        ),
        (
            Some("Districts"),
            egui::vec2(1280.0, 800.0),
            Theme::Light,
            "districts-1280-light.png",
        ),
        (
            Some("Score map"),
            egui::vec2(1920.0, 1080.0),
            Theme::Dark,
            "score-map-1920-dark.png",
        ),
        (
            Some("Compare"),
            egui::vec2(1280.0, 800.0),
            Theme::Dark,
            "compare-1280-dark.png",
        ),
    ] {
        if section == Some("Compare") {
            for name in ["Manufacturing", "Finance"] {
                harness
                    .state_mut()
                    .commands
                    .push(Command::TogglePin(Pin::Sector(name.into())));
            }
            settle(&mut harness);
        }
        if let Some(section) = section {
            harness.get_by_label(section).click();
            settle(&mut harness);
        }
        if section == Some("Districts") {
            // The grouping by district: the ranking lists the districts, each with its pin.
            harness.get_by_label("Ranking").click();
            settle(&mut harness);
            harness.get_by_label("Pin Yuzhong");
            assert_eq!(harness.state().state.view.score.by, ScoreBy::District);
        }
        let app = harness.state_mut();
        let background = invest_explorer::ui::theme::background(theme);
        let image = render_offscreen(
            size,
            1.0,
            background,
            |ctx| {
                invest_explorer::ui::fonts::install_fonts(ctx, invest_explorer::i18n::Lang::En);
                invest_explorer::ui::theme::apply_theme(ctx, theme);
            },
            |ui| app.show(ui),
        );
        app.commands.clear();
        let distinct: std::collections::BTreeSet<&[u8]> = image.rgba.chunks(4).collect();
        assert!(distinct.len() > 50, "{file}: {} colours", distinct.len());
        if let Some(keep) = std::env::var_os("KEEP_SLIDE_PNG") {
            let path = std::path::Path::new(&keep).join(file);
            invest_explorer::export::png::write_png(&path, image.width, image.height, &image.rgba)
                .unwrap();
        }
    }
}

#[test]
fn by_district_the_score_map_colours_each_district_and_a_click_filters_to_it() {
    let mut harness = harness();
    open_tab(&mut harness);
    harness.get_by_label("Districts").click();
    settle(&mut harness);
    harness.get_by_label("Score map").click();
    settle(&mut harness);
    assert_eq!(harness.state().state.view.score.by, ScoreBy::District);
    // The Map tab's legend, titled by score; thin districts are drawn as the map draws empty ones.
    harness.get_by_label("Opportunity score 0–100");
    harness.get_by_label("No score (fewer than 3 projects)");
    harness.get_by_label_contains("Each district by its own score");

    let districts = ranking(&harness, ScoreBy::District);
    let yuzhong = districts
        .groups
        .iter()
        .find(|g| g.key == ["Yuzhong"])
        .expect("Yuzhong is scored");
    harness.get_by_label("District Yuzhong").hover();
    harness.run();
    harness.get_by_label(&format!(
        "Opportunity score {:.1} / 100",
        yuzhong.score.unwrap()
    ));
    // Its first reason, as the ranking's why says it.
    harness.get_by_label(&format!(
        "• {}",
        invest_explorer::query::score::why_text(&yuzhong.why[0])
    ));

    harness.get_by_label("District Yuzhong").click();
    settle(&mut harness);
    harness.get_by_label("District: Yuzhong  ×");
    assert_eq!(
        harness.state().state.view.filter.districts,
        ["Yuzhong".to_owned()].into()
    );
}

#[test]
fn by_cell_the_score_map_shows_each_districts_best_cell() {
    let mut harness = harness();
    open_tab(&mut harness);
    harness.get_by_label("Score map").click();
    settle(&mut harness);
    assert_eq!(harness.state().state.view.score.by, ScoreBy::SectorDistrict);
    harness.get_by_label("Best cell's opportunity score 0–100");
    let cells = ranking(&harness, ScoreBy::SectorDistrict);
    let best = cells
        .groups
        .iter()
        .find(|g| g.key[1] == "Yuzhong")
        .expect("Yuzhong has cells");
    harness.get_by_label("District Yuzhong").hover();
    harness.run();
    harness.get_by_label(&format!(
        "Best cell: {} · score {:.1} / 100",
        best.key[0],
        best.score.unwrap()
    ));
}

/// At 1280×800, in English and in Chinese, the ranking's last column can be brought into view whole while the
/// rank and name stay where they were (pinned, as in the project table), and its scroll bar stands at the right
/// edge before any sideways scroll.
#[test]
fn at_1280_the_rankings_last_column_scrolls_into_view_with_the_names_pinned() {
    use invest_explorer::i18n::{Lang, tr};
    use invest_explorer::state::AppState;
    let window = egui::vec2(1280.0, 800.0);
    for lang in [Lang::En, Lang::ZhHans] {
        let state = AppState {
            lang,
            ..AppState::default()
        };
        let app = ExplorerApp::with_platform(
            invest_explorer::model::Dataset::embedded().unwrap(),
            state,
            crate::common::platform(Arc::new(StubDialogs::default())),
        );
        let mut harness = crate::common::harness_sized(app, window);
        harness.get_by_label(&tr(lang, "tab-opportunities")).click();
        settle(&mut harness);
        let scores = ranking(&harness, harness.state().state.view.score.by);
        let top = invest_explorer::query::labels::group_label_in(
            &harness.state().dataset,
            scores.by,
            &scores.groups[0].key,
            lang,
        );
        let name = |harness: &Harness<'_, ExplorerApp>| {
            harness
                .get_all_by_role_and_label(egui::Role::Label, &top)
                .next()
                .unwrap_or_else(|| panic!("{top} is shown"))
                .rect()
        };
        let before = name(&harness);
        let last_title = tr(lang, "opp-col-thin");
        let last = |harness: &Harness<'_, ExplorerApp>| harness.get_by_label(&last_title).rect();
        assert!(
            last(&harness).right() > window.x,
            "{lang:?}: wider than the room"
        );
        harness.get_by_label(&last_title).scroll_to_me();
        harness.run();
        let shown = last(&harness);
        assert!(
            shown.left() >= before.right() && shown.right() <= window.x,
            "{lang:?}: the last column whole in view: {shown:?}"
        );
        assert_eq!(name(&harness), before, "{lang:?}: the name stayed put");
        let bars: Vec<egui::Rect> = harness
            .query_all_by_role(egui::Role::ScrollBar)
            .map(|node| node.rect())
            .filter(|rect| rect.height() > 4.0 * rect.width() && rect.right() <= window.x + 0.5)
            .collect();
        assert!(
            bars.iter().any(|bar| bar.right() >= window.x - 24.0),
            "{lang:?}: a vertical bar at the right edge: {bars:?}"
        );
    }
}
