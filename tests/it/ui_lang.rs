//! The interface language, driven through the window: View ▸ Language switches the tabs, the menus, the
//! filter chips (with the reference sector's Chinese name) and the status bar to 简体中文 or 繁體中文, and the
//! choice is part of the remembered state.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use invest_explorer::app::ExplorerApp;
use invest_explorer::command::Command;
use invest_explorer::i18n::{self, Lang};
use invest_explorer::query::Facet;
use invest_explorer::state::AppState;

use crate::common::{harness, settle};

/// Picks `lang` in View ▸ Language, the menu named in the language shown now.
fn switch_to(harness: &mut Harness<'_, ExplorerApp>, lang: Lang) {
    let shown = harness.state().state.lang;
    harness.get_by_label(&i18n::tr(shown, "menu-view")).click();
    harness.run();
    harness.get_by_label(lang.native_name()).click();
    settle(harness);
    // Close the menu, as a user would by clicking elsewhere.
    harness.key_press(egui::Key::Escape);
    settle(harness);
}

#[test]
fn view_language_switches_tabs_chips_and_status_bar_to_each_chinese_script() {
    let mut harness = harness();
    let sector = harness.state().dataset.reference.sectors[0].clone();
    harness.state_mut().commands.push(Command::FilterTo {
        facet: Facet::Sector,
        value: sector.name.clone(),
    });
    settle(&mut harness);
    for (lang, name, tabs, status) in [
        (
            Lang::ZhHans,
            &sector.name_zh,
            ["项目明细", "分类汇总", "图表", "地图"],
            "个项目（共 3,530 个）",
        ),
        (
            Lang::ZhHant,
            &sector.name_zh_hant,
            ["項目明細", "分類匯總", "圖表", "地圖"],
            "個項目（共 3,530 個）",
        ),
    ] {
        switch_to(&mut harness, lang);
        assert_eq!(harness.state().state.lang, lang);
        for tab in tabs {
            harness.get_by_label(tab);
        }
        harness.get_by_label(&i18n::tr(lang, "menu-file"));
        // The chip names the reference sector in the reader's script, under the facet's Chinese title.
        let chip = format!("{}：{name}  ×", i18n::tr(lang, "field-sector"),);
        harness.get_by_label(&chip);
        // The facet panel speaks it too: the sector's checkbox carries its name in the reader's script.
        assert!(
            harness.query_all_by_label(name).count() >= 1,
            "no facet value {name}"
        );
        harness.get_by_label_contains(status);
        assert!(
            harness
                .query_by_label_contains("of 3,530 projects")
                .is_none()
        );
    }
    switch_to(&mut harness, Lang::En);
    harness.get_by_label("Breakdown");
    harness.get_by_label_contains("of 3,530 projects");
}

#[test]
fn the_language_is_remembered_and_old_saves_load_in_english() {
    let state = AppState {
        lang: Lang::ZhHant,
        ..AppState::default()
    };
    let saved = ron::to_string(&state).unwrap();
    assert!(saved.contains("\"zh-Hant\""), "{saved}");
    let loaded: AppState = ron::from_str(&saved).unwrap();
    assert_eq!(loaded.lang, Lang::ZhHant);
    assert_eq!(loaded, state);
    // A save from before the language existed.
    let old: AppState = ron::from_str("(theme: Dark)").unwrap();
    assert_eq!(old.lang, Lang::En);
}
