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
pub mod filter_panel;
pub mod fonts;
pub mod key_figures;
pub mod map;
pub mod menu;
pub mod offscreen;
pub mod open_dialog;
pub mod quality;
pub mod slide;
pub mod state;
pub mod status_bar;
pub mod table;

pub use state::{Activity, Notice, OpenDraft, UiState};

use crate::command::Command;
use crate::format::MoneyFormat;
use crate::model::Dataset;
use crate::query::{ClientSafe, Derived, Filter, Names, Tab, View};
use crate::state::Theme;

/// What every panel may read this frame.
pub struct ViewContext<'a> {
    pub dataset: &'a Dataset,
    pub derived: &'a Derived,
    pub view: &'a View,
    pub theme: Theme,
    /// The user's saved views (from `AppState`).
    pub saved_views: &'a [View],
    /// Notices, dialogs, selected rows.
    pub ui: &'a UiState,
    /// Background work, the file watch, undo.
    pub activity: Activity,
    /// The client-safe switch: which columns are hidden, the watermark.
    pub client_safe: &'a ClientSafe,
    /// How project and investor names are written: real, or pseudonyms while client-safe is on.
    pub names: Names<'a>,
}

/// The `UiState` of a picture drawn offscreen: nothing selected, no notice, no dialog.
static NOTHING_SHOWN: UiState = UiState::NOTHING;

/// Client-safe off: what a context shows unless the window says otherwise.
static CLIENT_SAFE_OFF: ClientSafe = ClientSafe {
    enabled: false,
    confidential: std::collections::BTreeSet::new(),
    prepared_for: String::new(),
};

impl<'a> ViewContext<'a> {
    /// The one constructor: `view` of `dataset` in `theme`, with nothing else shown (as a slide draws it). The
    /// window adds its own state with struct update syntax: `ViewContext { ui, activity, ..ViewContext::new(…) }`.
    pub fn new(dataset: &'a Dataset, derived: &'a Derived, view: &'a View, theme: Theme) -> Self {
        Self {
            dataset,
            derived,
            view,
            theme,
            saved_views: &[],
            ui: &NOTHING_SHOWN,
            activity: Activity::default(),
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
}

impl Panels {
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        context: &ViewContext<'_>,
        commands: &mut Vec<Command>,
    ) {
        egui::Panel::top("menu_bar").show(ui, |ui| menu::menu_bar_ui(ui, context, commands));
        status_bar::status_bar_ui(ui, context);
        egui::Panel::left("filter_panel")
            .resizable(true)
            .default_size(240.0)
            .size_range(210.0..=420.0)
            .show(ui, |ui| self.filter_panel.ui(ui, context, commands));
        egui::Panel::right("detail_panel")
            .resizable(true)
            .default_size(240.0)
            .size_range(220.0..=480.0)
            .show(ui, |ui| detail::detail_panel_ui(ui, context, commands));
        egui::CentralPanel::default().show(ui, |ui| {
            loading_ui(ui, context, commands);
            notice_ui(ui, context, commands);
            file_banners_ui(ui, context, commands);
            chips::chips_ui(ui, &context.view.filter, commands);
            key_figures::key_figures_ui(ui, context);
            ui.add_space(6.0);
            tabs_ui(ui, context, commands);
            ui.separator();
            match context.view.tab {
                Tab::Table => self.table.ui(ui, context, commands),
                Tab::Breakdown => breakdown::breakdown_ui(ui, context, commands),
                Tab::Charts => charts::charts_ui(ui, context, commands),
                Tab::Map => map::map_ui(ui, context, commands),
            }
        });
        if context.ui.show_about {
            about::about_window_ui(ui.ctx(), context, commands);
        }
        if context.ui.show_quality {
            quality::quality_window_ui(ui.ctx(), context, commands);
        }
        if let Some(draft) = &context.ui.open_draft {
            open_dialog::open_dialog_ui(ui.ctx(), draft, &context.activity, commands);
        }
        drop_hint_ui(ui.ctx());
        shortcuts(ui, commands);
    }
}

fn tabs_ui(ui: &mut egui::Ui, context: &ViewContext<'_>, commands: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        for tab in Tab::ALL {
            let selected = context.view.tab == tab;
            let text = egui::RichText::new(tab.title()).size(15.0);
            if ui.selectable_label(selected, text).clicked() && !selected {
                commands.push(Command::SetTab(tab));
            }
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            ui.menu_button("Export this…", |ui| {
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
        if ui.button(Command::CancelLoad.text()).clicked() {
            commands.push(Command::CancelLoad);
        }
    });
}

/// Standing messages about the open file: it changed on disk; it is a plain table without project fields.
fn file_banners_ui(ui: &mut egui::Ui, context: &ViewContext<'_>, commands: &mut Vec<Command>) {
    let warn = ui.visuals().warn_fg_color;
    if context.activity.file_changed {
        banner_ui(ui, warn, |ui| {
            ui.label("The open file changed on disk.");
            for command in [Command::ReloadFile, Command::IgnoreFileChange] {
                if ui.button(command.text()).clicked() {
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
        let names: Vec<&str> = missing.iter().map(|f| f.title()).collect();
        banner_ui(ui, warn, |ui| {
            ui.label(format!(
                "Plain table: no column is mapped to {}. Every column is shown; key figures, charts and the map need those fields.",
                names.join(" or ")
            ));
            if ui.button(Command::RemapFile.text()).clicked() {
                commands.push(Command::RemapFile);
            }
        });
    }
    if !context.dataset.quality.is_clean() {
        ui.horizontal(|ui| {
            ui.label(
                egui::RichText::new(format!(
                    "Data quality: {}",
                    context.dataset.quality.headline()
                ))
                .small(),
            );
            if ui.small_button(Command::ShowQuality(true).text()).clicked() {
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
fn drop_hint_ui(ctx: &egui::Context) {
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
        "Drop a CSV, TSV, XLSX, JSON or RON file to open it",
        egui::FontId::proportional(24.0),
        egui::Color32::WHITE,
    );
}

/// Errors and confirmations, with a dismiss button; a spinner while something loads.
fn notice_ui(ui: &mut egui::Ui, context: &ViewContext<'_>, commands: &mut Vec<Command>) {
    if context.activity.loading.is_none() {
        for task in &context.activity.tasks {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(task);
            });
        }
    }
    let Some(notice) = &context.ui.notice else {
        return;
    };
    let color = if notice.is_error {
        ui.visuals().error_fg_color
    } else {
        ui.visuals().hyperlink_color
    };
    egui::Frame::group(ui.style())
        .stroke(egui::Stroke::new(1.0, color))
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.colored_label(color, if notice.is_error { "Error:" } else { "●" });
                ui.add(egui::Label::new(&notice.text).wrap());
                if ui.small_button("Dismiss").clicked() {
                    commands.push(Command::DismissNotice);
                }
            });
        });
}

/// "No projects match these filters", with a way out: never a blank table or a broken chart.
pub fn empty_state_ui(ui: &mut egui::Ui, commands: &mut Vec<Command>) {
    ui.add_space(40.0);
    ui.vertical_centered(|ui| {
        ui.heading("No projects match these filters");
        ui.label("Remove a filter chip above, or start again.");
        ui.add_space(8.0);
        if ui.button("Clear filters").clicked() {
            commands.push(Command::SetFilter(Filter::default()));
        }
    });
}

/// Keyboard shortcuts, read once per frame.
fn shortcuts(ui: &egui::Ui, commands: &mut Vec<Command>) {
    // Redo first: its shortcut includes Undo's keys plus Shift.
    if ui.input_mut(|i| i.consume_shortcut(&menu::REDO)) {
        commands.push(Command::Redo);
    } else if ui.input_mut(|i| i.consume_shortcut(&menu::UNDO)) {
        commands.push(Command::Undo);
    }
    // Only when no text field has focus: there Ctrl+C copies the text.
    if ui.ctx().memory(|m| m.focused().is_some()) {
        return;
    }
    if ui.input(|i| i.events.iter().any(|e| matches!(e, egui::Event::Copy))) {
        commands.push(Command::CopySelectedRows);
    }
}
