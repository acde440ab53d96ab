//! The story panel and presentation mode through the real UI: building a story, presenting it with the keyboard,
//! leaving back to exactly the view from before, drilling live and reverting, story files in and out, and the
//! shortcut list.

use std::sync::Arc;

use crate::common::{StubDialogs, app_on, harness, harness_for, harness_with, platform, settle};
use egui::{Key, Modifiers, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use invest_explorer::app::ExplorerApp;
use invest_explorer::model::Dataset;
use invest_explorer::query::story::{Slide, Story};
use invest_explorer::query::{self, ChartKind, Filter, Tab, View};

const CTRL_SHIFT: Modifiers = Modifiers::COMMAND.plus(Modifiers::SHIFT);

fn press(harness: &mut Harness<'_, ExplorerApp>, key: Key) {
    harness.key_press(key);
    settle(harness);
}

fn count(filter: &Filter) -> usize {
    query::select(&Dataset::embedded().unwrap(), filter).len()
}

fn finance() -> Filter {
    Filter {
        sectors: ["Finance".to_owned()].into(),
        ..Filter::default()
    }
}

/// Gives the selected slide `title` through its title field (select all, then type over it).
fn rename_selected_slide(harness: &mut Harness<'_, ExplorerApp>, title: &str) {
    harness.get_by_label("Slide title").focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.get_by_label("Slide title").type_text(title);
    settle(harness);
    // Leave the field, so keys go to the window again.
    harness.key_press(Key::Escape);
    settle(harness);
}

fn add_slide(harness: &mut Harness<'_, ExplorerApp>, title: &str) {
    harness.get_by_label("Add current view as slide").click();
    settle(harness);
    rename_selected_slide(harness, title);
}

fn tick(harness: &mut Harness<'_, ExplorerApp>, name: &str) {
    harness.get_by_role_and_label(Role::CheckBox, name).click();
    settle(harness);
}

/// A story of three slides: all projects, Finance on the sector chart, Finance in Yuzhong on the map.
fn three_slides() -> Story {
    let slide = |title: &str, filter: Filter, tab: Tab| Slide {
        title: title.to_owned(),
        caption: format!("About {title}"),
        view: View {
            filter,
            tab,
            chart: ChartKind::Sectors,
            ..View::default()
        },
    };
    let mut yuzhong = finance();
    yuzhong.districts.insert("Yuzhong".to_owned());
    Story {
        title: "Board".to_owned(),
        slides: vec![
            slide("Everything", Filter::default(), Tab::Table),
            slide("Finance by sector", finance(), Tab::Charts),
            slide("Finance in Yuzhong", yuzhong, Tab::Map),
        ],
    }
}

fn harness_on(story: Story) -> Harness<'static, ExplorerApp> {
    let mut app = app_on(
        Dataset::embedded().unwrap(),
        platform(Arc::new(StubDialogs::default())),
    );
    app.state.story = story;
    harness_for(app)
}

#[test]
fn a_story_built_in_the_panel_presents_and_esc_returns_to_the_view_before() {
    let mut harness = harness();
    harness.key_press_modifiers(CTRL_SHIFT, Key::T);
    settle(&mut harness);
    add_slide(&mut harness, "All of Chongqing");
    tick(&mut harness, "Finance");
    add_slide(&mut harness, "Finance");
    tick(&mut harness, "Yuzhong");
    harness.get_by_label("Map").click();
    settle(&mut harness);
    add_slide(&mut harness, "Finance in Yuzhong");
    let story = &harness.state().state.story;
    assert_eq!(story.slides.len(), 3);
    assert_eq!(story.slides[2].title, "Finance in Yuzhong");
    assert_eq!(story.slides[2].view.tab, Tab::Map);

    // Something of the user's own, to come back to.
    tick(&mut harness, "Yuzhong");
    let before = harness.state().state.view.clone();
    harness.get_by_label("1. All of Chongqing").click();
    settle(&mut harness);
    let before_jump_back = harness.state().state.view.clone();
    assert_ne!(
        before_jump_back, before,
        "a click on a slide shows its view"
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    settle(&mut harness);
    assert_eq!(
        harness.state().state.view,
        before,
        "jumping is one undo step"
    );

    press(&mut harness, Key::F5);
    assert!(harness.query_by_label("1 / 3").is_some());
    assert!(harness.query_by_label("All of Chongqing").is_some());
    assert!(
        harness.query_by_label("File").is_none(),
        "no menus while presenting"
    );
    press(&mut harness, Key::ArrowRight);
    press(&mut harness, Key::ArrowRight);
    assert!(harness.query_by_label("3 / 3").is_some());
    assert!(harness.query_by_label("Finance in Yuzhong").is_some());
    let mut third = finance();
    third.districts.insert("Yuzhong".to_owned());
    let expected = format!("{} of 3,530 projects", count(&third));
    assert!(
        harness.query_by_label_contains(&expected).is_some(),
        "no {expected:?} on the third slide"
    );
    press(&mut harness, Key::ArrowRight);
    assert!(
        harness.query_by_label("3 / 3").is_some(),
        "the last slide stays"
    );

    press(&mut harness, Key::Escape);
    assert!(harness.state().ui.presentation.is_none());
    assert_eq!(harness.state().state.view, before);
    assert!(harness.query_by_label("File").is_some());
}

#[test]
fn digits_and_enter_jump_and_home_and_end_go_to_the_ends() {
    let mut harness = harness_on(three_slides());
    press(&mut harness, Key::F5);
    assert!(harness.query_by_label("1 / 3").is_some());
    press(&mut harness, Key::Num3);
    assert!(harness.query_by_label_contains("Go to 3").is_some());
    press(&mut harness, Key::Enter);
    assert!(harness.query_by_label("3 / 3").is_some());
    assert_eq!(harness.state().state.view.tab, Tab::Map);
    press(&mut harness, Key::Home);
    assert!(harness.query_by_label("1 / 3").is_some());
    press(&mut harness, Key::End);
    assert!(harness.query_by_label("3 / 3").is_some());
    press(&mut harness, Key::PageUp);
    assert!(harness.query_by_label("2 / 3").is_some());
    assert!(harness.query_by_label("About Finance by sector").is_some());
    // A number past the end goes nowhere.
    press(&mut harness, Key::Num9);
    press(&mut harness, Key::Enter);
    assert!(harness.query_by_label("2 / 3").is_some());
}

#[test]
fn a_click_on_a_bar_drills_in_live_and_r_reverts_the_slide() {
    let mut story = three_slides();
    story.slides[1].view.filter = Filter::default();
    let mut harness = harness_on(story);
    press(&mut harness, Key::F5);
    press(&mut harness, Key::Space);
    assert!(harness.query_by_label("2 / 3").is_some());
    harness.get_by_label("Bar Finance").click();
    settle(&mut harness);
    let expected = format!("{} of 3,530 projects", count(&finance()));
    assert!(harness.query_by_label_contains(&expected).is_some());
    assert_eq!(harness.state().state.view.filter, finance());

    press(&mut harness, Key::R);
    assert_eq!(harness.state().state.view.filter, Filter::default());
    assert!(harness.query_by_label("2 / 3").is_some());
    press(&mut harness, Key::Escape);
    assert_eq!(harness.state().state.view, View::default());
    assert!(harness.state().ui.presentation.is_none() && harness.query_by_label("File").is_some());
    // The drill during the presentation is not in the user's undo history.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    settle(&mut harness);
    assert_eq!(harness.state().state.view, View::default());
}

#[test]
fn without_a_story_the_current_view_is_presented_as_one_slide() {
    let mut harness = harness();
    tick(&mut harness, "Finance");
    let before = harness.state().state.view.clone();
    harness.get_by_label("View").click();
    settle(&mut harness);
    harness.get_by_label_contains("Present").click();
    settle(&mut harness);
    assert!(harness.query_by_label("1 / 1").is_some());
    assert!(harness.query_by_label("Current view").is_some());
    press(&mut harness, Key::ArrowRight);
    assert!(harness.query_by_label("1 / 1").is_some());
    press(&mut harness, Key::Escape);
    assert_eq!(harness.state().state.view, before);
}

#[test]
fn a_story_saved_to_a_file_opens_again_the_same() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("board.story.ron");
    let dialogs = Arc::new(StubDialogs::default());
    *dialogs.save.lock().unwrap() = Some(path.clone());
    *dialogs.open.lock().unwrap() = Some(path.clone());
    let mut app = app_on(Dataset::embedded().unwrap(), platform(dialogs));
    app.state.story = three_slides();
    let mut harness = harness_for(app);
    harness.key_press_modifiers(CTRL_SHIFT, Key::S);
    settle(&mut harness);
    assert_eq!(Story::load(&path).unwrap(), three_slides());

    harness.state_mut().state.story = Story::default();
    harness.get_by_label("File").click();
    settle(&mut harness);
    harness.get_by_label_contains("Open story…").click();
    settle(&mut harness);
    assert_eq!(harness.state().state.story, three_slides());
    assert!(
        harness
            .query_by_label_contains("Opened the story")
            .is_some()
    );
    assert!(
        harness.query_by_label("1. Everything").is_some(),
        "the panel shows it"
    );
}

#[test]
fn a_bad_story_file_is_one_located_notice_and_loads_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cut.story.ron");
    std::fs::write(&path, "(title: \"Board\",\n slides: [(title: ").unwrap();
    let dialogs = Arc::new(StubDialogs::default());
    *dialogs.open.lock().unwrap() = Some(path.clone());
    let mut harness = harness_with(dialogs);
    harness.key_press_modifiers(CTRL_SHIFT, Key::O);
    settle(&mut harness);
    assert_eq!(harness.state().state.story, Story::default());
    let notice = harness.state().ui.notice.clone().expect("a notice");
    assert!(notice.is_error);
    assert!(notice.text.contains("cut.story.ron"), "{}", notice.text);
    assert!(notice.text.contains("line 2"), "{}", notice.text);

    // Unknown names load, with a warning naming the slide.
    std::fs::write(
        &path,
        "(slides: [(), (title: \"Mars\", view: (filter: (sectors: [\"Mining on Mars\"])))])",
    )
    .unwrap();
    harness.key_press_modifiers(CTRL_SHIFT, Key::O);
    settle(&mut harness);
    assert_eq!(harness.state().state.story.slides.len(), 2);
    let notice = harness.state().ui.notice.clone().expect("a warning");
    assert!(
        notice.is_error && notice.text.contains("slide 2"),
        "{}",
        notice.text
    );
    assert!(notice.text.contains("Mining on Mars"), "{}", notice.text);
    // Its slide matches nothing: the empty state, not an error.
    harness.state_mut().ui.story_slide = Some(1);
    press(&mut harness, Key::F5);
    assert!(
        harness
            .query_by_label("No projects match these filters")
            .is_some()
    );
}

#[test]
fn story_edits_reorder_duplicate_update_and_delete_through_the_panel() {
    let mut harness = harness_on(three_slides());
    harness.key_press_modifiers(CTRL_SHIFT, Key::T);
    settle(&mut harness);
    harness.get_by_label("3. Finance in Yuzhong").click();
    settle(&mut harness);
    harness.get_by_label("Move up").click();
    settle(&mut harness);
    let titles = |h: &Harness<'_, ExplorerApp>| -> Vec<String> {
        h.state()
            .state
            .story
            .slides
            .iter()
            .map(|s| s.title.clone())
            .collect()
    };
    assert_eq!(
        titles(&harness),
        ["Everything", "Finance in Yuzhong", "Finance by sector"]
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::D);
    settle(&mut harness);
    assert_eq!(titles(&harness)[2], "Finance in Yuzhong");
    harness.get_by_label("Charts").click();
    settle(&mut harness);
    harness.get_by_label("Update from current view").click();
    settle(&mut harness);
    assert_eq!(harness.state().state.story.slides[2].view.tab, Tab::Charts);
    assert_eq!(harness.state().state.story.slides[1].view.tab, Tab::Map);
    harness.get_by_label("Delete slide").click();
    settle(&mut harness);
    assert_eq!(
        titles(&harness),
        ["Everything", "Finance in Yuzhong", "Finance by sector"]
    );
}

#[test]
fn the_shortcut_list_shows_the_keys_of_this_window_and_of_presenting() {
    let mut harness = harness();
    press(&mut harness, Key::F1);
    assert!(harness.query_by_label("Keyboard shortcuts").is_some());
    for description in [
        "Next slide",
        "Leave, back to the view from before",
        "Map tab",
    ] {
        assert!(
            harness.query_by_label(description).is_some(),
            "{description}"
        );
    }
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num4);
    settle(&mut harness);
    assert_eq!(harness.state().state.view.tab, Tab::Map);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::F);
    settle(&mut harness);
    harness
        .get_by_label("Search")
        .type_text("zz-no-such-project");
    settle(&mut harness);
    assert_eq!(
        harness.state().state.view.filter.search,
        "zz-no-such-project"
    );
}

#[test]
fn presenting_on_a_1920_by_1080_screen_makes_body_text_at_least_24_px() {
    let app = app_on(
        Dataset::embedded().unwrap(),
        platform(Arc::new(StubDialogs::default())),
    );
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1920.0, 1080.0))
        .build_eframe(|cc| {
            invest_explorer::ui::fonts::install_fonts(
                &cc.egui_ctx,
                invest_explorer::i18n::Lang::En,
            );
            app
        });
    settle(&mut harness);
    let body_px = |h: &Harness<'_, ExplorerApp>| {
        let style = h.ctx.global_style();
        style.text_styles[&egui::TextStyle::Body].size * h.ctx.pixels_per_point()
    };
    assert!(body_px(&harness) < 24.0);
    press(&mut harness, Key::F5);
    assert!(body_px(&harness) >= 24.0, "{} px", body_px(&harness));
    press(&mut harness, Key::Escape);
    assert!(
        (harness.ctx.zoom_factor() - 1.0).abs() < 1e-6,
        "the scale is restored"
    );
}
