//! The opportunity ranking as a file: CSV (one row per group, raw and normalised factors, the why — the layout of
//! `invest-explorer score --format csv`, which writes through here too) or an Excel workbook whose About sheet
//! carries the weights, the window, the formula in words and the note on the data.
//!
//! Must not depend on egui, eframe or rfd.

use std::io::Write;

use super::tables::{Grid, GridCell};
use super::{ExportError, ExportMeta, TableFormat, io_error, neutralise_formula, xlsx};
use crate::format::{MoneyFormat, round_to};
use crate::i18n::Lang;
use crate::model::Dataset;
use crate::query::score::{
    Factor, ScoreBy, ScoreNote, Scores, factor_name, formula_in_words, note_in, why_text,
    why_text_in,
};
use crate::query::{Filter, labels};
use crate::tr;

/// A ranking as the Opportunities tab (or `score`) computed it.
pub struct RankingExport<'a> {
    pub dataset: &'a Dataset,
    pub scores: &'a Scores,
    /// "illustrative: synthetic sample", or the file's own source.
    pub note: &'a ScoreNote,
    pub filter: &'a Filter,
    /// Projects in the selection that was scored.
    pub rows_selected: usize,
    /// The language of the workbook's headers, sheet and About sheet (the CSV keeps machine names).
    pub lang: Lang,
}

impl RankingExport<'_> {
    /// What the workbook says about itself: the usual About lines, then how the score was computed.
    pub fn meta(&self) -> ExportMeta {
        let (scores, lang) = (self.scores, self.lang);
        let contents = match scores.by {
            ScoreBy::Sector => tr!(lang, "ranking-contents-sectors"),
            ScoreBy::District => tr!(lang, "ranking-contents-districts"),
            ScoreBy::SectorDistrict => tr!(lang, "ranking-contents-cells"),
        };
        let mut meta = ExportMeta::new_in(
            lang,
            self.dataset,
            self.filter,
            self.rows_selected,
            contents,
            String::new(),
            MoneyFormat::default(),
        );
        let weights: Vec<String> = scores
            .weights
            .iter()
            .map(|(factor, weight)| format!("{} {weight}", factor_name(lang, factor)))
            .collect();
        // Years are labels: never a thousands separator.
        let window = match (scores.recent, scores.prior) {
            (Some(recent), Some(prior)) => tr!(
                lang,
                "ranking-window",
                years = scores.recent_years,
                recent_first = recent.first.to_string(),
                recent_last = recent.last.to_string(),
                prior_first = prior.first.to_string(),
                prior_last = prior.last.to_string()
            ),
            _ => tr!(lang, "ranking-window-no-years", years = scores.recent_years),
        };
        meta.extra = vec![
            (tr!(lang, "ranking-about-note"), note_in(lang, self.note)),
            (
                tr!(lang, "ranking-about-weights"),
                weights.join(&tr!(lang, "list-separator")),
            ),
            (tr!(lang, "ranking-about-window"), window),
            (
                tr!(lang, "ranking-about-formula"),
                formula_in_words(lang, scores.recent_years).join("\n"),
            ),
        ];
        meta
    }

    /// Writes the ranking in `format`.
    pub fn write(&self, format: TableFormat, out: &mut dyn Write) -> Result<(), ExportError> {
        match format {
            TableFormat::Csv => self.write_csv(out),
            TableFormat::Xlsx => {
                let whys: Vec<String> = self
                    .scores
                    .groups
                    .iter()
                    .map(|g| {
                        let parts: Vec<String> =
                            g.why.iter().map(|w| why_text_in(self.lang, w)).collect();
                        parts.join(&tr!(self.lang, "ranking-why-separator"))
                    })
                    .collect();
                xlsx::write_grid(&self.grid(&whys), &self.meta(), out)
            }
        }
    }

    /// Machine-readable: factor keys as headers, numbers rounded (USD m to 3 places, scores and norms to 2, raw
    /// values to 6), a missing factor blank, the why in one cell.
    fn write_csv(&self, out: &mut dyn Write) -> Result<(), ExportError> {
        let scores = self.scores;
        let encode = |e: csv::Error| ExportError::Encode(e.to_string());
        let mut writer = csv::Writer::from_writer(out);
        let mut header: Vec<String> = scores
            .by
            .fields()
            .iter()
            .map(|f| f.key().to_owned())
            .collect();
        header.extend(["projects", "contracted_usd_m", "score", "thin"].map(str::to_owned));
        for factor in Factor::ALL {
            header.push(format!("{factor}_raw"));
            header.push(format!("{factor}_norm"));
        }
        header.push("why".to_owned());
        writer.write_record(&header).map_err(encode)?;
        let number = |value: Option<f64>, decimals: i32| {
            value.map_or_else(String::new, |v| round_to(v, decimals).to_string())
        };
        for group in &scores.groups {
            let mut record: Vec<String> = group.key.iter().map(|k| neutralise_formula(k)).collect();
            record.push(group.projects.to_string());
            record.push(number(Some(group.contracted_usd_m), 3));
            record.push(number(group.score, 2));
            record.push(group.thin.to_string());
            for value in group.factors {
                record.push(number(value.map(|v| v.raw), 6));
                record.push(number(value.map(|v| v.norm), 2));
            }
            record.push(neutralise_formula(&why_line(&group.why)));
            writer.write_record(&record).map_err(encode)?;
        }
        writer.flush().map_err(io_error)
    }

    /// For people: rank, names, projects, contracted, score, thin, each factor's 0–100 value, the why.
    /// `whys` holds each group's why line, in ranking order.
    fn grid<'b>(&'b self, whys: &'b [String]) -> Grid<'b> {
        let (scores, lang) = (self.scores, self.lang);
        let fields = scores.by.fields();
        let mut header = vec![tr!(lang, "ranking-col-rank")];
        header.extend(fields.iter().map(|f| labels::field_title(*f, lang)));
        header.extend([
            tr!(lang, "figure-projects"),
            tr!(lang, "ranking-col-contracted"),
            tr!(lang, "ranking-col-score"),
            tr!(lang, "ranking-col-thin"),
        ]);
        header.extend(
            Factor::ALL.map(|f| tr!(lang, "ranking-col-factor", factor = factor_name(lang, f))),
        );
        header.push(tr!(lang, "ranking-col-why"));
        let thin = tr!(lang, "score-thin");
        let number = |value: Option<f64>| {
            value.map_or(GridCell::Blank, |v| GridCell::Number(round_to(v, 2)))
        };
        let rows = scores
            .groups
            .iter()
            .zip(whys)
            .enumerate()
            .map(|(rank, (group, why))| {
                let mut cells = vec![GridCell::Count(rank + 1)];
                cells.extend(group.key.iter().zip(fields).map(|(key, field)| {
                    GridCell::Text(labels::value_label(self.dataset, *field, key, lang))
                }));
                cells.push(GridCell::Count(group.projects));
                cells.push(GridCell::Amount(group.contracted_usd_m));
                cells.push(number(group.score));
                cells.push(GridCell::Text(
                    if group.thin {
                        thin.clone()
                    } else {
                        String::new()
                    }
                    .into(),
                ));
                cells.extend(group.factors.map(|v| number(v.map(|v| v.norm))));
                cells.push(GridCell::Text(why.into()));
                cells
            })
            .collect();
        Grid {
            sheet_name: tr!(lang, "ranking-sheet"),
            total_label: String::new(),
            header,
            rows,
            total_rows: 0,
            frozen_columns: 1 + scores.by.fields().len(),
            amount_format: xlsx::amount_format("USD m"),
        }
    }
}

/// A group's why in one line, largest contribution first.
fn why_line(why: &[crate::query::Why]) -> String {
    why.iter().map(why_text).collect::<Vec<_>>().join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::score::{ScoreOptions, score};

    fn ranking(dataset: &Dataset) -> Scores {
        let rows: Vec<u32> = (0..dataset.projects.len() as u32).collect();
        score(dataset, &rows, &ScoreOptions::default()).unwrap()
    }

    #[test]
    fn the_csv_lists_every_group_with_its_factors_and_why() {
        let dataset = Dataset::embedded().unwrap();
        let scores = ranking(&dataset);
        let export = RankingExport {
            dataset: &dataset,
            scores: &scores,
            note: &ScoreNote::Synthetic,
            filter: &Filter::default(),
            rows_selected: dataset.projects.len(),
            lang: Lang::En,
        };
        let mut bytes = Vec::new();
        export.write(TableFormat::Csv, &mut bytes).unwrap();
        let text = String::from_utf8(bytes).unwrap();
        let mut lines = text.lines();
        let header = lines.next().unwrap();
        assert!(
            header.starts_with("sector,district,projects,contracted_usd_m,score,thin,scale_raw")
        );
        assert!(header.ends_with("white_space_raw,white_space_norm,why"));
        assert_eq!(lines.count(), scores.groups.len());
        let top = &scores.groups[0];
        let first = text.lines().nth(1).unwrap();
        assert!(
            first.starts_with(&format!("{},{}", top.key[0], top.key[1])),
            "{first}"
        );
    }

    #[test]
    fn the_about_lines_carry_the_weights_window_and_formula() {
        let dataset = Dataset::embedded().unwrap();
        let scores = ranking(&dataset);
        let export = RankingExport {
            dataset: &dataset,
            scores: &scores,
            note: &ScoreNote::Synthetic,
            filter: &Filter::default(),
            rows_selected: 10,
            lang: Lang::En,
        };
        let about = export.meta().about();
        let line = |field: &str| {
            about
                .iter()
                .find(|(f, _)| *f == field)
                .map(|(_, v)| v.clone())
                .unwrap_or_else(|| panic!("no {field} line in {about:?}"))
        };
        assert!(
            line("Weights").contains("Momentum 2"),
            "{}",
            line("Weights")
        );
        assert!(line("Recent window").starts_with("5 years: recent"));
        assert!(line("Formula").contains("ln(1 + C)"), "{}", line("Formula"));
        assert_eq!(line("Score note"), "illustrative: synthetic sample");
        let mut bytes = Vec::new();
        export.write(TableFormat::Xlsx, &mut bytes).unwrap();
        assert!(bytes.starts_with(b"PK"), "a zip");
    }

    #[test]
    fn the_workbook_speaks_the_readers_language() {
        let dataset = Dataset::embedded().unwrap();
        let scores = ranking(&dataset);
        let export = RankingExport {
            dataset: &dataset,
            scores: &scores,
            note: &ScoreNote::Synthetic,
            filter: &Filter::default(),
            rows_selected: 10,
            lang: Lang::ZhHans,
        };
        let meta = export.meta();
        assert_eq!(
            meta.contents,
            "行业 × 区县组合机会评分（含无项目的组合），由高到低"
        );
        let about = meta.about();
        let line = |field: &str| {
            about
                .iter()
                .find(|(f, _)| *f == field)
                .map(|(_, v)| v.clone())
                .unwrap_or_else(|| panic!("no {field} line in {about:?}"))
        };
        assert_eq!(line("评分说明"), "示意：模拟样本");
        assert!(line("权重").contains("增长势头 2"), "{}", line("权重"));
        assert!(
            line("近期窗口").starts_with("5 年：近期 2019–2023 年"),
            "{}",
            line("近期窗口")
        );
        let whys: Vec<String> = vec![String::new(); scores.groups.len()];
        let grid = export.grid(&whys);
        assert_eq!(grid.sheet_name, "排名");
        assert_eq!(
            &grid.header[..5],
            ["排名", "行业", "区县", "项目数", "合同外资（百万美元）"]
        );
        assert!(
            matches!(&grid.rows[0][1], GridCell::Text(name) if !name.is_ascii()),
            "the sector in Chinese"
        );
    }
}
