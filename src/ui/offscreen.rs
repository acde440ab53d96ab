//! Renders an egui UI into an RGBA image on the CPU, with no window and no GPU.
//!
//! Exports (a chart or the map as a PNG for a client slide) must be larger than the window and must work on
//! machines without a GPU, so we run a headless [`egui::Context`] at the requested size, tessellate its shapes
//! with epaint and rasterize the triangle meshes in software. Because the real drawing code runs (egui_plot and
//! all), the image shows exactly what the screen shows.
//!
//! The rasterizer mirrors what egui's own GPU renderers do: premultiplied-alpha colours in gamma space, vertex
//! colour times texel, "over" blending, scissoring by the clip rectangle rounded to whole pixels. egui feathers
//! the edges of its shapes, so anti-aliasing comes for free and no multisampling is needed.
//!
//! UI module: depends on egui/epaint only; nothing in the core depends on it.

use std::collections::HashMap;

use egui::epaint::textures::{TextureFilter, TextureOptions, TextureWrapMode, TexturesDelta};
use egui::epaint::{
    ClippedPrimitive, Color32, ColorImage, ImageData, ImageDelta, Mesh, Pos2, Primitive, Rect,
    TextureId, Vertex,
};

/// An RGBA8 image, row-major, premultiplied-alpha resolved to opaque over `background` (the result is fully opaque).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RenderedImage {
    pub width: u32,
    pub height: u32,
    pub rgba: Vec<u8>,
}

impl RenderedImage {
    /// The colour at pixel (`x`, `y`), or `None` outside the image.
    pub fn pixel(&self, x: u32, y: u32) -> Option<[u8; 4]> {
        if x >= self.width || y >= self.height {
            return None;
        }
        let start = (y as usize * self.width as usize + x as usize) * 4;
        let bytes = self.rgba.get(start..start + 4)?;
        Some([bytes[0], bytes[1], bytes[2], bytes[3]])
    }
}

/// Three frames: the first lays out with guessed sizes (and egui may discard it for a sizing pass), the next ones
/// see the remembered sizes of panels, grids and plots, so the last one is settled.
const NUM_FRAMES: usize = 3;

/// The software renderer has no texture size limit; a big atlas means glyphs at a high `pixels_per_point` (and
/// CJK district names) never overflow it, which would make egui clear and refill the atlas mid-render.
const MAX_TEXTURE_SIDE: usize = 16_384;

/// Renders `draw` into an image of `size_points * pixels_per_point` pixels, with no window and no GPU.
///
/// `setup` runs once on the fresh context before the first pass (install fonts and the theme there).
/// `draw` is called for each pass with a `Ui` filling the whole area, over a `background` fill and without
/// margins. Several frames are run so that layouts settle; the shapes and textures of the last one are used.
/// Animations are switched off (a still image must show the end state). `background` should be opaque: the
/// image is made opaque at the end, as if over black.
pub fn render_offscreen(
    size_points: egui::Vec2,
    pixels_per_point: f32,
    background: egui::Color32,
    setup: impl FnOnce(&egui::Context),
    mut draw: impl FnMut(&mut egui::Ui),
) -> RenderedImage {
    let ctx = egui::Context::default();
    setup(&ctx);
    disable_animations(&ctx);

    let input = headless_input(size_points, pixels_per_point);
    let mut textures = TextureStore::default();
    let mut last_frame = None;
    for frame_index in 0..NUM_FRAMES {
        let mut output = ctx.run_ui(input.clone(), |ui| {
            filled_area_ui(ui, background, &mut draw)
        });
        let is_last_frame = frame_index + 1 == NUM_FRAMES;
        textures.apply_delta(&mut output.textures_delta, is_last_frame);
        if is_last_frame {
            last_frame = Some((output.shapes, output.pixels_per_point));
        }
    }

    let mut canvas = Canvas::new(image_size(size_points, pixels_per_point), background);
    if let Some((shapes, output_pixels_per_point)) = last_frame {
        let primitives = ctx.tessellate(shapes, output_pixels_per_point);
        canvas.paint_primitives(&primitives, output_pixels_per_point, &textures);
    }
    canvas.into_image()
}

/// The one `Ui` of every pass: the whole area, filled with `background`, no margins.
fn filled_area_ui(ui: &mut egui::Ui, background: Color32, draw: &mut impl FnMut(&mut egui::Ui)) {
    egui::CentralPanel::default()
        .frame(egui::Frame::NONE.fill(background))
        .show(ui, |ui| draw(ui));
}

/// A still image must show the end state of every animation, and no blinking text cursor.
fn disable_animations(ctx: &egui::Context) {
    ctx.all_styles_mut(|style| {
        style.animation_time = 0.0;
        style.scroll_animation = egui::style::ScrollAnimation::none();
        style.visuals.text_cursor.blink = false;
    });
}

/// Input of a window that does not exist: the requested size, the requested scale, no events.
fn headless_input(size_points: egui::Vec2, pixels_per_point: f32) -> egui::RawInput {
    let mut input = egui::RawInput {
        screen_rect: Some(Rect::from_min_size(Pos2::ZERO, size_points)),
        max_texture_side: Some(MAX_TEXTURE_SIDE),
        ..Default::default()
    };
    // egui's scale is `zoom_factor * native_pixels_per_point`; the zoom factor stays at its default of 1.
    for viewport in input.viewports.values_mut() {
        viewport.native_pixels_per_point = Some(pixels_per_point);
    }
    input
}

/// The image size in whole pixels, as a window of `size_points` would have on a screen of that scale.
fn image_size(size_points: egui::Vec2, pixels_per_point: f32) -> [usize; 2] {
    let pixels = size_points * pixels_per_point;
    let to_pixels = |length: f32| {
        if length.is_finite() && length > 0.0 {
            length.round() as usize
        } else {
            0
        }
    };
    [to_pixels(pixels.x), to_pixels(pixels.y)]
}

// ---------------------------------------------------------------------------------------------------------------
// Textures

/// A texture as the renderer keeps it: premultiplied texels and how to sample them.
struct Texture {
    size: [usize; 2],
    texels: Vec<Color32>,
    options: TextureOptions,
}

/// Every texture egui asked us to hold (the font atlas is `TextureId::Managed(0)`), kept up to date by applying
/// the texture deltas of every frame, in order, as a GPU integration would.
#[derive(Default)]
struct TextureStore {
    textures: HashMap<TextureId, Texture>,
}

impl TextureStore {
    /// Applies and empties `delta` (egui panics in debug builds if a delta is dropped unapplied). Frees are meant
    /// for after painting, so the last frame's are dropped: we paint it and then throw everything away.
    fn apply_delta(&mut self, delta: &mut TexturesDelta, is_last_frame: bool) {
        for (id, image_deltas) in delta.set.drain() {
            for image_delta in &image_deltas {
                self.apply_image_delta(id, image_delta);
            }
        }
        let freed = std::mem::take(&mut delta.free);
        if !is_last_frame {
            for id in freed {
                self.textures.remove(&id);
            }
        }
    }

    fn apply_image_delta(&mut self, id: TextureId, image_delta: &ImageDelta) {
        let ImageData::Color(image) = &image_delta.image;
        match image_delta.pos {
            None => {
                let texture = Texture {
                    size: image.size,
                    texels: image.pixels.clone(),
                    options: image_delta.options,
                };
                self.textures.insert(id, texture);
            }
            Some(position) => {
                if let Some(texture) = self.textures.get_mut(&id) {
                    texture.options = image_delta.options;
                    copy_patch(texture, image, position);
                }
            }
        }
    }

    fn get(&self, id: TextureId) -> Option<&Texture> {
        self.textures.get(&id)
    }
}

/// Copies `patch` into `texture` at `position`, cutting off whatever falls outside.
fn copy_patch(texture: &mut Texture, patch: &ColorImage, position: [usize; 2]) {
    let [texture_width, texture_height] = texture.size;
    let [patch_width, patch_height] = patch.size;
    let [left, top] = position;
    let copy_width = patch_width.min(texture_width.saturating_sub(left));
    let copy_height = patch_height.min(texture_height.saturating_sub(top));
    for row in 0..copy_height {
        let source_start = row * patch_width;
        let target_start = (top + row) * texture_width + left;
        let source = patch.pixels.get(source_start..source_start + copy_width);
        let target = texture
            .texels
            .get_mut(target_start..target_start + copy_width);
        if let (Some(source), Some(target)) = (source, target) {
            target.copy_from_slice(source);
        }
    }
}

/// Premultiplied RGBA, each channel 0..=255, as floats so that interpolation and filtering do not round.
type Rgba = [f32; 4];

fn rgba_of(color: Color32) -> Rgba {
    color.to_array().map(f32::from)
}

impl Texture {
    /// The texture's colour at texel coordinates (`u * width`, `v * height`), filtered as its options ask.
    fn sample(&self, texel_u: f32, texel_v: f32) -> Rgba {
        match self.options.magnification {
            TextureFilter::Nearest => self.texel(texel_u.floor() as i64, texel_v.floor() as i64),
            TextureFilter::Linear => self.sample_bilinear(texel_u, texel_v),
        }
    }

    /// Texel centres sit at half-integer coordinates, as on a GPU.
    fn sample_bilinear(&self, texel_u: f32, texel_v: f32) -> Rgba {
        let x = texel_u - 0.5;
        let y = texel_v - 0.5;
        let left = x.floor();
        let top = y.floor();
        let right_weight = x - left;
        let bottom_weight = y - top;
        let (left, top) = (left as i64, top as i64);
        let top_left = self.texel(left, top);
        let top_right = self.texel(left + 1, top);
        let bottom_left = self.texel(left, top + 1);
        let bottom_right = self.texel(left + 1, top + 1);
        std::array::from_fn(|channel| {
            let upper = lerp(top_left[channel], top_right[channel], right_weight);
            let lower = lerp(bottom_left[channel], bottom_right[channel], right_weight);
            lerp(upper, lower, bottom_weight)
        })
    }

    /// The texel at integer coordinates, wrapped into the texture as its options ask.
    fn texel(&self, x: i64, y: i64) -> Rgba {
        let [width, height] = self.size;
        let mode = self.options.wrap_mode;
        let column = wrap_coordinate(x, width, mode);
        let row = wrap_coordinate(y, height, mode);
        self.texels
            .get(row * width + column)
            .map_or([0.0; 4], |&texel| rgba_of(texel))
    }
}

fn lerp(from: f32, to: f32, weight: f32) -> f32 {
    from + (to - from) * weight
}

fn wrap_coordinate(coordinate: i64, length: usize, mode: TextureWrapMode) -> usize {
    let length = length.max(1) as i64;
    let wrapped = match mode {
        TextureWrapMode::ClampToEdge => coordinate.clamp(0, length - 1),
        TextureWrapMode::Repeat => coordinate.rem_euclid(length),
        TextureWrapMode::MirroredRepeat => {
            let period = coordinate.rem_euclid(2 * length);
            if period < length {
                period
            } else {
                2 * length - 1 - period
            }
        }
    };
    wrapped as usize
}

// ---------------------------------------------------------------------------------------------------------------
// Rasterizer

/// The image being painted: opaque premultiplied RGBA pixels, row by row.
struct Canvas {
    width: usize,
    height: usize,
    pixels: Vec<[u8; 4]>,
}

/// A half-open range of whole pixels, `min` included and `max` excluded, inside the canvas.
#[derive(Clone, Copy, Debug)]
struct PixelRect {
    min_x: usize,
    min_y: usize,
    max_x: usize,
    max_y: usize,
}

/// A mesh vertex ready for rasterizing: position in pixels, texture coordinates in texels, colour as floats.
#[derive(Clone, Copy, Debug)]
struct RasterVertex {
    x: f32,
    y: f32,
    texel_u: f32,
    texel_v: f32,
    color: Rgba,
}

impl Canvas {
    fn new([width, height]: [usize; 2], background: Color32) -> Self {
        Self {
            width,
            height,
            pixels: vec![background.to_array(); width * height],
        }
    }

    fn paint_primitives(
        &mut self,
        primitives: &[ClippedPrimitive],
        pixels_per_point: f32,
        textures: &TextureStore,
    ) {
        for primitive in primitives {
            // Paint callbacks are custom GPU code; there is no GPU here, and the app draws with meshes only.
            let Primitive::Mesh(mesh) = &primitive.primitive else {
                continue;
            };
            // A mesh whose texture egui never sent (a user texture of another renderer) cannot be drawn.
            let Some(texture) = textures.get(mesh.texture_id) else {
                continue;
            };
            if let Some(clip) = self.clip_in_pixels(primitive.clip_rect, pixels_per_point) {
                self.paint_mesh(mesh, texture, pixels_per_point, clip);
            }
        }
    }

    /// The clip rectangle in whole pixels, rounded as egui's GPU renderers round their scissor rectangle.
    fn clip_in_pixels(&self, clip_rect: Rect, pixels_per_point: f32) -> Option<PixelRect> {
        let to_pixel = |points: f32, limit: usize| -> usize {
            let pixel = (points * pixels_per_point).round();
            if pixel.is_nan() || pixel <= 0.0 {
                0
            } else {
                (pixel as usize).min(limit)
            }
        };
        let clip = PixelRect {
            min_x: to_pixel(clip_rect.min.x, self.width),
            min_y: to_pixel(clip_rect.min.y, self.height),
            max_x: to_pixel(clip_rect.max.x, self.width),
            max_y: to_pixel(clip_rect.max.y, self.height),
        };
        (clip.min_x < clip.max_x && clip.min_y < clip.max_y).then_some(clip)
    }

    fn paint_mesh(
        &mut self,
        mesh: &Mesh,
        texture: &Texture,
        pixels_per_point: f32,
        clip: PixelRect,
    ) {
        let [texture_width, texture_height] = texture.size.map(|length| length as f32);
        let raster_vertex = |vertex: &Vertex| RasterVertex {
            x: vertex.pos.x * pixels_per_point,
            y: vertex.pos.y * pixels_per_point,
            texel_u: vertex.uv.x * texture_width,
            texel_v: vertex.uv.y * texture_height,
            color: rgba_of(vertex.color),
        };
        for triangle in mesh.indices.chunks_exact(3) {
            let corners = [triangle[0], triangle[1], triangle[2]]
                .map(|index| mesh.vertices.get(index as usize).map(raster_vertex));
            if let [Some(a), Some(b), Some(c)] = corners {
                self.paint_triangle([a, b, c], texture, clip);
            }
        }
    }

    /// Paints one triangle, pixel centre by pixel centre, within `clip`. Only the pixels of each row that can be
    /// inside are visited, so long thin triangles (plot lines) cost their area, not their bounding box.
    fn paint_triangle(&mut self, corners: [RasterVertex; 3], texture: &Texture, clip: PixelRect) {
        let Some(setup) = TriangleSetup::new(corners) else {
            return;
        };
        let Some(rows) = setup.row_range(clip) else {
            return;
        };
        let shading = Shading::new(&corners, texture);
        for row in rows {
            let centre_y = row as f32 + 0.5;
            let Some(columns) = setup.column_range(centre_y, clip) else {
                continue;
            };
            let row_start = row * self.width;
            for column in columns {
                let centre_x = column as f32 + 0.5;
                let Some(weights) = setup.weights_if_inside(centre_x, centre_y) else {
                    continue;
                };
                let source = shading.color_at(&corners, weights, texture);
                if let Some(target) = self.pixels.get_mut(row_start + column) {
                    blend_over(target, source);
                }
            }
        }
    }

    fn into_image(self) -> RenderedImage {
        let rgba = self
            .pixels
            .into_iter()
            .flat_map(|[red, green, blue, _]| [red, green, blue, u8::MAX])
            .collect();
        RenderedImage {
            width: u32::try_from(self.width).unwrap_or(u32::MAX),
            height: u32::try_from(self.height).unwrap_or(u32::MAX),
            rgba,
        }
    }
}

/// Premultiplied "over" in gamma space, as egui's renderers blend: `target = source + target * (1 - source_alpha)`.
fn blend_over(target: &mut [u8; 4], source: Rgba) {
    let keep = 1.0 - source[3] / 255.0;
    for (channel, &source_channel) in target.iter_mut().zip(&source) {
        let blended = source_channel + f32::from(*channel) * keep;
        *channel = blended.round().clamp(0.0, 255.0) as u8;
    }
}

/// One edge of a triangle, from `start` along (`delta_x`, `delta_y`), as an edge function that is positive on the
/// triangle's side.
#[derive(Clone, Copy, Debug)]
struct Edge {
    start_x: f32,
    start_y: f32,
    delta_x: f32,
    delta_y: f32,
    /// The top-left fill rule: a pixel centre exactly on an edge shared by two triangles belongs to one of them
    /// only, so translucent quads show no double-painted diagonal.
    owns_boundary: bool,
}

impl Edge {
    fn new(from: &RasterVertex, to: &RasterVertex) -> Self {
        let delta_x = to.x - from.x;
        let delta_y = to.y - from.y;
        // With y pointing down and the inside on the positive side: a top edge is horizontal going right, a left
        // edge goes up.
        let owns_boundary = (delta_y == 0.0 && delta_x > 0.0) || delta_y < 0.0;
        Self {
            start_x: from.x,
            start_y: from.y,
            delta_x,
            delta_y,
            owns_boundary,
        }
    }

    fn value_at(&self, x: f32, y: f32) -> f32 {
        self.delta_x * (y - self.start_y) - self.delta_y * (x - self.start_x)
    }

    fn covers(&self, value: f32) -> bool {
        value > 0.0 || (value == 0.0 && self.owns_boundary)
    }

    /// The pixel columns on this edge's side in the row at `centre_y`, widened by one pixel on the open side so
    /// that rounding never loses a pixel (`weights_if_inside` makes the exact decision).
    fn column_bounds(&self, centre_y: f32) -> (f32, f32) {
        if self.delta_y == 0.0 {
            return if self.covers(self.value_at(0.0, centre_y)) {
                (f32::NEG_INFINITY, f32::INFINITY)
            } else {
                (f32::INFINITY, f32::NEG_INFINITY)
            };
        }
        let crossing_x = self.start_x + self.delta_x * (centre_y - self.start_y) / self.delta_y;
        let crossing_column = crossing_x - 0.5;
        if self.delta_y > 0.0 {
            (f32::NEG_INFINITY, crossing_column.floor() + 1.0)
        } else {
            (crossing_column.ceil() - 1.0, f32::INFINITY)
        }
    }
}

/// What every pixel of a triangle needs: the edge opposite each corner, and twice its area (positive).
struct TriangleSetup {
    /// `edges[i]` is the edge opposite corner `i`; its value divided by `area` is corner `i`'s weight.
    edges: [Edge; 3],
    area: f32,
    min: [f32; 2],
    max: [f32; 2],
}

impl TriangleSetup {
    /// `None` for a degenerate triangle (no area, or not finite), which covers no pixel centre.
    fn new([a, b, c]: [RasterVertex; 3]) -> Option<Self> {
        let area = Edge::new(&a, &b).value_at(c.x, c.y);
        if !area.is_finite() || area.abs() <= f32::EPSILON {
            return None;
        }
        // egui does not keep a consistent winding; swapping two corners makes the inside positive.
        let (a, b, c, area, order) = if area > 0.0 {
            (a, b, c, area, [0, 1, 2])
        } else {
            (a, c, b, -area, [0, 2, 1])
        };
        let opposite_edges = [Edge::new(&b, &c), Edge::new(&c, &a), Edge::new(&a, &b)];
        // Weights must line up with the caller's corner order, not the swapped one.
        let edges = order.map(|corner| opposite_edges[corner]);
        Some(Self {
            edges,
            area,
            min: [a.x.min(b.x).min(c.x), a.y.min(b.y).min(c.y)],
            max: [a.x.max(b.x).max(c.x), a.y.max(b.y).max(c.y)],
        })
    }

    /// The rows whose pixel centres may be inside, within `clip`.
    fn row_range(&self, clip: PixelRect) -> Option<std::ops::Range<usize>> {
        clamp_span(self.min[1] - 0.5, self.max[1] - 0.5, clip.min_y, clip.max_y)
    }

    /// The columns of the row at `centre_y` whose pixel centres may be inside, within `clip`.
    fn column_range(&self, centre_y: f32, clip: PixelRect) -> Option<std::ops::Range<usize>> {
        let mut first = self.min[0] - 0.5;
        let mut last = self.max[0] - 0.5;
        for edge in &self.edges {
            let (edge_first, edge_last) = edge.column_bounds(centre_y);
            first = first.max(edge_first);
            last = last.min(edge_last);
        }
        clamp_span(first, last, clip.min_x, clip.max_x)
    }

    /// The barycentric weights of the corners at a pixel centre, or `None` if the centre is outside.
    fn weights_if_inside(&self, x: f32, y: f32) -> Option<[f32; 3]> {
        let values = self.edges.map(|edge| edge.value_at(x, y));
        let is_inside = self
            .edges
            .iter()
            .zip(&values)
            .all(|(edge, &value)| edge.covers(value));
        is_inside.then(|| values.map(|value| value / self.area))
    }
}

/// Whole pixels from `ceil(first)` to `floor(last)` inclusive, clamped to `limit_min..limit_max`.
fn clamp_span(
    first: f32,
    last: f32,
    limit_min: usize,
    limit_max: usize,
) -> Option<std::ops::Range<usize>> {
    let first = first.ceil().max(limit_min as f32);
    let end = (last.floor() + 1.0).min(limit_max as f32);
    (first < end).then_some(first as usize..end as usize)
}

/// How a triangle's pixels get their colour. Most egui triangles are untextured (every corner samples the same
/// white texel) and many have one colour, so those cases skip the per-pixel work.
enum Shading {
    Constant(Rgba),
    /// One texel for the whole triangle (untextured shapes), times the interpolated vertex colour.
    ConstantTexel(Rgba),
    Textured,
}

impl Shading {
    fn new([a, b, c]: &[RasterVertex; 3], texture: &Texture) -> Self {
        let same_texel = (a.texel_u, a.texel_v) == (b.texel_u, b.texel_v)
            && (a.texel_u, a.texel_v) == (c.texel_u, c.texel_v);
        if !same_texel {
            return Self::Textured;
        }
        let texel = texture.sample(a.texel_u, a.texel_v);
        if a.color == b.color && a.color == c.color {
            Self::Constant(modulate(texel, a.color))
        } else {
            Self::ConstantTexel(texel)
        }
    }

    fn color_at(&self, corners: &[RasterVertex; 3], weights: [f32; 3], texture: &Texture) -> Rgba {
        match self {
            Self::Constant(color) => *color,
            Self::ConstantTexel(texel) => modulate(*texel, interpolate_color(corners, weights)),
            Self::Textured => {
                let [a, b, c] = corners;
                let [weight_a, weight_b, weight_c] = weights;
                let texel_u = a.texel_u * weight_a + b.texel_u * weight_b + c.texel_u * weight_c;
                let texel_v = a.texel_v * weight_a + b.texel_v * weight_b + c.texel_v * weight_c;
                modulate(
                    texture.sample(texel_u, texel_v),
                    interpolate_color(corners, weights),
                )
            }
        }
    }
}

fn interpolate_color(
    [a, b, c]: &[RasterVertex; 3],
    [weight_a, weight_b, weight_c]: [f32; 3],
) -> Rgba {
    std::array::from_fn(|channel| {
        a.color[channel] * weight_a + b.color[channel] * weight_b + c.color[channel] * weight_c
    })
}

/// Texel times vertex colour, channel by channel, both premultiplied 0..=255.
fn modulate(texel: Rgba, color: Rgba) -> Rgba {
    std::array::from_fn(|channel| texel[channel] * color[channel] / 255.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    const WHITE: [u8; 4] = [255, 255, 255, 255];
    const RED: [u8; 4] = [255, 0, 0, 255];

    fn light_theme(ctx: &egui::Context) {
        ctx.set_theme(egui::Theme::Light);
    }

    fn pixels_in(
        image: &RenderedImage,
        xs: std::ops::Range<u32>,
        ys: std::ops::Range<u32>,
    ) -> Vec<[u8; 4]> {
        ys.flat_map(|y| xs.clone().map(move |x| (x, y)))
            .map(|(x, y)| image.pixel(x, y).unwrap())
            .collect()
    }

    #[test]
    fn paints_a_filled_rectangle_with_exact_colours_and_sharp_aligned_edges() {
        let image = render_offscreen(
            egui::vec2(100.0, 50.0),
            2.0,
            Color32::WHITE,
            light_theme,
            |ui| {
                let rect = Rect::from_min_max(egui::pos2(10.0, 10.0), egui::pos2(50.0, 30.0));
                ui.painter().rect_filled(rect, 0.0, Color32::RED);
            },
        );
        assert_eq!((image.width, image.height), (200, 100));
        assert_eq!(image.rgba.len(), 200 * 100 * 4);
        assert!(pixels_in(&image, 20..100, 20..60).iter().all(|&p| p == RED));
        assert!(
            pixels_in(&image, 100..200, 0..100)
                .iter()
                .all(|&p| p == WHITE)
        );
        assert!(
            pixels_in(&image, 0..200, 60..100)
                .iter()
                .all(|&p| p == WHITE)
        );
        // A rectangle on whole pixels has no blurred border: the feathering straddles the pixel boundary.
        assert_eq!(image.pixel(19, 40), Some(WHITE));
        assert_eq!(image.pixel(20, 40), Some(RED));
        assert_eq!(image.pixel(99, 40), Some(RED));
        assert_eq!(image.pixel(100, 40), Some(WHITE));
    }

    #[test]
    fn translucent_quads_have_no_double_painted_diagonal() {
        let image = render_offscreen(
            egui::vec2(60.0, 60.0),
            1.0,
            Color32::WHITE,
            light_theme,
            |ui| {
                let rect = Rect::from_min_max(egui::pos2(10.0, 10.0), egui::pos2(50.0, 50.0));
                let half_blue = Color32::from_rgba_unmultiplied(0, 0, 255, 128);
                ui.painter().rect_filled(rect, 0.0, half_blue);
            },
        );
        let inside = pixels_in(&image, 10..50, 10..50);
        assert!(
            inside.iter().all(|&p| p == inside[0]),
            "uneven fill: {inside:?}"
        );
        assert_ne!(inside[0], WHITE);
    }

    #[test]
    fn draws_label_text_where_the_label_is() {
        let image = render_offscreen(
            egui::vec2(200.0, 100.0),
            1.0,
            Color32::WHITE,
            light_theme,
            |ui| {
                ui.label("Hello");
            },
        );
        let is_dark = |p: &[u8; 4]| p[..3].iter().all(|&channel| channel < 128);
        let near_label = pixels_in(&image, 0..60, 0..20);
        assert!(near_label.iter().filter(|p| is_dark(p)).count() >= 10);
        let far_away = pixels_in(&image, 80..200, 30..100);
        assert!(far_away.iter().all(|&p| p == WHITE));
    }

    #[test]
    fn paints_nothing_outside_the_clip_rect() {
        let image = render_offscreen(
            egui::vec2(100.0, 50.0),
            2.0,
            Color32::WHITE,
            light_theme,
            |ui| {
                ui.set_clip_rect(Rect::from_min_max(
                    egui::pos2(0.0, 0.0),
                    egui::pos2(25.0, 20.0),
                ));
                ui.painter()
                    .circle_filled(egui::pos2(30.0, 25.0), 40.0, Color32::RED);
            },
        );
        assert!(pixels_in(&image, 0..50, 0..40).iter().all(|&p| p == RED));
        assert!(
            pixels_in(&image, 50..200, 0..100)
                .iter()
                .all(|&p| p == WHITE)
        );
        assert!(
            pixels_in(&image, 0..200, 40..100)
                .iter()
                .all(|&p| p == WHITE)
        );
    }

    #[test]
    fn texture_patches_land_at_their_position() {
        let mut texture = Texture {
            size: [4, 3],
            texels: vec![Color32::BLACK; 12],
            options: TextureOptions::NEAREST,
        };
        let patch = ColorImage::new([2, 2], vec![Color32::RED; 4]);
        copy_patch(&mut texture, &patch, [3, 2]);
        let red_texels: Vec<usize> = (0..12)
            .filter(|&i| texture.texels[i] == Color32::RED)
            .collect();
        assert_eq!(red_texels, vec![11]);
    }

    /// Manual check: writes `/tmp/offscreen-sample.png` to look at (text, anti-aliasing, plot).
    #[test]
    #[ignore = "writes a file for a person to look at"]
    fn writes_a_sample_png_for_eyes() {
        use egui_plot::{Bar, BarChart, Legend, Plot};
        let started = std::time::Instant::now();
        let image = render_offscreen(
            egui::vec2(960.0, 540.0),
            2.0,
            Color32::WHITE,
            light_theme,
            |ui| {
                ui.heading("Contracted Hong Kong investment by sector (USD m)");
                ui.label("Small text, thin lines and anti-aliasing: ⅓ ½ ¾ 0123456789");
                let bars = [
                    "Manufacturing",
                    "Real estate",
                    "Logistics",
                    "Retail",
                    "Finance",
                    "Tech",
                ]
                .iter()
                .enumerate()
                .map(|(index, name)| Bar::new(index as f64, 40.0 + 25.0 * index as f64).name(*name))
                .collect();
                Plot::new("sample_plot")
                    .legend(Legend::default())
                    .show(ui, |plot_ui| {
                        plot_ui.bar_chart(
                            BarChart::new("Contracted", bars)
                                .color(Color32::from_rgb(30, 110, 200)),
                        );
                        plot_ui.line(egui_plot::Line::new(
                            "Trend",
                            (0..=50)
                                .map(|i| {
                                    [
                                        f64::from(i) / 10.0,
                                        50.0 + 30.0 * (f64::from(i) / 5.0).sin(),
                                    ]
                                })
                                .collect::<Vec<_>>(),
                        ));
                    });
            },
        );
        eprintln!(
            "rendered {}x{} in {:?}",
            image.width,
            image.height,
            started.elapsed()
        );
        assert_eq!((image.width, image.height), (1920, 1080));
        image::RgbaImage::from_raw(image.width, image.height, image.rgba)
            .unwrap()
            .save("/tmp/offscreen-sample.png")
            .unwrap();
    }
}
