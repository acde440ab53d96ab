//! The colour themes — light, dark, and projector — as egui styles, applied in one place for the window and for
//! pictures drawn offscreen.
//!
//! The projector theme is for a beamer in a lit meeting room, where thin grey text washes out: a white
//! background, near-black text, heavier strokes, larger type, and every text colour at a contrast of at least
//! 4.5:1 against the background it is drawn on (WCAG AA; the unit test below checks each pair).

use egui::{Color32, Stroke, Visuals};

use crate::state::Theme;

/// How much larger the projector theme's type is than the others'.
const PROJECTOR_TYPE_SCALE: f32 = 1.25;

/// Makes `theme` the context's look.
pub fn apply_theme(ctx: &egui::Context, theme: Theme) {
    match theme {
        Theme::Dark => ctx.set_theme(egui::Theme::Dark),
        // Light and projector share egui's light slot: each puts its own style there.
        Theme::Light => {
            ctx.set_style_of(egui::Theme::Light, light_style());
            ctx.set_theme(egui::Theme::Light);
        }
        Theme::Projector => {
            ctx.set_style_of(egui::Theme::Light, projector_style());
            ctx.set_theme(egui::Theme::Light);
        }
    }
}

/// The background a picture (a slide, a PNG) is drawn on in `theme`.
pub fn background(theme: Theme) -> Color32 {
    match theme {
        Theme::Light | Theme::Projector => Color32::WHITE,
        Theme::Dark => Color32::from_gray(27),
    }
}

fn light_style() -> egui::Style {
    egui::Style {
        visuals: Visuals::light(),
        ..egui::Style::default()
    }
}

/// Near-black text on white, heavier strokes, larger type.
pub fn projector_style() -> egui::Style {
    let mut style = light_style();
    for font in style.text_styles.values_mut() {
        font.size *= PROJECTOR_TYPE_SCALE;
    }
    style.visuals = projector_visuals();
    style
}

fn projector_visuals() -> Visuals {
    let text = Color32::from_gray(15);
    let weak = Color32::from_gray(80);
    let mut visuals = Visuals::light();
    visuals.panel_fill = Color32::WHITE;
    visuals.window_fill = Color32::WHITE;
    visuals.extreme_bg_color = Color32::from_gray(246);
    visuals.faint_bg_color = Color32::from_gray(238);
    visuals.code_bg_color = Color32::from_gray(235);
    visuals.override_text_color = None;
    visuals.weak_text_color = Some(weak);
    visuals.hyperlink_color = Color32::from_rgb(0, 70, 160);
    visuals.warn_fg_color = Color32::from_rgb(150, 70, 0);
    visuals.error_fg_color = Color32::from_rgb(180, 0, 0);
    visuals.window_stroke = Stroke::new(2.0, Color32::from_gray(90));
    visuals.selection.bg_fill = Color32::from_rgb(170, 210, 255);
    visuals.selection.stroke = Stroke::new(2.0, Color32::from_rgb(0, 50, 110));
    let widgets = &mut visuals.widgets;
    widgets.noninteractive.fg_stroke = Stroke::new(1.5, text);
    widgets.noninteractive.bg_stroke = Stroke::new(1.5, Color32::from_gray(150));
    for (state, fill) in [
        (&mut widgets.inactive, Color32::from_gray(225)),
        (&mut widgets.hovered, Color32::from_gray(205)),
        (&mut widgets.active, Color32::from_gray(185)),
        (&mut widgets.open, Color32::from_gray(215)),
    ] {
        state.fg_stroke = Stroke::new(2.0, Color32::BLACK);
        state.bg_fill = fill;
        state.weak_bg_fill = fill;
        state.bg_stroke = Stroke::new(1.5, Color32::from_gray(110));
    }
    widgets.inactive.fg_stroke.color = text;
    visuals
}

#[cfg(test)]
/// Every text colour of `visuals` with the background it is drawn on, named for the test's message.
fn text_pairs(visuals: &Visuals) -> Vec<(String, Color32, Color32)> {
    let mut pairs = Vec::new();
    let grounds = [
        ("panel", visuals.panel_fill),
        ("window", visuals.window_fill),
        ("map and text field", visuals.extreme_bg_color),
        ("striped row", visuals.faint_bg_color),
    ];
    let texts = [
        ("text", visuals.text_color()),
        ("weak text", visuals.weak_text_color()),
        ("strong text", visuals.strong_text_color()),
        ("link", visuals.hyperlink_color),
        ("warning", visuals.warn_fg_color),
        ("error", visuals.error_fg_color),
    ];
    for (ground_name, ground) in grounds {
        for (text_name, text) in texts {
            pairs.push((format!("{text_name} on {ground_name}"), text, ground));
        }
    }
    let widgets = &visuals.widgets;
    for widget in [
        &widgets.inactive,
        &widgets.hovered,
        &widgets.active,
        &widgets.open,
    ] {
        pairs.push((
            "button text".into(),
            widget.fg_stroke.color,
            widget.weak_bg_fill,
        ));
        pairs.push(("button text".into(), widget.fg_stroke.color, widget.bg_fill));
    }
    pairs.push((
        "selected text".into(),
        visuals.selection.stroke.color,
        visuals.selection.bg_fill,
    ));
    pairs
}

/// The WCAG contrast ratio of two colours, from 1 (the same) to 21 (black on white). Translucent colours are
/// taken over `background` first, as they are drawn.
pub fn contrast_ratio(text: Color32, background: Color32) -> f32 {
    let text = over(text, background);
    let (a, b) = (luminance(text), luminance(background));
    let (light, dark) = if a > b { (a, b) } else { (b, a) };
    (light + 0.05) / (dark + 0.05)
}

/// `color` (premultiplied, as egui keeps it) drawn over an opaque `background`.
fn over(color: Color32, background: Color32) -> Color32 {
    let alpha = f32::from(color.a()) / 255.0;
    let mix = |c: u8, b: u8| {
        (f32::from(c) + f32::from(b) * (1.0 - alpha))
            .round()
            .min(255.0) as u8
    };
    Color32::from_rgb(
        mix(color.r(), background.r()),
        mix(color.g(), background.g()),
        mix(color.b(), background.b()),
    )
}

/// WCAG 2 relative luminance of an opaque sRGB colour.
fn luminance(color: Color32) -> f32 {
    let channel = |c: u8| {
        let c = f32::from(c) / 255.0;
        if c <= 0.040_45 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(color.r()) + 0.7152 * channel(color.g()) + 0.0722 * channel(color.b())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_contrast_ratio_matches_wcag_reference_values() {
        assert!((contrast_ratio(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 0.01);
        assert!((contrast_ratio(Color32::WHITE, Color32::WHITE) - 1.0).abs() < 1e-6);
        // #767676 on white is the lightest grey that passes AA: 4.54.
        let grey = contrast_ratio(Color32::from_gray(0x76), Color32::WHITE);
        assert!((grey - 4.54).abs() < 0.01, "{grey}");
        // Half-transparent black over white is a mid grey, not black.
        assert!(contrast_ratio(Color32::from_black_alpha(128), Color32::WHITE) < 5.0);
    }

    #[test]
    fn every_projector_text_colour_passes_wcag_aa() {
        let visuals = projector_visuals();
        let failing: Vec<String> = text_pairs(&visuals)
            .into_iter()
            .filter_map(|(name, text, ground)| {
                let ratio = contrast_ratio(text, ground);
                (ratio < 4.5).then(|| format!("{name} {text:?} on {ground:?}: {ratio:.2}"))
            })
            .collect();
        assert!(failing.is_empty(), "{failing:#?}");
    }

    #[test]
    fn the_projector_theme_is_larger_and_heavier_than_light() {
        let (light, projector) = (light_style(), projector_style());
        let body = |style: &egui::Style| style.text_styles[&egui::TextStyle::Body].size;
        assert!(body(&projector) > body(&light));
        assert!(
            projector.visuals.widgets.noninteractive.fg_stroke.width
                > light.visuals.widgets.noninteractive.fg_stroke.width
        );
        assert_eq!(projector.visuals.panel_fill, Color32::WHITE);
    }
}
