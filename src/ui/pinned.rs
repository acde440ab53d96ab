//! A table whose first columns stay pinned at the left while the others scroll sideways when they do not fit,
//! with one vertical scroll bar that is always shown at the right edge (the project table, the opportunity
//! ranking).
//!
//! egui_extras has no frozen column, so the caller draws two tables with the same rows — the pinned columns and
//! the rest — each at the vertical offset and with the hovered row it is given, and its own scroll bar hidden:
//! the scrolling part's bar would sit at the right end of its columns, out of sight until the table is scrolled
//! sideways, and egui's default bars are invisible until the mouse is over them. This keeps both parts on one
//! offset and one hovered row, and draws the one bar.

use egui::scroll_area::ScrollAreaOutput;

/// Which of the two tables the caller is asked to draw.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// The pinned columns, at the left.
    Pinned,
    /// The other columns, scrolling sideways.
    Rest,
}

/// What both tables share from one frame to the next.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Shared {
    /// The vertical scroll offset, in points.
    pub offset: f32,
    /// The row under the mouse in either table.
    pub hovered: Option<usize>,
}

/// What one table showed.
#[derive(Clone, Copy, Debug)]
pub struct PartShown {
    /// Its vertical offset after this frame's scrolling (the wheel over it).
    pub offset: f32,
    /// Where its rows are on the screen.
    pub viewport: egui::Rect,
    /// How tall its rows are together.
    pub content_height: f32,
    /// The row under the mouse, if any.
    pub hovered: Option<usize>,
}

impl PartShown {
    /// What the table of `output` (a `TableBuilder` body) showed, with the row `hovered` in it.
    pub fn of<R>(output: &ScrollAreaOutput<R>, hovered: Option<usize>) -> Self {
        Self {
            offset: output.state.unclamped_offset().y,
            viewport: output.inner_rect,
            content_height: output.content_size.y,
            hovered,
        }
    }
}

/// Lays out the two tables in the room left in `ui`: `pinned_width` at the left for the pinned columns (all of
/// it when there is no `rest`), the rest beside them in a sideways scroll area, the bar at the right edge.
/// `part` draws one table at the shared offset and hovered row; the tables must hide their own vertical bars.
pub fn pinned_table_ui(
    ui: &mut egui::Ui,
    id_salt: &str,
    pinned_width: f32,
    rest: bool,
    mut part: impl FnMut(&mut egui::Ui, Part, Shared) -> PartShown,
) {
    let key = ui.scope_id().with((id_salt, "pinned_table_sync"));
    let last: Shared = ui.data(|data| data.get_temp(key)).unwrap_or_default();
    let panel = ui.available_rect_before_wrap();
    let bar_width = scroll_bar_style().allocated_width();
    let full = egui::Rect::from_min_max(
        panel.min,
        egui::pos2(
            (panel.right() - bar_width).max(panel.left()),
            panel.bottom(),
        ),
    );
    let pinned_width = if rest {
        pinned_width.min(full.width())
    } else {
        full.width()
    };
    let pinned_rect = egui::Rect::from_min_size(full.min, egui::vec2(pinned_width, full.height()));
    let rest_rect = egui::Rect::from_min_max(egui::pos2(pinned_rect.right(), full.top()), full.max);
    // The scrolling part first, so that an offset it scrolled to reaches the pinned columns in the same frame.
    let mut offset = last.offset;
    let mut hovered = None;
    if rest {
        let mut rest_ui = ui.new_child(egui::UiBuilder::new().max_rect(rest_rect));
        let shown = egui::ScrollArea::horizontal()
            .id_salt((id_salt, "hscroll"))
            .show(&mut rest_ui, |ui| part(ui, Part::Rest, last));
        offset = shown.inner.offset;
        hovered = shown.inner.hovered;
    }
    let mut pinned_ui = ui.new_child(egui::UiBuilder::new().max_rect(pinned_rect));
    let pinned = part(
        &mut pinned_ui,
        Part::Pinned,
        Shared {
            offset,
            hovered: last.hovered,
        },
    );
    hovered = hovered.or(pinned.hovered);
    // The pinned columns were scrolled (the wheel over them): the other part follows next frame.
    if (pinned.offset - offset).abs() > 0.5 {
        offset = pinned.offset;
        ui.ctx().request_repaint();
    }
    // The bar was dragged or clicked: both parts follow next frame.
    let bar_offset = scroll_bar_ui(ui, id_salt, &panel, &pinned, offset);
    if (bar_offset - offset).abs() > 0.5 {
        offset = bar_offset;
        ui.ctx().request_repaint();
    }
    if hovered != last.hovered {
        ui.ctx().request_repaint();
    }
    ui.data_mut(|data| data.insert_temp(key, Shared { offset, hovered }));
    ui.advance_cursor_after_rect(panel);
}

/// The one vertical scroll bar, over the rows of `body` at the right edge of `panel`. Returns the offset after
/// this frame's dragging or clicking on it.
fn scroll_bar_ui(
    ui: &mut egui::Ui,
    id_salt: &str,
    panel: &egui::Rect,
    body: &PartShown,
    offset: f32,
) -> f32 {
    let rect = egui::Rect::from_x_y_ranges(
        (panel.right() - scroll_bar_style().allocated_width()).max(panel.left())..=panel.right(),
        body.viewport.y_range(),
    );
    let mut bar_ui = ui.new_child(egui::UiBuilder::new().max_rect(rect));
    bar_ui.spacing_mut().scroll = scroll_bar_style();
    let content_height = body.content_height;
    egui::ScrollArea::vertical()
        .id_salt((id_salt, "scroll_bar"))
        .auto_shrink(false)
        .scroll_bar_visibility(egui::scroll_area::ScrollBarVisibility::AlwaysVisible)
        .animated(false)
        .vertical_scroll_offset(offset)
        .show(&mut bar_ui, |ui| {
            ui.allocate_space(egui::vec2(0.0, content_height));
        })
        .state
        .unclamped_offset()
        .y
}

/// The bar's style: solid, so it is drawn without the mouse over it and takes its own width beside the tables.
fn scroll_bar_style() -> egui::style::ScrollStyle {
    egui::style::ScrollStyle::solid()
}
