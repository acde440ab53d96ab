//! The data-quality report and how a file was read, in words: the line under the notice, the quality window,
//! `inspect` and the stderr line of `summary`/`export`.

use crate::i18n::Lang;
use crate::model::Field;
use crate::model::error::{IgnoredWhy, Note};
use crate::model::load::open::{Detected, FileFormat};
use crate::model::load::quality::QualityReport;
use crate::model::load::sniff::LineEnding;
use crate::model::load::values::{DecimalSeparator, ValueKind};
use crate::model::names::{MatchHow, NameColumn, NameMatch};
use crate::query::labels::field_title;
use crate::tr;

use super::{expected_text, problem_text};

/// One line for a status bar or notice: "3,528 rows read · 2 skipped · 14 values repaired · 3 unreadable".
pub fn quality_headline(report: &QualityReport, lang: Lang) -> String {
    let mut parts = vec![tr!(lang, "quality-rows-read", n = report.rows_read)];
    if report.rows_skipped > 0 {
        parts.push(tr!(lang, "quality-rows-skipped", n = report.rows_skipped));
    }
    let coerced: usize = report.columns.iter().map(|c| c.coerced).sum();
    if coerced > 0 {
        parts.push(tr!(lang, "quality-values-repaired", n = coerced));
    }
    let invalid: usize = report.columns.iter().map(|c| c.invalid).sum();
    if invalid > 0 {
        parts.push(tr!(lang, "quality-values-unreadable", n = invalid));
    }
    if report.unknown_total > 0 {
        parts.push(tr!(lang, "quality-unknown-names", n = report.unknown_total));
    }
    if !report.notes.is_empty() {
        parts.push(tr!(lang, "quality-notes", n = report.notes.len()));
    }
    parts.join(" · ")
}

/// The report as lines, the headline first and the details indented by two spaces, for the window, the CLI
/// and copying.
pub fn quality_lines(report: &QualityReport, lang: Lang) -> Vec<String> {
    let mut lines = vec![quality_headline(report, lang)];
    let mut detail = |text: String| lines.push(format!("  {text}"));
    for note in &report.notes {
        detail(note_text(note, lang));
    }
    for skipped in &report.skipped {
        detail(tr!(
            lang,
            "quality-skipped-line",
            line = skipped.line.to_string(),
            reason = problem_text(&skipped.problem, lang)
        ));
    }
    if report.rows_skipped > report.skipped.len() {
        detail(tr!(
            lang,
            "quality-more-skipped",
            n = report.rows_skipped - report.skipped.len()
        ));
    }
    for column in &report.columns {
        let converted = column.converted_cny + column.converted_hkd;
        if column.missing == 0 && column.coerced == 0 && column.invalid == 0 && converted == 0 {
            continue;
        }
        let target = column.field.map_or_else(
            || tr!(lang, "quality-extra-column"),
            |f| field_title(f, lang),
        );
        let mut line = tr!(
            lang,
            "quality-column",
            name = column.name.as_str(),
            target = target,
            missing = column.missing,
            repaired = column.coerced,
            unreadable = column.invalid
        );
        for (n, code) in [(column.converted_cny, "CNY"), (column.converted_hkd, "HKD")] {
            if n > 0 {
                line.push_str(&tr!(lang, "quality-converted", n = n, currency = code));
            }
        }
        if let Some(first) = &column.first_invalid {
            line.push_str(&tr!(
                lang,
                "quality-first-invalid",
                line = first.line.to_string(),
                value = first.value.as_str(),
                expected = expected_text(first.expected, lang)
            ));
        }
        detail(line);
    }
    for (sector, names) in [
        (true, &report.unknown_sectors),
        (false, &report.unknown_districts),
    ] {
        for unknown in names {
            let name = unknown.name.as_str();
            detail(if sector {
                tr!(
                    lang,
                    "quality-unknown-sector",
                    name = name,
                    rows = unknown.rows
                )
            } else {
                tr!(
                    lang,
                    "quality-unknown-district",
                    name = name,
                    rows = unknown.rows
                )
            });
        }
    }
    for matched in &report.name_matches {
        detail(name_match(matched, lang));
    }
    let listed = report.unknown_sectors.len() + report.unknown_districts.len();
    if report.unknown_total > listed {
        detail(tr!(
            lang,
            "quality-more-unknown",
            n = report.unknown_total - listed
        ));
    }
    if !report.unmapped_fields.is_empty() {
        let fields: Vec<String> = report
            .unmapped_fields
            .iter()
            .map(|f| field_title(*f, lang))
            .collect();
        detail(tr!(
            lang,
            "quality-no-column",
            fields = fields.join(&tr!(lang, "list-separator"))
        ));
    }
    lines
}

/// "matched district: 12 names (1,204 rows) by Chinese name, e.g. 渝中区 → Yuzhong" (no example when the
/// names were already the reference ones).
pub fn name_match(matched: &NameMatch, lang: Lang) -> String {
    let column = match matched.column {
        NameColumn::Sector => field_title(Field::Sector, lang),
        NameColumn::SubSector => field_title(Field::SubSector, lang),
        NameColumn::District => field_title(Field::District, lang),
    };
    let how = match matched.how {
        MatchHow::Exact => tr!(lang, "match-exact"),
        MatchHow::ChineseName => tr!(lang, "match-chinese-name"),
        MatchHow::Pinyin => tr!(lang, "match-pinyin"),
        MatchHow::Adcode => tr!(lang, "match-adcode"),
        MatchHow::SectionLetter => tr!(lang, "match-section-letter"),
        MatchHow::EnglishVariant => tr!(lang, "match-english-variant"),
    };
    let line = tr!(
        lang,
        "quality-matched",
        column = column,
        labels = matched.labels,
        rows = matched.rows,
        how = how
    );
    if matched.example == matched.matched_to {
        line
    } else {
        line + &tr!(
            lang,
            "quality-matched-example",
            example = matched.example.as_str(),
            matched = matched.matched_to.as_str()
        )
    }
}

fn note_text(note: &Note, lang: Lang) -> String {
    match note {
        Note::IgnoredCell { cell, value, why } => {
            let why = match why {
                IgnoredWhy::BeyondTheSheet { last } => {
                    tr!(lang, "note-beyond-the-sheet", last = last.as_str())
                }
                IgnoredWhy::FarOutside { table } => {
                    tr!(lang, "note-far-outside", table = table.as_str())
                }
            };
            tr!(
                lang,
                "note-ignored-cell",
                cell = cell.as_str(),
                value = value.as_str(),
                why = why
            )
        }
        Note::MoreIgnored { cells } => tr!(lang, "note-more-ignored", n = *cells),
    }
}

/// How a file was read, one line: "UTF-8 · comma-separated · LF · header on line 1 · 14 columns".
pub fn read_as(detected: &Detected, lang: Lang) -> String {
    let mut parts = Vec::new();
    if let Some(encoding) = detected.encoding {
        parts.push(encoding.label().to_owned());
    }
    match (detected.format, detected.dialect) {
        (FileFormat::Delimited, Some(dialect)) => {
            parts.push(match dialect.delimiter {
                b';' => tr!(lang, "read-as-semicolon"),
                b'\t' => tr!(lang, "read-as-tab"),
                b'|' => tr!(lang, "read-as-pipe"),
                _ => tr!(lang, "read-as-comma"),
            });
            if dialect.quote != b'"' {
                let quote = char::from(dialect.quote).to_string();
                parts.push(tr!(lang, "read-as-quote", quote = quote));
            }
            if dialect.decimal == DecimalSeparator::Comma {
                parts.push(tr!(lang, "read-as-decimal-comma"));
            }
            parts.push(
                match dialect.line_ending {
                    LineEnding::Lf => "LF",
                    LineEnding::CrLf => "CRLF",
                    LineEnding::Cr => "CR",
                }
                .to_owned(),
            );
        }
        (FileFormat::Workbook, _) => parts.push(tr!(
            lang,
            "read-as-sheet",
            name = detected
                .sheet_names
                .get(detected.sheet)
                .map_or("", String::as_str)
        )),
        (format, _) => parts.push(format_name(format, lang)),
    }
    parts.push(tr!(
        lang,
        "read-as-header",
        line = detected.header_line.to_string()
    ));
    parts.push(tr!(lang, "read-as-columns", n = detected.headers.len()));
    parts.join(" · ")
}

/// "delimited text", "spreadsheet", "JSON", "RON".
pub fn format_name(format: FileFormat, lang: Lang) -> String {
    match format {
        FileFormat::Delimited => tr!(lang, "format-delimited"),
        FileFormat::Workbook => tr!(lang, "format-workbook"),
        FileFormat::Json => "JSON".to_owned(),
        FileFormat::Ron => "RON".to_owned(),
    }
}

/// A column's type as `inspect` and the open dialog name it: "number", "date", "text", "empty".
pub fn column_type(kind: ValueKind, lang: Lang) -> String {
    match kind {
        ValueKind::Number => tr!(lang, "column-type-number"),
        ValueKind::Date => tr!(lang, "column-type-date"),
        ValueKind::Text => tr!(lang, "column-type-text"),
        ValueKind::Empty => tr!(lang, "column-type-empty"),
    }
}
