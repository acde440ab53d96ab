//! The brief's second page, "Where the opportunities are": the top groups of the opportunity score of the view's
//! selection (its grouping, weights and window, as the Opportunities tab ranks them) with score, projects,
//! contracted and the first reasons, the weights and the window in words, and the note on the data
//! ("illustrative: synthetic sample", or the file's own source). Worked out as text first ([`OpportunityPage`]),
//! then drawn under the same title, footer and watermark as the first page.
//!
//! Scored groups are sectors and districts, never projects or investors: there is no name here for client-safe to
//! hide (the brief's test reads the whole PDF for real names all the same).

use krilla::surface::Surface;

use super::chart::{Area, INK, MUTED, line};
use super::fonts::{TextStyle, Typesetter};
use crate::format::{Currency, MoneyFormat};
use crate::i18n::Lang;
use crate::model::Dataset;
use crate::query::score::{self, ScoreBy, ScoredGroup, Scores};
use crate::query::{View, labels, select};
use crate::tr;

/// Groups the page lists.
pub const TOP_GROUPS: usize = 10;
/// Reasons given for each group.
const REASONS: usize = 2;

/// One ranked group, as text.
#[derive(Clone, Debug, PartialEq)]
pub struct OpportunityRow {
    pub rank: String,
    /// "Finance · Yuzhong", names in the reader's script; "(thin)" after it when it is.
    pub group: String,
    pub score: String,
    pub projects: String,
    pub contracted: String,
    /// The first reasons, largest contribution first, each with its points.
    pub why: Vec<String>,
}

/// Everything the page shows.
#[derive(Clone, Debug, PartialEq)]
pub struct OpportunityPage {
    /// "Where the opportunities are".
    pub heading: String,
    /// "Top 10 of 342 sector × district cells by opportunity score".
    pub subtitle: String,
    /// The weights and the window in words, and what the score is.
    pub method: Vec<String>,
    /// "illustrative: synthetic sample", or the file's own source.
    pub note: String,
    pub header: [String; 6],
    pub rows: Vec<OpportunityRow>,
}

impl OpportunityPage {
    /// The page for `view` of `dataset` in `lang`; `None` when the view selects nothing (the first page says so),
    /// or the score cannot be computed for it (the message, instead of the table).
    pub fn new(dataset: &Dataset, view: &View, lang: Lang) -> Option<Self> {
        let rows = select(dataset, &view.filter).rows;
        if rows.is_empty() {
            return None;
        }
        let note = score::note_in(lang, &score::source_note(dataset, &rows));
        let heading = tr!(lang, "pdf-opp-title");
        let scores = match score::score(dataset, &rows, &view.score) {
            Ok(scores) => scores,
            Err(error) => {
                return Some(Self {
                    heading,
                    subtitle: tr!(lang, "opp-error", error = error.to_string()),
                    method: Vec::new(),
                    note,
                    header: Default::default(),
                    rows: Vec::new(),
                });
            }
        };
        let shown = &scores.groups[..scores.groups.len().min(TOP_GROUPS)];
        let n = shown.len();
        let total = scores.groups.len();
        let subtitle = match scores.by {
            ScoreBy::Sector => tr!(lang, "pdf-opp-top-sectors", n = n, total = total),
            ScoreBy::District => tr!(lang, "pdf-opp-top-districts", n = n, total = total),
            ScoreBy::SectorDistrict => tr!(lang, "pdf-opp-top-cells", n = n, total = total),
        };
        let method = vec![
            tr!(
                lang,
                "score-weights",
                weights = score::weights_in_words(lang, &scores.weights)
            ),
            tr!(
                lang,
                "pdf-opp-window",
                years = scores.recent_years,
                window = score::window_in_words(lang, &scores)
            ),
            tr!(lang, "pdf-opp-method"),
        ];
        let key_title = scores
            .by
            .fields()
            .iter()
            .map(|&field| labels::field_title(field, lang))
            .collect::<Vec<_>>()
            .join(" · ");
        // The score is computed in US dollars whatever the view's currency (see `query::score`).
        let money = MoneyFormat {
            currency: Currency::Usd,
            ..view.money
        };
        let header = [
            "#".to_owned(),
            key_title,
            tr!(lang, "opp-col-score"),
            tr!(lang, "figure-projects"),
            tr!(lang, "figure-contracted"),
            tr!(lang, "pdf-opp-why"),
        ];
        Some(Self {
            heading,
            subtitle,
            method,
            note,
            header,
            rows: shown
                .iter()
                .enumerate()
                .map(|(index, group)| row(dataset, &scores, group, index, money, lang))
                .collect(),
        })
    }
}

fn row(
    dataset: &Dataset,
    scores: &Scores,
    group: &ScoredGroup,
    index: usize,
    money: MoneyFormat,
    lang: Lang,
) -> OpportunityRow {
    let mut name = group
        .key
        .iter()
        .zip(scores.by.fields())
        .map(|(key, &field)| labels::value_label(dataset, field, key, lang))
        .collect::<Vec<_>>()
        .join(" · ");
    if group.thin {
        name = tr!(lang, "pdf-opp-thin", name = name);
    }
    OpportunityRow {
        rank: (index + 1).to_string(),
        group: name,
        score: group
            .score
            .map_or_else(|| "–".to_owned(), |s| format!("{s:.1}")),
        projects: crate::format::count(group.projects),
        contracted: money.format_in(lang.notation(), group.contracted_usd_m),
        why: group
            .why
            .iter()
            .take(REASONS)
            .map(|why| {
                format!(
                    "+{:.1} · {}",
                    why.contribution,
                    score::why_text_in(lang, why)
                )
            })
            .collect(),
    }
}

/// Draws `page` between `top` and `bottom` (the overview's title above it, the footer below are the caller's).
pub(super) fn draw_opportunities(
    surface: &mut Surface<'_>,
    setter: &Typesetter,
    page: &OpportunityPage,
    (margin, top, width, bottom): (f32, f32, f32, f32),
    scale: f32,
) {
    let mut y = top;
    let heading = TextStyle::new(15.0 * scale, INK).bold();
    y += heading.size;
    setter.draw(
        surface,
        (margin, y),
        heading,
        &setter.fit(&page.heading, heading.size, width),
    );
    let subtitle = TextStyle::new(10.5 * scale, INK);
    y += subtitle.size * 1.6;
    setter.draw(
        surface,
        (margin, y),
        subtitle,
        &setter.fit(&page.subtitle, subtitle.size, width),
    );
    let small = TextStyle::new(8.5 * scale, MUTED);
    for text in &page.method {
        for text in setter.wrap(text, small.size, width, 2) {
            y += small.size * 1.45;
            setter.draw(surface, (margin, y), small, &text);
        }
    }
    y += small.size * 1.6;
    setter.draw(
        surface,
        (margin, y),
        TextStyle::new(small.size, super::page::SYNTHETIC).bold(),
        &setter.fit(&page.note, small.size, width),
    );
    y += small.size * 1.2;
    if !page.rows.is_empty() {
        table(
            surface,
            setter,
            page,
            Area {
                x: margin,
                y,
                width,
                height: bottom - y,
            },
            scale,
        );
    }
}

/// The ranking: rank, group, score, projects, contracted (right-aligned), and the reasons on two lines.
fn table(
    surface: &mut Surface<'_>,
    setter: &Typesetter,
    page: &OpportunityPage,
    area: Area,
    scale: f32,
) {
    let header = TextStyle::new(7.5 * scale, MUTED).bold();
    let body = TextStyle::new(8.0 * scale, INK);
    let why = TextStyle::new(7.2 * scale, INK);
    let pad = 8.0 * scale;
    let width_of = |c: usize, style: TextStyle| {
        std::iter::once(setter.width(&page.header[c], header.size))
            .chain(page.rows.iter().map(|row| {
                let cells = [
                    &row.rank,
                    &row.group,
                    &row.score,
                    &row.projects,
                    &row.contracted,
                ];
                setter.width(cells[c], style.size)
            }))
            .fold(0.0_f32, f32::max)
            + pad
    };
    // The group name takes what it needs up to a third of the page; the reasons get the rest.
    let mut widths = [
        width_of(0, body),
        width_of(1, body.bold()).min(area.width / 3.0),
        width_of(2, body.bold()),
        width_of(3, body),
        width_of(4, body),
        0.0,
    ];
    widths[5] = (area.width - widths[..5].iter().sum::<f32>()).max(0.0);
    let lines = REASONS as f32;
    let row_height = (why.size * 1.35 * lines + 6.0 * scale)
        .min((area.height - header.size * 2.5) / page.rows.len().max(1) as f32);
    let numeric = [true, false, true, true, true, false];
    let mut y = area.y + header.size * 1.6;
    let mut x = area.x;
    for (c, text) in page.header.iter().enumerate() {
        let text = setter.fit(text, header.size, widths[c] - pad * 0.75);
        if numeric[c] {
            setter.draw_right(surface, (x + widths[c] - pad, y), header, &text);
        } else {
            setter.draw(surface, (x, y), header, &text);
        }
        x += widths[c];
    }
    y += header.size * 0.6;
    line(surface, (area.x, y), (area.x + area.width, y), 0.6, MUTED);
    for (index, row) in page.rows.iter().enumerate() {
        super::page::stripe_row(surface, index, area.x, y, area.width, row_height);
        let baseline = y + body.size + 4.0 * scale;
        let cells = [
            &row.rank,
            &row.group,
            &row.score,
            &row.projects,
            &row.contracted,
        ];
        let mut x = area.x;
        for (c, text) in cells.into_iter().enumerate() {
            let style = if c == 2 { body.bold() } else { body };
            let text = setter.fit(text, style.size, widths[c] - pad * 0.75);
            if numeric[c] {
                setter.draw_right(surface, (x + widths[c] - pad, baseline), style, &text);
            } else {
                setter.draw(surface, (x, baseline), style, &text);
            }
            x += widths[c];
        }
        for (line_index, reason) in row.why.iter().enumerate() {
            let text = setter.fit(reason, why.size, widths[5]);
            let at = baseline + line_index as f32 * why.size * 1.35;
            setter.draw(surface, (x, at), why, &text);
        }
        y += row_height;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::score::ScoreOptions;

    #[test]
    fn the_page_lists_the_top_groups_of_the_views_ranking_with_their_reasons() {
        let dataset = Dataset::embedded().unwrap();
        let view = View::default();
        let page = OpportunityPage::new(&dataset, &view, Lang::En).unwrap();
        let rows = select(&dataset, &view.filter).rows;
        let scores = score::score(&dataset, &rows, &ScoreOptions::default()).unwrap();
        assert_eq!(page.rows.len(), TOP_GROUPS);
        let top = &scores.groups[0];
        assert!(
            page.rows[0].group.starts_with(&top.key.join(" · ")),
            "{:?}",
            page.rows[0]
        );
        assert_eq!(page.rows[0].score, format!("{:.1}", top.score.unwrap()));
        assert_eq!(page.rows[0].why.len(), REASONS.min(top.why.len()));
        assert!(page.rows[0].why[0].contains(&score::why_text(&top.why[0])));
        assert_eq!(page.note, "illustrative: synthetic sample");
        assert!(
            page.method[0].starts_with("Weights: Scale 1 · Momentum 2"),
            "{:?}",
            page.method
        );
        assert!(page.subtitle.contains("cells"), "{}", page.subtitle);

        let hans = OpportunityPage::new(&dataset, &view, Lang::ZhHans).unwrap();
        assert_eq!(hans.note, "示意：模拟样本");
        assert_eq!(hans.rows.len(), TOP_GROUPS);

        let mut nothing = View::default();
        nothing.filter.search = "no project is called this".into();
        assert_eq!(OpportunityPage::new(&dataset, &nothing, Lang::En), None);
    }
}
