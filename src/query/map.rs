//! The district map's numbers and layout, with no drawing: the value of every division for the view's measure
//! (contracted, projects, share, or the opportunity score),
//! the classed breaks of the choropleth and their colours, the rows that cannot go on the map, the projection
//! from degrees to the screen, the triangles that fill each district, and where each name goes (inside its
//! district, at the end of a leader line, or only on hover).
//!
//! `ui::map` draws exactly what this computes, so the window and the slide PNG cannot disagree, and the rules
//! (a label never on a neighbour, classes that partition the values) are tested here without a window.
//!
//! Must not depend on egui, eframe or rfd.

mod classes;
mod labels;
mod palette;
mod projection;
mod triangles;

use serde::{Deserialize, Serialize};

pub use classes::ClassBreaks;
pub use labels::{LabelPlace, LabelRequest, ScreenRect, place_labels};
pub use palette::{Ink, class_colour, ink_on};
pub use projection::Projection;
pub use triangles::{triangulate, triangulated};

use super::aggregate::GroupSummary;
use super::score::{ScoreBy, ScoredGroup, Scores, THIN_BELOW};
use super::view::MapZoom;
use crate::model::geo::{Geometry, Shape};

/// What the choropleth colours (and the bubbles size) by.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum MapMeasure {
    /// Contracted amount in the view's currency.
    #[default]
    Contracted,
    /// Number of projects.
    Projects,
    /// Share of the selection's contracted total, in %.
    Share,
    /// The opportunity score (0…100) under the view's weights and window: the district's own score, or its best
    /// cell's when the score ranks sector × district cells (see [`map_series`]).
    Score,
}

impl MapMeasure {
    pub const ALL: [MapMeasure; 4] = [
        MapMeasure::Contracted,
        MapMeasure::Projects,
        MapMeasure::Share,
        MapMeasure::Score,
    ];
}

/// How the values are drawn on the district shapes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum MapStyle {
    /// Districts filled by class.
    #[default]
    Choropleth,
    /// Outlined districts with a bubble (area ∝ value) at each label anchor.
    Bubbles,
}

impl MapStyle {
    pub const ALL: [MapStyle; 2] = [MapStyle::Choropleth, MapStyle::Bubbles];
}

/// The bounds of the central urban area view (west, south, east, north in degrees): Yuzhong and the districts
/// around it, where most of the money is and the whole-municipality view is too small to read.
pub const CENTRAL_BBOX: [f64; 4] = [106.28, 29.33, 106.80, 29.90];

/// A district's name as a map label, short enough to fit: without the note in brackets ("Shapingba (incl.
/// Xiyong)" ⇒ "Shapingba"), and an autonomous county by its place name, as people say it ("Youyang Tujia & Miao
/// AC" ⇒ "Youyang", 酉阳土家族苗族自治县 ⇒ 酉阳, the Hong Kong 酉陽土家族苗族自治縣 ⇒ 酉陽). The tooltip has the
/// whole name.
pub fn short_name(name: &str) -> &str {
    let name = name
        .split_once(" (")
        .or_else(|| name.split_once('（'))
        .map_or(name, |(short, _)| short)
        .trim();
    if name.ends_with(" AC") {
        return name.split(' ').next().unwrap_or(name);
    }
    if name.ends_with("自治县") || name.ends_with("自治縣") {
        // Chongqing's four autonomous counties all have a two-character place name.
        return name
            .char_indices()
            .nth(2)
            .map_or(name, |(end, _)| &name[..end]);
    }
    name
}

/// The degrees the map shows at `zoom` (west, south, east, north), with a margin around the whole municipality.
pub fn view_bbox(geometry: &Geometry, zoom: MapZoom) -> [f64; 4] {
    match zoom {
        MapZoom::CentralUrbanArea => CENTRAL_BBOX,
        MapZoom::WholeMunicipality => {
            let [west, south, east, north] = geometry.bbox();
            let pad = 0.05;
            [west - pad, south - pad, east + pad, north + pad]
        }
    }
}

/// A shape's rings on screen.
pub fn project_shape(shape: &Shape, projection: &Projection) -> Vec<Vec<Vec<[f64; 2]>>> {
    shape
        .polygons
        .iter()
        .map(|rings| {
            rings
                .iter()
                .map(|ring| ring.iter().map(|&p| projection.to_screen(p)).collect())
                .collect()
        })
        .collect()
}

/// One division of the map with the selection's figures.
#[derive(Clone, Debug, PartialEq)]
pub struct DistrictValue {
    /// Index into `Geometry::districts`.
    pub index: usize,
    pub num_projects: usize,
    /// In the view's currency, millions.
    pub contracted_m: f64,
    pub share_pct: f64,
    /// The measure's value; `None` when the selection has no project here, or (by score) when the district has no
    /// score or too few projects for one to mean anything (drawn outlined, unfilled).
    pub value: Option<f64>,
    /// By score: the group the district's score is, its own or its best cell, with the why.
    pub scored: Option<ScoredGroup>,
    /// The choropleth class of `value`.
    pub class: Option<usize>,
}

/// Rows of the selection whose district is not one of the 38 (unknown or not stated).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Unmapped {
    pub num_projects: usize,
    /// In the view's currency, millions.
    pub contracted_m: f64,
}

/// Everything the map shows of a selection.
#[derive(Clone, Debug, PartialEq)]
pub struct MapSeries {
    pub measure: MapMeasure,
    /// Every division, in the geometry's order.
    pub districts: Vec<DistrictValue>,
    pub breaks: ClassBreaks,
    pub unmapped: Unmapped,
}

/// The map of a selection grouped by district (`Derived::by_district`), for `measure`. Group keys are the
/// reference English names (the loaders have joined every variant to them), so matching is by that name.
///
/// By score, `scores` is the ranking the map shows (see [`crate::query::Opportunity::map_ranking`]): by district,
/// each district has its own score; by cell, a district takes its best cell's score (empty cells included: they
/// are the white space the cell score looks for), so the map points at the district holding the best opening.
/// A district with fewer than [`THIN_BELOW`] selected projects is left unfilled like a district with none: its
/// score would rest on one or two projects. A ranking by sector puts nothing on the map.
pub fn map_series(
    geometry: &Geometry,
    by_district: &[GroupSummary],
    measure: MapMeasure,
    scores: Option<&Scores>,
) -> MapSeries {
    let mut districts: Vec<DistrictValue> = (0..geometry.districts.len())
        .map(|index| DistrictValue {
            index,
            num_projects: 0,
            contracted_m: 0.0,
            share_pct: 0.0,
            value: None,
            scored: None,
            class: None,
        })
        .collect();
    let mut unmapped = Unmapped::default();
    for group in by_district {
        let Some(index) = geometry.districts.iter().position(|d| d.name == group.key) else {
            unmapped.num_projects += group.summary.count;
            unmapped.contracted_m += group.summary.contracted_usd_m;
            continue;
        };
        let district = &mut districts[index];
        district.num_projects += group.summary.count;
        district.contracted_m += group.summary.contracted_usd_m;
        district.share_pct += group.share_pct;
    }
    if measure == MapMeasure::Score {
        for (district, group) in districts.iter_mut().zip(district_scores(geometry, scores)) {
            if district.num_projects >= THIN_BELOW {
                district.value = group.and_then(|g| g.score);
                district.scored = group.filter(|g| g.score.is_some()).cloned();
            }
        }
    } else {
        for district in &mut districts {
            if district.num_projects > 0 {
                district.value = Some(match measure {
                    MapMeasure::Contracted => district.contracted_m,
                    MapMeasure::Projects => district.num_projects as f64,
                    MapMeasure::Share => district.share_pct,
                    MapMeasure::Score => continue,
                });
            }
        }
    }
    let values: Vec<f64> = districts.iter().filter_map(|d| d.value).collect();
    let breaks = ClassBreaks::nice_quantiles(&values, 5, measure == MapMeasure::Projects);
    for district in &mut districts {
        district.class = district.value.map(|v| breaks.class_of(v));
    }
    MapSeries {
        measure,
        districts,
        breaks,
        unmapped,
    }
}

/// The group each division of `geometry` is scored by in `scores`: its own (by district) or its best cell (by
/// cell: the first in the ranking's order, best first); `None` for a division the ranking lacks.
fn district_scores<'a>(
    geometry: &Geometry,
    scores: Option<&'a Scores>,
) -> Vec<Option<&'a ScoredGroup>> {
    let mut best = vec![None; geometry.districts.len()];
    let Some(scores) = scores.filter(|s| s.by != ScoreBy::Sector) else {
        return best;
    };
    for group in &scores.groups {
        let Some(name) = group.key.last() else {
            continue;
        };
        if let Some(index) = geometry.districts.iter().position(|d| d.name == *name)
            && best[index].is_none()
        {
            best[index] = Some(group);
        }
    }
    best
}

#[cfg(test)]
mod tests;
