//! The Map tab: Chongqing's 38 divisions as filled polygons (a choropleth by contracted, projects, share or
//! opportunity score) or as outlines with bubbles, the Liangjiang New Area outlined, names inside their districts or on leader lines,
//! a tooltip on hover and a filter on click, with a legend beside the map (never over it). The numbers, classes,
//! colours and label places come from [`crate::query::map`]; this module only draws them. A slide PNG draws the
//! same [`map_canvas_ui`], and the Opportunities tab the same map by score ([`map_canvas_as_ui`]).

mod draw;
mod legend;

use std::sync::Arc;

use super::ViewContext;
use crate::command::Command;
use crate::i18n::Lang;
use crate::model::geo::Geometry;
use crate::model::reference::NameScript;
use crate::query::map::{
    self, LabelPlace, LabelRequest, MapSeries, Projection, ScreenRect, place_labels,
};
use crate::query::score::ScoreBy;
use crate::query::{Facet, MapMeasure, MapStyle, MapZoom};
use crate::tr;

/// Label size in points (the slide is drawn at 1.5 pixels per point: 19 px).
const LABEL_SIZE: f32 = 12.5;
/// The font tried for a name that does not fit inside its district at [`LABEL_SIZE`].
const SMALL_LABEL_SIZE: f32 = 10.0;
/// The legend column beside the map.
const LEGEND_WIDTH: f32 = 250.0;

/// Which reference name the map shows in `lang`.
fn script(lang: Lang) -> NameScript {
    match lang {
        Lang::En => NameScript::English,
        Lang::ZhHans => NameScript::Simplified,
        Lang::ZhHant => NameScript::Traditional,
    }
}

/// The Map tab: zoom, measure and style (part of the view, so saved, shared and undoable), then the map.
pub fn map_ui(ui: &mut egui::Ui, context: &ViewContext<'_>, commands: &mut Vec<Command>) {
    let lang = context.lang;
    ui.horizontal_wrapped(|ui| {
        zoom_buttons_ui(ui, context, commands);
        ui.separator();
        for measure in MapMeasure::ALL {
            let selected = context.view.map_measure == measure;
            if ui
                .selectable_label(selected, measure_text(lang, measure))
                .clicked()
                && !selected
            {
                commands.push(Command::SetMapMeasure(measure));
            }
        }
        ui.separator();
        for style in MapStyle::ALL {
            let text = match style {
                MapStyle::Choropleth => tr!(lang, "map-style-filled"),
                MapStyle::Bubbles => tr!(lang, "map-style-bubbles"),
            };
            let selected = context.view.map_style == style;
            if ui.selectable_label(selected, text).clicked() && !selected {
                commands.push(Command::SetMapStyle(style));
            }
        }
        ui.separator();
        ui.weak(tr!(lang, "map-hint"));
    });
    if context.derived.selection.is_empty() {
        // Say why nothing is filled, and still show the geography below.
        super::empty_state_ui(ui, context.lang, commands);
        ui.add_space(8.0);
    }
    map_canvas_ui(ui, context, commands);
}

/// The whole-municipality and central-area buttons (the Map tab's, and the Opportunities tab's map).
pub fn zoom_buttons_ui(ui: &mut egui::Ui, context: &ViewContext<'_>, commands: &mut Vec<Command>) {
    for zoom in MapZoom::ALL {
        let text = match zoom {
            MapZoom::WholeMunicipality => tr!(context.lang, "map-zoom-whole"),
            MapZoom::CentralUrbanArea => tr!(context.lang, "map-zoom-central"),
        };
        let selected = context.view.map_zoom == zoom;
        if ui.selectable_label(selected, text).clicked() && !selected {
            commands.push(Command::SetMapZoom(zoom));
        }
    }
}

/// The name of a measure on its button.
fn measure_text(lang: Lang, measure: MapMeasure) -> String {
    match measure {
        MapMeasure::Contracted => tr!(lang, "map-measure-contracted"),
        MapMeasure::Projects => tr!(lang, "map-measure-projects"),
        MapMeasure::Share => tr!(lang, "map-measure-share"),
        MapMeasure::Score => tr!(lang, "map-measure-score"),
    }
}

/// Whether the map by score shows each district's best cell (the score ranks cells) or its own score.
fn best_cells(context: &ViewContext<'_>) -> bool {
    context.view.score.by == ScoreBy::SectorDistrict
}

/// The title of the map of the view's measure (the slide's title).
pub fn map_title(context: &ViewContext<'_>) -> String {
    let lang = context.lang;
    match context.view.map_measure {
        MapMeasure::Contracted => {
            tr!(
                lang,
                "map-title-contracted",
                unit = context.money().unit_in(lang)
            )
        }
        MapMeasure::Projects => tr!(lang, "map-title-projects"),
        MapMeasure::Share => tr!(lang, "map-title-share"),
        MapMeasure::Score if best_cells(context) => tr!(lang, "map-title-best-cell"),
        MapMeasure::Score => tr!(lang, "map-title-score"),
    }
}

/// Where the boundaries come from, for captions and *About the data*.
pub fn boundaries_caption(lang: Lang) -> String {
    tr!(
        lang,
        "map-caption-boundaries",
        package = crate::model::geo::BOUNDARY_PACKAGE,
        licence = crate::model::geo::BOUNDARY_LICENCE
    )
}

/// What one frame of the map draws from: the geometry, the series, the projection, the label places.
struct MapFrame<'a> {
    geometry: &'static Geometry,
    /// How the series (which knows its measure) is drawn.
    style: MapStyle,
    series: MapSeries,
    projection: Projection,
    /// Label places in screen points, one per district.
    places: Arc<Vec<LabelPlace>>,
    /// Label texts, one per district.
    names: Vec<String>,
    lang: Lang,
    context: &'a ViewContext<'a>,
}

/// The map at the view's zoom, measure and style with its legend column, without the buttons above (a slide PNG
/// draws this).
pub fn map_canvas_ui(ui: &mut egui::Ui, context: &ViewContext<'_>, commands: &mut Vec<Command>) {
    map_canvas_as_ui(
        ui,
        context,
        (context.view.map_measure, context.view.map_style),
        commands,
    );
}

/// The map at the view's zoom coloured by `measure` in `style`, with its legend column: the Opportunities tab
/// shows it by score whatever the Map tab's measure is.
pub fn map_canvas_as_ui(
    ui: &mut egui::Ui,
    context: &ViewContext<'_>,
    (measure, style): (MapMeasure, MapStyle),
    commands: &mut Vec<Command>,
) {
    let lang = context.lang;
    let geometry = match Geometry::embedded() {
        Ok(geometry) => geometry,
        Err(error) => {
            ui.colored_label(
                ui.visuals().error_fg_color,
                tr!(
                    lang,
                    "map-no-geometry",
                    error = crate::query::messages::load_error(&error, lang)
                ),
            );
            return;
        }
    };
    let (rect, _) = ui.allocate_exact_size(ui.available_size(), egui::Sense::hover());
    let legend_width = LEGEND_WIDTH.min(rect.width() * 0.35);
    let map_rect = egui::Rect::from_min_max(
        rect.min,
        egui::pos2(rect.max.x - legend_width - 12.0, rect.max.y),
    );
    let legend_rect =
        egui::Rect::from_min_max(egui::pos2(map_rect.max.x + 12.0, rect.min.y), rect.max);
    // By score: the ranking of the view's grouping (computed whenever a map by score is shown).
    let scores = context
        .derived
        .opportunity
        .as_deref()
        .and_then(|o| o.map_ranking(context.view.score.by).ok());
    let series = map::map_series(geometry, &context.derived.by_district, measure, scores);
    let frame = frame_for(ui, context, geometry, (series, style), map_rect, lang);
    draw::map_ui(
        ui,
        &frame,
        map_rect,
        map_area_of(map_rect, context.view.map_zoom),
        commands,
    );
    legend::legend_ui(ui, &frame, legend_rect);
}

/// The projection and label places for `map_rect`, the places cached by what they depend on (size, zoom,
/// language), since placing 38 names against 20,000 border points is too slow for every frame.
fn frame_for<'a>(
    ui: &egui::Ui,
    context: &'a ViewContext<'a>,
    geometry: &'static Geometry,
    (series, style): (MapSeries, MapStyle),
    map_rect: egui::Rect,
    lang: Lang,
) -> MapFrame<'a> {
    let view = screen_rect(map_rect);
    let map_area = screen_rect(map_area_of(map_rect, context.view.map_zoom));
    let bbox = map::view_bbox(geometry, context.view.map_zoom);
    let projection = Projection::fit(map_area.expand(-8.0), bbox);
    let names: Vec<String> = geometry
        .districts
        .iter()
        .map(|d| {
            let reference = context
                .dataset
                .reference
                .districts
                .iter()
                .find(|r| r.adcode == d.adcode);
            let name = reference.map_or(d.name.as_str(), |r| r.name_in(script(lang)));
            map::short_name(name).to_owned()
        })
        .collect();
    let key = (
        "map-labels",
        context.view.map_zoom,
        lang.tag(),
        map_rect.min.x.round() as i32,
        map_rect.min.y.round() as i32,
        map_rect.width().round() as i32,
        map_rect.height().round() as i32,
    );
    let id = ui.scope_id().with(key);
    let cached = ui
        .ctx()
        .data(|data| data.get_temp::<Arc<Vec<LabelPlace>>>(id));
    let places = cached.unwrap_or_else(|| {
        let requests: Vec<LabelRequest> = geometry
            .districts
            .iter()
            .zip(&names)
            .map(|(district, name)| {
                let size = |points: f32| {
                    let galley = ui.painter().layout_no_wrap(
                        name.clone(),
                        egui::FontId::proportional(points),
                        egui::Color32::WHITE,
                    );
                    [f64::from(galley.size().x) + 4.0, f64::from(galley.size().y)]
                };
                LabelRequest {
                    polygons: map::project_shape(&district.shape, &projection),
                    anchor: projection.to_screen(district.shape.label),
                    size: size(LABEL_SIZE),
                    small_size: size(SMALL_LABEL_SIZE),
                }
            })
            .collect();
        let places = Arc::new(place_labels(&requests, view, map_area));
        ui.ctx()
            .data_mut(|data| data.insert_temp(id, Arc::clone(&places)));
        places
    });
    MapFrame {
        geometry,
        style,
        series,
        projection,
        places,
        names,
        lang,
        context,
    }
}

/// Where the districts are drawn in `map_rect`: all of it for the whole municipality; for a zoom, less a margin
/// where the names of districts too small to label inside go on leader lines (a zoomed map has no empty space).
fn map_area_of(map_rect: egui::Rect, zoom: MapZoom) -> egui::Rect {
    match zoom {
        MapZoom::WholeMunicipality => map_rect,
        MapZoom::CentralUrbanArea => map_rect.shrink2(egui::vec2(
            (map_rect.width() * 0.13).clamp(40.0, 110.0),
            (map_rect.height() * 0.08).clamp(20.0, 50.0),
        )),
    }
}

fn screen_rect(rect: egui::Rect) -> ScreenRect {
    ScreenRect::new(
        [f64::from(rect.min.x), f64::from(rect.min.y)],
        [f64::from(rect.max.x), f64::from(rect.max.y)],
    )
}

fn to_pos(point: [f64; 2]) -> egui::Pos2 {
    egui::pos2(point[0] as f32, point[1] as f32)
}

fn to_rect(rect: ScreenRect) -> egui::Rect {
    egui::Rect::from_min_max(to_pos(rect.min), to_pos(rect.max))
}

/// The filter a click on district `index` asks for.
fn filter_to(frame: &MapFrame<'_>, index: usize) -> Command {
    Command::FilterTo {
        facet: Facet::District,
        value: frame.geometry.districts[index].name.clone(),
    }
}
