//! Painting one frame of the map: fills, borders, the Liangjiang outline, bubbles, names and leader lines; and
//! the map's interaction — a tooltip for the district under the pointer, a click to filter to it, and one
//! accessible button per district (screen readers and tests find "District Yuzhong").

use super::{LABEL_SIZE, MapFrame, SMALL_LABEL_SIZE, filter_to, to_pos, to_rect};
use crate::command::Command;
use crate::format;
use crate::query::map::{Ink, LabelPlace, class_colour, ink_on};
use crate::query::score::{THIN_BELOW, why_text_in};
use crate::query::{MapMeasure, MapStyle};
use crate::tr;

/// Draws the map into `rect` (the districts within `map_area`, names anywhere) and handles hover and clicks.
pub(super) fn map_ui(
    ui: &mut egui::Ui,
    frame: &MapFrame<'_>,
    rect: egui::Rect,
    map_area: egui::Rect,
    commands: &mut Vec<Command>,
) {
    let canvas_id = ui.scope_id().with("map-canvas");
    let canvas = ui.interact(map_area, canvas_id, egui::Sense::click());
    let hovered = hovered_district(ui, frame, map_area);
    let painter = ui.painter_at(map_area);
    fills_ui(&painter, frame);
    borders_ui(&painter, frame, hovered);
    liangjiang_ui(&painter, frame);
    if frame.style == MapStyle::Bubbles {
        bubbles_ui(&painter, frame);
    }
    if map_area != rect {
        // A zoomed map is cut off: frame it, so the cut reads as the edge of the view.
        painter.rect_stroke(
            map_area,
            0.0,
            egui::Stroke::new(1.0, ui.visuals().weak_text_color()),
            egui::StrokeKind::Inside,
        );
    }
    names_ui(&ui.painter_at(rect), frame);
    hotspots_ui(ui, frame, map_area, commands);
    if canvas.clicked()
        && let Some(index) = hovered
    {
        commands.push(filter_to(frame, index));
    }
    if let Some(index) = hovered {
        egui::Tooltip::always_open(
            ui.ctx().clone(),
            ui.layer_id(),
            canvas_id,
            egui::PopupAnchor::Pointer,
        )
        .show(|ui| tooltip_ui(ui, frame, index));
    }
}

/// The district under the pointer, by the real polygons (not a box around the name).
fn hovered_district(ui: &egui::Ui, frame: &MapFrame<'_>, rect: egui::Rect) -> Option<usize> {
    let pointer = ui.ctx().pointer_hover_pos()?;
    if !ui.rect_contains_pointer(rect) {
        return None;
    }
    let [lon, lat] = frame
        .projection
        .to_degrees([f64::from(pointer.x), f64::from(pointer.y)]);
    let adcode = frame.geometry.district_at(lon, lat)?;
    frame
        .geometry
        .districts
        .iter()
        .position(|d| d.adcode == adcode)
}

fn colour(rgb: [u8; 3]) -> egui::Color32 {
    egui::Color32::from_rgb(rgb[0], rgb[1], rgb[2])
}

/// The fill of district `index`, if it has one in this style.
fn fill_of(frame: &MapFrame<'_>, index: usize, dark: bool) -> Option<egui::Color32> {
    let class = frame.series.districts[index].class?;
    Some(colour(class_colour(class, frame.series.breaks.len(), dark)))
}

fn fills_ui(painter: &egui::Painter, frame: &MapFrame<'_>) {
    if frame.style != MapStyle::Choropleth {
        return;
    }
    let Some(meshes) = crate::query::map::triangulated() else {
        return;
    };
    let dark = painter.ctx().global_style().visuals.dark_mode;
    for (index, district_mesh) in meshes.iter().enumerate() {
        let Some(fill) = fill_of(frame, index, dark) else {
            continue;
        };
        let mut mesh = egui::Mesh::default();
        mesh.reserve_vertices(district_mesh.vertices.len());
        for &vertex in &district_mesh.vertices {
            mesh.colored_vertex(to_pos(frame.projection.to_screen(vertex)), fill);
        }
        for &[a, b, c] in &district_mesh.triangles {
            mesh.add_triangle(a, b, c);
        }
        painter.add(egui::Shape::mesh(mesh));
    }
}

/// Every district's border, the hovered one bold. Districts with no project are only this: outlined, unfilled.
fn borders_ui(painter: &egui::Painter, frame: &MapFrame<'_>, hovered: Option<usize>) {
    let visuals = painter.ctx().global_style().visuals.clone();
    let thin = egui::Stroke::new(0.8, visuals.text_color().gamma_multiply(0.55));
    for (index, district) in frame.geometry.districts.iter().enumerate() {
        let stroke = if hovered == Some(index) {
            egui::Stroke::new(2.5, visuals.strong_text_color())
        } else {
            thin
        };
        for rings in &district.shape.polygons {
            for ring in rings {
                let points: Vec<egui::Pos2> = ring
                    .iter()
                    .map(|&p| to_pos(frame.projection.to_screen(p)))
                    .collect();
                painter.add(egui::Shape::closed_line(points, stroke));
            }
        }
    }
}

/// The 2025 Liangjiang New Area: a dashed outline of Jiangbei and Yubei (the legend says it is approximate).
/// Dashes in the text colour read on every fill and for every kind of colour vision.
fn liangjiang_ui(painter: &egui::Painter, frame: &MapFrame<'_>) {
    let visuals = painter.ctx().global_style().visuals.clone();
    let stroke = egui::Stroke::new(2.2, visuals.strong_text_color());
    for rings in &frame.geometry.liangjiang.shape.polygons {
        for ring in rings {
            let points: Vec<egui::Pos2> = ring
                .iter()
                .map(|&p| to_pos(frame.projection.to_screen(p)))
                .collect();
            painter.extend(egui::Shape::dashed_line(&points, stroke, 7.0, 4.0));
        }
    }
}

/// Bubbles at the label anchors, area ∝ value, coloured by class like the choropleth; largest first so small
/// ones stay visible on top.
fn bubbles_ui(painter: &egui::Painter, frame: &MapFrame<'_>) {
    let dark = painter.ctx().global_style().visuals.dark_mode;
    let max_value = frame
        .series
        .districts
        .iter()
        .filter_map(|d| d.value)
        .fold(0.0, f64::max);
    if max_value <= 0.0 {
        return;
    }
    let max_radius = (frame.projection.scale * 0.12).clamp(14.0, 60.0);
    let mut order: Vec<usize> = (0..frame.series.districts.len()).collect();
    order.sort_by(|&a, &b| {
        let value = |i: usize| frame.series.districts[i].value.unwrap_or(0.0);
        value(b).total_cmp(&value(a))
    });
    let outline = painter.ctx().global_style().visuals.strong_text_color();
    for index in order {
        let (Some(value), Some(fill)) = (
            frame.series.districts[index].value,
            fill_of(frame, index, dark),
        ) else {
            continue;
        };
        let radius = ((value / max_value).sqrt() * max_radius).max(3.0) as f32;
        let centre = to_pos(
            frame
                .projection
                .to_screen(frame.geometry.districts[index].shape.label),
        );
        painter.circle(
            centre,
            radius,
            fill.gamma_multiply(0.85),
            egui::Stroke::new(1.0, outline.gamma_multiply(0.7)),
        );
    }
}

/// The names: inside a district in ink that reads on its fill; outside on a plate at the end of a leader line.
fn names_ui(painter: &egui::Painter, frame: &MapFrame<'_>) {
    let visuals = painter.ctx().global_style().visuals.clone();
    let dark = visuals.dark_mode;
    let font = egui::FontId::proportional(LABEL_SIZE);
    let small_font = egui::FontId::proportional(SMALL_LABEL_SIZE);
    let bubbles = frame.style == MapStyle::Bubbles;
    for (index, place) in frame.places.iter().enumerate() {
        let name = &frame.names[index];
        match *place {
            LabelPlace::Inside { rect, small } => {
                let fill = fill_of(frame, index, dark).filter(|_| !bubbles);
                let ink = match fill.map(|c| ink_on([c.r(), c.g(), c.b()])) {
                    Some(Ink::Dark) => egui::Color32::from_gray(20),
                    Some(Ink::Light) => egui::Color32::from_gray(245),
                    None => visuals.text_color(),
                };
                let rect = to_rect(rect);
                if bubbles {
                    painter.rect_filled(rect, 3.0, visuals.extreme_bg_color.gamma_multiply(0.75));
                }
                let font = if small {
                    small_font.clone()
                } else {
                    font.clone()
                };
                painter.text(rect.center(), egui::Align2::CENTER_CENTER, name, font, ink);
            }
            LabelPlace::Leader { from, label } => {
                let rect = to_rect(label);
                let from = to_pos(from);
                let stroke = egui::Stroke::new(1.0, visuals.text_color());
                painter.line_segment(
                    [
                        from,
                        to_pos(label.nearest_point([f64::from(from.x), f64::from(from.y)])),
                    ],
                    stroke,
                );
                painter.circle_filled(from, 2.2, visuals.strong_text_color());
                painter.rect_filled(rect, 3.0, visuals.extreme_bg_color);
                painter.text(
                    rect.center(),
                    egui::Align2::CENTER_CENTER,
                    name,
                    font.clone(),
                    visuals.strong_text_color(),
                );
            }
            LabelPlace::HoverOnly => {}
        }
    }
}

/// One small accessible button per district, on a point inside it (its name's box, else its anchor): a
/// screen reader lists the districts, and a click there filters like a click anywhere in the district.
fn hotspots_ui(
    ui: &mut egui::Ui,
    frame: &MapFrame<'_>,
    rect: egui::Rect,
    commands: &mut Vec<Command>,
) {
    for (index, district) in frame.geometry.districts.iter().enumerate() {
        let at = match frame.places[index] {
            LabelPlace::Inside { rect: label, .. } => to_pos(label.centre()),
            _ => to_pos(frame.projection.to_screen(district.shape.label)),
        };
        if !rect.contains(at) {
            continue;
        }
        let hit = egui::Rect::from_center_size(at, egui::vec2(4.0, 4.0));
        let response = ui.interact(
            hit,
            ui.scope_id().with(("map-district", index)),
            egui::Sense::click(),
        );
        let label = tr!(
            frame.lang,
            "map-district",
            name = frame.names[index].clone()
        );
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
        if response.clicked() {
            commands.push(filter_to(frame, index));
        }
    }
}

/// Name in English and Chinese, projects, contracted in the view's currency, share, Liangjiang, what a click does.
fn tooltip_ui(ui: &mut egui::Ui, frame: &MapFrame<'_>, index: usize) {
    let lang = frame.lang;
    let shape = &frame.geometry.districts[index];
    let reference = frame
        .context
        .dataset
        .reference
        .districts
        .iter()
        .find(|d| d.adcode == shape.adcode);
    let chinese = match lang {
        crate::i18n::Lang::ZhHant => {
            reference.map_or(shape.name_zh.as_str(), |d| d.name_zh_hant.as_str())
        }
        _ => shape.name_zh.as_str(),
    };
    ui.strong(format!("{} · {chinese}", shape.name));
    let value = &frame.series.districts[index];
    if frame.series.measure == MapMeasure::Score {
        score_tooltip_ui(ui, frame, index);
    }
    if value.num_projects == 0 {
        ui.label(tr!(lang, "map-legend-no-project"));
    } else {
        let money = frame.context.money();
        ui.label(tr!(lang, "count-projects", n = value.num_projects));
        ui.label(tr!(
            lang,
            "map-tooltip-contracted",
            amount = money.format_in(lang, value.contracted_m)
        ));
        ui.label(tr!(
            lang,
            "map-tooltip-share",
            share = format::percent_in(lang, value.share_pct)
        ));
    }
    if reference.is_some_and(|d| d.in_liangjiang) {
        ui.label(tr!(lang, "map-tooltip-liangjiang"));
    }
    ui.weak(tr!(lang, "map-tooltip-click"));
}

/// Reasons the tooltip of a district by score spells out.
const TOOLTIP_REASONS: usize = 3;

/// By score: the district's score (or its best cell's, naming the sector) and its first reasons; or why it has
/// none.
fn score_tooltip_ui(ui: &mut egui::Ui, frame: &MapFrame<'_>, index: usize) {
    let lang = frame.lang;
    let value = &frame.series.districts[index];
    let Some(group) = &value.scored else {
        if value.num_projects > 0 {
            ui.label(tr!(lang, "map-tooltip-no-score", below = THIN_BELOW));
        }
        return;
    };
    let score = crate::ui::opportunities::score_text(group.score);
    let headline = match group.key.as_slice() {
        [sector, _] => tr!(
            lang,
            "map-tooltip-best-cell",
            score = score,
            sector = crate::query::labels::value_name(
                frame.context.dataset,
                crate::model::Field::Sector,
                sector,
                lang
            )
        ),
        _ => tr!(lang, "map-tooltip-score", score = score),
    };
    ui.strong(headline);
    if group.thin {
        // A best cell may be empty or nearly so: that is the white space, but say how little it rests on.
        ui.colored_label(
            ui.visuals().warn_fg_color,
            tr!(lang, "map-tooltip-thin-cell", n = group.projects),
        );
    }
    for why in group.why.iter().take(TOOLTIP_REASONS) {
        ui.label(format!("• {}", why_text_in(lang, why)));
    }
}
