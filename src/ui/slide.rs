//! A chart or the map as a picture for a client slide: 1920×1080 px, drawn offscreen with the same code as the
//! window, under a title and above a caption strip that says what the picture shows — filters, "N of M projects",
//! units, source, and "synthetic sample" when it is; while client-safe is on with a recipient named, the
//! watermark ("Confidential — prepared for …") stands at the top right, as on the PDF pages.

use super::{ViewContext, charts, map, offscreen};
use crate::model::Dataset;
use crate::model::bands::SYNTHETIC_LABEL;
use crate::query::{Derived, Tab, View};
use crate::state::Theme;

/// The slide in points; drawn at 1.5 pixels per point, it is 1920×1080 px.
const SLIDE_POINTS: egui::Vec2 = egui::vec2(1280.0, 720.0);
const PIXELS_PER_POINT: f32 = 1.5;

/// The watermark's red, readable on the light and the dark background.
const WATERMARK: egui::Color32 = egui::Color32::from_rgb(214, 48, 48);

/// Renders the chart (`Tab::Charts`) or the map (`Tab::Map`, at the view's zoom) of `view` with its caption strip,
/// and `watermark` (see [`crate::query::ClientSafe::watermark`]) when there is one.
pub fn render_slide(
    dataset: &Dataset,
    derived: &Derived,
    view: &View,
    tab: Tab,
    theme: Theme,
    watermark: Option<&str>,
) -> offscreen::RenderedImage {
    let context = ViewContext::new(dataset, derived, view, theme);
    let background = match theme {
        Theme::Light => egui::Color32::WHITE,
        Theme::Dark => egui::Color32::from_gray(27),
    };
    offscreen::render_offscreen(
        SLIDE_POINTS,
        PIXELS_PER_POINT,
        background,
        |ctx| {
            super::fonts::install_fonts(ctx, crate::i18n::Lang::En);
            ctx.set_theme(match theme {
                Theme::Light => egui::Theme::Light,
                Theme::Dark => egui::Theme::Dark,
            });
        },
        |ui| {
            // Clicks cannot happen offscreen: whatever the chart would ask for is dropped.
            let mut ignored = Vec::new();
            egui::Frame::NONE
                .inner_margin(egui::Margin::symmetric(28, 20))
                .show(ui, |ui| {
                    slide_title_ui(ui, &context, tab, watermark);
                    egui::Panel::bottom("slide_caption")
                        .frame(egui::Frame::NONE.inner_margin(egui::Margin::symmetric(0, 8)))
                        .show(ui, |ui| caption_ui(ui, &context));
                    egui::CentralPanel::default().frame(egui::Frame::NONE).show(
                        ui,
                        |ui| match tab {
                            Tab::Map => map::map_canvas_ui(ui, &context, &mut ignored),
                            _ => charts::chart_body_ui(ui, &context, &mut ignored),
                        },
                    );
                });
        },
    )
}

fn slide_title_ui(ui: &mut egui::Ui, context: &ViewContext<'_>, tab: Tab, watermark: Option<&str>) {
    let what = match tab {
        Tab::Map => format!("Contracted by district ({})", context.money().unit()),
        _ => context.view.chart.title().to_owned(),
    };
    ui.horizontal(|ui| {
        ui.label(
            egui::RichText::new(format!("Hong Kong investment in Chongqing — {what}"))
                .size(26.0)
                .strong(),
        );
        if let Some(text) = watermark {
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                ui.label(
                    egui::RichText::new(text)
                        .size(18.0)
                        .strong()
                        .color(WATERMARK),
                );
            });
        }
    });
    ui.add_space(6.0);
}

/// The strip under the picture: filters, counts and units, source and the synthetic label.
fn caption_ui(ui: &mut egui::Ui, context: &ViewContext<'_>) {
    let small = |text: String| egui::RichText::new(text).size(15.0);
    ui.label(small(format!(
        "Filters: {}",
        context.view.filter.describe()
    )));
    ui.label(small(format!(
        "{} · amounts in {}",
        super::status_bar::status_text(context),
        context.money().unit()
    )));
    let mut source = format!("Source: {}", context.dataset.provenance.describe());
    if context.dataset.provenance.is_synthetic && !source.contains(SYNTHETIC_LABEL) {
        source.push_str(&format!(" · {SYNTHETIC_LABEL}"));
    }
    source.push_str(&format!(
        " · Investment Explorer {} · {}",
        env!("CARGO_PKG_VERSION"),
        crate::export::timestamp::utc_timestamp(std::time::SystemTime::now())
    ));
    ui.label(small(source).weak());
}
