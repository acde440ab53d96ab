//! Where each district's name goes, in screen points: inside its own district when the name fits there (at the
//! label anchor, else at the nearest spot that fits), else outside every district at the end of a leader line
//! from the anchor, else nowhere (the name shows on hover). A name therefore never lies on a neighbour, and no
//! two names overlap.

/// An axis-aligned rectangle in screen points.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ScreenRect {
    pub min: [f64; 2],
    pub max: [f64; 2],
}

impl ScreenRect {
    pub fn new(min: [f64; 2], max: [f64; 2]) -> Self {
        Self { min, max }
    }

    pub fn from_centre_size(centre: [f64; 2], size: [f64; 2]) -> Self {
        let half = [size[0] / 2.0, size[1] / 2.0];
        Self::new(
            [centre[0] - half[0], centre[1] - half[1]],
            [centre[0] + half[0], centre[1] + half[1]],
        )
    }

    pub fn width(&self) -> f64 {
        self.max[0] - self.min[0]
    }

    pub fn height(&self) -> f64 {
        self.max[1] - self.min[1]
    }

    pub fn centre(&self) -> [f64; 2] {
        [
            (self.min[0] + self.max[0]) / 2.0,
            (self.min[1] + self.max[1]) / 2.0,
        ]
    }

    pub fn contains(&self, p: [f64; 2]) -> bool {
        (self.min[0]..=self.max[0]).contains(&p[0]) && (self.min[1]..=self.max[1]).contains(&p[1])
    }

    pub fn contains_rect(&self, other: &ScreenRect) -> bool {
        self.contains(other.min) && self.contains(other.max)
    }

    pub fn intersects(&self, other: &ScreenRect) -> bool {
        self.min[0] < other.max[0]
            && other.min[0] < self.max[0]
            && self.min[1] < other.max[1]
            && other.min[1] < self.max[1]
    }

    pub fn expand(&self, by: f64) -> Self {
        Self::new(
            [self.min[0] - by, self.min[1] - by],
            [self.max[0] + by, self.max[1] + by],
        )
    }

    /// The point of the rectangle nearest to `p` (where a leader line ends).
    pub fn nearest_point(&self, p: [f64; 2]) -> [f64; 2] {
        [
            p[0].clamp(self.min[0], self.max[0]),
            p[1].clamp(self.min[1], self.max[1]),
        ]
    }

    fn corners(&self) -> [[f64; 2]; 4] {
        [
            self.min,
            [self.max[0], self.min[1]],
            self.max,
            [self.min[0], self.max[1]],
        ]
    }

    /// Whether the segment `a`–`b` meets the rectangle (Liang–Barsky clipping).
    pub fn meets_segment(&self, a: [f64; 2], b: [f64; 2]) -> bool {
        let (mut t0, mut t1) = (0.0_f64, 1.0_f64);
        let d = [b[0] - a[0], b[1] - a[1]];
        for axis in 0..2 {
            for (p, q) in [
                (-d[axis], a[axis] - self.min[axis]),
                (d[axis], self.max[axis] - a[axis]),
            ] {
                if p == 0.0 {
                    if q < 0.0 {
                        return false;
                    }
                } else {
                    let t = q / p;
                    if p < 0.0 {
                        t0 = t0.max(t);
                    } else {
                        t1 = t1.min(t);
                    }
                    if t0 > t1 {
                        return false;
                    }
                }
            }
        }
        true
    }
}

/// One district's name to place: its shape and anchor on screen, and the size of its label.
#[derive(Clone, Debug)]
pub struct LabelRequest {
    /// Polygons in screen points, each an outer ring (closed) then holes.
    pub polygons: Vec<Vec<Vec<[f64; 2]>>>,
    /// The label anchor (the pole of inaccessibility) on screen.
    pub anchor: [f64; 2],
    /// The label's width and height.
    pub size: [f64; 2],
    /// The same in the smaller font tried when the name does not fit inside at `size`.
    pub small_size: [f64; 2],
}

impl LabelRequest {
    pub(super) fn bbox(&self) -> Option<ScreenRect> {
        let mut points = self.polygons.iter().flatten().flatten();
        let first = *points.next()?;
        Some(points.fold(ScreenRect::new(first, first), |r, p| {
            ScreenRect::new(
                [r.min[0].min(p[0]), r.min[1].min(p[1])],
                [r.max[0].max(p[0]), r.max[1].max(p[1])],
            )
        }))
    }
}

/// Where a name went.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum LabelPlace {
    /// Inside the district; `small` when only the smaller font fits.
    Inside { rect: ScreenRect, small: bool },
    /// Outside every district, with a line from the anchor `from`.
    Leader { from: [f64; 2], label: ScreenRect },
    /// Nowhere: too small, and no free space near; the name shows on hover.
    HoverOnly,
}

impl LabelPlace {
    pub fn rect(&self) -> Option<ScreenRect> {
        match self {
            LabelPlace::Inside { rect, .. } | LabelPlace::Leader { label: rect, .. } => Some(*rect),
            LabelPlace::HoverOnly => None,
        }
    }
}

/// Space kept between a name and the borders or other names.
const PAD: f64 = 2.0;

/// Places every request's name inside `view` (see the module documentation). The districts are drawn only
/// within `map_area` (a zoomed map is cut off there), so outside it is free space for leader lines. Requests are
/// taken in order for leader lines: put the most important first.
pub fn place_labels(
    requests: &[LabelRequest],
    view: ScreenRect,
    map_area: ScreenRect,
) -> Vec<LabelPlace> {
    let borders: Vec<Option<Border>> = requests.iter().map(Border::new).collect();
    let mut places: Vec<LabelPlace> = requests
        .iter()
        .zip(&borders)
        .map(|(request, border)| match border {
            Some(border) => [(request.size, false), (request.small_size, true)]
                .into_iter()
                .find_map(|(size, small)| {
                    inside_place(request, border, size, map_area)
                        .map(|rect| LabelPlace::Inside { rect, small })
                })
                .unwrap_or(LabelPlace::HoverOnly),
            None => LabelPlace::HoverOnly,
        })
        .collect();
    for i in 0..requests.len() {
        if places[i] != LabelPlace::HoverOnly || !map_area.contains(requests[i].anchor) {
            continue;
        }
        if let Some(label) = leader_place(&requests[i], &borders, &places, view, map_area) {
            places[i] = LabelPlace::Leader {
                from: requests[i].anchor,
                label,
            };
        }
    }
    places
}

/// A box for the name that lies wholly inside its own district and the view: the anchor if it fits, else the
/// spot nearest to it on a grid over the district.
fn inside_place(
    request: &LabelRequest,
    border: &Border,
    label: [f64; 2],
    view: ScreenRect,
) -> Option<ScreenRect> {
    let bbox = border.bbox;
    let size = [label[0] + 2.0 * PAD, label[1] + 2.0 * PAD];
    if size[0] > bbox.width() || size[1] > bbox.height() {
        return None;
    }
    let fits = |centre: [f64; 2]| {
        let rect = ScreenRect::from_centre_size(centre, size);
        (view.contains_rect(&rect) && border.within(&rect))
            .then(|| ScreenRect::from_centre_size(centre, label))
    };
    if let Some(rect) = fits(request.anchor) {
        return Some(rect);
    }
    const STEPS: usize = 24;
    let (lo, hi) = (
        [bbox.min[0] + size[0] / 2.0, bbox.min[1] + size[1] / 2.0],
        [bbox.max[0] - size[0] / 2.0, bbox.max[1] - size[1] / 2.0],
    );
    let mut candidates: Vec<[f64; 2]> = (0..=STEPS)
        .flat_map(|i| (0..=STEPS).map(move |j| (i, j)))
        .map(|(i, j)| {
            [
                lo[0] + (hi[0] - lo[0]) * i as f64 / STEPS as f64,
                lo[1] + (hi[1] - lo[1]) * j as f64 / STEPS as f64,
            ]
        })
        .collect();
    let distance =
        |p: &[f64; 2]| (p[0] - request.anchor[0]).powi(2) + (p[1] - request.anchor[1]).powi(2);
    candidates.sort_by(|a, b| distance(a).total_cmp(&distance(b)));
    candidates.into_iter().find_map(fits)
}

/// How many horizontal bands a district's border is cut into (see [`Border`]).
const BANDS: usize = 64;

/// A district's border segments sorted into horizontal bands, so that a point or a box is tested against the
/// segments level with it instead of the whole border. Placing the names tries hundreds of boxes per district:
/// against every border point that took 10–20 ms (70 ms beside a view evaluating on both cores), in the frame
/// in which the map changes size, e.g. when the first filter chip appears above it. The answers are exactly
/// those of the whole border: a segment is in every band its vertical extent meets, and only such segments
/// can cross a point's ray or meet a box.
pub(super) struct Border {
    bbox: ScreenRect,
    band_height: f64,
    /// Per polygon, per band: the segments of its rings (outer ring and holes) that reach into the band.
    polygons: Vec<Vec<Vec<[[f64; 2]; 2]>>>,
}

impl Border {
    /// `None` for a request without points.
    pub(super) fn new(request: &LabelRequest) -> Option<Self> {
        let bbox = request.bbox()?;
        let mut border = Self {
            bbox,
            band_height: bbox.height() / BANDS as f64,
            polygons: Vec::new(),
        };
        border.polygons = request
            .polygons
            .iter()
            .map(|rings| {
                let mut bands = vec![Vec::new(); BANDS];
                for w in rings.iter().flat_map(|ring| ring.windows(2)) {
                    let extent = border.bands(w[0][1].min(w[1][1]), w[0][1].max(w[1][1]));
                    for band in &mut bands[extent] {
                        band.push([w[0], w[1]]);
                    }
                }
                bands
            })
            .collect();
        Some(border)
    }

    /// The band of height `y`: the first or last for heights above or below the border (and for a flat one).
    fn band(&self, y: f64) -> usize {
        // Monotone in `y`, so a segment spanning `y` is in its band; `as` turns NaN and negatives into 0.
        (((y - self.bbox.min[1]) / self.band_height).floor() as usize).min(BANDS - 1)
    }

    fn bands(&self, top: f64, bottom: f64) -> std::ops::RangeInclusive<usize> {
        self.band(top)..=self.band(bottom)
    }

    /// Whether `rect` lies inside the polygons: its centre is inside and no border crosses it.
    fn within(&self, rect: &ScreenRect) -> bool {
        self.contains(rect.centre()) && !self.meets(rect)
    }

    /// Whether any ring's edge meets `rect`.
    pub(super) fn meets(&self, rect: &ScreenRect) -> bool {
        let extent = self.bands(rect.min[1], rect.max[1]);
        self.polygons
            .iter()
            .flat_map(|bands| bands[extent.clone()].iter().flatten())
            .any(|&[a, b]| rect.meets_segment(a, b))
    }

    /// Even-odd point in polygon (outer ring then holes), for any of the polygons.
    pub(super) fn contains(&self, p: [f64; 2]) -> bool {
        let band = self.band(p[1]);
        self.polygons.iter().any(|bands| {
            bands[band]
                .iter()
                .fold(false, |inside, &[[x0, y0], [x1, y1]]| {
                    let crosses = (y0 > p[1]) != (y1 > p[1])
                        && p[0] < (x1 - x0) * (p[1] - y0) / (y1 - y0) + x0;
                    inside != crosses
                })
        })
    }
}

/// Whether `rect` touches any district at all (a border through it, or wholly inside one).
fn on_any_district(borders: &[Option<Border>], rect: &ScreenRect) -> bool {
    borders.iter().flatten().any(|border| {
        border.bbox.intersects(rect)
            && (border.meets(rect) || rect.corners().iter().any(|&c| border.contains(c)))
    })
}

/// Whether segments `a`–`b` and `c`–`d` cross (touching at an end does not count).
fn segments_cross(a: [f64; 2], b: [f64; 2], c: [f64; 2], d: [f64; 2]) -> bool {
    let side = |p: [f64; 2], q: [f64; 2], r: [f64; 2]| {
        (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])
    };
    let (d1, d2) = (side(c, d, a), side(c, d, b));
    let (d3, d4) = (side(a, b, c), side(a, b, d));
    d1 * d2 < 0.0 && d3 * d4 < 0.0
}

/// A free spot for the name off the map, as near to the anchor as possible: boxes on rings of growing radius
/// around it, none on a district, a placed name or the line of another leader.
fn leader_place(
    request: &LabelRequest,
    borders: &[Option<Border>],
    places: &[LabelPlace],
    view: ScreenRect,
    map_area: ScreenRect,
) -> Option<ScreenRect> {
    const DIRECTIONS: usize = 24;
    let [w, h] = request.size;
    let anchor = request.anchor;
    // Away from the middle of the map first, so leader lines fan out instead of crossing.
    let middle = view.centre();
    let outward = (anchor[1] - middle[1]).atan2(anchor[0] - middle[0]);
    let mut angles: Vec<f64> = (0..DIRECTIONS)
        .map(|k| std::f64::consts::TAU * k as f64 / DIRECTIONS as f64)
        .collect();
    let turn = |angle: f64| {
        let d = (angle - outward).rem_euclid(std::f64::consts::TAU);
        d.min(std::f64::consts::TAU - d)
    };
    angles.sort_by(|a, b| turn(*a).total_cmp(&turn(*b)));
    let mut radius = 14.0;
    while radius < 360.0 {
        for &angle in &angles {
            let (dx, dy) = (angle.cos(), angle.sin());
            // Push the box out by its half extent along the direction, so its near side sits at `radius`.
            let reach = radius + (w / 2.0 * dx.abs()).max(h / 2.0 * dy.abs());
            let centre = [anchor[0] + dx * reach, anchor[1] + dy * reach];
            let rect = ScreenRect::from_centre_size(centre, request.size);
            let padded = rect.expand(PAD);
            let end = rect.nearest_point(anchor);
            let clear = view.contains_rect(&padded)
                && places.iter().all(|place| match place {
                    LabelPlace::Inside { rect: other, .. } => {
                        !other.expand(PAD).intersects(&padded) && !other.meets_segment(anchor, end)
                    }
                    LabelPlace::Leader { from, label } => {
                        let other_end = label.nearest_point(*from);
                        !label.expand(PAD).intersects(&padded)
                            && !padded.meets_segment(*from, other_end)
                            && !label.meets_segment(anchor, end)
                            && !segments_cross(anchor, end, *from, other_end)
                    }
                    LabelPlace::HoverOnly => true,
                })
                && (!padded.intersects(&map_area) || !on_any_district(borders, &padded));
            if clear {
                return Some(rect);
            }
        }
        radius += 12.0;
    }
    None
}
