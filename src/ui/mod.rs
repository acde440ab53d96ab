//! VIEW: egui panels. Each draws from `&` data ([`ViewContext`]) and pushes [`Command`]s for anything that changes
//! state. With `app`, the only module that uses egui, egui_plot or rfd; it never imports `app`.
//!
//! Where a new panel goes: a file here with a `*_ui` function (or a small struct with `ui()` when it keeps state
//! between frames, in [`Panels`]), drawn from `Panels::ui`; what it needs to read goes in `ViewContext`, what it
//! changes is a new `Command`.

pub mod about;
pub mod breakdown;
pub mod charts;
pub mod chips;
pub mod detail;
pub mod file_chooser;
pub mod filter_panel;
pub mod fonts;
pub mod key_figures;
pub mod map;
pub mod menu;
pub mod offscreen;
pub mod open_dialog;
pub mod opportunities;
pub mod pinned;
pub mod present;
pub mod quality;
pub mod shortcuts;
pub mod slide;
pub mod state;
pub mod status_bar;
pub mod story;
pub mod table;
pub mod theme;

pub use state::{Activity, FileRequest, Notice, OpenDraft, UiState};

use crate::command::Command;
use crate::format::MoneyFormat;
use crate::i18n::Lang;
use crate::model::Dataset;
use crate::query::story::Story;
use crate::query::{ClientSafe, Derived, Filter, Names, Tab, View, labels};
use crate::state::Theme;
use crate::tr;

/// What every panel may read this frame.
pub struct ViewContext<'a> {
    pub dataset: &'a Dataset,
    pub derived: &'a Derived,
    pub view: &'a View,
    pub theme: Theme,
    /// The interface language: every panel writes its text with `tr!(context.lang, "id")`, names fields with
    /// `query::labels::field_title(field, context.lang)` and reference values with
    /// `query::labels::value_name(context.dataset, field, value, context.lang)`.
    pub lang: Lang,
    /// The user's saved views (from `AppState`).
    pub saved_views: &'a [View],
    /// Notices, dialogs, selected rows.
    pub ui: &'a UiState,
    /// Background work, the file watch, undo.
    pub activity: Activity,
    /// The story being built (from `AppState`).
    pub story: &'a Story,
    /// The client-safe switch: which columns are hidden, the watermark.
    pub client_safe: &'a ClientSafe,
    /// How project and investor names are written: real, or pseudonyms while client-safe is on.
    pub names: Names<'a>,
}

/// The `UiState` of a picture drawn offscreen: nothing selected, no notice, no dialog.
static NOTHING_SHOWN: UiState = UiState::NOTHING;
static NO_STORY: Story = Story {
    title: String::new(),
    slides: Vec::new(),
};

/// Client-safe off: what a context shows unless the window says otherwise.
static CLIENT_SAFE_OFF: ClientSafe = ClientSafe {
    enabled: false,
    confidential: std::collections::BTreeSet::new(),
    prepared_for: String::new(),
};

impl<'a> ViewContext<'a> {
    /// The one constructor: `view` of `dataset` in `theme` and `lang`, with nothing else shown (as a slide draws
    /// it). The window adds its own state with struct update syntax:
    /// `ViewContext { ui, activity, ..ViewContext::new(…) }`.
    pub fn new(
        dataset: &'a Dataset,
        derived: &'a Derived,
        view: &'a View,
        theme: Theme,
        lang: Lang,
    ) -> Self {
        Self {
            dataset,
            derived,
            view,
            theme,
            lang,
            saved_views: &[],
            ui: &NOTHING_SHOWN,
            activity: Activity::default(),
            story: &NO_STORY,
            client_safe: &CLIENT_SAFE_OFF,
            names: Names::Real,
        }
    }

    /// The context with `client_safe` applied: names as pseudonyms while it is on.
    pub fn with_client_safe(self, client_safe: &'a ClientSafe, lang: crate::i18n::Lang) -> Self {
        Self {
            client_safe,
            // Pseudonyms are made only once client-safe is first switched on.
            names: if client_safe.enabled {
                Names::Pseudonyms(self.derived.pseudonyms(self.dataset), lang)
            } else {
                Names::Real
            },
            ..self
        }
    }

    /// The columns of the view that may be shown (confidential ones hidden while client-safe is on).
    pub fn visible_columns(&self) -> Vec<crate::model::ColumnId> {
        let table = &self.dataset.projects;
        self.client_safe
            .columns(table, &self.view.visible_columns(table))
    }

    pub fn money(&self) -> MoneyFormat {
        self.view.money
    }
}

/// The panels that keep UI-only state between frames (what is typed in their boxes).
#[derive(Default)]
pub struct Panels {
    filter_panel: filter_panel::FilterPanel,
    table: table::ProjectTableView,
    file_chooser: file_chooser::FileChooser,
    opportunities: opportunities::OpportunitiesTab,
}

impl Panels {
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        context: &ViewContext<'_>,
        commands: &mut Vec<Command>,
    ) {
        if let Some(presentation) = &context.ui.presentation {
            present::presentation_ui(ui, context, presentation, commands);
            shortcuts::shortcuts_ui(ui, context, commands);
            return;
        }
        egui::Panel::top("menu_bar").show(ui, |ui| menu::menu_bar_ui(ui, context, commands));
        status_bar::status_bar_ui(ui, context);
        egui::Panel::left("filter_panel")
            .resizable(true)
            .default_size(240.0)
            .size_range(210.0..=420.0)
            .show(ui, |ui| self.filter_panel.ui(ui, context, commands));
        if context.ui.show_story {
            egui::Panel::right("story_panel")
                .resizable(true)
                .default_size(260.0)
                .size_range(220.0..=480.0)
                .show(ui, |ui| story::story_panel_ui(ui, context, commands));
        }
        // The detail panel only while a project is focused or rows are selected: the table gets the width.
        let mut detail_shown =
            context.ui.focused_project.is_some() || !context.ui.selected_rows.is_empty();
        egui::Panel::right("detail_panel")
            .resizable(true)
            .drag_to_open(false)
            .default_size(240.0)
            .size_range(220.0..=480.0)
            .show_collapsible(ui, &mut detail_shown, |ui| {
                detail::detail_panel_ui(ui, context, commands)
            });
        let central = egui::CentralPanel::default().show(ui, |ui| {
            loading_ui(ui, context, commands);
            file_banners_ui(ui, context, commands);
            chips::chips_ui(ui, context, commands);
            key_figures::key_figures_ui(ui, context);
            ui.add_space(6.0);
            tabs_ui(ui, context, commands);
            ui.separator();
            match context.view.tab {
                Tab::Table => self.table.ui(ui, context, commands),
                Tab::Breakdown => breakdown::breakdown_ui(ui, context, commands),
                Tab::Charts => charts::charts_ui(ui, context, commands),
                Tab::Map => map::map_ui(ui, context, commands),
                Tab::Opportunities => self.opportunities.ui(ui, context, commands),
            }
        });
        toasts_ui(ui.ctx(), central.response.rect, context, commands);
        if let Some(request) = &context.ui.file_request {
            self.file_chooser.ui(ui.ctx(), request, commands);
        }
        if context.ui.show_about {
            about::about_window_ui(ui.ctx(), context, commands);
        }
        if context.ui.show_quality {
            quality::quality_window_ui(ui.ctx(), context, commands);
        }
        if let Some(draft) = &context.ui.open_draft {
            open_dialog::open_dialog_ui(ui.ctx(), draft, context, commands);
        }
        if context.ui.show_shortcuts {
            shortcuts::shortcuts_window_ui(ui.ctx(), context, commands);
        }
        drop_hint_ui(ui.ctx(), context.lang);
        shortcuts::shortcuts_ui(ui, context, commands);
        copy_shortcut(ui, commands);
    }
}

fn tabs_ui(ui: &mut egui::Ui, context: &ViewContext<'_>, commands: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        for tab in Tab::ALL {
            let selected = context.view.tab == tab;
            let text = egui::RichText::new(tab.title_in(context.lang)).size(15.0);
            if ui.selectable_label(selected, text).clicked() && !selected {
                commands.push(Command::SetTab(tab));
            }
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            ui.menu_button(tr!(context.lang, "tab-export-this"), |ui| {
                menu::export_items_ui(ui, context, menu::Scope::Tab, commands);
            });
        });
    });
}

/// A load in progress: rows, megabytes and speed, a progress bar and Cancel.
fn loading_ui(ui: &mut egui::Ui, context: &ViewContext<'_>, commands: &mut Vec<Command>) {
    let Some((text, fraction)) = &context.activity.loading else {
        return;
    };
    ui.horizontal(|ui| {
        ui.add(
            egui::ProgressBar::new(*fraction)
                .desired_width(220.0)
                .show_percentage(),
        );
        ui.label(text);
        if ui.button(Command::CancelLoad.text(context.lang)).clicked() {
            commands.push(Command::CancelLoad);
        }
    });
}

/// Standing messages about the open file: it changed on disk; it is a plain table without project fields.
fn file_banners_ui(ui: &mut egui::Ui, context: &ViewContext<'_>, commands: &mut Vec<Command>) {
    let warn = ui.visuals().warn_fg_color;
    let lang = context.lang;
    if context.activity.file_changed {
        banner_ui(ui, warn, |ui| {
            ui.label(tr!(lang, "banner-file-changed"));
            for command in [Command::ReloadFile, Command::IgnoreFileChange] {
                if ui.button(command.text(lang)).clicked() {
                    commands.push(command);
                }
            }
        });
    }
    let Some(detected) = &context.dataset.detected else {
        return;
    };
    let missing = detected.mapping.missing_required();
    if !missing.is_empty() {
        let names: Vec<String> = missing
            .iter()
            .map(|&field| labels::field_title(field, lang))
            .collect();
        banner_ui(ui, warn, |ui| {
            ui.label(tr!(
                lang,
                "banner-plain-table",
                fields = names.join(&tr!(lang, "list-or"))
            ));
            if ui.button(Command::RemapFile.text(lang)).clicked() {
                commands.push(Command::RemapFile);
            }
        });
    }
    if !context.dataset.quality.is_clean() {
        ui.horizontal(|ui| {
            ui.label(
                egui::RichText::new(tr!(
                    lang,
                    "banner-quality",
                    headline =
                        crate::query::messages::quality_headline(&context.dataset.quality, lang)
                ))
                .small(),
            );
            if ui
                .small_button(Command::ShowQuality(true).text(lang))
                .clicked()
            {
                commands.push(Command::ShowQuality(true));
            }
        });
    }
}

fn banner_ui(ui: &mut egui::Ui, color: egui::Color32, add: impl FnOnce(&mut egui::Ui)) {
    egui::Frame::group(ui.style())
        .stroke(egui::Stroke::new(1.0, color))
        .show(ui, |ui| {
            ui.horizontal_wrapped(add);
        });
}

/// While files are dragged over the window, say what dropping them does.
fn drop_hint_ui(ctx: &egui::Context, lang: Lang) {
    if ctx.input(|i| i.raw.hovered_files.is_empty()) {
        return;
    }
    let screen = ctx.content_rect();
    let painter = ctx.layer_painter(egui::LayerId::new(
        egui::Order::Foreground,
        egui::Id::unique("drop_hint"),
    ));
    painter.rect_filled(screen, 0.0, egui::Color32::from_black_alpha(160));
    painter.text(
        screen.center(),
        egui::Align2::CENTER_CENTER,
        tr!(lang, "drop-hint"),
        egui::FontId::proportional(24.0),
        egui::Color32::WHITE,
    );
}

/// Errors, confirmations and running tasks as toasts over the bottom-right corner of the central panel, above
/// the status bar: they never move the page, and stay clear of the side panels' controls.
fn toasts_ui(
    ctx: &egui::Context,
    central: egui::Rect,
    context: &ViewContext<'_>,
    commands: &mut Vec<Command>,
) {
    let tasks: &[String] = if context.activity.loading.is_none() {
        &context.activity.tasks
    } else {
        // The load shows its own progress bar.
        &[]
    };
    if tasks.is_empty() && context.ui.notice.is_none() {
        return;
    }
    let margin = 12.0;
    egui::Area::new(egui::Id::unique("toasts"))
        .order(egui::Order::Foreground)
        .pivot(egui::Align2::RIGHT_BOTTOM)
        .fixed_pos(central.right_bottom() - egui::vec2(margin, margin))
        .constrain_to(central)
        .show(ctx, |ui| {
            let width = (central.width() - 2.0 * margin).clamp(200.0, 440.0);
            ui.set_max_width(width);
            for task in tasks {
                toast_frame(ui, ui.visuals().widgets.noninteractive.bg_stroke.color).show(
                    ui,
                    |ui| {
                        ui.horizontal(|ui| {
                            ui.spinner();
                            ui.label(task);
                        });
                    },
                );
            }
            if let Some(notice) = &context.ui.notice {
                notice_ui(ui, notice, context.lang, commands);
            }
        });
}

fn toast_frame(ui: &egui::Ui, color: egui::Color32) -> egui::Frame {
    egui::Frame::popup(ui.style())
        .stroke(egui::Stroke::new(1.0, color))
        .inner_margin(8.0)
}

/// One notice, with Dismiss.
fn notice_ui(ui: &mut egui::Ui, notice: &Notice, lang: Lang, commands: &mut Vec<Command>) {
    let color = if notice.is_error {
        ui.visuals().error_fg_color
    } else {
        ui.visuals().hyperlink_color
    };
    toast_frame(ui, color).show(ui, |ui| {
        ui.horizontal_top(|ui| {
            let mark = if notice.is_error {
                tr!(lang, "notice-error")
            } else {
                "●".to_owned()
            };
            ui.colored_label(color, mark);
            if ui.small_button(tr!(lang, "notice-dismiss")).clicked() {
                commands.push(Command::DismissNotice);
            }
            ui.add(egui::Label::new(&notice.text).wrap());
        });
    });
}

/// "No projects match these filters", with a way out: never a blank table or a broken chart.
pub fn empty_state_ui(ui: &mut egui::Ui, lang: Lang, commands: &mut Vec<Command>) {
    ui.add_space(40.0);
    ui.vertical_centered(|ui| {
        ui.heading(tr!(lang, "empty-title"));
        ui.label(tr!(lang, "empty-hint"));
        ui.add_space(8.0);
        if ui.button(tr!(lang, "empty-clear")).clicked() {
            commands.push(Command::SetFilter(Filter::default()));
        }
    });
}

/// The empty state of a picture (a chart PNG, a slide): the words only, in the middle of the page. A button or
/// an instruction to "remove a filter chip above" means nothing on a slide in front of a client.
pub fn empty_picture_ui(ui: &mut egui::Ui, lang: Lang) {
    ui.add_space(ui.available_height() * 0.35);
    ui.vertical_centered(|ui| {
        ui.heading(tr!(lang, "empty-title"));
    });
}

/// Ctrl+C copies the selected rows (the other shortcuts are in `shortcuts`'s table).
fn copy_shortcut(ui: &egui::Ui, commands: &mut Vec<Command>) {
    // Only when no text field has focus: there Ctrl+C copies the text.
    if ui.ctx().memory(|m| m.focused().is_some()) {
        return;
    }
    if ui.input(|i| i.events.iter().any(|e| matches!(e, egui::Event::Copy))) {
        commands.push(Command::CopySelectedRows);
    }
}
