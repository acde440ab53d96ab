//! The Map tab: Chongqing's 38 divisions as bubbles at their seats, area ∝ contracted, with the Liangjiang New Area
//! highlighted. Longitude is scaled by cos(latitude) so the shape is right. No tiles, no network.

use super::ViewContext;
use crate::command::Command;
use crate::format;
use crate::model::reference::District;
use crate::query::{Facet, GroupSummary, MapZoom};

/// Bounds of the central urban area inset (degrees): where most of the money is, and most bubbles overlap.
const CENTRAL_LAT: (f64, f64) = (29.33, 29.90);
const CENTRAL_LON: (f64, f64) = (106.28, 106.80);

/// A map projection: equirectangular with longitude scaled by cos(mean latitude), fitted into a screen rect.
struct Projection {
    lon0: f64,
    lat_max: f64,
    cos_lat: f64,
    scale: f64,
    origin: egui::Pos2,
}

impl Projection {
    fn fit(rect: egui::Rect, lat: (f64, f64), lon: (f64, f64)) -> Self {
        let cos_lat = ((lat.0 + lat.1) / 2.0).to_radians().cos();
        let width_deg = (lon.1 - lon.0) * cos_lat;
        let height_deg = lat.1 - lat.0;
        let scale =
            (f64::from(rect.width()) / width_deg).min(f64::from(rect.height()) / height_deg);
        // Centre the map in the rect.
        let used = egui::vec2((width_deg * scale) as f32, (height_deg * scale) as f32);
        let origin = rect.center() - used / 2.0;
        Self {
            lon0: lon.0,
            lat_max: lat.1,
            cos_lat,
            scale,
            origin,
        }
    }

    fn to_screen(&self, lat: f64, lon: f64) -> egui::Pos2 {
        self.origin
            + egui::vec2(
                ((lon - self.lon0) * self.cos_lat * self.scale) as f32,
                ((self.lat_max - lat) * self.scale) as f32,
            )
    }
}

/// The Map tab: the zoom choice (part of the view, so saved, shared and undoable), then the map.
pub fn map_ui(ui: &mut egui::Ui, context: &ViewContext<'_>, commands: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        for zoom in MapZoom::ALL {
            let selected = context.view.map_zoom == zoom;
            if ui.selectable_label(selected, zoom.title()).clicked() && !selected {
                commands.push(Command::SetMapZoom(zoom));
            }
        }
        ui.separator();
        ui.weak(format!(
            "Bubble area ∝ contracted ({}) · click a bubble to filter to its district",
            context.money().unit()
        ));
    });
    if context.derived.selection.is_empty() {
        super::empty_state_ui(ui, context.lang, commands);
        return;
    }
    map_canvas_ui(ui, context, commands);
}

/// The map itself at the view's zoom, without the zoom choice above it (a PNG export draws this).
pub fn map_canvas_ui(ui: &mut egui::Ui, context: &ViewContext<'_>, commands: &mut Vec<Command>) {
    let central_only = context.view.map_zoom == MapZoom::CentralUrbanArea;
    let districts = &context.dataset.reference.districts;
    let (lat, lon) = if central_only {
        (CENTRAL_LAT, CENTRAL_LON)
    } else {
        let pad = 0.15;
        let lats = districts.iter().map(|d| d.lat);
        let lons = districts.iter().map(|d| d.lon);
        (
            (
                lats.clone().fold(f64::MAX, f64::min) - pad,
                lats.fold(f64::MIN, f64::max) + pad,
            ),
            (
                lons.clone().fold(f64::MAX, f64::min) - pad,
                lons.fold(f64::MIN, f64::max) + pad,
            ),
        )
    };
    let (rect, _) = ui.allocate_exact_size(ui.available_size(), egui::Sense::hover());
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, 4.0, ui.visuals().extreme_bg_color);
    let projection = Projection::fit(rect.shrink(30.0), lat, lon);
    let bubbles = bubbles(context, districts);
    let max_value = bubbles
        .iter()
        .map(|b| b.value)
        .fold(0.0, f64::max)
        .max(1e-9);
    let max_radius = if central_only { 64.0 } else { 34.0 };
    let radius = |value: f64| ((value / max_value).sqrt() * max_radius).max(3.0) as f32;

    // Every division as a small dot with its name, so the shape of Chongqing reads even where no money went.
    let weak = ui.visuals().weak_text_color();
    for district in districts {
        let at = projection.to_screen(district.lat, district.lon);
        if rect.contains(at) {
            painter.circle_filled(at, 2.0, weak);
        }
    }
    liangjiang_ui(&painter, &projection, districts, ui.visuals());

    // Largest first, so small bubbles are drawn (and clicked) on top.
    let accent = ui.visuals().selection.bg_fill;
    let text_color = ui.visuals().strong_text_color();
    let mut labels: Vec<(egui::Pos2, f32, &str)> = Vec::new();
    for bubble in &bubbles {
        let center = projection.to_screen(bubble.district.lat, bubble.district.lon);
        if !rect.contains(center) {
            continue;
        }
        let r = radius(bubble.value);
        let fill = if bubble.district.in_liangjiang {
            egui::Color32::from_rgb(230, 126, 34).gamma_multiply(0.75)
        } else {
            accent.gamma_multiply(0.75)
        };
        painter.circle(
            center,
            r,
            fill,
            egui::Stroke::new(1.0, text_color.gamma_multiply(0.6)),
        );
        labels.push((center, r, bubble.district.name.as_str()));
        // The square inside the circle: neighbouring bubbles overlap less than their bounding boxes.
        let side = (r * std::f32::consts::SQRT_2).max(8.0);
        let hit = egui::Rect::from_center_size(center, egui::vec2(side, side));
        let response = ui.interact(
            hit,
            ui.scope_id().with(("bubble", &bubble.district.name)),
            egui::Sense::click(),
        );
        let label = format!("Bubble {}", bubble.district.name);
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
        let clicked = response.clicked();
        response.on_hover_text(bubble_hover(context, bubble));
        if clicked {
            commands.push(Command::FilterTo {
                facet: Facet::District,
                value: bubble.group.key.clone(),
            });
        }
    }
    labels_ui(&painter, &labels, ui.visuals());
    legend_ui(&painter, rect, ui.visuals(), accent);
}

/// Names under the bubbles, largest first, skipping any that would overlap a name already placed; each on a
/// soft background so it reads over other bubbles.
fn labels_ui(painter: &egui::Painter, labels: &[(egui::Pos2, f32, &str)], visuals: &egui::Visuals) {
    let font = egui::FontId::proportional(12.0);
    let mut placed: Vec<egui::Rect> = Vec::new();
    for &(center, radius, name) in labels {
        let galley =
            painter.layout_no_wrap(name.to_owned(), font.clone(), visuals.strong_text_color());
        let rect = egui::Align2::CENTER_TOP
            .anchor_size(center + egui::vec2(0.0, radius + 2.0), galley.size())
            .expand(2.0);
        if radius < 6.0 || placed.iter().any(|p| p.intersects(rect)) {
            continue;
        }
        painter.rect_filled(rect, 3.0, visuals.extreme_bg_color.gamma_multiply(0.8));
        painter.galley(
            rect.min + egui::vec2(2.0, 2.0),
            galley,
            visuals.strong_text_color(),
        );
        placed.push(rect);
    }
}

/// One district with money in the selection.
struct Bubble<'a> {
    district: &'a District,
    group: &'a GroupSummary,
    value: f64,
}

fn bubbles<'a>(context: &'a ViewContext<'_>, districts: &'a [District]) -> Vec<Bubble<'a>> {
    let mut bubbles: Vec<Bubble<'a>> = context
        .derived
        .by_district
        .iter()
        .filter_map(|group| {
            let district = districts
                .iter()
                .find(|d| d.name.eq_ignore_ascii_case(&group.key))?;
            let value = group.summary.contracted_usd_m;
            (value > 0.0).then_some(Bubble {
                district,
                group,
                value,
            })
        })
        .collect();
    bubbles.sort_by(|a, b| b.value.total_cmp(&a.value));
    bubbles
}

fn bubble_hover(context: &ViewContext<'_>, bubble: &Bubble<'_>) -> String {
    let summary = &bubble.group.summary;
    let mut text = format!(
        "{} {}\n{} contracted · {} of the selection\n{} projects · median {}",
        bubble.district.name,
        bubble.district.name_zh,
        context.money().format(summary.contracted_usd_m),
        format::percent(bubble.group.share_pct),
        format::count(summary.count),
        summary
            .median_usd_m
            .map_or("–".into(), |m| context.money().format(m)),
    );
    if bubble.district.in_liangjiang {
        text.push_str("\nPartly in the Liangjiang New Area");
    }
    text.push_str("\nClick to filter to this district");
    text
}

/// A soft outline around the divisions that the Liangjiang New Area spans.
fn liangjiang_ui(
    painter: &egui::Painter,
    projection: &Projection,
    districts: &[District],
    visuals: &egui::Visuals,
) {
    let points: Vec<egui::Pos2> = districts
        .iter()
        .filter(|d| d.in_liangjiang)
        .map(|d| projection.to_screen(d.lat, d.lon))
        .collect();
    if points.is_empty() {
        return;
    }
    let center = points
        .iter()
        .fold(egui::Vec2::ZERO, |acc, p| acc + p.to_vec2())
        / points.len() as f32;
    let reach = points
        .iter()
        .map(|p| (p.to_vec2() - center).length())
        .fold(0.0, f32::max)
        + 26.0;
    let color = egui::Color32::from_rgb(230, 126, 34);
    painter.circle(
        center.to_pos2(),
        reach,
        color.gamma_multiply(0.08),
        egui::Stroke::new(1.5, color.gamma_multiply(0.7)),
    );
    painter.text(
        center.to_pos2() + egui::vec2(0.0, -reach - 4.0),
        egui::Align2::CENTER_BOTTOM,
        "Liangjiang New Area",
        egui::FontId::proportional(12.0),
        if visuals.dark_mode {
            color
        } else {
            color.gamma_multiply(0.9)
        },
    );
}

fn legend_ui(
    painter: &egui::Painter,
    rect: egui::Rect,
    visuals: &egui::Visuals,
    accent: egui::Color32,
) {
    let origin = rect.left_bottom() + egui::vec2(12.0, -44.0);
    let text = visuals.text_color();
    let font = egui::FontId::proportional(12.0);
    painter.circle_filled(
        origin,
        6.0,
        egui::Color32::from_rgb(230, 126, 34).gamma_multiply(0.75),
    );
    painter.text(
        origin + egui::vec2(12.0, 0.0),
        egui::Align2::LEFT_CENTER,
        "District partly in Liangjiang",
        font.clone(),
        text,
    );
    let second = origin + egui::vec2(0.0, 18.0);
    painter.circle_filled(second, 6.0, accent.gamma_multiply(0.75));
    painter.text(
        second + egui::vec2(12.0, 0.0),
        egui::Align2::LEFT_CENTER,
        "Other districts · seats are approximate",
        font,
        text,
    );
}
