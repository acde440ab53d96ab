//! A chart or the map as a picture for a client slide: 1920×1080 px, drawn offscreen with the same code as the
//! window, under a title and above a caption strip that says what the picture shows — filters, "N of M projects",
//! units, source, and "synthetic sample" when it is; while client-safe is on with a recipient named, the
//! watermark ("Confidential — prepared for …") stands at the top right, as on the PDF pages.

use super::{ViewContext, charts, map, offscreen, opportunities};
use crate::i18n::Lang;
use crate::model::Dataset;
use crate::query::{Derived, Tab, View, labels};
use crate::state::Theme;
use crate::tr;

/// The slide in points; drawn at 1.5 pixels per point, it is 1920×1080 px.
const SLIDE_POINTS: egui::Vec2 = egui::vec2(1280.0, 720.0);
const PIXELS_PER_POINT: f32 = 1.5;
/// The product's name, the same in every language.
const PRODUCT: &str = "Investment Explorer"; // i18n-ignore: a name

/// The watermark's red, readable on the light and the dark background.
pub const WATERMARK: egui::Color32 = egui::Color32::from_rgb(214, 48, 48);

/// Renders the chart (`Tab::Charts`), the map (`Tab::Map`, at the view's zoom) or the shortlist compared
/// (`Tab::Opportunities`) of `view` with its caption strip, and `watermark` (see
/// [`crate::query::ClientSafe::watermark`]) when there is one.
pub fn render_slide(
    dataset: &Dataset,
    derived: &Derived,
    view: &View,
    tab: Tab,
    theme: Theme,
    lang: Lang,
    watermark: Option<&str>,
) -> offscreen::RenderedImage {
    let context = ViewContext::new(dataset, derived, view, theme, lang);
    let background = super::theme::background(theme);
    offscreen::render_offscreen(
        SLIDE_POINTS,
        PIXELS_PER_POINT,
        background,
        |ctx| {
            super::fonts::install_fonts(ctx, lang);
            super::theme::apply_theme(ctx, theme);
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
                        .show(ui, |ui| caption_ui(ui, &context, tab));
                    egui::CentralPanel::default().frame(egui::Frame::NONE).show(
                        ui,
                        |ui| match tab {
                            Tab::Map => map::map_canvas_ui(ui, &context, &mut ignored),
                            Tab::Opportunities => opportunities::compare_body_ui(ui, &context),
                            _ => charts::chart_body_ui(
                                ui,
                                &context,
                                charts::ChartStyle::SLIDE,
                                &mut ignored,
                            ),
                        },
                    );
                });
        },
    )
}

fn slide_title_ui(ui: &mut egui::Ui, context: &ViewContext<'_>, tab: Tab, watermark: Option<&str>) {
    let lang = context.lang;
    let what = match tab {
        Tab::Map => map::map_title(context),
        Tab::Opportunities => {
            let title = tr!(lang, "opp-slide-title");
            ui.label(egui::RichText::new(title).size(26.0).strong());
            ui.add_space(6.0);
            return;
        }
        _ => charts::shown_chart_title(context),
    };
    ui.horizontal(|ui| {
        ui.label(
            egui::RichText::new(tr!(lang, "slide-title", what = what))
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

/// The strip under the picture (and a presented slide): filters, counts and units, source and the synthetic label.
pub fn caption_ui(ui: &mut egui::Ui, context: &ViewContext<'_>, tab: Tab) {
    let lang = context.lang;
    let small = |text: String| egui::RichText::new(text).size(15.0);
    ui.label(small(tr!(
        lang,
        "cli-filters",
        filters = context.view.filter.describe_in(lang, Some(context.dataset))
    )));
    ui.label(small(tr!(
        lang,
        "slide-counts",
        status = super::status_bar::status_text(context),
        unit = context.money().unit_in(lang)
    )));
    let synthetic = tr!(lang, "data-synthetic-long");
    let mut source = labels::provenance_in(&context.dataset.provenance, lang);
    if context.dataset.provenance.is_synthetic && !source.contains(&synthetic) {
        source = format!("{source} · {synthetic}");
    }
    ui.label(
        small(tr!(
            lang,
            "slide-source",
            source = source,
            app = PRODUCT,
            version = env!("CARGO_PKG_VERSION"),
            time = crate::export::timestamp::utc_timestamp(std::time::SystemTime::now())
        ))
        .weak(),
    );
    if tab == Tab::Map {
        ui.label(small(map::boundaries_caption(lang)).weak());
    }
}
